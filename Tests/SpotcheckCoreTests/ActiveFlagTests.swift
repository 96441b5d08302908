import Testing

@testable import SpotcheckCore

/// Retired inspectors and closed departments: kept in the roster with their history, never drawn
/// nor staffed, and part of what a draw commits to.
@Suite struct ActiveFlagTests {
    let a = Fixture.department("A")
    let b = Fixture.department("B")

    @Test func aRetiredInspectorIsNeverStaffedAndWhySaysRetired() throws {
        var retired = Fixture.inspector("x", home: "B")
        retired.active = false
        let roster = Roster(
            departments: [a, b], inspectors: [retired, Fixture.inspector("y", home: "B")],
            history: [PastAssignment(date: Fixture.date.adding(days: -400), inspector: "x", department: "A")])
        for seed in 0..<40 {
            #expect(
                try Fixture.targeted(roster, Fixture.policy(), targets: ["A"], seed: seed).members(of: "A") == ["y"])
        }
        // Only the retired one left: the target is unstaffed, and the blocker counts them as retired.
        let alone = Roster(departments: [a, b], inspectors: [retired])
        let record = try Fixture.targeted(alone, Fixture.policy(), targets: ["A"])
        #expect(record.teams.isEmpty)
        #expect(record.blocker(of: "A")?.message.contains("1 retired") == true)
        let why = try Eligibility(roster: alone, policy: Fixture.policy(), date: Fixture.date)
        #expect(why.why(inspector: "x", department: "A") == .excluded([.retired]))
        #expect(why.whoCould(department: "A") == [])
    }

    @Test func retiredComesBeforeUnavailableAmongThePersonalReasons() throws {
        var person = Fixture.inspector("x", home: "B", unavailable: [Fixture.date])
        person.active = false
        let roster = Roster(departments: [a, b], inspectors: [person])
        let why = try Eligibility(roster: roster, policy: Fixture.policy(), date: Fixture.date)
        #expect(why.why(inspector: "x", department: "B") == .excluded([.ownDepartment, .retired]))
    }

    @Test func aClosedDepartmentIsNeverDrawnButItsStaffStillInspectOthers() throws {
        var closed = Fixture.department("A", weight: 1000)
        closed.active = false
        let roster = Roster(
            departments: [closed, b, Fixture.department("C")],
            inspectors: [Fixture.inspector("x", home: "A"), Fixture.inspector("y", home: "C")])
        for seed in 0..<60 {
            let record = try Fixture.random(roster, Fixture.policy(targets: 2), seed: seed)
            #expect(!record.picks.contains { $0.department == "A" })
            #expect(record.eligibleDepartments == 2)
            #expect(record.eligibleWeight == 2)
        }
        // Its staff (x, home A) still inspect C.
        let toC = try Fixture.targeted(roster, Fixture.policy(), targets: ["C"])
        #expect(toC.members(of: "C") == ["x"])
    }

    @Test func anOrderNamingAClosedDepartmentIsRefused() throws {
        var closed = Fixture.department("A")
        closed.active = false
        let roster = Roster(departments: [closed, b], inspectors: [Fixture.inspector("x", home: "B")])
        #expect(throws: DrawError.closedTarget("A")) {
            try Fixture.targeted(roster, Fixture.policy(), targets: ["A"])
        }
    }

    @Test func allActiveRostersKeepTheirSnapshotHashAndInactiveOnesChangeIt() throws {
        let roster = Roster(departments: [a, b], inspectors: [Fixture.inspector("x", home: "B")])
        // The text of a roster where all are active has no closed/retired lines.
        #expect(!roster.canonicalText.contains("closed\t"))
        #expect(!roster.canonicalText.contains("retired\t"))
        var retired = roster
        retired.inspectors[0].active = false
        var closed = roster
        closed.departments[1].active = false
        #expect(retired.snapshotHash != roster.snapshotHash)
        #expect(closed.snapshotHash != roster.snapshotHash)
        #expect(retired.snapshotHash != closed.snapshotHash)
        #expect(retired.canonicalText.contains("\ninspector\tx\t"))
        #expect(retired.canonicalText.contains("\nretired\tx\n"))
        #expect(closed.canonicalText.contains("\nclosed\tB\n"))
        // The lines sit after the inspectors and before conflicts and history.
        var both = closed
        both.inspectors[0].active = false
        both.history = [PastAssignment(date: Fixture.date, inspector: "x", department: "A")]
        let lines = both.canonicalText.split(separator: "\n").map { $0.split(separator: "\t")[0] }
        #expect(lines.suffix(4) == ["inspector", "closed", "retired", "assignment"])
    }
}
