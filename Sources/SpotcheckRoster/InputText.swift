/// Input echoed in messages, made safe for a terminal and a journal: control characters,
/// terminal escapes, bidirectional overrides and other invisible format characters are written as
/// `\u{…}` (tab, line feed and carriage return as `\t`, `\n`, `\r`), and long text is cut.
public enum InputText {
    /// The most characters of a value a message echoes.
    public static let echoLimit = 80

    /// The text between single quotes, escaped and cut to `echoLimit` characters.
    public static func quoted(_ text: some StringProtocol) -> String {
        "'" + escaped(text, limit: echoLimit) + "'"
    }

    /// The text with every character that could change how a terminal shows it escaped;
    /// beyond `limit` characters the rest is replaced by "… (N more characters)".
    public static func escaped(_ text: some StringProtocol, limit: Int = .max) -> String {
        var out = ""
        var shown = 0
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            if shown == limit {
                let more = scalars[index...].count
                out += "… (\(more) more characters)"
                break
            }
            let scalar = scalars[index]
            if needsEscape(scalar) {
                switch scalar {
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
            shown += 1
            index = scalars.index(after: index)
        }
        return out
    }

    /// Whether the text holds nothing `escaped` would change (and is not cut).
    public static func isPlain(_ text: some StringProtocol) -> Bool {
        !text.unicodeScalars.contains(where: needsEscape)
    }

    /// Whether a character is one a reader cannot see for what it is: a control character, a
    /// terminal escape's introducer, a bidirectional override or another format character.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
        if scalar.value < 0x7F { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
            return true
        default:
            return false
        }
    }
}
