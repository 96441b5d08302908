import Foundation
import SpotcheckCore
import Testing

/// Unavailability as merged day ranges behaves exactly like the set of its days.
@Suite struct DaySetTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func range(_ a: String, _ b: String) -> DayRange { DayRange(day(a), day(b))! }

    @Test func normalizesOverlappingTouchingAndUnsortedRanges() {
        let set = DaySet(ranges: [
            Self.range("2026-12-10", "2026-12-12"), Self.range("2026-12-01", "2026-12-03"),
            Self.range("2026-12-04", "2026-12-04"), Self.range("2026-12-02", "2026-12-05"),
            Self.range("2026-12-11", "2026-12-11"), Self.range("2027-01-01", "2027-01-01"),
        ])
        #expect(set.description == "2026-12-01..2026-12-05;2026-12-10..2026-12-12;2027-01-01..2027-01-01")
        #expect(set.dayCount == 9)
        #expect(DayRange(Self.day("2026-12-02"), Self.day("2026-12-01")) == nil)
        #expect(DaySet() == [] && DaySet().isEmpty)
    }

    @Test func containsAgreesWithTheExpandedDaysOverManySeeds() {
        var generator = FuzzTests.Generator(state: 42)
        for _ in 0..<200 {
            var ranges: [DayRange] = []
            var days = Set<Int>()
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                let start = Int.random(in: 20_000...20_200, using: &generator)
                let end = start + Int.random(in: 0...15, using: &generator)
                ranges.append(DayRange(Day(ordinal: start), Day(ordinal: end))!)
                for ordinal in start...end { days.insert(ordinal) }
            }
            var set = DaySet(ranges: ranges)
            for ordinal in 19_990...20_230 {
                #expect(set.contains(Day(ordinal: ordinal)) == days.contains(ordinal))
            }
            #expect(set.dayCount == days.count)
            // Adding and removing a range matches the same on the expanded days.
            let start = Int.random(in: 20_000...20_200, using: &generator)
            let change = DayRange(Day(ordinal: start), Day(ordinal: start + Int.random(in: 0...20, using: &generator)))!
            if Bool.random(using: &generator) {
                set.insert(change)
                for ordinal in change.lower.ordinal...change.upper.ordinal { days.insert(ordinal) }
            } else {
                set.remove(change)
                for ordinal in change.lower.ordinal...change.upper.ordinal { days.remove(ordinal) }
            }
            #expect(set == DaySet(days.map(Day.init(ordinal:))))
        }
    }

    @Test func containsIsABinarySearch() {
        // A million disjoint ranges: a linear scan per lookup would take seconds for these lookups.
        let ranges = (0..<1_000_000).map { DayRange(Day(ordinal: $0 * 3), Day(ordinal: $0 * 3 + 1))! }
        let set = DaySet(ranges: ranges)
        #expect(set.ranges.count == 1_000_000)
        var found = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for ordinal in stride(from: 0, to: 3_000_000, by: 300) where set.contains(Day(ordinal: ordinal)) {
                found += 1
            }
        }
        #expect(found == 10_000)
        #expect(elapsed < .seconds(2), "\(elapsed)")
    }

    @Test func codesAsRangeTexts() throws {
        let set = DaySet(ranges: [Self.range("2026-12-01", "2026-12-03"), Self.range("2026-12-07", "2026-12-07")])
        let data = try JSONEncoder().encode(set)
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-12-01..2026-12-03","2026-12-07..2026-12-07"]"#)
        #expect(try JSONDecoder().decode(DaySet.self, from: data) == set)
        #expect(
            try JSONDecoder().decode(DaySet.self, from: Data(#"["2026-12-02","2026-12-01..2026-12-01"]"#.utf8))
                .description == "2026-12-01..2026-12-02")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DaySet.self, from: Data(#"["2026-12-03..2026-12-01"]"#.utf8))
        }
    }
}
