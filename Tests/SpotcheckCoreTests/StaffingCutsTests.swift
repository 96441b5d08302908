import Testing

@testable import SpotcheckCore

/// The weighted Hall cuts the canonical teams keep (`ModeCut`) refuse a choice only when no
/// staffing honours it, whether made under the choices of the moment or kept up to date since
/// earlier ones.
@Suite struct StaffingCutsTests {
    /// The regions of the mode decision's first cuts: every scarce inspector with capacity left,
    /// and per skill the leads with its holders and those who lead and hold it.
    static func regions(_ search: CanonicalSearch) -> [[Int]] {
        let context = search.context
        let open = search.scarce.filter { context.capacity[$0] > search.load[$0] }.sorted()
        var regions = [open]
        for bit in context.skillNames.indices {
            let mask = UInt64(1) << UInt64(bit)
            regions.append(open.filter { context.canLead[$0] || context.skillMask[$0] & mask != 0 })
            regions.append(open.filter { context.canLead[$0] && context.skillMask[$0] & mask != 0 })
        }
        return regions
    }

    @Test func aKeptCutRefusesAChoiceOnlyWhenNoStaffingHonoursIt() throws {
        var refused = 0
        var asked = 0
        for number in 0..<1_500 {
            let instance = SolverPropertyTests.instance(number)
            let context = try DrawContext(roster: instance.roster, policy: instance.policy, date: Fixture.date)
            // The cuts are kept only where every inspector holds at most one skill.
            guard context.maxSkillsPerInspector <= 1 else { continue }
            let targets = instance.targets.map { context.departmentIndex[$0]! }
            guard SolverExactnessTests.feasible(targets, context) else { continue }
            let rank = SolverExactnessTests.rank(number, context.inspectors.count)
            var search = CanonicalSearch(solver: StaffingSolver(context: context), targets: targets, rank: rank)
            // Cuts made before any choice, kept up to date by every choice fixed after.
            let first = Self.regions(search)
            search.cuts = first.map { search.makeCut([$0], questions: 0) } + [search.makeCut(first, questions: 0)]
            let teams = SolverExactnessTests.canonical(targets, context, rank: rank)
            for position in targets.indices {
                for member in teams[position] {
                    let fresh = Self.regions(search)
                    // Over every team, and over some teams only (the team asked about; every
                    // other one), as the joint counting's refusals are kept.
                    let cuts =
                        search.cuts + fresh.map { search.makeCut([$0], questions: 0) }
                        + [search.makeCut(fresh, questions: 0)]
                        + fresh.map { search.makeCut([$0], positions: [position], questions: 0) }
                        + fresh.map {
                            search.makeCut(
                                [$0], positions: targets.indices.filter { $0 % 2 == number % 2 }, questions: 0)
                        }
                    for cut in search.cuts {
                        let recounted = targets.indices.reduce(0) {
                            $0 + (search.modeDemand(cut.counted[$1], $1, search.fixed[$1]) ?? 0)
                        }
                        #expect(cut.totalDemand == recounted, "instance \(number): the kept demand drifted")
                    }
                    for candidate in context.inspectors.indices
                    where search.load[candidate] < context.capacity[candidate]
                        && context.isEligible(candidate, for: targets[position])
                        && !search.fixed[position].contains(candidate)
                    {
                        asked += 1
                        guard cuts.contains(where: { search.cutRefuses($0, candidate, position) }) else { continue }
                        refused += 1
                        var trial = search.fixed
                        trial[position].append(candidate)
                        #expect(
                            !SolverExactnessTests.feasible(targets, context, fixed: trial),
                            "instance \(number): \(candidate) refused for position \(position), but a staffing exists")
                    }
                    search.fix(member, position, search.place[member])
                }
            }
        }
        #expect(refused > 50 && asked > 1_000, "refused \(refused) of \(asked)")
    }
}
