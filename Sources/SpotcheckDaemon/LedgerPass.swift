import Foundation
import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore

extension Engine {
    /// The problem ledger's daily pass, run by every `tick` (cheap: it reads the rectifying and
    /// awaiting findings only, and a level already noted is never noted again): every rectification past its due date
    /// escalates, one level at a time on the configured working days after the due date (催办,
    /// 通报, referral), and each level is journaled exactly once with its own MESSAGE_ID. After
    /// downtime the pass catches up: every level whose day has come is journaled at once. A level
    /// is noted in the store before it is journaled; one noted but not yet journaled (a crash in
    /// between) is journaled first on the next pass.
    func ledgerPass(today: Day, now: Date, config: DaemonConfig) throws {
        // Verifiers, re-checks and the honesty sample (LedgerDraws.swift).
        try ledgerDraws(today: today, now: now, config: config)
        let calendar = config.calendar.workCalendar
        let policy = config.ledger.deadlines
        var findings: [FindingID: Finding] = [:]
        func finding(_ id: FindingID) throws -> Finding? {
            if let known = findings[id] { return known }
            let found = try store.finding(id)
            findings[id] = found
            return found
        }
        // Noted, not yet journaled: a crash came in between.
        for pending in try store.escalations() where pending.journaledAt == nil {
            try journalEscalation(
                pending.mark, dueDay: pending.dueDay, finding: try finding(pending.mark.finding),
                today: today, calendar: calendar, now: now)
        }
        let journaled = try store.journaledEscalations()
        // The clock runs on while the verifier has a submission made after the due date
        // (`Finding.clockRuns`): those escalate too.
        let awaiting = try store.findings(FindingFilter(state: .awaitingVerification))
        for current in try store.findings(FindingFilter(state: .rectifying))
            + awaiting.filter({ $0.clockRuns(calendar: calendar) })
        {
            findings[current.id] = current
            for mark in current.escalationsDue(on: today, calendar: calendar, policy: policy, journaled: journaled) {
                let effective = current.deadline.map { $0.effectiveDue(in: calendar) } ?? mark.due
                let dueDay = calendar.addingWorkingDays(policy.offset(of: mark.level), to: effective) ?? today
                guard try store.noteEscalation(mark, dueDay: dueDay, at: now) else { continue }
                try fault("ledger.noted")
                try journalEscalation(
                    mark, dueDay: dueDay, finding: current, today: today, calendar: calendar, now: now)
            }
        }
        // Submissions made in time that wait too long for their verifier (LedgerVerificationWait.swift).
        try verificationWaitPass(today: today, now: now, config: config, awaiting: awaiting)
    }

    private func journalEscalation(
        _ mark: EscalationMark, dueDay: Day, finding: Finding?, today: Day, calendar: WorkCalendar, now: Date
    ) throws {
        let event: Event =
            switch mark.level {
            case .reminder: .escalationReminder
            case .notice: .escalationNotice
            case .referral: .escalationReferral
            }
        let department = finding?.department ?? ""
        let effective = calendar.workingDay(onOrAfter: mark.due) ?? mark.due
        let overdue = calendar.workingDays(after: effective, through: today)
        events.emit(
            event,
            "\(mark.level.label) (\(mark.level.rawValue)): finding \(mark.finding) of \(department) was due on \(mark.due) and is not rectified, \(overdue) working day(s) later",
            [
                "FINDING": mark.finding.description, "LEVEL": mark.level.rawValue, "DEPARTMENT": department,
                "DUE": mark.due.description, "DAY": dueDay.description, "OVERDUE_DAYS": String(overdue),
            ])
        try store.setEscalationJournaled(mark, at: now)
    }
}
