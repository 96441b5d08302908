import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// The campaign's and complaints' refusals, the gate's conditions and refused permissions travel
/// as codes with values; every code the daemon can send has its message in both languages, with
/// every value it names in both.
@Suite struct RefusalCodeTests {
    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// The values each code names (the parameters of its Varlink error).
    static func names(_ code: CampaignRefusalCode) -> [String] {
        switch code {
        case .notAStep: ["step", "steps"]
        case .alreadyActive: ["step"]
        case .backwards: ["from", "to"]
        case .skipping: ["from", "next", "to"]
        case .tooManyLookups: ["uid", "most", "wait"]
        case .notAState: ["state", "states"]
        case .notAChannel: ["channel", "channels"]
        case .required: ["field"]
        case .badTime, .futureTime: ["time"]
        case .tooLongAgo: ["time", "days"]
        case .beforeCampaign: ["time", "start"]
        case .noRoster, .notADepartment: ["department"]
        case .alreadyApproved, .notApproved, .requestUsed, .approvalExpired: ["request"]
        case .notRequester: ["login"]
        case .noIdentity, .complaintClosed, .inspectionRequested: ["complaint"]
        case .notASuccessor: ["state", "states", "target"]
        case .needsReply: ["target"]
        case .noDrawAhead: ["complaint", "department"]
        case .identityTooLarge: ["field", "most"]
        case .identityMangled: ["field"]
        case .noReason, .campaignClosed, .clockBehind, .notConfigured, .nothingToRecord, .identityReason,
            .ownApproval, .badSalt:
            []
        }
    }

    @Test func everyRefusalCodeTheDaemonCanSendIsToldInBothLanguagesWithItsValues() {
        #expect(CampaignRefusalCode.allCases.count >= 30)
        for code in CampaignRefusalCode.allCases {
            let told = RefusalText.campaign(code) { "«\($0)»" }
            #expect(!told.english.isEmpty && !Self.hasChinese(told.english), "\(code): \(told.english)")
            #expect(Self.hasChinese(told.chinese), "\(code): \(told.chinese)")
            for name in Self.names(code) {
                #expect(told.english.contains("«\(name)»"), "\(code) leaves out \(name): \(told.english)")
                #expect(told.chinese.contains("«\(name)»"), "\(code) leaves out \(name): \(told.chinese)")
            }
        }
        // A department mistaken for another's name keeps the hint.
        let hinted = RefusalText.campaign(.notADepartment) {
            ["department": "税务局", "meant_name": "税务局", "meant_id": "d-shuiwu"][$0]
        }
        #expect(hinted.chinese.contains("（'税务局' 的编号是 d-shuiwu）"), "\(hinted.chinese)")
        #expect(hinted.english.contains("('税务局' is d-shuiwu)"), "\(hinted.english)")
    }

    @Test func aRefusalIsToldFromItsCodeAndAnUnknownCodeKeepsTheDaemonsEnglish() {
        let failure = Varlink.Failure(
            "io.spotcheck.Complaints.Refused",
            [
                "message": .string("a complaint in state received can move to accepted, not closed"),
                "code": .string("not-a-successor"), "state": .string("received"),
                "states": .string("accepted, merged"), "target": .string("closed"),
            ])
        let told = RefusalText.campaign(failure)
        #expect(told?.chinese == "处于 received 状态的举报只能转为 accepted, merged，不能转为 closed")
        #expect(told?.english == "a complaint in state received can move to accepted, merged, not closed")
        let newer = Varlink.Failure(
            "io.spotcheck.Complaints.Refused", ["message": .string("something new"), "code": .string("brand-new")])
        #expect(RefusalText.campaign(newer) == nil)
        #expect(
            RefusalText.campaign(Varlink.Failure("io.spotcheck.Complaints.Refused", ["message": .string("x")])) == nil)
    }

    @Test func everyGateConditionAndEveryReasonItBlocksIsToldInBothLanguages() {
        for code in GateConditionCode.allCases {
            let text = RefusalText.condition(code.rawValue)
            #expect(text != nil, "\(code)")
            #expect(Self.hasChinese(text?.chinese ?? "") && !Self.hasChinese(text?.english ?? "x"), "\(code)")
            for detail in GateDetailCode.allCases {
                let why = RefusalText.detail(
                    code.rawValue, detailCode: detail.rawValue, count: 3, ids: "#4, #5, #6", problem: "gone")
                #expect(Self.hasChinese(why?.chinese ?? ""), "\(code) \(detail)")
                #expect(!(why?.english ?? "").isEmpty && !Self.hasChinese(why?.english ?? "x"), "\(code) \(detail)")
                if detail == .count { #expect(why?.chinese.contains("3") == true, "\(code): \(why?.chinese ?? "")") }
            }
        }
        let draws = RefusalText.detail("draws-revealed", detailCode: "count", count: 2, ids: "#4, #5", problem: nil)
        #expect(draws?.chinese == "2 次抽签尚未揭晓：#4, #5")
        // A condition this command line does not know is shown as the daemon worded it.
        let unknown = CampaignMessages.Condition(
            code: "brand-new", text: "something new", state: "blocks", detail: "2 things", detailCode: "count", count: 2
        )
        #expect(RefusalText.condition(unknown).hasPrefix("something new: "))
    }

    @Test func aBlockedGateIsToldFromItsCodesAndCounts() {
        let failure = Varlink.Failure(
            "io.spotcheck.Campaign.GateBlocked",
            [
                "into": .string("supervision"),
                "blockers": .string("every self-inspection form returned or past due: 3 form(s) outstanding"),
                "codes": .string("forms-returned,roster-frozen"), "counts": .string("3,"),
            ])
        let told = RefusalText.blockers(failure)
        if Language.current == .chinese {
            #expect(told.contains("3 份自查表尚未交回") && told.contains("尚未加载名册"), "\(told)")
        } else {
            #expect(told.contains("3 form(s) outstanding") && told.contains("no roster is loaded"), "\(told)")
        }
        // Without codes (an older daemon), the daemon's English.
        let older = Varlink.Failure(
            "io.spotcheck.Campaign.GateBlocked", ["into": .string("supervision"), "blockers": .string("as it was")])
        #expect(RefusalText.blockers(older) == "as it was")
    }

    @Test func aRefusedPermissionNamesTheCommandAndWhoMayRunItNotTheMethod() {
        for need in PermissionNeed.allCases {
            let who = RefusalText.who(need)
            #expect(Self.hasChinese(who.chinese) && !Self.hasChinese(who.english), "\(need)")
        }
        let failure = Varlink.Failure(
            "io.spotcheck.Ledger.PermissionDenied",
            [
                "method": .string("io.spotcheck.Ledger.VerifyFinding"), "uid": .int(1001),
                "needs": .string("drawn-verifier"),
            ])
        let told = RefusalText.permission(failure, command: "spotcheck findings verify")
        #expect(
            told.english == "spotcheck findings verify is refused: only the verifier drawn for the finding may do this")
        #expect(told.chinese == "spotcheck findings verify 被拒绝：只有为该问题抽中的核验人可以执行此操作")
        #expect(!told.english.contains("io.spotcheck") && !told.chinese.contains("io.spotcheck"))
        // A daemon that does not say who may: the command, and where roles are set.
        let older = Varlink.Failure(
            "io.spotcheck.PermissionDenied", ["method": .string("io.spotcheck.X"), "uid": .int(1)])
        let generic = RefusalText.permission(older, command: "spotcheck why")
        #expect(generic.english.hasPrefix("spotcheck why is refused") && !generic.english.contains("io.spotcheck"))
    }

    /// The daemon words no campaign or complaints refusal of its own outside `CampaignRefusal`,
    /// and the store none outside `ComplaintRefusal`: each reaches the reader with a code.
    @Test func theDaemonSendsEveryCampaignAndComplaintsRefusalWithACode() throws {
        let daemon = Run.packageRoot.appendingPathComponent("Sources/SpotcheckDaemon")
        for name in try FileManager.default.contentsOfDirectory(atPath: daemon.path)
        where name.hasSuffix(".swift") && name != "CampaignRefusals.swift" {
            let source = try String(contentsOf: daemon.appendingPathComponent(name), encoding: .utf8)
            for error in ["\"io.spotcheck.Campaign.AdvanceRefused\"", "\"io.spotcheck.Complaints.Refused\""] {
                #expect(!source.contains(error), "\(name) sends \(error) without a code")
            }
        }
        for file in ["Sources/SpotcheckStore/Campaign.swift", "Sources/SpotcheckStore/HiddenSlots.swift"] {
            let source = try String(contentsOf: Run.packageRoot.appendingPathComponent(file), encoding: .utf8)
            #expect(!source.contains("ComplaintStoreError.refused(\""), "\(file) words a refusal in English only")
        }
    }
}
