import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

/// When the roster forbids a member of an issued team after the draw, the daemon takes them off
/// that very team: an inspector on two teams of the draw (a daily cap of 2) who declares a
/// conflict with one department leaves that department's team and keeps the other.
@Suite struct RecheckTeamChoiceTests {
    @Test func aConflictWithOneOfTwoTeamsTakesTheInspectorOffThatTeamOnly() throws {
        let roster = try ReplaceDepartmentTests.roster()
        defer { try? FileManager.default.removeItem(atPath: roster) }
        let harness = try Harness(
            roster: roster,
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 2
                draw_time = "07:00"
                reveal_time = "08:00"
                [policy]
                team_size = 2
                lead_required = true
                min_home_departments = 1
                reciprocal_ban = false
                cooldown_days = 0
                rotation_window_days = 0
                """)
        // The first working day whose draw puts x1 on both teams (each day's seed differs).
        var found: StoredDraw?
        var day = Day(iso: "2026-12-01")!
        for _ in 0..<40 {
            try harness.tick(day.description, "08:00")
            if let draw = try harness.store.draws(on: day).first, draw.revealedAt != nil,
                try harness.store.assignments(drawID: draw.id).filter({ $0.inspector == "x1" }).count == 2
            {
                found = draw
                break
            }
            day = day.adding(days: 1)
        }
        let draw = try #require(found, "no day put x1 on both teams")
        let teams = try #require(try draw.decodedRecord()).teams.map(\.department)
        // The team x1 leaves is the one listed second, so that taking the first would be wrong.
        let conflicted = try #require(teams.last)
        let kept = try #require(teams.first)

        let control = SecrecyTests.control(harness)
        try DeclarationTests.declareAndApprove(control, login: "twoteams", department: conflicted)

        let seats = try harness.store.assignments(drawID: draw.id).filter { $0.inspector == "x1" }.map(\.department)
        #expect(seats == [kept], "\(seats)")
        let replaced = try harness.store.replacements(drawID: draw.id).filter { $0.oldInspector == "x1" }
        let withheld = try harness.store.withheld(drawID: draw.id).filter { $0.inspector == "x1" }
        #expect(replaced.map(\.department) + withheld.map(\.department) == [conflicted], "\(replaced) \(withheld)")
        #expect(try harness.engine.verifyChain().broken == nil)
    }
}
