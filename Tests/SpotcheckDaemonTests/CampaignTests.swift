import Foundation
import SpotcheckCampaign
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// `[ledger]` with the prohibitions a campaign's self-inspection forms ask about (a `[campaign]`
/// without them is refused).
let campaignLedger = "[ledger]\nprohibitions = [\"P01 不得违规吃喝\", \"P02 不得推诿扯皮\"]"

/// A `[campaign]` section for the harness naming the prohibitions file `prohibitions`, followed
/// by `ledger` (nil: the caller writes its own `[ledger]`).
func campaignSection(
    autoAdvance: Bool = false, supervision: String = "2026-12-14..2027-01-29",
    prohibitions: String = "prohibitions.txt",
    mobilisation: String = "2026-11-23..2026-11-27", selfInspection: String = "2026-11-30..2026-12-11",
    summingUp: String = "2027-02-01..2027-02-26", ledger: String? = campaignLedger
) -> String {
    """
    \(ledger ?? "")
    [campaign]
    title = "专项整治"
    basis_title = "关于开展专项整治的通知"
    basis_sha256 = "\(String(repeating: "0f", count: 32))"
    prohibitions = "\(prohibitions)"
    auto_advance = \(autoAdvance)
    [campaign.phases]
    mobilisation = "\(mobilisation)"
    self_inspection = "\(selfInspection)"
    supervision = "\(supervision)"
    summing_up = "\(summingUp)"
    """
}

func campaignPools(phases: String? = nil, autoAdvance: Bool = false, ledger: String? = campaignLedger) -> String {
    """
    [[pool]]
    name = "county"
    targets_per_day = 3
    draw_time = "07:00"
    reveal_time = "08:00"
    report_time = "08:30"
    \(phases.map { "phases = \($0)" } ?? "")
    \(campaignSection(autoAdvance: autoAdvance, ledger: ledger))
    """
}

@Suite struct CampaignEngineTests {
    func writeProhibitions(_ harness: Harness, _ text: String = "1. 违规吃喝\n2. 违规收送礼品\n") throws {
        try text.write(to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
    }

    /// Takes `step` on `day` at `time`. The step into supervision waits for the self-inspection
    /// forms (issued on the step into self-inspection, due on its planned end): they are locked
    /// first, as the daily pass locks forms past due, so that these tests see the other gates.
    func advance(
        _ harness: Harness, _ step: CampaignStep, _ day: String, _ time: String = "09:00"
    ) throws
        -> StoredTransition
    {
        if step == .supervision { try Self.lockForms(harness) }
        return try harness.engine.advanceCampaign(
            to: step, reason: "test", actor: "uid 0 (root)", now: harness.at(day, time), config: harness.config)
    }

    /// Locks every self-inspection form of the harness's campaign still outstanding, as past due.
    static func lockForms(_ harness: Harness) throws {
        try harness.store.lockLateSelfInspectionForms(
            campaign: harness.config.campaign!.key, today: Day(iso: "2099-12-31")!, at: Date())
    }

    @Test func withACampaignScheduledDrawsWaitForSupervisionAndNoDayIsMissed() throws {
        let harness = try Harness(pools: campaignPools())
        try harness.tick("2026-12-01", "06:00")
        #expect(!harness.sink.recorded.contains { $0.event == .drawOutsidePhase }, "journaled before the draw time")
        try harness.tick("2026-12-01", "09:00")
        try harness.tick("2026-12-01", "19:00")
        try harness.tick("2026-12-02", "19:00")
        #expect(try harness.store.draws().isEmpty, "a draw outside supervision")
        let skipped = harness.sink.recorded.filter { $0.event == .drawOutsidePhase }
        #expect(skipped.count == 2, "journaled once per pool and day")
        #expect(skipped.first?.fields["PHASE"] == "mobilisation")
        #expect(!harness.sink.recorded.contains { $0.event == .drawMissed })

        try writeProhibitions(harness)
        _ = try advance(harness, .selfInspection, "2026-12-03")
        _ = try advance(harness, .supervision, "2026-12-03", "09:01")
        // Today's draw time (07:00) was in self-inspection: not drawn. Tomorrow's is.
        try harness.tick("2026-12-03", "09:05")
        #expect(try harness.store.draws().isEmpty)
        try harness.tick("2026-12-04", "07:00")
        #expect(try harness.store.draws().map(\.date) == [Day(iso: "2026-12-04")!])
    }

    @Test func ordersAreRefusedOutsideThePoolsPhases() throws {
        let harness = try Harness(pools: campaignPools())
        #expect(throws: Engine.OrderError.outsidePhase("county", CampaignStep.mobilisation.description)) {
            try harness.engine.orderTargeted(
                pool: "county", departments: ["d-shuiwu"], reason: "群众投诉", actor: "root",
                now: harness.at("2026-12-01", "10:00"), config: harness.config)
        }
        #expect(try harness.store.draws().isEmpty)
    }

    @Test func aPoolThatNamesSelfInspectionDrawsThen() throws {
        let harness = try Harness(pools: campaignPools(phases: "[\"self-inspection\"]"))
        try writeProhibitions(harness)
        _ = try advance(harness, .selfInspection, "2026-11-30", "06:00")
        try harness.tick("2026-11-30", "07:00")
        #expect(try harness.store.draws().count == 1)
        _ = try advance(harness, .supervision, "2026-11-30", "12:00")
        try harness.tick("2026-12-01", "07:00")
        #expect(try harness.store.draws().count == 1, "the pool does not draw in supervision")
    }

    @Test func theStepIntoSelfInspectionFreezesTheRosterAndProhibitionsHashes() throws {
        let harness = try Harness(pools: campaignPools())
        // No prohibitions file yet: the gate blocks and says why.
        #expect {
            try advance(harness, .selfInspection, "2026-11-30")
        } throws: { error in
            guard case CampaignError.gateBlocked(.selfInspection, let blockers) = error else { return false }
            return blockers.count == 1 && blockers[0].contains("prohibitions")
        }
        #expect(try harness.store.campaignTransitions(campaign: harness.config.campaign!.key).isEmpty)

        let list = "1. 违规吃喝\n"
        try writeProhibitions(harness, list)
        let stored = try advance(harness, .selfInspection, "2026-11-30")
        let roster = try #require(try harness.store.currentRoster())
        #expect(stored.transition.facts["roster_sha256"] == roster.snapshotHash)
        let sum = try ControlTests.run(
            "/usr/bin/sha256sum", [harness.folder.appendingPathComponent("prohibitions.txt").path])
        #expect(stored.transition.facts["prohibitions_sha256"] == String(sum.output.prefix(64)))
        // The step issued one form per department (asking about [ledger] prohibitions), so the
        // forms' condition was checked.
        #expect(stored.transition.facts["unchecked"] == nil, "\(stored.transition.facts)")
        #expect(
            try harness.store.selfInspectionForms(campaign: harness.config.campaign!.key).count
                == roster.roster().departments.count)
        let event = try #require(harness.sink.recorded.last { $0.event == .campaignAdvanced })
        #expect(event.fields["TO"] == "self-inspection")
        #expect(event.fields["ROSTER_SHA256"] == roster.snapshotHash)
        #expect(try harness.store.campaignTransitions(campaign: harness.config.campaign!.key).first?.journaledAt != nil)
        #expect(try harness.store.auditTrail().contains { $0.action == "campaign.advanced" })
    }

    @Test func stepsGoForwardOnlyOneAtATimeAndAreChainedByHash() throws {
        let harness = try Harness(pools: campaignPools())
        try writeProhibitions(harness)
        #expect(throws: CampaignError.skipping(from: .mobilisation, to: .supervision, next: .selfInspection)) {
            try advance(harness, .supervision, "2026-11-30")
        }
        let first = try advance(harness, .selfInspection, "2026-11-30")
        #expect(throws: CampaignError.backwards(from: .selfInspection, to: .mobilisation)) {
            try advance(harness, .mobilisation, "2026-11-30", "10:00")
        }
        #expect(throws: CampaignError.alreadyActive(.selfInspection)) {
            try advance(harness, .selfInspection, "2026-11-30", "10:00")
        }
        let second = try advance(harness, .supervision, "2026-12-14")
        let stored = try harness.store.campaignTransitions(campaign: harness.config.campaign!.key)
        #expect(stored.map(\.transition.to) == [.selfInspection, .supervision])
        #expect(stored.map(\.hash) == [first.hash, second.hash])
        // The store refuses a step that is not the next one even when asked directly.
        #expect(throws: CampaignError.self) {
            try harness.store.recordTransition(
                CampaignTransition(
                    from: .supervision, to: .selfInspection,
                    at: harness.at("2026-12-15", "09:00").timeIntervalSince1970,
                    actor: "x", reason: "x"), campaign: harness.config.campaign!.key)
        }
    }

    @Test func summingUpWaitsForEveryDrawToBeRevealedAndPublished() throws {
        let harness = try Harness(pools: campaignPools())
        try writeProhibitions(harness)
        _ = try advance(harness, .selfInspection, "2026-11-30", "06:00")
        _ = try advance(harness, .supervision, "2026-11-30", "06:01")
        try harness.tick("2026-11-30", "07:00")
        #expect {
            try advance(harness, .summingUp, "2026-11-30", "07:30")
        } throws: { error in
            guard case CampaignError.gateBlocked(.summingUp, let blockers) = error else { return false }
            return blockers.contains { $0.contains("not revealed") }
        }
        try harness.tick("2026-11-30", "08:00")
        #expect {
            try advance(harness, .summingUp, "2026-11-30", "09:00")
        } throws: { error in
            guard case CampaignError.gateBlocked(.summingUp, let blockers) = error else { return false }
            return blockers == [
                "every draw's seed and record published: 1 draw(s) not published: #1",
                "every assignment marked done or not carried out: 3 assignment(s) undecided",
            ]
        }
        try harness.tick("2026-11-30", "18:00")
        // Published, but no assignment is marked done or not carried out yet.
        #expect {
            try advance(harness, .summingUp, "2026-11-30", "18:01")
        } throws: { error in
            guard case CampaignError.gateBlocked(.summingUp, let blockers) = error else { return false }
            return blockers == ["every assignment marked done or not carried out: 3 assignment(s) undecided"]
        }
        for assignment in try harness.store.assignments() where assignment.role == "lead" {
            try harness.store.setAssignmentOutcome(
                AssignmentOutcome(
                    drawID: assignment.drawID, department: assignment.department, state: .done, reason: nil,
                    actor: assignment.login, at: harness.at("2026-11-30", "17:00")))
        }
        #expect(try advance(harness, .summingUp, "2026-11-30", "18:01").transition.to == .summingUp)
        // No draw in summing-up.
        try harness.tick("2026-12-01", "09:00")
        #expect(try harness.store.draws().count == 1)
    }

    @Test func autoAdvanceTakesTheStepOnItsPlannedDateOnceTheGateHolds() throws {
        let harness = try Harness(pools: campaignPools(autoAdvance: true))
        // 2026-11-30 is self-inspection's planned start, but the prohibitions list is missing.
        try harness.tick("2026-11-30", "06:00")
        let key = harness.config.campaign!.key
        #expect(try harness.store.campaignTransitions(campaign: key).isEmpty)
        try writeProhibitions(harness)
        try harness.tick("2026-11-30", "06:30")
        let stored = try harness.store.campaignTransitions(campaign: key)
        #expect(stored.map(\.transition.to) == [.selfInspection])
        #expect(stored.first?.transition.actor == "spotcheckd")
        // Supervision starts 2026-12-14: nothing before, and one step per tick at most.
        try harness.tick("2026-12-11", "06:00")
        #expect(try harness.store.campaignTransitions(campaign: key).count == 1)
        try harness.tick("2026-12-14", "06:00")
        #expect(try harness.store.campaignTransitions(campaign: key).last?.transition.to == .supervision)
        try harness.tick("2026-12-14", "07:00")
        #expect(try harness.store.draws().count == 1)
    }

    @Test func withoutACampaignNothingChanges() throws {
        let harness = try Harness()
        #expect(harness.config.campaign == nil)
        try harness.tick("2026-12-01", "07:00")
        #expect(try harness.store.draws().count == 1)
        #expect(throws: CampaignError.notConfigured) {
            try harness.engine.advanceCampaign(
                to: .selfInspection, reason: "x", actor: "root", now: harness.at("2026-12-01", "09:00"),
                config: harness.config)
        }
    }
}

@Suite struct CampaignConfigCheckTests {
    @Test func checkConfigNamesTheFileLineAndKeyOfACampaignProblem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "campaign-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("spotcheckd.toml").path
        let text = """
            [paths]
            state = "state"
            roster = "\(Harness.county)"
            [[pool]]
            name = "county"
            draw_time = "07:00"
            reveal_time = "08:00"
            phases = ["later"]
            \(campaignSection(supervision: "2026-12-14"))
            """
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try ControlTests.run(DaemonProcess.binary.path, ["--check-config", "--config", path])
        #expect(result.status != 0)
        #expect(result.output.contains("\(path):8:"), "\(result.output)")
        #expect(result.output.contains("pool.phases"), "\(result.output)")
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("supervision") }!
            + 1
        #expect(result.output.contains("\(path):\(line):"), "\(result.output)")
        #expect(result.output.contains("campaign.phases.supervision"), "\(result.output)")
    }
}

@Suite struct ComplaintEscalationJournalTests {
    @Test func anOverdueComplaintIsJournaledOncePerLevelWithoutItsContent() throws {
        let harness = try Harness()
        let id = try harness.store.registerComplaint(
            NewComplaint(
                channel: .letter, received: Day(iso: "2026-12-01")!, receivedAt: harness.at("2026-12-01", "09:00"),
                department: "d-shuiwu", allegation: "违规吃喝-CONTENT", category: "c", stub: false, locator: "ABCDE",
                receiptSalt: [1], receiptHash: [2]), actor: "uid 0 (root)"
        ) { _ in nil }
        try harness.tick("2026-12-22", "09:00")
        #expect(!harness.sink.recorded.contains { $0.event == .complaintEscalated })
        try harness.tick("2026-12-23", "09:00")
        try harness.tick("2026-12-23", "10:00")
        let escalated = harness.sink.recorded.filter { $0.event == .complaintEscalated }
        #expect(escalated.map { $0.fields["LEVEL"] } == ["reminder"])
        #expect(escalated.first?.fields["COMPLAINT"] == String(id))
        #expect(!escalated.contains { $0.message.contains("CONTENT") || $0.message.contains("d-shuiwu") })
        // Restarted, the same levels are not journaled again.
        let again = try harness.restarted()
        try again.tick(now: harness.at("2026-12-23", "11:00"), config: harness.config)
        #expect(harness.sink.recorded.filter { $0.event == .complaintEscalated }.count == 1)
        #expect(try harness.store.auditTrail().contains { $0.action == "complaint.escalated" })
    }
}

@Suite struct VisitModeTests {
    func visits(_ harness: Harness, _ day: String, draw: StoredDraw) throws -> [String?] {
        try harness.store.assignments(drawID: draw.id).map { assignment in
            let data = try Data(contentsOf: URL(fileURLWithPath: harness.taskPath(day, assignment.login)))
            let file = try JSONDecoder().decode(TaskFile.self, from: data)
            return file.assignments.first { $0.drawID == draw.id }?.visit
        }
    }

    @Test func aCovertPoolsTaskFilesSaySoAndAnOpenPoolsSayOpen() throws {
        let harness = try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 2
                draw_time = "07:00"
                reveal_time = "08:00"
                visit = "暗访"
                """)
        try harness.tick("2026-12-01", "08:05")
        let draw = try #require(try harness.store.draws().first)
        let modes = try visits(harness, "2026-12-01", draw: draw)
        #expect(!modes.isEmpty && modes.allSatisfy { $0 == "covert" }, "\(modes)")
        #expect(try harness.store.visitMode(drawID: draw.id) == .covert)
    }

    @Test func anOrderMayBeCovertInAnOpenPool() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:05")
        let scheduled = try #require(try harness.store.draws().first)
        #expect(try visits(harness, "2026-12-01", draw: scheduled).allSatisfy { $0 == "open" })
        let ordered = try harness.engine.orderTargeted(
            pool: "county", departments: ["d-shuiwu"], reason: "群众投诉", actor: "root",
            now: harness.at("2026-12-01", "09:00"), config: harness.config, visit: .covert)
        let modes = try visits(harness, "2026-12-01", draw: ordered)
        #expect(!modes.isEmpty && modes.allSatisfy { $0 == "covert" }, "\(modes)")
    }

    @Test func anUnknownVisitModeIsAConfigurationError() throws {
        do {
            _ = try Harness(
                pools: """
                    [[pool]]
                    name = "county"
                    draw_time = "07:00"
                    reveal_time = "08:00"
                    visit = "sometimes"
                    """)
            Issue.record("an unknown visit mode was accepted")
        } catch {
            #expect("\(error)".contains("pool.visit") && "\(error)".contains("sometimes"), "\(error)")
        }
    }
}

@Suite struct CampaignIdentityTests {
    @Test func aCorrectedTitleKeepsTheStepsAnotherBasisDocumentStartsAfresh() throws {
        let harness = try Harness(pools: campaignPools())
        try "1. 违规吃喝\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        _ = try harness.engine.advanceCampaign(
            to: .selfInspection, reason: "x", actor: "root", now: harness.at("2026-11-30", "09:00"),
            config: harness.config)
        var renamed = harness.config
        renamed.campaign?.title = "专项整治（修订）"
        #expect(try harness.engine.campaignTimeline(renamed.campaign!).timeline.active == .selfInspection)
        var other = harness.config
        other.campaign?.basisSha256 = String(repeating: "1e", count: 32)
        #expect(try harness.engine.campaignTimeline(other.campaign!).timeline.active == .mobilisation)
    }
}
