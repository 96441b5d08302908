import Testing

@testable import SpotcheckCore

@Suite struct DayTests {
    @Test func roundTripsThroughISOText() {
        for text in ["1970-01-01", "2000-02-29", "2026-12-01", "2099-12-31", "1969-12-31"] {
            #expect(Day(iso: text)?.description == text)
        }
    }

    @Test func refusesDatesThatDoNotExist() {
        for text in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-01-01", "2026-1-1", "2026/01/01", ""] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
    }

    @Test func knowsTheWeekday() {
        #expect(Day(iso: "2026-11-27")?.isoWeekday == 5)  // a Friday
        #expect(Day(iso: "1970-01-01")?.isoWeekday == 4)
        #expect(Day(iso: "1969-12-28")?.isoWeekday == 7)
    }

    @Test func countsDaysAcrossMonthsAndLeapYears() {
        let start = Day(iso: "2024-02-28")!
        #expect(start.adding(days: 1).description == "2024-02-29")
        #expect(start.adding(days: 2).description == "2024-03-01")
        #expect(Day(iso: "2027-01-01")!.ordinal - Day(iso: "2026-01-01")!.ordinal == 365)
    }
}
