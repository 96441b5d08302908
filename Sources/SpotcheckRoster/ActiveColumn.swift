import SpotcheckCore

extension Row {
    /// The optional `active` column: `yes`/`no` (also `true`/`false`, `1`/`0`, `y`/`n`); blank, or
    /// no such column, = active.
    func active(_ errors: inout [InputError]) -> Bool {
        guard has("active") else { return true }
        switch raw("active").lowercased() {
        case "", "yes", "true", "1", "y": return true
        case "no", "false", "0", "n": return false
        default:
            fail(
                "active",
                "\(InputText.quoted(raw("active"))) is not yes or no (no = a retired inspector or a closed department)",
                &errors)
            return true
        }
    }
}

extension RosterWriter {
    /// The `active` cell of a row: `no` when retired or closed, empty (= yes) otherwise.
    static func activeCell(_ active: Bool) -> String {
        active ? "" : "no"
    }

    /// The `active` cell as a row's tail: none when the file has no such column.
    static func activeCells(_ column: Bool, _ active: Bool) -> [String] {
        column ? [activeCell(active)] : []
    }

    /// Whether a department of the roster has an address.
    static func hasAddress(_ roster: Roster) -> Bool {
        roster.departments.contains { !$0.address.isEmpty }
    }

    /// Whether the roster has a closed department or a retired inspector: then the files carry
    /// the `active` column (and departments.csv the `contacts` column before it, unless left out).
    static func hasInactive(_ roster: Roster) -> Bool {
        roster.departments.contains { !$0.active } || roster.inspectors.contains { !$0.active }
    }
}
