import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// `spotcheck findings checks` names each check's kind and outcome in the reader's language, and
/// the ledger's refusals of a draw not revealed yet and of a self-inspection finding out of its
/// phase are told in Chinese.
@Suite struct LedgerCheckWordsTests {
    static let checks = [
        LedgerMessages.Check(
            kind: "recheck", key: "recheck/F-2026-000001/2026-11", finding: "F-2026-000001", department: "d-shuiwu",
            drawId: 12, day: "2026-12-01", lead: "xuli", outcome: "not-carried-out", by: "coord1", note: "暴雨"),
        LedgerMessages.Check(
            kind: "honesty", key: "honesty/d-jiaoyu/2026-11", department: "d-jiaoyu", drawId: 12, day: "2026-12-01",
            lead: "heyong", outcome: "passed", by: "heyong"),
        LedgerMessages.Check(
            kind: "verification", key: "verification/F-2026-000002/1", finding: "F-2026-000002",
            department: "d-fagai", drawId: 13, day: "2026-12-01", lead: "chenwei", outcome: "failed", by: "chenwei"),
    ]

    @Test func theChecksTableNamesKindsAndOutcomesInChinese() {
        let table = CheckText.list(Self.checks, in: .chinese)
        for word in ["回头看", "诚信抽查", "整改核验", "未开展 (coord1)", "通过 (heyong)", "未通过 (chenwei)"] {
            #expect(table.contains(word), "\(word): \(table)")
        }
        for code in ["recheck", "honesty", "verification", "not-carried-out", "passed", "failed"] {
            #expect(!table.contains(code), "\(code): \(table)")
        }
    }

    @Test func theChecksTableKeepsTheCodesInEnglish() {
        let table = CheckText.list(Self.checks, in: .english)
        for word in ["recheck", "honesty", "verification", "not-carried-out (coord1)", "passed (heyong)"] {
            #expect(table.contains(word), "\(word): \(table)")
        }
    }

    @Test func aDrawNotRevealedYetAndASelfFindingOutOfPhaseAreToldInChinese() {
        let unrevealed = "draw 12 is not revealed yet; give the draw id of an inspection after its reveal"
        #expect(LedgerWords.invalidField("draw_id", unrevealed, in: .chinese).contains("第 12 次抽签尚未揭晓"))
        let outOfPhase =
            "the campaign is in supervision, not self-inspection: a self-inspection finding (--self) is recorded "
            + "only during self-inspection; record the problem as a finding of an inspection "
            + "(--assignment DRAW/DEPARTMENT) or of a complaint (--complaint ID)"
        let told = LedgerWords.invalidField("source", outOfPhase, in: .chinese)
        #expect(told.contains("专项整治处于 supervision 阶段") && told.contains("--assignment"), "\(told)")
    }
}
