import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// `status` while the clock is behind the state: the daemon's `held: …` line reaches a Chinese
/// reader in Chinese, the stored entry and the span it names included; an English reader sees it
/// as the daemon wrote it.
@Suite struct HeldStatusTextTests {
    static func line(entry: String, span: String) -> String {
        "held: "
            + Catalogue.StartChecks.clockSetBack("2026-12-01 06:55:00 +0800", entry, "2026-12-01 07:00:00 +0800", span)
            .english
    }

    @Test func theHeldScheduleIsToldInChineseWithItsEntryAndSpan() throws {
        let english = Self.line(entry: "audit entry 12", span: "1 h 5 min")
        let chinese = try #require(HeldStatusText.of(english, in: .chinese))
        #expect(chinese.hasPrefix("已暂停：系统时钟（2026-12-01 06:55:00 +0800）"), "\(chinese)")
        #expect(chinese.contains("第 12 条审计记录") && chinese.contains("1 小时 5 分钟"), "\(chinese)")
        let latin = { (text: String) in text.contains("held") || text.contains("audit") || text.contains(" min") }
        #expect(!latin(chinese), "\(chinese)")
        #expect(HeldStatusText.of(english, in: .english) == english)

        let draw = try #require(
            HeldStatusText.of(Self.line(entry: "draw 3, revealed_at", span: "2 d 3 h"), in: .chinese))
        #expect(draw.contains("第 3 次抽签，revealed_at") && draw.contains("2 天 3 小时"), "\(draw)")
        // Another line is left to the other patterns.
        #expect(HeldStatusText.of("no draws scheduled", in: .chinese) == nil)
    }

    @Test func statusTellsTheHeldLineThroughTheNextEventText() {
        let english = Self.line(entry: "chain link 4", span: "30 s")
        let chinese = PassedThroughText.health(english, in: .chinese)
        #expect(chinese.hasPrefix("已暂停：系统时钟") && chinese.contains("第 4 个哈希链环节"), "\(chinese)")
        #expect(chinese.contains("30 秒") && !chinese.contains("held"), "\(chinese)")
        #expect(PassedThroughText.health(english, in: .english) == english)
    }
}
