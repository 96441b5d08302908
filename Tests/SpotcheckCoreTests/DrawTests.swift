import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

@Suite struct DrawTests {
    static let roster = RosterGenerator(departments: 60, inspectors: 300).make(seed: 7)
    static let policy = Policy(targetsPerDraw: 8, teamSize: 3, minHomeDepartments: 2, formerDepartmentWindowDays: 365)

    @Test func sameInputsGiveTheSameRecord() throws {
        let input = DrawInput(
            roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Fixture.seed(3))
        let first = try draw(input)
        let second = try draw(input)
        #expect(first == second)
        #expect(first.teams.count == 8)
    }

    @Test func rowOrderNeverChangesTheRecord() throws {
        var random = SplitMix64(seed: 99)
        var shuffled = Self.roster
        shuffled.departments.shuffle(using: &random)
        shuffled.inspectors.shuffle(using: &random)
        shuffled.conflicts.shuffle(using: &random)
        shuffled.history.shuffle(using: &random)
        #expect(shuffled.snapshotHash == Self.roster.snapshotHash)
        for seed in 0..<5 {
            let original = try draw(
                DrawInput(
                    roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Fixture.seed(seed)
                ))
            let reordered = try draw(
                DrawInput(
                    roster: shuffled, policy: Self.policy, date: Fixture.date, pool: "main", seed: Fixture.seed(seed)))
            #expect(original == reordered)
        }
    }

    @Test func differentSeedsGiveDifferentDraws() throws {
        var targetSets = Set<[String]>()
        for seed in 0..<20 {
            let record = try draw(
                DrawInput(
                    roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Fixture.seed(seed)
                ))
            targetSets.insert(record.targets)
        }
        #expect(targetSets.count == 20)
    }

    @Test func recordCommitsToSeedAndSnapshot() throws {
        let seed = Fixture.seed(5)
        let record = try draw(
            DrawInput(
                roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: seed,
                previousRecordHash: "ab"))
        #expect(record.seedCommitment == seed.commitment)
        #expect(record.seedCommitment != seed.hex)
        #expect(record.snapshotHash == Self.roster.snapshotHash(seed: seed))
        #expect(record.previousRecordHash == "ab")
        #expect(record.algorithm == DrawRecord.currentAlgorithm)
        for pick in record.picks {
            #expect(pick.ticket != nil && pick.remainingWeight != nil && pick.weight != nil)
        }
    }

    @Test func neverDrawsZeroWeightOtherPoolsOrCoolingDown() throws {
        let departments = [
            Fixture.department("zero", weight: 0), Fixture.department("elsewhere", pools: ["q"]),
            Fixture.department("recent"), Fixture.department("ok1"), Fixture.department("ok2"),
            Fixture.department("home", pools: []),
        ]
        let inspectors = (1...6).map { Fixture.inspector("i\($0)", home: "home") }
        let roster = Roster(
            departments: departments, inspectors: inspectors,
            history: [PastAssignment(date: Fixture.date.adding(days: -5), inspector: "i1", department: "recent")])
        for seed in 0..<30 {
            let record = try Fixture.random(roster, Fixture.policy(targets: 5, cooldown: 6), seed: seed)
            #expect(Set(record.targets) == ["ok1", "ok2"])
            #expect(record.shortfall == 3)
            #expect(record.eligibleDepartments == 2)
        }
        // After the cool-down the department can be drawn again.
        let later = try Fixture.random(roster, Fixture.policy(targets: 5, cooldown: 5))
        #expect(Set(later.targets) == ["ok1", "ok2", "recent"])
    }

    @Test func targetedDrawStaffsOnlyTheNamedDepartments() throws {
        let record = try draw(
            DrawInput(
                roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Fixture.seed(1),
                fixedTargets: ["d017", "d003"]))
        #expect(record.mode == .targeted)
        #expect(record.targets == ["d017", "d003"])
        #expect(record.picks.allSatisfy { $0.ticket == nil })
        #expect(throws: DrawError.unknownTarget("nope")) {
            try draw(
                DrawInput(
                    roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Fixture.seed(1),
                    fixedTargets: ["nope"]))
        }
        #expect(throws: DrawError.duplicateTarget("d003")) {
            try draw(
                DrawInput(
                    roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Fixture.seed(1),
                    fixedTargets: ["d003", "d003"]))
        }
    }

    @Test func unstaffableTargetIsReplacedByTheNextInSampleOrder() throws {
        // "lonely" can only be inspected by people from "lonely" itself.
        let departments = [
            Fixture.department("lonely", weight: 1000), Fixture.department("x"), Fixture.department("y"),
            Fixture.department("home", weight: 0),
        ]
        let roster = Roster(
            departments: departments,
            inspectors: [Fixture.inspector("i1", home: "home"), Fixture.inspector("i2", home: "home")],
            conflicts: [
                Conflict(inspector: "i1", department: "lonely", reason: "kin"),
                Conflict(inspector: "i2", department: "lonely", reason: "kin"),
            ])
        var sawReplacement = false
        for seed in 0..<20 {
            let record = try Fixture.random(roster, Fixture.policy(targets: 1), seed: seed)
            #expect(record.targets.count == 1)
            #expect(!record.targets.contains("lonely"))
            if let pick = record.picks.first(where: { $0.department == "lonely" }) {
                #expect(pick.outcome == .replaced)
                #expect(pick.blocker?.code == "too-few-inspectors")
                #expect(pick.replacedBy == record.targets.first)
                #expect(record.picks.last?.department == record.targets.first)
                sawReplacement = true
            }
        }
        #expect(sawReplacement)
    }

    @Test func everyRefusedPickCarriesAProvedBlockerAndNeverAnUndecidedOne() throws {
        let roster = RosterGenerator(departments: 30, inspectors: 120).make(seed: 3)
        let record = try draw(
            DrawInput(
                roster: roster, policy: Policy(targetsPerDraw: 3, teamSize: 3), date: Fixture.date,
                pool: "main", seed: Fixture.seed(1)))
        #expect(record.picks.allSatisfy { $0.blocker?.code != "search-budget" })
        #expect(record.picks.allSatisfy { ($0.outcome == .target) == ($0.blocker == nil) })
    }

    @Test func refusesAnInvalidPolicy() {
        #expect(throws: DrawError.self) {
            try Fixture.random(Self.roster, Policy(targetsPerDraw: 0))
        }
    }
}
