import Foundation

/// The fields of a `replacements.json` file by their JSON types, read before the entries are
/// decoded, so that a field of the wrong type is named (file, entry, field) as a problem of the
/// record instead of failing the whole file; `tools/verify_draw.py` (`replacement_field_problems`)
/// words the same problems the same way. An entry's required fields (`draw`, `department`, `out`,
/// `in`, `reason`, `at`) are strings; of its optional ones, `salt`, `previousRecordHash` and
/// `chosenBy` are strings when present and `passedOver` a non-empty list of inspector ids (the
/// key is absent when nobody was passed over: docs/draw-algorithm.md §5). `null` is no value of
/// any of them.
public enum ReplacementFields {
    public static let required = ["draw", "department", "out", "in", "reason", "at"]
    public static let optionalStrings = ["salt", "previousRecordHash", "chosenBy"]

    /// Each problem as `replacements[INDEX].FIELD: …` (or `replacements[INDEX]: …` for an entry
    /// that is no object). Empty when the bytes are not JSON or not a list (the decoder says so).
    public static func problems(_ bytes: [UInt8]) -> [String] {
        guard let shape = try? JSONDecoder().decode(JSONShape.self, from: Data(bytes)),
            case .array(let entries) = shape
        else { return [] }
        var out: [String] = []
        for (index, entry) in entries.enumerated() {
            let name = "replacements[\(index)]"
            guard case .object(let fields) = entry else {
                out.append("\(name): is \(entry.kind), not a replacement entry")
                continue
            }
            for key in required {
                guard let value = fields[key] else {
                    out.append(
                        "\(name).\(key): missing (a replacement entry has draw, department, out, in, reason and at)")
                    continue
                }
                if case .string = value { continue }
                out.append("\(name).\(key): is \(value.kind), not a string")
            }
            for key in optionalStrings {
                guard let value = fields[key] else { continue }
                if case .string = value { continue }
                out.append("\(name).\(key): is \(value.kind), not a string")
            }
            if let value = fields["passedOver"] {
                switch value {
                case .array(let items) where items.isEmpty:
                    out.append("\(name).passedOver: is an empty list (the key is absent when nobody was passed over)")
                case .array(let items):
                    if let odd = items.first(where: { if case .string = $0 { false } else { true } }) {
                        out.append("\(name).passedOver: is a list holding \(odd.kind), not a list of inspector ids")
                    }
                default:
                    out.append("\(name).passedOver: is \(value.kind), not a list of inspector ids")
                }
            }
        }
        out += listProblems(bytes)
        return out
    }

    /// What the types allow but the format does not: an inspector named twice in `passedOver`,
    /// and `passedOver` on an entry not marked `chosenBy: rule` (only the rule passes anyone over).
    static func listProblems(_ bytes: [UInt8]) -> [String] {
        guard let entries = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [Any] else { return [] }
        var out: [String] = []
        for (index, entry) in entries.enumerated() {
            guard let fields = entry as? [String: Any], let passed = fields["passedOver"] as? [Any], !passed.isEmpty,
                passed.allSatisfy({ $0 is String })
            else { continue }
            let name = "replacements[\(index)]"
            var seen = Set<String>()
            for case let id as String in passed where !seen.insert(id).inserted {
                out.append("\(name).passedOver: names \(id) twice")
            }
            if fields["chosenBy"] as? String != "rule" {
                out.append("\(name).passedOver: only an entry whose chosenBy is rule lists inspectors passed over")
            }
        }
        return out
    }
}

/// A JSON value reduced to its type (strings' and numbers' values are not needed).
enum JSONShape: Decodable {
    case null, boolean, number, string
    case array([JSONShape])
    case object([String: JSONShape])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if (try? container.decode(Bool.self)) != nil {
            self = .boolean
        } else if (try? container.decode(String.self)) != nil {
            self = .string
        } else if let items = try? container.decode([JSONShape].self) {
            self = .array(items)
        } else if let fields = try? container.decode([String: JSONShape].self) {
            self = .object(fields)
        } else {
            _ = try container.decode(Double.self)
            self = .number
        }
    }

    /// The type in words, as both verifiers name it.
    var kind: String {
        switch self {
        case .null: "null"
        case .boolean: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
