import Foundation
import SpotcheckRoster

/// Text a command prints for people, made safe for their terminal: stored texts (reasons, facts,
/// complaint texts, replies, names) are checked on entry, yet whatever an older version or
/// another client stored is shown here with every control character, terminal escape,
/// bidirectional override and other invisible format character written as `\u{…}` (a carriage
/// return as `\r`); line feeds and tabs stay as they are.
enum TerminalText {
    /// The colour sequences `Style` writes itself (bold, red, green, reset), kept as they are when
    /// colour is on: they cannot move the cursor, erase or set a title.
    static let styleSequences: [[Unicode.Scalar]] = ["\u{1B}[1m", "\u{1B}[31m", "\u{1B}[32m", "\u{1B}[0m"].map {
        Array($0.unicodeScalars)
    }

    static func safe(_ text: String, colour: Bool = Style.current.enabled) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        out.unicodeScalars.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if colour, scalar == "\u{1B}",
                let sequence = styleSequences.first(where: { Array(scalars[index...].prefix($0.count)) == $0 })
            {
                out.unicodeScalars.append(contentsOf: sequence)
                index += sequence.count
                continue
            }
            index += 1
            if scalar == "\n" || scalar == "\t" || !InputText.needsEscape(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar == "\r" {
                out += "\\r"
            } else {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }
}

/// Writes text for people to standard output, escaped by `TerminalText`.
func writeText(_ text: String) {
    writeOut(Array(TerminalText.safe(text).utf8))
}
