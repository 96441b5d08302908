import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

/// The scarce core (leads and skill holders, each team's mode chosen under Hall's condition)
/// says no only when no staffing exists, and the staffings it finds give every team its lead and
/// skills within every inspector's capacity (the home rule and the reciprocal ban are the
/// caller's to check).
@Suite struct StaffingModesTests {
    static func coreValid(_ teams: [[Int]], _ targets: [Int], _ fixed: [[Int]], _ context: DrawContext) -> Bool {
        var load = [Int](repeating: 0, count: context.inspectors.count)
        for (position, team) in teams.enumerated() {
            let target = targets[position]
            guard team.count == context.policy.teamSize, Set(team).count == team.count,
                fixed[position].allSatisfy(team.contains), team.allSatisfy({ context.isEligible($0, for: target) })
            else { return false }
            if context.policy.leadRequired, !team.contains(where: { context.canLead[$0] }) { return false }
            let covered = team.reduce(UInt64(0)) { $0 | context.skillMask[$1] }
            if context.requiredMask[target] & ~covered != 0 { return false }
            for member in team { load[member] += 1 }
        }
        return context.inspectors.indices.allSatisfy { load[$0] <= context.capacity[$0] }
    }

    static func core(_ context: DrawContext, _ targets: [Int], fixed: [[Int]]) -> StaffingRoleFlow {
        let solver = StaffingSolver(context: context)
        var positionOf: [Int: Int] = [:]
        for (position, target) in targets.enumerated() { positionOf[target] = position }
        let ranked = solver.available
        return StaffingRoleFlow(
            context: context, targets: targets, teamSize: solver.teamSize, leadRequired: solver.leadRequired,
            minHomes: solver.minHomes, ranked: ranked, positionOf: positionOf, fixed: fixed,
            known: [[Int]](repeating: [], count: targets.count),
            scarce: ranked.filter { (solver.leadRequired && context.canLead[$0]) || context.skillMask[$0] != 0 })
    }

    @Test func theScarceCoreSaysNoOnlyWhenNoStaffingExistsAndItsTeamsHaveTheirLeadsAndSkills() throws {
        var refused = 0
        var staffed = 0
        for number in 0..<1_500 {
            let instance = SolverPropertyTests.instance(number)
            let context = try DrawContext(roster: instance.roster, policy: instance.policy, date: Fixture.date)
            let targets = instance.targets.map { context.departmentIndex[$0]! }
            // As asked by the canonical teams: nothing fixed, or one eligible inspector pinned.
            var questions = [[[Int]](repeating: [], count: targets.count)]
            let pin = context.inspectors.indices.first {
                context.capacity[$0] > 0 && context.isEligible($0, for: targets[0]) && number % 2 == 0
            }
            if let pin {
                var fixed = questions[0]
                fixed[0] = [pin]
                questions.append(fixed)
            }
            for fixed in questions {
                switch Self.core(context, targets, fixed: fixed).decide() {
                case .none:
                    #expect(
                        !SolverExactnessTests.feasible(targets, context, fixed: fixed),
                        "instance \(number), fixed \(fixed): refused, but a staffing exists")
                    refused += 1
                case .staffing(let teams):
                    #expect(
                        Self.coreValid(teams, targets, fixed, context),
                        "instance \(number), fixed \(fixed): invalid \(teams)")
                    staffed += 1
                case .unknown:
                    break
                }
            }
        }
        #expect(refused > 50 && staffed > 200, "refused \(refused), staffed \(staffed)")
    }

    @Test func theScarceCoreOfAPlantedRosterIsStaffedAndItsMissingSkillRefused() throws {
        let generator = PlantedRoster(departments: 120, inspectors: 600, targets: 20)
        for variant in [PlantedRoster.Variant.feasible, .skillRecused] {
            let instance = generator.make(seed: 3, variant: variant)
            let context = try DrawContext(roster: instance.roster, policy: generator.policy, date: generator.today)
            let targets = instance.targets.map { context.departmentIndex[$0]! }
            let decision = Self.core(context, targets, fixed: [[Int]](repeating: [], count: targets.count)).decide()
            switch (variant, decision) {
            case (.feasible, .staffing(let teams)):
                #expect(Self.coreValid(teams, targets, [[Int]](repeating: [], count: targets.count), context))
            case (.skillRecused, .none):
                break
            default:
                Issue.record("\(variant): \(decision)")
            }
        }
    }
}
