import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A transfer away from a department the inspector had worked in once before (an old former post
/// there, then home there again) still leaves a former post dated the day of the transfer.
@Suite(.serialized) struct TransferAgainTests {
    static func importRoster(_ harness: Harness, _ roster: Roster) -> String {
        let files = RosterWriter.write(roster)
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        let request = ControlMessages.ImportParameters(
            files: ControlMessages.Files(
                departments: text(files.departments), inspectors: text(files.inspectors),
                conflicts: text(files.conflicts), history: text(files.history)),
            dryRun: false)
        return SecrecyTests.call(SecrecyTests.control(harness), "ImportRoster", request, as: SecrecyTests.coordinator)
    }

    @Test func aTransferOutOfADepartmentWorkedInBeforeStillExcludesItFromToday() throws {
        let harness = try Harness()
        var roster = try #require(try harness.store.currentRoster()).roster()
        let index = try #require(roster.inspectors.firstIndex { $0.former.isEmpty })
        let home = roster.inspectors[index].home
        let id = roster.inspectors[index].id
        // Worked at their home once before, years ago, and came back.
        let old = FormerPost(department: home, left: Day(iso: "2020-01-01")!)
        roster.inspectors[index].former = [old]
        try harness.store.saveRoster(roster, source: "test", actor: "test", at: Date())
        // Transferred away again through the socket, nobody naming `--former`.
        var moved = roster
        let newHome = try #require(roster.departments.first { $0.id != home && $0.active }).id
        moved.inspectors[index].home = newHome
        let reply = Self.importRoster(harness, moved)
        #expect(!reply.contains("\"error\""), "\(reply)")
        let today = LocalTime(zone: TimeZone(identifier: harness.config.calendar.timeZone)!).day(of: Date())
        let now = try #require(try harness.store.currentRoster()).roster()
        let person = try #require(now.inspectors.first { $0.id == id })
        #expect(person.former.contains(FormerPost(department: home, left: today)), "\(person.former)")
        #expect(person.former.contains(old))
        let eligibility = try Eligibility(roster: now, policy: Policy(), date: today)
        #expect(Engine.rosterForbids(eligibility, inspector: id, department: home).contains("former-department"))
    }
}
