import Foundation
import Testing

/// Task files moved to `spotcheck-task/2` (keys by the one JSON naming rule); an inspector whose
/// folder still holds files of `spotcheck-task/1` sees them all the same.
@Suite struct TaskFileVersionTests {
    static func file(
        schema: String, date: String, drawKey: String, hashKey: String, zhKey: String, target: String
    ) -> String {
        """
        {"schema": "\(schema)", "date": "\(date)",
         "inspector": {"id": "i001", "name": "王芳", "login": "wangfang"},
         "assignments": [{"\(drawKey)": 7, "pool": "county", "target": {"id": "d-x", "name": "\(target)"},
           "role": "lead", "team": [{"id": "i001", "name": "王芳", "home": "d-fagai", "role": "lead"}],
           "reportTime": "\(date)T08:30:00+08:00", "revealedAt": "\(date)T08:00:00+08:00",
           "\(hashKey)": "\(String(repeating: "ab", count: 32))"}],
         "checklist": [{"code": "detached", "title": "脱离实际、脱离群众", "description": "d", "\(zhKey)": "查"}]}
        """
    }

    @Test func todayReadsFilesOfBothVersionsAndRefusesAnUnknownOne() throws {
        let folder = try Run.temporaryDirectory()
        let mine = folder.appendingPathComponent("wangfang")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        let old = Self.file(
            schema: "spotcheck-task/1", date: "2026-12-01", drawKey: "drawID", hashKey: "recordSHA256",
            zhKey: "descriptionZhCN", target: "税务局")
        let new = Self.file(
            schema: "spotcheck-task/2", date: "2026-12-02", drawKey: "drawId", hashKey: "recordSha256",
            zhKey: "descriptionZhCn", target: "水务局")
        try old.write(to: mine.appendingPathComponent("2026-12-01.json"), atomically: true, encoding: .utf8)
        try new.write(to: mine.appendingPathComponent("2026-12-02.json"), atomically: true, encoding: .utf8)
        // The file of the new version meets the published schema of task files.
        #expect(try JSONCheck.problems(new, schema: "task-file") == "")
        #expect(try JSONCheck.badKeys(new).isEmpty)

        let base = ["today", "--tasks", folder.path, "--login", "wangfang", "--date", "2026-12-01", "--days", "1"]
        let text = try Run.spotcheck(base)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("税务局") && text.stdout.contains("水务局"), "\(text.stdout)")
        let json = try Run.spotcheck(base + ["--json"])
        #expect(json.status == 0, "\(json.stderr)")
        try JSONCheck.expectValid(json.stdout, schema: "today")
        #expect(!json.stdout.contains("drawID") && json.stdout.components(separatedBy: "\"drawId\":7").count == 3)
        let calendar = try Run.spotcheck(base + ["--ics"])
        #expect(calendar.status == 0, "\(calendar.stderr)")
        #expect(calendar.stdout.components(separatedBy: "BEGIN:VEVENT").count == 3, "\(calendar.stdout)")

        let future = new.replacingOccurrences(of: "spotcheck-task/2", with: "spotcheck-task/3")
        try future.write(to: mine.appendingPathComponent("2026-12-02.json"), atomically: true, encoding: .utf8)
        let refused = try Run.spotcheck(base)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("spotcheck-task/3") && refused.stderr.contains("newer"), "\(refused.stderr)")
    }
}
