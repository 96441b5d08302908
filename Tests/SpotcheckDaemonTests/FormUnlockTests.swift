import Foundation
import SpotcheckCampaign
import SpotcheckLedger
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// A form locked as late is unlocked by a coordinator only, with a reason that the audit trail
/// and the journal keep; it may then be returned (with the severity the department gives each
/// problem), and if it is not returned by its new due date it is locked and journaled again.
@Suite struct FormUnlockTests {
    typealias Service = SelfInspectionServiceTests

    static func unlock(
        _ control: DaemonControl, _ department: String, reason: String, due: String? = nil,
        as caller: Caller = SecrecyTests.coordinator
    ) -> [String: Any] {
        Service.call(
            control, "UnlockForm",
            SelfInspectionMessages.UnlockParameters(department: department, reason: reason, due: due), as: caller)
    }

    @Test func aCoordinatorUnlocksALateFormWithAReasonAndTheContactReturnsItWithSeverities() throws {
        let harness = try Service.harness()
        try Service.issue(harness, due: "2026-12-04", today: "2026-11-30")
        try harness.tick("2026-12-07", "09:00")
        let control = SecrecyTests.control(harness)
        let key = harness.config.campaign!.key
        #expect(try harness.store.selfInspectionForm(campaign: key, department: "d-shuiwu")?.state == .locked)

        // Only a coordinator, only with a reason, only to a day not yet past, only a locked form.
        let byContact = Self.unlock(control, "d-shuiwu", reason: "联系人病假", as: Service.lili)
        #expect(byContact["error"] as? String == "io.spotcheck.PermissionDenied", "\(byContact)")
        let noReason = Self.unlock(control, "d-shuiwu", reason: " \u{200B} ")
        #expect(noReason["error"] as? String == "io.spotcheck.SelfInspection.Refused", "\(noReason)")
        let past = Self.unlock(control, "d-shuiwu", reason: "联系人病假", due: "2020-01-01")
        #expect(past["error"] as? String == "io.spotcheck.SelfInspection.Refused", "\(past)")
        let nobody = Self.unlock(control, "d-nosuch", reason: "联系人病假")
        #expect(nobody["error"] as? String == "io.spotcheck.SelfInspection.NoForm", "\(nobody)")
        #expect(try harness.store.selfInspectionForm(campaign: key, department: "d-shuiwu")?.state == .locked)

        let unlocked = Self.unlock(control, "d-shuiwu", reason: "联系人病假，经批准延期", due: "2099-01-10")
        let form = Service.parameters(unlocked)["form"] as? [String: Any]
        #expect(form?["state"] as? String == "issued" && form?["due"] as? String == "2099-01-10", "\(unlocked)")
        let again = Self.unlock(control, "d-shuiwu", reason: "再次解锁", due: "2099-01-10")
        #expect(again["error"] as? String == "io.spotcheck.SelfInspection.Refused", "not locked any more: \(again)")

        // Journaled and audited, with who and why.
        let event = try #require(harness.events(.selfInspectionFormUnlocked).first)
        #expect(event.fields["DEPARTMENT"] == "d-shuiwu" && event.fields["REASON"] == "联系人病假，经批准延期")
        #expect(event.fields["DUE"] == "2099-01-10" && event.fields["ACTOR"]?.contains("coordinator") == true)
        let audit = try #require(try harness.store.auditTrail().first { $0.action == "self-inspection.unlocked" })
        #expect(audit.actor.contains("coordinator") && audit.detail.contains("联系人病假，经批准延期"), "\(audit)")
        #expect(audit.detail.contains("2026-12-04"), "the due date before: \(audit.detail)")

        // Returned, with the severity the department gives: the finding carries it.
        var text = Service.filled(
            "d-shuiwu", ["P01": ("是", "窗口长期无人值守", "建立考勤制度"), "P02": ("否", "", ""), "P03": ("否", "", "")])
        text = text.replacingOccurrences(of: "建立考勤制度", with: "建立考勤制度,较重")
        let returned = Service.call(
            control, "SubmitForm",
            SelfInspectionMessages.SubmitParameters(department: "d-shuiwu", file: "自查.csv", text: text),
            as: Service.lili)
        #expect((Service.parameters(returned)["findings"] as? [String])?.count == 1, "\(returned)")
        #expect(try harness.store.findings().first?.severity == .serious)
    }

    @Test func anUnlockedFormNotReturnedByItsNewDueDateIsLockedAndJournaledAgain() throws {
        let harness = try Service.harness()
        try Service.issue(harness, due: "2026-12-04", today: "2026-11-30")
        try harness.tick("2026-12-07", "09:00")
        let lateBefore = harness.events(.selfInspectionFormLate).filter { $0.fields["DEPARTMENT"] == "d-fagai" }.count
        #expect(lateBefore == 1)
        // Unlocked on 2026-12-07 (the store's call, as the service makes it on that day).
        _ = try harness.store.unlockSelfInspectionForm(
            campaign: harness.config.campaign!.key, department: "d-fagai", due: Day(iso: "2026-12-10")!,
            reason: "系统故障未能按时交回", actor: "uid 60002 (coordinator)", at: harness.at("2026-12-07", "10:00"))
        try harness.tick("2026-12-10", "17:00")
        #expect(harness.events(.selfInspectionFormLate).filter { $0.fields["DEPARTMENT"] == "d-fagai" }.count == 1)
        try harness.tick("2026-12-11", "09:00")
        let late = harness.events(.selfInspectionFormLate).filter { $0.fields["DEPARTMENT"] == "d-fagai" }
        #expect(late.count == 2 && late.last?.fields["DUE"] == "2026-12-10", "\(late.map(\.fields))")
        #expect(
            try harness.store.selfInspectionForm(campaign: harness.config.campaign!.key, department: "d-fagai")?.state
                == .locked)
    }
}
