import Foundation
import Testing

@testable import SpotcheckDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// A state database spotcheckd can no longer write although its disk has room (here the file
/// and its write-ahead log made immutable, which stops even root): a change is refused naming
/// the file, the system's reason and what to do, exit 74; the journal says so once with a
/// REASON; the status shows the daemon degraded until a change is stored again.
@Suite(.serialized, .enabled(if: getuid() == 0, "needs root for chattr and a journald"))
struct UnwritableStateTests {
    @Test func aChangeToAnUnwritableDatabaseIsRefusedAsSuchJournalledOnceAndShownInTheStatus() throws {
        let chattr = "/usr/bin/chattr"
        let journald = try Journald.start()
        defer { journald.stop() }
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30, roles: RosterEditTests.coordinatorRoles)
        try daemon.start()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let files = [daemon.statePath, daemon.statePath + "-wal"]
        let made = try ControlTests.run(chattr, ["+i"] + files)
        try #require(made.status == 0, "chattr is not supported here: \(made.output)")
        defer { _ = try? ControlTests.run(chattr, ["-i"] + files) }
        for _ in 0..<2 {
            let edit = try DailyUseTests.spotcheck(daemon, ["inspectors", "set", "i001", "--name", "王新名字"])
            #expect(edit.status == 74, "\(edit.output)")
            #expect(
                edit.output.contains("state.sqlite cannot be written (")
                    && edit.output.contains("Operation not permitted")
                    && edit.output.contains("nothing of this change was stored")
                    && edit.output.contains("writable for spotcheckd's user"), "\(edit.output)")
            #expect(!edit.output.contains("InternalError"), "\(edit.output)")
        }
        let chinese = try ControlTests.run(
            ControlTests.cli, ["inspectors", "set", "i001", "--name", "王新名字"],
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "LANG": "zh_CN.UTF-8"])
        #expect(chinese.output.contains("无法写入状态数据库") && chinese.output.contains("本次更改未保存任何内容"), "\(chinese.output)")
        let pid = daemon.process!.processIdentifier
        func lines(_ reason: String) throws -> [[String: Any]] {
            try JournalTests.journalctl(["_PID=\(pid)", "SPOTCHECK_REASON=\(reason)"], after: journald)
        }
        #expect(DaemonProcess.eventually { ((try? lines("state-unwritten")) ?? []).count == 1 })
        #expect(try lines("state-unwritten").count == 1, "three refusals, one journal line")
        let status = try DailyUseTests.spotcheck(daemon, ["status"])
        #expect(status.output.contains("state.sqlite cannot be written"), "\(status.output)")
        // Writable again: the next change is stored, the journal says so and the status no longer.
        _ = try ControlTests.run(chattr, ["-i"] + files)
        #expect(try DailyUseTests.spotcheck(daemon, ["inspectors", "set", "i001", "--name", "王新名字"]).status == 0)
        #expect(DaemonProcess.eventually { ((try? lines("state-written")) ?? []).count == 1 })
        let after = try DailyUseTests.spotcheck(daemon, ["status"])
        #expect(!after.output.contains("cannot be written"), "\(after.output)")
    }
}
