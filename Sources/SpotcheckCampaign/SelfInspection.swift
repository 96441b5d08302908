public import SpotcheckCore
public import SpotcheckLedger
import SpotcheckRoster

// The self-inspection form (自查自纠表): one per department, listing the campaign's prohibitions
// (十个不得), each to be answered with whether the department found a problem, what it is, and
// what it plans to do. It travels as a CSV file a county official fills in a spreadsheet or a
// text editor: a UTF-8 byte-order mark, lines starting with `#` for instructions, a header row,
// one row per prohibition. The header may be in English or in Chinese whatever the language the
// form was issued in.

/// Where a self-inspection form stands.
public enum SelfInspectionFormState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Issued, not yet returned, not past due.
    case issued
    /// Returned by a contact of the department, on time; final.
    case returned
    /// Not returned by its due date: locked, flagged and journaled; no longer accepted.
    case locked

    /// Whether a form past `due` on `today` is late (its due day itself is on time).
    public static func isLate(due: Day, today: Day) -> Bool { today > due }
}

/// One column of the form, with its header in both languages.
public enum SelfInspectionColumn: Int, Sendable, CaseIterable {
    case department
    case code
    case rule
    case answer
    case description
    case measures
    /// How grave a problem found is (一般/较重/严重); optional, minor when left empty, so that a
    /// form issued before the column existed is still accepted.
    case severity

    public var english: String {
        switch self {
        case .department: "department"
        case .code: "code"
        case .rule: "prohibition"
        case .answer: "problem found"
        case .description: "description"
        case .measures: "planned measures"
        case .severity: "severity"
        }
    }

    public var chinese: String {
        switch self {
        case .department: "部门"
        case .code: "编号"
        case .rule: "禁止性规定"
        case .answer: "是否存在问题"
        case .description: "问题描述"
        case .measures: "拟采取的整改措施"
        case .severity: "严重程度"
        }
    }

    /// The column a header cell names, in either language (case and surrounding spaces ignored).
    public static func named(_ text: String) -> SelfInspectionColumn? {
        let wanted = CSV.trimmed(text).lowercased()
        return allCases.first { $0.english == wanted || $0.chinese == wanted }
    }
}

/// One answered prohibition of a returned form.
public struct SelfInspectionAnswer: Sendable, Hashable, Codable {
    public var code: String
    public var problemFound: Bool
    public var description: String
    public var measures: String
    /// The line of the file the row starts on.
    public var line: Int
    /// The severity the department gives a problem found (minor when it gives none).
    public var severity: Severity = .minor

    public init(
        code: String, problemFound: Bool, description: String, measures: String, line: Int,
        severity: Severity = .minor
    ) {
        self.code = code
        self.problemFound = problemFound
        self.description = description
        self.measures = measures
        self.line = line
        self.severity = severity
    }
}

/// A problem with a returned form, at a line (0: the file as a whole) and column of the file.
public struct SelfInspectionProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The CSV itself is malformed (the reader's message).
        case malformed(String)
        case tooLarge(limit: Int)
        case noHeader
        case unknownColumn(String)
        case duplicateColumn(SelfInspectionColumn)
        case missingColumn(SelfInspectionColumn)
        case extraCells
        case wrongDepartment(found: String, expected: String)
        case missingCode
        case unknownCode(String)
        case duplicateCode(String, firstLine: Int)
        case missingRow(String)
        case badAnswer(String)
        case descriptionRequired
        case measuresRequired
        case tooLong(limit: Int)
        /// A control character or a bidirectional override (U+hex), which could hide or forge
        /// what a reader's terminal shows.
        case controlCharacter(UInt32)
        /// A severity that is none of 一般/较重/严重 (minor, serious, grave).
        case badSeverity(String)
    }

    public var line: Int
    public var column: SelfInspectionColumn?
    public var kind: Kind

    public init(line: Int, column: SelfInspectionColumn? = nil, kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// The problem in English, without its location.
    public var message: String {
        switch kind {
        case .malformed(let text): text
        case .tooLarge(let limit): "the file is larger than \(limit / 1024) KiB; a form is one row per prohibition"
        case .noHeader:
            "no header row; the first row that is not a # comment must name the columns ("
                + SelfInspectionColumn.allCases.map(\.english).joined(separator: ", ") + ")"
        case .unknownColumn(let name): "'\(name)' is not a column of the form; do not add or rename columns"
        case .duplicateColumn: "the column appears twice"
        case .missingColumn: "the column is missing; use the form as issued"
        case .extraCells: "the row has more cells than the header; remove them or quote a text with commas"
        case .wrongDepartment(let found, let expected):
            "'\(found)' is not this form's department \(expected); each department returns its own form"
        case .missingCode: "the code is empty; keep the code of each prohibition as issued"
        case .unknownCode(let code): "'\(code)' is not a prohibition of this form; keep the codes as issued"
        case .duplicateCode(let code, let first): "\(code) is answered twice (first on line \(first)); answer it once"
        case .missingRow(let code): "the prohibition \(code) is not answered; add its row back from the form as issued"
        case .badAnswer(let value):
            "'\(value)' is not an answer; write 是 or 否 (yes or no)"
        case .descriptionRequired: "a problem found needs its description"
        case .measuresRequired: "a problem found needs the measures planned against it"
        case .tooLong(let limit): "longer than \(limit) characters; shorten it"
        case .controlCharacter(let value):
            "holds the invisible control character U+\(SelfInspectionProblem.hex(value)); retype the text without it"
        case .badSeverity(let value):
            "'\(value)' is not a severity; write 一般, 较重 or 严重 (minor, serious, grave), or leave it empty"
        }
    }

    /// Four or more upper-case hex digits of a scalar's value.
    public static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The first scalar of `text` a form may not hold: a control character other than tab and
    /// line ends, or a bidirectional embedding, override or isolate.
    public static func forbiddenScalar(in text: String) -> UInt32? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: false
            case 0x202A...0x202E, 0x2066...0x2069: true
            default: scalar.properties.generalCategory == .control
            }
        }?.value
    }

    /// `file:line: column: message`, as the roster's errors are printed.
    public func located(file: String) -> String {
        var text = line > 0 ? "\(file):\(line): " : "\(file): "
        if let column { text += "\(column.english): " }
        return InputText.escaped(text + message)
    }

    public var description: String { located(file: "form") }
}

/// Every problem of a returned form's file (at most `SelfInspectionSheet.maxProblems`).
public struct SelfInspectionProblems: Error, Sendable, Hashable {
    public var problems: [SelfInspectionProblem]

    public init(_ problems: [SelfInspectionProblem]) {
        self.problems = problems
    }
}

/// Reading and writing the form's file.
public enum SelfInspectionSheet {
    /// The largest file accepted.
    public static let maxBytes = 48 << 10
    /// The longest description or measures text, in characters.
    public static let maxText = 2000
    /// The most problems reported from one file.
    public static let maxProblems = 100

    static let yes: Set<String> = ["是", "有", "yes", "y", "true", "1"]
    static let no: Set<String> = ["否", "无", "no", "n", "false", "0"]

    /// The answers of a returned form for `department`, whose prohibitions are `rules` (the
    /// list as issued); every problem of the file at once, and no answers, when there is any.
    public static func parse(
        _ bytes: [UInt8], department: String, rules: [Prohibition]
    ) -> Result<[SelfInspectionAnswer], SelfInspectionProblems> {
        guard bytes.count <= maxBytes else {
            return .failure(SelfInspectionProblems([SelfInspectionProblem(line: 0, kind: .tooLarge(limit: maxBytes))]))
        }
        let rows: [CSVRow]
        do {
            rows = try CSV.parse(bytes, file: "")
        } catch {
            return .failure(
                SelfInspectionProblems(
                    error.errors.prefix(maxProblems).map {
                        SelfInspectionProblem(
                            line: $0.line, column: $0.column.flatMap { SelfInspectionColumn(rawValue: $0 - 1) },
                            kind: .malformed($0.message))
                    }))
        }
        var problems: [SelfInspectionProblem] = []
        func report(_ problem: SelfInspectionProblem) {
            if problems.count < maxProblems { problems.append(problem) }
        }
        // A row whose first cell starts with '#' is an instruction, whatever follows it.
        let content = rows.filter { !($0.fields.first ?? "").hasPrefix("#") }
        guard let header = content.first else {
            return .failure(SelfInspectionProblems([SelfInspectionProblem(line: 0, kind: .noHeader)]))
        }
        var position: [SelfInspectionColumn: Int] = [:]
        for (index, cell) in header.fields.enumerated() {
            if cell.isEmpty, index == header.fields.count - 1 { continue }
            guard let column = SelfInspectionColumn.named(cell) else {
                if index == 0 {
                    return .failure(SelfInspectionProblems([SelfInspectionProblem(line: header.line, kind: .noHeader)]))
                }
                report(SelfInspectionProblem(line: header.line, kind: .unknownColumn(cell)))
                continue
            }
            if position[column] != nil {
                report(SelfInspectionProblem(line: header.line, column: column, kind: .duplicateColumn(column)))
            } else {
                position[column] = index
            }
        }
        for column in SelfInspectionColumn.allCases
        where position[column] == nil && column != .rule && column != .severity {
            report(SelfInspectionProblem(line: header.line, column: column, kind: .missingColumn(column)))
        }
        guard problems.isEmpty else { return .failure(SelfInspectionProblems(problems)) }
        let width = (position.values.max() ?? 0) + 1
        let known = Set(rules.map(\.code))
        var seen: [String: Int] = [:]
        var answers: [SelfInspectionAnswer] = []
        for row in content.dropFirst() {
            func cell(_ column: SelfInspectionColumn) -> String {
                guard let index = position[column], index < row.fields.count else { return "" }
                return row.fields[index]
            }
            if row.fields.count > width, row.fields[width...].contains(where: { !$0.isEmpty }) {
                report(SelfInspectionProblem(line: row.line, kind: .extraCells))
            }
            let rowDepartment = cell(.department)
            if rowDepartment != department {
                report(
                    SelfInspectionProblem(
                        line: row.line, column: .department,
                        kind: .wrongDepartment(found: rowDepartment, expected: department)))
            }
            let code = cell(.code)
            if code.isEmpty {
                report(SelfInspectionProblem(line: row.line, column: .code, kind: .missingCode))
                continue
            }
            guard known.contains(code) else {
                report(SelfInspectionProblem(line: row.line, column: .code, kind: .unknownCode(code)))
                continue
            }
            if let first = seen[code] {
                report(
                    SelfInspectionProblem(
                        line: row.line, column: .code, kind: .duplicateCode(code, firstLine: first)))
                continue
            }
            seen[code] = row.line
            let answerText = cell(.answer)
            let found: Bool
            if yes.contains(answerText.lowercased()) {
                found = true
            } else if no.contains(answerText.lowercased()) {
                found = false
            } else {
                report(SelfInspectionProblem(line: row.line, column: .answer, kind: .badAnswer(answerText)))
                continue
            }
            let description = cell(.description)
            let measures = cell(.measures)
            for (column, text) in [(SelfInspectionColumn.description, description), (.measures, measures)]
            where text.count > maxText {
                report(SelfInspectionProblem(line: row.line, column: column, kind: .tooLong(limit: maxText)))
            }
            for (column, text) in [(SelfInspectionColumn.description, description), (.measures, measures)] {
                if let value = SelfInspectionProblem.forbiddenScalar(in: text) {
                    report(SelfInspectionProblem(line: row.line, column: column, kind: .controlCharacter(value)))
                }
            }
            if found, description.allSatisfy(\.isWhitespace) {
                report(SelfInspectionProblem(line: row.line, column: .description, kind: .descriptionRequired))
            }
            if found, measures.allSatisfy(\.isWhitespace) {
                report(SelfInspectionProblem(line: row.line, column: .measures, kind: .measuresRequired))
            }
            let severityText = CSV.trimmed(cell(.severity))
            var severity = Severity.minor
            if !severityText.isEmpty {
                if let given = SelfInspectionSheet.severity(named: severityText) {
                    severity = given
                } else {
                    report(SelfInspectionProblem(line: row.line, column: .severity, kind: .badSeverity(severityText)))
                }
            }
            answers.append(
                SelfInspectionAnswer(
                    code: code, problemFound: found, description: description, measures: measures, line: row.line,
                    severity: found ? severity : .minor))
        }
        for rule in rules where seen[rule.code] == nil {
            report(SelfInspectionProblem(line: 0, column: .code, kind: .missingRow(rule.code)))
        }
        guard problems.isEmpty else { return .failure(SelfInspectionProblems(problems)) }
        // In the order of the form as issued.
        let order = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.code, $0) })
        return .success(answers.sorted { order[$0.code]! < order[$1.code]! })
    }

    /// The file of a form as issued: a byte-order mark (spreadsheets on Chinese Windows read
    /// UTF-8 by it), `comments` as `#` lines, `header`, and one row per prohibition with the
    /// answer cells empty; CRLF line ends. `header` names the columns in the reader's language.
    public static func render(
        department: String, rules: [Prohibition], header: [String], comments: [String]
    ) -> String {
        var text = "\u{FEFF}"
        for comment in comments {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                text += commentLine(String(line)) + "\r\n"
            }
        }
        text += header.map(cell).joined(separator: ",") + "\r\n"
        for rule in rules {
            let cells = [department, rule.code, rule.text] + Array(repeating: "", count: max(3, header.count - 3))
            text += cells.map(cell).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// A severity by its code or its Chinese label (一般, 较重, 严重), case ignored.
    public static func severity(named text: String) -> Severity? {
        let wanted = text.lowercased()
        return Severity.allCases.first { $0.rawValue == wanted || $0.label == text }
    }

    /// An instruction line as it stands in the file: `#`, a space and the text, never quoted (a
    /// line that starts with a quote is no comment to a reader or an editor). Its commas only
    /// split it into cells whose first starts with `#`, which reading skips; a double quote, which
    /// CSV allows only in a quoted cell, becomes a single one, and a stray line break is dropped.
    static func commentLine(_ text: String) -> String {
        "# " + String(text.map { $0 == "\"" ? "'" : $0 }.filter { !$0.isNewline })
    }

    /// A cell quoted when it holds a comma, quote, line break or leading/trailing space; a
    /// cell a spreadsheet would read as a formula gets a leading apostrophe.
    static func cell(_ value: String) -> String {
        var value = value
        value = CSVFormula.guarded(value)
        let needsQuotes =
            value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted += "\"" }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
