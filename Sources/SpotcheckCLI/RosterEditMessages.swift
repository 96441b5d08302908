import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckText

/// What the roster-editing commands (departments, inspectors, conflicts set/remove…) say, in one
/// place. An edit is checked as the CSV files the daemon would store, but the user never saw
/// those files: problems are told by the department, inspector, conflict or history entry at
/// fault, never by a line of them.
enum RosterEditMessages {
    static func refused(_ lines: [String]) -> String {
        Catalogue.RosterEdit.refused(CommandPath.of()).text + lines.map { "  " + $0 }.joined(separator: "\n")
    }

    static func unknownPower(_ item: String) -> String {
        Catalogue.RosterEdit.unknownPower(
            InputText.quoted(item), Power.allCases.map(\.rawValue).joined(separator: ", ")
        ).text
    }

    static func unknownPools(_ unknown: [String], defined: [String]) -> String {
        let names = unknown.map { InputText.quoted($0) }.joined(separator: ", ")
        let known = defined.isEmpty ? Catalogue.Common.none.text : defined.joined(separator: ", ")
        return Catalogue.RosterEdit.unknownPools(names, known, count: unknown.count).text
    }

    /// Warnings for pools of departments that spotcheckd's configuration does not define.
    static func undefinedPools(_ departments: [Department], defined: [String]) -> [String] {
        var users: [String: [String]] = [:]
        for department in departments {
            for pool in department.pools where !defined.contains(pool) {
                users[pool, default: []].append(department.id)
            }
        }
        return users.sorted { $0.key < $1.key }.map { pool, ids in
            let shown =
                ids.prefix(5).joined(separator: ", ")
                + (ids.count > 5 ? Catalogue.RosterEdit.andMore(ids.count - 5).text : "")
            let known = defined.isEmpty ? Catalogue.Common.none.text : defined.joined(separator: ", ")
            return Catalogue.RosterEdit.undefinedPool(InputText.quoted(pool), shown, known).text
        }
    }

    static func outOfRange(
        _ option: String, _ value: Int, _ range: ClosedRange<Int>, _ meaning: Localized
    )
        -> String
    {
        Catalogue.RosterEdit.outOfRange(option, value, range.lowerBound, range.upperBound, meaning.text).text
    }

    /// One change as people read it: what was added or removed, and for a changed row only
    /// the fields that changed, each `field: before → after`.
    static func change(_ change: ControlMessages.Change) -> String {
        let columns: [String] =
            switch change.kind {
            case "department": RosterParser.departmentColumns + ["contacts", "address", "active"]
            case "inspector": RosterParser.inspectorColumns + RosterParser.optionalInspectorColumns
            case "conflict": RosterParser.conflictColumns
            default: RosterParser.historyColumns
            }
        func fields(_ row: String?) -> [String] {
            guard let row, let parsed = try? CSV.parse(Array(row.utf8), file: change.kind).first else { return [] }
            return parsed.fields
        }
        let before = fields(change.before)
        let after = fields(change.after)
        func shown(_ value: String) -> String {
            value.isEmpty ? Catalogue.Common.empty.text : InputText.escaped(value, limit: 200)
        }
        let kind = Catalogue.RosterEdit.kind(change.kind)
        var lines: [String]
        switch change.action {
        case "added":
            lines = ["+ \(kind) \(change.id)"]
            for (column, value) in zip(columns, after).dropFirst() where !value.isEmpty {
                lines.append("    \(column): \(shown(value))")
            }
        case "removed":
            let name = before.count > 1 && change.kind != "assignment" ? " (\(shown(before[1])))" : ""
            lines = ["- \(kind) \(change.id)\(name)"]
        default:
            lines = ["~ \(kind) \(change.id)"]
            for (index, column) in columns.enumerated() {
                let old = index < before.count ? before[index] : ""
                let new = index < after.count ? after[index] : ""
                if old != new { lines.append("    \(column): \(shown(old)) → \(shown(new))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
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
            return InputText.escaped(
                text
                    + (Catalogue.InputProblems.withComposition + Catalogue.RosterRecords.patterns).told(problem.message)
            )
        }
    }

    static func entity(file: String, _ fields: [String]) -> String? {
        switch (file, fields.count) {
        case ("departments.csv", 1...): Catalogue.RosterEdit.department(fields[0]).text
        case ("inspectors.csv", 1...): Catalogue.RosterEdit.inspector(fields[0]).text
        case ("conflicts.csv", 2...): Catalogue.RosterEdit.conflict(fields[0], fields[1]).text
        case ("history.csv", 3...): Catalogue.RosterEdit.historyEntry(fields[0], fields[1], fields[2]).text
        default: nil
        }
    }
}

/// A department's weight as the draw uses it: its own, or from its powers by the policy of each
/// pool it is in ("7", or "5 county, 7 key-posts" when the pools' policies differ).
enum EffectiveWeight {
    static func text(_ department: Department, pools: [ControlMessages.Pool]) -> String {
        if let weight = department.weight { return String(weight) }
        var weights: [(String, Int)] = []
        for pool in pools where department.pools.contains(pool.name) {
            var policy = Policy()
            if let given = pool.weights {
                policy.baseWeight = given.base
                policy.powerWeights = Policy.PowerWeights(
                    approval: given.approval, enforcement: given.enforcement, fundAllocation: given.fundAllocation)
            }
            weights.append((pool.name, policy.weight(of: department)))
        }
        guard let first = weights.first else { return Catalogue.RosterEdit.noPool.text }
        if weights.allSatisfy({ $0.1 == first.1 }) { return "\(first.1) " + Catalogue.RosterEdit.fromPowers.text }
        return weights.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }
}
