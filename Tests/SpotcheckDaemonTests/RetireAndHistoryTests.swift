import Foundation
import SpotcheckCore
import SpotcheckDaemon
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Retiring inspectors, closing departments and `spotcheck history`, through the daemon.
@Suite(.serialized) struct RetireAndHistoryTests {
    @Test func aRetiredInspectorKeepsTheirHistoryAndIsNeverStaffedAgain() throws {
        let daemon = try DailyUseTests.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let roster = try RosterParser.parse(
            RosterFiles(
                departments: .init(
                    name: "d",
                    bytes: Array(try Data(contentsOf: URL(fileURLWithPath: "\(Harness.county)/departments.csv")))),
                inspectors: .init(
                    name: "i",
                    bytes: Array(try Data(contentsOf: URL(fileURLWithPath: "\(Harness.county)/inspectors.csv"))))))
        let retired = try #require(roster.inspectors.first)

        let dry = try DailyUseTests.spotcheck(daemon, ["inspectors", "retire", retired.id, "--dry-run"])
        #expect(dry.status == 0, "\(dry.output)")
        #expect(
            dry.output.contains("~ inspector \(retired.id)") && dry.output.contains("active: (empty) → no"),
            "\(dry.output)")
        let done = try DailyUseTests.spotcheck(daemon, ["inspectors", "retire", retired.id])
        #expect(done.status == 0, "\(done.output)")
        let again = try DailyUseTests.spotcheck(daemon, ["inspectors", "retire", retired.id])
        #expect(again.status == 0 && again.output.contains("already retired; nothing changed"), "\(again.output)")
        let list = try DailyUseTests.spotcheck(daemon, ["inspectors", "list"])
        #expect(
            list.output.split(separator: "\n").contains { $0.hasPrefix(retired.id) && $0.hasSuffix("retired") },
            "\(list.output)")

        // The stored roster keeps the row; nobody can order them onto a team: `why` says retired.
        let export = try DailyUseTests.spotcheck(daemon, ["why", retired.id, "d-shuiwu"])
        #expect(export.output.contains("retired"), "\(export.output)")

        // Close a department: it cannot be ordered, the refusal says how to reopen it.
        #expect(try DailyUseTests.spotcheck(daemon, ["departments", "close", "d-shuiwu"]).status == 0)
        let departments = try DailyUseTests.spotcheck(daemon, ["departments", "list"])
        #expect(
            departments.output.split(separator: "\n").contains { $0.hasPrefix("d-shuiwu") && $0.hasSuffix("closed") })
        let order = try DailyUseTests.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", "群众投诉"])
        #expect(order.status != 0 && order.output.contains("closed"), "\(order.output)")
        #expect(order.output.contains("spotcheck departments reopen d-shuiwu"), "\(order.output)")
        #expect(try Store(path: daemon.statePath).draws().isEmpty, "no seed was committed for the refused order")
        #expect(try DailyUseTests.spotcheck(daemon, ["departments", "reopen", "d-shuiwu"]).status == 0)
        let reopened = try DailyUseTests.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", "群众投诉"])
        #expect(reopened.status == 0, "\(reopened.output)")
        #expect(!reopened.output.contains(retired.id), "\(reopened.output)")

        // Ordered again the same day: a warning names the first order; the order still goes ahead.
        let twice = try DailyUseTests.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", "复查"])
        #expect(
            twice.output.contains("warning: d-shuiwu already has a team on \(daemon.localDate()) (ordered draw"),
            "\(twice.output)")
        #expect(try Store(path: daemon.statePath).draws().count == 2)
        // The ordered team is in the history, and filters narrow it.
        let history = try DailyUseTests.spotcheck(daemon, ["history", "--department", "d-shuiwu", "--json"])
        #expect(history.status == 0, "\(history.output)")
        let reply = try JSONDecoder().decode(ControlMessages.HistoryReply.self, from: Data(history.output.utf8))
        let today = daemon.localDate()
        let drawn = reply.entries.filter { $0.source == "draw" }
        #expect(drawn.count >= 1 && drawn.allSatisfy { $0.department == "d-shuiwu" && $0.date == today })
        #expect(drawn.filter { $0.role == "lead" }.count >= 1)
        #expect(!drawn.contains { $0.inspector == retired.id })
        let member = try #require(drawn.first)
        let one = try DailyUseTests.spotcheck(
            daemon, ["history", "--inspector", member.inspector, "--from", today, "--to", today])
        #expect(one.output.contains(member.name) && one.output.contains("d-shuiwu"), "\(one.output)")
        let past = try DailyUseTests.spotcheck(
            daemon, ["history", "--inspector", member.inspector, "--to", "2000-01-01"])
        #expect(past.output.contains("No inspection matches."), "\(past.output)")
        let csv = try DailyUseTests.spotcheck(daemon, ["history", "--csv", "--department", "d-shuiwu"])
        #expect(csv.output.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(csv.output.contains("date,inspector,name,department,department_name,role,source,draw_id,pool"))
        let backwards = try DailyUseTests.spotcheck(daemon, ["history", "--from", "2026-12-05", "--to", "2026-12-01"])
        #expect(backwards.status != 0 && backwards.output.contains("is after --to"), "\(backwards.output)")
    }
}
