import Foundation
import SpotcheckCore
import SpotcheckProtocol

/// Times as people read them: `2026-12-01 08:30 +08:00` rather than an ISO 8601 stamp. The
/// daemon writes every time in its own zone with the offset, so the text keeps that zone.
enum LocalStamp {
    static func show(_ iso: String) -> String {
        // YYYY-MM-DDTHH:MM:SS±HH:MM (or Z)
        let scalars = Array(iso)
        guard scalars.count >= 20, scalars[10] == "T" else { return iso }
        let date = String(scalars[0..<10])
        var time = String(scalars[11..<19])
        if time.hasSuffix(":00") { time = String(time.dropLast(3)) }
        let zone = String(scalars[19...])
        return "\(date) \(time) \(zone == "Z" ? "UTC" : zone)"
    }
}

/// The daemon's zone and today's date in it, asked of the daemon (two seconds at most); nil
/// when it cannot be asked, and the caller falls back to this machine's zone.
enum DaemonClock {
    static func status(socket path: String) -> ControlMessages.Status? {
        guard FileManager.default.fileExists(atPath: path), let client = try? VarlinkClient(path: path) else {
            return nil
        }
        client.setTimeout(seconds: 2)
        return try? client.call("io.spotcheck.GetStatus", Varlink.Empty(), returning: ControlMessages.StatusReply.self)
            .status
    }

    /// Today in the daemon's zone, or in this machine's when the daemon cannot say.
    static func today(socket path: String) -> Day {
        if let text = status(socket: path)?.today, let day = Day(iso: text) { return day }
        return DateOption.today()
    }
}
