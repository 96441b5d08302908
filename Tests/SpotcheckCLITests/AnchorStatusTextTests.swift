import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// `status` while the audit anchor cannot be written (a full file system): the daemon's
/// `degraded: …` line reaches a Chinese reader in Chinese, also beside another degraded state.
@Suite struct AnchorStatusTextTests {
    @Test func theUnwrittenAnchorIsToldInChinese() {
        let english =
            "degraded: the audit anchor /var/lib/spotcheck/private/anchor.json cannot be written (No space left on device); retrying every minute"
        let chinese = PassedThroughText.health(english, in: .chinese)
        #expect(chinese.hasPrefix("运行降级：无法写入审计锚点 /var/lib/spotcheck/private/anchor.json"), "\(chinese)")
        #expect(chinese.contains("每分钟重试一次") && !chinese.contains("retrying"), "\(chinese)")
        #expect(PassedThroughText.health(english, in: .english) == english)
    }
}
