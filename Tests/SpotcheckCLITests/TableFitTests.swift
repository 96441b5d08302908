import Foundation
import Testing

@testable import SpotcheckCLI

/// Tables fit the terminal: on a narrow terminal long Chinese names wrap inside their column
/// (two columns a character) and the other columns stay aligned; output that is no terminal is
/// laid out as before, one line a row.
@Suite struct TableFitTests {
    static func table() -> TextTable {
        var table = TextTable(["ID", "Name", "Weight", "Pools"])
        table.add(["d-shuiwu", "国家税务总局青山县税务局第一税务分局（办税服务厅）", "8", "county,key-posts"])
        table.add(["d-fagai", "青山县发展和改革局", "5", "county"])
        table.add(["d-x", "A department with a rather long English name indeed", "1", "county"])
        return table
    }

    @Test func aTableWiderThanTheTerminalWrapsItsWidestColumnsAndNoLineIsWider() {
        let table = Self.table()
        let natural = table.render(width: nil)
        #expect(natural.split(separator: "\n").count == 4)
        #expect(natural.split(separator: "\n").contains { TextTable.width(String($0)) > 60 })
        for limit in [40, 60, 80] {
            let fitted = table.render(width: limit)
            let lines = fitted.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            for line in lines {
                #expect(TextTable.width(String(line)) <= limit, "\(limit): '\(line)'\n\(fitted)")
            }
            // Nothing lost: the same characters, only laid out on more lines.
            #expect(
                fitted.filter { !$0.isWhitespace }.sorted() == natural.filter { !$0.isWhitespace }.sorted(),
                "\(limit)\n\(fitted)")
            // The long Chinese name, read down its column, is whole and in order.
            let nameStart = TextTable.width("d-shuiwu  ")
            let column = lines.map { line -> String in
                var skipped = 0
                var text = ""
                for character in line {
                    let columns = TextTable.width(String(character))
                    if skipped >= nameStart { text.append(character) } else { skipped += columns }
                }
                return text.split(separator: " ").first.map(String.init) ?? ""
            }
            #expect(column.joined().contains("国家税务总局青山县税务局第一税务分局（办税服务厅）"), "\(limit): \(column)\n\(fitted)")
            // Columns after a wrapped one stay aligned: the weight column starts at the same place.
            let weights = lines.filter { $0.contains(" 8 ") || $0.contains(" 5 ") || $0.hasPrefix("ID") }
            let starts = Set(
                weights.map { line -> Int in
                    let text = String(line)
                    let index =
                        text.contains(" 8 ")
                        ? text.range(of: " 8 ")!
                        : text.contains(" 5 ") ? text.range(of: " 5 ")! : text.range(of: "Weight")!
                    return TextTable.width(String(text[..<index.lowerBound])) + (text.hasPrefix("ID") ? 0 : 1)
                })
            #expect(starts.count == 1, "\(limit): \(starts)\n\(fitted)")
        }
    }

    @Test func aTableThatFitsIsUnchangedAndSoIsOutputThatIsNoTerminal() {
        let table = Self.table()
        #expect(table.render(width: 200) == table.render(width: nil))
        // The tests' standard output is no terminal: render() is the natural layout.
        #expect(TableFit.terminalWidth() == nil || isatty(STDOUT_FILENO) == 1)
        if isatty(STDOUT_FILENO) == 0 { #expect(table.render() == table.render(width: nil)) }
    }

    @Test func englishWrapsAtSpacesAndChineseBetweenCharacters() {
        #expect(TableFit.wrap("a rather long name", width: 8) == ["a rather", "long", "name"])
        #expect(TableFit.wrap("青山县发展和改革局", width: 8) == ["青山县发", "展和改革", "局"])
        #expect(TableFit.wrap("short", width: 8) == ["short"])
        #expect(TableFit.widths([10, 40, 3], limit: 40) == [10, 23, 3])
        // Below the narrowest width only when nothing else fits, and never below the least (or a
        // column's own width), even if the table stays too wide.
        #expect(TableFit.widths([20, 20, 20], limit: 10) == [4, 4, 4])
        #expect(TableFit.widths([3, 30], limit: 10) == [3, 5])
        #expect(TableFit.widths([3, 30], limit: 20) == [3, 15])
        // Not below a column's longest word while another column can give.
        #expect(TableFit.widths([12, 30], flexible: [true, true], words: [5, 12], limit: 22) == [8, 12])
        #expect(TableFit.longestWord(["the inspector", "青山县", "a b"]) == 9)
        // Identifiers and codes are narrowed only when the text columns cannot give enough.
        #expect(TableFit.widths([12, 30], flexible: [false, true], limit: 30) == [12, 16])
        #expect(TableFit.widths([12, 30], flexible: [false, true], limit: 20) == [10, 8])
        #expect(TableFit.flexible(["青山县发展和改革局"]) && TableFit.flexible(["a b"]) && !TableFit.flexible(["d-fagai"]))
    }

    /// Seven columns of short words at 60 columns: the table fits (it was 66 wide with every
    /// column kept at eight), and no word is split, since each fits its column; Chinese wraps by
    /// its width.
    @Test func sevenColumnsFitSixtyColumnsWithoutSplittingAWord() {
        var table = TextTable([
            "Draw and day", "Pool name", "Who leads", "Dept to visit", "Members", "Role", "Status now",
        ])
        table.add([
            "12 on 12-01", "the county", "the inspector", "the tax office of the county", "Li Na and Wang Fang",
            "member or lead", "not yet revealed",
        ])
        table.add(["13 on 12-02", "key posts", "Zhang Wei", "青山县发展和改革局第一分局", "李娜 王芳", "lead", "revealed"])
        let natural = table.render(width: nil)
        #expect(natural.split(separator: "\n").contains { TextTable.width(String($0)) > 66 })
        let fitted = table.render(width: 60)
        for line in fitted.split(separator: "\n") {
            #expect(TextTable.width(String(line)) <= 60, "'\(line)'\n\(fitted)")
        }
        let tokens = Set(fitted.split(whereSeparator: \.isWhitespace).map(String.init))
        let isASCII: (Substring) -> Bool = { $0.allSatisfy(\.isASCII) }
        for word in ([table.header] + table.rows).joined().flatMap({ $0.split(separator: " ") }) where isASCII(word) {
            #expect(tokens.contains(String(word)), "'\(word)' was split\n\(fitted)")
        }
        #expect(
            fitted.filter { !$0.isWhitespace }.sorted() == natural.filter { !$0.isWhitespace }.sorted(), "\(fitted)")
    }

    /// The table part of `spotcheck draw`'s output: from its header row on.
    static func tableLines(_ output: String) -> [String] {
        let lines = output.replacing("\r\n", with: "\n").split(separator: "\n").map(String.init)
        return Array(lines.drop { !$0.hasPrefix("#  ") })
    }

    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func onATerminalTheDrawsTableFitsItsWidthAndInAPipeItIsAsBefore() throws {
        let arguments = ["draw", "--roster", "deploy/examples/county", "--date", "2026-12-01"]
        let piped = try Run.spotcheck(arguments)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(Self.tableLines(piped.stdout).contains { TextTable.width($0) > 60 }, "\(piped.stdout)")
        let command = (["COLUMNS=60", "NO_COLOR=1", Run.binary.path] + arguments).joined(separator: " ")
        let terminal = try Run.run("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(terminal.status == 0, "\(terminal.stdout)")
        let table = Self.tableLines(terminal.stdout)
        #expect(table.count > Self.tableLines(piped.stdout).count, "\(terminal.stdout)")
        for line in table { #expect(TextTable.width(line) <= 60, "'\(line)'\n\(terminal.stdout)") }
    }
}
