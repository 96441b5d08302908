import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster

/// What the roster-editing commands (departments, inspectors, conflicts set/remove…) say, in one
/// place. An edit is checked as the CSV files the daemon would store, but the user never saw
/// those files: problems are told by the department, inspector, conflict or history entry at
/// fault, never by a line of them.
enum RosterEditMessages {
    static func refused(_ lines: [String]) -> String {
        "\(CommandPath.of()) is refused, nothing changed:\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }

    static func unknownPower(_ item: String) -> String {
        "unknown power \(InputText.quoted(item)); the powers are "
            + Power.allCases.map(\.rawValue).joined(separator: ", ")
    }

    static func unknownPools(_ unknown: [String], defined: [String]) -> String {
        let names = unknown.map { InputText.quoted($0) }.joined(separator: ", ")
        let known = defined.isEmpty ? "none" : defined.joined(separator: ", ")
        return "unknown pool\(unknown.count == 1 ? "" : "s") \(names): a department in no configured pool is never "
            + "drawn; the pools spotcheckd's configuration defines are: \(known)"
    }

    static func outOfRange(_ option: String, _ value: Int, _ range: ClosedRange<Int>, _ meaning: String) -> String {
        "\(option) \(value): \(meaning) is a whole number from \(range.lowerBound) to \(range.upperBound)"
    }

    /// The row of the written files a problem points at, named as the user knows it.
    static func describe(_ problems: [InputError], in files: RosterWriter.Files) -> [String] {
        var rows: [String: [Int: [String]]] = [:]
        for (name, bytes) in [
            ("departments.csv", files.departments), ("inspectors.csv", files.inspectors),
            ("conflicts.csv", files.conflicts), ("history.csv", files.history),
        ] {
            let parsed = (try? CSV.parse(bytes, file: name)) ?? []
            rows[name] = Dictionary(parsed.dropFirst().map { ($0.line, $0.fields) }, uniquingKeysWith: { a, _ in a })
        }
        return problems.map { problem in
            let file = problem.file.split(separator: "/").last.map(String.init) ?? problem.file
            var text = ""
            if let fields = rows[file]?[problem.line], let entity = entity(file: file, fields) {
                text = entity + ": "
            }
            if let field = problem.field { text += "\(field): " }
            return InputText.escaped(text + problem.message)
        }
    }

    static func entity(file: String, _ fields: [String]) -> String? {
        switch (file, fields.count) {
        case ("departments.csv", 1...): "department \(fields[0])"
        case ("inspectors.csv", 1...): "inspector \(fields[0])"
        case ("conflicts.csv", 2...): "conflict of \(fields[0]) with \(fields[1])"
        case ("history.csv", 3...): "history entry \(fields[0]) \(fields[1]) at \(fields[2])"
        default: nil
        }
    }
}
