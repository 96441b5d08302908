import Foundation
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

    /// The Chinese words of a finding's states, severities and categories are written once, in the
    /// catalogue: the ledger's model and the public site read them from there.
    @Test func oneListNamesEverySeverityAndCategoryAndNoOtherSourceRepeatsTheWords() throws {
        var words: [String] = FindingState.allCases.map { Catalogue.LedgerStateWords.state($0.rawValue).chinese }
        for severity in Severity.allCases {
            let told = Catalogue.LedgerStateWords.severity(severity.rawValue)
            #expect(told.chinese == severity.label && told.english == severity.rawValue, "\(severity)")
            #expect(told.chinese.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(severity)")
            words.append(told.chinese)
        }
        for category in FindingCategory.allCases {
            let told = Catalogue.LedgerStateWords.category(category.rawValue)
            #expect(told.chinese == category.label, "\(category)")
            #expect(told.chinese.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(category)")
            words.append(told.chinese)
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let sources = [
            "Sources/SpotcheckLedger/Model.swift", "Sources/SpotcheckLedger/Finding.swift",
            "Sources/SpotcheckText/Catalogue/Publication.swift",
        ]
        for path in sources {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            for word in words { #expect(!text.contains("\"\(word)\""), "\(path) repeats \(word)") }
        }
    }
}
