import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

@Suite struct VerifyTests {
    static let roster = RosterGenerator(departments: 40, inspectors: 200).make(seed: 11)
    static let seed = Fixture.seed(42)
    static let policy = Policy(targetsPerDraw: 6)
    static let record = try! draw(
        DrawInput(roster: roster, policy: policy, date: Fixture.date, pool: "main", seed: seed))

    @Test func anHonestRecordReproduces() {
        #expect(verify(Self.record, seed: Self.seed, roster: Self.roster, policy: Self.policy).reproduces)
        #expect(
            verify(
                Self.record, seed: Self.seed, roster: Self.roster, policy: Self.policy,
                commitment: Self.record.commitment
            ).reproduces)
    }

    @Test func aWrongSeedIsCaughtByTheCommitment() {
        let result = verify(Self.record, seed: Fixture.seed(43), roster: Self.roster, policy: Self.policy)
        #expect(!result.reproduces)
        #expect(result.differences.first?.hasPrefix("seedCommitment:") == true)
    }

    @Test func anEditedRosterIsCaughtByTheSnapshotHash() {
        var roster = Self.roster
        roster.conflicts.removeLast()
        let result = verify(Self.record, seed: Self.seed, roster: roster, policy: Self.policy)
        #expect(result.differences.first?.hasPrefix("snapshotHash:") == true)
    }

    @Test func aSwappedTeamMemberIsNamed() {
        var record = Self.record
        let outsider = Self.roster.inspectors.first { person in
            !record.teams.contains { $0.members.contains { $0.inspector == person.id } }
        }!
        record.teams[1].members[2].inspector = outsider.id
        let result = verify(record, seed: Self.seed, roster: Self.roster, policy: Self.policy)
        #expect(result.differences == [result.differences[0]])
        #expect(result.differences.first?.hasPrefix("teams[1].members:") == true)
    }

    @Test func reorderedMembersAreNamed() {
        var record = Self.record
        record.teams[0].members.swapAt(1, 2)
        let result = verify(record, seed: Self.seed, roster: Self.roster, policy: Self.policy)
        #expect(result.differences.first?.hasPrefix("teams[0].members:") == true)
    }

    @Test func aSwappedTargetIsNamed() {
        var record = Self.record
        record.picks[0].department = "d999"
        let result = verify(record, seed: Self.seed, roster: Self.roster, policy: Self.policy)
        #expect(result.differences.contains { $0.hasPrefix("picks[0].department:") })
    }

    @Test func aVetoedTargetIsCaughtWhateverBlockerItClaims() {
        var record = Self.record
        let index = record.picks.firstIndex { $0.outcome == .target }!
        record.picks[index].outcome = .replaced
        record.picks[index].blocker = Blocker(code: "joint", message: "no staffing exists")
        let result = verify(record, seed: Self.seed, roster: Self.roster, policy: Self.policy)
        #expect(result.differences.contains { $0.hasPrefix("picks[\(index)].outcome:") })
        #expect(result.differences.contains { $0.hasPrefix("picks[\(index)].blocker:") })
    }

    @Test func aPolicyOtherThanTheCommittedOneIsRefusedByName() {
        var other = Self.policy
        other.cooldownDays = 0
        let result = verify(Self.record, seed: Self.seed, roster: Self.roster, policy: other)
        #expect(result.differences.contains { $0.hasPrefix("policyHash:") })
        #expect(result.differences.contains { $0.hasPrefix("policy.cooldown_days:") })
    }

    @Test func aRecordRemadeUnderAnotherPolicyFailsAgainstTheCommittedPolicyFile() throws {
        // Whoever holds the seed re-makes the record under a policy that suits them: the record is
        // self-consistent, but the policy file the commitment names does not hash to it.
        var other = Self.policy
        other.targetsPerDraw = 3
        other.reciprocalBan = false
        let remade = try draw(
            DrawInput(roster: Self.roster, policy: other, date: Fixture.date, pool: "main", seed: Self.seed))
        let result = verify(
            remade, seed: Self.seed, roster: Self.roster, policy: Self.policy, commitment: Self.record.commitment)
        #expect(result.differences.contains { $0.hasPrefix("commitment policyHash:") })
        #expect(result.differences.contains { $0.hasPrefix("policyHash:") })
    }

    @Test func aChangedCommitmentIsNamed() {
        var commitment = Self.record.commitment
        commitment.previousRecordHash = String(repeating: "0", count: 64)
        let result = verify(
            Self.record, seed: Self.seed, roster: Self.roster, policy: Self.policy, commitment: commitment)
        #expect(
            result.differences == [
                "commitment previousRecordHash: the commitment says \(commitment.previousRecordHash!), the record says nothing"
            ])
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
