import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

/// The staffing solver against an exhaustive search written independently of it.
@Suite struct SolverExactnessTests {
    /// Every staffing of `targets` (one team per target, members in ascending index order)
    /// that meets every rule and includes the fixed members, visited until `stop` returns true.
    static func staffings(
        _ targets: [Int], _ context: DrawContext, fixed: [[Int]]? = nil,
        stop: ([[Int]]) -> Bool
    ) -> Bool {
        let rules = context
        let people = Array(context.inspectors.indices)
        func subsets(_ k: Int, from start: Int) -> [[Int]] {
            if k == 0 { return [[]] }
            guard start < people.count else { return [] }
            var result: [[Int]] = []
            for index in start..<people.count {
                for rest in subsets(k - 1, from: index + 1) { result.append([people[index]] + rest) }
            }
            return result
        }
        let all = subsets(context.policy.teamSize, from: 0)
        let options = targets.indices.map { position in
            all.filter { team in
                SolverPropertyTests.valid([team], [targets[position]], rules)
                    && (fixed?[position] ?? []).allSatisfy { team.contains($0) }
            }
        }
        var chosen: [[Int]] = []
        func search(_ level: Int) -> Bool {
            if level == targets.count { return stop(chosen) }
            for team in options[level] {
                chosen.append(team)
                if SolverPropertyTests.valid(chosen, Array(targets.prefix(level + 1)), rules), search(level + 1) {
                    return true
                }
                chosen.removeLast()
            }
            return false
        }
        return search(0)
    }

    static func feasible(_ targets: [Int], _ context: DrawContext, fixed: [[Int]]? = nil) -> Bool {
        staffings(targets, context, fixed: fixed) { _ in true }
    }

    /// The canonical teams by their definition, with the exhaustive search as the oracle.
    static func canonical(_ targets: [Int], _ context: DrawContext, rank: [Int]) -> [[Int]] {
        let ranked = context.inspectors.indices.sorted { rank[$0] < rank[$1] }
        var fixed = [[Int]](repeating: [], count: targets.count)
        for position in targets.indices {
            var seats = context.policy.teamSize
            if context.policy.leadRequired {
                let lead = ranked.first { inspector in
                    guard context.canLead[inspector], context.isEligible(inspector, for: targets[position]) else {
                        return false
                    }
                    var trial = fixed
                    trial[position].append(inspector)
                    return feasible(targets, context, fixed: trial)
                }!
                fixed[position].append(lead)
                seats -= 1
            }
            for _ in 0..<seats {
                let next = ranked.first { inspector in
                    guard !fixed[position].contains(inspector) else { return false }
                    var trial = fixed
                    trial[position].append(inspector)
                    return feasible(targets, context, fixed: trial)
                }!
                fixed[position].append(next)
            }
        }
        return fixed
    }

    static func rank(_ number: Int, _ count: Int) -> [Int] {
        var random = SplitMix64(seed: UInt64(number) &* 104_729 &+ 7)
        var order = Array(0..<count)
        order.shuffle(using: &random)
        var rank = [Int](repeating: 0, count: count)
        for (position, inspector) in order.enumerated() { rank[inspector] = position }
        return rank
    }

    @Test func answersWhetherAStaffingExistsExactlyOnSmallInstances() throws {
        var feasibleCount = 0
        for number in 0..<1_200 {
            let instance = SolverPropertyTests.instance(number)
            let context = try DrawContext(roster: instance.roster, policy: instance.policy, date: Fixture.date)
            let targets = instance.targets.map { context.departmentIndex[$0]! }
            let expected = Self.feasible(targets, context)
            let solver = StaffingSolver(context: context)
            let found = solver.staffing(targets)
            #expect((found != nil) == expected, "instance \(number)")
            if let found {
                #expect(SolverPropertyTests.valid(found, targets, context), "instance \(number): invalid \(found)")
                feasibleCount += 1
            }
        }
        #expect(feasibleCount > 200 && feasibleCount < 1_100, "feasible \(feasibleCount)")
    }

    @Test func picksBecomeTargetsExactlyWhenTheGrowingSetStaysStaffable() throws {
        for number in 0..<600 {
            let instance = SolverPropertyTests.instance(number)
            let context = try DrawContext(roster: instance.roster, policy: instance.policy, date: Fixture.date)
            let solver = StaffingSolver(context: context)
            var accepted: [Int] = []
            for name in instance.targets {
                let pick = context.departmentIndex[name]!
                let blocker = solver.blocker(adding: pick, to: accepted)
                let expected = Self.feasible(accepted + [pick], context)
                #expect(
                    (blocker == nil) == expected, "instance \(number), pick \(name): \(String(describing: blocker))")
                if blocker == nil { accepted.append(pick) }
            }
        }
    }

    @Test func canonicalTeamsMatchTheirDefinition() throws {
        var compared = 0
        for number in 0..<400 {
            let instance = SolverPropertyTests.instance(number)
            let context = try DrawContext(roster: instance.roster, policy: instance.policy, date: Fixture.date)
            let targets = instance.targets.map { context.departmentIndex[$0]! }
            guard Self.feasible(targets, context) else { continue }
            let rank = Self.rank(number, context.inspectors.count)
            let teams = StaffingSolver(context: context).canonicalTeams(targets, rank: rank)
            #expect(teams == Self.canonical(targets, context, rank: rank), "instance \(number)")
            #expect(SolverPropertyTests.valid(teams, targets, context), "instance \(number)")
            compared += 1
        }
        #expect(compared > 100)
    }
}

/// The planted-tight rosters and their infeasible variants, at county size.
@Suite struct SolverPlantedRosterTests {
    static let generator = PlantedRoster(departments: 120, inspectors: 600, targets: 20)

    static func outcome(_ instance: PlantedRoster.Instance, seed: Int = 1) throws -> StaffingOutcome {
        try staffNamedTargets(
            roster: instance.roster, policy: generator.policy, date: generator.today, targets: instance.targets,
            seed: Fixture.seed(seed))
    }

    @Test func everyPlantedTargetIsStaffedWithTeamsThatMeetEveryRule() throws {
        for seed in 0..<3 {
            let instance = Self.generator.make(seed: UInt64(seed))
            let result = try Self.outcome(instance)
            #expect(result.blockers.isEmpty, "seed \(seed): \(result.blockers)")
            let context = try DrawContext(
                roster: instance.roster, policy: Self.generator.policy, date: Self.generator.today)
            let targets = instance.targets.map { context.departmentIndex[$0]! }
            let teams = instance.targets.map { result.teams[$0]!.map { context.inspectorIndex[$0]! } }
            #expect(SolverPropertyTests.valid(teams, targets, context), "seed \(seed)")
        }
    }

    @Test(arguments: [PlantedRoster.Variant.leadUnavailable, .skillRecused, .reciprocalDeadlock])
    func eachInfeasibleVariantIsProvedWithTheBlockerThatNamesItsReason(_ variant: PlantedRoster.Variant) throws {
        let instance = Self.generator.make(seed: 7, variant: variant)
        let result = try Self.outcome(instance)
        #expect(result.blockers.count == 1, "\(result.blockers)")
        #expect(result.blockers.values.first?.code == variant.expectedBlocker)
        if variant == .leadUnavailable {
            let certificate = try #require(result.blockers.values.first?.certificate)
            #expect(certificate.resource == "lead" && certificate.targets == Array(instance.targets.prefix(2)))
            #expect(certificate.demand == 2 && certificate.supply == 1)
        }
    }

    @Test func theSameInputsGiveTheSameTeamsWhateverTheRosterOrder() throws {
        let instance = Self.generator.make(seed: 3)
        let expected = try Self.outcome(instance, seed: 5)
        var shuffled = instance
        var random = SplitMix64(seed: 99)
        shuffled.roster.inspectors.shuffle(using: &random)
        shuffled.roster.departments.shuffle(using: &random)
        shuffled.roster.conflicts.shuffle(using: &random)
        #expect(try Self.outcome(shuffled, seed: 5) == expected)
    }
}
