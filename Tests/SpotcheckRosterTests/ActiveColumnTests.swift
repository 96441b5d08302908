import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckRoster

/// The optional `active` column of departments.csv and inspectors.csv.
@Suite struct ActiveColumnTests {
    static let departments = """
        id,name,weight,powers,required_skills,pools,active
        d-a,甲局,,,,county,
        d-b,乙局,,,,county, No

        """
    static let inspectors = """
        active,id,name,login,home,former,skills,can_lead,unavailable,daily_cap
        n,i1,张三,zhangsan,d-a,,,yes,2026-12-01..2026-12-05,
        YES,i2,李四,lisi,d-b,,,no,,2

        """

    @Test func retiredAndClosedRowsAreReadAndWrittenBackWithTheirHistory() throws {
        let history = "date,inspector,department\n2026-11-02,i1,d-b\n2026-11-03,i2,d-a\n"
        let roster = try RosterParser.parse(
            RosterParserTests.files(departments: Self.departments, inspectors: Self.inspectors, history: history))
        #expect(roster.departments.map(\.active) == [true, false])
        #expect(roster.inspectors.map(\.active) == [false, true])
        #expect(roster.history.count == 2)
        let files = RosterWriter.write(roster)
        let departments = String(decoding: files.departments, as: UTF8.self)
        let inspectors = String(decoding: files.inspectors, as: UTF8.self)
        #expect(departments.hasPrefix("id,name,weight,powers,required_skills,pools,contacts,address,active\n"))
        #expect(departments.contains("d-b,乙局,,,,county,,,no\n"))
        #expect(inspectors.contains("i1,张三,zhangsan,d-a,,,yes,2026-12-01..2026-12-05,1,no\n"))
        let again = try RosterParser.parse(files.named(in: "again"))
        #expect(again.snapshotHash == roster.snapshotHash)
        #expect(again.departments == roster.departments && again.inspectors == roster.inspectors)
        // A published roster (no contacts) still carries the flag, so it hashes the same.
        let published = RosterWriter.write(roster, contacts: false)
        #expect(
            String(decoding: published.departments, as: UTF8.self).hasPrefix(
                "id,name,weight,powers,required_skills,pools,active\n"))
        #expect(try RosterParser.parse(published.named(in: "published")).snapshotHash == roster.snapshotHash)
    }

    @Test func aRosterWithoutInactiveRowsIsWrittenAndHashedAsBefore() throws {
        let all = try RosterParser.parse(RosterParserTests.files())
        let files = RosterWriter.write(all)
        #expect(!String(decoding: files.inspectors, as: UTF8.self).contains("active"))
        #expect(!String(decoding: files.departments, as: UTF8.self).contains("active"))
        // An `active` column of only yes and blanks changes nothing.
        let withColumn = try RosterParser.parse(
            RosterParserTests.files(
                inspectors: RosterParserTests.inspectors.replacingOccurrences(
                    of: "daily_cap\n", with: "daily_cap,active\n"
                )
                .replacingOccurrences(of: "2026-12-10,\n", with: "2026-12-10,,yes\n")
                .replacingOccurrences(of: ",no,,2\n", with: ",no,,2,\n")))
        #expect(withColumn.snapshotHash == all.snapshotHash)
    }

    @Test func anAddressIsReadWrittenPublishedAndPartOfTheSnapshot() throws {
        let departments = """
            id,name,weight,powers,required_skills,pools,address
            d-a,甲局,,,,county," 人民路 1 号, 3 楼 "
            d-b,乙局,,,,county,

            """
        let roster = try RosterParser.parse(RosterParserTests.files(departments: departments))
        #expect(roster.departments.map(\.address) == ["人民路 1 号, 3 楼", ""])
        #expect(roster.canonicalText.contains("\naddress\td-a\t人民路 1 号, 3 楼\n"))
        #expect(!roster.canonicalText.contains("address\td-b"))
        var moved = roster
        moved.departments[0].address = "东街 2 号"
        #expect(moved.snapshotHash != roster.snapshotHash, "a new address is a new roster version")
        let published = RosterWriter.write(roster, contacts: false)
        #expect(
            String(decoding: published.departments, as: UTF8.self).hasPrefix(
                "id,name,weight,powers,required_skills,pools,address\n"))
        #expect(try RosterParser.parse(published.named(in: "p")).snapshotHash == roster.snapshotHash)
        let stored = RosterWriter.write(roster)
        #expect(try RosterParser.parse(stored.named(in: "s")).departments == roster.departments)
        let changes = RosterDiff.changes(from: roster, to: moved)
        #expect(changes.map(\.id) == ["d-a"], "\(changes)")
    }

    @Test func aValueOtherThanYesOrNoIsNamedWithItsLineAndColumn() {
        let departments =
            "id,name,weight,powers,required_skills,pools,active\nd-a,甲局,,,,county,retired\nd-b,乙局,,,,county,\n"
        let errors = RosterParserTests.errors(RosterParserTests.files(departments: departments))
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.line == 2 && errors.first?.column == 7 && errors.first?.field == "active")
        #expect(errors.first?.message.contains("'retired' is not yes or no") == true)
    }

    @Test func retiringOneInspectorChangesOnlyTheirRow() throws {
        let before = try RosterParser.parse(RosterParserTests.files())
        var after = before
        after.inspectors[0].active = false
        let changes = RosterDiff.changes(from: before, to: after)
        #expect(changes.count == 1, "\(changes)")
        #expect(changes.first?.id == "i1" && changes.first?.action == .changed)
        #expect(changes.first?.after?.hasSuffix(",no") == true)
        // And back.
        #expect(RosterDiff.changes(from: after, to: before).map(\.id) == ["i1"])
    }
}
