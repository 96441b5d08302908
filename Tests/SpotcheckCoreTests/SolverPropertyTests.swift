import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

/// The solver against an exhaustive search on many small generated instances.
@Suite struct SolverPropertyTests {
    struct Instance {
        var roster: Roster
        var policy: Policy
        var targets: [String]
    }

    /// A small random instance; about a third are tight (few leads, scarce skills).
    static func instance(_ number: Int) -> Instance {
        var random = SplitMix64(seed: UInt64(number) &* 7919 &+ 13)
        let departmentCount = Int.random(in: 3...5, using: &random)
        let tight = number % 3 == 0
        let skillNames = ["s1", "s2"]
        var departments: [Department] = []
        for index in 0..<departmentCount {
            let skills = skillNames.filter { _ in Int.random(in: 0..<100, using: &random) < (tight ? 40 : 20) }
            departments.append(Fixture.department("D\(index)", skills: skills))
        }
        let inspectorCount = Int.random(in: 4...8, using: &random)
        var inspectors: [Inspector] = []
        for index in 0..<inspectorCount {
            inspectors.append(
                Fixture.inspector(
                    "I\(index)", home: "D\(Int.random(in: 0..<departmentCount, using: &random))",
                    lead: Int.random(in: 0..<100, using: &random) < (tight ? 25 : 50),
                    skills: skillNames.filter { _ in Int.random(in: 0..<100, using: &random) < (tight ? 25 : 40) },
                    cap: Int.random(in: 0..<100, using: &random) < 20 ? 2 : 1))
        }
        var conflicts: [Conflict] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            conflicts.append(
                Conflict(
                    inspector: "I\(Int.random(in: 0..<inspectorCount, using: &random))",
                    department: "D\(Int.random(in: 0..<departmentCount, using: &random))", reason: "tie"))
        }
        let size = Int.random(in: 1...3, using: &random)
        let policy = Fixture.policy(
            size: size, lead: Int.random(in: 0..<100, using: &random) < 70,
            homes: min(size, Int.random(in: 1...2, using: &random)),
            reciprocal: Int.random(in: 0..<100, using: &random) < 70)
        let targetCount = Int.random(in: 2...min(3, departmentCount), using: &random)
        var names = departments.map(\.id)
        names.shuffle(using: &random)
        return Instance(
            roster: Roster(departments: departments, inspectors: inspectors, conflicts: conflicts), policy: policy,
            targets: Array(names.prefix(targetCount)))
    }

    /// Every rule, checked directly on a proposed staffing.
    static func valid(_ teams: [[Int]], _ targets: [Int], _ context: DrawContext) -> Bool {
        var load: [Int: Int] = [:]
        var directions = Set<[Int]>()
        for (team, target) in zip(teams, targets) {
            guard team.count == context.policy.teamSize, Set(team).count == team.count else { return false }
            if context.policy.leadRequired, !team.contains(where: { context.canLead[$0] }) { return false }
            let covered = team.reduce(UInt64(0)) { $0 | context.skillMask[$1] }
            if context.requiredMask[target] & ~covered != 0 { return false }
            if Set(team.map { context.home[$0] }).count < context.policy.minHomeDepartments { return false }
            for member in team {
                guard context.isEligible(member, for: target) else { return false }
                load[member, default: 0] += 1
                if load[member]! > context.capacity[member] { return false }
                directions.insert([context.home[member], target])
            }
        }
        if context.policy.reciprocalBan {
            for direction in directions where directions.contains([direction[1], direction[0]]) { return false }
        }
        return true
    }

    /// Exhaustive search over every team for every target.
    static func bruteForce(_ targets: [Int], _ context: DrawContext) -> Bool {
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
        let options = targets.map { target in
            subsets(context.policy.teamSize, from: 0).filter { valid([$0], [target], context) }
        }
        var chosen: [[Int]] = []
        func search(_ level: Int) -> Bool {
            if level == targets.count { return valid(chosen, targets, context) }
            for team in options[level] {
                chosen.append(team)
                if valid(chosen, Array(targets.prefix(level + 1)), context), search(level + 1) { return true }
                chosen.removeLast()
            }
            return false
        }
        return search(0)
    }

    @Test func agreesWithExhaustiveSearchOnWhetherAStaffingExists() throws {
        var feasible = 0
        var greedyFailedButFeasible = 0
        for number in 0..<1_200 {
            let instance = Self.instance(number)
            let context = try DrawContext(roster: instance.roster, policy: instance.policy, date: Fixture.date)
            let targets = instance.targets.map { context.departmentIndex[$0]! }
            let expected = Self.bruteForce(targets, context)

            let solver = StaffingSolver(context: context)
            if let teams = solver.staffing(targets) {
                #expect(expected, "instance \(number): solver staffed an infeasible set")
                #expect(Self.valid(teams, targets, context), "instance \(number): invalid staffing \(teams)")
                feasible += 1
            } else {
                #expect(!expected, "instance \(number): solver says infeasible but a staffing exists")
            }

            // Would plain first-fit (extending the last staffing greedily) have managed?
            if expected {
                let greedy = StaffingSolver(context: context)
                var accepted: [Int] = []
                for target in targets {
                    _ = greedy.blocker(adding: target, to: accepted)
                    accepted.append(target)
                }
                if greedy.statistics.greedyExtensions < targets.count { greedyFailedButFeasible += 1 }
            }
        }
        // The set includes both outcomes, and instances where first-fit assignment fails.
        #expect(feasible > 200 && feasible < 1_100, "feasible \(feasible)")
        #expect(greedyFailedButFeasible > 5, "greedy failed on \(greedyFailedButFeasible) feasible instances")
    }

    @Test func eachDrawnTargetFitsAndEachReplacedOneIsProvedNotTo() throws {
        for number in 0..<300 {
            let instance = Self.instance(number)
            let record = try Fixture.targeted(instance.roster, instance.policy, targets: instance.targets, seed: number)
            let context = try DrawContext(roster: instance.roster, policy: instance.policy, date: Fixture.date)
            var accepted: [Int] = []
            for pick in record.picks {
                let target = context.departmentIndex[pick.department]!
                let fits = Self.bruteForce(accepted + [target], context)
                if pick.outcome == .target {
                    #expect(fits, "instance \(number): \(pick.department) accepted but does not fit")
                    accepted.append(target)
                } else {
                    #expect(
                        !fits,
                        "instance \(number): \(pick.department) refused (\(pick.blocker?.message ?? "")) but fits")
                }
            }
            let teams = record.teams.map { team in team.members.map { context.inspectorIndex[$0.inspector]! } }
            #expect(Self.valid(teams, accepted, context), "instance \(number)")
        }
    }

    @Test func spreadsThePicksEvenlyInASymmetricRoster() throws {
        // Two targets and twelve interchangeable inspectors from six other departments.
        let departments = ["A", "B", "H1", "H2", "H3", "H4", "H5", "H6"].map { Fixture.department($0) }
        let inspectors = (0..<12).map { Fixture.inspector("P\($0)", home: "H\($0 % 6 + 1)") }
        let roster = Roster(departments: departments, inspectors: inspectors)
        var counts: [String: Int] = [:]
        var leads: [String: Int] = [:]
        let seeds = 2_000
        for seed in 0..<seeds {
            let record = try Fixture.targeted(
                roster, Fixture.policy(size: 2, lead: true, homes: 2), targets: ["A", "B"], seed: seed)
            for team in record.teams {
                for member in team.members {
                    counts[member.inspector, default: 0] += 1
                    if member.role == .lead { leads[member.inspector, default: 0] += 1 }
                }
            }
        }
        let observed = inspectors.map { counts[$0.id] ?? 0 }
        let statistic = SamplerTests.chiSquare(observed, [Double](repeating: 1.0 / 12, count: 12))
        // Critical value for 11 degrees of freedom at p = 0.001.
        #expect(statistic < 31.26, "counts \(observed), chi-square \(statistic)")
        let leadCounts = inspectors.map { leads[$0.id] ?? 0 }
        let leadStatistic = SamplerTests.chiSquare(leadCounts, [Double](repeating: 1.0 / 12, count: 12))
        #expect(leadStatistic < 31.26, "lead counts \(leadCounts), chi-square \(leadStatistic)")
    }
}
