import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore
import Synchronization

/// The roster as it is now, applied to teams drawn from an earlier snapshot
/// (docs/draw-algorithm.md §5, "Roster changes after the draw").
///
/// A draw stays exactly as committed (it is verifiable), but nobody is told of an assignment the
/// current roster forbids: at the reveal, and again on the day when a conflict or absence
/// declaration is approved, every member of the day's teams is checked against the current
/// roster (own and former departments, declared conflicts, absences, pending conflict and
/// absence declarations included, retirement). A forbidden member is replaced by the rule's
/// automatic choice (a published replacement, reason `rosterChangedReason`); when nobody can take
/// the place, the member is withheld: their assignment is removed and the journal warns. The team of a
/// department closed since the draw is withheld as a whole.
extension Engine {
    /// The reason of a replacement the daemon makes because the roster changed after the draw.
    static let rosterChangedReason = "roster changed after the draw"

    /// The roster with every pending conflict declaration added as a conflict, and every pending
    /// absence declaration as unavailable days: a declaration can only make the rules stricter,
    /// so it counts from the moment it is made.
    func withPendingConflicts(_ roster: Roster) throws -> Roster {
        // A department's current contacts as conflicts (PublishedSnapshot.swift).
        var roster = try withCurrentContacts(try withPendingAbsences(roster))  // PendingAbsences.swift
        for declaration in try store.declarations() where declaration.state == .pending && declaration.kind == .conflict
        {
            // Redundant only beside a line that excludes whenever the declared one would: an
            // ended conflict for the same pair excludes nothing today.
            guard let department = declaration.department,
                !roster.conflicts.contains(where: { line in
                    guard line.inspector == declaration.inspector, line.department == department else { return false }
                    guard let until = line.until else { return true }
                    return declaration.to.map { until >= $0 } ?? false
                })
            else { continue }
            roster.conflicts.append(
                Conflict(
                    inspector: declaration.inspector, department: department, reason: declaration.reason,
                    until: declaration.to))
        }
        return roster
    }

    /// Changes whenever the pending declarations do (for cached eligibility answers).
    func pendingConflictsKey() throws -> String {
        try store.declarations().filter { $0.state == .pending }.map { String($0.id) }.joined(separator: ",")
    }

    /// The record's teams without the members withheld from them.
    func withoutWithheld(_ draw: StoredDraw, _ record: DrawRecord) throws -> DrawRecord {
        let withheld = try store.withheld(drawID: draw.id)
        guard !withheld.isEmpty else { return record }
        var record = record
        for index in record.teams.indices {
            let department = record.teams[index].department
            record.teams[index].members.removeAll { member in
                withheld.contains { $0.department == department && $0.inspector == member.inspector }
            }
        }
        return record
    }

    /// Why the current roster forbids `inspector` on the team for `department` on `date`: the
    /// rules of recusal and availability, and the reciprocal ban when `eligibility` holds the
    /// day's round (the day's load and rotation were settled by the draw). Empty when nothing
    /// forbids it.
    static func rosterForbids(_ eligibility: Eligibility, inspector: String, department: String) -> [String] {
        switch eligibility.why(inspector: inspector, department: department) {
        case .eligible: return []
        case .unknownInspector: return ["no longer in the roster"]
        case .unknownDepartment: return ["department no longer in the roster"]
        case .excluded(let reasons):
            return
                reasons.filter {
                    switch $0 {
                    // Reciprocal: with the day's teams and the homes as they are now (a transfer
                    // since the draw can make two teams inspect each other's departments).
                    case .ownDepartment, .formerDepartment, .declaredConflict, .unavailable, .retired, .reciprocal: true
                    case .rotation, .dailyCap: false
                    }
                }
                .map(\.code)
        }
    }

    /// A replacement's newcomer joins a team they hold no seat on, so the daily cap counts every
    /// team of the day's round they are on, those for the same department included (the
    /// exception `Eligibility` makes is for an inspector's own seat only).
    static func capReached(_ person: Inspector, round: [DrawRecord.Team]) -> String? {
        guard person.dailyCap > 0 else { return nil }
        let load = round.filter { team in team.members.contains { $0.inspector == person.id } }.count
        return load >= person.dailyCap ? Exclusion.dailyCap(cap: person.dailyCap).message : nil
    }

    /// Checks a draw's teams against the current roster before its reveal writes any task file.
    func recheckAtReveal(_ draw: StoredDraw, config: DaemonConfig, now: Date) throws {
        try recheck(draw, config: config, now: now, atReveal: true)
    }

    /// Checks the issued teams of the days not yet over again (a declaration was approved). Draws
    /// not yet revealed are checked at their reveal.
    func recheckIssued(config: DaemonConfig, now: Date) throws {
        try serial.withLock { _ in
            for draw in try store.draws()
            where draw.state == .completed && draw.revealedAt != nil && draw.publishedAt == nil {
                guard try store.cancellation(drawID: draw.id) == nil else { continue }
                try recheck(draw, config: config, now: now, atReveal: false)
            }
        }
    }

    func recheck(_ draw: StoredDraw, config: DaemonConfig, now: Date, atReveal: Bool) throws {
        guard let original = try draw.decodedRecord(), let stored = try store.currentRoster() else { return }
        let roster = try withPendingConflicts(try stored.roster())
        var eligibility: Eligibility
        let record = try currentTeams(draw, original)
        // The day's teams as they stand, with the homes of the current roster (DayRecheck.swift).
        func current() throws -> Eligibility {
            try Eligibility(
                roster: roster, policy: draw.policy ?? Policy(), date: draw.date,
                round: try dayRound(draw, roster: roster))
        }
        do {
            eligibility = try current()
        } catch {
            // Never told unchecked (RecheckSafety.swift).
            return try recheckCannotRun(draw, record, because: error, now: now, atReveal: atReveal)
        }
        let departments = Dictionary(
            roster.departments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var withheldAny = false
        for team in record.teams {
            if departments[team.department]?.active != true {
                for member in team.members {
                    try withhold(
                        draw, team.department, member.inspector, because: "department closed after the draw",
                        now: now)
                    withheldAny = true
                }
                continue
            }
            // A verifier or re-checker drawn who found the finding (LedgerDraws.swift) goes like a recused one.
            let foundIt = try foundWhatTheyVerify(drawID: draw.id, department: team.department)
            for member in team.members {
                let codes =
                    Self.rosterForbids(eligibility, inspector: member.inspector, department: team.department)
                    + foundIt(member.inspector)
                guard !codes.isEmpty else { continue }
                defer { eligibility = (try? current()) ?? eligibility }  // the round changed
                do {
                    _ = try replaceHeld(
                        drawID: draw.id, inspector: member.inspector, with: nil,
                        reason: Self.rosterChangedReason, actor: "spotcheckd", now: now, config: config,
                        atReveal: atReveal, department: team.department)
                } catch let error as ReplaceError {
                    if case .unrevealedDraw = error { continue }  // checked again at that draw's reveal
                    try withhold(
                        draw, team.department, member.inspector,
                        because: "\(Self.rosterChangedReason) (\(codes.joined(separator: ", ")))", now: now)
                    withheldAny = true
                }
            }
        }
        if withheldAny, !atReveal {
            let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
            do {
                try writeDay(draw.date, including: nil, revealedAt: nil, config: config, local: local, step: "replace")
            } catch is TaskFileError {}
        }
    }

    func withhold(
        _ draw: StoredDraw, _ department: String, _ inspector: String, because reason: String, now: Date
    )
        throws
    {
        try store.withhold(
            drawID: draw.id, WithheldMember(department: department, inspector: inspector, reason: reason),
            actor: "spotcheckd", at: now)
        events.emit(
            .memberWithheld,
            "pool \(draw.pool) on \(draw.date): \(inspector) withheld from the team for \(department): \(reason); nobody takes the place",
            [
                "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id),
                "DEPARTMENT": department, "INSPECTOR": inspector, "REASON": reason,
            ])
    }
}
