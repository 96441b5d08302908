import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore

extension SelfInspectionControl {
    /// `UnlockForm` (coordinators): a form locked as late is open again until its new due date,
    /// with the reason in the audit trail and the unlocking journaled
    /// (`self-inspection-form-unlocked`).
    func unlock(_ call: SelfInspectionMessages.UnlockParameters, _ caller: Caller) throws -> [UInt8] {
        guard let plan = config.campaign else { throw Varlink.Failure("io.spotcheck.SelfInspection.NotConfigured") }
        guard VisibleText.has(call.reason) else {
            throw Self.refused("reason: say why the form is unlocked (it is kept in the audit trail)")
        }
        // Not once self-inspection is over: a form returned then is no self-report (CampaignGuard.swift).
        try CampaignGuard.requireSelfInspectionOpen(plan, engine: engine)
        let now = Date()
        let today = local.day(of: now)
        var due = today.adding(days: 7)
        if let text = call.due {
            guard let day = Day(iso: text) else { throw Self.refused("due: '\(text)' is not a date YYYY-MM-DD") }
            guard day >= today else {
                throw Self.refused("due: \(text) is before today (\(today)); give a day the department can still meet")
            }
            due = day
        }
        let actor = actor(caller)
        let form: StoredSelfInspectionForm
        do {
            form = try store.unlockSelfInspectionForm(
                campaign: plan.key, department: call.department, due: due, reason: call.reason, actor: actor, at: now)
        } catch SelfInspectionUnlockError.noForm(let department) {
            throw Varlink.Failure("io.spotcheck.SelfInspection.NoForm", ["department": .string(department)])
        } catch let error as SelfInspectionUnlockError {
            throw Self.refused(error.description)
        }
        events.emit(
            .selfInspectionFormUnlocked,
            "self-inspection form of \(call.department) unlocked by \(actor): due \(due) (\(call.reason))",
            [
                "DEPARTMENT": call.department, "DUE": due.description, "ACTOR": actor, "REASON": call.reason,
                "CAMPAIGN": plan.key, "UID": String(caller.uid),
            ])
        return encodedReply(SelfInspectionMessages.UnlockReply(form: message(form)))
    }
}
