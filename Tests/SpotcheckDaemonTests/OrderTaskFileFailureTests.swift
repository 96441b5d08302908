import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// An order whose draw is stored stands even when its task files cannot be written now (a tasks
/// folder the sandbox makes read-only, a full disk): the coordinator is told it was drawn, never
/// "nothing was drawn", and the periodic check writes the files once it can.
@Suite(.serialized) struct OrderTaskFileFailureTests {
    @Test func anOrderWhoseTaskFilesCannotBeWrittenIsAnsweredAsDrawnAndItsFilesFollowOnceTheyCan() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let drawn = Set(try harness.store.draws().compactMap { try $0.decodedRecord() }.flatMap(\.targets))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let target = try #require(roster.departments.map(\.id).sorted().first { !drawn.contains($0) })

        // A plain file where the tasks folder was: every write fails (ENOTDIR), even as root.
        let tasks = harness.config.paths.tasks
        let aside = "\(tasks).aside"
        try FileManager.default.moveItem(atPath: tasks, toPath: aside)
        #expect(FileManager.default.createFile(atPath: tasks, contents: Data("in the way".utf8)))

        let ordered = try harness.engine.orderTargeted(
            pool: "county", departments: [target], reason: "群众投诉", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        let stored = try #require(try harness.store.draw(id: ordered.id))
        #expect(stored.state == .completed && stored.revealedAt != nil)
        #expect(harness.engine.taskFiles.summary?.hasPrefix("degraded: task files of 2026-12-01") == true)

        // The folder back: the periodic check writes the order's team into their files.
        try FileManager.default.removeItem(atPath: tasks)
        try FileManager.default.moveItem(atPath: aside, toPath: tasks)
        try harness.tick("2026-12-01", "09:01")
        #expect(harness.engine.taskFiles.summary == nil)
        let team = Set(try harness.store.assignments(drawID: ordered.id).map(\.login))
        #expect(!team.isEmpty && team.isSubset(of: Set(harness.taskFiles("2026-12-01"))))
        for login in team {
            let text = try String(contentsOfFile: harness.taskPath("2026-12-01", login), encoding: .utf8)
            #expect(text.contains(target), "\(login)'s task file lacks the order")
        }
    }
}
