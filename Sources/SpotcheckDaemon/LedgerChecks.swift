import Foundation
import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore

/// The outcomes of the ledger's visits: the lead of a re-check (回头看) or honesty visit, or a
/// coordinator, records whether it passed, failed or was not carried out (`RecordCheck`); every
/// check and its outcome can be listed (`ListChecks`). An outcome is recorded once: audited, a
/// link of the hash chain, and (a re-check's) an entry of its finding's history.
extension LedgerControl {
    func answerCheck(
        _ name: String, _ method: String, _ request: [UInt8], now: Date, moment: Moment
    ) throws
        -> [UInt8]
    {
        if name == "ListChecks" {
            let call = try parameters(LedgerMessages.ListChecksParameters.self, request)
            let kind = try call.kind.map { text in
                guard let kind = LedgerCheckKind(rawValue: text) else {
                    throw Self.invalid("kind", "'\(text)' is not a kind of check; use verification, recheck or honesty")
                }
                return kind
            }
            var checks = try store.ledgerChecks().filter { kind == nil || $0.kind == kind }
            if !(caller.isCoordinator || caller.isAuditor) {
                guard let login = caller.login else { throw refuse(method) }
                // The visits whose team they sit on now (the logins of the draw are long gone
                // for a seat replaced or rebound since).
                checks = try checks.filter { check in
                    guard try seats(of: check).contains(where: { $0.login == login }) else { return false }
                    return try store.draw(id: check.drawID)?.revealedAt != nil
                }
            }
            return reply(LedgerMessages.ChecksReply(checks: try checks.map(shown)))
        }
        let call = try parameters(LedgerMessages.RecordCheckParameters.self, request)
        guard let outcome = LedgerCheckOutcome(rawValue: call.outcome) else {
            throw Self.invalid("outcome", "'\(call.outcome)' is not an outcome; use passed, failed or not-carried-out")
        }
        let note = call.note.trimmingCharacters(in: .whitespacesAndNewlines)
        if outcome != .passed, note.isEmpty {
            throw Self.invalid(
                "note",
                outcome == .failed
                    ? "say what did not hold (it is kept with the outcome)" : "say why the visit was not carried out")
        }
        let visit = try store.ledgerChecks(drawID: call.drawId).filter {
            $0.department == call.department && $0.kind != .verification
        }
        guard let first = visit.first else {
            throw Self.invalid(
                "draw_id",
                "draw \(call.drawId) made no re-check or honesty visit to \(call.department); give the draw id and department of the visit's task file"
            )
        }
        // A cancelled visit is no visit: its team records nothing. It is not drawn again (a
        // re-check or honesty draw publishes the sample its own seed drew, docs/ledger.md); a
        // coordinator records it not carried out, or orders another visit.
        if !caller.isCoordinator, try store.cancellation(drawID: call.drawId) != nil {
            throw Varlink.Failure(
                "io.spotcheck.Ledger.Refused",
                [
                    "code": .string("orderCancelled"),
                    "message": .string(
                        "draw \(call.drawId) was cancelled (spotcheck cancel): its team no longer visits "
                            + "\(call.department); a coordinator records the visit's outcome"),
                ])
        }
        // The lead of the visit's team as it stands now (the seat's inspector under the login the
        // roster gives them now, not the login the draw told), once revealed, or a coordinator.
        var lead: StoredAssignment?
        if !caller.isCoordinator {
            let revealed = try store.draw(id: call.drawId)?.revealedAt != nil
            let seats = try seats(of: first)
            guard let login = caller.login, revealed, seats.contains(where: { $0.login == login }) else {
                events.refused(method, caller)
                throw Varlink.Failure(
                    "io.spotcheck.Ledger.NotYourAssignment",
                    ["draw_id": .int(Int(call.drawId)), "department": .string(call.department)])
            }
            guard seats.first?.login == login else { throw refuse(method) }
            lead = seats.first
            if first.day > moment.day {
                throw Self.invalid("draw_id", "the visit is on \(first.day); record its outcome on or after that day")
            }
        }
        var chosen = visit
        if let text = call.finding {
            let id = try Self.findingID(text)
            chosen = visit.filter { $0.finding == id }
            guard !chosen.isEmpty else {
                throw Self.invalid(
                    "finding", "\(text) is not re-checked by this visit; its task file lists the findings")
            }
        }
        let pending = chosen.filter { $0.outcome == nil }
        // Nobody who found a finding records its re-check — its finder, nor anyone its team had
        // under any login its seats were told through — whatever seat a roster edit or a
        // replacement gave them (LedgerDraws.swift, `Store.teamThatFound`); a coordinator neither.
        for check in pending where check.kind == .recheck {
            guard let id = check.finding, let finding = try store.finding(id) else { continue }
            let team = try store.teamThatFound(finding)
            if team.logins.contains(login) || lead.map({ team.ids.contains($0.inspector) }) == true {
                throw LedgerError.recheckerFoundIt(rechecker: login, finding: id)
            }
        }
        guard !pending.isEmpty else {
            let done = chosen[0]
            throw Varlink.Failure(
                "io.spotcheck.Ledger.Refused",
                [
                    "code": .string("checkOutcomeRecorded"),
                    "message": .string(
                        "\(done.outcomeBy ?? "someone") recorded this visit as \(Self.outcomeWords(done.outcome ?? "")) already; an outcome is final"
                    ),
                ])
        }
        if outcome == .failed, first.kind == .recheck, pending.count > 1 {
            throw Self.invalid(
                "finding", "this visit re-checks \(pending.count) findings; name the one that did not hold")
        }
        let role = caller.isCoordinator ? "coordinator" : "rechecker"
        for check in pending {
            // A failed re-check reopens its finding (a recurrence counted), as its lead or a coordinator.
            if outcome == .failed, check.kind == .recheck, let finding = check.finding {
                let actor = Actor(login: login, role: caller.isCoordinator ? .coordinator : .rechecker)
                _ = try apply(
                    finding.description, .reopen(.failedRecheck(note: note)), method, now, moment, as: actor)
            }
            try store.recordLedgerCheckOutcome(
                key: check.key, outcome: outcome, by: login, role: role, note: note, at: now, day: moment.day)
            events.emit(
                .findingChanged,
                "\(check.kind.rawValue) of \(check.finding?.description ?? check.department) (draw \(check.drawID)) recorded \(outcome.rawValue) by \(login)",
                [
                    "FINDING": check.finding?.description ?? "", "ACTION": "\(check.kind.rawValue).\(outcome.rawValue)",
                    "LOGIN": login, "ROLE": role, "UID": String(caller.uid), "DEPARTMENT": check.department,
                    "DRAW_ID": String(check.drawID), "BEFORE": "drawn", "AFTER": outcome.rawValue,
                ])
        }
        let keys = Set(pending.map(\.key))
        let stored = try store.ledgerChecks(drawID: call.drawId).filter { keys.contains($0.key) }
        return reply(LedgerMessages.ChecksReply(checks: try stored.map(shown)))
    }

    /// The team of `check`'s draw at its department as it stands now (a replacement's newcomer in,
    /// the withheld out), each under the login the roster gives them now; the lead first. Nobody
    /// until the draw is complete, nor when nobody could be drawn.
    func seats(of check: LedgerCheck) throws -> [StoredAssignment] {
        guard !check.logins.isEmpty else { return [] }
        let seats = try store.assignments(drawID: check.drawID).filter { $0.department == check.department }
        return seats.filter { $0.role == "lead" } + seats.filter { $0.role != "lead" }
    }

    /// A check as listed: the lead of its team as it stands now (the verifier, for a verification),
    /// and the outcome recorded — for a verification, the finding's verification of that round
    /// (accepted or rejected, by whom, the note).
    func shown(_ check: LedgerCheck) throws -> LedgerMessages.Check {
        var outcome = (check.outcome, check.outcomeBy, check.note)
        if check.kind == .verification, let id = check.finding, let finding = try store.finding(id),
            let round = check.key.split(separator: "/").last.flatMap({ Int($0) }),
            finding.verifications.indices.contains(round - 1)
        {
            let verification = finding.verifications[round - 1]
            outcome = (
                verification.accepted ? "accepted" : "rejected", verification.verifier, verification.note
            )
        }
        return LedgerMessages.Check(
            kind: check.kind.rawValue, key: check.key, finding: check.finding?.description,
            department: check.department, drawId: check.drawID, day: check.day.description,
            lead: try seats(of: check).first?.login ?? check.logins.first, outcome: outcome.0, by: outcome.1,
            note: outcome.2)
    }
}
