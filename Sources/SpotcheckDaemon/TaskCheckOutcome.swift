import Foundation
import Logging
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore
import Synchronization

/// A ledger visit's recorded outcome in its task file (`check.outcome`, docs/task-file.md): once
/// the lead or a coordinator records a re-check or honesty visit (`RecordCheck`), the day's task
/// files are written again, so that `spotcheck today` and the file say how the visit ended.
enum TaskCheckOutcome {
    /// The task file's `check` of one visit (the checks of one draw at one department).
    /// - A visit failed as soon as one of its checks failed (a re-check of several findings
    ///   fails finding by finding).
    /// - Otherwise it has an outcome once every check has one: `not-carried-out` when any was
    ///   not carried out, else `passed`.
    static func check(_ kind: String, _ checks: [LedgerCheck]) -> TaskFile.Check {
        var check = TaskFile.Check(kind: kind, findings: checks.compactMap { $0.finding?.description })
        func note(_ of: LedgerCheck?) -> String? {
            of?.note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        }
        let failed = LedgerCheckOutcome.failed.rawValue
        let notCarriedOut = LedgerCheckOutcome.notCarriedOut.rawValue
        if let first = checks.first(where: { $0.outcome == failed }) {
            check.outcome = failed
            check.outcomeNote = note(first)
        } else if !checks.isEmpty, checks.allSatisfy({ $0.outcome != nil }) {
            let missed = checks.first { $0.outcome == notCarriedOut }
            check.outcome = missed == nil ? LedgerCheckOutcome.passed.rawValue : notCarriedOut
            check.outcomeNote = note(missed ?? checks.first { note($0) != nil })
        }
        return check
    }
}

extension Engine {
    /// After `RecordCheck`: writes the visit day's task files again (no notice is sent). A day
    /// that cannot be written now is repaired by the periodic check.
    func rewriteAfterVisitOutcome(_ request: [UInt8], config: DaemonConfig) {
        guard let parameters = try? callParameters(LedgerMessages.RecordCheckParameters.self, request) else { return }
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        serial.withLock { _ in
            guard let draw = try? store.draw(id: parameters.drawId), draw.revealedAt != nil else { return }
            do {
                try writeDay(draw.date, including: nil, revealedAt: nil, config: config, local: local, step: "outcome")
            } catch {
                logger.warning("the task files of \(draw.date) could not be written after a visit's outcome: \(error)")
            }
        }
    }
}
