import Foundation
import SpotcheckCampaign
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// The campaign's gates read the problem ledger: a gate blocks while the ledger says so, and holds
/// once the findings and assignments are in order.
@Suite struct LedgerGateTests {
    func harness() throws -> Harness {
        let harness = try Harness(pools: campaignPools())
        try "1. 违规吃喝\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        return harness
    }

    /// Takes `step`; into supervision once the self-inspection forms are locked as past due
    /// (CampaignEngineTests.lockForms), so that the ledger's conditions are what the gate waits for.
    func advance(_ harness: Harness, _ step: CampaignStep, _ day: String, _ time: String) throws -> StoredTransition {
        if step == .supervision { try CampaignEngineTests.lockForms(harness) }
        return try harness.engine.advanceCampaign(
            to: step, reason: "test", actor: "uid 0 (root)", now: harness.at(day, time), config: harness.config)
    }

    func blockers(_ harness: Harness, _ step: CampaignStep, _ day: String, _ time: String) -> [String] {
        do {
            _ = try advance(harness, step, day, time)
            return []
        } catch CampaignError.gateBlocked(_, let blockers) {
            return blockers
        } catch {
            return ["\(error)"]
        }
    }

    func confirm(_ harness: Harness, _ id: FindingID, _ day: String, _ time: String) throws {
        let instant = harness.at(day, time)
        let moment = Moment(unixSeconds: Int64(instant.timeIntervalSince1970), day: Day(iso: day)!)
        try harness.store.updateFinding(id, at: instant) { finding in
            try finding.applying(
                .confirm, by: Actor(login: "coord", role: .coordinator), at: moment, rules: ChainLinkTests.rules)
        }
    }

    @Test func supervisionWaitsForEverySelfReportedProblemToBeAConfirmedFinding() throws {
        let harness = try harness()
        _ = try advance(harness, .selfInspection, "2026-11-30", "06:00")
        let id = try ChainLinkTests.recordFinding(harness, "2026-11-30", "06:10", confirm: false)
        // Shown as checked, not as "unchecked".
        let gate = try #require(try harness.engine.nextGate(harness.config.campaign!))
        #expect(gate.conditions.first { $0.code == "self-findings" }?.state == .blocks)
        #expect(
            blockers(harness, .supervision, "2026-11-30", "06:20") == [
                "every self-reported problem in the ledger as a confirmed finding (source self): 1 self-reported problem(s) not in the ledger or not confirmed"
            ])
        try confirm(harness, id, "2026-11-30", "06:30")
        #expect(try advance(harness, .supervision, "2026-11-30", "06:40").transition.to == .supervision)
        // The step records the ledger's conditions, and the forms', as checked: none is `unchecked`.
        let stored = try harness.store.campaignTransitions(campaign: harness.config.campaign!.key)
        let unchecked = stored.last?.transition.facts["unchecked"] ?? ""
        #expect(unchecked.isEmpty, "\(unchecked)")
    }

    @Test func problemsAFormSourceReportsAddToTheSelfFindingsStillToRecord() throws {
        struct Forms: LedgerFactSource {
            func ledgerFacts() throws -> LedgerFacts { LedgerFacts(formsOutstanding: 0, selfReportedNotInLedger: 2) }
        }
        let harness = try harness()
        let facts = try StoreLedgerFacts(store: harness.store, other: Forms()).ledgerFacts()
        #expect(facts.selfReportedNotInLedger == 2 && facts.formsOutstanding == 0)
        #expect(facts.findingsUnconfirmed == 0 && facts.assignmentsUndecided == 0)
    }

    @Test func summingUpWaitsForEveryAssignmentDecidedAndNoFindingUnconfirmed() throws {
        let harness = try harness()
        _ = try advance(harness, .selfInspection, "2026-11-30", "06:00")
        _ = try advance(harness, .supervision, "2026-11-30", "06:01")
        try harness.tick("2026-11-30", "07:00")
        try harness.tick("2026-11-30", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let target = try #require(try draw.decodedRecord()?.targets.first)
        let id = try ChainLinkTests.recordFinding(
            harness, "2026-11-30", "10:00", department: target, source: .inspection(draw: draw.id, target: target),
            confirm: false)
        try harness.tick("2026-11-30", "18:00")
        #expect(
            blockers(harness, .summingUp, "2026-11-30", "18:01") == [
                "every assignment marked done or not carried out: 3 assignment(s) undecided",
                "no finding still unconfirmed: 1 finding(s) unconfirmed",
            ])
        // Done and not carried out both count as decided; one left undecided still blocks.
        let leads = try harness.store.assignments(drawID: draw.id).filter { $0.role == "lead" }
        #expect(leads.count == 3)
        for (index, lead) in leads.enumerated().dropLast() {
            try harness.store.setAssignmentOutcome(
                AssignmentOutcome(
                    drawID: draw.id, department: lead.department, state: index == 0 ? .notCarriedOut : .done,
                    reason: index == 0 ? "单位搬迁" : nil, actor: lead.login, at: harness.at("2026-11-30", "17:00")))
        }
        try confirm(harness, id, "2026-11-30", "18:02")
        #expect(
            blockers(harness, .summingUp, "2026-11-30", "18:03") == [
                "every assignment marked done or not carried out: 1 assignment(s) undecided"
            ])
        let last = try #require(leads.last)
        try harness.store.setAssignmentOutcome(
            AssignmentOutcome(
                drawID: draw.id, department: last.department, state: .done, reason: nil, actor: last.login,
                at: harness.at("2026-11-30", "18:04")))
        #expect(try advance(harness, .summingUp, "2026-11-30", "18:05").transition.to == .summingUp)
    }

    @Test func assignmentsOfDrawsBeforeTheCampaignDoNotHoldItsGates() throws {
        let harness = try PublicRecordTests.twoPools()
        try harness.tick("2026-12-01", "08:00")
        #expect(!(try harness.store.ledgerGateCounts()).undecided.isEmpty)
        #expect(try harness.store.ledgerGateCounts(since: Day(iso: "2026-12-01")!).undecided.count > 0)
        #expect(try harness.store.ledgerGateCounts(since: Day(iso: "2026-12-02")!).undecided.isEmpty)
    }
}
