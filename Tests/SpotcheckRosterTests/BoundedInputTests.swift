import Foundation
import SpotcheckCore
import Testing

@testable import SpotcheckRoster

/// Hostile or oversized input is refused with a located error, quickly and without a crash.
@Suite struct BoundedInputTests {
    static func tomlErrors(_ text: String) -> [InputError] {
        do {
            _ = try TOML.parse(Array(text.utf8), file: "c.toml")
            return []
        } catch {
            return error.errors
        }
    }

    /// Seconds a closure takes (monotonic clock).
    static func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    // MARK: TOML nesting and size

    static let deepDocuments: [String] = {
        let n = 30_000
        let brackets = String(repeating: "[", count: n) + String(repeating: "]", count: n)
        let dotted = Array(repeating: "a", count: n).joined(separator: ".")
        let quoted = Array(repeating: "\"q\"", count: n).joined(separator: ".")
        return [
            brackets + "\n", "x = " + brackets + "\n", dotted + " = 1\n", "[" + dotted + "]\n", "[[" + dotted + "]]\n",
            "[policy]\n" + quoted + " = 1\n",
        ]
    }()

    @Test(arguments: deepDocuments.indices)
    func deeplyNestedTOMLIsAnErrorNamingItsLine(index: Int) {
        let text = Self.deepDocuments[index]
        let errors = Self.tomlErrors(text)
        #expect(errors.count == 1)
        let error = errors.first
        #expect(error?.line == (text.hasPrefix("[policy]") ? 2 : 1))
        #expect((error?.description.utf8.count ?? 0) < 400, "the message echoes too much: \(error?.description ?? "")")
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = TOML.maxDepth
        let key = Array(repeating: "a", count: depth).joined(separator: ".")
        let array = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let table = try TOML.parse(Array("\(key) = 1\n[t]\nx = \(array)\n".utf8), file: "c.toml")
        #expect(table.keys == ["a", "t"])
        #expect(!Self.tomlErrors("\(key).a = 1\n").isEmpty)
        #expect(!Self.tomlErrors("x = [\(array)]\n").isEmpty)
    }

    @Test func aTOMLFileOverOneMebibyteIsRefusedWhole() {
        let text = "# " + String(repeating: "x", count: TOML.maxBytes) + "\n"
        let errors = Self.tomlErrors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.line == 0)
        #expect(errors.first?.description.contains("more than the 1 MiB") == true)
    }

    @Test func manyKeysAndArrayTablesParseInLinearTime() throws {
        func keys(_ count: Int) -> String {
            "[t]\n" + (0..<count).map { "k\($0) = \($0)\n" }.joined()
        }
        func tables(_ count: Int) -> String {
            String(repeating: "[[p]]\nx = 1\n", count: count)
        }
        for make in [keys, tables] {
            let small = Array(make(5_000).utf8)
            let large = Array(make(40_000).utf8)
            #expect(large.count < TOML.maxBytes)
            var parsed: TOMLTable?
            let smallTime = Self.seconds { parsed = try? TOML.parse(small, file: "c.toml") }
            #expect(parsed != nil)
            let largeTime = Self.seconds { parsed = try? TOML.parse(large, file: "c.toml") }
            #expect(parsed != nil)
            // Eight times the input: linear is about 8x, quadratic 64x.
            #expect(largeTime < max(smallTime * 40, 2), "5,000: \(smallTime) s, 40,000: \(largeTime) s")
        }
    }

    // MARK: Control characters in messages

    @Test func messagesEscapeControlCharactersTerminalEscapesAndBidiOverrides() {
        let hostile = "x\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}evil\u{0085}\r"
        let toml = Self.tomlErrors("[policy]\nteam_size = \(hostile)\n")
        let roster = RosterParserTests.errors(
            RosterParserTests.files(
                departments: "id,name,weight,powers,required_skills,pools\nd-a,A,,\(hostile),,county\nd-b,B,,,,\n"))
        for error in toml + roster {
            let text = error.description
            #expect(InputText.isPlain(text), "\(text.debugDescription)")
            #expect(text.contains("\\u{1B}"))
        }
        #expect(!roster.isEmpty && !toml.isEmpty)
        #expect(InputText.escaped("a\u{202E}b\tc\u{200B}d") == "a\\u{202E}b\\tc\\u{200B}d")
        #expect(InputText.escaped("甲局 ok") == "甲局 ok")
    }

    @Test func longValuesAreCutInMessages() {
        let long = String(repeating: "z", count: 100_000)
        let errors = RosterParserTests.errors(
            RosterParserTests.files(
                departments: "id,name,weight,powers,required_skills,pools\nd-a,A,,\(long),,\nd-b,B,,,,\n"))
        #expect(errors.count == 1)
        #expect((errors.first?.description.utf8.count ?? .max) < 400)
        #expect(errors.first?.description.contains("99920 more characters") == true)
    }

    // MARK: Draw-time limits

    static func departments(skills: [[String]]) -> String {
        "id,name,weight,powers,required_skills,pools\n"
            + skills.enumerated().map { "d\($0.offset),D,,,\($0.element.joined(separator: ";")),county\n" }.joined()
    }

    static func inspectors(homes: Int) -> String {
        "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\n"
            + (0..<homes).map { "i\($0),I,u\($0),d\($0),,,yes,,\n" }.joined()
    }

    @Test func moreThanSixtyFourRequiredSkillsAreRefusedAtTheRowThatAddsTheSixtyFifth() {
        // 60 departments share s0; then one department per new skill.
        var skills = Array(repeating: ["s0"], count: 3)
        for index in 1...70 { skills.append(["s\(index)", "s0"]) }
        let errors = RosterParserTests.errors(
            RosterParserTests.files(
                departments: Self.departments(skills: skills), inspectors: Self.inspectors(homes: 1)))
        #expect(errors.count == 1)
        let error = errors.first
        // s64 is the 65th distinct skill; its department d66 is on line 68 (header, 3 + 64 rows before).
        #expect(error?.file == "departments.csv" && error?.line == 68 && error?.field == "required_skills")
        #expect(error?.description.contains("'s64' is the 65th distinct required skill") == true, "\(errors)")
    }

    @Test func sixtyFourRequiredSkillsAreAcceptedAndDrawn() throws {
        let skills = (0..<64).map { ["s\($0)"] }
        let roster = try RosterParser.parse(
            RosterParserTests.files(
                departments: Self.departments(skills: skills), inspectors: Self.inspectors(homes: 64)))
        let record = try draw(
            DrawInput(
                roster: roster, policy: Policy(targetsPerDraw: 1, teamSize: 1, minHomeDepartments: 1),
                date: Day(iso: "2026-12-01")!, pool: "county", seed: Seed(bytes: Array(repeating: 7, count: 32))!))
        #expect(record.picks.count >= 1)
    }

    @Test func oneHundredThousandSkillsInOneFieldParseInLinearTime() throws {
        func parse(_ count: Int) throws -> (Double, Inspector?) {
            let skills = (0..<count).map { "k\($0)" } + ["k0", "k1"]
            let inspectors =
                "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\n"
                + "i1,I,u1,d0,,\(skills.joined(separator: ";")),yes,,\n"
            var result: Inspector?
            var failure: (any Error)?
            let time = Self.seconds {
                do {
                    result = try RosterParser.parse(
                        RosterParserTests.files(
                            departments: Self.departments(skills: [[]]), inspectors: inspectors)
                    ).inspectors.first
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
            return (time, result)
        }
        let (smallTime, small) = try parse(1_000)
        #expect(small?.skills.count == 1_000 && small?.skills.prefix(2) == ["k0", "k1"])
        // 100,000 skills are more than one field may list: refused with one error, quickly.
        let large = RosterParserTests.errors(
            RosterParserTests.files(
                departments: Self.departments(skills: [[]]),
                inspectors: "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\ni1,I,u1,d0,,"
                    + (0..<100_000).map { "k\($0)" }.joined(separator: ";") + ",yes,,\n"))
        #expect(large.count == 1 && large.first?.field == "skills")
        #expect(large.first?.message.contains("more than 10000 items") == true)
        let (largeTime, many) = try parse(RosterParser.maxListItems - 2)
        #expect(many?.skills.count == RosterParser.maxListItems - 2)
        // Ten times the items: linear is about 10x, quadratic 100x.
        #expect(largeTime < max(smallTime * 40, 1), "1,000: \(smallTime) s, 9,998: \(largeTime) s")
    }

    @Test func quotesInsideLongUnquotedFieldsParseInLinearTime() {
        func time(_ count: Int) -> Double {
            let bytes = Array(
                ("a\n" + String(repeating: " ", count: count) + "x" + String(repeating: "\"", count: count)).utf8)
            return Self.seconds {
                #expect(throws: InputErrors.self) { try CSV.parse(bytes, file: "t.csv") }
            }
        }
        let small = time(20_000)
        let large = time(200_000)
        #expect(large < max(small * 40, 2), "20,000: \(small) s, 200,000: \(large) s")
    }

    @Test func csvErrorsAndFieldsAreCounted() throws {
        // One stray quote on each of 100,000 lines: 100,000 errors, of which 1,000 are kept.
        let quotes = Array(("a\n" + String(repeating: "x\"\n", count: 100_000)).utf8)
        do {
            _ = try CSV.parse(quotes, file: "t.csv")
            Issue.record("accepted")
        } catch {
            #expect(error.errors.count == CSV.maxErrors + 1)
            #expect(error.errors.last?.message == "and 99000 more errors")
        }
        let commas = Array(("a\n" + String(repeating: ",", count: 1_000_000) + "\n").utf8)
        do {
            _ = try CSV.parse(commas, file: "t.csv")
            Issue.record("accepted")
        } catch {
            #expect(error.errors.map(\.message) == ["a row has more than 100 fields"])
        }
    }

    @Test func aRosterFileOverSixtyFourMebibytesIsRefusedWhole() {
        var files = RosterParserTests.files()
        files.history = .init(
            name: "history.csv", bytes: [UInt8](repeating: 0x20, count: RosterParser.maxFileBytes + 1))
        let errors = RosterParserTests.errors(files)
        #expect(errors.count == 1)
        #expect(errors.first?.file == "history.csv" && errors.first?.line == 0)
        #expect(errors.first?.message.contains("more than the 64 MiB") == true)
    }

    // MARK: Unavailability

    @Test func wideUnavailabilityRangesLoadQuicklyAsRanges() throws {
        // About 240 KB: 2,700 inspectors, each away for three ten-year ranges.
        var text = "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\n"
        for index in 0..<2_700 {
            let year = 2000 + index % 50
            text +=
                "i\(index),I,u\(index),d0,,,no,\(year)-01-01..\(year + 10)-01-01;\(year + 20)-03-01..\(year + 30)-02-28;"
                + "\(year + 5)-06-01..\(year + 15)-05-31,\n"
        }
        #expect(text.utf8.count > 200_000)
        var roster: Roster?
        let time = Self.seconds {
            roster = try? RosterParser.parse(
                RosterParserTests.files(departments: Self.departments(skills: [[]]), inspectors: text))
        }
        let inspectors = try #require(roster?.inspectors)
        #expect(inspectors.count == 2_700)
        #expect(inspectors.allSatisfy { $0.unavailable.ranges.count == 2 })
        #expect(inspectors[0].unavailable.description == "2000-01-01..2015-05-31;2020-03-01..2030-02-28")
        #expect(inspectors[0].unavailable.contains(Day(iso: "2012-02-29")!))
        #expect(!inspectors[0].unavailable.contains(Day(iso: "2017-01-01")!))
        // Expanded day by day this took minutes; as ranges it is a fraction of a second even in a debug build.
        #expect(time < 5, "\(time) s")
        let snapshot = try #require(roster).canonicalText
        #expect(snapshot.utf8.count < 400_000)
        #expect(snapshot.contains("\t2000-01-01..2015-05-31,2020-03-01..2030-02-28\t"))
    }

    @Test func unavailabilityRangesAreMergedAndWrittenBackAsRanges() throws {
        let text = """
            id,name,login,home,former,skills,can_lead,unavailable,daily_cap
            i1,I,u1,d0,,,no,2026-12-05;2026-12-01..2026-12-03;2026-12-04;2026-12-10;2026-12-02..2026-12-02,

            """
        let roster = try RosterParser.parse(
            RosterParserTests.files(departments: Self.departments(skills: [[]]), inspectors: text))
        let days = roster.inspectors[0].unavailable
        #expect(days.description == "2026-12-01..2026-12-05;2026-12-10..2026-12-10")
        let written = String(decoding: RosterWriter.write(roster).inspectors, as: UTF8.self)
        #expect(written.contains(",2026-12-01..2026-12-05;2026-12-10,"))
        let again = try RosterParser.parse(
            RosterParserTests.files(departments: Self.departments(skills: [[]]), inspectors: written))
        #expect(again == roster)
    }

    @Test func unavailabilityRangesBeyondTenYearsOrBackwardsAreRefused() {
        for item in ["2026-12-05..2026-12-01", "2000-01-01..2010-01-10", "2026-12-01..", "2026-02-30"] {
            let text = "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\ni1,I,u1,d0,,,no,\(item),\n"
            let errors = RosterParserTests.errors(
                RosterParserTests.files(departments: Self.departments(skills: [[]]), inspectors: text))
            #expect(errors.count == 1 && errors.first?.field == "unavailable", "\(item): \(errors)")
        }
    }
}

extension BoundedInputTests {
    @Test func namesAndReasonsMayNotHoldControlsOrBidiOverrides() {
        for bad in ["\u{1B}[2J", "\u{202E}evil", "a\u{0085}b", "x\u{2066}y", "a\u{2028}b"] {
            let errors = RosterParserTests.errors(
                RosterParserTests.files(
                    conflicts: "inspector,department,reason,until\ni2,d-a,\(bad),\n"))
            #expect(errors.count == 1 && errors.first?.field == "reason", "\(bad.debugDescription): \(errors)")
            #expect(errors.first.map { InputText.isPlain($0.description) } == true)
        }
        #expect(
            RosterParserTests.errors(
                RosterParserTests.files(conflicts: "inspector,department,reason,until\ni2,d-a,配偶\t在该单位任职 👩‍👩‍👧,\n")
            ).isEmpty)
    }
}
