import Foundation
import SpotcheckCore
import SpotcheckLedger
import Testing

@testable import SpotcheckCampaign

/// The self-inspection form's file: what is issued reads back, and every mistake a county
/// official can make is named by line and column, with nothing accepted.
@Suite struct SelfInspectionFormTests {
    static let rules = [
        Prohibition(code: "P01", text: "不得脱离实际搞一刀切"),
        Prohibition(code: "P02", text: "不得推诿扯皮, 敷衍塞责"),
        Prohibition(code: "P03", text: "不得\"门难进、脸难看\""),
    ]

    static let chineseHeader = SelfInspectionColumn.allCases.map(\.chinese)
    static let englishHeader = SelfInspectionColumn.allCases.map(\.english)

    static func issued(_ header: [String] = chineseHeader) -> String {
        SelfInspectionSheet.render(
            department: "d-shuiwu", rules: rules, header: header,
            comments: ["自查自纠表：d-shuiwu，请于 2026-12-11 前交回", "第二行说明, 含逗号\n以及换行"])
    }

    /// The issued text with each prohibition's answer cells filled as given (code → cells).
    static func filled(_ answers: [String: (String, String, String)], header: [String] = chineseHeader) -> [UInt8] {
        var lines = issued(header).components(separatedBy: "\r\n")
        for (index, line) in lines.enumerated() {
            for (code, cells) in answers where line.hasPrefix("d-shuiwu,\(code),") {
                lines[index] =
                    String(line.dropLast(4)) + "," + [cells.0, cells.1, cells.2].map(quote).joined(separator: ",")
            }
        }
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func parse(_ bytes: [UInt8]) -> Result<[SelfInspectionAnswer], SelfInspectionProblems> {
        SelfInspectionSheet.parse(bytes, department: "d-shuiwu", rules: rules)
    }

    static func problems(_ bytes: [UInt8]) -> [SelfInspectionProblem] {
        if case .failure(let found) = parse(bytes) { return found.problems }
        return []
    }

    static let allNo = ["P01": ("否", "", ""), "P02": ("否", "", ""), "P03": ("否", "", "")]

    @Test func anIssuedFormStartsWithAByteOrderMarkAndHasOneRowPerProhibition() {
        let text = Self.issued()
        #expect(text.hasPrefix("\u{FEFF}# "))
        #expect(text.contains("\r\n"))
        let rows = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("d-shuiwu,") }
        #expect(rows.count == 3)
        // A rule text with a comma or quotes is quoted, so it stays one cell.
        #expect(text.contains(#""不得推诿扯皮, 敷衍塞责""#))
        #expect(text.contains(#""不得""门难进、脸难看""""#))
        // An issued form, unfilled, is not a returned one: every answer is missing.
        let problems = Self.problems(Array(text.utf8))
        #expect(problems.count == 3 && problems.allSatisfy { $0.column == .answer })
    }

    @Test func aFilledFormReadsBackInEitherLanguageWithItsProblemsFound() throws {
        for header in [Self.chineseHeader, Self.englishHeader] {
            let bytes = Self.filled(
                [
                    "P01": ("是", "窗口工作人员\n长期离岗", "建立考勤制度, 每周通报"),
                    "P02": ("no", "", ""),
                    "P03": ("YES", "办事群众反映\"脸难看\"", "开展作风培训"),
                ], header: header)
            let answers = try Self.parse(bytes).get()
            #expect(answers.map(\.code) == ["P01", "P02", "P03"])
            #expect(answers.map(\.problemFound) == [true, false, true])
            #expect(answers[0].description == "窗口工作人员\n长期离岗")
            #expect(answers[0].measures == "建立考勤制度, 每周通报")
            #expect(answers[2].description == "办事群众反映\"脸难看\"")
        }
    }

    @Test func rowsInAnotherOrderCommentsAndBlankLinesAreAccepted() throws {
        let text = """
            # 说明
            "# 用 Excel 保存后, 注释被加上引号"

            编号,是否存在问题,部门,问题描述,拟采取的整改措施
            P03,否,d-shuiwu,,
            P01,否,d-shuiwu,,
            # 中间的注释
            P02,是,d-shuiwu,推诿扯皮,限时办结

            """
        let answers = try Self.parse(Array(text.utf8)).get()
        #expect(answers.map(\.code) == ["P01", "P02", "P03"], "in the order issued")
        #expect(answers[1].line == 8)
    }

    @Test func everyMistakeIsNamedByLineAndColumnAndNothingIsAccepted() {
        let text = """
            # 说明
            部门,编号,是否存在问题,问题描述,拟采取的整改措施
            d-caizheng,P01,否,,
            d-shuiwu,P01,否,,
            d-shuiwu,P09,否,,
            d-shuiwu,P02,也许,,
            d-shuiwu,,是,x,y
            d-shuiwu,P01,否,,
            d-shuiwu,P03,是,,
            """
        let problems = Self.problems(Array(text.utf8))
        func has(_ line: Int, _ column: SelfInspectionColumn?, _ match: (SelfInspectionProblem.Kind) -> Bool) -> Bool {
            problems.contains { $0.line == line && $0.column == column && match($0.kind) }
        }
        #expect(
            has(3, .department) {
                if case .wrongDepartment("d-caizheng", "d-shuiwu") = $0 { true } else { false }
            })
        #expect(has(5, .code) { if case .unknownCode("P09") = $0 { true } else { false } })
        #expect(has(6, .answer) { if case .badAnswer("也许") = $0 { true } else { false } })
        #expect(has(7, .code) { $0 == .missingCode })
        #expect(has(8, .code) { if case .duplicateCode("P01", firstLine: 3) = $0 { true } else { false } })
        #expect(has(9, .description) { $0 == .descriptionRequired })
        #expect(has(9, .measures) { $0 == .measuresRequired })
        #expect(
            problems.contains { $0.located(file: "表.csv").hasPrefix("表.csv:6: problem found: '也许' is not an answer") })
        // P02 was answered badly, so it is not counted as answered; nothing else is missing.
        #expect(!problems.contains { if case .missingRow = $0.kind { true } else { false } })
    }

    @Test func aMissingRowAColumnTooManyOrTooFewAndAForeignHeaderAreRefused() {
        var problems = Self.problems(Array("部门,编号,是否存在问题,问题描述,拟采取的整改措施\nd-shuiwu,P01,否,,\n".utf8))
        #expect(
            problems.contains { $0.kind == .missingRow("P02") } && problems.contains { $0.kind == .missingRow("P03") })
        problems = Self.problems(Array("部门,编号,是否存在问题,问题描述\nd-shuiwu,P01,否,\n".utf8))
        #expect(problems == [SelfInspectionProblem(line: 1, column: .measures, kind: .missingColumn(.measures))])
        problems = Self.problems(Array("部门,编号,是否存在问题,问题描述,拟采取的整改措施,备注\n".utf8))
        #expect(problems.contains { $0.kind == .unknownColumn("备注") })
        problems = Self.problems(Array("部门,编号,编号,是否存在问题,问题描述,拟采取的整改措施\n".utf8))
        #expect(problems.contains { $0.kind == .duplicateColumn(.code) })
        problems = Self.problems(Array("d-shuiwu,P01,否,,\n".utf8))
        #expect(problems.map(\.kind) == [.noHeader])
        problems = Self.problems(Array("# 只有注释\n".utf8))
        #expect(problems.map(\.kind) == [.noHeader])
        problems = Self.problems(Array("部门,编号,是否存在问题,问题描述,拟采取的整改措施\nd-shuiwu,P01,否,,,多出来的\n".utf8))
        #expect(problems.contains { $0.line == 2 && $0.kind == .extraCells })
    }

    @Test func aMalformedOrOversizedFileIsRefusedWithItsLine() {
        let bytes = Self.filled(["P01": ("否", "", ""), "P02": ("否", "", ""), "P03": ("是", "x", "y")])
        var broken = bytes
        broken.append(contentsOf: Array("\nd-shuiwu,P04,\"未闭合的引号,\n".utf8))
        let problems = Self.problems(broken)
        #expect(problems.count == 1)
        if case .malformed(let message) = problems.first?.kind {
            #expect(message.contains("never closed"))
        } else {
            Issue.record("\(problems)")
        }
        let huge = Array(repeating: UInt8(ascii: "#"), count: SelfInspectionSheet.maxBytes + 1)
        #expect(Self.problems(huge).map(\.kind) == [.tooLarge(limit: SelfInspectionSheet.maxBytes)])
        let invalidUTF8: [UInt8] = Array("部门,编号,是否存在问题,问题描述,拟采取的整改措施\nd-shuiwu,P01,".utf8) + [0xFF, 0xFE]
        #expect(Self.problems(invalidUTF8).contains { if case .malformed = $0.kind { true } else { false } })
    }

    @Test func aTooLongDescriptionIsRefused() {
        let long = String(repeating: "长", count: SelfInspectionSheet.maxText + 1)
        let problems = Self.problems(
            Self.filled(["P01": ("是", long, "y"), "P02": ("否", "", ""), "P03": ("否", "", "")]))
        #expect(
            problems.contains { $0.column == .description && $0.kind == .tooLong(limit: SelfInspectionSheet.maxText) })
    }

    /// Text that would paint or forge what a coordinator's terminal shows, or hide itself.
    @Test(arguments: [
        ("窗口\u{1B}]0;标题\u{07}无人", UInt32(0x1B)), ("考勤\u{0}制度", 0x0), ("敷衍\u{202E}答复", 0x202E),
        ("拖延\u{2067}办理", 0x2067), ("推诿\u{85}扯皮", 0x85),
    ])
    func aControlCharacterOrBidiOverrideIsRefusedByLineAndColumn(text: String, value: UInt32) {
        let problems = Self.problems(
            Self.filled(["P01": ("是", text, "整改"), "P02": ("否", "", ""), "P03": ("是", "说明", text)]))
        #expect(problems.contains { $0.column == .description && $0.kind == .controlCharacter(value) }, "\(problems)")
        #expect(problems.contains { $0.column == .measures && $0.kind == .controlCharacter(value) }, "\(problems)")
        #expect(problems.allSatisfy { $0.line > 0 })
        // Tabs and line breaks inside a quoted cell stay allowed.
        let plain = Self.filled(["P01": ("是", "第一行\n第二行\t续", "整改"), "P02": ("否", "", ""), "P03": ("否", "", "")])
        #expect(Self.problems(plain).isEmpty)
    }

    @Test func allNoIsAValidReturnWithNoProblem() throws {
        let answers = try Self.parse(Self.filled(Self.allNo)).get()
        #expect(answers.allSatisfy { !$0.problemFound })
    }

    @Test func aCellAFormulaWouldRunIsWrittenAsText() {
        let text = SelfInspectionSheet.render(
            department: "d-x", rules: [Prohibition(code: "P01", text: "=HYPERLINK(\"x\")")], header: Self.englishHeader,
            comments: [])
        #expect(text.contains(#""'=HYPERLINK(""x"")""#))
    }

    @Test func aFormIsLateOnlyAfterItsDueDay() {
        let due = Day(iso: "2026-12-11")!
        #expect(!SelfInspectionFormState.isLate(due: due, today: due))
        #expect(!SelfInspectionFormState.isLate(due: due, today: Day(iso: "2026-12-10")!))
        #expect(SelfInspectionFormState.isLate(due: due, today: Day(iso: "2026-12-12")!))
    }
}
