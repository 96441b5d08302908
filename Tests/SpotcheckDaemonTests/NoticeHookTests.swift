import Foundation
import SpotcheckCore
import SpotcheckDaemon
import SpotcheckProtocol
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The administrator's notice hooks: run at a reveal and after a replacement, with the event,
/// login and task file; a slow or failing hook is journaled and never holds up the daemon.
@Suite(.serialized) struct NoticeHookTests {
    @Test func inspectorsAreToldOfTheirAssignmentAndOfAWithdrawalAndASlowHookBlocksNothing() throws {
        let hooks = FileManager.default.temporaryDirectory.appendingPathComponent("hooks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: hooks) }
        let log = hooks.appendingPathComponent("notices.log").path
        func script(_ name: String, _ body: String) throws {
            let path = hooks.appendingPathComponent(name).path
            try ("#!/bin/sh\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
            chmod(path, 0o755)
        }
        try script("10-log", "printf '%s %s %s %s\\n' \"$1\" \"$2\" \"$3\" \"$(wc -c)\" >>\(log)\n")
        try script("20-slow", "sleep 30\n")
        try script("30-fails", "exit 3\n")
        try script(".hidden", "echo hidden >>\(log)\n")
        // Another account could change these: a symbolic link to a program outside the folder,
        // and a program that belongs to someone else. Neither runs, and the journal says why.
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("hook-\(UUID().uuidString)").path
        try "#!/bin/sh\necho linked >>\(log)\n".write(toFile: outside, atomically: true, encoding: .utf8)
        chmod(outside, 0o755)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createSymbolicLink(
            atPath: hooks.appendingPathComponent("40-link").path, withDestinationPath: outside)
        try script("50-theirs", "echo theirs >>\(log)\n")
        chown(hooks.appendingPathComponent("50-theirs").path, 65534, 65534)

        let daemon = try DaemonProcess()
        try daemon.writeConfig(
            drawIn: 3600, revealIn: 3700, extra: "[hooks]\nfolder = \"\(hooks.path)\"\ntimeout = 1\n",
            roles: RosterEditTests.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }

        let started = Date()
        let ordered = try DailyUseTests.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", "群众投诉"])
        #expect(ordered.status == 0, "\(ordered.output)")
        #expect(Date().timeIntervalSince(started) < 10, "the hooks run in the background")
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        let team = try store.assignments(drawID: draw.id)
        func lines() -> [String] {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
        #expect(
            DaemonProcess.eventually { lines().filter { $0.hasPrefix("reveal ") }.count == team.count },
            "\(lines()) \(daemon.stderr)")
        for member in team {
            let path = "\(daemon.tasksPath)/\(member.login)/\(draw.date).json"
            #expect(lines().contains { $0.hasPrefix("reveal \(member.login) \(path) ") }, "\(lines())")
        }
        #expect(!lines().contains("hidden"))
        #expect(!lines().contains("linked") && !lines().contains("theirs"), "\(lines())")
        #expect(daemon.stderr.contains("40-link is not run: it is a symbolic link"), "\(daemon.stderr)")
        if geteuid() == 0 {
            #expect(daemon.stderr.contains("50-theirs is not run: it belongs to uid 65534"), "\(daemon.stderr)")
        }
        // The slow one is killed after the timeout, the failing one journaled.
        #expect(DaemonProcess.eventually { daemon.stderr.contains("20-slow") && daemon.stderr.contains("was killed") })
        #expect(DaemonProcess.eventually { daemon.stderr.contains("30-fails") && daemon.stderr.contains("status 3") })

        var gone: StoredAssignment?
        for member in team where member.role == "member" {
            let result = try DailyUseTests.spotcheck(
                daemon, ["replace", String(draw.id), member.inspector, "--reason", "病假"])
            if result.status == 0 {
                gone = member
                break
            }
        }
        let replaced = try #require(gone)
        #expect(
            DaemonProcess.eventually { lines().contains { $0.hasPrefix("withdrawn \(replaced.login) ") } }, "\(lines())"
        )
        let newcomer = try #require(
            try store.assignments(drawID: draw.id).first { !team.map(\.inspector).contains($0.inspector) })
        #expect(
            DaemonProcess.eventually { lines().contains { $0.hasPrefix("replaced \(newcomer.login) ") } }, "\(lines())")
    }
}
