public import SpotcheckCore

/// Which handlers may not handle a complaint about a department: the inspectors' rules of
/// recusal that concern a person rather than a round (own department, a former department
/// within the window, a declared conflict still in force), and a department's own contacts
/// (departments.csv `contacts`), who speak for the department. A handler who is not in the
/// roster has no recorded ties and is not excluded.
public enum HandlerConflicts {
    /// The rules that exclude the roster person with `login` from complaints about `department`.
    public static func exclusions(
        login: String, department: String, roster: Roster, today: Day, formerWindowDays: Int
    ) -> [Exclusion] {
        guard !department.isEmpty else { return [] }
        var found: [Exclusion] = []
        // A department's contact is its side: excluded like its own staff.
        if roster.departments.contains(where: { $0.id == department && $0.contacts.contains(login) }) {
            found.append(.ownDepartment)
        }
        for inspector in roster.inspectors where inspector.login == login {
            if inspector.home == department, !found.contains(.ownDepartment) { found.append(.ownDepartment) }
            for post in inspector.former where post.department == department {
                let until = post.left.adding(days: formerWindowDays)
                if today <= until { found.append(.formerDepartment(until: until)) }
            }
            for conflict in roster.conflicts
            where conflict.inspector == inspector.id && conflict.department == department
                && (conflict.until.map { today <= $0 } ?? true)
            {
                found.append(.declaredConflict(reason: conflict.reason))
            }
        }
        return found
    }
}
