import Foundation
import GRDB
import SpotcheckText
import Testing

@testable import SpotcheckDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// The state database failing under the daemon (a full disk) is told as what it is: the file,
/// that nothing was stored, what to do; exit 74 (an I/O error), not 65 (a malformed input).
@Suite(.serialized) struct StorageFailureTests {
    @Test func aFullOrReadOnlyDatabaseIsToldAsSuchAndNothingElseIs() {
        let full = StorageFailure.message(
            DatabaseError(resultCode: .SQLITE_FULL), path: "/var/lib/spotcheck/state.sqlite")
        #expect(
            full?.contains("the state database /var/lib/spotcheck/state.sqlite cannot be written: its disk is full")
                == true)
        #expect(
            StorageFailure.message(DatabaseError(resultCode: .SQLITE_READONLY), path: "/s")?.contains("read-only")
                == true)
        #expect(StorageFailure.message(DatabaseError(resultCode: .SQLITE_CONSTRAINT), path: "/s") == nil)
        for message in [full ?? ""] {
            #expect(Catalogue.Storage.patterns.match(message)?.chinese.contains("所在磁盘已满") == true)
        }
    }

    @Test(.enabled(if: getuid() == 0, "needs root to mount a small tmpfs"))
    func aChangeOnAFullDiskIsRefusedNamingTheDatabaseAndNothingIsStored() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30, roles: RosterEditTests.coordinatorRoles)
        let state = daemon.folder.appendingPathComponent("state").path
        try FullDiskStateTests.mount("6m", at: state)  // FullDiskStateTests.swift
        defer { FullDiskStateTests.unmount(state) }
        try daemon.start()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        // Fill the file system to the last byte.
        let filler = "\(state)/filler"
        _ = try ControlTests.run("/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=64k"])
        _ = try ControlTests.run("/bin/dd", ["if=/dev/zero", "of=\(filler)-2", "bs=1"])
        let before = try DailyUseTests.spotcheck(daemon, ["inspectors", "list", "--json"])
        let edit = try DailyUseTests.spotcheck(daemon, ["inspectors", "set", "i001", "--name", "王新名字"])
        #expect(edit.status == 74, "\(edit.output)")
        #expect(
            edit.output.contains("/state/private/state.sqlite cannot be written: its disk is full")
                && edit.output.contains("nothing of this change was stored"), "\(edit.output)")
        let chinese = try ControlTests.run(
            ControlTests.cli, ["inspectors", "set", "i001", "--name", "王新名字"],
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "LANG": "zh_CN.UTF-8"])
        #expect(chinese.output.contains("所在磁盘已满，本次更改未保存任何内容"), "\(chinese.output)")
        // Room again: nothing of the refused edits was stored, and an edit goes through.
        try FileManager.default.removeItem(atPath: filler)
        try? FileManager.default.removeItem(atPath: filler + "-2")
        let after = try DailyUseTests.spotcheck(daemon, ["inspectors", "list", "--json"])
        #expect(after.output == before.output)
        #expect(try DailyUseTests.spotcheck(daemon, ["inspectors", "set", "i001", "--name", "王新名字"]).status == 0)
    }
}
