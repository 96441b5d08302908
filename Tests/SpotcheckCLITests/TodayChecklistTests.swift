import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCLI

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

    /// Every item the daemon writes says its title once in Chinese: each explanation begins with it.
    @Test func everyChineseExplanationBeginsWithItsTitle() {
        for item in TaskFile.checklist {
            let line = TodayCommand.checklistLine(title: item.title, explanation: item.explanation(.chinese))
            #expect(line.components(separatedBy: item.title).count == 2, "\(line)")
            #expect(line.hasPrefix(item.title + "："), "\(line)")
        }
    }

    /// Task files written before the titles and explanations agreed carry a shorter heading
    /// ("慢作为、懒作为：" under the title "慢作为、懒作为、松懈拖沓"): the title takes its place,
    /// not said beside it; an explanation without such a heading keeps the title beside it.
    @Test func aShorterHeadingInAnOlderTaskFileGivesWayToTheTitle() {
        let older = [
            ("慢作为、懒作为、松懈拖沓", "慢作为、懒作为：工作积压，履职拖拉或敷衍了事。"),
            ("推诿扯皮、拖延敷衍、回避矛盾", "推诿扯皮、拖延敷衍：事情在科室之间来回推，难题绕着走。"),
            ("表态多调门高、落实少行动虚、弄虚作假", "表态多、落实少、弄虚作假：只喊口号、只做台账，不见实效。"),
        ]
        for (title, explanation) in older {
            let line = TodayCommand.checklistLine(title: title, explanation: explanation)
            #expect(line.hasPrefix(title + "："), "\(line)")
            #expect(line.components(separatedBy: "：").count == 2, "\(line)")
        }
        #expect(TodayCommand.checklistLine(title: "门难进", explanation: "对群众冷漠。") == "门难进  对群众冷漠。")
        #expect(TodayCommand.checklistLine(title: "门难进", explanation: "其他：对群众冷漠。") == "门难进  其他：对群众冷漠。")
    }
}
