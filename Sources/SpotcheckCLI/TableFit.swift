import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Fitting a `TextTable` to the terminal: when standard output is a terminal narrower than the
/// table, the widest columns are narrowed (never below a few columns) and their cells wrapped onto
/// more lines inside their column, at a space where there is one and anywhere in Chinese text
/// (two columns a character), so that a row never runs past the right edge and its columns stay
/// aligned. Output that is not a terminal (a pipe, a file, a script) is left as it was: one line a
/// row, columns as wide as their widest cell.
enum TableFit {
    /// The narrowest a column is made, or its natural width when that is less.
    static let narrowest = 8

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

    /// Column widths whose total (with two spaces between columns) fits `limit`: the widest
    /// flexible column is narrowed one at a time, then, if that is not enough, the widest of any;
    /// none below `narrowest` (or its natural width).
    static func widths(_ natural: [Int], flexible: [Bool]? = nil, limit: Int) -> [Int] {
        var widths = natural
        let gaps = 2 * max(0, widths.count - 1)
        var total = widths.reduce(0, +) + gaps
        for pass in 0..<2 {
            while total > limit {
                guard
                    let widest = widths.indices.filter({
                        widths[$0] > min(natural[$0], narrowest) && (pass == 1 || flexible?[$0] ?? true)
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
