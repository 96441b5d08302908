import Foundation
import GRDB
import Testing

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

        // Started again on the restored copy: the public commitment tells it the day was drawn.
        try daemon.start()
        let again = daemon.waitForExit()
        #expect(again != nil && again != 0, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("commitment.json exists"), "\(daemon.stderr)")
        #expect(daemon.stderr.components(separatedBy: "seed committed").count == 2, "\(daemon.stderr)")
        #expect(try store.draws().isEmpty)
    }
}
