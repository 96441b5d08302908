public import SpotcheckCore

/// The bytes of the four roster files. History and conflicts may be absent (empty).
public struct RosterFiles: Sendable {
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    public var departments: File
    public var inspectors: File
    public var conflicts: File?
    public var history: File?

    public init(departments: File, inspectors: File, conflicts: File? = nil, history: File? = nil) {
        self.departments = departments
        self.inspectors = inspectors
        self.conflicts = conflicts
        self.history = history
    }
}

/// Turns roster CSV files into a `Roster`, or refuses them whole with every problem located by
/// file, line, column and field (`docs/roster-format.md` documents the columns).
public enum RosterParser {
    public static let departmentColumns = ["id", "name", "weight", "powers", "required_skills", "pools"]
    /// Columns departments.csv may have besides `departmentColumns`.
    public static let optionalDepartmentColumns = ["contacts", "address", "active"]
    public static let inspectorColumns = [
        "id", "name", "login", "home", "former", "skills", "can_lead", "unavailable", "daily_cap",
    ]
    public static let conflictColumns = ["inspector", "department", "reason", "until"]
    /// The columns of a published conflicts.csv: the reason's SHA-256 instead of the reason.
    public static let publishedConflictColumns = ["inspector", "department", "reason_sha256", "until"]
    public static let historyColumns = ["date", "inspector", "department"]
    /// Columns inspectors.csv may have besides `inspectorColumns`.
    public static let optionalInspectorColumns = ["active"]

    /// The most errors reported at once; beyond that the rest are counted.
    static let errorLimit = 50
    /// The most errors collected before the rest are only counted, so that a hostile file costs
    /// little memory.
    static let collectLimit = 10_000
    /// The largest roster file accepted, in bytes (64 MiB). A roster sent to spotcheckd is
    /// smaller still: its import call carries every file and may be 16 MiB (`MessageLimits`), which
    /// `spotcheck import` checks before sending (RosterImportSize.swift).
    public static let maxFileBytes = 64 << 20
    /// The most items in one `;`-separated field.
    public static let maxListItems = 10_000
    /// The most distinct required skills across all departments: the draw keeps each team's
    /// skills in a 64-bit mask.
    public static let maxRequiredSkills = 64
    /// The most days one `unavailable` range spans: ten years (with their leap days) and a day.
    public static let maxRangeDays = 3661

    public static func parse(_ files: RosterFiles) throws(InputErrors) -> Roster {
        // Files without a problem are read straight from their bytes (ValidRoster.swift); any
        // problem sends them through the reference reading, which locates every one.
        if let roster = ValidRoster.read(files) { return roster }
        return try parseReference(files)
    }

    /// The reference reading: every field as a `String`, every problem collected and located.
    static func parseReference(_ files: RosterFiles) throws(InputErrors) -> Roster {
        var errors: [InputError] = []
        var departments: [Department] = []
        var inspectors: [Inspector] = []
        var conflicts: [Conflict] = []
        var history: [PastAssignment] = []
        var departmentLines: [String: Int] = [:]
        var inspectorLines: [String: Int] = [:]
        var requiredSkills = Set<String>()

        // Departments.
        for row in table(files.departments, departmentColumns, &errors, optional: optionalDepartmentColumns) {
            guard let id = row.identifier("id", &errors) else { continue }
            if let first = departmentLines[id] {
                row.fail("id", "department \(InputText.quoted(id)) is already defined on line \(first)", &errors)
                continue
            }
            departmentLines[id] = row.line
            let name = row.text("name", required: true, &errors)
            let weight = row.optionalInteger("weight", range: 0...1_000_000, &errors)
            var powers: [Power] = []
            for item in row.list("powers", &errors) {
                if let power = Power(rawValue: item) {
                    if !powers.contains(power) { powers.append(power) }
                } else {
                    row.fail(
                        "powers",
                        "unknown power \(InputText.quoted(item)); use approval, enforcement or fund-allocation, separated by ';'",
                        &errors)
                }
            }
            let skills = row.identifiers("required_skills", &errors)
            for skill in skills where requiredSkills.count <= maxRequiredSkills {
                guard requiredSkills.insert(skill).inserted, requiredSkills.count > maxRequiredSkills else { continue }
                row.fail(
                    "required_skills",
                    "\(InputText.quoted(skill)) is the \(maxRequiredSkills + 1)th distinct required skill; a draw "
                        + "supports at most \(maxRequiredSkills) across all departments; merge or drop skills",
                    &errors)
            }
            let pools = row.identifiers("pools", &errors)
            let contacts = row.has("contacts") ? logins(row, "contacts", &errors) : []
            departments.append(
                Department(
                    id: id, name: name, weight: weight, powers: powers.sorted(), requiredSkills: skills, pools: pools,
                    contacts: contacts, active: row.active(&errors),
                    address: row.has("address") ? row.text("address", required: false, &errors) : ""))
        }

        // Inspectors (references to departments are checked below, when all are known).
        var references: [(row: Row, column: String, id: String)] = []
        // A snapshot published since grammar 3 carries no logins (PublishedRoster.swift).
        let committed = PublishedRoster.isCommitted(files.conflicts)
        let inspectorTable =
            committed
            ? table(
                files.inspectors, inspectorColumns.filter { $0 != "login" }, &errors,
                optional: optionalInspectorColumns + ["login"])
            : table(files.inspectors, inspectorColumns, &errors, optional: optionalInspectorColumns)
        for row in inspectorTable {
            guard let id = row.identifier("id", &errors) else { continue }
            if let first = inspectorLines[id] {
                row.fail("id", "inspector \(InputText.quoted(id)) is already defined on line \(first)", &errors)
                continue
            }
            inspectorLines[id] = row.line
            let name = row.text("name", required: true, &errors)
            let login = !committed || row.has("login") ? row.text("login", required: true, &errors) : ""
            if !login.isEmpty, !isLogin(login) {
                row.fail("login", "\(InputText.quoted(login)) is not a valid Unix login name", &errors)
            }
            let home = row.identifier("home", &errors) ?? ""
            if !home.isEmpty { references.append((row, "home", home)) }
            var former: [FormerPost] = []
            for item in row.list("former", &errors) {
                let parts = item.split(separator: "@", omittingEmptySubsequences: false)
                guard parts.count == 2, Roster.isValidIdentifier(String(parts[0])), let day = Day(iso: parts[1]) else {
                    row.fail(
                        "former", "\(InputText.quoted(item)) is not DEPARTMENT@YYYY-MM-DD (the day they left)", &errors)
                    continue
                }
                former.append(FormerPost(department: String(parts[0]), left: day))
                references.append((row, "former", String(parts[0])))
            }
            let skills = row.identifiers("skills", &errors)
            let canLead = row.boolean("can_lead", &errors)
            // Kept as ranges: a ten-year absence costs as little as one day.
            var unavailable: [DayRange] = []
            for item in row.list("unavailable", &errors) {
                if item.contains("..") {
                    guard let range = DayRange(parsing: item), range.count <= maxRangeDays else {
                        row.fail(
                            "unavailable",
                            "\(InputText.quoted(item)) is not a range YYYY-MM-DD..YYYY-MM-DD (at most ten years)",
                            &errors)
                        continue
                    }
                    unavailable.append(range)
                } else if let day = Day(iso: item) {
                    unavailable.append(DayRange(day: day))
                } else {
                    row.fail("unavailable", "\(InputText.quoted(item)) is not a date YYYY-MM-DD or a range", &errors)
                }
            }
            let cap = row.optionalInteger("daily_cap", range: 1...100, &errors) ?? 1
            inspectors.append(
                Inspector(
                    id: id, name: name, login: login, home: home, former: former, skills: skills, canLead: canLead,
                    unavailable: DaySet(ranges: unavailable), dailyCap: cap, active: row.active(&errors)))
        }

        // Conflicts.
        if let file = files.conflicts {
            // A published roster carries the reason's SHA-256 instead of the reason.
            let hashed = (try? CSV.parse(file.bytes, file: file.name))?.first?.fields.contains("reason_sha256") == true
            let columns =
                committed ? PublishedRoster.conflictColumns : hashed ? publishedConflictColumns : conflictColumns
            for row in table(file, columns, &errors) {
                let inspector = row.identifier("inspector", &errors)
                let department = row.identifier("department", &errors)
                var reason = ""
                var reasonSHA256: String?
                if committed {
                    reasonSHA256 = PublishedRoster.commitment(row, &errors)
                } else if hashed {
                    let hash = row.raw("reason_sha256").lowercased()
                    if hash.utf8.count == 64, Hex.decode(hash) != nil {
                        reasonSHA256 = hash
                    } else {
                        row.fail("reason_sha256", "'\(hash)' is not a SHA-256 in hex (64 digits)", &errors)
                    }
                } else {
                    reason = row.text("reason", required: true, &errors)
                }
                let until = row.optionalDate("until", &errors)
                if let inspector, inspectorLines[inspector] == nil {
                    row.fail("inspector", "unknown inspector \(InputText.quoted(inspector))", &errors)
                }
                if let department, departmentLines[department] == nil {
                    row.fail("department", "unknown department \(InputText.quoted(department))", &errors)
                }
                if let inspector, let department {
                    conflicts.append(
                        Conflict(
                            inspector: inspector, department: department, reason: reason, until: until,
                            reasonSHA256: reasonSHA256))
                }
            }
        }

        // History.
        if let file = files.history {
            for row in table(file, historyColumns, &errors) {
                let date = row.date("date", &errors)
                let inspector = row.identifier("inspector", &errors)
                let department = row.identifier("department", &errors)
                if let inspector, inspectorLines[inspector] == nil {
                    row.fail("inspector", "unknown inspector \(InputText.quoted(inspector))", &errors)
                }
                if let department, departmentLines[department] == nil {
                    row.fail("department", "unknown department \(InputText.quoted(department))", &errors)
                }
                if let date, let inspector, let department {
                    history.append(PastAssignment(date: date, inspector: inspector, department: department))
                }
            }
        }

        for reference in references where departmentLines[reference.id] == nil {
            reference.row.fail(reference.column, "unknown department \(InputText.quoted(reference.id))", &errors)
        }

        guard errors.isEmpty else {
            // Root causes first, cascades of unknown references collapsed (RosterErrorOrder).
            throw InputErrors(
                RosterErrorOrder.order(errors, files: files, limit: errorLimit, collectLimit: collectLimit))
        }
        var roster = Roster(departments: departments, inspectors: inspectors, conflicts: conflicts, history: history)
        if committed { roster.snapshotGrammar = Roster.publishedGrammar }
        return roster
    }

    /// Unix login names as useradd accepts them.
    static func isLogin(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, bytes.count <= 32 else { return false }
        guard (first >= 0x61 && first <= 0x7A) || first == UInt8(ascii: "_") else { return false }
        return bytes.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_")
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    /// Parses one file, checks its header, and returns its data rows.
    /// The Unix logins of a `;`-separated column, each once, in the order given.
    static func logins(_ row: Row, _ column: String, _ errors: inout [InputError]) -> [String] {
        var result: [String] = []
        for item in row.list(column, &errors) {
            if !isLogin(item) {
                row.fail(column, "\(InputText.quoted(item)) is not a valid Unix login name", &errors)
            } else if !result.contains(item) {
                result.append(item)
            }
        }
        return result
    }

    private static func table(
        _ file: RosterFiles.File, _ columns: [String], _ errors: inout [InputError], optional: [String] = []
    ) -> [Row] {
        guard file.bytes.count <= maxFileBytes else {
            errors.append(
                InputError(
                    file: file.name, line: 0,
                    message:
                        "is \(file.bytes.count) bytes, more than the \(maxFileBytes >> 20) MiB a roster file may hold"))
            return []
        }
        let rows: [CSVRow]
        do {
            rows = try CSV.parse(file.bytes, file: file.name)
        } catch {
            errors += error.errors
            return []
        }
        guard let header = rows.first else {
            errors.append(
                InputError(
                    file: file.name, line: 1,
                    message: "the file is empty; it needs a header row: " + columns.joined(separator: ",")))
            return []
        }
        var position: [String: Int] = [:]
        var headerOK = true
        for (index, name) in header.fields.enumerated() {
            if !columns.contains(name), !optional.contains(name) {
                errors.append(
                    InputError(
                        file: file.name, line: header.line, column: index + 1,
                        message: "unknown column \(InputText.quoted(name)); the columns are "
                            + (columns + optional).joined(separator: ",")))
                headerOK = false
            } else if position.updateValue(index, forKey: name) != nil {
                errors.append(
                    InputError(
                        file: file.name, line: header.line, column: index + 1,
                        message: "column \(InputText.quoted(name)) appears twice"
                    ))
                headerOK = false
            }
        }
        for name in columns where position[name] == nil {
            errors.append(
                InputError(
                    file: file.name, line: header.line, message: "the header has no column \(InputText.quoted(name))"))
            headerOK = false
        }
        guard headerOK else { return [] }
        var result: [Row] = []
        for row in rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                errors.append(
                    InputError(
                        file: file.name, line: row.line,
                        message:
                            "has \(row.fields.count) fields, the header has \(header.fields.count); quote fields that contain commas"
                    ))
                continue
            }
            result.append(Row(file: file.name, line: row.line, fields: row.fields, position: position))
        }
        return result
    }
}

/// A data row with typed accessors that record their problems.
struct Row {
    let file: String
    let line: Int
    let fields: [String]
    let position: [String: Int]

    func raw(_ column: String) -> String {
        fields[position[column]!]
    }

    /// Whether the file has the (optional) column.
    func has(_ column: String) -> Bool {
        position[column] != nil
    }

    func fail(_ column: String, _ message: String, _ errors: inout [InputError]) {
        guard errors.count < RosterParser.collectLimit else { return }
        errors.append(
            InputError(file: file, line: line, column: position[column].map { $0 + 1 }, field: column, message: message)
        )
    }

    func text(_ column: String, required: Bool, _ errors: inout [InputError]) -> String {
        let value = raw(column)
        if required, value.isEmpty { fail(column, "must not be empty", &errors) }
        if value.unicodeScalars.contains(where: Self.isRefusedInText) {
            fail(
                column, "contains a line break, a control character or a bidirectional override; remove it", &errors)
        }
        return value
    }

    /// Characters no name or reason may hold, as they would change how a terminal, a table or a
    /// task file shows the text around them: controls (tab aside), line and paragraph separators,
    /// and bidirectional embeddings, overrides and isolates.
    static func isRefusedInText(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    func identifier(_ column: String, _ errors: inout [InputError]) -> String? {
        let value = raw(column)
        guard Roster.isValidIdentifier(value) else {
            fail(
                column,
                value.isEmpty
                    ? "must not be empty"
                    : "\(InputText.quoted(value)) is not an identifier (1-64 ASCII letters, digits, '.', '_' or '-')",
                &errors)
            return nil
        }
        return value
    }

    /// The non-empty `;`-separated items, at most `RosterParser.maxListItems` of them.
    func list(_ column: String, _ errors: inout [InputError]) -> [String] {
        var items: [String] = []
        for part in raw(column).split(separator: ";", omittingEmptySubsequences: true) {
            let item = CSV.trimmed(String(part))
            if item.isEmpty { continue }
            guard items.count < RosterParser.maxListItems else {
                fail(column, "has more than \(RosterParser.maxListItems) items", &errors)
                break
            }
            items.append(item)
        }
        return items
    }

    /// Identifiers in first-seen order, each once.
    func identifiers(_ column: String, _ errors: inout [InputError]) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for item in list(column, &errors) {
            if Roster.isValidIdentifier(item) {
                if seen.insert(item).inserted { result.append(item) }
            } else {
                fail(
                    column,
                    "\(InputText.quoted(item)) is not an identifier (1-64 ASCII letters, digits, '.', '_' or '-')",
                    &errors)
            }
        }
        return result
    }

    func optionalInteger(_ column: String, range: ClosedRange<Int>, _ errors: inout [InputError]) -> Int? {
        let value = raw(column)
        if value.isEmpty { return nil }
        guard value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), value.utf8.count <= 9, let number = Int(value),
            range.contains(number)
        else {
            fail(
                column,
                "\(InputText.quoted(value)) is not a whole number from \(range.lowerBound) to \(range.upperBound)",
                &errors)
            return nil
        }
        return number
    }

    func boolean(_ column: String, _ errors: inout [InputError]) -> Bool {
        switch raw(column).lowercased() {
        case "yes", "true", "1", "y": return true
        case "no", "false", "0", "n", "": return false
        default:
            fail(column, "\(InputText.quoted(raw(column))) is not yes or no", &errors)
            return false
        }
    }

    func date(_ column: String, _ errors: inout [InputError]) -> Day? {
        guard let day = Day(iso: raw(column)) else {
            fail(column, "\(InputText.quoted(raw(column))) is not a date YYYY-MM-DD", &errors)
            return nil
        }
        return day
    }

    func optionalDate(_ column: String, _ errors: inout [InputError]) -> Day? {
        raw(column).isEmpty ? nil : date(column, &errors)
    }
}
