import Foundation
import SpotcheckCore
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A roster folder reloaded by SIGHUP moves told seats to a changed login at once, as an import
/// does (RevealLogins.swift), instead of leaving the day's task files with the old login until
/// some later rewrite of the day.
@Suite(.serialized) struct ReloadRebindTests {
    @Test func aLoginMovedInTheRosterFolderMovesTheToldSeatAtTheReload() throws {
        let daemon = try DaemonProcess()
        let roster = try RestoreProcedureTests.rosterBesideConfiguration(daemon, drawIn: 2, revealIn: 3)
        try daemon.start()
        defer { daemon.stop() }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let (store, draw, seat) = try daemon.revealedAssignment()
        let day = draw.date.description
        let old = "\(daemon.tasksPath)/\(seat.login)/\(day).json"
        #expect(DaemonProcess.eventually { FileManager.default.fileExists(atPath: old) }, "\(daemon.stderr)")

        // The seated inspector's account is corrected in the folder, then the daemon is told.
        let path = "\(roster)/inspectors.csv"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        let edited = lines.map { line -> String in
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.first == seat.inspector, cells.count > 2 else { return String(line) }
            cells[2] = "movedaccount"
            return cells.joined(separator: ",")
        }
        try edited.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        let reloaded = daemon.waitForNotification { $0.contains("READY=1") }
        #expect(reloaded?.contains("configuration reloaded") == true, "\(reloaded ?? "") \(daemon.stderr)")
        #expect(reloaded?.contains("roster rejected") == false, "\(reloaded ?? "") \(daemon.stderr)")

        // At the reload, not at the day's next rewrite: the seat and the file are the new account's.
        let moved = DaemonProcess.eventually(timeout: 5) {
            ((try? store.assignments(drawID: draw.id)) ?? []).contains {
                $0.inspector == seat.inspector && $0.department == seat.department && $0.login == "movedaccount"
            }
        }
        #expect(moved, "\(daemon.stderr)")
        let new = "\(daemon.tasksPath)/movedaccount/\(day).json"
        #expect(
            DaemonProcess.eventually(timeout: 5) {
                (FileManager.default.contents(atPath: new).map { String(decoding: $0, as: UTF8.self) } ?? "")
                    .contains(seat.department)
            }, "\(daemon.stderr)")
        let stale = FileManager.default.contents(atPath: old).map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(!stale.contains(seat.department), "\(stale)")
    }
}
