import Foundation
import SpotcheckCore
import SpotcheckStore

/// A rule replacement whose choice the roster and the day as they were at the draw's reveal would
/// not give is published as the coordinator's choice (docs/draw-algorithm.md §5, "How the
/// newcomer was chosen").
///
/// The rule's order is known from the reveal on (every member's task file holds the record's
/// hash), so a coordinator could otherwise make a hand-pick look like the rule's: change whatever
/// the day's checks read (a candidate's row, another member's home or skills, the history, a
/// login, the other teams) so that the rule passes over the inspectors it ranks before the one
/// wanted, replace, and undo. Rather than compare a list of fields, the rule is run again, with
/// the same checks (ReplacementSeatCheck.swift), on the roster version remembered at the reveal,
/// plus what may change honestly since: the declarations each inspector made through the login
/// the roster gave them at the reveal, and the day's teams as changed by the rule's and the
/// daemon's replacements (a coordinator's hand-pick made since the reveal is left out). The
/// entry is the rule's only when that gives the same newcomer.
extension Engine {
    static func revealRosterKey(_ drawID: Int64) -> String { "reveal_roster.draw.\(drawID)" }

    /// The actor of the daemon's own changes (its re-checks).
    static let daemonActor = "spotcheckd"

    /// Remembers the roster version the draw's teams were checked against at its reveal.
    func noteRevealRoster(_ draw: StoredDraw) throws {
        guard let stored = try store.currentRoster() else { return }
        try store.setSetting(Self.revealRosterKey(draw.id), String(stored.id))
    }

    /// Whether the rule, run on the roster and the day as they were at the draw's reveal (with
    /// the honest changes since), would choose someone other than `chosen` for `leaving`'s seat.
    /// False for a draw revealed before the reveal's roster was remembered.
    func steeredSinceReveal(
        _ draw: StoredDraw, _ original: DrawRecord, team: DrawRecord.Team, leaving: DrawRecord.Member,
        chosen: String, reason: String, committed: Roster, policy: Policy
    ) throws -> Bool {
        guard let text = try store.setting(Self.revealRosterKey(draw.id)), let versionID = Int64(text) else {
            return false
        }
        guard let version = try store.rosterVersion(id: versionID) else { return true }
        var roster = try withOwnDeclarations(try version.roster(), revealedAt: draw.revealedAt)
        roster.history += try pastInspections(before: draw.date).map(Self.history)
        let (day, seats) = try dayAsTheRuleSaw(draw)
        let seat = seats[[String(draw.id), team.department, leaving.inspector]] ?? leaving.inspector
        // The draw's own replacements as the rule may count them, in its committed context too.
        let counted = day.replacements(of: String(draw.id))
        let check: SeatCheck
        do {
            check = try seatCheck(
                draw, original, team: team, leaving: leaving, seat: seat, roster: roster, day: day, reason: reason,
                committed: committed, earlier: counted, policy: policy)
        } catch {
            // The department not in the roster at the reveal, or that roster cannot be checked:
            // nothing explains the choice.
            return true
        }
        let atReveal = try? ruleChoice(
            draw, original, counted, team.department, seat, reason, committed, policy, today: check.problems)
        return atReveal?.id != chosen
    }

    /// `roster` with the pending or approved declarations (not rejected or withdrawn) applied made
    /// before the reveal, or since through the login `roster` gives the inspector: what an
    /// inspector declared is their own word, whenever a coordinator approved it. A declaration
    /// made through a login changed since the reveal is not.
    func withOwnDeclarations(_ roster: Roster, revealedAt: Date?) throws -> Roster {
        var roster = roster
        let logins = Dictionary(roster.inspectors.map { ($0.id, $0.login) }, uniquingKeysWith: { first, _ in first })
        for declaration in try store.declarations()
        where declaration.state == .pending || declaration.state == .approved {
            let before = revealedAt.map { declaration.declaredAt < $0 } ?? false
            guard before || logins[declaration.inspector] == declaration.login else { continue }
            switch declaration.kind {
            case .conflict:
                guard let department = declaration.department,
                    !roster.conflicts.contains(where: {
                        $0.inspector == declaration.inspector && $0.department == department
                            && $0.until == declaration.to
                    })
                else { continue }
                roster.conflicts.append(
                    Conflict(
                        inspector: declaration.inspector, department: department, reason: declaration.reason,
                        until: declaration.to))
            case .absence:
                guard let from = declaration.from, let to = declaration.to, let range = DayRange(from, to),
                    let index = roster.inspectors.firstIndex(where: { $0.id == declaration.inspector })
                else { continue }
                roster.inspectors[index].unavailable.insert(range)
            }
        }
        return roster
    }

    /// The day so far as the rule may count it for `draw`: every replacement of the day, except a
    /// coordinator's hand-pick made since `draw`'s reveal. A seat such a hand-pick filled stays
    /// with the one who held it; `seats` maps `[draw, department, inspector]` of an inspector on
    /// a team now to the one who holds that seat in the returned day.
    func dayAsTheRuleSaw(_ draw: StoredDraw) throws -> (DaySoFar, seats: [[String]: String]) {
        var result = DaySoFar(date: draw.date)
        var seats: [[String]: String] = [:]
        for other in try store.draws(on: draw.date) where other.state == .completed {
            guard let record = try other.decodedRecord() else { continue }
            try result.issue(draw: String(other.id), record: record)
            let stored = try store.replacements(drawID: other.id)
            let chained = try chainedReplacements(other)
            for (replacement, entry) in zip(stored, chained) {
                let key = { (id: String) in [String(other.id), replacement.department, id] }
                let holder = seats[key(replacement.oldInspector)] ?? replacement.oldInspector
                seats[key(replacement.oldInspector)] = nil
                let handPicked =
                    entry.chosenBy == ReplacementChoice.coordinator.rawValue && replacement.actor != Self.daemonActor
                if handPicked, let revealedAt = draw.revealedAt, replacement.at >= revealedAt {
                    seats[key(replacement.newInspector)] = holder
                    continue
                }
                var applied = Self.entry(replacement)
                applied.outgoing = holder
                // A hand-pick left out can leave a later entry without its shape (the holder back
                // on the team); the day then keeps the holder.
                do { try result.apply(applied) } catch { seats[key(replacement.newInspector)] = holder }
            }
        }
        return (result, seats)
    }
}
