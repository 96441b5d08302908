public import SpotcheckCore

extension RosterParser {
    /// The columns whose text reaches the draws' roster snapshots, which the public site serves as
    /// CSV files byte for byte (their hash is committed, so they cannot be escaped afterwards).
    static func snapshotTextColumns(_ files: RosterFiles) -> [(file: RosterFiles.File?, columns: [String])] {
        [(files.departments, ["name", "address"]), (files.inspectors, ["name"]), (files.conflicts, ["reason"])]
    }

    /// Parses roster files given as input (an import, an edit, the CSV folder, check-roster):
    /// `parse`, and also refuses a name, address or reason a spreadsheet would read as a formula
    /// (first character `=`, `+`, `-`, `@`, a tab or a carriage return), so that no roster
    /// snapshot the public site serves can hold one. Stored roster versions are read with
    /// `parse` alone, so a roster stored before this rule still loads.
    public static func parseInput(_ files: RosterFiles) throws(InputErrors) -> Roster {
        var errors: [InputError] = []
        let roster: Roster?
        do {
            roster = try parse(files)
        } catch {
            errors = error.errors
            roster = nil
        }
        errors += formulaCells(files)
        guard errors.isEmpty, let roster else { throw InputErrors(errors) }
        return roster
    }

    /// Every cell of a snapshot text column that starts like a formula, located.
    public static func formulaCells(_ files: RosterFiles) -> [InputError] {
        var errors: [InputError] = []
        for (file, columns) in snapshotTextColumns(files) {
            guard let file, let rows = try? CSV.parse(file.bytes, file: file.name),
                let header = rows.first
            else { continue }
            for column in columns {
                guard let index = header.fields.firstIndex(of: column) else { continue }
                for row in rows.dropFirst() where index < row.fields.count {
                    guard CSVFormula.looksLikeFormula(row.fields[index]) else { continue }
                    errors.append(
                        InputError(
                            file: file.name, line: row.line, column: index + 1, field: column,
                            message:
                                "starts with '\(InputText.escaped(String(row.fields[index].unicodeScalars.first!)))', "
                                + "which a spreadsheet would read as a formula; the public site serves the roster "
                                + "as CSV, so begin the text otherwise"))
                }
            }
        }
        return errors
    }
}
