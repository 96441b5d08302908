import Foundation
import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore

extension Engine {
    /// The verifier's clock: a rectification submitted in time stops the deadline's clock
    /// (`Finding.clockRuns`), so a verifier draw that stays unstaffed or a verifier who does
    /// nothing would leave it waiting unseen. Once such a submission has waited
    /// `verification_working_days` working days, the pass notes it and journals
    /// `verification-waiting` (a warning, once per submission; a note not yet journaled, after
    /// a crash in between, is journaled on the next pass) for a coordinator to see to it.
    func verificationWaitPass(today: Day, now: Date, config: DaemonConfig, awaiting: [Finding]) throws {
        let calendar = config.calendar.workCalendar
        let byID = Dictionary(awaiting.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for pending in try store.verificationWaits() where pending.journaledAt == nil {
            let department = try byID[pending.finding]?.department ?? store.finding(pending.finding)?.department
            journalVerificationWait(
                pending.finding, department: department ?? "", submitted: pending.submittedDay,
                dueDay: pending.dueDay)
            try store.setVerificationWaitJournaled(pending.finding, submitted: pending.submitted, at: now)
        }
        for finding in awaiting {
            guard let since = finding.waitingForVerifierSince(calendar: calendar),
                let dueDay = calendar.addingWorkingDays(config.ledger.verificationWorkingDays, to: since.day),
                dueDay <= today,
                try store.noteVerificationWait(finding.id, submitted: since, dueDay: dueDay, at: now)
            else { continue }
            journalVerificationWait(finding.id, department: finding.department, submitted: since.day, dueDay: dueDay)
            try store.setVerificationWaitJournaled(finding.id, submitted: since.unixSeconds, at: now)
        }
    }

    private func journalVerificationWait(_ finding: FindingID, department: String, submitted: Day, dueDay: Day) {
        events.emit(
            .verificationWaiting,
            "finding \(finding) of \(department), submitted for verification in time on \(submitted), has waited for its verifier until \(dueDay) (verification_working_days); a coordinator should see to the verifier (spotcheck replace)",
            [
                "FINDING": finding.description, "DEPARTMENT": department, "SUBMITTED": submitted.description,
                "DAY": dueDay.description,
            ])
    }
}
