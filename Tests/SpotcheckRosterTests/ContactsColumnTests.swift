import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckRoster

/// The optional `contacts` column of departments.csv.
@Suite struct ContactsColumnTests {
    static let inspectors = RosterParserTests.inspectors

    @Test func contactsAreReadWrittenBackAndLeftOutOfTheSnapshot() throws {
        let departments = """
            pools,contacts,id,name,weight,powers,required_skills
            county,wangli; zhaomin ;wangli,d-a,甲局,,,
            county,,d-b,乙局,,,

            """
        let roster = try RosterParser.parse(RosterParserTests.files(departments: departments))
        #expect(roster.departments.map(\.contacts) == [["wangli", "zhaomin"], []])
        // Without the column: no contacts, the same snapshot.
        let without = try RosterParser.parse(
            RosterParserTests.files(
                departments: "id,name,weight,powers,required_skills,pools\nd-a,甲局,,,,county\nd-b,乙局,,,,county\n"))
        #expect(without.departments.allSatisfy { $0.contacts.isEmpty })
        #expect(without.snapshotHash == roster.snapshotHash)
        // Written back and read again: the same contacts; a published roster has no such column.
        let files = RosterWriter.write(roster)
        let text = String(decoding: files.departments, as: UTF8.self)
        #expect(text.hasPrefix("id,name,weight,powers,required_skills,pools,contacts\n"))
        #expect(try RosterParser.parse(files.named(in: "again")).departments == roster.departments)
        let published = String(decoding: RosterWriter.write(roster, contacts: false).departments, as: UTF8.self)
        #expect(!published.contains("contacts") && !published.contains("wangli"))
        #expect(
            String(decoding: RosterWriter.write(without).departments, as: UTF8.self).hasPrefix(
                "id,name,weight,powers,required_skills,pools\n"))
    }

    @Test func aContactThatIsNoLoginIsNamedWithItsLineAndColumn() {
        let departments =
            "id,name,weight,powers,required_skills,pools,contacts\nd-a,甲局,,,,county,ok;王丽;-bad\nd-b,乙局,,,,county,\n"
        let errors = RosterParserTests.errors(RosterParserTests.files(departments: departments))
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.allSatisfy { $0.line == 2 && $0.column == 7 && $0.field == "contacts" })
        #expect(errors.first?.message.contains("'王丽' is not a valid Unix login name") == true)
    }

    @Test func anUnknownColumnStillListsEveryColumnIncludingContacts() {
        let departments = "id,name,weight,powers,required_skills,pools,contact\nd-a,甲局,,,,county,x\nd-b,乙局,,,,county,\n"
        let errors = RosterParserTests.errors(RosterParserTests.files(departments: departments))
        #expect(errors.first?.message.contains("required_skills,pools,contacts") == true, "\(errors)")
    }

    @Test func theExampleCountyHasPlausibleContactsForEveryDepartment() throws {
        let county = FuzzTests.county.path
        let roster = try RosterParser.parse(
            RosterFiles(
                departments: .init(name: "departments.csv", bytes: try Self.read("\(county)/departments.csv")),
                inspectors: .init(name: "inspectors.csv", bytes: try Self.read("\(county)/inspectors.csv"))))
        #expect(roster.departments.allSatisfy { !$0.contacts.isEmpty })
        let logins = Set(roster.departments.flatMap(\.contacts))
        #expect(logins.count == roster.departments.flatMap(\.contacts).count, "a contact of two departments")
        #expect(logins.isDisjoint(with: roster.inspectors.map(\.login)))
    }

    static func read(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
