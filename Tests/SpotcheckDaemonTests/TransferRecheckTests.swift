import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A transfer of a member of a team already told is accepted (the roster records the fact), and
/// the day's told teams are checked again at once: two departments never inspect each other on
/// one day because homes changed after both teams were told.
@Suite(.serialized) struct TransferRecheckTests {
    /// Draw 1 revealed; its first two teams and the last member of each.
    static func toldTeams() throws -> (
        Harness, StoredDraw, DrawRecord.Team, DrawRecord.Team, String, String
    ) {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let teams = try #require(try draw.decodedRecord()).teams
        let (a, b) = (teams[0], teams[1])
        return (harness, draw, a, b, try #require(a.members.last).inspector, try #require(b.members.last).inspector)
    }

    @Test func transfersAfterBothTeamsAreToldNeverLeaveTwoDepartmentsInspectingEachOther() throws {
        let (harness, draw, a, b, p, q) = try Self.toldTeams()
        func move(_ id: String, to home: String, _ time: String) throws {
            var roster = try #require(try harness.store.currentRoster()).roster()
            let index = try #require(roster.inspectors.firstIndex { $0.id == id })
            roster.inspectors[index].home = home
            _ = try harness.store.saveRoster(
                roster, source: "test", actor: "coordinator", at: harness.at("2026-12-01", time))
            try harness.tick("2026-12-01", time)
        }
        // p (inspecting a) moves to b's department, q (inspecting b) to a's.
        try move(p, to: b.department, "09:00")
        try move(q, to: a.department, "09:10")
        let current = try harness.engine.currentTeams(draw, try #require(try draw.decodedRecord()))
        let pOnA =
            current.teams.first { $0.department == a.department }?.members.contains { $0.inspector == p } ?? false
        let qOnB =
            current.teams.first { $0.department == b.department }?.members.contains { $0.inspector == q } ?? false
        #expect(!(pOnA && qOnB), "\(current.teams)")
        let made = try #require(try harness.store.replacements(drawID: draw.id).last)
        #expect(made.reason == Engine.rosterChangedReason && made.actor == Engine.daemonActor)
        let entry = try #require(try harness.engine.chainedReplacements(draw).last)
        #expect(entry.chosenBy == ReplacementChoice.rule.rawValue, "\(entry)")
        #expect(try harness.engine.verifyChain().broken == nil)
        try PassOverSteeringTests.expectBothVerifiersAccept(harness, draw)
    }

    @Test func aTransferOfSomeoneOnNoTeamChangesNoTeam() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let teams = try #require(try draw.decodedRecord()).teams
        let onTeams = Set(teams.flatMap(\.members).map(\.inspector))
        var roster = try #require(try harness.store.currentRoster()).roster()
        let index = try #require(roster.inspectors.firstIndex { !onTeams.contains($0.id) })
        roster.inspectors[index].home = teams[0].department
        _ = try harness.store.saveRoster(
            roster, source: "test", actor: "coordinator", at: harness.at("2026-12-01", "09:00"))
        try harness.tick("2026-12-01", "09:00")
        #expect(try harness.store.replacements(drawID: draw.id).isEmpty)
    }

    @Test func aTransferThroughTheControlSocketReChecksTheToldTeamsAtOnce() throws {
        let (harness, draw, a, b, p, q) = try Self.toldTeams()
        var roster = try #require(try harness.store.currentRoster()).roster()
        for (id, home) in [(p, b.department), (q, a.department)] {
            let index = try #require(roster.inspectors.firstIndex { $0.id == id })
            roster.inspectors[index].home = home
        }
        // Both moved in one edit (`spotcheck import`), no round of the engine after it.
        let reply = TransferAgainTests.importRoster(harness, roster)
        #expect(!reply.contains("\"error\""), "\(reply)")
        let replaced = try harness.store.replacements(drawID: draw.id)
        #expect(replaced.contains { $0.oldInspector == p || $0.oldInspector == q }, "\(replaced)")
        #expect(replaced.allSatisfy { $0.reason == Engine.rosterChangedReason })
    }
}
