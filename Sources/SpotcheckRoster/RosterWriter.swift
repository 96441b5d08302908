public import SpotcheckCore

/// Writes a roster as the CSV files `RosterParser` reads, rows sorted for stable output. Parsing
/// the files again gives a roster with the same snapshot hash.
public enum RosterWriter {
    public struct Files: Sendable, Equatable {
        public var departments: [UInt8]
        public var inspectors: [UInt8]
        public var conflicts: [UInt8]
        public var history: [UInt8]

        public init(departments: [UInt8], inspectors: [UInt8], conflicts: [UInt8], history: [UInt8]) {
            self.departments = departments
            self.inspectors = inspectors
            self.conflicts = conflicts
            self.history = history
        }

        /// The files as `RosterFiles`, named inside `folder`.
        public func named(in folder: String) -> RosterFiles {
            RosterFiles(
                departments: .init(name: "\(folder)/departments.csv", bytes: departments),
                inspectors: .init(name: "\(folder)/inspectors.csv", bytes: inspectors),
                conflicts: .init(name: "\(folder)/conflicts.csv", bytes: conflicts),
                history: .init(name: "\(folder)/history.csv", bytes: history))
        }
    }

    /// - Parameter contacts: writes the `contacts` column of departments.csv when a department
    ///   has contacts; `false` leaves it out (published rosters carry no contacts).
    /// - Parameter alike: another roster whose files must have the same columns (a diff).
    public static func write(_ roster: Roster, contacts: Bool = true, alike: Roster? = nil) -> Files {
        let withActive = hasInactive(roster) || alike.map(hasInactive) == true
        let anyAddress = hasAddress(roster) || alike.map(hasAddress) == true
        // Unless published: contacts alone, or contacts, address and active together, so that a
        // row's fields are known by their count (RosterEditMessages).
        let withAddress = anyAddress || (contacts && withActive)
        let withContacts =
            contacts
            && (withAddress || roster.departments.contains { !$0.contacts.isEmpty }
                || alike?.departments.contains { !$0.contacts.isEmpty } == true)
        let withActiveColumn = withActive || (contacts && withAddress)
        func csv(_ header: [String], _ rows: [[String]]) -> [UInt8] {
            var text = header.joined(separator: ",") + "\n"
            for row in rows { text += row.map(quote).joined(separator: ",") + "\n" }
            return Array(text.utf8)
        }
        let departments = roster.departments.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }.map {
            (d: Department) -> [String] in
            var row = [
                d.id, d.name, d.weight.map(String.init) ?? "", d.powers.map(\.rawValue).joined(separator: ";"),
                d.requiredSkills.joined(separator: ";"), d.pools.joined(separator: ";"),
            ]
            if withContacts { row.append(d.contacts.joined(separator: ";")) }
            if withAddress { row.append(d.address) }
            if withActiveColumn { row.append(activeCell(d.active)) }
            return row
        }
        let inspectors = roster.inspectors.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }.map {
            [
                $0.id, $0.name, $0.login, $0.home,
                $0.former.map { "\($0.department)@\($0.left)" }.joined(separator: ";"),
                $0.skills.joined(separator: ";"), $0.canLead ? "yes" : "no",
                $0.unavailable.ranges.map { $0.count == 1 ? $0.lower.description : $0.description }.joined(
                    separator: ";"), String($0.dailyCap),
            ] + activeCells(withActive, $0.active)
        }
        let conflicts = roster.conflicts.map { [$0.inspector, $0.department, $0.reason, $0.until?.description ?? ""] }
            .sorted { $0.joined(separator: "\t").utf8.lexicographicallyPrecedes($1.joined(separator: "\t").utf8) }
        let history = roster.history.map { [$0.date.description, $0.inspector, $0.department] }
            .sorted { $0.joined(separator: "\t").utf8.lexicographicallyPrecedes($1.joined(separator: "\t").utf8) }
        return Files(
            departments: csv(
                RosterParser.departmentColumns + (withContacts ? ["contacts"] : []) + (withAddress ? ["address"] : [])
                    + (withActiveColumn ? ["active"] : []),
                departments),
            inspectors: csv(RosterParser.inspectorColumns + (withActive ? ["active"] : []), inspectors),
            conflicts: csv(RosterParser.conflictColumns, conflicts),
            history: csv(RosterParser.historyColumns, history))
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
