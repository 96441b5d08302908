import Foundation
import SpotcheckText
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// The system clock against the state database (docs/operations.md, "The clock"): a daemon run
/// under a clock set ahead leaves entries dated in the future, and a start with the clock back
/// below them is refused, naming the newest entry, its time and the clock's, instead of writing
/// entries dated before earlier ones.
@Suite struct ClockBehindStateTests {
    @Test func theNewestEntryIsTheLatestStampAcrossTheDatabase() throws {
        let store = try Store()
        #expect(try store.newestEntry() == nil)
        let now = Date()
        try store.audit(actor: "root", action: "test", detail: [:], at: now)
        try store.audit(actor: "root", action: "test", detail: [:], at: now.addingTimeInterval(86400 * 3))
        try store.audit(actor: "root", action: "test", detail: [:], at: now.addingTimeInterval(60))
        let newest = try #require(try store.newestEntry())
        #expect(newest.table == "audit" && newest.id == 2, "\(newest)")
        #expect(abs(newest.at.timeIntervalSince(now.addingTimeInterval(86400 * 3))) < 0.001)
    }

    @Test func aClockBehindTheNewestEntryIsRefusedNamingBothTimesInBothLanguages() throws {
        let store = try Store()
        let written = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-30T…Z
        try store.audit(actor: "root", action: "test", detail: [:], at: written)
        let local = LocalTime(zone: TimeZone(identifier: "Asia/Shanghai")!)
        #expect(try ClockCheck.refusal(store: store, database: "/x/state.sqlite", now: written, local: local) == nil)
        #expect(
            try ClockCheck.refusal(
                store: store, database: "/x/state.sqlite", now: written.addingTimeInterval(5), local: local) == nil)
        let behind = written.addingTimeInterval(-(2 * 86400 + 3 * 3600 + 20))
        let refused = try #require(
            try ClockCheck.refusal(store: store, database: "/x/state.sqlite", now: behind, local: local))
        let english = refused.told.english
        #expect(english.contains(local.format(written)) && english.contains(local.format(behind)), "\(english)")
        #expect(english.contains("audit entry 1") && english.contains("2 d 3 h later"), "\(english)")
        #expect(english.contains("/x/state.sqlite") && english.contains("timedatectl"), "\(english)")
        let chinese = refused.told.chinese
        #expect(chinese.contains("第 1 条审计记录") && chinese.contains("晚 2 天 3 小时"), "\(chinese)")
        #expect(refused.fields["BEHIND_SECONDS"] == String(2 * 86400 + 3 * 3600 + 20), "\(refused.fields)")
        #expect(refused.fields["NEWEST"] == local.format(written))
    }

    /// Stops a daemon started under faketime: the signal goes to the daemon, faketime's child.
    static func stopUnderFaketime(_ daemon: DaemonProcess) -> Int32? {
        guard let parent = daemon.process?.processIdentifier,
            let children = try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8),
            let child = children.split(separator: " ").first.flatMap({ Int32($0) })
        else { return nil }
        kill(child, SIGTERM)
        return daemon.waitForExit()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/faketime"), "needs faketime"))
    func aStartWithTheClockSetBackBelowARunUnderAClockAheadIsRefusedAndWritesNothing() throws {
        let daemon = try DaemonProcess()
        defer { _ = Self.stopUnderFaketime(daemon) }  // a daemon under faketime left by a failed expectation
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        // A run two days ahead: the roster's load and the audit trail are dated then. faketime stays
        // the daemon's parent and does not pass signals on, so the daemon itself is stopped.
        try daemon.start(launcher: ["/usr/bin/faketime", "-f", "+2d"])
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        #expect(Self.stopUnderFaketime(daemon) == 0, "\(daemon.stderr)")
        let before = try Store(path: daemon.statePath).auditHead()

        // --check-config warns (the configuration itself is fine).
        let checked = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath])
        #expect(checked.status == 0 && checked.output.contains("OK:"), "\(checked.output)")
        #expect(
            checked.output.contains("warning: a start now would be refused: the system clock ("), "\(checked.output)")

        // Started again with the real clock: refused, exit 1, naming the entry, its time and the clock.
        try daemon.start()
        let refused = daemon.waitForExit()
        #expect(refused == 1, "\(daemon.stderr)")
        if refused == nil {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let said = daemon.stderr
        #expect(said.contains("the system clock ("), "\(said)")
        #expect(said.contains("is behind the newest entry of the state database"), "\(said)")
        #expect(said.contains("1 d 23 h later") || said.contains("2 d later"), "\(said)")
        #expect(said.contains("reason=clock-behind-state"), "\(said)")
        #expect(try Store(path: daemon.statePath).auditHead() == before, "the refused start wrote to the database")

        // A clock past the newest entry starts as before.
        try daemon.start(launcher: ["/usr/bin/faketime", "-f", "+49h"])
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        #expect(Self.stopUnderFaketime(daemon) == 0, "\(daemon.stderr)")
    }
}
