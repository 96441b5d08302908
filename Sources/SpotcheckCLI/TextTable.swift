/// A plain-text table whose columns line up in a terminal, counting East Asian wide characters
/// (Chinese, Japanese, Korean, full-width forms) as two columns and combining marks as none.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// Fitted to the terminal's width when standard output is a terminal (TableFit.swift).
    func render() -> String { render(width: TableFit.terminalWidth()) }

    /// With `limit`, columns are narrowed and their cells wrapped so that no line is wider.
    func render(width limit: Int?) -> String {
        var widths = header.map(TextTable.width)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextTable.width(cell))
            }
        }
        if let limit {
            let cells = widths.indices.map { column in
                rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }
            }
            widths = TableFit.widths(
                widths, flexible: cells.map(TableFit.flexible),
                words: cells.indices.map { TableFit.longestWord(cells[$0] + [header[$0]]) }, limit: limit)
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                text += cell
                if !isLast { text += String(repeating: " ", count: widths[index] - TextTable.width(cell) + 2) }
            }
            return text
        }
        let heading = TableFit.lines(header, widths: widths).map { Style.current.bold(line($0)) }
        return (heading + rows.flatMap { TableFit.lines($0, widths: widths).map(line) }).joined(separator: "\n") + "\n"
    }

    /// Terminal columns the text occupies.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0x200B || (0x0300...0x036F).contains(value) || (0xFE00...0xFE0F).contains(value)
            || scalar.properties.generalCategory == .nonspacingMark
        {
            return 0
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }
}
