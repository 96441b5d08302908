import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// The outcome of a re-check (回头看) or honesty visit, recorded by its team lead: passed, failed
/// (a re-check reopens its finding) or not carried out; once, audited, shown in the finding's
/// history, and — like every change of the ledger — a link of the hash chain.
@Suite struct LedgerCheckOutcomeTests {
    /// Findings closed in October 2026 and a month's samples drawn on 2026-11-02 (a past day, so
    /// that the lead may report at once by the real clock the service reads).
    struct Visits {
        let harness: Harness
        let control: DaemonControl
        let closed: [FindingID]
        let rechecks: [LedgerCheck]
        let honesty: [LedgerCheck]

        init() throws {
            harness = try Harness(
                pools: LedgerDrawTests.recheckPools + "\nhonesty_sample = 2", calendar: "weekend = []")
            let departments = try #require(try harness.store.currentRoster()).roster().departments.map(\.id).sorted()
            var closed: [FindingID] = []
            for (index, department) in departments.prefix(3).enumerated() {
                closed.append(
                    try LedgerDrawTests.plant(
                        harness.store, department: department, day: Day(iso: "2026-10-1\(index + 2)")!, closed: true))
            }
            self.closed = closed
            try harness.tick("2026-11-02", "09:00")
            let checks = try harness.store.ledgerChecks()
            rechecks = checks.filter { $0.kind == .recheck }
            honesty = checks.filter { $0.kind == .honesty }
            control = DaemonControl(
                store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
                status: StatusBox(), events: EventLog(sinks: [harness.sink]))
        }

        func record(
            _ check: LedgerCheck, _ outcome: String, note: String = "", finding: String? = nil, as caller: Caller
        ) -> (error: String?, parameters: [String: Any]) {
            call(
                "RecordCheck",
                LedgerMessages.RecordCheckParameters(
                    drawId: check.drawID, department: check.department, finding: finding, outcome: outcome, note: note),
                as: caller)
        }

        func call<T: Codable & Sendable>(
            _ method: String, _ parameters: T, as caller: Caller
        ) -> (
            error: String?, parameters: [String: Any]
        ) {
            let request = Varlink.encode(
                Varlink.Request(method: "io.spotcheck.Ledger.\(method)", parameters: parameters))
            let bytes = control.handle(request, from: caller) ?? []
            let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] ?? [:]
            return (object["error"] as? String, object["parameters"] as? [String: Any] ?? [:])
        }
    }

    @Test func theLeadRecordsARecheckPassedOrFailedAndAnHonestyVisitNotCarriedOutOnceEach() throws {
        let visits = try Visits()
        #expect(visits.rechecks.count == 3 && visits.honesty.count == 2, "\(visits.rechecks) \(visits.honesty)")
        let passed = visits.rechecks[0]
        let failed = visits.rechecks[1]
        let lead = LedgerWorld.caller(try #require(passed.logins.first))
        let roster = try #require(try visits.harness.store.currentRoster()).roster()
        let all = try visits.harness.store.ledgerChecks()
        let outsider = try #require(
            roster.inspectors.first { person in !all.contains { $0.logins.contains(person.login) } })

        // Nobody outside the team, and no member who is not its lead.
        #expect(
            visits.record(passed, "passed", as: LedgerWorld.caller(outsider.login)).error
                == "io.spotcheck.Ledger.NotYourAssignment")
        if passed.logins.count > 1 {
            #expect(
                visits.record(passed, "passed", as: LedgerWorld.caller(passed.logins[1])).error
                    == "io.spotcheck.Ledger.PermissionDenied")
        }
        // A malformed outcome, a failure without a note.
        #expect(visits.record(passed, "fine", as: lead).error == "io.spotcheck.Ledger.InvalidField")
        #expect(visits.record(passed, "failed", as: lead).parameters["field"] as? String == "note")

        // Passed: recorded, the finding stays closed, its history shows it.
        let answer = visits.record(passed, "passed", note: "值班制度已落实", finding: passed.finding?.description, as: lead)
        #expect(answer.error == nil, "\(answer)")
        #expect(try visits.harness.store.ledgerCheck(key: passed.key)?.outcome == "passed")
        let id = try #require(passed.finding)
        #expect(try visits.harness.store.finding(id)?.state == .closed)
        #expect(try visits.harness.store.findingHistory(id).contains { $0.action == "recheck.passed" })
        // Once: a second report, even by a coordinator, is refused.
        let again = visits.record(passed, "failed", note: "改主意", finding: id.description, as: LedgerWorld.coordinatorA)
        #expect(again.error == "io.spotcheck.Ledger.Refused")
        #expect(again.parameters["code"] as? String == "checkOutcomeRecorded")

        // Failed: the finding is reopened by its lead, a recurrence counted.
        let failedLead = LedgerWorld.caller(try #require(failed.logins.first))
        let failure = visits.record(
            failed, "failed", note: "窗口仍无人值守", finding: failed.finding?.description, as: failedLead)
        #expect(failure.error == nil, "\(failure)")
        let failedID = try #require(failed.finding)
        let reopened = try #require(try visits.harness.store.finding(failedID))
        #expect(reopened.state == .reopened && reopened.recurrences == 1)
        #expect(try visits.harness.store.ledgerCheck(key: failed.key)?.outcome == "failed")

        // An honesty visit not carried out needs a reason; a coordinator may record it.
        let visit = visits.honesty[0]
        #expect(
            visits.record(visit, "not-carried-out", as: LedgerWorld.coordinatorA).error
                == "io.spotcheck.Ledger.InvalidField")
        #expect(visits.record(visit, "not-carried-out", note: "单位整体搬迁", as: LedgerWorld.coordinatorA).error == nil)
        #expect(try visits.harness.store.ledgerCheck(key: visit.key)?.outcome == "not-carried-out")

        // Listed for auditors with their outcomes; an outsider sees none.
        let listed = visits.call("ListChecks", LedgerMessages.ListChecksParameters(), as: LedgerWorld.auditor)
        let outcomes = (listed.parameters["checks"] as? [[String: Any]] ?? []).compactMap { $0["outcome"] as? String }
        #expect(outcomes.sorted() == ["failed", "not-carried-out", "passed"], "\(listed)")
        let unseen = visits.call(
            "ListChecks", LedgerMessages.ListChecksParameters(), as: LedgerWorld.caller(outsider.login))
        #expect((unseen.parameters["checks"] as? [Any])?.isEmpty == true, "\(unseen)")
        // Journaled as changes of the ledger.
        let actions = visits.harness.events(.findingChanged).compactMap { $0.fields["ACTION"] }
        #expect(actions.contains("recheck.passed") && actions.contains("recheck.failed"))
        #expect(actions.contains("honesty.not-carried-out"))
    }

    /// Who, when, before and after of every change of the ledger — a finding's transition, an
    /// escalation, a ledger draw's check, a verifier drawn, a visit's outcome, a monthly sample —
    /// are a private entry whose salted digest is a link of the hash chain.
    @Test func everyChangeOfTheLedgerInTheAuditTrailIsALinkOfTheHashChain() throws {
        let visits = try Visits()
        let store = visits.harness.store
        // A verifier draw, and a rectification left to go overdue until every level escalates.
        let departments = try #require(try store.currentRoster()).roster().departments.map(\.id).sorted()
        _ = try LedgerDrawTests.plant(store, department: departments[10], day: Day(iso: "2026-11-02")!)
        let late = try LedgerDrawTests.plant(store, department: departments[11], day: Day(iso: "2026-11-02")!)
        // Send the second back to rectifying through a drawn verifier's rejection.
        try visits.harness.tick("2026-11-03", "09:00")
        let lateFinding = try #require(try store.finding(late))
        let drawn = try #require(try store.drawnVerifiers(of: lateFinding).first)
        let moment = Moment(unixSeconds: 1_793_000_000, day: Day(iso: "2026-11-03")!)
        try store.updateFinding(late, at: Date(timeIntervalSince1970: 1_793_000_000)) { finding in
            [
                try finding.applying(
                    .verify(
                        accepted: false, note: "证据不足",
                        eligibility: VerifierEligibility(home: drawn.home, drawnForFinding: true)),
                    by: Actor(login: drawn.login, role: .verifier), at: moment, rules: LedgerDrawTests.rules)
            ]
        }
        for day in ["2026-11-20", "2026-11-30", "2026-12-10"] { try visits.harness.tick(day, "09:00") }
        _ = visits.record(visits.rechecks[0], "passed", note: "", as: LedgerWorld.coordinatorA)
        try store.linkPendingEvents { visits.harness.local.day(of: $0) }

        let audit = try store.auditTrail().filter { $0.action.hasPrefix("ledger.") || $0.action == "assignment.state" }
        let links = try store.chainEntries().filter { $0.kind == .ledger }
        #expect(try store.pendingChainEvents() == 0)
        #expect(links.count == audit.count, "\(links.count) links for \(audit.count) ledger changes")
        let actions = try links.map { link in
            let entry = try JSONDecoder().decode([String: String].self, from: Data(try #require(link.privateEntry)))
            #expect(entry["salt"]?.count == 64 && entry["actor"] != nil && entry["after"] != nil && entry["at"] != nil)
            return try #require(entry["action"])
        }
        for expected in [
            "verification.recorded", "check.drawn", "check.assigned", "escalation.reminder", "escalation.notice",
            "escalation.referral", "sample.recheck", "sample.honesty", "recheck.passed",
        ] {
            #expect(actions.contains(expected), "no link for \(expected): \(Set(actions).sorted())")
        }
        // The escalations also show in the finding's history (findings show).
        #expect(try store.findingHistory(late).contains { $0.action == "escalation.referral" })
    }

    /// The population of a published sample, recomputed as an auditor does (`findings
    /// sample-check`): each finding's history as the daemon shows it to an auditor, the roster
    /// published with the draw. A finding reopened after the draw still counts; a population
    /// edited to leave one out is caught.
    @Test func anAuditorRecomputesASamplesPopulationFromTheLedgerAndCatchesOneLeftOut() throws {
        let visits = try Visits()
        try visits.harness.tick("2026-11-02", "18:30")
        // Reopened later by its failed re-check: it was closed when drawn, so it stays in.
        let failed = visits.rechecks[1]
        let answer = visits.record(
            failed, "failed", note: "窗口仍无人值守", finding: failed.finding?.description,
            as: LedgerWorld.caller(try #require(failed.logins.first)))
        #expect(answer.error == nil, "\(answer)")

        var findings: [LedgerSamplePopulation.Finding] = []
        let export = visits.call(
            "ExportFindings", LedgerMessages.ListParameters(overdue: false), as: LedgerWorld.auditor)
        for finding in export.parameters["findings"] as? [[String: Any]] ?? [] {
            let id = try #require(finding["id"] as? String)
            let shown = visits.call("ShowFinding", LedgerMessages.IDParameters(id: id), as: LedgerWorld.auditor)
            let changes = (shown.parameters["history"] as? [[String: Any]] ?? []).compactMap { entry in
                Day(iso: String((entry["at"] as? String ?? "").prefix(10))).map {
                    LedgerSamplePopulation.Change(
                        day: $0, action: entry["action"] as? String ?? "", after: entry["after"] as? String ?? "")
                }
            }
            findings.append(
                LedgerSamplePopulation.Finding(
                    id: id, department: finding["department"] as? String ?? "",
                    selfInspection: finding["source"] as? String == "自查",
                    found: try #require(Day(iso: finding["found"] as? String ?? "")), changes: changes))
        }
        for kind in ["recheck", "honesty"] {
            let check = try #require(try visits.harness.store.ledgerChecks().first { $0.kind.rawValue == kind })
            let folder = "\(visits.harness.config.paths.publicRecords)/2026-11-02/ledger-ordered-\(check.drawID)"
            let sample = try JSONDecoder().decode(
                LedgerSample.self,
                from: try #require(FileManager.default.contents(atPath: "\(folder)/ledger-sample.json")))
            let departments = Set(
                try String(contentsOfFile: "\(folder)/roster/departments.csv", encoding: .utf8)
                    .split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",")[0]) })
            #expect(departments.count == 40)
            let day = try #require(Day(iso: "2026-11-02"))
            let comparison = LedgerSamplePopulation.compare(
                sample, day: day, departments: departments, findings: findings)
            #expect(comparison.holds && comparison.undecided.isEmpty, "\(kind): \(comparison)")
            // One member left out of the published population is named.
            var edited = sample
            let dropped = edited.population.removeLast()
            let caught = LedgerSamplePopulation.compare(
                edited, day: day, departments: departments, findings: findings)
            #expect(!caught.holds && caught.missing == [dropped], "\(kind): \(caught)")
        }
    }

    /// A re-check or honesty visit is a visit: the next scheduled draw's snapshot holds it in its
    /// history, so the department rests for the cooldown and its inspectors' rotation counts it
    /// (docs/ledger.md, "Ledger visits count as visits").
    @Test func aLedgerVisitCountsForCooldownAndRotationInTheNextDraw() throws {
        let visits = try Visits()
        let day = try #require(Day(iso: "2026-11-02"))
        let visited = visits.rechecks + visits.honesty
        let ledgerAssignments = try Set(visited.map(\.drawID)).flatMap {
            try visits.harness.store.assignments(drawID: $0)
        }
        #expect(!ledgerAssignments.isEmpty)
        try visits.harness.tick("2026-11-03", "09:00")
        let next = try #require(try visits.harness.store.scheduledDraw(pool: "county", date: day.adding(days: 1)))
        let history = String(decoding: try #require(next.snapshotHistory), as: UTF8.self)
        for assignment in ledgerAssignments {
            #expect(
                history.contains("2026-11-02,\(assignment.inspector),\(assignment.department)"),
                "the next draw's history lacks the ledger visit of \(assignment.inspector) to \(assignment.department)")
        }
        // Cooldown: no department visited by the ledger the day before is drawn again.
        let record = try #require(try next.decodedRecord())
        #expect(Set(record.targets).isDisjoint(with: Set(visited.map(\.department))), "\(record.targets)")
    }
}
