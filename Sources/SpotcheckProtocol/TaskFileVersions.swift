public import Foundation

extension TaskFile {
    /// Every task file schema a reader understands: `spotcheck-task/2` (written today) and
    /// `spotcheck-task/1`, whose keys `drawID`, `recordSHA256` and `descriptionZhCN` predate the
    /// JSON naming rule (docs/json.md) and became `drawId`, `recordSha256` and `descriptionZhCn`.
    public static let readableSchemas: Set<String> = ["spotcheck-task/1", currentSchema]

    /// The keys an assignment and a checklist item are written with.
    public static let assignmentKeys = Assignment.CodingKeys.allCases.map(\.rawValue)
    public static let checklistItemKeys = ChecklistItem.CodingKeys.allCases.map(\.rawValue)

    /// The /1 spellings of keys /2 renamed.
    static let firstVersionKeys: [String: String] = [
        "drawID": "drawId", "recordSHA256": "recordSha256", "descriptionZhCN": "descriptionZhCn",
    ]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads a task file of either schema (the caller checks `schema` against
    /// `readableSchemas`).
    public static func decode(_ data: Data) throws -> TaskFile {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            let key = path.last!.stringValue
            return Key(stringValue: firstVersionKeys[key] ?? key)
        }
        return try decoder.decode(TaskFile.self, from: data)
    }
}
