/// What a draw is computed from. The draw is a pure function of these values.
public struct DrawInput: Sendable, Hashable {
    public var roster: Roster
    public var policy: Policy
    public var date: Day
    public var pool: String
    public var seed: Seed
    /// Targets named by a coordinator; `nil` for a random draw from the pool.
    public var fixedTargets: [String]?
    public var previousRecordHash: String?

    public init(
        roster: Roster, policy: Policy, date: Day, pool: String, seed: Seed, fixedTargets: [String]? = nil,
        previousRecordHash: String? = nil
    ) {
        self.roster = roster
        self.policy = policy
        self.date = date
        self.pool = pool
        self.seed = seed
        self.fixedTargets = fixedTargets
        self.previousRecordHash = previousRecordHash
    }
}

/// Draws targets and staffs them. Same input, same record, byte for byte.
public func draw(_ input: DrawInput) throws(DrawError) -> DrawRecord {
    let problems = input.policy.problems()
    guard problems.isEmpty else { throw .invalidPolicy(problems) }
    let context = try DrawContext(roster: input.roster, policy: input.policy, date: input.date)
    let policy = input.policy

    // The departments that may be drawn, in id order, with their weights.
    let eligible = context.departments.indices.filter { index in
        let department = context.departments[index]
        guard department.pools.contains(input.pool), context.weight(index) > 0 else { return false }
        if let last = context.lastInspected[index], policy.cooldownDays > 0,
            input.date <= last.adding(days: policy.cooldownDays - 1)
        {
            return false
        }
        return true
    }
    let eligibleWeight = eligible.reduce(0) { $0 + context.weight($1) }

    // The candidates in sample order, produced lazily.
    var sampler = WeightedSampler(seed: input.seed, weights: eligible.map { UInt64(context.weight($0)) })
    var fixed: [Int] = []
    if let names = input.fixedTargets {
        guard !names.isEmpty else { throw .noTargets }
        var seen = Set<String>()
        for name in names {
            guard let index = context.departmentIndex[name] else { throw .unknownTarget(name) }
            guard seen.insert(name).inserted else { throw .duplicateTarget(name) }
            fixed.append(index)
        }
    }
    let wanted = input.fixedTargets == nil ? policy.targetsPerDraw : fixed.count

    let solver = TeamSolver(context: context, seed: input.seed)
    var picks: [DrawRecord.Pick] = []
    var accepted: [Int] = []
    var teams: [[Int]] = []
    var fixedPosition = 0

    while accepted.count < wanted {
        var pick: DrawRecord.Pick
        let target: Int
        if input.fixedTargets == nil {
            guard let next = sampler.next() else { break }
            target = eligible[next.index]
            pick = DrawRecord.Pick(
                order: picks.count + 1, department: context.departments[target].id, weight: context.weight(target),
                remainingWeight: Int(next.remainingWeight), ticket: String(next.ticket), attempt: next.attempt,
                outcome: .target)
        } else {
            guard fixedPosition < fixed.count else { break }
            target = fixed[fixedPosition]
            fixedPosition += 1
            pick = DrawRecord.Pick(order: picks.count + 1, department: context.departments[target].id, outcome: .target)
        }

        switch place(target, accepted: accepted, teams: &teams, solver: solver, budget: policy.searchBudget) {
        case nil:
            accepted.append(target)
        case let blocker?:
            pick.outcome = input.fixedTargets == nil ? .replaced : .unstaffed
            pick.blocker = blocker
        }
        picks.append(pick)
    }

    // Each replaced pick names the accepted pick that took its place.
    var pendingReplacements: [Int] = []
    for index in picks.indices {
        switch picks[index].outcome {
        case .replaced: pendingReplacements.append(index)
        case .target where !pendingReplacements.isEmpty:
            picks[pendingReplacements.removeFirst()].replacedBy = picks[index].department
        default: break
        }
    }

    let recordTeams = zip(accepted, teams).map { target, members in
        DrawRecord.Team(
            department: context.departments[target].id, departmentName: context.departments[target].name,
            members: members.enumerated().map { position, inspector in
                let person = context.inspectors[inspector]
                let leads =
                    policy.leadRequired ? position == 0 : person.canLead && firstLead(members, context) == inspector
                return DrawRecord.Member(
                    inspector: person.id, name: person.name, home: person.home, role: leads ? .lead : .member)
            })
    }

    return DrawRecord(
        algorithm: DrawRecord.currentAlgorithm, date: input.date, pool: input.pool,
        mode: input.fixedTargets == nil ? .random : .targeted, policy: policy,
        snapshotHash: input.roster.snapshotHash, seedCommitment: input.seed.commitment,
        previousRecordHash: input.previousRecordHash, eligibleDepartments: eligible.count,
        eligibleWeight: eligibleWeight, picks: picks, teams: recordTeams, shortfall: wanted - accepted.count)
}

private func firstLead(_ members: [Int], _ context: DrawContext) -> Int? {
    members.first { context.canLead[$0] }
}

/// Adds `target` to the staffed set if it fits together with the targets before it; returns the
/// blocker when it does not. `teams` stays in step with the accepted targets.
private func place(
    _ target: Int, accepted: [Int], teams: inout [[Int]], solver: TeamSolver, budget: Int
)
    -> Blocker?
{
    // Fast path: a team from the people the earlier teams left free.
    if let team = solver.extend(with: target, budget: budget) {
        teams.append(team)
        return nil
    }
    // On its own?
    if let blocker = solver.countBlocker(target) { return blocker }
    let undecided = Blocker(
        code: "search-budget",
        message:
            "the search budget of \(budget) steps ran out before a staffing was found or proved impossible"
    )
    if accepted.isEmpty {
        switch solver.staffAlone(target, budget: budget) {
        case .staffed(let found):
            teams = found
            return nil
        case .infeasible(let blocker):
            return blocker
        case .undecided:
            return undecided
        }
    }
    // Alone it fits, but is there still room for it? Re-solve the whole set.
    let previous = teams
    switch solver.staffTogether(accepted + [target], budget: budget) {
    case .staffed(let found):
        teams = found
        return nil
    case .infeasible(var blocker):
        if case .infeasible(let alone) = solver.staffAlone(target, budget: budget) { blocker = alone }
        restore(previous, accepted, solver)
        return blocker
    case .undecided:
        restore(previous, accepted, solver)
        return undecided
    }
}

private func restore(_ teams: [[Int]], _ targets: [Int], _ solver: TeamSolver) {
    solver.reset()
    for (team, target) in zip(teams, targets) { solver.apply(team, to: target) }
}
