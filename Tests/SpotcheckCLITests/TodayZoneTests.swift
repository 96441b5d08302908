import Foundation
import SpotcheckCore
import Testing

@testable import SpotcheckCLI

/// With the daemon out of reach, `today` counts the day in the county's zone (the offset the
/// daemon wrote into the task files), not in the zone of the machine the inspector logs in on.
@Suite struct TodayZoneTests {
    static func taskFile(day: String, offset: String) -> String {
        """
        {"schema": "spotcheck-task/2", "date": "\(day)",
         "inspector": {"id": "i001", "name": "王芳", "login": "wangfang"},
         "assignments": [{"drawId": 7, "pool": "county", "target": {"id": "d-x", "name": "税务局"},
           "role": "lead", "team": [{"id": "i001", "name": "王芳", "home": "d-fagai", "role": "lead"}],
           "reportTime": "\(day)T09:00:00\(offset)", "revealedAt": "\(day)T00:00:00\(offset)",
           "recordSha256": "\(String(repeating: "ab", count: 32))"}],
         "checklist": []}
        """
    }

    static func day(_ date: Date, secondsEast offset: Int) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    @Test func theDayIsTheTaskFilesDayWhenTheDaemonCannotSay() throws {
        let folder = try Run.temporaryDirectory()
        try taskFileFolder(folder, offset: "+08:00", day: "2026-12-01")
        let mine = folder.appendingPathComponent("wangfang").path
        let nowhere = folder.appendingPathComponent("no-socket").path
        // 2026-11-30 17:00 UTC is 12-01 in the county (UTC+8), 11-30 on a machine kept in UTC.
        let evening = Date(timeIntervalSince1970: 1_796_058_000)
        #expect(DaemonClock.today(socket: nowhere, tasks: mine, now: evening).description == "2026-12-01")
        try Self.taskFile(day: "2026-12-01", offset: "-05:00")
            .write(toFile: "\(mine)/2026-12-01.json", atomically: true, encoding: .utf8)
        #expect(DaemonClock.today(socket: nowhere, tasks: mine, now: evening).description == "2026-11-30")
        #expect(DaemonClock.offsetSeconds("2026-12-01T09:00:00Z") == 0)
        #expect(DaemonClock.offsetSeconds("2026-12-01T09:00:00+05:30") == 19_800)
        #expect(DaemonClock.offsetSeconds("2026-12-01T09:00:00") == nil)
    }

    /// Through the command: the CLI runs in Asia/Shanghai (UTC+8), the task files speak of a
    /// county at UTC−11; the warning names the county's day.
    @Test func theStaleWarningNamesTheCountysDay() throws {
        let folder = try Run.temporaryDirectory()
        let before = Self.day(Date(), secondsEast: -11 * 3600)
        try taskFileFolder(folder, offset: "-11:00", day: before.adding(days: 1).description)
        let result = try Run.spotcheck([
            "today", "--tasks", folder.path, "--login", "wangfang", "--socket",
            folder.appendingPathComponent("none").path,
        ])
        let after = Self.day(Date(), secondsEast: -11 * 3600)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("draw of \(before) is revealed")
                || result.stderr.contains("draw of \(after) is revealed"),
            "\(result.stderr)")
    }

    private func taskFileFolder(_ folder: URL, offset: String, day: String) throws {
        let mine = folder.appendingPathComponent("wangfang")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Self.taskFile(day: day, offset: offset)
            .write(to: mine.appendingPathComponent("\(day).json"), atomically: true, encoding: .utf8)
    }
}
