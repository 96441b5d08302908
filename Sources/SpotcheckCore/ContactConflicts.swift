// A department's contacts (the problem ledger's people on the department's side) are recused
// from inspecting it like its own staff (docs/draw-algorithm.md §2). The roster names contacts by
// login, and neither logins nor contacts are in the snapshot a draw commits to: the rule enters
// the snapshot as a conflict line of its own for each inspector who is a contact of a department
// other than their home, so that a verifier recomputes the exclusion from the published conflicts
// alone, and a snapshot changes only where a contact is also an inspector.
extension Roster {
    /// The reason of the conflict a department's contact has with the department.
    public static let contactConflictReason = "contact of the department"

    /// A conflict for good for each active inspector whose login is among the contacts of an
    /// active department other than their home, in the roster's order of departments and
    /// contacts; those already in `conflicts` are left out.
    public var contactConflicts: [Conflict] {
        guard departments.contains(where: { !$0.contacts.isEmpty }) else { return [] }
        var byLogin: [String: [Inspector]] = [:]
        for inspector in inspectors where inspector.active && !inspector.login.isEmpty {
            byLogin[inspector.login, default: []].append(inspector)
        }
        var found: [Conflict] = []
        for department in departments where department.active {
            for login in department.contacts {
                for inspector in byLogin[login] ?? [] where inspector.home != department.id {
                    let conflict = Conflict(
                        inspector: inspector.id, department: department.id, reason: Self.contactConflictReason)
                    if !found.contains(conflict), !conflicts.contains(conflict) { found.append(conflict) }
                }
            }
        }
        return found
    }

    /// The roster with `contactConflicts` added after its conflicts.
    public func withContactConflicts() -> Roster {
        let added = contactConflicts
        guard !added.isEmpty else { return self }
        var out = self
        out.conflicts += added
        return out
    }
}
