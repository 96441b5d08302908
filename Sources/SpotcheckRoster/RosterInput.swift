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
        // Texts beyond their limit are refused before any costlier reading (`lengthCells`).
        let long = lengthCells(files)
        guard long.isEmpty else { throw InputErrors(long) }
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
        errors += shownCells(files)
        errors += poolCells(files)
        guard errors.isEmpty, let roster else { throw InputErrors(errors) }
        return roster
    }

    /// The most characters (Unicode scalars) a name holds: a department's or an inspector's.
    public static let maxNameCharacters = 200
    /// The most characters a department's `address` holds.
    public static let maxAddressCharacters = 500
    /// The most characters a conflict's `reason` holds.
    public static let maxReasonCharacters = 1_000
    /// The most bytes any other cell holds (a `;`-separated list included).
    public static let maxCellBytes = 256 << 10

    /// Every cell longer than its limit, located (the text columns count characters, every other
    /// cell bytes). Identifiers and logins have their own, shorter limits (64 and 32 bytes).
    public static func lengthCells(_ files: RosterFiles) -> [InputError] {
        let limits = [
            (files.departments, ["name": maxNameCharacters, "address": maxAddressCharacters]),
            (files.inspectors, ["name": maxNameCharacters]), (files.conflicts, ["reason": maxReasonCharacters]),
            (files.history, [:]),
        ]
        var errors: [InputError] = []
        for (file, columns) in limits {
            guard let file, let rows = try? CSV.parse(file.bytes, file: file.name), let header = rows.first else {
                continue
            }
            for row in rows.dropFirst() {
                for (index, text) in row.fields.enumerated() {
                    let column = index < header.fields.count ? header.fields[index] : nil
                    let message: String
                    if let limit = column.flatMap({ columns[$0] }) {
                        // Cheap first: a text of no more bytes than the limit is within it.
                        guard text.utf8.count > limit, text.unicodeScalars.count > limit else { continue }
                        message =
                            "is \(text.unicodeScalars.count) characters long; it holds at most \(limit) characters, so shorten it"
                    } else {
                        guard text.utf8.count > maxCellBytes else { continue }
                        message =
                            "is \(text.utf8.count) bytes long; a cell holds at most \(maxCellBytes) bytes, so shorten it"
                    }
                    errors.append(
                        InputError(file: file.name, line: row.line, column: index + 1, field: column, message: message))
                    if errors.count >= errorLimit { return errors }
                }
            }
        }
        return errors
    }

    /// Marks that change how text around them is shown, or hide in it, without a glyph of their
    /// own: the bidirectional marks (U+200E, U+200F, U+061C), the zero-width space, joiners and
    /// word joiner (U+200B, U+200C, U+200D, U+2060), the byte-order mark (U+FEFF) inside a text,
    /// the soft hyphen (U+00AD), the Mongolian vowel separator (U+180E), the combining grapheme
    /// joiner (U+034F), the invisible operators (U+2061–U+2064), the Hangul fillers (U+115F,
    /// U+1160, U+3164, U+FFA0), the variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF) and the
    /// tag characters (U+E0000–U+E007F). The one list every input path asks (`isInvisibleMark`).
    static let invisibleMarks: Set<Unicode.Scalar> = [
        "\u{200E}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}",
        "\u{00AD}", "\u{180E}", "\u{034F}", "\u{115F}", "\u{1160}", "\u{3164}", "\u{FFA0}",
    ]
    static let invisibleRanges: [ClosedRange<UInt32>] = [
        0x2061...0x2064, 0xFE00...0xFE0F, 0xE0000...0xE007F, 0xE0100...0xE01EF,
    ]

    /// Blank characters that Unicode does not class as ignorable but that show nothing: the
    /// Braille blank (U+2800), the Khitan filler (U+16FE4) and the musical null notehead (U+1D159).
    static let blankMarks: Set<Unicode.Scalar> = ["\u{2800}", "\u{16FE4}", "\u{1D159}"]

    /// Whether `scalar` is an invisible mark the roster's text columns refuse: the list above,
    /// and every other format character or default-ignorable code point Unicode names (U+206A–206F,
    /// U+180B–180F, U+17B4/5, U+1D173–1D17A, U+1BCA0–1BCA3, U+13430…, U+FFF0–FFF8) and the blanks,
    /// so that the list need not keep up with Unicode. The direction overrides and isolates
    /// (U+202A–202E, U+2066–2069) are left to the free-text rule, which refuses them first.
    public static func isInvisibleMark(_ scalar: Unicode.Scalar) -> Bool {
        if invisibleMarks.contains(scalar) || invisibleRanges.contains(where: { $0.contains(scalar.value) }) {
            return true
        }
        if (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) { return false }
        let properties = scalar.properties
        return properties.isDefaultIgnorableCodePoint || properties.generalCategory == .format
            || blankMarks.contains(scalar)
    }

    /// What the roster's text rules refuse in one text (a name, an address, a reason).
    public enum TextProblem: Equatable, Sendable {
        /// An invisible mark, `scalar`, at character `position` (from 1).
        case invisible(scalar: Unicode.Scalar, position: Int)
        /// A first shown character (`leader`) a spreadsheet reads as a formula.
        case formula(leader: Unicode.Scalar)

        /// The problem in English, as a roster cell's message says it.
        public var message: String {
            switch self {
            case .invisible(let scalar, let position):
                return "holds U+\(RosterParser.hex(scalar)) "
                    + "(an invisible or bidirectional mark) at character \(position); it hides in the "
                    + "text or turns it around on screen, so remove it"
            case .formula(let leader):
                return "starts with '\(InputText.escaped(String(leader)))', "
                    + "which a spreadsheet would read as a formula; the public site serves the roster "
                    + "as CSV, so begin the text otherwise"
            }
        }
    }

    /// The first problem the roster's text rules find in `text` (invisible marks first), or nil.
    /// A formula's leader behind invisible marks, format characters or spaces is a leader still
    /// (`\u{200B}=HYPERLINK(…)`, `\u{3000}=1+1`); a tab or carriage return is a leader itself.
    public static func textProblem(_ text: String) -> TextProblem? {
        let scalars = Array(text.unicodeScalars)
        if let at = scalars.firstIndex(where: isInvisibleMark) {
            return .invisible(scalar: scalars[at], position: at + 1)
        }
        return formulaLeader(text).map { .formula(leader: $0) }
    }

    /// The problems `problem` finds in the cells of `columns` (the snapshot text columns unless
    /// told), each located.
    static func cellProblems(
        _ files: RosterFiles, columns: [(file: RosterFiles.File?, columns: [String])]? = nil,
        _ problem: (String) -> String?
    ) -> [InputError] {
        var errors: [InputError] = []
        for (file, columns) in columns ?? snapshotTextColumns(files) {
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
            guard let problem = textProblem(text), case .invisible = problem else { return nil }
            return problem.message
        }
    }

    /// Every cell of a snapshot text column that shows no text of its own, located: one made
    /// only of blanks (U+3000, U+00A0, … : ASCII spaces alone `parse` already calls empty), one
    /// holding a noncharacter (U+FDD0, U+FFFE, U+10FFFF, …) or a private-use character (U+E000, …),
    /// which no two systems show alike, or one starting with a combining mark (U+0300, U+20DD, …),
    /// which has no character to sit on; and a department name another department already has.
    public static func shownCells(_ files: RosterFiles) -> [InputError] {
        var errors = cellProblems(files) { text in
            let scalars = Array(text.unicodeScalars)
            guard !scalars.isEmpty else { return nil }
            // Invisible marks are refused wherever they stand (`invisibleCells`).
            if scalars.allSatisfy(\.properties.isWhitespace) {
                return
                    "shows nothing on screen (only blank characters such as U+\(hex(scalars[0]))); write it in visible characters"
            }
            if let at = scalars.firstIndex(where: {
                $0.properties.isNoncharacterCodePoint || $0.properties.generalCategory == .privateUse
            }) {
                return
                    "holds U+\(hex(scalars[at])) (a noncharacter or private-use character, which no two systems show alike) at character \(at + 1); write the text in standard characters"
            }
            switch scalars[0].properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                return
                    "starts with the combining mark U+\(hex(scalars[0])), which has no character to sit on; remove it"
            default:
                return nil
            }
        }
        // A department name twice: the draw's pages and task files would not tell them apart.
        guard let rows = try? CSV.parse(files.departments.bytes, file: files.departments.name),
            let header = rows.first, let id = header.fields.firstIndex(of: "id"),
            let name = header.fields.firstIndex(of: "name")
        else { return errors }
        var first: [String: (id: String, line: Int)] = [:]
        for row in rows.dropFirst() where row.fields.count > max(id, name) && !row.fields[name].isEmpty {
            if let earlier = first[row.fields[name]] {
                errors.append(
                    InputError(
                        file: files.departments.name, line: row.line, column: name + 1, field: "name",
                        message:
                            "is also the name of department \(InputText.quoted(earlier.id)) on line \(earlier.line); give each department its own name"
                    ))
            } else {
                first[row.fields[name]] = (row.fields[id], row.line)
            }
        }
        return errors
    }

    /// `scalar`'s code as U+ writes it: at least four hex digits.
    static func hex(_ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - code.count)) + code
    }

    /// Every entry of departments.csv's `pools` column that is an identifier but no pool's name
    /// (PoolName: spotcheckd's configuration refuses it, so the department would never be drawn
    /// there), located; entries that are no identifier at all `parse` reports.
    public static func poolCells(_ files: RosterFiles) -> [InputError] {
        cellProblems(files, columns: [(files.departments, ["pools"])]) { text in
            for item in text.split(separator: ";") {
                let name = CSV.trimmed(String(item))
                guard Roster.isValidIdentifier(name) else { continue }
                if let problem = PoolName.problem(name, quoted: InputText.quoted(name)) { return problem }
            }
            return nil
        }
    }

    /// Every cell of a snapshot text column that starts like a formula, located.
    public static func formulaCells(_ files: RosterFiles) -> [InputError] {
        cellProblems(files) { text in
            guard let leader = formulaLeader(text) else { return nil }
            return TextProblem.formula(leader: leader).message
        }
    }

    /// The formula leader `text` starts with, behind invisible marks, format characters and
    /// spaces, if any (whatever else the text holds).
    public static func formulaLeader(_ text: String) -> Unicode.Scalar? {
        let shown = text.unicodeScalars.drop {
            isInvisibleMark($0) || $0.properties.generalCategory == .format
                || $0.properties.generalCategory == .spaceSeparator
        }
        guard let leader = shown.first, CSVFormula.looksLikeFormula(String(leader)) else { return nil }
        return leader
    }
}
