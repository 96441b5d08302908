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
        errors += invisibleCells(files)
        guard errors.isEmpty, let roster else { throw InputErrors(errors) }
        return roster
    }

    /// Marks that change how text around them is shown, or hide in it, without a glyph of their
    /// own: the bidirectional marks (U+200E, U+200F, U+061C), the zero-width space and word joiner
    /// (U+200B, U+2060) and the byte-order mark (U+FEFF) inside a text.
    static let invisibleMarks: Set<Unicode.Scalar> = [
        "\u{200E}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{2060}", "\u{FEFF}",
    ]

    /// The problems `problem` finds in the cells of the snapshot text columns, each located.
    static func cellProblems(_ files: RosterFiles, _ problem: (String) -> String?) -> [InputError] {
        var errors: [InputError] = []
        for (file, columns) in snapshotTextColumns(files) {
            guard let file, let rows = try? CSV.parse(file.bytes, file: file.name),
                let header = rows.first
            else { continue }
            for column in columns {
                guard let index = header.fields.firstIndex(of: column) else { continue }
                for row in rows.dropFirst() where index < row.fields.count {
                    guard let message = problem(row.fields[index]) else { continue }
                    errors.append(
                        InputError(file: file.name, line: row.line, column: index + 1, field: column, message: message))
                }
            }
        }
        return errors
    }

    /// Every cell of a snapshot text column that holds an invisible mark, located with its
    /// character's position (stored rosters are read without this rule, as with formulas).
    public static func invisibleCells(_ files: RosterFiles) -> [InputError] {
        cellProblems(files) { text in
            let scalars = Array(text.unicodeScalars)
            guard let at = scalars.firstIndex(where: invisibleMarks.contains) else { return nil }
            let code = String(scalars[at].value, radix: 16, uppercase: true)
            return "holds U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) "
                + "(an invisible or bidirectional mark) at character \(at + 1); it hides in the "
                + "text or turns it around on screen, so remove it"
        }
    }

    /// Every cell of a snapshot text column that starts like a formula, located.
    public static func formulaCells(_ files: RosterFiles) -> [InputError] {
        cellProblems(files) { text in
            // A leader behind invisible marks is a leader still (`\u{200B}=HYPERLINK(…)`).
            let shown = text.unicodeScalars.drop {
                invisibleMarks.contains($0) || $0.properties.generalCategory == .format
            }
            guard let leader = shown.first, CSVFormula.looksLikeFormula(String(leader)) else { return nil }
            return "starts with '\(InputText.escaped(String(leader)))', "
                + "which a spreadsheet would read as a formula; the public site serves the roster "
                + "as CSV, so begin the text otherwise"
        }
    }
}
