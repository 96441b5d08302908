import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// Messages that name a campaign phase name it in the reader's language: a Chinese reader sees
/// 自查自纠, not `self-inspection`; an English reader the identifier they type.
@Suite struct CampaignPhaseNameTests {
    static let identifiers = ["mobilisation", "self-inspection", "supervision", "summing-up", "closed"]

    @Test func aRefusedStepNamesItsPhasesInTheReadersLanguage() {
        let values = ["from": "self-inspection", "next": "supervision", "to": "summing-up", "step": "supervision"]
        let skipping = RefusalText.campaign(.skipping) { values[$0] }
        #expect(skipping.chinese == "当前为 自查自纠：下一步是 监督检查，而不是 总结提升；阶段须逐一推进", "\(skipping.chinese)")
        #expect(
            skipping.english == "self-inspection is active: the next step is supervision, not summing-up; phases are "
                + "taken one at a time", "\(skipping.english)")
        let backwards = RefusalText.campaign(.backwards) { ["from": "supervision", "to": "mobilisation"][$0] }
        #expect(backwards.chinese == "阶段只能向前推进：当前为 监督检查，动员部署 在其之前", "\(backwards.chinese)")
        let already = RefusalText.campaign(.alreadyActive) { values[$0] }
        #expect(already.chinese == "监督检查 已是当前阶段", "\(already.chinese)")
        #expect(already.english == "supervision is already the active phase", "\(already.english)")
    }

    /// A hidden inspection no draw would carry is refused in the reader's language, the phase by
    /// its name; without a campaign the roster's pools column is named.
    @Test func aHiddenInspectionNoDrawWouldCarryIsToldInTheReadersLanguage() {
        let values = ["complaint": "610956", "department": "d-shuiwu", "phase": "summing-up"]
        let told = RefusalText.campaign(.noDrawAhead) { values[$0] }
        #expect(told.chinese.contains("举报 610956") && told.chinese.contains("总结提升") && told.chinese.contains("未作申请"))
        #expect(told.english.contains("(it is in summing-up)"), "\(told.english)")
        let noPool = RefusalText.campaign(.noDrawAhead) { ["complaint": "1", "department": "d-x", "phase": ""][$0] }
        #expect(noPool.english.contains("no scheduled pool holds d-x") && noPool.chinese.contains("pools 列"))
    }

    /// A late step into self-inspection says in words when its forms are due, in both languages.
    @Test func aLateStepIntoSelfInspectionSaysWhenItsFormsAreDue() throws {
        typealias Fact = CampaignMessages.Fact
        let late = [
            Fact(name: "forms_due", value: "2026-12-15"), Fact(name: "forms_planned_end", value: "2026-11-30"),
            Fact(name: "forms_working_days", value: "10"),
        ]
        let told = try #require(CampaignAdvanceCommand.formsDue(late))
        #expect(
            told.english == "  self-inspection was planned to end on 2026-11-30, which is past: the forms are due on "
                + "2026-12-15, 10 working days from today\n", "\(told.english)")
        #expect(told.chinese == "  自查自纠阶段计划结束日期 2026-11-30 已过：自查表的填报截止日期为 2026-12-15，即今天起第 10 个工作日\n")
        var unplanned = late
        unplanned[1].value = "none"
        #expect(CampaignAdvanceCommand.formsDue(unplanned)?.english.contains("has no planned end") == true)
        #expect(CampaignAdvanceCommand.formsDue([Fact(name: "forms_due", value: "2026-12-15")]) == nil)
    }

    @Test func noCampaignMessageLeavesAPhaseIdentifierInChinese() {
        func clean(_ told: Localized, _ what: String) {
            for identifier in Self.identifiers {
                #expect(!told.chinese.contains(identifier), "\(what): \(told.chinese)")
            }
        }
        let over = CampaignGuardText.refusal(
            Varlink.Failure(
                "io.spotcheck.SelfInspection.Refused",
                ["code": .string("self-inspection-over"), "phase": .string("summing-up"), "message": .string("x")]))
        clean(over!, "self-inspection-over")
        #expect(over!.chinese.contains("当前为 总结提升"), "\(over!.chinese)")
        for from in Self.identifiers {
            for to in Self.identifiers {
                clean(RefusalText.campaign(.skipping) { ["from": from, "next": to, "to": to][$0] }, "skipping")
                clean(RefusalText.campaign(.backwards) { ["from": from, "to": to][$0] }, "backwards")
                clean(
                    Catalogue.CampaignPhaseNames.told([from, to]) { Catalogue.Campaign.advanced($0[0], $0[1], "t") },
                    "advanced")
            }
        }
        // An order refused in a phase, as the daemon words the phase (`自查自纠 (self-inspection)`).
        let outside = Catalogue.CampaignPhaseNames.told(["自查自纠 (self-inspection)"]) {
            Catalogue.DaemonText.outsidePhase($0[0], "county")
        }
        #expect(outside.chinese == "专项整治处于自查自纠阶段，抽签池 county 在此阶段不抽签", "\(outside.chinese)")
        #expect(outside.english.hasPrefix("the campaign is in self-inspection, in which"), "\(outside.english)")
        // Anything else passes as it came.
        #expect(Catalogue.CampaignPhaseNames.name("«from»") == .verbatim("«from»"))
    }

    @Test func thePublicationNamesThePhaseAnEditionEndsInTheSitesLanguage() {
        let edition = Catalogue.Publication.editionPhase("self-inspection")
        #expect(edition.chinese == "于自查自纠阶段结束时发布", "\(edition.chinese)")
        #expect(edition.english == "at the end of the self-inspection phase", "\(edition.english)")
        for identifier in Self.identifiers {
            // One list of names: the edition names each phase as every other message does.
            let name = Catalogue.CampaignPhaseNames.name(identifier)
            #expect(Catalogue.Publication.editionPhase(identifier).chinese.contains(name.chinese))
            #expect(!Catalogue.Publication.editionPhase(identifier).chinese.contains(identifier))
            #expect(Catalogue.Publication.editionPhase(identifier).english.contains(name.english))
        }
    }
}
