import SpotcheckLedger

// The severity of a finding chooses the office's limit on the department's rectification deadline
// (`[ledger.rectification_working_days]`): the office sets it, never the department. A
// self-inspection finding's severity is the department's proposal until a coordinator confirms it
// with one (the ledger's `severityNotSet`); here, whoever sets it must not be on the department's
// side either.

extension LedgerControl {
    /// Refuses a coordinator on `department`'s side (its contact, its staff, a former post there,
    /// a declared conflict, pending ones counted) who sets the severity of one of its findings.
    func requireOfficeSide(_ actor: Actor, department: String, _ moment: Moment) throws {
        guard actor.role == .coordinator,
            let reason = try verifierConflict(login: actor.login, department: department, today: moment.day)
        else { return }
        throw LedgerError.severitySetByDepartmentSide(setter: actor.login, department: department, reason: reason)
    }

    /// Refuses to put in force, by a confirmation that sets no severity, a severity above the
    /// shortest limit's that someone now on the department's side recorded (a finding recorded
    /// before they were, or before recording checked it): it is a proposal the office sets, as a
    /// self-inspection finding's (the ledger's `severityNotSet`).
    func requireSeverityFromOffice(_ finding: Finding, limits: RectificationLimits, _ moment: Moment) throws {
        guard finding.severitySetBy == nil, limits.workingDays(for: finding.severity) > limits.shortest,
            try verifierConflict(login: finding.finder, department: finding.department, today: moment.day) != nil
        else { return }
        throw LedgerError.severityNotSet(
            finding.id, proposed: finding.severity, workingDays: limits.workingDays(for: finding.severity))
    }
}
