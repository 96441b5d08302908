import Foundation
import Testing

/// A task file `today` cannot read is named with the field at fault, not the decoder's words.
@Suite struct TodayTaskFileErrorTests {
    @Test func aTaskFileWithoutAFieldNamesTheField() throws {
        let folder = try Run.temporaryDirectory()
        let mine = folder.appendingPathComponent("wangfang")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        let file = """
            {"schema": "spotcheck-task/2", "date": "2026-12-01",
             "inspector": {"id": "i001", "name": "王芳", "login": "wangfang"}, "assignments": []}
            """
        try file.write(to: mine.appendingPathComponent("2026-12-01.json"), atomically: true, encoding: .utf8)
        let result = try Run.spotcheck([
            "today", "--tasks", folder.path, "--login", "wangfang", "--date", "2026-12-01", "--days", "0",
        ])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("2026-12-01.json"), "\(result.stderr)")
        #expect(result.stderr.contains("checklist: missing"), "\(result.stderr)")
        #expect(!result.stderr.contains("DecodingError"), "\(result.stderr)")
    }
}
