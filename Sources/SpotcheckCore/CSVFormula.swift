/// The one guard every CSV file Spotcheck writes for people applies: a cell a spreadsheet would
/// read as a formula — its first Unicode scalar `=`, `+`, `-`, `@`, a tab or a carriage return
/// (OWASP's list; some importers trim leading white space first) — gets a leading apostrophe.
/// Judged on scalars, so a cell starting with CR LF is caught too.
public enum CSVFormula {
    static let leaders: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether a spreadsheet could read `text` as a formula.
    public static func looksLikeFormula(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.first.map(leaders.contains) ?? false
    }

    /// `text`, with a leading apostrophe when it looks like a formula.
    public static func guarded(_ text: String) -> String {
        looksLikeFormula(text) ? "'" + text : text
    }
}
