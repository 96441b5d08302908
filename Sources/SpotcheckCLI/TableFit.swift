import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Fitting a `TextTable` to the terminal: when standard output is a terminal narrower than the
/// table, the widest columns are narrowed and their cells wrapped onto more lines inside their
/// column, at a space where there is one and anywhere in Chinese text (two columns a character),
/// so that a row never runs past the right edge and its columns stay aligned. A column is first
/// narrowed no further than its longest word, so that words stay whole; only when the table still
/// does not fit is a word longer than its column split. Output that is not a terminal (a pipe, a file, a script) is left as it was: one line a
/// row, columns as wide as their widest cell.
enum TableFit {
    /// The narrowest a column is made while the others can still give, or its natural width when
    /// that is less.
    static let narrowest = 8
    /// The narrowest a column is ever made (or its natural width): below its longest word only
    /// when the table does not fit otherwise.
    static let least = 4

    /// The widest unit a column's cells wrap at without splitting a word: a word between spaces,
    /// or one Chinese character (Chinese wraps between any two).
    static func longestWord(_ cells: [String]) -> Int {
        var longest = 0
        for cell in cells {
            var run = 0
            for scalar in cell.unicodeScalars {
                let columns = TextTable.width(scalar)
                if scalar == " " || columns == 2 {
                    longest = max(longest, run, columns == 2 ? 2 : 0)
                    run = 0
                } else {
                    run += columns
                }
            }
            longest = max(longest, run)
        }
        return longest
    }

    /// The terminal's width when standard output is a terminal (COLUMNS when set, else the
    /// terminal's own); nil otherwise.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }

    /// Whether a column's cells are text that wraps well (words, or Chinese, two columns a
    /// character) rather than identifiers and codes, which are narrowed only when nothing else can be.
    static func flexible(_ cells: [String]) -> Bool {
        cells.contains { cell in cell.contains(" ") || cell.unicodeScalars.contains { TextTable.width($0) == 2 } }
    }

    /// Column widths whose total (with two spaces between columns) fits `limit`, when it can: the
    /// widest flexible column is narrowed one at a time, then, if that is not enough, the widest
    /// of any, down to `narrowest` but not below its longest word (`words`); then any column below
    /// `narrowest`, still not below its longest word; and only then below it, down to `least`.
    static func widths(_ natural: [Int], flexible: [Bool]? = nil, words: [Int]? = nil, limit: Int) -> [Int] {
        var widths = natural
        let gaps = 2 * max(0, widths.count - 1)
        var total = widths.reduce(0, +) + gaps
        let word = words ?? natural.map { _ in 0 }
        let whole = natural.indices.map { min(natural[$0], max(narrowest, word[$0])) }
        let narrow = natural.indices.map { min(natural[$0], max(least, word[$0])) }
        let split = natural.map { min($0, least) }
        for (onlyFlexible, floor) in [(true, whole), (false, whole), (false, narrow), (false, split)] {
            while total > limit {
                guard
                    let widest = widths.indices.filter({
                        widths[$0] > floor[$0] && (!onlyFlexible || flexible?[$0] ?? true)
                    }).max(by: { widths[$0] < widths[$1] })
                else { break }
                widths[widest] -= 1
                total -= 1
            }
        }
        return widths
    }

    /// `text` cut into lines of at most `width` terminal columns: at the last space that fits when
    /// there is one, otherwise between any two characters.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, TextTable.width(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for character in text {
            let columns = character.unicodeScalars.reduce(0) { $0 + TextTable.width($1) }
            if lineWidth + columns > width, !line.isEmpty {
                if character == " " {
                    // The line is full just before a space: break there.
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                    continue
                }
                if let space = line.lastIndex(of: " "), space != line.startIndex {
                    let rest = String(line[line.index(after: space)...])
                    lines.append(String(line[..<space]))
                    line = rest
                } else {
                    lines.append(line)
                    line = ""
                }
                lineWidth = TextTable.width(line)
                if character == " ", line.isEmpty { continue }
            }
            line.append(character)
            lineWidth += columns
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The lines of one row whose cells are wrapped to `widths`, padded so that columns align.
    static func lines(_ cells: [String], widths: [Int]) -> [[String]] {
        let wrapped = cells.enumerated().map { index, cell in
            index < widths.count ? wrap(cell, width: widths[index]) : [cell]
        }
        let count = wrapped.map(\.count).max() ?? 1
        return (0..<count).map { line in wrapped.map { line < $0.count ? $0[line] : "" } }
    }
}
