import Testing

@testable import SpotcheckCore

/// The reciprocal ban reaches across the day's draws (`spotcheck-draw/3`, docs/draw-algorithm.md
/// §2): once a team of the day sends B's staff to A, no later draw of the day sends A's staff to B.
@Suite struct DayReciprocalTests {
    /// Departments A (pool p) and B (pool q), two inspectors each, all may lead, cap 1.
    static let roster = Roster(
        departments: [
            Fixture.department("A", pools: ["p"]), Fixture.department("B", pools: ["q"]),
        ],
        inspectors: [
            Fixture.inspector("a1", home: "A"), Fixture.inspector("a2", home: "A"),
            Fixture.inspector("b1", home: "B"), Fixture.inspector("b2", home: "B"),
        ])
    static let policy = Fixture.policy(size: 2, lead: true, reciprocal: true)

    /// The day after pool p's draw: A inspected by B's staff.
    static func dayAfterPoolP() throws -> (first: DrawRecord, roster: Roster) {
        let first = try Fixture.random(roster, policy, seed: 1, pool: "p")
        #expect(first.teams.map(\.department) == ["A"])
        #expect(Set(first.members(of: "A") ?? []) == ["b1", "b2"])
        var day = DaySoFar(date: Fixture.date)
        try day.issue(draw: "1", record: first)
        return (first, day.roster(roster))
    }

    static func draw(
        _ roster: Roster, pool: String = "q", targets: [String]? = nil, algorithm: String? = nil
    )
        throws -> DrawRecord
    {
        var input = DrawInput(
            roster: roster, policy: policy, date: Fixture.date, pool: pool, seed: Fixture.seed(2), fixedTargets: targets
        )
        if let algorithm { input.algorithm = algorithm }
        return try SpotcheckCore.draw(input)
    }

    @Test func aSecondPoolsDrawDoesNotSendAsStaffToBAfterBsStaffWentToA() throws {
        let (_, roster) = try Self.dayAfterPoolP()
        let second = try Self.draw(roster)
        #expect(second.algorithm == "spotcheck-draw/3")
        #expect(second.teams.isEmpty)
        #expect(second.shortfall == 1)
        let blocker = try #require(second.blocker(of: "B"))
        #expect(blocker.code == "too-few-inspectors")
        #expect(
            blocker.message == "only 0 eligible inspectors, a team needs 2 (recused: 2 own-department, 2 reciprocal)")
        #expect(verify(second, seed: Fixture.seed(2), roster: roster, policy: Self.policy).reproduces)
    }

    @Test func anOrderAfterTheScheduledDrawLeavesTheMutualInspectionUnstaffed() throws {
        let (_, roster) = try Self.dayAfterPoolP()
        let ordered = try Self.draw(roster, pool: "p", targets: ["B"])
        #expect(ordered.teams.isEmpty)
        #expect(ordered.picks.first?.outcome == .unstaffed)
        #expect(ordered.blocker(of: "B")?.message.contains("reciprocal") == true)
    }

    @Test func staffFromAThirdDepartmentStillInspectB() throws {
        var base = Self.roster
        base.departments.append(Fixture.department("C", pools: []))
        base.inspectors += [Fixture.inspector("c1", home: "C", cap: 2), Fixture.inspector("c2", home: "C", cap: 2)]
        let first = try Fixture.random(base, Self.policy, seed: 1, pool: "p")
        var day = DaySoFar(date: Fixture.date)
        try day.issue(draw: "1", record: first)
        let fromB = (first.members(of: "A") ?? []).filter { $0.hasPrefix("b") }
        let second = try Self.draw(day.roster(base), targets: ["B"])
        let team = try #require(second.members(of: "B"))
        // A's staff go to B only when no member of A's team came from B.
        if !fromB.isEmpty { #expect(!team.contains { $0.hasPrefix("a") }) }
        #expect(verify(second, seed: Fixture.seed(2), roster: day.roster(base), policy: Self.policy).reproduces)
    }

    @Test func whyAndTheDrawAgreeThatAsStaffMayNotGoToB() throws {
        let (first, roster) = try Self.dayAfterPoolP()
        var day = DaySoFar(date: Fixture.date)
        try day.issue(draw: "1", record: first)
        let eligibility = try Eligibility(
            roster: Self.roster, policy: Self.policy, date: Fixture.date, round: day.round(in: Self.roster))
        guard case .excluded(let reasons) = eligibility.why(inspector: "a1", department: "B") else {
            Issue.record("why lets a1 inspect B")
            return
        }
        #expect(reasons.contains(.reciprocal(with: "B")))
        let context = try DrawContext(roster: roster, policy: Self.policy, date: Fixture.date, dayReciprocal: true)
        let a1 = try #require(context.inspectorIndex["a1"])
        let b = try #require(context.departmentIndex["B"])
        #expect(context.reasons(inspector: a1, department: b) == [.reciprocal(with: "B")])
        #expect(!context.isEligible(a1, for: b))
    }

    @Test func withoutTheBanTheSecondDrawStaffsBFromA() throws {
        let (_, roster) = try Self.dayAfterPoolP()
        var policy = Self.policy
        policy.reciprocalBan = false
        let second = try SpotcheckCore.draw(
            DrawInput(roster: roster, policy: policy, date: Fixture.date, pool: "q", seed: Fixture.seed(2)))
        #expect(Set(second.members(of: "B") ?? []) == ["a1", "a2"])
    }

    @Test func aRecordOfTheOldAlgorithmStillVerifiesUnderItsOwnRule() throws {
        let (_, roster) = try Self.dayAfterPoolP()
        let old = try Self.draw(roster, algorithm: "spotcheck-draw/2")
        #expect(old.algorithm == "spotcheck-draw/2")
        #expect(Set(old.members(of: "B") ?? []) == ["a1", "a2"])
        #expect(verify(old, seed: Fixture.seed(2), roster: roster, policy: Self.policy).reproduces)
        // The same teams claimed under the new algorithm do not verify.
        var relabelled = old
        relabelled.algorithm = "spotcheck-draw/3"
        #expect(!verify(relabelled, seed: Fixture.seed(2), roster: roster, policy: Self.policy).reproduces)
        // An algorithm this build does not know is refused by name.
        var unknown = old
        unknown.algorithm = "spotcheck-draw/9"
        let differences = verify(unknown, seed: Fixture.seed(2), roster: roster, policy: Self.policy).differences
        #expect(differences.first?.hasPrefix("algorithm: the record says 'spotcheck-draw/9'") == true)
    }

    @Test func aSingleDrawIsTheSameUnderBothAlgorithms() throws {
        let roster = Roster(
            departments: [Fixture.department("A"), Fixture.department("B"), Fixture.department("C")],
            inspectors: ["A", "B", "C"].flatMap { home in
                (1...3).map { Fixture.inspector("\(home.lowercased())\($0)", home: home) }
            })
        let policy = Fixture.policy(targets: 3, size: 2, lead: true, homes: 1, reciprocal: true)
        for seed in 1...5 {
            var old = DrawInput(roster: roster, policy: policy, date: Fixture.date, pool: "p", seed: Fixture.seed(seed))
            old.algorithm = "spotcheck-draw/2"
            var new = try SpotcheckCore.draw(old)
            new.algorithm = "spotcheck-draw/3"
            let current = try SpotcheckCore.draw(
                DrawInput(roster: roster, policy: policy, date: Fixture.date, pool: "p", seed: Fixture.seed(seed)))
            #expect(new == current)
        }
    }
}
