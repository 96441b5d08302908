import Foundation
import Testing

/// A date with the right form that names no day, or a range written the wrong way round, is told
/// as such (not as a wrong format), in the reader's language, with the usage exit code.
@Suite struct DateInputTests {
    @Test func aDateOfTheRightFormThatIsNoDayIsToldAsSuch() throws {
        for date in ["2026-13-01", "2026-02-30"] {
            let english = try Run.spotcheck(["teams", "--date", date])
            #expect(english.status == 64)
            #expect(english.stderr.contains("--date '\(date)' has the form YYYY-MM-DD but there is no such day"))
            let chinese = try Run.spotcheck(["teams", "--date", date], locale: "zh_CN.UTF-8")
            #expect(chinese.status == 64 && chinese.stderr.contains("日历上没有这一天"), "\(chinese.stderr)")
        }
        // A wrong form is still told as a wrong form.
        let form = try Run.spotcheck(["teams", "--date", "30.11.2026"])
        #expect(form.status == 64 && form.stderr.contains("is not a date YYYY-MM-DD"), "\(form.stderr)")
    }

    @Test func aRangeThatEndsBeforeItStartsSaysSo() throws {
        let reversed = try Run.spotcheck(["inspectors", "unavailable", "i012", "2026-12-05..2026-12-01"])
        #expect(reversed.status == 64)
        #expect(
            reversed.stderr.contains("ends (2026-12-01) before it starts (2026-12-05); write the earlier day first"),
            "\(reversed.stderr)")
        let chinese = try Run.spotcheck(
            ["inspectors", "unavailable", "i012", "2026-12-05..2026-12-01"], locale: "zh_CN.UTF-8")
        #expect(chinese.stderr.contains("早于开始日（2026-12-05）"), "\(chinese.stderr)")
        let noDay = try Run.spotcheck(["inspectors", "unavailable", "i012", "2026-12-01..2026-12-32"])
        #expect(
            noDay.stderr.contains("'2026-12-32' has the form YYYY-MM-DD but there is no such day"), "\(noDay.stderr)")
        let form = try Run.spotcheck(["inspectors", "unavailable", "i012", "2026-12-01...5"])
        #expect(form.stderr.contains("is not a range YYYY-MM-DD..YYYY-MM-DD"), "\(form.stderr)")
    }
}
