import Foundation
import SpotcheckCore
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

/// `verify --chain` names a draw by its kind in the reader's language: an ordered draw found in
/// its pool's scheduled folder is "点名抽签" to a Chinese reader, not "ordered".
@Suite struct ChainDrawKindLanguageTests {
    @Test func anOrderedDrawInTheWrongFolderIsNamedByItsKindInChinese() throws {
        let (harness, _, ordered) = try ChainTamperTests.twoDays()
        let orderedName = URL(fileURLWithPath: Engine.publicFolder(ordered, config: harness.config)).lastPathComponent
        let pool = try #require(try ordered.decodedRecord()).pool
        // The ordered draw's folder and its pool's scheduled one swapped.
        let root = try ChainTamperTests.copy(harness)
        let files = FileManager.default
        try files.moveItem(atPath: "\(root)/2026-12-01/\(pool)", toPath: "\(root)/2026-12-01/swap")
        try files.moveItem(atPath: "\(root)/2026-12-01/\(orderedName)", toPath: "\(root)/2026-12-01/\(pool)")
        try files.moveItem(atPath: "\(root)/2026-12-01/swap", toPath: "\(root)/2026-12-01/\(orderedName)")

        let english = try ControlTests.run(ControlTests.cli, ["verify", "--chain", root])
        #expect(english.status == 1)
        #expect(english.output.contains("record.json is a ordered draw of pool \(pool)"), "\(english.output)")
        #expect(english.output.contains("record.json is a scheduled draw of pool \(pool)"), "\(english.output)")
        let chinese = try ControlTests.run(
            ControlTests.cli, ["verify", "--chain", root], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 1)
        #expect(chinese.output.contains("record.json 是抽签池 \(pool) 的点名抽签"), "\(chinese.output)")
        #expect(chinese.output.contains("record.json 是抽签池 \(pool) 的定时随机抽签"), "\(chinese.output)")
        #expect(!chinese.output.contains(" ordered ") && !chinese.output.contains(" scheduled "), "\(chinese.output)")
    }
}
