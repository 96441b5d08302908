import Foundation
import SpotcheckCampaign
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// The form `spotcheck self-inspection form` writes: its instructions are comment lines (`#` first)
/// in either language, whatever punctuation they hold, and the form reads back as issued.
@Suite struct SelfInspectionFormFileTests {
    static let form = SelfInspectionMessages.Form(
        department: "d-shuiwu", departmentName: "县水务局 \"河长办\"", state: "issued", issuedAt: "2026-11-30T09:00:00+08:00",
        issuedBy: "uid 0 (root)", due: "2026-12-11",
        prohibitions: [
            SelfInspectionMessages.Prohibition(code: "P01", text: "不得脱离实际搞一刀切"),
            SelfInspectionMessages.Prohibition(code: "P02", text: "不得推诿扯皮, 敷衍塞责"),
        ])

    @Test(arguments: [Language.english, .chinese])
    func everyInstructionLineIsACommentAndTheFormReadsBack(language: Language) throws {
        let text = SelfInspectionText.render(Self.form, language: language)
        var lines = text.dropFirst().components(separatedBy: "\r\n")
        let header = try #require(lines.firstIndex { !$0.hasPrefix("#") })
        #expect(header >= 4, "\(lines)")
        for line in lines[..<header] {
            #expect(line.hasPrefix("# "), "an instruction that is no comment line: \(line)")
        }
        #expect(lines[header].hasPrefix(language == .chinese ? "部门,编号," : "department,code,"), "\(lines[header])")
        // Answered "no" throughout and read back: the instructions are skipped whatever they hold.
        for index in lines.indices where lines[index].hasPrefix("d-shuiwu,") {
            lines[index] = String(lines[index].dropLast(4)) + ",否,,,"
        }
        let answers = try SelfInspectionSheet.parse(
            Array(lines.joined(separator: "\r\n").utf8), department: "d-shuiwu",
            rules: Self.form.prohibitions.map { Prohibition(code: $0.code, text: $0.text) }
        ).get()
        #expect(answers.map(\.code) == ["P01", "P02"] && answers.allSatisfy { !$0.problemFound })
    }
}
