import Foundation
import GRDB
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// Once the outcome of a re-check (回头看) or honesty visit is recorded, the team's task files say
/// so (`check.outcome`, `check.outcomeNote`) and `spotcheck today` shows it in the reader's
/// language; the file stays `spotcheck-task/2` and meets the published schema.
@Suite(.serialized) struct VisitOutcomeTaskFileTests {
    @Test func aRecordedOutcomeIsInTheTaskFileAndTodayInBothLanguages() throws {
        let (daemon, store, _) = try LedgerCheckProcessTests.startedWithTwoRechecks()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let checks = try store.ledgerChecks().filter { $0.kind == .recheck }.sorted { $0.key < $1.key }
        #expect(checks.count == 2)
        func file(_ check: LedgerCheck, login: String) throws -> (text: String, check: TaskFile.Check?) {
            let text = try String(
                contentsOfFile: "\(daemon.tasksPath)/\(login)/\(check.day).json", encoding: .utf8)
            let decoded = try TaskFile.decode(Data(text.utf8))
            return (
                text, decoded.assignments.first { $0.drawID == check.drawID && $0.target.id == check.department }?.check
            )
        }
        func today(_ check: LedgerCheck, _ login: String, locale: String = "C.UTF-8") throws -> String {
            let result = try ControlTests.run(
                ControlTests.cli,
                [
                    "today", "--tasks", daemon.tasksPath, "--login", login, "--date", check.day.description, "--days",
                    "0",
                ],
                environment: ["LANG": locale])
            #expect(result.status == 0, "\(result.output)")
            return result.output
        }
        func cli(_ arguments: [String]) throws -> (status: Int32, output: String) {
            try ControlTests.run(ControlTests.cli, ["findings"] + arguments + ["--socket", daemon.controlPath])
        }

        let first = checks[0]
        let lead = try #require(first.logins.first)
        let member = first.logins.dropFirst().first
        // Before: the visit, no outcome.
        let before = try file(first, login: lead)
        #expect(before.check?.kind == "recheck" && before.check?.outcome == nil, "\(before.text)")
        #expect(!before.text.contains("outcome"))
        #expect(!(try today(first, lead)).contains("outcome recorded"))

        // Passed, with a note: every member's file says so at once, and `today` in both languages.
        let passed = try cli(["check", "\(first.drawID)/\(first.department)", "--passed", "--note", "整改到位"])
        #expect(passed.status == 0, "\(passed.output)")
        for login in first.logins {
            let after = try file(first, login: login)
            #expect(after.check?.outcome == "passed" && after.check?.outcomeNote == "整改到位", "\(after.text)")
            #expect(after.text.contains("\"schema\" : \"spotcheck-task/2\""))
            let problems = try DaemonJSONConventionTests.problems(after.text, schema: "task-file")
            #expect(problems.isEmpty, "\(problems)")
        }
        let english = try today(first, lead)
        #expect(english.contains("outcome recorded: passed (note: 整改到位)"), "\(english)")
        let chinese = try today(first, member ?? lead, locale: "zh_CN.UTF-8")
        #expect(chinese.contains("已记录结果：通过（说明：整改到位）"), "\(chinese)")
        // `today --json` carries the field as the file has it.
        let json = try ControlTests.run(
            ControlTests.cli,
            ["today", "--tasks", daemon.tasksPath, "--login", lead, "--date", first.day.description, "--json"])
        #expect(json.output.contains("\"outcome\"") && json.output.contains("\"outcomeNote\""), "\(json.output)")

        // Not carried out: said so, with why.
        let second = checks[1]
        let secondLead = try #require(second.logins.first)
        let missed = try cli([
            "check", "\(second.drawID)/\(second.department)", "--not-carried-out", "--note", "单位搬迁",
        ])
        #expect(missed.status == 0, "\(missed.output)")
        #expect(try file(second, login: secondLead).check?.outcome == "not-carried-out")
        #expect(try today(second, secondLead).contains("outcome recorded: not carried out (note: 单位搬迁)"))
        #expect(
            try today(second, secondLead, locale: "zh_CN.UTF-8").contains("已记录结果：未实施（说明：单位搬迁）"))
    }

    /// A visit of several re-checks: failed as soon as one failed; otherwise an outcome only once
    /// every check has one.
    @Test func aVisitOfSeveralChecksHasAnOutcomeOnceDecided() throws {
        func check(_ finding: String, _ outcome: String?, note: String? = nil) throws -> LedgerCheck {
            let row: [String: (any DatabaseValueConvertible)?] = [
                "id": Int64(1), "kind": "recheck", "key": "recheck/\(finding)/2026-11", "finding": finding,
                "department": "d-shuiwu", "draw_id": Int64(7), "day": "2026-12-01", "logins": "a b",
                "home": nil, "unstaffed": false, "outcome": outcome, "outcome_by": outcome == nil ? nil : "a",
                "note": note,
            ]
            return try LedgerCheck(row: Row(row))
        }
        let open = try check("F-2026-0001", nil)
        let passed = try check("F-2026-0002", "passed", note: "")
        let failed = try check("F-2026-0003", "failed", note: "仍未整改")
        let missed = try check("F-2026-0004", "not-carried-out", note: "单位搬迁")
        #expect(TaskCheckOutcome.check("recheck", [open, passed]).outcome == nil)
        #expect(TaskCheckOutcome.check("recheck", [open, failed]).outcome == "failed")
        #expect(TaskCheckOutcome.check("recheck", [open, failed]).outcomeNote == "仍未整改")
        let both = TaskCheckOutcome.check("recheck", [passed, passed])
        #expect(both.outcome == "passed" && both.outcomeNote == nil)
        #expect(TaskCheckOutcome.check("recheck", [passed, missed]).outcome == "not-carried-out")
        #expect(TaskCheckOutcome.check("recheck", [passed, missed]).outcomeNote == "单位搬迁")
        #expect(TaskCheckOutcome.check("recheck", [open, passed]).findings == ["F-2026-0001", "F-2026-0002"])
    }
}
