import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A roster read from the folder (start-up, `SIGHUP`) follows the rules of a socket import: a
/// transfer leaves its former post, which no later roster removes or backdates, and what the
/// daemon's draws name is not deleted.
@Suite(.serialized) struct FolderTransferTests {
    /// A copy of the county example the test may edit.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Harness.county), to: folder)
        return folder
    }

    static func edit(_ folder: URL, _ from: String, _ to: String) throws {
        let path = folder.appendingPathComponent("inspectors.csv").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(from))
        try text.replacingOccurrences(of: from, with: to).write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func load(_ harness: Harness, _ day: String) -> Bool {
        DaemonLoader.loadRoster(
            harness.config, store: harness.store, events: EventLog(sinks: [harness.sink]),
            now: harness.at(day, "09:00"))
    }

    @Test func aTransferInTheFolderLeavesTheOldHomeAsAFormerPostThatStays() throws {
        let folder = try Self.folder()
        let harness = try Harness(roster: folder.path)
        try Self.edit(folder, "i002,胡超,huchao,d-caizheng,,", "i002,胡超,huchao,d-shuiwu,,")
        #expect(Self.load(harness, "2026-12-01"))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let moved = try #require(roster.inspectors.first { $0.id == "i002" })
        #expect(moved.home == "d-shuiwu")
        #expect(moved.former == [FormerPost(department: "d-caizheng", left: Day(iso: "2026-12-01")!)])
        let eligibility = try Eligibility(roster: roster, policy: Policy(), date: Day(iso: "2026-12-02")!)
        #expect(
            Engine.rosterForbids(eligibility, inspector: "i002", department: "d-caizheng").contains(
                "former-department"))

        // The folder as it was (the post left out) is refused whole, naming the line.
        #expect(!Self.load(harness, "2026-12-02"))
        let refusal = try #require(harness.events(.rosterRejected).last).message
        #expect(refusal.contains("inspectors.csv:3: former:"), "\(refusal)")
        #expect(refusal.contains("keep d-caizheng@2026-12-01 in former"), "\(refusal)")
        // Backdated, it is refused the same way.
        try Self.edit(folder, "i002,胡超,huchao,d-shuiwu,,", "i002,胡超,huchao,d-shuiwu,d-caizheng@2020-01-01,")
        #expect(!Self.load(harness, "2026-12-02"))
        // Written into the folder as recorded, the roster is taken.
        try Self.edit(folder, "d-caizheng@2020-01-01", "d-caizheng@2026-12-01")
        #expect(Self.load(harness, "2026-12-02"))
    }

    @Test func aTransferInTheFolderCannotNameTheOldHomeAsLeftBeforeToday() throws {
        let folder = try Self.folder()
        let harness = try Harness(roster: folder.path)
        try Self.edit(folder, "i002,胡超,huchao,d-caizheng,,", "i002,胡超,huchao,d-shuiwu,d-caizheng@2020-01-01,")
        #expect(!Self.load(harness, "2026-12-01"))
        let refusal = try #require(harness.events(.rosterRejected).last).message
        #expect(refusal.contains("inspectors.csv:3: former:"), "\(refusal)")
        #expect(refusal.contains("write d-caizheng@2026-12-01"), "\(refusal)")
        let roster = try #require(try harness.store.currentRoster()).roster()
        #expect(roster.inspectors.first { $0.id == "i002" }?.home == "d-caizheng")
    }

    @Test func theFolderCannotDeleteAnInspectorWhoServed() throws {
        let folder = try Self.folder()
        let harness = try Harness(roster: folder.path)
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        // One the other files do not name, so that only the draw keeps the row.
        let others = try ["conflicts.csv", "history.csv"].map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }.joined()
        let served = try #require(
            try harness.store.assignments(drawID: draw.id).first {
                !others.contains(",\($0.inspector),") && !others.contains("\n\($0.inspector),")
            }
        ).inspector
        let path = folder.appendingPathComponent("inspectors.csv").path
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        try lines.filter { !$0.hasPrefix("\(served),") }.joined(separator: "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        #expect(!Self.load(harness, "2026-12-01"))
        let refusal = try #require(harness.events(.rosterRejected).last).message
        #expect(refusal.contains("inspectors.csv: id: inspector '\(served)' served in draw"), "\(refusal)")
        let roster = try #require(try harness.store.currentRoster()).roster()
        #expect(roster.inspectors.contains { $0.id == served })
    }

    @Test func anImportCannotRemoveOrBackdateAFormerPostThatStillExcludes() throws {
        let harness = try Harness()
        let today = LocalTime(zone: TimeZone(identifier: harness.config.calendar.timeZone)!).day(of: Date())
        func importing(_ edit: @escaping (inout Inspector) -> Void) throws -> String {
            let answer = try RosterLedgerPoolTests.importing(harness, config: harness.config) { roster in
                if let index = roster.inspectors.firstIndex(where: { $0.id == "i002" }) {
                    edit(&roster.inspectors[index])
                }
            }.answer
            return "\(answer.error ?? "applied") \(answer.parameters)"
        }
        // A transfer naming the old home as left years ago is refused.
        let backdated = try importing {
            $0.home = "d-shuiwu"
            $0.former = [FormerPost(department: "d-caizheng", left: Day(iso: "2020-01-01")!)]
        }
        #expect(backdated.contains("RosterRejected") && backdated.contains("write d-caizheng@\(today)"), "\(backdated)")
        // The transfer itself records the post, which cannot then be removed or backdated.
        let moved = try importing { $0.home = "d-shuiwu" }
        #expect(moved.hasPrefix("applied"), "\(moved)")
        let removed = try importing { $0.former = [] }
        #expect(removed.contains("RosterRejected") && removed.contains("keep d-caizheng@\(today)"), "\(removed)")
        let earlier = try importing {
            $0.former = [FormerPost(department: "d-caizheng", left: today.adding(days: -400))]
        }
        #expect(earlier.contains("RosterRejected"), "\(earlier)")
        // Moving back home, the post may go.
        let back = try importing {
            $0.home = "d-caizheng"
            $0.former = []
        }
        #expect(back.hasPrefix("applied"), "\(back)")
    }
}
