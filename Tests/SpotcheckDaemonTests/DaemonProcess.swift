import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built `spotcheckd`, started as a real process in a temporary folder, with its sd_notify
/// messages received on a socket of the test's own.
final class DaemonProcess {
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("spotcheckd")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Harness.packageRoot.appendingPathComponent(".build/debug/spotcheckd")
    }

    let folder: URL
    let configPath: String
    let notifySocketPath: String
    let zone: String
    private var socket: Int32 = -1
    private(set) var process: Process?
    private(set) var messages: [String] = []
    /// Added to the daemon's environment at the next start.
    var environment: [String: String] = [:]

    /// A zone in which the local time is now between 11:00 and 13:00, so that schedules a few
    /// seconds ahead never cross midnight.
    static func noonZone() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let offset = 12 - Int(parts.tm_hour)
        return offset == 0 ? "Etc/GMT" : offset > 0 ? "Etc/GMT-\(offset)" : "Etc/GMT+\(-offset)"
    }

    init() throws {
        // In /tmp, which every user can reach: tests connect to the control socket as other users.
        folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("spotcheckd-run-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o755)
        configPath = folder.appendingPathComponent("spotcheckd.toml").path
        notifySocketPath = folder.appendingPathComponent("notify").path
        zone = Self.noonZone()
        socket = Glibc.socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(notifySocketPath.utf8)
            raw.copyBytes(from: bytes.prefix(raw.count - 1))
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        precondition(result == 0, "bind notify socket: \(errno)")
    }

    deinit {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        close(socket)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Local wall-clock time in the test zone, `seconds` from now, as HH:MM:SS.
    func localTime(in seconds: Int) -> String {
        var now = time(nil) + seconds
        var parts = tm()
        gmtime_r(&now, &parts)
        let offset: Int = {
            if zone == "Etc/GMT" { return 0 }
            let sign = zone.contains("GMT-") ? 1 : -1
            return sign * Int(zone.split(whereSeparator: { $0 == "-" || $0 == "+" }).last!)!
        }()
        let seconds = ((Int(parts.tm_hour) + offset + 24) % 24) * 3600 + Int(parts.tm_min) * 60 + Int(parts.tm_sec)
        return String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    /// The local date in the test zone.
    func localDate() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let offset = Int(localTime(in: 0).prefix(2))! - Int(parts.tm_hour)
        now += offset * 3600
        gmtime_r(&now, &parts)
        return String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }

    /// Writes a configuration: one pool drawing `drawIn` seconds from now, revealing `revealIn`
    /// seconds from now; every day is a working day.
    func writeConfig(drawIn: Int, revealIn: Int, targets: Int = 3, extra: String = "", roles: String = "") throws {
        let text = """
            [paths]
            state = "state"
            control_socket = "control"
            roster = "\(Harness.county)"
            \(roles)
            [calendar]
            time_zone = "\(zone)"
            weekend = []
            day_end = "23:59:59"
            [[pool]]
            name = "county"
            targets_per_day = \(targets)
            draw_time = "\(localTime(in: drawIn))"
            reveal_time = "\(localTime(in: revealIn))"
            \(extra)
            """
        try text.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    var statePath: String { folder.appendingPathComponent("state/private/state.sqlite").path }
    var controlPath: String { folder.appendingPathComponent("control").path }
    var tasksPath: String { folder.appendingPathComponent("state/tasks").path }
    var stderrPath: String { folder.appendingPathComponent("stderr.log").path }

    /// Starts the daemon; `launcher` runs before it (e.g. `prlimit --nofile=64:64 --`).
    func start(watchdogMicroseconds: Int? = nil, launcher: [String] = []) throws {
        // Messages of an earlier instance are not this one's.
        var buffer = [UInt8](repeating: 0, count: 4096)
        while recv(socket, &buffer, buffer.count, Int32(MSG_DONTWAIT)) > 0 {}
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [Self.binary.path, "--config", configPath]
        } else {
            process.executableURL = Self.binary
            process.arguments = ["--config", configPath]
        }
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = notifySocketPath
        environment.removeValue(forKey: "JOURNAL_STREAM")
        if let watchdogMicroseconds { environment["WATCHDOG_USEC"] = String(watchdogMicroseconds) }
        environment.merge(self.environment) { $1 }
        process.environment = environment
        if !FileManager.default.fileExists(atPath: stderrPath) {
            _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        log.seekToEndOfFile()
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
    }

    /// The daemon's resident memory now and at its peak, in kilobytes (VmRSS, VmHWM).
    func residentKilobytes() -> (now: Int, peak: Int) {
        guard let process else { return (0, 0) }
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        func value(_ key: String) -> Int {
            Int(status.split(separator: "\n").first { $0.hasPrefix(key) }?.filter(\.isNumber) ?? "") ?? 0
        }
        return (value("VmRSS:"), value("VmHWM:"))
    }

    var stderr: String {
        (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
    }

    /// Receives sd_notify messages until one satisfies `predicate` or `timeout` passes.
    @discardableResult
    func waitForNotification(timeout: Double = 20, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let remaining = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
            guard poll(&descriptor, 1, min(remaining, 200)) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { continue }
            let message = String(decoding: buffer[0..<count], as: UTF8.self)
            messages.append(message)
            if predicate(message) { return message }
        }
        return nil
    }

    func signal(_ signal: Int32) {
        if let process { kill(process.processIdentifier, signal) }
    }

    /// Waits for the process to end and returns its exit status.
    func waitForExit(timeout: Double = 20) -> Int32? {
        guard let process else { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Waits until `condition` holds, polling.
    static func eventually(timeout: Double = 20, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }
}
