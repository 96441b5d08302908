import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

/// The repair that moves leads and skill holders along augmenting paths only ever returns
/// staffings that meet every rule, and the seed rank's keyed hashing gives the same codes as
/// keying afresh.
@Suite struct StaffingRepairTests {
    @Test func aRepairedStaffingAlwaysMeetsEveryRuleAndOnlyExistsWhenAStaffingDoes() throws {
        var repaired = 0
        for number in 0..<1_200 {
            let instance = SolverPropertyTests.instance(number)
            let context = try DrawContext(roster: instance.roster, policy: instance.policy, date: Fixture.date)
            let targets = instance.targets.map { context.departmentIndex[$0]! }
            let solver = StaffingSolver(context: context)
            var repair = StaffingRepair(
                context: context, targets: targets, teamSize: solver.teamSize, leadRequired: solver.leadRequired,
                minHomes: solver.minHomes,
                lists: StaffingSolver.Lists(all: solver.available, leads: solver.leads, holders: solver.holders),
                fixed: [[Int]](repeating: [], count: targets.count), teams: [[Int]](repeating: [], count: targets.count)
            )
            guard let teams = repair.run() else { continue }
            repaired += 1
            #expect(SolverPropertyTests.valid(teams, targets, context), "instance \(number): invalid \(teams)")
            #expect(SolverPropertyTests.bruteForce(targets, context), "instance \(number): no staffing exists")
        }
        #expect(repaired > 200, "repaired \(repaired)")
    }

    @Test func aRepairKeepsEveryFixedChoiceOfThePlantedCounty() throws {
        let generator = PlantedRoster(departments: 120, inspectors: 600, targets: 20)
        for seed in 1...3 {
            let instance = generator.make(seed: UInt64(seed))
            let context = try DrawContext(roster: instance.roster, policy: generator.policy, date: generator.today)
            let targets = instance.targets.map { context.departmentIndex[$0]! }
            let solver = StaffingSolver(context: context)
            let witness = try #require(solver.staffing(targets))
            // Put each available lead in turn into the first team and fix it there.
            for lead in solver.leads where context.isEligible(lead, for: targets[0]) && !witness[0].contains(lead) {
                var fixed = [[Int]](repeating: [], count: targets.count)
                fixed[0] = [lead]
                var repair = StaffingRepair(
                    context: context, targets: targets, teamSize: solver.teamSize, leadRequired: true,
                    minHomes: solver.minHomes,
                    lists: StaffingSolver.Lists(all: solver.available, leads: solver.leads, holders: solver.holders),
                    fixed: fixed, teams: witness)
                guard repair.place(lead, into: 0), let teams = repair.run() else { continue }
                #expect(teams[0].contains(lead), "seed \(seed): lead \(lead) was moved out")
                #expect(SolverPropertyTests.valid(teams, targets, context), "seed \(seed): invalid after \(lead)")
            }
        }
    }

    @Test func theSeedRankHashesTheSameBytesAsKeyingAfresh() throws {
        let seed = try #require(Seed(hex: String(repeating: "5a", count: 32)))
        let ids = ["i0001", "", "检查员-7", "a,b\tc", String(repeating: "x", count: 200)]
        let words = seed.macWords(prefix: "spotcheck/v2/rank/", ids)
        for (id, word) in zip(ids, words) {
            let code = seed.mac("spotcheck/v2/rank/" + id)
            var expected: [UInt64] = [0, 0, 0, 0]
            for (index, byte) in code.enumerated() { expected[index / 8] = expected[index / 8] << 8 | UInt64(byte) }
            #expect([word.0, word.1, word.2, word.3] == expected, "id \(id)")
        }
    }
}
