import Foundation
import GRDB
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// spotcheckd as a real process: systemd notifications, reload, crashes.
@Suite(.serialized) struct ProcessTests {
    @Test func notifiesReadyStatusWatchdogAndStopping() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try daemon.start(watchdogMicroseconds: 400_000)
        let ready = try #require(daemon.waitForNotification { $0.contains("READY=1") }, "no READY=1: \(daemon.stderr)")
        // The draw time as written into the configuration (computing it again here could cross a minute).
        let config = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
        let drawTime = try #require(config.firstMatch(of: /draw_time = "(\d\d:\d\d)/)?.1)
        #expect(ready.contains("STATUS=next draw: pool county, \(daemon.localDate()) \(drawTime)"), "\(ready)")
        // The watchdog wants a ping at least every 400 ms; two arrive within a second.
        var pings = 0
        let deadline = Date().addingTimeInterval(1.2)
        while Date() < deadline, pings < 2 {
            if daemon.waitForNotification(timeout: 0.6, { $0 == "WATCHDOG=1" }) != nil { pings += 1 }
        }
        #expect(pings >= 2)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForNotification { $0.hasPrefix("STOPPING=1") } != nil)
        #expect(daemon.waitForExit() == 0)
        #expect(daemon.stderr.contains("spotcheckd is stopping"))
    }

    @Test func reloadAppliesAGoodConfigurationAndRefusesABadOne() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)

        // A good change: the draw moves. (The expected minute is read when the file is written,
        // not seconds later, when the clock may have passed into the next minute.)
        let moved = String(daemon.localTime(in: 7200).prefix(5))
        try daemon.writeConfig(drawIn: 7200, revealIn: 7300)
        daemon.signal(SIGHUP)
        #expect(daemon.waitForNotification { $0.contains("RELOADING=1") && $0.contains("MONOTONIC_USEC=") } != nil)
        let applied = daemon.waitForNotification { $0.contains("READY=1") }
        #expect(applied?.contains("configuration reloaded") == true)
        let status = daemon.waitForNotification { $0.hasPrefix("STATUS=next draw") }
        #expect(status?.contains(moved) == true, "\(status ?? "")")

        // A bad one: refused, the running one stays.
        try "[paths]\nstate = \"state\"\nnonsense = 1\n".write(
            toFile: daemon.configPath, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        let refused = daemon.waitForNotification { $0.contains("READY=1") }
        #expect(refused?.contains("configuration rejected") == true, "\(refused ?? "")")
        #expect(daemon.stderr.contains("paths.nonsense: unknown key"))
        let after = daemon.waitForNotification { $0.hasPrefix("STATUS=next draw") }
        #expect(after?.contains(moved) == true, "\(after ?? "")")
        #expect(daemon.process?.isRunning == true)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aStormOfHundredSighupsIsCoalescedAndSigtermStillStopsAtOnce() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        for _ in 0..<100 { daemon.signal(SIGHUP) }
        let started = Date()
        daemon.signal(SIGTERM)
        let status = daemon.waitForExit(timeout: 10)
        let seconds = Date().timeIntervalSince(started)
        #expect(status == 0)
        #expect(seconds < 2, "SIGTERM after 100 SIGHUPs took \(seconds) s")
        let reloads = daemon.stderr.components(separatedBy: "configuration reloaded").count - 1
        #expect(reloads <= 2, "\(reloads) reloads for one burst of SIGHUPs")
        print("100 SIGHUPs then SIGTERM: \(reloads) reload(s), stopped \(Int(seconds * 1000)) ms after SIGTERM")
    }

    @Test func sigtermStopsTheDaemonEvenDuringAReloadThatWaits() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        // Someone holds the state's write lock: the reload waits for it (up to the store's 10 s).
        let lock = try DatabaseQueue(path: daemon.statePath)
        let (status, seconds) = try lock.inDatabase { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            defer { try? db.execute(sql: "ROLLBACK") }
            daemon.signal(SIGHUP)
            #expect(daemon.waitForNotification { $0.contains("RELOADING=1") } != nil)
            usleep(300_000)
            let started = Date()
            daemon.signal(SIGTERM)
            let status = daemon.waitForExit(timeout: 15)
            return (status, Date().timeIntervalSince(started))
        }
        #expect(status == 0)
        #expect(seconds < 2, "SIGTERM during a waiting reload took \(seconds) s")
    }

    @Test func killingTheDaemonAtAnyPointNeverDrawsADayTwice() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 1, revealIn: 3)
        // Kill it hard at moments before, during and after the draw and the reveal.
        for delay in [300, 900, 1_300, 1_700, 2_600, 3_200, 3_600] {
            try daemon.start()
            usleep(useconds_t(delay * 1000))
            daemon.signal(SIGKILL)
            _ = daemon.waitForExit()
        }
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        let store = try Store(path: daemon.statePath)
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil })
        let draws = try store.draws()
        #expect(draws.count == 1, "\(draws.map { ($0.date, $0.state) })")
        let draw = try #require(draws.first)
        #expect(draw.state == .completed)
        // Task files match the store: an assignment in the file of each assigned login only.
        let assignments = try store.assignments(drawID: draw.id)
        let logins = try FileManager.default.contentsOfDirectory(atPath: daemon.tasksPath)
        let holding = try logins.filter { login in
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(daemon.tasksPath)/\(login)/\(draw.date).json"))
            return try !JSONDecoder().decode(TaskFile.self, from: data).assignments.isEmpty
        }
        #expect(holding.sorted() == Set(assignments.map(\.login)).sorted())
        for assignment in assignments {
            let data = try Data(
                contentsOf: URL(fileURLWithPath: "\(daemon.tasksPath)/\(assignment.login)/\(draw.date).json"))
            let file = try JSONDecoder().decode(TaskFile.self, from: data)
            #expect(file.assignments.contains { $0.target.id == assignment.department && $0.drawID == draw.id })
        }
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func nothingNamesATargetBeforeTheRevealTime() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 1, revealIn: 5)
        try daemon.start()
        #expect(DaemonProcess.eventually { daemon.stderr.contains("teams drawn") }, "\(daemon.stderr)")
        let store = try Store(path: daemon.statePath)
        let record = try #require(try store.draws().first?.decodedRecord())
        let before = daemon.stderr
        let logins = try FileManager.default.contentsOfDirectory(atPath: daemon.tasksPath)
        #expect(
            !logins.contains { FileManager.default.fileExists(atPath: "\(daemon.tasksPath)/\($0)/\(record.date).json") }
        )
        for name in record.picks.map(\.department) + record.teams.flatMap({ $0.members.map(\.inspector) }) {
            #expect(!before.contains(name), "\(name) named before the reveal")
        }
        #expect(DaemonProcess.eventually { daemon.stderr.contains("inspects") })
        let holding = try logins.filter { login in
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(daemon.tasksPath)/\(login)/\(record.date).json"))
            return try !JSONDecoder().decode(TaskFile.self, from: data).assignments.isEmpty
        }
        // One file per inspector drawn (someone with a daily cap above 1 may sit on two teams).
        #expect(holding.count == Set(record.teams.flatMap { $0.members.map(\.inspector) }).count)
        daemon.signal(SIGTERM)
        _ = daemon.waitForExit()
    }

    @Test func checkConfigReportsProblemsWithFileAndLine() throws {
        let daemon = try DaemonProcess()
        try "[paths]\nstate = \"state\"\n[[pool]]\nname = \"x\"\ndraw_time = \"7am\"\nreveal_time = \"08:00\"\n"
            .write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = DaemonProcess.binary
        process.arguments = ["--check-config", "--config", daemon.configPath]
        let pipe = Pipe()
        process.standardError = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 78)
        #expect(output.contains("\(daemon.configPath):5: pool.draw_time: '7am' is not HH:MM or HH:MM:SS"), "\(output)")
    }
}

/// The journal, read back through journalctl, from a journald the test starts itself.
@Suite(.serialized, .enabled(if: getuid() == 0, "needs root to start systemd-journald"))
struct JournalTests {
    /// Entries matching `arguments`; with `journald`, only those written after it was started for
    /// the test: the journal outlives every test, and PIDs repeat (pid_max is 32768 on CI machines).
    static func journalctl(_ arguments: [String], after journald: Journald? = nil) throws -> [[String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
        // Not `--after-cursor`: with matches, journalctl finds nothing after a cursor they do not match.
        process.arguments = ["-o", "json", "--no-pager"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let entries = String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        guard let since = journald?.since else { return entries }
        return entries.filter { (($0["__REALTIME_TIMESTAMP"] as? String).flatMap(UInt64.init) ?? 0) >= since }
    }

    @Test func eventsReachTheJournalWithStableIDsAndFields() throws {
        let journald = try Journald.start()
        defer { journald.stop() }
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 1, revealIn: 4)
        try daemon.start()
        let pid = daemon.process!.processIdentifier
        func entries(_ event: Event) throws -> [[String: Any]] {
            try Self.journalctl(["_PID=\(pid)", "MESSAGE_ID=\(event.messageID)"], after: journald)
        }
        #expect(DaemonProcess.eventually { ((try? entries(.drawCompleted)) ?? []).count == 1 }, "\(daemon.stderr)")
        let committed = try #require(try entries(.drawCommitted).first)
        #expect(committed["SPOTCHECK_POOL"] as? String == "county")
        #expect((committed["SPOTCHECK_SEED_SHA256"] as? String)?.count == 64)
        #expect(committed["PRIORITY"] as? String == "5")
        // Before the reveal no entry names a target.
        let store = try Store(path: daemon.statePath)
        let record = try #require(try store.draws().first?.decodedRecord())
        let early = try Self.journalctl(["_PID=\(pid)"], after: journald)
        for entry in early {
            let text = entry.values.compactMap { $0 as? String }.joined(separator: " ")
            for target in record.targets { #expect(!text.contains(target)) }
        }
        #expect(DaemonProcess.eventually { ((try? entries(.assignmentIssued)) ?? []).count == record.teams.count * 3 })
        let issued = try entries(.assignmentIssued)
        #expect(Set(issued.compactMap { $0["SPOTCHECK_DEPARTMENT"] as? String }) == Set(record.targets))
        for event in [Event.started, .rosterLoaded, .ready] {
            #expect(try entries(event).count == 1, "\(event)")
        }
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(DaemonProcess.eventually { ((try? entries(.stopping)) ?? []).count == 1 })

        // spotcheck log reads the same entries through libsystemd.
        let log = try ControlTests.run(
            ControlTests.cli, ["log", "--date", record.date.description, "--kind", "draw-committed", "--json"])
        #expect(log.status == 0, "\(log.output)")
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        #expect(entries.allSatisfy { $0["kind"] as? String == "draw-committed" })
        let logged = entries.compactMap { $0["fields"] as? [String: String] }
        #expect(logged.contains { $0["SPOTCHECK_SEED_SHA256"] == committed["SPOTCHECK_SEED_SHA256"] as? String })
        #expect(logged.allSatisfy { $0["MESSAGE_ID"] == Event.drawCommitted.messageID })
        let table = try ControlTests.run(ControlTests.cli, ["log", "--date", record.date.description])
        #expect(table.output.contains("assignment-issued") && table.output.contains("draw-completed"))
    }
}

/// A systemd-journald started by hand (it creates its own sockets under /run/systemd/journal).
/// Tests that need it take turns (a lock held from `start` to `stop`, across processes too):
/// otherwise one test's `stop` would take the journal away from another that found it running.
struct Journald {
    let process: Process?
    let lock: Int32
    /// When the test took the journal (microseconds since 1970, as `__REALTIME_TIMESTAMP`): what a
    /// test reads starts there.
    let since = UInt64(Date().timeIntervalSince1970 * 1_000_000)

    static func start() throws -> Journald {
        let lock = open("/tmp/spotcheck-tests-journald.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        while lock >= 0, flock(lock, LOCK_EX) != 0, errno == EINTR {}
        if FileManager.default.fileExists(atPath: "/run/systemd/journal/socket"), isListening() {
            return Journald(process: nil, lock: lock)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/lib/systemd/systemd-journald")
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        _ = DaemonProcess.eventually(timeout: 10) { isListening() }
        return Journald(process: process, lock: lock)
    }

    static func isListening() -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array("/run/systemd/journal/socket".utf8))
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
            }
        }
    }

    func stop() {
        if let process {
            process.terminate()
            process.waitUntilExit()
        }
        if lock >= 0 { close(lock) }
    }
}
