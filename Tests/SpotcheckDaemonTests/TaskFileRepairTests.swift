import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// Task files that cannot all be written (disk full, an I/O error, something in the way) do not
/// stay wrong until the next start: the replacement stands, the status and the journal say the
/// daemon is degraded, and every periodic check writes the files again until each equals the
/// store.
@Suite struct TaskFileRepairTests {
    /// A harness drawn and revealed on 2026-12-01, with the draw and one team.
    static func revealed() throws -> (Harness, StoredDraw, DrawRecord.Team) {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        #expect(draw.revealedAt != nil)
        let team = try #require(try draw.decodedRecord()?.teams.first)
        return (harness, draw, team)
    }

    /// Puts a plain file where a login's task folder should be, so that writing into it fails
    /// (ENOTDIR) whoever the daemon runs as; returns a function that puts the folder back as it
    /// was, so that afterwards no file is missing, only some out of date.
    static func block(_ harness: Harness, login: String) throws -> () -> Void {
        let folder = "\(harness.config.paths.tasks)/\(login)"
        let aside = harness.folder.appendingPathComponent("aside-\(login)").path
        #expect(rename(folder, aside) == 0)
        #expect(FileManager.default.createFile(atPath: folder, contents: Data("in the way".utf8)))
        return {
            unlink(folder)
            rename(aside, folder)
        }
    }

    @Test func aReplacementWhoseFilesFailMidwayStandsAndTheNextChecksRepairThem() throws {
        let (harness, draw, team) = try Self.revealed()
        let members = try harness.store.assignments(drawID: draw.id).filter { $0.department == team.department }
        let leaving = try #require(team.members.last)
        // The teammate whose login sorts last: files before it are written, its own fails.
        let blocked = try #require(members.filter { $0.inspector != leaving.inspector }.map(\.login).max())
        let unblock = try Self.block(harness, login: blocked)

        let replacement = try harness.engine.replace(
            drawID: draw.id, inspector: leaving.inspector, with: nil, reason: "病假", actor: "test",
            now: harness.at("2026-12-01", "08:10"), config: harness.config)
        #expect(try harness.store.replacements(drawID: draw.id).count == 1)
        let summary = try #require(harness.engine.taskFiles.summary)
        #expect(summary.contains("degraded") && summary.contains("2026-12-01") && summary.contains(blocked))
        let failures = harness.sink.recorded.filter { $0.event == .drawFailed && $0.fields["REASON"] == "task-files" }
        #expect(failures.count == 1)
        #expect(failures.first?.fields["LOGIN"] == blocked)

        // While the folder is in the way, each check tries again; the status says degraded, and
        // the journal is not told again about the same failure.
        for minute in ["08:11", "08:12"] {
            let next = try #require(try harness.tick("2026-12-01", minute))
            #expect(next.description.hasPrefix("degraded: task files of 2026-12-01"), "\(next.description)")
            #expect(next.at <= harness.at("2026-12-01", minute).addingTimeInterval(60))
        }
        #expect(harness.sink.recorded.filter { $0.fields["REASON"] == "task-files" }.count == 1)

        // Once writing works again, the next check makes every file equal the store.
        unblock()
        let next = try harness.tick("2026-12-01", "08:13")
        #expect(next?.description.hasPrefix("degraded") == false)
        #expect(harness.engine.taskFiles.summary == nil)
        #expect(harness.sink.recorded.contains { $0.fields["REASON"] == "task-files-repaired" })
        try Consistency.check(harness)
        let newcomer = try #require(
            try harness.store.assignments(drawID: draw.id).first { $0.inspector == replacement.newInspector })
        let file = try JSONDecoder().decode(
            TaskFile.self,
            from: try #require(
                FileManager.default.contents(atPath: "\(harness.config.paths.tasks)/\(newcomer.login)/2026-12-01.json"))
        )
        #expect(file.assignments.map(\.target.id) == [team.department])
    }

    @Test func aTaskFileEditedOrTruncatedByHandIsWrittenAgainAtTheNextCheck() throws {
        let (harness, _, _) = try Self.revealed()
        let tasks = harness.config.paths.tasks
        let logins = try FileManager.default.contentsOfDirectory(atPath: tasks).sorted()
        let edited = "\(tasks)/\(logins[0])/2026-12-01.json"
        let truncated = "\(tasks)/\(logins[1])/2026-12-01.json"
        let original = try #require(FileManager.default.contents(atPath: edited))
        try Data("{\"assignments\":[]}".utf8).write(to: URL(fileURLWithPath: edited))
        try Data().write(to: URL(fileURLWithPath: truncated))
        try harness.tick("2026-12-01", "08:05")
        #expect(FileManager.default.contents(atPath: edited) == original)
        try Consistency.check(harness)
    }

    @Test func filesThatAlreadyEqualTheStoreAreLeftAsTheyAre() throws {
        let (harness, _, _) = try Self.revealed()
        let tasks = harness.config.paths.tasks
        let login = try #require(try FileManager.default.contentsOfDirectory(atPath: tasks).sorted().first)
        var before = stat()
        stat("\(tasks)/\(login)/2026-12-01.json", &before)
        try harness.tick("2026-12-01", "08:30")
        var after = stat()
        stat("\(tasks)/\(login)/2026-12-01.json", &after)
        #expect(before.st_ino == after.st_ino, "rewritten although it equals the store")
    }

    /// Which files a check rewrites must tell nobody whose file changed: when one file differs,
    /// every login's file of the day is written again (new inode), not only the ones that differ.
    @Test func whenOneFileDiffersEveryLoginsFileOfTheDayIsWrittenAgain() throws {
        let (harness, draw, _) = try Self.revealed()
        let tasks = harness.config.paths.tasks
        let involved = Set(try harness.store.assignments(drawID: draw.id).map(\.login))
        let logins = try FileManager.default.contentsOfDirectory(atPath: tasks).sorted()
        let bystander = try #require(logins.last { !involved.contains($0) })
        func inode(_ login: String) -> UInt {
            var info = stat()
            stat("\(tasks)/\(login)/2026-12-01.json", &info)
            return UInt(info.st_ino)
        }
        let before = inode(bystander)
        let edited = try #require(involved.sorted().first)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: "\(tasks)/\(edited)/2026-12-01.json"))
        try harness.tick("2026-12-01", "08:20")
        #expect(inode(bystander) != before, "only the differing file was written")
        try Consistency.check(harness)
    }

    @Test func aRevealWhoseFilesFailIsRetriedAndNotMarkedRevealedMeanwhile() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:30")
        let draw = try #require(try harness.store.draws().first)
        let logins = try harness.store.assignments(drawID: draw.id).map(\.login)
        let unblock = try Self.block(harness, login: try #require(logins.max()))
        #expect(throws: TaskFileError.self) { try harness.tick("2026-12-01", "08:00") }
        #expect(try harness.store.draw(id: draw.id)?.revealedAt == nil)
        #expect(harness.engine.taskFiles.summary?.contains("degraded") == true)
        unblock()
        try harness.tick("2026-12-01", "08:01")
        #expect(try harness.store.draw(id: draw.id)?.revealedAt != nil)
        #expect(harness.engine.taskFiles.summary == nil)
        try Consistency.check(harness)
    }
}
