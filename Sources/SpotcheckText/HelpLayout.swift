import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// argument-parser's help, usage lines and parse errors laid out for a Chinese reader, by
/// `spotcheck` and `spotcheckd` alike: argument-parser writes its own words (USAGE:, OPTIONS:,
/// "Show help information.", "Missing expected argument") in English and wraps lines only at
/// spaces, counting a Chinese character as one column; here the unwrapped text gets its words
/// replaced from the catalogue (`Catalogue.ParserWords`) and is wrapped by display width, at any
/// character of Chinese and at spaces, never before a closing mark or after an opening one.
public enum HelpLayout {
    /// argument-parser's unwrapped text, in Chinese and wrapped to the terminal's width.
    public static func chinese(_ text: String) -> String {
        wrap(translate(text), width: width())
    }

    /// argument-parser's unwrapped text, in English, wrapped to the terminal's width the same way
    /// (argument-parser counts a Chinese word of an English help as one column a character,
    /// leaves the usage line unwrapped, and continues an indented line at column 0).
    public static func english(_ text: String) -> String {
        wrap(text, width: width(), breakingWords: false)
    }

    /// argument-parser's own words, each replaced by the catalogue's Chinese.
    public static func translate(_ text: String) -> String {
        var text = text
        if let see = try? Regex("See '([^']+)' for (detailed help|more information)\\.") {
            text = text.replacing(see) { match in
                let command = match.output[1].substring.map(String.init) ?? ""
                return match.output[2].substring == "detailed help"
                    ? Catalogue.ParserWords.seeDetailed(command).chinese
                    : Catalogue.ParserWords.seeMore(command).chinese
            }
        }
        text = defaultsInChinese(text)  // HelpDefaults.swift
        for word in Catalogue.ParserWords.all {
            text = text.replacingOccurrences(of: word.english, with: word.chinese)
        }
        return text
    }

    public static func width() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 {
            return columns
        }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 80
    }

    /// Columns a character takes on a terminal: two for CJK and full-width forms.
    public static func columns(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first?.value else { return 0 }
        return (0x1100...0x115F).contains(scalar) || (0x2E80...0xA4CF).contains(scalar)
            || (0xAC00...0xD7A3).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
            || (0xFE30...0xFE4F).contains(scalar) || (0xFF00...0xFF60).contains(scalar)
            || (0xFFE0...0xFFE6).contains(scalar) ? 2 : 1
    }

    public static func isWide(_ character: Character) -> Bool { columns(character) == 2 }

    /// Punctuation that never ends a line in Chinese.
    public static let opening: Set<Character> = ["（", "「", "『", "《", "“", "‘", "("]

    /// Punctuation that never starts a line in Chinese.
    public static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", ",", ".", ")", ";", ":",
    ]

    /// Lines longer than `width` columns, broken at spaces or next to a Chinese character; a
    /// continued line starts at the column where the line's text started (after an option's
    /// name in a table).
    /// With `breakingWords` false (English), lines break at spaces only, so a Chinese word stays whole.
    public static func wrap(_ text: String, width: Int, breakingWords: Bool = true) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            wrapLine(String(line), width: width, breakingWords: breakingWords)
        }.joined(separator: "\n")
    }

    public static func wrapLine(_ line: String, width: Int, breakingWords: Bool = true) -> String {
        let characters = Array(line)
        // Example command lines are kept whole, to be copied.
        guard characters.reduce(0, { $0 + columns($1) }) > width, !line.hasPrefix("  spotcheck "),
            !line.hasPrefix("  spotcheckd ")
        else {
            return line
        }
        // The text's column: after the leading spaces, and after an option's name and the two or
        // more spaces that follow it in a table.
        let leading = characters.prefix { $0 == " " }.count
        var indent = leading
        if let gap = line.dropFirst(leading).range(of: "  ") {
            let after = line[gap.upperBound...].prefix { $0 == " " }
            let column = line.distance(from: line.startIndex, to: gap.upperBound) + after.count
            if column < width / 2 { indent = column }
        }
        // The usage line continues under the command, after its heading.
        for usage in [Catalogue.ParserWords.usage.chinese + " ", Catalogue.ParserWords.usage.english + " "]
        where line.hasPrefix(usage) {
            indent = usage.reduce(0) { $0 + columns($1) }
        }
        var lines: [String] = []
        var current: [Character] = []
        var used = 0
        var lastBreak: Int?  // index in `current` after which a break is allowed
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let size = columns(character)
            // A closing mark never starts a line: the break before it is the last one allowed,
            // which takes the character before it along.
            if used + size > width, !current.isEmpty {
                let cut = lastBreak ?? current.count
                var head = String(current[..<cut])
                while head.hasSuffix(" ") { head.removeLast() }
                lines.append(head)
                var rest = Array(current[cut...])
                while rest.first == " " { rest.removeFirst() }
                current = Array(repeating: " ", count: indent) + rest
                used = current.reduce(0) { $0 + columns($1) }
                lastBreak = nil
                continue
            }
            if character == " ", current.count == indent, !lines.isEmpty {
                index += 1
                continue
            }
            current.append(character)
            used += size
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if current.count > indent, !opening.contains(character),
                character == " " || breakingWords && (isWide(character) || next.map(isWide) == true),
                next.map({ !closing.contains($0) }) ?? true
            {
                lastBreak = current.count
            }
            index += 1
        }
        lines.append(String(current))
        return lines.joined(separator: "\n")
    }
}
