import GRDB

extension Store {
    /// Every department's contact logins as the store keeps them now (sorted), by department id.
    /// A change of contacts alone leaves a roster's canonical text, and so its stored version,
    /// as it was: these are the contacts of the current roster.
    public func departmentContacts() throws -> [String: [String]] {
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
