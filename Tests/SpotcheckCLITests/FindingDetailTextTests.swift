import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// `spotcheck findings show` in each language: where the finding came from in the reader's words,
/// and a severity the department only proposed said to be one.
@Suite struct FindingDetailTextTests {
    static func finding(source: String, severity: String = "minor", proposed: Bool? = nil) -> LedgerMessages.Finding {
        LedgerMessages.Finding(
            id: "F-2026-483920", department: "d-shuiwu", source: source, rules: ["P03"], severity: severity,
            severityProposed: proposed, facts: "窗口无人值守", finder: "lili", found: "2026-12-01", state: "identified",
            measures: [], extensions: 0, recurrences: 0)
    }

    static func sourceLine(_ text: String) -> String {
        String(text.split(separator: "\n").first { $0.hasPrefix("source:") || $0.hasPrefix("来源：") } ?? "")
    }

    @Test func theSourceLineIsInTheReadersLanguage() {
        let cases: [(label: String, english: String)] = [
            ("自查", "self-inspection"), ("督查（抽签 12，d-shuiwu）", "inspection (draw 12, d-shuiwu)"),
            ("投诉", "complaint"), ("投诉（7）", "complaint (7)"),
        ]
        for (label, english) in cases {
            let finding = Self.finding(source: label)
            #expect(
                Self.sourceLine(FindingText.detail(finding, in: .english)) == "source:    \(english)",
                "\(FindingText.detail(finding, in: .english))")
            #expect(Self.sourceLine(FindingText.detail(finding, in: .chinese)) == "来源：      \(label)")
        }
        // A label this build does not know passes as it came.
        #expect(Self.sourceLine(FindingText.detail(Self.finding(source: "其他"), in: .english)) == "source:    其他")
    }

    @Test func aSeverityTheDepartmentOnlyProposedIsSaidToBeOne() {
        let proposed = Self.finding(source: "自查", severity: "grave", proposed: true)
        let english = FindingText.detail(proposed, in: .english)
        #expect(
            english.contains(
                "severity:  grave, proposed by the department: not yet set by the office (a coordinator not on the "
                    + "department's side confirms it with spotcheck findings confirm F-2026-483920 --severity …)"),
            "\(english)")
        let chinese = FindingText.detail(proposed, in: .chinese)
        #expect(chinese.contains("严重程度：  严重，为单位自报的建议：尚未由纪检监察机关核定"), "\(chinese)")
        // Set by the office (or never a proposal): the plain line.
        let set = FindingText.detail(Self.finding(source: "自查", severity: "grave"), in: .english)
        #expect(set.contains("severity:  grave\n") && !set.contains("proposed"), "\(set)")
    }
}
