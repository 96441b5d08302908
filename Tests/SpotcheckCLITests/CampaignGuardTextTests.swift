import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// The refusals that keep the campaign to its plan reach the reader in their language, with every
/// value the daemon sends, whichever interface sends them.
@Suite struct CampaignGuardTextTests {
    static func names(_ code: CampaignGuardCode) -> [String] {
        switch code {
        case .beforePlannedStart: ["planned_start", "today"]
        case .releaseNotNeeded: []
        case .dueBeforePhaseEnd: ["due", "earliest"]
        case .selfInspectionOver: ["phase"]
        }
    }

    @Test func everyCodeIsToldInBothLanguagesWithItsValues() throws {
        for code in CampaignGuardCode.allCases {
            for error in ["io.spotcheck.Campaign.AdvanceRefused", "io.spotcheck.SelfInspection.Refused"] {
                var parameters: [String: Varlink.Value] = [
                    "message": .string("English from the daemon"), "code": .string(code.rawValue),
                ]
                for name in Self.names(code) { parameters[name] = .string("«\(name)»") }
                let told = try #require(CampaignGuardText.refusal(Varlink.Failure(error, parameters)))
                #expect(!RefusalCodeTests.hasChinese(told.english) && RefusalCodeTests.hasChinese(told.chinese))
                for name in Self.names(code) {
                    #expect(told.english.contains("«\(name)»") && told.chinese.contains("«\(name)»"), "\(code) \(name)")
                }
            }
        }
        // A code of another family, or none, is left to the other tellers.
        #expect(
            CampaignGuardText.refusal(
                Varlink.Failure("io.spotcheck.Campaign.AdvanceRefused", ["code": .string("backwards")])) == nil)
        #expect(CampaignGuardText.refusal(Varlink.Failure("io.spotcheck.SelfInspection.Refused", [:])) == nil)
    }
}
