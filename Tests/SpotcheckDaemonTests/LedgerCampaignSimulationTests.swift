import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// A campaign as the ledger lives it: the example county (40 departments, 150 inspectors), 30
/// working days of draws; teams record findings, departments rectify (some late, some never),
/// drawn verifiers close them or send them back, closed findings are re-checked the next month
/// and some re-checks fail. At the end the ledger, the journal and the export agree, and the
/// ledger's draws verify.
@Suite struct LedgerCampaignSimulationTests {
    /// A small deterministic generator (SplitMix64), so that every run is the same campaign.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// A folder in memory when the machine has one: the daemon fsyncs every task file it writes
    /// (150 at each reveal), which on a busy disk took most of this test's time. What is written
    /// and checked is the same; only the durability the test does not need is skipped.
    static var memoryFolder: URL {
        let shm = "/dev/shm"
        return access(shm, W_OK) == 0
            ? URL(fileURLWithPath: shm) : FileManager.default.temporaryDirectory
    }

    @Test func thirtyWorkingDaysOfFindingsMeasuresVerifiersAndRechecksAgree() throws {
        let harness = try Harness(
            base: Self.memoryFolder,
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "08:00"
                [ledger]
                recheck_share = 50
                verifier_recent_days = 30
                escalation_after = [1, 3, 6]
                """)
        defer { try? FileManager.default.removeItem(at: harness.folder) }
        let calendar = harness.config.calendar.workCalendar
        let rules = LedgerRules(prohibitions: try Prohibitions([]), extensionCap: 1)
        let coordinator = Actor(login: "coord", role: .coordinator)
        var random = Random(state: 2026)
        var days: [Day] = []
        var day = Day(iso: "2026-12-01")!
        while days.count < 30 {
            if calendar.isWorkingDay(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        /// Findings their department will never rectify (they go overdue and escalate).
        var neglected = Set<FindingID>()
        var rejections = 0
        var reopenings = 0

        for today in days {
            let instant = harness.at(today.description, "10:00")
            let moment = Moment(unixSeconds: Int64(instant.timeIntervalSince1970), day: today)
            // Departments finish some rectifications and submit them, before the day's draws.
            for finding in try harness.store.findings(FindingFilter(state: .rectifying))
            where !neglected.contains(finding.id) && random.chance(40) {
                try harness.store.updateFinding(finding.id, at: instant) { finding in
                    var steps: [Transition] = []
                    var current = finding
                    for measure in finding.measures where measure.state == .open {
                        let step = try current.applying(
                            .completeMeasure(number: measure.number, evidence: [.reference("整改报告 \(finding.id)")]),
                            by: coordinator, at: moment, rules: rules)
                        steps.append(step)
                        current = step.finding
                    }
                    steps.append(
                        try current.applying(.submitForVerification, by: coordinator, at: moment, rules: rules))
                    return steps
                }
            }

            // The day's draws; the daily pass draws the verifiers of what was submitted.
            try harness.tick(today.description, "08:00")

            // Teams record findings on their assignments (about one in two), confirmed at once.
            let draw = try #require(try harness.store.scheduledDraw(pool: "county", date: today))
            for assignment in try harness.store.assignments(drawID: draw.id) where assignment.role == "lead" {
                guard random.chance(50) else { continue }
                let inspector = Actor(login: assignment.login, role: .inspector)
                let recorded = try harness.store.recordFinding(year: today.parts.year, at: instant) { counter in
                    try Finding.record(
                        counter: counter, department: assignment.department,
                        source: .inspection(draw: draw.id, target: assignment.department),
                        category: FindingCategory.allCases[random.below(FindingCategory.allCases.count)],
                        ruleCodes: [], severity: .minor, facts: "检查发现的问题", by: inspector, at: moment, rules: rules)
                }
                let due = calendar.addingWorkingDays(3 + random.below(5), to: today)!
                try harness.store.updateFinding(recorded.finding.id, at: instant) { finding in
                    let confirmed = try finding.applying(.confirm, by: inspector, at: moment, rules: rules)
                    let measured = try confirmed.finding.applying(
                        .addMeasure(text: "整改", owner: "办公室", due: due), by: coordinator, at: moment, rules: rules)
                    let started = try measured.finding.applying(
                        .startRectification, by: coordinator, at: moment, rules: rules)
                    return [confirmed, measured, started]
                }
                if random.chance(15) { neglected.insert(recorded.finding.id) }
            }

            // Each drawn verifier accepts, or now and then rejects.
            for finding in try harness.store.findings(FindingFilter(state: .awaitingVerification)) {
                let drawn = try harness.store.drawnVerifiers(of: finding)
                guard let verifier = drawn.first else { continue }
                #expect(verifier.home != finding.department)
                let accepted = !random.chance(15)
                if !accepted { rejections += 1 }
                try harness.store.updateFinding(finding.id, at: instant) { finding in
                    [
                        try finding.applying(
                            .verify(
                                accepted: accepted, note: accepted ? "" : "整改不到位",
                                eligibility: VerifierEligibility(home: verifier.home, drawnForFinding: true)),
                            by: Actor(login: verifier.login, role: .verifier), at: moment, rules: rules)
                    ]
                }
            }

            // Re-checks drawn for this day: one in three fails and reopens the finding.
            for check in try harness.store.ledgerChecks() where check.kind == .recheck && check.day == today {
                guard let id = check.finding, let lead = check.logins.first else { continue }
                guard random.chance(33) else {
                    // The others held: their lead records them passed.
                    try harness.store.recordLedgerCheckOutcome(
                        key: check.key, outcome: .passed, by: lead, role: "rechecker", note: "整改到位", at: instant,
                        day: today)
                    continue
                }
                try harness.store.updateFinding(id, at: instant) { finding in
                    [
                        try finding.applying(
                            .reopen(.failedRecheck(note: "回头看发现问题反弹")), by: Actor(login: lead, role: .rechecker),
                            at: moment, rules: rules)
                    ]
                }
                try harness.store.recordLedgerCheckOutcome(
                    key: check.key, outcome: .failed, by: lead, role: "rechecker", note: "回头看发现问题反弹", at: instant,
                    day: today)
                reopenings += 1
            }
            try harness.tick(today.description, "18:00")
        }

        // The campaign did what it should have: every path was taken.
        let last = days.last!
        let findings = try harness.store.findings(FindingFilter())
        let checks = try harness.store.ledgerChecks()
        let verifications = checks.filter { $0.kind == .verification }
        #expect(findings.count > 20, "\(findings.count) findings")
        #expect(findings.contains { $0.state == .closed })
        #expect(rejections > 0 && reopenings > 0, "\(rejections) rejections, \(reopenings) reopenings")
        #expect(findings.contains { $0.recurrences > 0 && $0.state == .reopened })
        let overdue = findings.filter {
            if case .overdue = $0.status(on: last, calendar: calendar, policy: harness.config.ledger.deadlines) {
                return true
            }
            return false
        }
        #expect(!overdue.isEmpty)
        #expect(checks.contains { $0.kind == .recheck })
        // Every re-check drawn was reported, passed or failed.
        #expect(checks.filter { $0.kind == .recheck && !$0.unstaffed }.allSatisfy { $0.outcome != nil })
        #expect(checks.contains { $0.outcome == "passed" } && checks.contains { $0.outcome == "failed" })

        // Every change of the ledger in the audit trail is a link of the hash chain.
        try harness.store.linkPendingEvents { harness.local.day(of: $0) }
        let changes = try harness.store.auditTrail().filter {
            $0.action.hasPrefix("ledger.") || $0.action == "assignment.state"
        }
        #expect(try harness.store.chainEntries().filter { $0.kind == .ledger }.count == changes.count)

        // Verifiers: one per round, never from the department, every closure by the round's verifier.
        for finding in findings {
            for (round, verification) in finding.verifications.enumerated() {
                let check = try #require(
                    verifications.first { $0.key == "verification/\(finding.id)/\(round + 1)" },
                    "\(finding.id) round \(round + 1) has no verifier draw")
                #expect(check.logins == [verification.verifier] && check.home == verification.verifierHome)
                #expect(verification.verifierHome != finding.department)
            }
        }

        // The journal agrees with the ledger: each noted escalation journaled exactly once.
        let noted = try harness.store.escalations()
        #expect(!noted.isEmpty && noted.allSatisfy { $0.journaledAt != nil })
        let journaled =
            harness.events(.escalationReminder) + harness.events(.escalationNotice)
            + harness.events(.escalationReferral)
        #expect(journaled.count == noted.count)
        #expect(
            Set(journaled.map { "\($0.fields["FINDING"] ?? "")/\($0.fields["LEVEL"] ?? "")/\($0.fields["DUE"] ?? "")" })
                == Set(noted.map { "\($0.mark.finding)/\($0.mark.level.rawValue)/\($0.mark.due)" }))
        // And every ledger draw was committed and revealed in the journal.
        let committed = Set(harness.events(.drawCommitted).compactMap { $0.fields["DRAW_ID"] })
        for drawID in Set(checks.map(\.drawID)) { #expect(committed.contains(String(drawID))) }

        // The export agrees with the ledger: one row per finding, the same states and overdue days.
        let csv = LedgerExport.csv(
            findings, on: last, calendar: calendar, policy: harness.config.ledger.deadlines,
            prohibitions: rules.prohibitions)
        let rows = csv.split(separator: "\r\n").dropFirst()
        #expect(rows.count == findings.count)
        for (row, finding) in zip(rows, findings.sorted { $0.id.description < $1.id.description }) {
            #expect(row.hasPrefix(finding.id.description + ","))
            #expect(row.contains(finding.state.label))
        }

        // A sample of the ledger's draws verifies with both verifiers: the first verifier draw,
        // and the re-check visit.
        let samples = [verifications.first, checks.first { $0.kind == .recheck }].compactMap { $0 }
        for check in samples {
            let name = "ledger-ordered-\(check.drawID)"
            let folder = "\(harness.config.paths.publicRecords)/\(check.day)/\(name)"
            #expect(
                try PublicRecordTests.verifyBoth(
                    folder, date: check.day.description, name: name, publicRoot: harness.config.paths.publicRecords)
                    == [])
        }
    }
}
