import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

/// The canonical teams the solver chooses seat by seat equal those of their definition asked the
/// plain way: for each seat, each inspector in rank order, "is there still a staffing with this
/// one fixed in this team too?", until the first yes.
@Suite struct CanonicalReferenceTests {
    /// The canonical teams by their definition, one exact question per candidate in rank order, on
    /// one SAT model that holds every eligible available inspector of every target (nothing left
    /// out, so nothing is widened and every answer is exact).
    static func reference(_ targets: [Int], _ context: DrawContext, rank: [Int]) -> [[Int]] {
        let available = context.inspectors.indices.filter { context.capacity[$0] > 0 }
        let ranked = available.sorted { rank[$0] < rank[$1] }
        let model = StaffingModel(
            context: context, targets: targets,
            candidates: targets.map { target in available.filter { context.isEligible($0, for: target) } },
            outsiders: targets.map { _ in StaffingModel.Outsiders(count: 0, lead: false, skills: 0) },
            reciprocal: context.policy.reciprocalBan, fixed: [])
        var fixed = [[Int]](repeating: [], count: targets.count)
        for position in targets.indices {
            for seat in 0..<context.policy.teamSize {
                let leadSeat = context.policy.leadRequired && seat == 0
                let chosen = ranked.first { inspector in
                    guard !leadSeat || context.canLead[inspector],
                        context.isEligible(inspector, for: targets[position]),
                        !fixed[position].contains(inspector)
                    else { return false }
                    if case .yes = model.ask([(position, inspector)]) { return true }
                    return false
                }
                guard let chosen else {
                    Issue.record("no inspector for seat \(seat) of position \(position)")
                    return fixed
                }
                fixed[position].append(chosen)
                model.fix(position, chosen)
            }
        }
        return fixed
    }

    /// The targets a targeted draw of the instance accepts (each staffable with those before it).
    static func accepted(_ instance: PlantedRoster.Instance, _ context: DrawContext, _ solver: StaffingSolver) -> [Int]
    {
        var accepted: [Int] = []
        for name in instance.targets {
            let target = context.departmentIndex[name]!
            if solver.blocker(adding: target, to: accepted) == nil { accepted.append(target) }
        }
        return accepted
    }

    static func compare(
        _ generator: PlantedRoster, seeds: Range<UInt64>, variants: [PlantedRoster.Variant]
    ) throws
        -> Int
    {
        var compared = 0
        for seed in seeds {
            for variant in variants {
                let instance = generator.make(seed: seed, variant: variant)
                let context = try DrawContext(roster: instance.roster, policy: generator.policy, date: generator.today)
                let solver = StaffingSolver(context: context)
                let targets = accepted(instance, context, solver)
                guard !targets.isEmpty else { continue }
                let rank = seedRank(context, Fixture.seed(Int(seed % 50)))
                let teams = solver.canonicalTeams(targets, rank: rank)
                #expect(
                    teams == reference(targets, context, rank: rank),
                    "\(generator.departments)/\(generator.inspectors)/\(generator.targets) seed \(seed) \(variant)")
                #expect(SolverPropertyTests.valid(teams, targets, context), "seed \(seed) \(variant)")
                compared += 1
            }
        }
        return compared
    }

    @Test func canonicalTeamsOnSmallTightRostersEqualThoseAskedCandidateByCandidate() throws {
        let compared = try Self.compare(
            PlantedRoster(departments: 20, inspectors: 60, targets: 5), seeds: 0..<120,
            variants: PlantedRoster.Variant.allCases)
        #expect(compared >= 400)
    }

    @Test func canonicalTeamsOnTighterRostersWithThinnerMarginsEqualThoseAskedCandidateByCandidate() throws {
        var generator = PlantedRoster(departments: 40, inspectors: 150, targets: 10)
        generator.marginPercent = 0
        generator.denseFormerPercent = 45
        let compared = try Self.compare(generator, seeds: 0..<40, variants: [.feasible, .reciprocalDeadlock])
        #expect(compared >= 70)
    }

    @Test func canonicalTeamsOnThePlantedCountyEqualThoseAskedCandidateByCandidate() throws {
        let compared = try Self.compare(
            PlantedRoster(departments: 120, inspectors: 600, targets: 20), seeds: 0..<3, variants: [.feasible])
        #expect(compared == 3)
    }
}
