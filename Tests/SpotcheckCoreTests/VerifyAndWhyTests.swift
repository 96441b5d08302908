import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

@Suite struct VerifyTests {
    static let roster = RosterGenerator(departments: 40, inspectors: 200).make(seed: 11)
    static let seed = Fixture.seed(42)
    static let record = try! draw(
        DrawInput(roster: roster, policy: Policy(targetsPerDraw: 6), date: Fixture.date, pool: "main", seed: seed))

    @Test func anHonestRecordReproduces() {
        #expect(verify(Self.record, seed: Self.seed, roster: Self.roster).reproduces)
    }

    @Test func aWrongSeedIsCaughtByTheCommitment() {
        let result = verify(Self.record, seed: Fixture.seed(43), roster: Self.roster)
        #expect(!result.reproduces)
        #expect(result.differences.first?.contains("seed commitment") == true)
    }

    @Test func anEditedRosterIsCaughtByTheSnapshotHash() {
        var roster = Self.roster
        roster.conflicts.removeLast()
        let result = verify(Self.record, seed: Self.seed, roster: roster)
        #expect(result.differences.first?.contains("snapshot hash") == true)
    }

    @Test func aSwappedTeamMemberIsNamed() {
        var record = Self.record
        let outsider = Self.roster.inspectors.first { person in
            !record.teams.contains { $0.members.contains { $0.inspector == person.id } }
        }!
        record.teams[1].members[2].inspector = outsider.id
        let result = verify(record, seed: Self.seed, roster: Self.roster)
        #expect(result.differences.count == 1)
        #expect(result.differences.first?.contains("team for \(record.teams[1].department)") == true)
    }

    @Test func aSwappedTargetIsNamed() {
        var record = Self.record
        record.picks[0].department = "d999"
        let result = verify(record, seed: Self.seed, roster: Self.roster)
        #expect(result.differences.contains { $0.hasPrefix("pick 1:") })
    }
}

@Suite struct WhyTests {
    @Test func explainsEveryRuleThatApplies() throws {
        let date = Fixture.date
        let roster = Roster(
            departments: [Fixture.department("A"), Fixture.department("B")],
            inspectors: [
                Fixture.inspector(
                    "x", home: "B", former: [FormerPost(department: "A", left: date.adding(days: -10))],
                    unavailable: [date]),
                Fixture.inspector("y", home: "A"),
                Fixture.inspector("z", home: "B"),
            ],
            conflicts: [Conflict(inspector: "x", department: "A", reason: "brother works there")],
            history: [PastAssignment(date: date.adding(days: -3), inspector: "x", department: "A")])
        let eligibility = try Eligibility(
            roster: roster, policy: Fixture.policy(former: 365, rotation: 90), date: date)
        #expect(
            eligibility.why(inspector: "x", department: "A")
                == .excluded([
                    .formerDepartment(until: date.adding(days: 354)), .declaredConflict(reason: "brother works there"),
                    .rotation(until: date.adding(days: 86)), .unavailable,
                ]))
        #expect(eligibility.why(inspector: "y", department: "A") == .excluded([.ownDepartment]))
        #expect(eligibility.why(inspector: "z", department: "A") == .eligible)
        #expect(eligibility.whoCould(department: "A") == ["z"])
        #expect(eligibility.why(inspector: "nobody", department: "A") == .unknownInspector("nobody"))
        #expect(eligibility.why(inspector: "z", department: "Q") == .unknownDepartment("Q"))
    }

    @Test func aRoundAddsTheReciprocalBanAndTheDailyCap() throws {
        let roster = Roster(
            departments: [Fixture.department("A"), Fixture.department("B"), Fixture.department("C")],
            inspectors: [
                Fixture.inspector("a1", home: "A"), Fixture.inspector("b1", home: "B"),
                Fixture.inspector("c1", home: "C"),
            ])
        let record = try Fixture.targeted(roster, Fixture.policy(reciprocal: true), targets: ["A", "C"], seed: 1)
        let eligibility = try Eligibility(
            roster: roster, policy: Fixture.policy(reciprocal: true), date: Fixture.date, round: record.teams)
        // Whoever inspects A is now busy for the day.
        let inspectorOfA = try #require(record.members(of: "A")?.first)
        let answer = eligibility.why(inspector: inspectorOfA, department: "B")
        guard case .excluded(let reasons) = answer else {
            Issue.record("expected exclusions, got \(answer)")
            return
        }
        #expect(reasons.contains(.dailyCap(cap: 1)))
        // a1 may not go to a department whose people inspect A.
        let home = try #require(record.teams.first { $0.department == "A" }?.members.first?.home)
        if case .excluded(let list) = eligibility.why(inspector: "a1", department: home) {
            #expect(list.contains(.reciprocal(with: home)))
        } else {
            Issue.record("a1 should be excluded from \(home)")
        }
    }
}
