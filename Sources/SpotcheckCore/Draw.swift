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
    /// A complaint-driven department hidden among a scheduled draw's picks (HiddenSlot.swift).
    public var hidden: HiddenSlot?
    /// The visit mode the commitment binds (`open` or `covert`); nil for a draw that binds none.
    public var visit: String?
    /// The algorithm the draw follows (one of `DrawRecord.knownAlgorithms`); a verifier passes the
    /// record's, so that a record keeps the rules it was drawn under.
    public var algorithm: String = DrawRecord.currentAlgorithm

    public init(
        roster: Roster, policy: Policy, date: Day, pool: String, seed: Seed, fixedTargets: [String]? = nil,
        previousRecordHash: String? = nil, hidden: HiddenSlot? = nil, visit: String? = nil
    ) {
        self.hidden = hidden
        self.visit = visit
        self.roster = roster
        self.policy = policy
        self.date = date
        self.pool = pool
        self.seed = seed
        self.fixedTargets = fixedTargets
        self.previousRecordHash = previousRecordHash
    }

    /// What the draw is bound to before its result is computed.
    public var commitment: Commitment {
        Commitment(
            algorithm: algorithm, date: date, pool: pool, kind: fixedTargets == nil ? .scheduled : .ordered,
            orderedDepartments: fixedTargets,
            seedCommitment: seed.commitment, snapshotHash: roster.snapshotHash(seed: seed), policyHash: policy.hash,
            previousRecordHash: previousRecordHash, hiddenSlot: hidden?.commitment, visit: visit)
    }
}

/// Draws targets and staffs them (`spotcheck-draw/3`, docs/draw-algorithm.md). Same input, same
/// record, byte for byte: picks become targets by set feasibility, and the teams are the canonical
/// staffing of the final targets in the seed's rank order, whatever solver answers the questions.
public func draw(_ input: DrawInput) throws(DrawError) -> DrawRecord {
    let problems = input.policy.problems()
    guard problems.isEmpty else { throw .invalidPolicy(problems) }
    guard DrawRecord.knownAlgorithms.contains(input.algorithm) else { throw .unknownAlgorithm(input.algorithm) }
    let context = try DrawContext(
        roster: input.roster, policy: input.policy, date: input.date,
        dayReciprocal: DayReciprocal.applies(algorithm: input.algorithm))
    let policy = input.policy

    // The departments that may be drawn, in id order, with their weights.
    let eligible = context.departments.indices.filter { index in
        let department = context.departments[index]
        guard department.active, department.pools.contains(input.pool), context.weight(index) > 0 else {
            return false
        }
        if let last = context.lastInspected[index], policy.cooldownDays > 0,
            input.date <= last.adding(days: policy.cooldownDays - 1)
        {
            return false
        }
        return true
    }
    let eligibleWeight = eligible.reduce(0) { $0 + context.weight($1) }

    let fixed = try namedTargets(input.fixedTargets, in: context) ?? []
    let wanted = input.fixedTargets == nil ? policy.targetsPerDraw : fixed.count

    // A hidden slot (HiddenSlot.swift): its department leaves the sampler, takes the pick at a
    // position from the key, and the tickets come from the key, which needs the salt.
    var hiddenIndex: Int?
    var hiddenPosition = 0
    var hiddenPlaced = false
    var pickSeed = input.seed
    if let hidden = input.hidden {
        guard input.fixedTargets == nil else { throw .hiddenSlot("only a scheduled draw hides a slot") }
        guard let index = context.departmentIndex[hidden.department], eligible.contains(index) else {
            throw .hiddenSlot("'\(hidden.department)' is not a department the pool may draw today")
        }
        hiddenIndex = index
        pickSeed = hidden.key(seed: input.seed)
        hiddenPosition = hidden.position(key: pickSeed, targets: policy.targetsPerDraw)
    }

    let solver = StaffingSolver(context: context)
    var sampler = WeightedSampler(
        seed: pickSeed, weights: eligible.map { $0 == hiddenIndex ? 0 : UInt64(context.weight($0)) })
    var picks: [DrawRecord.Pick] = []
    var targets: [Int] = []
    var fixedPosition = 0

    while targets.count < wanted {
        var pick: DrawRecord.Pick
        let candidate: Int
        if let hiddenIndex, !hiddenPlaced, picks.count + 1 == hiddenPosition || sampler.remaining == 0 {
            // At its position, or earlier when the pool has no other department left.
            candidate = hiddenIndex
            hiddenPlaced = true
            pick = DrawRecord.Pick(
                order: picks.count + 1, department: context.departments[candidate].id, outcome: .target)
        } else if input.fixedTargets == nil {
            guard let next = sampler.next() else { break }
            candidate = eligible[next.index]
            pick = DrawRecord.Pick(
                order: picks.count + 1, department: context.departments[candidate].id,
                weight: context.weight(candidate), remainingWeight: Int(next.remainingWeight),
                ticket: String(next.ticket), attempt: next.attempt, outcome: .target)
        } else {
            guard fixedPosition < fixed.count else { break }
            candidate = fixed[fixedPosition]
            fixedPosition += 1
            pick = DrawRecord.Pick(
                order: picks.count + 1, department: context.departments[candidate].id, outcome: .target)
        }
        if let blocker = solver.blocker(adding: candidate, to: targets) {
            pick.outcome = input.fixedTargets == nil ? .replaced : .unstaffed
            pick.blocker = blocker
        } else {
            targets.append(candidate)
        }
        picks.append(pick)
    }

    // Each replaced pick names the first later target not yet named by an earlier replaced pick.
    var pendingReplacements: [Int] = []
    for index in picks.indices {
        switch picks[index].outcome {
        case .replaced: pendingReplacements.append(index)
        case .target where !pendingReplacements.isEmpty:
            picks[pendingReplacements.removeFirst()].replacedBy = picks[index].department
        default: break
        }
    }

    // No pick of a hidden-slot draw shows its ticket: the hidden one has none to show.
    if hiddenIndex != nil {
        for index in picks.indices {
            picks[index].weight = nil
            picks[index].remainingWeight = nil
            picks[index].ticket = nil
            picks[index].attempt = nil
        }
    }

    let rank = inspectorRank(context: context, seed: input.seed)
    let teams = targets.isEmpty ? [] : solver.canonicalTeams(targets, rank: rank)
    let recordTeams = zip(targets, teams).map { target, members in
        let firstLead = members.first { context.canLead[$0] }
        return DrawRecord.Team(
            department: context.departments[target].id, departmentName: context.departments[target].name,
            members: members.enumerated().map { position, inspector in
                let person = context.inspectors[inspector]
                let leads = policy.leadRequired ? position == 0 : firstLead == inspector
                return DrawRecord.Member(
                    inspector: person.id, name: person.name, home: person.home, role: leads ? .lead : .member)
            })
    }

    let commitment = input.commitment
    return DrawRecord(
        algorithm: commitment.algorithm, date: input.date, pool: input.pool, kind: commitment.kind,
        orderedDepartments: commitment.orderedDepartments, policy: policy, policyHash: commitment.policyHash,
        snapshotHash: commitment.snapshotHash, seedCommitment: commitment.seedCommitment,
        previousRecordHash: input.previousRecordHash, eligibleDepartments: eligible.count,
        eligibleWeight: eligibleWeight, picks: picks, teams: recordTeams, shortfall: wanted - targets.count,
        hiddenSlot: commitment.hiddenSlot, visit: commitment.visit, salt: DrawRecord.salt(seed: input.seed))
}

/// Each inspector's position in the seed's rank order (0 = first): inspectors sorted by
/// `HMAC(seed, "spotcheck/v2/rank/" + id)` compared as bytes, ties by id bytes.
func inspectorRank(context: DrawContext, seed: Seed) -> [Int] {
    let keys = seed.macWords(prefix: "spotcheck/v2/rank/", context.inspectors.map(\.id))
    // Sorted by the code's first eight bytes, then by index (indices are in id byte order); a run
    // of equal first words, should there be one, is then sorted by the whole code and index.
    var order = keys.indices.map { (first: keys[$0].0, index: $0) }
    order.sort { $0.first != $1.first ? $0.first < $1.first : $0.index < $1.index }
    var start = 0
    while start < order.count {
        var end = start + 1
        while end < order.count, order[end].first == order[start].first { end += 1 }
        if end - start > 1 {
            order[start..<end].sort { a, b in
                keys[a.index] != keys[b.index] ? keys[a.index] < keys[b.index] : a.index < b.index
            }
        }
        start = end
    }
    var rank = [Int](repeating: 0, count: order.count)
    for (position, entry) in order.enumerated() { rank[entry.index] = position }
    return rank
}
