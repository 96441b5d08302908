import SpotcheckLedger

// The severity of a finding chooses the office's limit on the department's rectification deadline
// (`[ledger.rectification_working_days]`): the office sets it, never the department. A
// self-inspection finding's severity is the department's proposal until a coordinator confirms it
// with one (the ledger's `severityNotSet`); here, whoever sets it must not be on the department's
// side either.

extension LedgerControl {
    /// Refuses a coordinator on `finding`'s department's side (its contact, its staff, a former
    /// post there, a declared conflict, pending ones counted) who sets the finding's severity.
    func requireOfficeSide(_ actor: Actor, _ finding: Finding, _ moment: Moment) throws {
        guard actor.role == .coordinator,
            let reason = try verifierConflict(login: actor.login, department: finding.department, today: moment.day)
        else { return }
        throw LedgerError.severitySetByDepartmentSide(
            setter: actor.login, department: finding.department, reason: reason)
    }
}
