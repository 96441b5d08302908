import SpotcheckRoster
import SpotcheckText
import Testing

/// The roster's text rules (an invisible mark, a formula's first character) are told in Chinese
/// when `spotcheck import` or `check-roster` reports a cell, with the character and its place.
@Suite struct RosterTextRuleWordingTests {
    @Test func bothRulesAreToldInChineseWithTheirValues() throws {
        let patterns = Catalogue.InputProblems.withComposition
        let mark = RosterParser.TextProblem.invisible(scalar: "\u{200D}", position: 3).message
        let told = try #require(patterns.match(mark))
        #expect(told.english == mark)
        #expect(told.chinese.contains("第 3 个字符是 U+200D") && told.chinese.contains("请删除"), "\(told.chinese)")
        let formula = RosterParser.TextProblem.formula(leader: "=").message
        let said = try #require(patterns.match(formula))
        #expect(said.english == formula)
        #expect(said.chinese.contains("以 '=' 开头") && said.chinese.contains("公式"), "\(said.chinese)")
    }
}
