import Foundation
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `spotcheck status` tells a coordinator when members were withheld from today's teams at the
/// reveal, and points to `spotcheck teams`.
@Suite struct StatusWithheldTests {
    @Test func statusSaysWhenTodaysTeamsHaveWithheldMembersAndPointsToTeams() throws {
        try ReplaceDepartmentTests.unrevealed { daemon, store, draw in
            let quiet = try ReplaceDepartmentTests.run(daemon, ["status"])
            #expect(quiet.status == 0 && !quiet.output.contains("withheld"), "\(quiet.output)")

            // d-a is closed between the draw and the reveal: its team is withheld whole at the reveal.
            let closed = try ReplaceDepartmentTests.run(daemon, ["departments", "close", "d-a"])
            #expect(closed.status == 0, "\(closed.output)")
            #expect(
                DaemonProcess.eventually(timeout: 60) { ((try? store.draw(id: draw.id)) ?? nil)?.revealedAt != nil })
            #expect(DaemonProcess.eventually { ((try? store.withheld(drawID: draw.id)) ?? []).count == 2 })

            let english = try ReplaceDepartmentTests.run(daemon, ["status"])
            #expect(english.status == 0, "\(english.output)")
            #expect(
                english.output.contains("withheld: 2 member(s) of today's teams (d-a in draw \(draw.id))"),
                "\(english.output)")
            #expect(english.output.contains("spotcheck teams shows those teams"), "\(english.output)")
            let chinese = try ReplaceDepartmentTests.run(daemon, ["status"], chinese: true)
            #expect(
                chinese.output.contains("已撤下：今天的检查组中有 2 名成员被撤下（第 \(draw.id) 次抽签的 d-a）"),
                "\(chinese.output)")
            #expect(chinese.output.contains("请用 spotcheck teams 查看") && !chinese.output.contains("withheld"))
            let json = try ReplaceDepartmentTests.run(daemon, ["status", "--json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
            let withheld = try #require(object["withheld"] as? [[String: Any]], "\(json.output)")
            #expect(withheld.count == 2 && withheld.allSatisfy { $0["department"] as? String == "d-a" })
            // The team sheet it points to shows them.
            let teams = try ReplaceDepartmentTests.run(daemon, ["teams"])
            #expect(teams.output.contains("WITHHELD"), "\(teams.output)")
        }
    }
}
