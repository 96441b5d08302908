import SpotcheckLedger
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// A finding's history in Chinese names every action and role in Chinese; English and `--json`
/// keep the codes.
@Suite struct LedgerHistoryWordsTests {
    @Test func everyActionOfTheLedgerHasAChineseName() {
        for action in LedgerAction.allCases {
            let name = LedgerWords.action(action.rawValue, in: .chinese)
            #expect(name != action.rawValue && name.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(action)")
            #expect(LedgerWords.action(action.rawValue, in: .english) == action.rawValue)
        }
    }

    @Test func everyRoleAnActorTakesHasAChineseName() {
        let roles: [Actor.Role] = [
            .coordinator, .inspector, .contact(department: "d-shuiwu"), .verifier, .rechecker, .hotline, .system,
        ]
        for role in roles {
            let name = Actor(login: "x", role: role).roleName
            let chinese = LedgerWords.role(name, in: .chinese)
            #expect(chinese != name && chinese.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(name)")
            #expect(LedgerWords.role(name, in: .english) == name)
        }
        #expect(LedgerWords.role("contact of d-shuiwu", in: .chinese) == "d-shuiwu 联系人")
    }

    @Test func oneListNamesEveryStateOfAFindingForRefusalsAndThePublicSite() {
        #expect(Catalogue.LedgerStateWords.stateCodes == FindingState.allCases.map(\.rawValue))
        for state in FindingState.allCases {
            let words = Catalogue.LedgerStateWords.state(state.rawValue)
            #expect(words.english == state.words, "\(state)")
            #expect(words.chinese == state.label, "\(state)")
        }
        #expect(Catalogue.LedgerStateWords.states.count == FindingState.allCases.count)
    }
}
