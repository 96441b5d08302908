import Testing

@testable import SpotcheckCore

/// Each hard rule of team-making, with the roster that would tempt a solver to break it.
@Suite struct RecusalRuleTests {
    let a = Fixture.department("A")
    let b = Fixture.department("B")
    let c = Fixture.department("C")

    @Test func neverAssignsInspectorToOwnDepartment() throws {
        // Only an insider is available: the target cannot be staffed, and says why.
        let roster = Roster(departments: [a, b], inspectors: [Fixture.inspector("x", home: "A")])
        let record = try Fixture.targeted(roster, Fixture.policy(), targets: ["A"])
        #expect(record.teams.isEmpty)
        #expect(record.blocker(of: "A")?.code == "too-few-inspectors")
        #expect(record.blocker(of: "A")?.message.contains("own-department") == true)
        // With an outsider too, the outsider goes, over many seeds.
        let both = Roster(
            departments: [a, b], inspectors: [Fixture.inspector("x", home: "A"), Fixture.inspector("y", home: "B")])
        for seed in 0..<50 {
            #expect(try Fixture.targeted(both, Fixture.policy(), targets: ["A"], seed: seed).members(of: "A") == ["y"])
        }
    }

    @Test func neverAssignsInspectorToFormerDepartmentWithinWindow() throws {
        let left = Fixture.date.adding(days: -100)
        let roster = Roster(
            departments: [a, b],
            inspectors: [Fixture.inspector("x", home: "B", former: [FormerPost(department: "A", left: left)])])
        let within = try Fixture.targeted(roster, Fixture.policy(former: 101), targets: ["A"])
        #expect(within.teams.isEmpty)
        #expect(within.blocker(of: "A")?.message.contains("former-department") == true)
        // The window is over on its 101st day after leaving.
        let after = try Fixture.targeted(roster, Fixture.policy(former: 100), targets: ["A"])
        #expect(after.members(of: "A") == ["x"])
    }

    @Test func neverAssignsInspectorWithDeclaredConflict() throws {
        let inspectors = [Fixture.inspector("x", home: "B")]
        let active = Roster(
            departments: [a, b], inspectors: inspectors,
            conflicts: [Conflict(inspector: "x", department: "A", reason: "spouse works there")])
        let record = try Fixture.targeted(active, Fixture.policy(), targets: ["A"])
        #expect(record.teams.isEmpty)
        #expect(record.blocker(of: "A")?.message.contains("declared-conflict") == true)
        // A conflict that ended the day before no longer applies; one ending today still does.
        let ended = Roster(
            departments: [a, b], inspectors: inspectors,
            conflicts: [Conflict(inspector: "x", department: "A", reason: "r", until: Fixture.date.adding(days: -1))])
        #expect(try Fixture.targeted(ended, Fixture.policy(), targets: ["A"]).members(of: "A") == ["x"])
        let endsToday = Roster(
            departments: [a, b], inspectors: inspectors,
            conflicts: [Conflict(inspector: "x", department: "A", reason: "r", until: Fixture.date)])
        #expect(try Fixture.targeted(endsToday, Fixture.policy(), targets: ["A"]).teams.isEmpty)
    }

    @Test func neverSendsDepartmentsToInspectEachOtherInOneRound() throws {
        // A's only possible inspector is from B and B's only possible inspector is from A.
        let roster = Roster(
            departments: [a, b],
            inspectors: [Fixture.inspector("fromA", home: "A"), Fixture.inspector("fromB", home: "B")])
        let banned = try Fixture.targeted(roster, Fixture.policy(reciprocal: true), targets: ["A", "B"])
        #expect(banned.targets == ["A"])
        #expect(banned.blocker(of: "B")?.code == "reciprocal")
        let allowed = try Fixture.targeted(roster, Fixture.policy(reciprocal: false), targets: ["A", "B"])
        #expect(allowed.targets == ["A", "B"])
    }

    @Test func reciprocalBanIsSolvedRoundNotJustChecked() throws {
        // A first-fit solver sends fromB to A, which forbids fromA at B; the complete solver
        // sends fromC to A instead so that both targets are staffed.
        let roster = Roster(
            departments: [a, b, c],
            inspectors: [
                Fixture.inspector("fromA", home: "A"), Fixture.inspector("fromB", home: "B"),
                Fixture.inspector("fromC", home: "C"),
            ])
        for seed in 0..<40 {
            let record = try Fixture.targeted(
                roster, Fixture.policy(reciprocal: true), targets: ["A", "B"], seed: seed)
            #expect(record.targets == ["A", "B"], "seed \(seed)")
            #expect(record.members(of: "B") == ["fromA"] || record.members(of: "B") == ["fromC"])
            if record.members(of: "B") == ["fromA"] { #expect(record.members(of: "A") == ["fromC"]) }
        }
    }

    @Test func neverReturnsInspectorWithinRotationWindow() throws {
        let roster = Roster(
            departments: [a, b], inspectors: [Fixture.inspector("x", home: "B")],
            history: [PastAssignment(date: Fixture.date.adding(days: -30), inspector: "x", department: "A")])
        let within = try Fixture.targeted(roster, Fixture.policy(rotation: 31), targets: ["A"])
        #expect(within.teams.isEmpty)
        #expect(within.blocker(of: "A")?.message.contains("rotation") == true)
        #expect(try Fixture.targeted(roster, Fixture.policy(rotation: 30), targets: ["A"]).members(of: "A") == ["x"])
    }

    @Test func neverAssignsUnavailableInspector() throws {
        let roster = Roster(
            departments: [a, b], inspectors: [Fixture.inspector("x", home: "B", unavailable: [Fixture.date])])
        let record = try Fixture.targeted(roster, Fixture.policy(), targets: ["A"])
        #expect(record.teams.isEmpty)
        #expect(record.blocker(of: "A")?.message.contains("unavailable") == true)
        let other = try Fixture.targeted(roster, Fixture.policy(), targets: ["A"], date: Fixture.date.adding(days: 1))
        #expect(other.members(of: "A") == ["x"])
    }

    @Test func neverExceedsDailyCap() throws {
        let one = Roster(departments: [a, b, c], inspectors: [Fixture.inspector("x", home: "C")])
        let capped = try Fixture.targeted(one, Fixture.policy(), targets: ["A", "B"])
        #expect(capped.targets == ["A"])
        let two = Roster(departments: [a, b, c], inspectors: [Fixture.inspector("x", home: "C", cap: 2)])
        #expect(try Fixture.targeted(two, Fixture.policy(), targets: ["A", "B"]).targets == ["A", "B"])
        // An inspection already on the books for the day counts against the cap.
        var busy = two
        busy.history = [PastAssignment(date: Fixture.date, inspector: "x", department: "C")]
        #expect(try Fixture.targeted(busy, Fixture.policy(), targets: ["A", "B"]).targets == ["A"])
    }

    @Test func everyTeamHasAQualifiedLeadWhenRequired() throws {
        let roster = Roster(
            departments: [a, b, c],
            inspectors: [
                Fixture.inspector("m1", home: "B", lead: false), Fixture.inspector("m2", home: "C", lead: false),
            ])
        let none = try Fixture.targeted(roster, Fixture.policy(size: 2, lead: true), targets: ["A"])
        #expect(none.teams.isEmpty)
        #expect(none.blocker(of: "A")?.code == "no-lead")
        var withLead = roster
        withLead.inspectors.append(Fixture.inspector("boss", home: "B", lead: true))
        let record = try Fixture.targeted(withLead, Fixture.policy(size: 2, lead: true), targets: ["A"])
        let team = try #require(record.teams.first)
        #expect(team.members.first?.inspector == "boss")
        #expect(team.members.map(\.role) == [.lead, .member])
    }

    @Test func everyTeamCoversTheTargetsRequiredSkills() throws {
        let target = Fixture.department("A", skills: ["finance", "law"])
        let roster = Roster(
            departments: [target, b, c],
            inspectors: [
                Fixture.inspector("f", home: "B", skills: ["finance"]),
                Fixture.inspector("l", home: "C", skills: ["law"]),
                Fixture.inspector("n1", home: "B"), Fixture.inspector("n2", home: "C"),
            ])
        for seed in 0..<30 {
            let record = try Fixture.targeted(roster, Fixture.policy(size: 2), targets: ["A"], seed: seed)
            #expect(Set(try #require(record.members(of: "A"))) == ["f", "l"])
        }
        let missing = Roster(
            departments: [target, b], inspectors: [Fixture.inspector("f", home: "B", skills: ["finance"])])
        let record = try Fixture.targeted(missing, Fixture.policy(size: 1), targets: ["A"])
        #expect(record.blocker(of: "A")?.code == "no-skill")
        #expect(record.blocker(of: "A")?.message.contains("law") == true)
    }

    @Test func everyTeamComesFromEnoughHomeDepartments() throws {
        let roster = Roster(
            departments: [a, b, c],
            inspectors: [
                Fixture.inspector("b1", home: "B"), Fixture.inspector("b2", home: "B"),
                Fixture.inspector("b3", home: "B"),
                Fixture.inspector("c1", home: "C"),
            ])
        for seed in 0..<30 {
            let record = try Fixture.targeted(roster, Fixture.policy(size: 3, homes: 2), targets: ["A"], seed: seed)
            #expect(record.members(of: "A")?.contains("c1") == true)
        }
        let oneHome = Roster(
            departments: [a, b],
            inspectors: [Fixture.inspector("b1", home: "B"), Fixture.inspector("b2", home: "B")])
        let record = try Fixture.targeted(oneHome, Fixture.policy(size: 2, homes: 2), targets: ["A"])
        #expect(record.blocker(of: "A")?.code == "home-departments")
    }

    @Test func teamsHaveExactlyTheConfiguredSize() throws {
        let people = (1...9).map { Fixture.inspector("p\($0)", home: $0 % 2 == 0 ? "B" : "C") }
        let roster = Roster(departments: [a, b, c], inspectors: people)
        for size in 1...4 {
            let record = try Fixture.targeted(roster, Fixture.policy(size: size), targets: ["A"])
            #expect(record.members(of: "A")?.count == size)
        }
    }
}
