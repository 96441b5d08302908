import Foundation
import SpotcheckCore
import SpotcheckLedger
import Testing

@testable import SpotcheckCampaign

/// The form's severity column (严重程度): a department grades each problem it found; a form
/// issued before the column existed is still accepted.
@Suite struct FormSeverityTests {
    static let rules = SelfInspectionFormTests.rules

    static func form(_ header: String, _ rows: [String]) -> [UInt8] {
        Array(("\u{FEFF}# 说明\r\n" + header + "\r\n" + rows.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static let chinese = "部门,编号,禁止性规定,是否存在问题,问题描述,拟采取的整改措施,严重程度"

    @Test func theIssuedFormHasASeverityColumnAndEachGradeReadsBackInEitherLanguage() throws {
        let issued = SelfInspectionFormTests.issued()
        #expect(issued.contains(Self.chinese + "\r\n"), "\(issued)")
        let bytes = Self.form(
            Self.chinese,
            ["d-shuiwu,P01,,是,公款吃喝,退赔,较重", "d-shuiwu,P02,,是,推诿,整改,grave", "d-shuiwu,P03,,是,敷衍,整改,"])
        guard case .success(let answers) = SelfInspectionSheet.parse(bytes, department: "d-shuiwu", rules: Self.rules)
        else {
            Issue.record("refused: \(SelfInspectionFormTests.problems(bytes))")
            return
        }
        #expect(answers.map(\.severity) == [.serious, .grave, .minor])
    }

    @Test func aSeverityThatIsNoGradeIsNamedByLineAndColumnAndNothingIsAccepted() {
        let bytes = Self.form(
            Self.chinese, ["d-shuiwu,P01,,是,公款吃喝,退赔,中等", "d-shuiwu,P02,,否,,,", "d-shuiwu,P03,,否,,,"])
        let problems = SelfInspectionFormTests.problems(bytes)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.line == 3 && problems.first?.column == .severity, "\(problems)")
        #expect(problems.first?.located(file: "f.csv").contains("f.csv:3: severity: '中等' is not a severity") == true)
    }

    @Test func aFormWithoutTheSeverityColumnIsAcceptedAndItsProblemsAreMinor() {
        let bytes = Self.form(
            "部门,编号,是否存在问题,问题描述,拟采取的整改措施",
            ["d-shuiwu,P01,是,公款吃喝,退赔", "d-shuiwu,P02,否,,", "d-shuiwu,P03,否,,"])
        guard case .success(let answers) = SelfInspectionSheet.parse(bytes, department: "d-shuiwu", rules: Self.rules)
        else {
            Issue.record("refused: \(SelfInspectionFormTests.problems(bytes))")
            return
        }
        #expect(answers.first?.severity == .minor)
    }
}
