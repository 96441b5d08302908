import SpotcheckText

/// A problem of the hash chain (a public folder's or the daemon's) in the reader's language: the
/// catalogue's chain problems and `verify`'s differences, the names of links told too. A problem
/// about a file of a draw's folder (`2026-12-01/county/order.json date: …`) keeps the folder and
/// tells the file's problem; a text no message recognises is shown as it came.
enum ChainText {
    static var patterns: [TextPattern] {
        Catalogue.ChainProblems.patterns + Catalogue.VerifyDifferences.patterns
            + Catalogue.ReplacementFieldProblems.patterns + Catalogue.ChainLinkFieldProblems.patterns
            + Catalogue.VerifyCauses.chainPatterns
    }

    static func problem(_ text: String, in language: Language = .current) -> String {
        guard language == .chinese else { return text }
        if let told = tell(text, in: language) { return told }
        // The folder of a draw before the file's own problem: `DAY/NAME/` or `DAY/NAME/FILE `.
        let token = text.prefix { $0 != " " }
        guard token.contains("/") else { return text }
        let afterSlash = token.lastIndex(of: "/").map { text.index(after: $0) }
        if let cut = afterSlash, let told = tell(String(text[cut...]), in: language) {
            return String(text[..<cut]) + told
        }
        if token.endIndex < text.endIndex,
            let told = tell(String(text[text.index(after: token.endIndex)...]), in: language)
        {
            return String(token) + " " + told
        }
        return text
    }

    private static func tell(_ text: String, in language: Language) -> String? {
        guard patterns.match(text) != nil else { return nil }
        return patterns.told(
            text, in: language,
            values: Catalogue.ChainDrawKinds.values + Catalogue.ChainProblems.values
                + Catalogue.ReplacementFieldProblems.values)
    }
}
