import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckRoster

/// Roster input texts: a length limit per column, refused before the costlier reading, and names
/// that show nothing of their own (blanks, noncharacters, private use, a leading combining mark)
/// or repeat another department's name, each refused with its file, line and column.
@Suite struct RosterTextRuleTests {
    static func errors(departmentName: String = "丙局", address: String? = nil, reason: String? = nil) -> [InputError] {
        let departments =
            address == nil
            ? RosterParserTests.departments.replacingOccurrences(of: "丙局", with: departmentName)
            : "id,name,weight,powers,required_skills,pools,address\n"
                + "d-a,甲局,,,,county,\nd-b,乙局,,,,county,\nd-c,丙局,,,,county,\(address!)\n"
        let files = RosterParserTests.files(
            departments: departments,
            conflicts: reason.map { "inspector,department,reason,until\ni2,d-a,\($0),\n" })
        let parsed = Result { () throws(InputErrors) in try RosterParser.parseInput(files) }
        guard case .failure(let error) = parsed else { return [] }
        return error.errors
    }

    @Test func aNameAnAddressOrAReasonBeyondItsLimitIsRefusedWithItsPlace() throws {
        #expect(Self.errors(departmentName: String(repeating: "局", count: RosterParser.maxNameCharacters)).isEmpty)
        let long = Self.errors(departmentName: String(repeating: "局", count: RosterParser.maxNameCharacters + 1))
        #expect(long.count == 1)
        let error = try #require(long.first)
        #expect(error.file == "departments.csv" && error.line == 4 && error.column == 2 && error.field == "name")
        #expect(error.message.contains("201 characters long; it holds at most 200"), "\(error)")
        let address = Self.errors(address: String(repeating: "路", count: RosterParser.maxAddressCharacters + 1))
        #expect(address.first?.field == "address" && address.first?.line == 4, "\(address)")
        let reason = Self.errors(reason: String(repeating: "亲", count: RosterParser.maxReasonCharacters + 1))
        #expect(reason.first?.file == "conflicts.csv" && reason.first?.field == "reason", "\(reason)")
    }

    @Test func aHugeNameIsRefusedQuickly() throws {
        let start = Date()
        let errors = Self.errors(departmentName: String(repeating: "x", count: 8 << 20))
        #expect(errors.count == 1 && errors.first?.field == "name", "\(errors.map(\.field))")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func aNameThatShowsNothingOfItsOwnIsRefusedWithItsPlace() throws {
        for name in ["\u{3000}", "\u{A0}\u{A0}", "\u{1D159}"] {
            let errors = Self.errors(departmentName: name)
            #expect(errors.first.map { ($0.line, $0.column, $0.field) } ?? (0, 0, nil) == (4, 2, "name"), "\(errors)")
        }
        func scalar(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }
        for (name, code) in [
            ("丙\(scalar(0xFDD0))局", "FDD0"), ("丙局\(scalar(0xFFFE))", "FFFE"), ("\(scalar(0x10FFFF))丙", "10FFFF"),
            ("丙\(scalar(0xE000))", "E000"),
        ] {
            let errors = Self.errors(departmentName: name)
            #expect(errors.count == 1 && errors[0].message.contains("U+\(code)"), "\(errors)")
        }
        for name in ["\u{300}丙局", "\u{20DD}丙局", "\u{1D1AA}丙局"] {
            let errors = Self.errors(departmentName: name)
            #expect(errors.count == 1 && errors[0].message.contains("combining mark"), "\(errors)")
        }
        // A combining mark after its base character is text.
        #expect(Self.errors(departmentName: "e\u{301}局").isEmpty)
    }

    @Test func aSecondDepartmentWithTheNameOfAnotherIsRefused() throws {
        let errors = Self.errors(departmentName: "甲局")
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.line == 4 && errors.first?.column == 2, "\(errors)")
        #expect(errors.first?.message.contains("department 'd-a' on line 2") == true, "\(errors)")
    }
}

/// TOML strings take the escapes TOML defines, `\u` and `\U` included; an integer beyond 64
/// bits is called too large, not a string.
@Suite struct TOMLEscapeTests {
    static func value(_ text: String) throws(InputErrors) -> TOMLValue? {
        try TOML.parse(Array("key = \(text)\n".utf8), file: "t.toml").entries["key"]?.value
    }

    @Test func unicodeEscapesAreRead() throws {
        #expect(try Self.value(#""\u4E0D\u5F97 \U0001F600 \r\b\f""#) == .string("不得 😀 \r\u{8}\u{C}"))
    }

    @Test func aSurrogateOrAShortEscapeIsRefused() {
        for text in [#""\uD800""#, #""\U00110000""#, #""\u12""#, #""\uZZZZ""#] {
            #expect(throws: InputErrors.self) { try Self.value(text) }
        }
        do {
            _ = try Self.value(#""\uDFFF""#)
        } catch {
            #expect(error.description.contains("surrogate"), "\(error)")
        }
    }

    @Test func anIntegerBeyondSixtyFourBitsIsCalledTooLarge() {
        do {
            _ = try Self.value("99999999999999999999999")
            Issue.record("accepted")
        } catch {
            #expect(error.description.contains("too large an integer"), "\(error)")
        }
        #expect((try? Self.value("2026-12-01")) == .string("2026-12-01"))
        #expect((try? Self.value("-12")) == .integer(-12))
    }
}
