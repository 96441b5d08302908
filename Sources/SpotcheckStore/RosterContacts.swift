import GRDB

extension Store {
    /// Every department's contact logins as stored now, sorted. Contacts are kept apart from
    /// the roster versions (they are not part of the snapshot), so this is what a roster export
    /// and the roster's version must show.
    public func currentContacts() throws -> [String: [String]] {
        try database.read { db in
            var contacts: [String: [String]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT department, login FROM department_contact ORDER BY department, login")
            {
                contacts[row["department"] as String, default: []].append(row["login"] as String)
            }
            return contacts
        }
    }
}
