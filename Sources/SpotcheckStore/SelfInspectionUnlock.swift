public import Foundation
import GRDB
import SpotcheckCampaign
public import SpotcheckCore

/// Why a form cannot be unlocked.
public enum SelfInspectionUnlockError: Error, Equatable, CustomStringConvertible {
    case noForm(department: String)
    /// Only a form locked as late is unlocked; one still open or returned is not.
    case notLocked(department: String, state: String)

    public var description: String {
        switch self {
        case .noForm(let department): "department \(department) has no self-inspection form in this campaign"
        case .notLocked(let department, let state):
            "the form of \(department) is \(state), not locked; only a form locked as late is unlocked"
        }
    }
}

extension Store {
    /// Unlocks the form of `department`, locked as late, so that its contacts may return it by
    /// `due`: it is open again (issued), its lock and the lock's journal mark are cleared (a form
    /// still not returned by `due` is locked and journaled again). The audit trail keeps who
    /// unlocked it, when, why, the due date before and after and when it had been locked.
    public func unlockSelfInspectionForm(
        campaign: String, department: String, due: Day, reason: String, actor: String, at date: Date
    ) throws -> StoredSelfInspectionForm {
        try recordedWrite { db in
            guard let form = try Self.selfInspectionForm(db, campaign: campaign, department: department) else {
                throw SelfInspectionUnlockError.noForm(department: department)
            }
            guard form.state == .locked else {
                throw SelfInspectionUnlockError.notLocked(department: department, state: form.state.rawValue)
            }
            try db.execute(
                sql: """
                    UPDATE self_inspection_form SET state = 'issued', due = ?, locked_at = NULL, journaled_at = NULL
                    WHERE id = ? AND state = 'locked'
                    """,
                arguments: [due.description, form.id])
            try Self.audit(
                db, actor: actor, action: "self-inspection.unlocked",
                detail: [
                    "department": department, "campaign": campaign, "reason": reason,
                    "due_before": form.due.description, "due": due.description,
                    "locked_at": form.lockedAt.map { String($0.timeIntervalSince1970) } ?? "",
                ],
                at: date)
            guard let unlocked = try Self.selfInspectionForm(db, campaign: campaign, department: department) else {
                throw SelfInspectionUnlockError.noForm(department: department)
            }
            return unlocked
        }
    }
}
