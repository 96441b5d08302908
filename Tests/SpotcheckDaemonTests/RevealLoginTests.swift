import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// The reveal tells each inspector through the login the roster gives them then.
@Suite(.serialized) struct RevealLoginTests {
    @Test func aLoginChangedBeforeTheRevealTellsTheInspectorsNewAccountAndNotTheOldOnesNewHolder() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        let draw = try #require(try harness.store.draws().first)
        let record = try #require(try draw.decodedRecord())
        let team = try #require(record.teams.first)
        let x = try #require(team.members.last).inspector
        let drawn = Set(record.teams.flatMap(\.members).map(\.inspector))
        var roster = try #require(try harness.store.currentRoster()).roster()
        let xIndex = try #require(roster.inspectors.firstIndex { $0.id == x })
        // Someone on no team of the draw gets X's old account; X gets a new one.
        let zIndex = try #require(roster.inspectors.firstIndex { !drawn.contains($0.id) })
        let old = roster.inspectors[xIndex].login
        let zOld = roster.inspectors[zIndex].login
        roster.inspectors[zIndex].login = old
        roster.inspectors[xIndex].login = "\(old)-new"
        #expect(zOld != old)
        try harness.store.saveRoster(roster, source: "test", actor: "test", at: harness.at("2026-12-01", "07:30"))

        try harness.tick("2026-12-01", "08:00")
        let assignment = try #require(
            try harness.store.assignments(drawID: draw.id).first {
                $0.inspector == x && $0.department == team.department
            })
        #expect(assignment.login == "\(old)-new")
        let mine = try TaskFile.decode(
            try #require(FileManager.default.contents(atPath: harness.taskPath("2026-12-01", "\(old)-new"))))
        #expect(mine.assignments.contains { $0.target.id == team.department })
        #expect(mine.inspector.id == x)
        if let data = FileManager.default.contents(atPath: harness.taskPath("2026-12-01", old)) {
            #expect(try TaskFile.decode(data).assignments.isEmpty, "the account's new holder was told")
        }
        #expect(
            harness.events(.assignmentIssued).contains {
                $0.fields["INSPECTOR"] == x && $0.fields["LOGIN"] == "\(old)-new"
            })
    }
}
