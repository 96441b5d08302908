extension HelpLayout {
    /// argument-parser's `(default: VALUE)` in Chinese, both brackets full-width, with no space
    /// before it after Chinese text; a value that holds brackets of its own keeps them (the
    /// closing bracket is the one that matches).
    static func defaultsInChinese(_ text: String) -> String {
        let opening = Catalogue.ParserDefault.value("\u{F8F0}").english.prefix { $0 != "\u{F8F0}" }
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: opening) {
            result += rest[..<start.lowerBound]
            var depth = 1
            var index = start.upperBound
            while index < rest.endIndex {
                if rest[index] == "(" { depth += 1 }
                if rest[index] == ")" {
                    depth -= 1
                    if depth == 0 { break }
                }
                if rest[index] == "\n" { break }
                index = rest.index(after: index)
            }
            guard index < rest.endIndex, rest[index] == ")" else {
                // Not closed on its line: left to the word-by-word replacement.
                result += rest[start]
                rest = rest[start.upperBound...]
                continue
            }
            // argument-parser's space before it is no gap after Chinese text ("抽签。（默认：…）").
            if result.hasSuffix(" "), let before = result.dropLast().last, isWide(before) { result.removeLast() }
            result += Catalogue.ParserDefault.value(String(rest[start.upperBound..<index])).chinese
            rest = rest[rest.index(after: index)...]
        }
        return result + rest
    }
}
