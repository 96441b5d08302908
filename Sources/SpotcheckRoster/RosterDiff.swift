public import SpotcheckCore

/// What changes between two rosters, row by row, with each row as CSV text before and after.
public struct RosterChange: Sendable, Equatable, Codable {
    public enum Action: String, Sendable, Codable {
        case added, removed, changed
    }

    /// `department`, `inspector`, `conflict` or `assignment`.
    public var kind: String
    public var id: String
    public var action: Action
    public var before: String?
    public var after: String?

    public init(kind: String, id: String, action: Action, before: String?, after: String?) {
        self.kind = kind
        self.id = id
        self.action = action
        self.before = before
        self.after = after
    }

    /// `+ department d-x`, `- inspector i1`, `~ conflict i1/d-x`.
    public var summary: String {
        let sign =
            switch action {
            case .added: "+"
            case .removed: "-"
            case .changed: "~"
            }
        return "\(sign) \(kind) \(id)"
    }
}

public enum RosterDiff {
    /// The changes from `old` to `new`, departments first, then inspectors, conflicts, history.
    public static func changes(from old: Roster, to new: Roster) -> [RosterChange] {
        let before = RosterWriter.write(old, alike: new)
        let after = RosterWriter.write(new, alike: old)
        return keyed("department", before.departments, after.departments, key: { $0[0] })
            + keyed("inspector", before.inspectors, after.inspectors, key: { $0[0] })
            + keyed("conflict", before.conflicts, after.conflicts, key: { "\($0[0])/\($0[1])/\($0[3])" })
            + keyed("assignment", before.history, after.history, key: { "\($0[0])/\($0[1])/\($0[2])" })
    }

    /// Rows of two CSV files matched by key.
    private static func keyed(
        _ kind: String, _ old: [UInt8], _ new: [UInt8], key: ([String]) -> String
    )
        -> [RosterChange]
    {
        func rows(_ bytes: [UInt8]) -> [(String, String)] {
            guard let parsed = try? CSV.parse(bytes, file: kind) else { return [] }
            return parsed.dropFirst().map { row in
                (key(row.fields), row.fields.map(RosterWriter.quote).joined(separator: ","))
            }
        }
        let oldRows = Dictionary(rows(old), uniquingKeysWith: { a, _ in a })
        let newRows = Dictionary(rows(new), uniquingKeysWith: { a, _ in a })
        var changes: [RosterChange] = []
        for id in Set(oldRows.keys).union(newRows.keys).sorted() {
            switch (oldRows[id], newRows[id]) {
            case (nil, let added?):
                changes.append(RosterChange(kind: kind, id: id, action: .added, before: nil, after: added))
            case (let removed?, nil):
                changes.append(RosterChange(kind: kind, id: id, action: .removed, before: removed, after: nil))
            case (let a?, let b?) where a != b:
                changes.append(RosterChange(kind: kind, id: id, action: .changed, before: a, after: b))
            default: break
            }
        }
        return changes
    }
}
