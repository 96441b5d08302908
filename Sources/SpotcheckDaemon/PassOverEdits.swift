import Foundation
import SpotcheckCore
import SpotcheckStore

/// A rule replacement that passed over someone because of a roster edit made after the draw's
/// reveal is published as the coordinator's choice (docs/draw-algorithm.md §5, "How the newcomer
/// was chosen").
///
/// The rule's order is known from the reveal on (every member's task file holds the record's
/// hash), so a coordinator could otherwise make a hand-pick look like the rule's: add a conflict
/// (or an absence, or remove the inspector) for each inspector the rule ranks before the one
/// wanted, replace, and undo. What the roster said at the reveal, and what an inspector declared
/// themselves, explain a pass-over; anything else about the passed-over inspector or the
/// department that changed since the reveal does not, and the entry is then `coordinator`.
extension Engine {
    static func revealRosterKey(_ drawID: Int64) -> String { "reveal_roster.draw.\(drawID)" }

    /// Remembers the roster version the draw's teams were checked against at its reveal.
    func noteRevealRoster(_ draw: StoredDraw) throws {
        guard let stored = try store.currentRoster() else { return }
        try store.setSetting(Self.revealRosterKey(draw.id), String(stored.id))
    }

    /// Whether any of `passedOver` was passed over for something a roster edit since the draw's
    /// reveal brought in. False for a draw revealed before the reveal's roster was remembered.
    func passedOverByEditSinceReveal(_ draw: StoredDraw, _ passedOver: [String], department: String) throws -> Bool {
        guard !passedOver.isEmpty, let text = try store.setting(Self.revealRosterKey(draw.id)),
            let versionID = Int64(text), let current = try store.currentRoster()
        else { return false }
        guard current.id != versionID, let version = try store.rosterVersion(id: versionID) else { return false }
        let then = try declared(try version.roster())
        let now = try declared(try current.roster())
        guard
            then.departments.first(where: { $0.id == department })?.requiredSkills
                == now.departments.first(where: { $0.id == department })?.requiredSkills
        else { return true }
        for id in passedOver {
            let before = then.inspectors.first { $0.id == id }
            let after = now.inspectors.first { $0.id == id }
            guard let before, let after else {
                if before != nil { return true }  // removed since the reveal
                continue
            }
            guard
                before.home == after.home && before.former == after.former && before.skills == after.skills
                    && before.canLead == after.canLead && before.unavailable == after.unavailable
                    && before.dailyCap == after.dailyCap && before.active == after.active
            else { return true }
            func ties(_ roster: Roster) -> Set<String> {
                Set(
                    roster.conflicts.filter { $0.inspector == id && $0.department == department }.map {
                        $0.until?.description ?? ""
                    })
            }
            guard ties(now).isSubset(of: ties(then)) else { return true }
        }
        return false
    }

    /// `roster` with every declaration not rejected (pending or approved) applied: what an
    /// inspector declared is their own word, whenever a coordinator approved it.
    private func declared(_ roster: Roster) throws -> Roster {
        var roster = roster
        for declaration in try store.declarations() where declaration.state != .rejected {
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
}
