import Testing

@testable import SpotcheckCore

/// Picks refused one after another for the same exhausted resource: each later one is refused by
/// the count alone, with the very blocker a solver asked only that question gives.
@Suite struct StaffingRefusalReuseTests {
    /// One solver over a sequence of picks; each answer against a new solver's.
    static func answers(_ context: DrawContext, _ picks: [Int]) -> (blockers: [Blocker?], solver: StaffingSolver) {
        let solver = StaffingSolver(context: context)
        var accepted: [Int] = []
        var blockers: [Blocker?] = []
        for pick in picks {
            let blocker = solver.blocker(adding: pick, to: accepted)
            let alone = StaffingSolver(context: context).blocker(adding: pick, to: accepted)
            #expect(blocker == alone, "pick \(context.departments[pick].id) after \(accepted)")
            blockers.append(blocker)
            if blocker == nil { accepted.append(pick) }
        }
        return (blockers, solver)
    }

    @Test func picksAfterTheLeadsRunOutAreRefusedByTheCountAlone() throws {
        // Two leads of one place each, eight departments: the third and every later pick lacks a lead.
        let departments = (0..<8).map { Fixture.department("D\($0)") }
        var inspectors = [
            Fixture.inspector("L1", home: "D0", lead: true), Fixture.inspector("L2", home: "D1", lead: true),
        ]
        for index in 0..<12 { inspectors.append(Fixture.inspector("M\(index)", home: "D\(index % 8)", lead: false)) }
        let policy = Fixture.policy(size: 2, lead: true, homes: 1)
        let context = try DrawContext(
            roster: Roster(departments: departments, inspectors: inspectors, conflicts: []), policy: policy,
            date: Fixture.date)
        let picks = (2..<8).map { context.departmentIndex["D\($0)"]! }
        let (blockers, solver) = Self.answers(context, picks)
        #expect(blockers.prefix(2).allSatisfy { $0 == nil })
        #expect(blockers.dropFirst(2).allSatisfy { $0?.code == "leads-exhausted" })
        // The first refusal searches; the three after it only count.
        #expect(solver.statistics.countFirstRefusals == 3)
    }

    @Test func answersAgreeWithANewSolverOnSmallInstances() throws {
        var countFirst = 0
        for number in 0..<400 {
            let instance = SolverPropertyTests.instance(number)
            let context = try DrawContext(roster: instance.roster, policy: instance.policy, date: Fixture.date)
            // Every department: refusals follow each other once the first ones are in.
            countFirst += Self.answers(context, Array(context.departments.indices)).solver.statistics.countFirstRefusals
        }
        #expect(countFirst > 10, "\(countFirst) picks refused by the count first")
    }
}
