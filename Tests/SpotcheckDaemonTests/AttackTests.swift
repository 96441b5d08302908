import Foundation
import GRDB
import SpotcheckCore
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// What people who would want to break the daemon's promises try: learn a draw before its
/// reveal, or make it draw a day twice.
@Suite(.serialized) struct AttackTests {
    /// A copy of the database taken before the draw and restored into the same file (same
    /// inode, so the file's identity does not change) must stop the daemon, not make it draw the
    /// day again with a new seed: neither while it runs nor at the next start.
    @Test func anOlderCopyRestoredIntoTheDatabaseStopsTheDaemonInsteadOfDrawingTheDayAgain() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 4, revealIn: 3600)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let live = try DatabaseQueue(path: daemon.statePath)
        let before = try DatabaseQueue()
        try live.backup(to: before)
        let store = try Store(path: daemon.statePath)
        #expect(
            DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.state == .completed }, "\(daemon.stderr)")

        try before.backup(to: live)
        daemon.signal(SIGHUP)  // a reload wakes the scheduler at once
        let status = daemon.waitForExit()
        #expect(status != nil && status != 0, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("no longer holds what spotcheckd stored"), "\(daemon.stderr)")
        #expect(daemon.stderr.components(separatedBy: "seed committed").count == 2, "\(daemon.stderr)")

        // Started again on the restored copy: the audit anchor (and behind it the public
        // commitment) tells it the database is older than what it stored.
        try daemon.start()
        let again = daemon.waitForExit()
        #expect(again != nil && again != 0, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("older than the daemon's own record"), "\(daemon.stderr)")
        // An administrator cannot accept it on purpose either: the public commitment tells that
        // the day was drawn, and nothing is changed (RestoreProcedureTests).
        let accepted = try ControlTests.run(
            DaemonProcess.binary.path, ["--config", daemon.configPath, "--accept-restored-state"])
        #expect(accepted.status == 1, "\(accepted.output)")
        #expect(accepted.output.contains("does not hold 1 commitment(s)"), "\(accepted.output)")
        try daemon.start()
        let third = daemon.waitForExit()
        #expect(third != nil && third != 0, "\(daemon.stderr)")
        #expect(daemon.stderr.components(separatedBy: "seed committed").count == 2, "\(daemon.stderr)")
        #expect(try store.draws().isEmpty)
    }

    /// SIGKILL at random moments across the draw, the reveal and the publication, then a run
    /// that finishes the day: one draw, published; task files, store and public record agree.
    @Test func randomKillsAcrossDrawRevealAndPublicationLeaveStoreFilesAndPublicRecordInAgreement() throws {
        let daemon = try DaemonProcess()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<12 {
            try daemon.writeConfig(drawIn: 1, revealIn: 2, extra: "day_end = \"\(daemon.localTime(in: 3))\"")
            try daemon.start()
            usleep(UInt32.random(in: 0...4_000_000, using: &generator))
            daemon.signal(SIGKILL)
            _ = daemon.waitForExit()
        }
        try daemon.writeConfig(drawIn: -60, revealIn: -30, extra: "day_end = \"\(daemon.localTime(in: 2))\"")
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let store = try Store(path: daemon.statePath)
        #expect(
            DaemonProcess.eventually(timeout: 30) {
                ((try? store.draws()) ?? []).allSatisfy { $0.state == .missed || $0.publishedAt != nil }
                    && !((try? store.draws()) ?? []).isEmpty
            }, "\(daemon.stderr)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let draws = try store.draws()
        #expect(draws.count == 1, "\(draws.map(\.id))")
        try KillTests.checkAgrees(daemon)
        let publicFolder = daemon.folder.appendingPathComponent("state/public").path
        for draw in draws where draw.state != .missed {
            let folder = "\(publicFolder)/\(draw.date)/\(draw.pool)"
            #expect(
                FileManager.default.contents(atPath: "\(folder)/commitment.json").map(Array.init) == draw.commitment)
            #expect(FileManager.default.contents(atPath: "\(folder)/record.json").map(Array.init) == draw.record)
            #expect(
                FileManager.default.contents(atPath: "\(folder)/seed.hex").map { String(decoding: $0, as: UTF8.self) }
                    == draw.seed.map { $0.hex + "\n" })
            let leftovers = (FileManager.default.enumerator(atPath: publicFolder)?.allObjects as? [String] ?? [])
                .filter { $0.contains(".tmp-") }
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
    }

    /// Deleting the lock file under a running daemon must not let a second daemon share its
    /// state: the database itself is locked too.
    @Test func aSecondDaemonIsRefusedEvenAfterTheLockFileIsDeleted() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        unlink(daemon.folder.appendingPathComponent("state/spotcheckd.lock").path)
        let second = try ControlTests.run(DaemonProcess.binary.path, ["--config", daemon.configPath])
        #expect(second.status == 1, "\(second.output)")
        #expect(second.output.contains("holds the lock on the state folder"), "\(second.output)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    /// Two inspectors leave the roster between the draw and the reveal, one of them drawn: their
    /// folders stay, and at the reveal (and at every later start) both get the day's file and the
    /// same times, so an outsider comparing the two folders cannot tell which one was drawn.
    @Test func inspectorsRemovedBeforeTheRevealKeepFoldersThatLookAlike() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        let drawn = try #require(try harness.store.assignments().first?.login)
        let stored = try #require(try harness.store.currentRoster())
        var roster = try stored.roster()
        let drawnLogins = Set(try harness.store.assignments().map(\.login))
        let undrawn = try #require(roster.inspectors.map(\.login).sorted().first { !drawnLogins.contains($0) })
        let leaving = Set([drawn, undrawn])
        let ids = Set(roster.inspectors.filter { leaving.contains($0.login) }.map(\.id))
        roster.inspectors.removeAll { leaving.contains($0.login) }
        roster.conflicts.removeAll { ids.contains($0.inspector) }
        roster.history.removeAll { ids.contains($0.inspector) }
        _ = try harness.store.saveRoster(roster, source: "test", actor: "test", at: harness.at("2026-12-01", "07:30"))

        func look(_ login: String) -> String {
            var info = stat()
            let folder = "\(harness.config.paths.tasks)/\(login)"
            guard stat(folder, &info) == 0 else { return "no folder" }
            let file = FileManager.default.fileExists(atPath: harness.taskPath("2026-12-01", login))
            return "file \(file) mtime \(info.st_mtim.tv_sec) links \(info.st_nlink) size \(info.st_size)"
        }
        try harness.tick("2026-12-01", "08:00")
        #expect(look(drawn) == look(undrawn))
        #expect(look(drawn).hasPrefix("file true"), "\(look(drawn))")

        // A start-up rewrites the revealed days: both folders again, not only the drawn one's.
        try FileManager.default.removeItem(atPath: harness.taskPath("2026-12-01", undrawn))
        _ = try harness.restarted().tick(now: harness.at("2026-12-01", "09:00"), config: harness.config)
        #expect(look(drawn) == look(undrawn))
    }

    /// A second daemon with a state folder of its own but the same task folder would write every
    /// inspector's files from another draw: it is refused.
    @Test func aSecondDaemonSharingTheTaskFolderIsRefused() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let text = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
            .replacing("state = \"state\"", with: "state = \"other\"\ntasks = \"state/tasks\"")
            .replacing("control_socket = \"control\"", with: "control_socket = \"other-control\"")
        let other = daemon.folder.appendingPathComponent("other.toml").path
        try text.write(toFile: other, atomically: true, encoding: .utf8)
        let second = try ControlTests.run(DaemonProcess.binary.path, ["--config", other])
        #expect(second.status == 1, "\(second.output)")
        #expect(second.output.contains("holds the lock on the tasks folder"), "\(second.output)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    /// A second daemon (its own state) configured with the same control socket path must not
    /// take the socket from the running one, nor remove it when it stops.
    @Test func aSecondDaemonDoesNotTakeTheControlSocketOfARunningOne() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        var before = stat()
        #expect(stat(daemon.controlPath, &before) == 0)
        let text = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
            .replacing("state = \"state\"", with: "state = \"other\"")
            .replacing("control_socket = \"control\"", with: "control_socket = \"\(daemon.controlPath)\"")
        let other = daemon.folder.appendingPathComponent("other.toml").path
        try text.write(toFile: other, atomically: true, encoding: .utf8)
        let second = try ControlTests.run(DaemonProcess.binary.path, ["--config", other])
        #expect(second.status != 0, "\(second.output)")
        #expect(second.output.contains("another process serves this control socket"), "\(second.output)")
        var after = stat()
        #expect(stat(daemon.controlPath, &after) == 0)
        #expect(after.st_ino == before.st_ino)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    /// A copy taken after the draw but restored after the reveal holds the draw, but not what
    /// followed (the reveal here; a replacement or a roster import alike): the daemon stops.
    @Test func aCopyThatHoldsTheDrawButNotWhatFollowedStopsTheDaemon() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: 3)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let store = try Store(path: daemon.statePath)
        let live = try DatabaseQueue(path: daemon.statePath)
        let copy = try DatabaseQueue()
        try live.backup(to: copy)
        #expect(try store.draws().first?.revealedAt == nil)
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil }, "\(daemon.stderr)")
        try copy.backup(to: live)
        daemon.signal(SIGHUP)
        let status = daemon.waitForExit()
        #expect(status != nil && status != 0, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("its audit trail ends at entry"), "\(daemon.stderr)")
    }
}
