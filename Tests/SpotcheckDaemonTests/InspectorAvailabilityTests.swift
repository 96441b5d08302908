import Foundation
import Testing

@testable import SpotcheckCore

#if canImport(Glibc)
    import Glibc
#endif

/// `spotcheck inspectors list` has an availability column a coordinator can read at a glance:
/// "available", "away FROM..TO" while away, "available; away …" for what is coming (ranges as
/// ranges, a single day as a day, at most three and "and N more"), past absences left out, and
/// "retired"; in the reader's language. "Today" is the daemon's.
@Suite(.serialized) struct InspectorAvailabilityTests {
    @Test func theAvailabilityColumnShowsRangesSingleDaysNothingAndRetiredInBothLanguages() throws {
        let daemon = try DailyUseTests.started(drawIn: 3600, revealIn: 3700)
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let today = try #require(Day(iso: daemon.localDate()))
        func day(_ offset: Int) -> String { today.adding(days: offset).description }
        func run(_ arguments: [String], locale: String = "C.UTF-8") throws -> String {
            let result = try ControlTests.run(
                ControlTests.cli, arguments, environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "LANG": locale])
            #expect(result.status == 0, "\(arguments): \(result.output)")
            return result.output
        }
        // i002: a coming range and a single day; i003: away now; i013: only a past absence;
        // i016: five coming absences; i020: retired; i019: nothing at all.
        for (id, dates) in [
            ("i002", "\(day(3))..\(day(7))"), ("i002", day(10)), ("i003", "\(day(-1))..\(day(1))"),
            ("i013", "\(day(-10))..\(day(-8))"),
        ] + (0..<5).map({ ("i016", day(20 + 3 * $0)) }) {
            _ = try run(["inspectors", "unavailable", id, dates])
        }
        _ = try run(["inspectors", "retire", "i020"])

        func line(_ output: String, _ id: String) throws -> String {
            let found = output.split(separator: "\n").first { $0.hasPrefix(id + " ") }.map(String.init)
            return try #require(found, "\(output)").replacing(/\s+$/, with: "")
        }
        let english = try run(["inspectors", "list"])
        #expect(english.split(separator: "\n").first?.contains("Availability") == true, "\(english)")
        #expect(try line(english, "i002").hasSuffix("available; away \(day(3))..\(day(7));\(day(10))"))
        #expect(try line(english, "i003").hasSuffix("away \(day(-1))..\(day(1))"))
        #expect(!(try line(english, "i003")).contains("available"))
        let i013 = try line(english, "i013")
        #expect(i013.hasSuffix(" available"), "\(i013)")
        #expect(!(try line(english, "i013")).contains(day(-10)))
        #expect(try line(english, "i019").hasSuffix(" available"))
        #expect(try line(english, "i016").hasSuffix("available; away \(day(20));\(day(23));\(day(26));and 2 more"))
        #expect(try line(english, "i020").hasSuffix(" retired"))

        let chinese = try run(["inspectors", "list"], locale: "zh_CN.UTF-8")
        #expect(try line(chinese, "i002").hasSuffix("可出勤；不可出勤 \(day(3))..\(day(7));\(day(10))"), "\(chinese)")
        #expect(try line(chinese, "i003").hasSuffix("不可出勤 \(day(-1))..\(day(1))"))
        #expect(try line(chinese, "i013").hasSuffix(" 可出勤"))
        #expect(try line(chinese, "i016").hasSuffix("可出勤；不可出勤 \(day(20));\(day(23));\(day(26));另有 2 段"))
        #expect(try line(chinese, "i020").hasSuffix(" 已停用"))
    }
}
