/// Whether a text says something a reader can see: reasons, notes and replies are kept in the
/// audit trail, and a reason made only of spaces, zero-width or other invisible characters
/// (U+200B, U+2060, U+FEFF, U+3164, …) is no reason.
public enum VisibleText {
    /// Characters that render blank although Unicode does not class them as spaces or formats
    /// (Hangul fillers, the Braille blank, the musical null notehead U+1D159, …).
    static let blanks: Set<UInt32> = [0x115F, 0x1160, 0x180E, 0x2800, 0x3164, 0xFFA0, 0x034F, 0x1D159]

    /// Whether `scalar` shows as something on its own.
    public static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace || blanks.contains(scalar.value) { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .nonspacingMark,
            .enclosingMark, .unassigned, .privateUse, .surrogate:
            return false
        default:
            return true
        }
    }

    /// How many characters of `text` show as something (a character with one visible scalar).
    public static func count(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1.unicodeScalars.contains(where: isVisible) ? 1 : 0) }
    }

    /// Whether `text` has at least one visible character.
    public static func has(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isVisible)
    }
}
