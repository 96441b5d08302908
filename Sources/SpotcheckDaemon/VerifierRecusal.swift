import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckStore

extension LedgerControl {
    /// The first rule of recusal that keeps `login` from verifying a rectification of
    /// `department` now, worded as the draw words it (`Exclusion.message`), or `nil`. The rules
    /// the verifier draw applied, against the roster as it is today (its contacts as stored): the
    /// department is their home or they are its contact, they left it within
    /// `verifier_former_days`, or a conflict with it is declared (in the roster, or waiting for a
    /// coordinator: a declaration counts from the moment it is made, as in the draws). A conflict that arose after the verifier
    /// draw keeps the verifier from closing the finding; a coordinator replaces them.
    func verifierConflict(login: String, department: String, today: Day) throws -> String? {
        guard let stored = try store.currentRoster() else { return nil }
        // Contacts as the store keeps them, as the complaints' recusal reads them: a contact added
        // by an import is not in the stored version's departments.csv.
        var roster = try EffectiveRoster.withStoredContacts(try stored.roster(), store)
        for declaration in try store.declarations()
        where declaration.state == .pending && declaration.kind == .conflict && declaration.department == department {
            roster.conflicts.append(
                Conflict(
                    inspector: declaration.inspector, department: department, reason: declaration.reason,
                    until: declaration.to))
        }
        return HandlerConflicts.exclusions(
            login: login, department: department, roster: roster, today: today,
            formerWindowDays: config.ledger.draws.verifierFormerDays
        ).first?.message
    }
}
