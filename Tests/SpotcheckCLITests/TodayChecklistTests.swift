import Foundation
import Testing

/// `spotcheck today` lists what to look for once per item: the Chinese explanation already begins
/// with the item's title, so the title is not said twice.
@Suite struct TodayChecklistTests {
    @Test func eachChecklistItemIsSaidOnceInChineseAndWithItsTitleInEnglish() throws {
        let folder = try Run.temporaryDirectory()
        let mine = folder.appendingPathComponent("wangfang")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        let file = """
            {"schema": "spotcheck-task/2", "date": "2026-12-01",
             "inspector": {"id": "i001", "name": "王芳", "login": "wangfang"},
             "assignments": [{"drawId": 7, "pool": "county", "target": {"id": "d-x", "name": "税务局"},
               "role": "lead", "team": [{"id": "i001", "name": "王芳", "home": "d-fagai", "role": "lead"}],
               "reportTime": "2026-12-01T08:30:00+08:00", "revealedAt": "2026-12-01T08:00:00+08:00",
               "recordSha256": "\(String(repeating: "ab", count: 32))"}],
             "checklist": [{"code": "detached", "title": "脱离实际、脱离群众",
               "description": "Detached: decisions made without asking the people concerned.",
               "descriptionZhCn": "脱离实际、脱离群众：不征求相关群众意见就作决定。"}]}
            """
        try file.write(to: mine.appendingPathComponent("2026-12-01.json"), atomically: true, encoding: .utf8)
        let base = ["today", "--tasks", folder.path, "--login", "wangfang", "--date", "2026-12-01", "--days", "1"]
        let chinese = try Run.spotcheck(base, locale: "zh_CN.UTF-8")
        #expect(chinese.status == 0, "\(chinese.stderr)")
        let line = try #require(chinese.stdout.split(separator: "\n").first { $0.contains("不征求相关群众意见") })
        #expect(line.components(separatedBy: "脱离实际、脱离群众").count == 2, "\(line)")
        let english = try Run.spotcheck(base)
        let said = try #require(english.stdout.split(separator: "\n").first { $0.contains("Detached:") })
        #expect(said.contains("脱离实际、脱离群众  Detached:"), "\(said)")
    }
}
