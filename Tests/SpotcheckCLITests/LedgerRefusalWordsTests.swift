import SpotcheckLedger
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// The ledger's refusals name its actions, states and outcomes as words in the reader's language,
/// never as the codes of the audit trail (`extension.requested`, `awaiting-verification`).
@Suite struct LedgerRefusalWordsTests {
    static func hasLatinLetters(_ text: String) -> Bool { text.contains { $0.isASCII && $0.isLetter } }

    @Test func everyActionInEveryStateIsRefusedInWordsInBothLanguages() {
        for action in LedgerAction.allCases {
            for state in FindingState.allCases {
                let english = LedgerError.wrongState(action: action, state: state).description
                #expect(!english.contains(action.rawValue) && !english.contains("awaiting-"), "\(english)")
                #expect(PassedThroughText.ledger(english, in: .english) == english)
                let chinese = PassedThroughText.ledger(english, in: .chinese)
                #expect(!Self.hasLatinLetters(chinese), "\(chinese)")
            }
        }
        let told = PassedThroughText.ledger(
            LedgerError.wrongState(action: .requestExtension, state: .confirmed).description, in: .chinese)
        #expect(told == "问题处于“已确认”状态时不能申请延期")
        #expect(
            LedgerError.wrongState(action: .requestExtension, state: .awaitingVerification).description
                == "requesting an extension is not possible while the finding is awaiting verification")
    }

    @Test func aRecordedOutcomeIsNamedInWordsInBothLanguages() {
        let assignment = "wang recorded this assignment as not carried out; ask a coordinator to change it"
        #expect(PassedThroughText.ledger(assignment, in: .english) == assignment)
        #expect(PassedThroughText.ledger(assignment, in: .chinese) == "wang 已将此项任务登记为“未开展”；如需更改，请联系协调员")
        let visit = "li recorded this visit as passed already; an outcome is final"
        #expect(PassedThroughText.ledger(visit, in: .chinese) == "li 已将此次检查的结果登记为“通过”；结果一经登记即不能更改")
        // A word this build does not know comes through as it came.
        #expect(
            PassedThroughText.ledger("li recorded this visit as postponed already; an outcome is final", in: .chinese)
                .contains("“postponed”"))
    }
}
