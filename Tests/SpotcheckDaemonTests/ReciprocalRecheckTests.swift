import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// The reciprocal ban holds for the homes as they are when the teams are told: a transfer between
/// the draws and the reveals must not make A's staff inspect B and B's staff inspect A that day.
@Suite(.serialized) struct ReciprocalRecheckTests {
    @Test func aHomeChangeBeforeTheRevealNeverLeavesTwoDepartmentsInspectingEachOther() throws {
        let harness = try SecrecyTests.harness(countyDraw: "07:00")
        try harness.tick("2026-12-01", "07:00")
        let draws = try harness.store.draws()
        let keyPosts = try #require(draws.first { $0.pool == "key-posts" })
        let county = try #require(draws.first { $0.pool == "county" })
        let first = try #require(try keyPosts.decodedRecord()?.teams.first)
        let x = try #require(first.members.last).inspector
        let countyTeams = try #require(try county.decodedRecord()).teams
        let second = try #require(
            countyTeams.first { team in
                team.department != first.department && !team.members.contains { $0.inspector == x }
                    && team.members.contains { member in !first.members.contains { $0.inspector == member.inspector } }
            })
        let y = try #require(
            second.members.last { member in !first.members.contains { $0.inspector == member.inspector } }
        )
        .inspector
        // X now works in the department Y's team inspects, and Y in the one X's team inspects.
        var roster = try #require(try harness.store.currentRoster()).roster()
        let xIndex = try #require(roster.inspectors.firstIndex { $0.id == x })
        let yIndex = try #require(roster.inspectors.firstIndex { $0.id == y })
        roster.inspectors[xIndex].home = second.department
        roster.inspectors[yIndex].home = first.department
        try harness.store.saveRoster(roster, source: "test", actor: "test", at: harness.at("2026-12-01", "07:02"))

        try harness.tick("2026-12-01", "07:05")
        try harness.tick("2026-12-01", "08:00")
        // The day's teams as they go out, with today's homes: no two inspect each other.
        let homes = Dictionary(roster.inspectors.map { ($0.id, $0.home) }, uniquingKeysWith: { a, _ in a })
        var teams: [String: Set<String>] = [:]  // department → homes of its members
        for draw in try harness.store.draws() {
            for assignment in try harness.store.assignments(drawID: draw.id) {
                teams[assignment.department, default: []].insert(homes[assignment.inspector] ?? "")
            }
        }
        for (department, from) in teams {
            for home in from where home != department {
                #expect(
                    teams[home]?.contains(department) != true,
                    "\(home) inspects \(department) and \(department) inspects \(home)")
            }
        }
        // Y, told last, was the one taken off, by the rule or withheld.
        let replaced = try harness.store.replacements(drawID: county.id).contains { $0.oldInspector == y }
        let held = try harness.store.withheld(drawID: county.id).contains { $0.inspector == y }
        #expect(replaced || held)
        #expect(try harness.engine.verifyChain().broken == nil)
    }
}
