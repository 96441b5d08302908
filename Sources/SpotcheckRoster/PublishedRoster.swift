public import SpotcheckCore

/// The roster files a draw publishes since snapshot grammar 3 (docs/draw-algorithm.md §1,
/// docs/roster-format.md "Published rosters"): inspectors.csv without logins, conflicts.csv with
/// each reason's salted commitment in a `reason_commitment` column. That column marks the folder
/// as grammar 3 for every reader.
public enum PublishedRoster {
    public static let conflictColumns = ["inspector", "department", "reason_commitment", "until"]
    public static let inspectorColumns = RosterParser.inspectorColumns.filter { $0 != "login" }

    /// Whether a conflicts file is the published form of grammar 3 (its header names
    /// `reason_commitment`).
    static func isCommitted(_ file: RosterFiles.File?) -> Bool {
        guard let file, file.bytes.count <= RosterParser.maxFileBytes else { return false }
        return (try? CSV.parse(file.bytes, file: file.name))?.first?.fields.contains("reason_commitment") == true
    }

    /// The row's commitment, lowercase; a problem when it is not 64 hex digits.
    static func commitment(_ row: Row, _ errors: inout [InputError]) -> String? {
        let value = row.raw("reason_commitment").lowercased()
        guard value.utf8.count == 64, Hex.decode(value) != nil else {
            row.fail("reason_commitment", "'\(value)' is not a SHA-256 in hex (64 digits)", &errors)
            return nil
        }
        return value
    }

    /// The files of a grammar-3 roster (`Roster.published(on:policy:salt:)`), as a draw folder
    /// carries them; parsing them again gives the same snapshot text.
    public static func write(_ roster: Roster) -> RosterWriter.Files {
        var files = RosterWriter.write(roster, contacts: false)
        let withActive = RosterWriter.hasInactive(roster)
        func csv(_ header: [String], _ rows: [[String]]) -> [UInt8] {
            var text = header.joined(separator: ",") + "\n"
            for row in rows { text += row.map(RosterWriter.quote).joined(separator: ",") + "\n" }
            return Array(text.utf8)
        }
        func sorted(_ rows: [[String]]) -> [[String]] {
            rows.sorted { $0.joined(separator: "\t").utf8.lexicographicallyPrecedes($1.joined(separator: "\t").utf8) }
        }
        let inspectors = roster.inspectors.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }.map {
            [
                $0.id, $0.name, $0.home, $0.former.map { "\($0.department)@\($0.left)" }.joined(separator: ";"),
                $0.skills.joined(separator: ";"), $0.canLead ? "yes" : "no",
                $0.unavailable.ranges.map { $0.count == 1 ? $0.lower.description : $0.description }.joined(
                    separator: ";"), String($0.dailyCap),
            ] + RosterWriter.activeCells(withActive, $0.active)
        }
        files.inspectors = csv(inspectorColumns + (withActive ? ["active"] : []), inspectors)
        files.conflicts = csv(
            conflictColumns,
            sorted(roster.conflicts.map { [$0.inspector, $0.department, $0.reasonHash, $0.until?.description ?? ""] }))
        return files
    }
}
