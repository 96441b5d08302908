import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// Task files written again later in the day (a later reveal's re-check, a replacement) go to
/// the login the roster gives each member then, not the one their team was told through.
@Suite(.serialized) struct DayLoginRebindTests {
    @Test func aLaterRevealsNewLineUpOfAnEarlierTeamGoesToTheMembersCurrentLogin() throws {
        let harness = try SecrecyTests.harness(countyDraw: "07:00")
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "07:05")
        let keyPosts = try #require(try harness.store.draws().first { $0.pool == "key-posts" })
        let team = try #require(try keyPosts.decodedRecord()?.teams.first)
        let lead = try #require(team.members.first).inspector
        let declarant = try #require(team.members.last).inspector
        var roster = try #require(try harness.store.currentRoster()).roster()
        let index = try #require(roster.inspectors.firstIndex { $0.id == lead })
        let old = roster.inspectors[index].login
        // The lead's account is corrected after their team was told.
        roster.inspectors[index].login = "newaccount"
        _ = try harness.store.saveRoster(
            roster, source: "test", actor: "coordinator", at: harness.at("2026-12-01", "07:10"))
        let login = try #require(roster.inspectors.first { $0.id == declarant }).login
        _ = try harness.store.declare(
            kind: .conflict, login: login, inspector: declarant, department: team.department, from: nil, to: nil,
            reason: "配偶在该单位任职", actor: login, at: harness.at("2026-12-01", "07:15"))
        // At the county's reveal the key-posts team is checked again: the declarant is replaced.
        try harness.tick("2026-12-01", "08:00")
        #expect(try harness.store.replacements(drawID: keyPosts.id).contains { $0.oldInspector == declarant })
        let told = harness.taskFiles("2026-12-01")
        #expect(told.contains("newaccount"))
        #expect(!told.contains(old))
        let data = try #require(FileManager.default.contents(atPath: harness.taskPath("2026-12-01", "newaccount")))
        let file = try JSONDecoder().decode(TaskFile.self, from: data)
        #expect(
            file.assignments.contains { $0.target.id == team.department && $0.team.allSatisfy { $0.id != declarant } })
    }

    @Test func aLoginAnImportGivesAnotherMovesTheToldSeatAtOnce() throws {
        let harness = try SecrecyTests.harness(countyDraw: "07:00")
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "07:05")
        let keyPosts = try #require(try harness.store.draws().first { $0.pool == "key-posts" })
        let seat = try #require(try harness.store.assignments(drawID: keyPosts.id).first)
        let control = DeclarationRosterTests.control(harness)
        let coordinator = DeclarationTests.person("zhangwei-coord", coordinator: true, uid: 5002)
        // The seated inspector's account is corrected by an import.
        var roster = try DeclarationRosterTests.export(control, coordinator)
        let index = try #require(roster.inspectors.firstIndex { $0.id == seat.inspector })
        roster.inspectors[index].login = "newaccount"
        let imported = try DeclarationRosterTests.importRoster(control, coordinator, roster)
        #expect(imported.error == nil, "\(imported)")
        // At once, not at the day's next rewrite: the seat is the new account's, and so is the file.
        let now = try #require(
            try harness.store.assignments(drawID: keyPosts.id).first {
                $0.inspector == seat.inspector && $0.department == seat.department
            })
        #expect(now.login == "newaccount")
        let told = harness.taskFiles("2026-12-01")
        #expect(told.contains("newaccount") && !told.contains(seat.login), "\(told)")
        #expect(try harness.store.auditTrail().contains { $0.action == "assignment.login" })
    }
}
