import SpotcheckCore
import Testing

@testable import SpotcheckLedger

@Suite struct ExportTests {
    func export(_ findings: [Finding], on today: String) -> String {
        LedgerExport.csv(
            findings, on: Fixture.day(today), calendar: Fixture.calendar, prohibitions: Fixture.prohibitions)
    }

    @Test func beginsWithAByteOrderMarkAndChineseHeaders() throws {
        let text = export([], on: "2026-12-01")
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.dropFirst().hasPrefix("编号,部门,来源,问题类别,违反规定,严重程度,问题事实"))
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func writesOneRowPerFindingInIDOrderWithItsDerivedStatus() throws {
        let overdue = try Fixture.rectifying(due: "2026-12-04")
        var second = try Fixture.closed()
        second.id = try FindingID(year: 2026, number: 2)
        let text = export([second, overdue], on: "2026-12-08")
        let lines = text.dropFirst().split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)  // headers, two rows, the empty rest after the last CRLF
        let first = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(first.count == LedgerExport.headers.count)
        #expect(first[0] == "F-2026-0001")
        #expect(first[3] == "慵懒散")
        #expect(first[4] == "P03 不得推诿扯皮")
        #expect(first[9] == "整改中")
        #expect(first[10] == "2026-12-04")
        #expect(first[11] == "逾期2个工作日")
        #expect(first[12] == "2")
        let closed = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(closed[0] == "F-2026-0002")
        #expect(closed[9] == "已销号")
        #expect(closed[11] == "")
    }

    @Test func quotesCommasQuotesAndLineBreaks() {
        #expect(LedgerExport.cell("a,b") == "\"a,b\"")
        #expect(LedgerExport.cell("他说\"不归我管\"") == "\"他说\"\"不归我管\"\"\"")
        #expect(LedgerExport.cell("第一行\r\n第二行") == "\"第一行\r\n第二行\"")
        #expect(LedgerExport.cell("第一行\n第二行") == "\"第一行\n第二行\"")
        #expect(LedgerExport.cell("平常") == "平常")
    }

    @Test func neverLetsTextRunAsAFormula() {
        #expect(LedgerExport.cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(LedgerExport.cell("+1") == "'+1")
        #expect(LedgerExport.cell("-1") == "'-1")
        #expect(LedgerExport.cell("@SUM(A1)") == "'@SUM(A1)")
    }

    @Test func aFindingWithLineBreaksInItsFactsStaysOneRecord() throws {
        var finding = try Fixture.recorded()
        finding.facts = "第一，窗口无人\n第二，\"推诿\""
        let text = export([finding], on: "2026-12-01")
        #expect(text.contains("\"第一，窗口无人\n第二，\"\"推诿\"\"\""))
    }
}
