import Foundation

/// The fields of a published chain link (`chain/ID.json`, an `EventLink`) by their JSON types,
/// read before the link is decoded, so that a field of the wrong type is named (file and field)
/// instead of the link only failing to decode; `tools/verify_draw.py` (`link_type_problems`)
/// words the same problems the same way. `kind`, `day` and `digest` are required strings (`kind`
/// ledger or campaign, `day` a date YYYY-MM-DD); `previousRecordHash` is a string when present
/// (absent for the first link); `facts`, when present, an object of strings. `null` is no value
/// of any of them.
public enum ChainLinkFields {
    public static let required = ["kind", "day", "digest"]

    /// Each problem as `NAME FIELD: …` (or `NAME: …` for a link that is no object). Empty when
    /// the bytes are not JSON (the reader says so) or every field has its type.
    public static func problems(name: String, _ bytes: [UInt8]) -> [String] {
        guard let shape = try? JSONDecoder().decode(JSONShape.self, from: Data(bytes)) else { return [] }
        guard case .object(let fields) = shape else {
            return ["\(name): is \(shape.kind), not a chain link (a JSON object)"]
        }
        var out: [String] = []
        for key in required {
            guard let value = fields[key] else {
                out.append("\(name) \(key): missing (a chain link has kind, day and digest)")
                continue
            }
            guard case .string = value else {
                out.append("\(name) \(key): is \(value.kind), not a string")
                continue
            }
        }
        let text = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
        if let kind = text?["kind"] as? String, kind != "ledger", kind != "campaign" {
            out.append("\(name) kind: '\(kind)' is neither ledger nor campaign")
        }
        if let day = text?["day"] as? String, Day(iso: day) == nil {
            out.append("\(name) day: '\(day)' is not a date YYYY-MM-DD")
        }
        if let value = fields["previousRecordHash"] {
            if case .string = value {
            } else {
                out.append("\(name) previousRecordHash: is \(value.kind), not a string")
            }
        }
        if let value = fields["facts"] {
            switch value {
            case .object(let facts):
                for key in facts.keys.sorted() {
                    guard let fact = facts[key] else { continue }
                    if case .string = fact { continue }
                    out.append("\(name) facts.\(key): is \(fact.kind), not a string")
                }
            default:
                out.append("\(name) facts: is \(value.kind), not an object")
            }
        }
        return out
    }
}
