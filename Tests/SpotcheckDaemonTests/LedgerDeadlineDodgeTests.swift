import Foundation
import GRDB
import SpotcheckProtocol
import SpotcheckText
import SystemdKit
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// Rectification deadlines and escalations (催办, 通报, 移交问责) that the inspected department
/// cannot dodge, through the daemon: the office's limit on the deadline, the clock that keeps
/// running while a late or rejected submission waits for its verifier, and a verifier who has a
/// conflict with the department since the draw.
@Suite(.serialized) struct LedgerDeadlineDodgeTests {
    static let rules = LedgerRules(prohibitions: try! Prohibitions([]), extensionCap: 2)
    static let hash = String(repeating: "ab", count: 32)
    static let coordinator = Actor(login: "coord", role: .coordinator)
    static let verifier = Actor(login: "verifier", role: .verifier)

    /// Applies `commands` to a finding in the store at `time` of `day` (Asia/Shanghai).
    static func apply(
        _ harness: Harness, _ id: FindingID, on day: String, _ time: String, _ commands: [(LedgerCommand, Actor)]
    ) throws {
        let instant = harness.at(day, time)
        let moment = Moment(unixSeconds: Int64(instant.timeIntervalSince1970), day: Day(iso: day)!)
        try harness.store.updateFinding(id, at: instant) { finding in
            var steps: [Transition] = []
            for (command, actor) in commands {
                steps.append(
                    try (steps.last?.finding ?? finding).applying(command, by: actor, at: moment, rules: rules))
            }
            return steps
        }
    }

    static func submit(_ harness: Harness, _ id: FindingID, on day: String, complete: Bool = true) throws {
        var commands: [(LedgerCommand, Actor)] = []
        if complete { commands.append((.completeMeasure(number: 1, evidence: [.reference("文件2号")]), coordinator)) }
        commands.append((.submitForVerification, coordinator))
        try apply(harness, id, on: day, "09:00", commands)
    }

    func counts(_ harness: Harness) -> [Int] {
        [
            harness.events(.escalationReminder).count, harness.events(.escalationNotice).count,
            harness.events(.escalationReferral).count,
        ]
    }

    // MARK: G2, the office's limit

    @Test func aContactCannotSetTheirOwnDeadlineIn2099() throws {
        let world = try LedgerWorld()
        let id = try world.recordByMember()
        #expect(
            world.call("ConfirmFinding", LedgerMessages.ConfirmParameters(id: id), as: world.caller(world.lead)).error
                == nil)
        let contact = LedgerWorld.caller(world.contact)
        // A minor finding: 20 working days, and this calendar works every day.
        let latest = world.today.adding(days: 20)
        let far = world.call(
            "AddMeasure",
            LedgerMessages.MeasureParameters(id: id, text: "安排专人值守", owner: "办公室主任", due: "2099-12-31"), as: contact)
        #expect(far.code == "measureDueBeyondLimit", "\(far)")
        let message = far.parameters["message"] as? String ?? ""
        #expect(message.hasPrefix("measure 1 is due 2099-12-31, after \(latest),"), "\(message)")
        #expect(message.contains("spotcheck findings extend"), "\(message)")
        // The refusal is told in Chinese to a Chinese reader.
        #expect(Catalogue.LedgerRefusals.patterns.told(message, in: .chinese).contains("晚于 \(latest)"))
        let tooLate = world.call(
            "AddMeasure",
            LedgerMessages.MeasureParameters(
                id: id, text: "安排专人值守", owner: "办公室主任", due: latest.adding(days: 1).description), as: contact)
        #expect(tooLate.code == "measureDueBeyondLimit", "\(tooLate)")
        let planned = world.call(
            "AddMeasure",
            LedgerMessages.MeasureParameters(id: id, text: "安排专人值守", owner: "办公室主任", due: latest.description),
            as: contact)
        #expect(planned.error == nil, "\(planned)")
        let started = world.call("StartRectification", LedgerMessages.IDParameters(id: id), as: contact)
        #expect(started.finding["state"] as? String == "rectifying", "\(started)")
        #expect(started.finding["due"] as? String == latest.description)
    }

    @Test func theLimitIsConfiguredPerSeverityAndAWrongValueIsRefusedWithItsFileLineAndKey() throws {
        func parse(_ ledger: String) throws(InputErrors) -> DaemonConfig {
            try DaemonConfig.parse(
                Array(
                    """
                    [[pool]]
                    name = "county"
                    draw_time = "07:00"
                    reveal_time = "08:00"
                    [ledger]
                    extension_cap = 1
                    \(ledger)
                    """.utf8), file: "/etc/spotcheck/spotcheckd.toml")
        }
        #expect(
            try parse("").ledger.rules.rectificationLimits == RectificationLimits(minor: 20, serious: 40, grave: 60))
        let configured = try parse("[ledger.rectification_working_days]\nminor = 10\ngrave = 30\n")
        #expect(configured.ledger.rules.rectificationLimits == RectificationLimits(minor: 10, serious: 40, grave: 30))
        do {
            _ = try parse("[ledger.rectification_working_days]\nminor = 10\nserious = 0\nurgent = 5\n")
            Issue.record("a limit of 0 working days and an unknown severity were accepted")
        } catch {
            let text = error.errors.map(\.description)
            #expect(
                text.contains(
                    "/etc/spotcheck/spotcheckd.toml:9: ledger.rectification_working_days.serious: must be from 1 to 1000 (is 0)"
                ),
                "\(text)")
            #expect(
                text.contains { $0.contains(":10: ledger.rectification_working_days.urgent: unknown key") }, "\(text)")
        }
        do {
            _ = try parse("rectification_working_days = 20\n")
            Issue.record("a number instead of a table was accepted")
        } catch {
            #expect(error.errors.contains { $0.field == "ledger.rectification_working_days" }, "\(error)")
        }
    }

    // MARK: G4, the clock while the verifier has it

    @Test func aSubmissionAfterTheDueDateKeepsEscalatingWhileItWaitsForTheVerifier() throws {
        // Due Friday 12-04: reminder Monday 12-07, notice Friday 12-11, referral Friday 12-18.
        let harness = try Harness()
        let id = try plantRectifying(
            harness.store, start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-04")!, zone: LedgerPassTests.shanghai)
        try Self.submit(harness, id, on: "2026-12-08")
        try harness.tick("2026-12-11", "10:00")
        #expect(try harness.store.finding(id)?.state == .awaitingVerification)
        #expect(counts(harness) == [1, 1, 0])
        try harness.tick("2026-12-18", "10:00")
        #expect(counts(harness) == [1, 1, 1])
    }

    @Test func aRejectionAndAnImmediateResubmissionBeforeTheNextPassDodgeNothing() throws {
        let harness = try Harness()
        let id = try plantRectifying(
            harness.store, start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-04")!, zone: LedgerPassTests.shanghai)
        // Submitted in time: the clock stops while the verifier has it.
        try Self.submit(harness, id, on: "2026-12-03")
        try harness.tick("2026-12-11", "10:00")
        #expect(counts(harness) == [0, 0, 0])
        // Rejected on Monday 12-14 and submitted again the same minute, before any pass.
        try Self.apply(
            harness, id, on: "2026-12-14", "09:00",
            [
                (
                    .verify(
                        accepted: false, note: "未见值班记录",
                        eligibility: VerifierEligibility(home: "elsewhere", drawnForFinding: true)), Self.verifier
                ),
                (.submitForVerification, Self.coordinator),
            ])
        #expect(try harness.store.finding(id)?.state == .awaitingVerification)
        try harness.tick("2026-12-14", "10:00")
        #expect(counts(harness) == [1, 1, 0])
        try harness.tick("2026-12-18", "10:00")
        #expect(counts(harness) == [1, 1, 1])
    }

    @Test func anExtensionGrantedWhileALateSubmissionWaitsMakesItNoTimelierThanItWas() throws {
        // Due Friday 12-04; an extension to 12-31 asked on 12-03; submitted late on Tuesday
        // 12-08; the extension granted on 12-09 by another coordinator.
        let harness = try Harness()
        let id = try plantRectifying(
            harness.store, start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-04")!, zone: LedgerPassTests.shanghai)
        try Self.apply(
            harness, id, on: "2026-12-03", "09:00",
            [(.requestExtension(to: Day(iso: "2026-12-31")!, reason: "等待设备到货"), Self.coordinator)])
        try Self.submit(harness, id, on: "2026-12-08")
        let second = Actor(login: "coord-b", role: .coordinator)
        try Self.apply(harness, id, on: "2026-12-09", "09:00", [(.decideExtension(grant: true), second)])
        let history = try harness.store.findingHistory(id)
        #expect(history.first { $0.action == "verification.requested" }?.detail["late"] == "2026-12-04")

        // Ten working days after the submission the verifier has not decided: a late submission
        // does not count as waiting for its verifier, and the clock runs on against 12-31.
        try harness.tick("2026-12-22", "10:00")
        #expect(harness.events(.verificationWaiting).isEmpty)
        #expect(counts(harness) == [0, 0, 0])
        try harness.tick("2027-01-04", "10:00")
        #expect(try harness.store.finding(id)?.state == .awaitingVerification)
        let reminder = try #require(harness.events(.escalationReminder).first)
        #expect(reminder.fields["DUE"] == "2026-12-31", "\(reminder.fields)")
    }

    @Test func aLateSubmissionShowsOverdueInTheListAndTheOverdueFilter() throws {
        let world = try LedgerWorld()
        let id = try FindingID(try world.rectifying())
        let start = world.today.adding(days: -20)
        // Due ten days ago, submitted yesterday: overdue, although awaiting verification.
        try world.harness.store.updateFinding(id, at: Date()) { finding in
            var moved = finding
            moved.deadline = Deadline(start: start, due: world.today.adding(days: -10))
            let instant = Date().addingTimeInterval(-86_400)
            let moment = Moment(
                unixSeconds: Int64(instant.timeIntervalSince1970), day: world.today.adding(days: -1))
            let done = try moved.applying(
                .completeMeasure(number: 1, evidence: [.sha256(Self.hash)]), by: Self.coordinator, at: moment,
                rules: Self.rules)
            return [
                done,
                try done.finding.applying(.submitForVerification, by: Self.coordinator, at: moment, rules: Self.rules),
            ]
        }
        let listed = world.call(
            "ListFindings", LedgerMessages.ListParameters(overdue: true), as: LedgerWorld.coordinatorA)
        let findings = listed.parameters["findings"] as? [[String: Any]] ?? []
        #expect(findings.compactMap { $0["id"] as? String } == [id.description], "\(listed)")
        #expect(findings.first?["state"] as? String == "awaiting-verification")
        #expect(findings.first?["status"] as? String == "overdue-10", "\(findings)")
    }

    @Test func aSubmissionInTimeThatWaitsTenWorkingDaysForItsVerifierIsJournaledOnce() throws {
        let harness = try Harness()
        let id = try plantRectifying(
            harness.store, start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-18")!, zone: LedgerPassTests.shanghai)
        // Submitted Thursday 12-03: ten working days later is Thursday 12-17.
        try Self.submit(harness, id, on: "2026-12-03")
        try harness.tick("2026-12-03", "10:00")
        try harness.tick("2026-12-16", "10:00")
        #expect(harness.events(.verificationWaiting).isEmpty)
        try harness.tick("2026-12-17", "10:00")
        let waiting = try #require(harness.events(.verificationWaiting).first)
        #expect(waiting.fields["FINDING"] == id.description && waiting.fields["DEPARTMENT"] == "d-shuiwu")
        #expect(waiting.fields["SUBMITTED"] == "2026-12-03" && waiting.fields["DAY"] == "2026-12-17")
        #expect(waiting.event.priority == .warning)
        try harness.tick("2026-12-18", "10:00")
        let restarted = try harness.restarted()
        try restarted.tick(now: harness.at("2026-12-21", "10:00"), config: harness.config)
        #expect(harness.events(.verificationWaiting).count == 1)
        // The department is not escalated for the verifier's delay.
        #expect(counts(harness) == [0, 0, 0])
        #expect(try harness.store.auditTrail().filter { $0.action == "ledger.verification.waiting" }.count == 1)
        #expect(try harness.store.findingHistory(id).filter { $0.action == "verification.waiting" }.count == 1)
    }

    @Test func findingsSubmittedBeforeTheSubmissionTimeWasKeptGetItFromTheirHistory() throws {
        let harness = try Harness()
        let id = try plantRectifying(
            harness.store, start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-04")!, zone: LedgerPassTests.shanghai)
        try Self.submit(harness, id, on: "2026-12-08")
        // As a store from before: the body without the moment, the migration not yet run.
        try harness.store.database.write { db in
            try db.execute(
                sql: "UPDATE ledger_finding SET body = CAST(json_remove(CAST(body AS TEXT), '$.submitted') AS BLOB)")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v20-finding-submissions'")
        }
        #expect(try harness.store.finding(id)?.submitted == nil)
        let reopened = try Store(path: harness.config.paths.database)
        let submitted = try #require(try reopened.finding(id)?.submitted)
        #expect(submitted.day == Day(iso: "2026-12-08"))
        #expect(submitted.unixSeconds == Int64(harness.at("2026-12-08", "09:00").timeIntervalSince1970))
        // A finding never submitted is left as it was.
        let other = try plantRectifying(
            harness.store, start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-04")!, zone: LedgerPassTests.shanghai)
        #expect(try reopened.finding(other)?.submitted == nil)
    }

    // MARK: G3, a verifier with a conflict since the draw

    @Test func aVerifierWhoDeclaredAConflictAfterTheDrawIsRefusedAndTheReplacementCloses() throws {
        let world = try LedgerWorld()
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        let roster = try #require(try world.harness.store.currentRoster()).roster()
        let verify = LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示")

        // A conflict declared by the verifier, still waiting for a coordinator: refused already.
        _ = try world.harness.store.declare(
            kind: .conflict, login: drawn.login, inspector: drawn.inspector, department: world.target, from: nil,
            to: nil, reason: "配偶调入该单位", actor: drawn.login, at: Date())
        let pending = world.call("VerifyFinding", verify, as: LedgerWorld.caller(drawn.login))
        #expect(pending.code == "verifierConflicted", "\(pending)")
        let message = pending.parameters["message"] as? String ?? ""
        #expect(message.contains("(declared conflict: 配偶调入该单位)"), "\(message)")
        #expect(message.contains("a coordinator should replace them"), "\(message)")
        #expect(
            Catalogue.LedgerRefusals.patterns.told(message, in: .chinese).contains("申报的利益冲突：配偶调入该单位"),
            "\(message)")
        #expect(try world.harness.store.finding(try FindingID(id))?.state == .awaitingVerification)

        // The conflict in the roster itself (approved, or written by a coordinator): refused too.
        var conflicted = roster
        conflicted.conflicts.append(
            Conflict(inspector: drawn.inspector, department: world.target, reason: "配偶调入该单位"))
        try world.harness.store.saveRoster(conflicted, source: "test", actor: "test", at: Date())
        #expect(world.call("VerifyFinding", verify, as: LedgerWorld.caller(drawn.login)).code == "verifierConflicted")

        // A former post in the department within verifier_former_days: refused as well.
        var former = roster
        let index = try #require(former.inspectors.firstIndex { $0.id == drawn.inspector })
        former.inspectors[index].former.append(
            FormerPost(department: world.target, left: world.today.adding(days: -30)))
        try world.harness.store.saveRoster(former, source: "test", actor: "test", at: Date())
        let left = world.call("VerifyFinding", verify, as: LedgerWorld.caller(drawn.login))
        #expect(left.code == "verifierConflicted", "\(left)")
        #expect((left.parameters["message"] as? String ?? "").contains("(former department until "), "\(left)")

        // The coordinator replaces them; the newcomer closes the finding.
        try world.harness.store.saveRoster(conflicted, source: "test", actor: "test", at: Date())
        let newcomer = try world.harness.engine.replace(
            drawID: check.drawID, inspector: drawn.inspector, with: nil, reason: "利益冲突", actor: "coord-a",
            now: Date(), config: world.harness.config)
        let newLogin = try #require(roster.inspectors.first { $0.id == newcomer.newInspector }).login
        let closed = world.call("VerifyFinding", verify, as: LedgerWorld.caller(newLogin))
        #expect(closed.finding["state"] as? String == "closed", "\(closed)")
    }

    @Test func theTaskTextOfAVerifierNoLongerPromisesThatOnlyTheyMayCloseIt() {
        let told = Catalogue.Today.ledgerCheck("verification", ["F-2026-0001"])
        #expect(!told(.english).contains("only you"))
        #expect(told(.english).contains("tell a coordinator"))
        #expect(!told(.chinese).contains("只有您"))
    }
}
