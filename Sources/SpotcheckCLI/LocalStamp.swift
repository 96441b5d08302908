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

    /// Today in the daemon's zone. When the daemon cannot say: in the zone of the newest task
    /// file in `tasks` (the daemon writes every time in its calendar's zone, with the offset), so
    /// that an inspector on a machine kept in UTC still sees the county's day; else this machine's.
    static func today(socket path: String, tasks folder: String? = nil, now: Date = Date()) -> Day {
        if let text = status(socket: path)?.today, let day = Day(iso: text) { return day }
        if let folder, let offset = newestOffset(in: folder), let zone = TimeZone(secondsFromGMT: offset) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let parts = calendar.dateComponents([.year, .month, .day], from: now)
            if let year = parts.year, let month = parts.month, let day = parts.day,
                let today = Day(year: year, month: month, day: day)
            {
                return today
            }
        }
        return DateOption.today()
    }

    /// The UTC offset, in seconds, of the times in the newest readable task file of one
    /// inspector's folder (`YYYY-MM-DD.json`); nil when there is none or it holds no time.
    static func newestOffset(in folder: String) -> Int? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") && Day(iso: $0.dropLast(5)) != nil }
            .sorted(by: >)
        for name in names.prefix(3) {
            guard let bytes = try? Files.read("\(folder)/\(name)"), let file = try? TaskFile.decode(Data(bytes))
            else { continue }
            let stamps = file.assignments.flatMap { [$0.reportTime, $0.revealedAt] }
            if let offset = stamps.lazy.compactMap(offsetSeconds).first { return offset }
        }
        return nil
    }

    /// `+08:00` / `-05:30` / `Z` at the end of an ISO 8601 stamp, in seconds east of UTC.
    static func offsetSeconds(_ stamp: String) -> Int? {
        if stamp.hasSuffix("Z") { return 0 }
        let tail = Array(stamp.suffix(6))
        guard tail.count == 6, tail[0] == "+" || tail[0] == "-", tail[3] == ":",
            let hours = Int(String(tail[1...2])), let minutes = Int(String(tail[4...5])),
            hours <= 14, minutes < 60
        else { return nil }
        return (tail[0] == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
