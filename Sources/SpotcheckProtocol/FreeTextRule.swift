/// The one rule for free text that reaches the daemon in a call (reasons, facts, measures,
/// complaint texts, notes, replies, …): no control character, no bidirectional embedding,
/// override or isolate, no line or paragraph separator. Multi-line fields (`multiLine`) may hold
/// line feeds and tabs; every other field is one line. Files sent whole (a roster import, a
/// returned self-inspection form) are checked by their own parsers, which hold the same rule.
public enum FreeTextRule {
    /// Fields a person writes in several lines.
    public static let multiLine: Set<String> = ["facts", "text", "allegation", "note", "reply", "identity"]

    /// Fields holding whole files, checked line by line elsewhere.
    static func isFile(method: String, path: String) -> Bool {
        (method == "io.spotcheck.ImportRoster" && path.hasPrefix("files."))
            || (method.hasSuffix(".SubmitForm") && path == "text")
    }

    /// The field (its name in the call, `a.b` when nested) and first scalar `value` may not hold.
    public static func forbidden(method: String, path: String, _ value: String) -> Unicode.Scalar? {
        if isFile(method: method, path: path) { return nil }
        let name = path.split(separator: ".").last.map(String.init) ?? path
        return forbidden(in: value, multiLine: multiLine.contains(name))
    }

    /// The first scalar of `text` the rule refuses.
    /// A multi-line field may end its lines with CR LF (a text pasted from another system).
    public static func forbidden(in text: String, multiLine: Bool) -> Unicode.Scalar? {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let refused =
                switch scalar.value {
                case 0x09, 0x0A: !multiLine
                case 0x0D: !(multiLine && index + 1 < scalars.count && scalars[index + 1] == "\n")
                case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
                default: scalar.properties.generalCategory == .control
                }
            if refused { return scalar }
        }
        return nil
    }

    /// `U+001B`: four or more upper-case hex digits.
    public static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The first (field, scalar) of a call's parameters, as decoded JSON (`[String: Any]`,
    /// arrays, strings), that the rule refuses.
    public static func firstProblem(
        method: String, in value: Any, path: String = ""
    ) -> (
        field: String, scalar: Unicode.Scalar
    )? {
        switch value {
        case let text as String:
            return forbidden(method: method, path: path, text).map { (path, $0) }
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                if let found = firstProblem(
                    method: method, in: object[key]!, path: path.isEmpty ? key : "\(path).\(key)")
                {
                    return found
                }
            }
            return nil
        case let array as [Any]:
            for item in array {
                if let found = firstProblem(method: method, in: item, path: path) { return found }
            }
            return nil
        default:
            return nil
        }
    }
}
