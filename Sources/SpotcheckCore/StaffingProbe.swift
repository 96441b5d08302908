/// What staffing a list of named targets comes to: the blocker of each refused target and the
/// canonical team of each accepted one (lead first when a lead is required).
public struct StaffingOutcome: Sendable, Hashable {
    /// Department id → the blocker that refused it.
    public var blockers: [String: Blocker] = [:]
    /// The accepted targets in the order named.
    public var accepted: [String] = []
    /// Department id → member ids in record order.
    public var teams: [String: [String]] = [:]
}

/// Staffs the named departments the way a targeted draw does — each becomes a target when it can
/// be staffed together with the targets before it, then the targets get their canonical teams
/// under the seed's rank order — without sampling or a record. For the benchmark and tests.
public func staffNamedTargets(
    roster: Roster, policy: Policy, date: Day, targets: [String], seed: Seed
) throws(DrawError) -> StaffingOutcome {
    let context = try DrawContext(roster: roster, policy: policy, date: date)
    let solver = StaffingSolver(context: context)
    var outcome = StaffingOutcome()
    var accepted: [Int] = []
    for name in targets {
        guard let target = context.departmentIndex[name] else { throw .unknownTarget(name) }
        if let blocker = solver.blocker(adding: target, to: accepted) {
            outcome.blockers[name] = blocker
        } else {
            accepted.append(target)
            outcome.accepted.append(name)
        }
    }
    let teams = solver.canonicalTeams(accepted, rank: seedRank(context, seed))
    for (target, team) in zip(accepted, teams) {
        outcome.teams[context.departments[target].id] = team.map { context.inspectors[$0].id }
    }
    return outcome
}

/// Each inspector's position in the seed's rank order: `HMAC(seed, "spotcheck/v2/rank/" + id)`
/// compared as bytes, ties by id bytes.
func seedRank(_ context: DrawContext, _ seed: Seed) -> [Int] {
    let keys = seed.macWords(prefix: "spotcheck/v2/rank/", context.inspectors.map(\.id))
    let order = context.inspectors.indices.sorted { a, b in
        let (x, y) = (keys[a], keys[b])
        if x != y { return x < y }
        return idLess(context.inspectors[a].id, context.inspectors[b].id)
    }
    var rank = [Int](repeating: 0, count: order.count)
    for (position, inspector) in order.enumerated() { rank[inspector] = position }
    return rank
}

/// The staffing question of named targets as plain data, for an independent solver (the
/// benchmark's CP-SAT comparison): every available inspector with home, lead, skills and
/// capacity on the date, and per target its required skills and the available inspectors the
/// static rules keep away. JSON-ready values only.
public func staffingQuestion(
    roster: Roster, policy: Policy, date: Day, targets: [String]
) throws(DrawError)
    -> [String: StaffingValue]
{
    let context = try DrawContext(roster: roster, policy: policy, date: date)
    var inspectors: [StaffingValue] = []
    for index in context.inspectors.indices where context.capacity[index] > 0 {
        let person = context.inspectors[index]
        inspectors.append(
            .object([
                "id": .string(person.id), "home": .string(person.home), "lead": .bool(person.canLead),
                "skills": .array(person.skills.sorted(by: idLess).map { .string($0) }),
                "capacity": .int(context.capacity[index]),
            ]))
    }
    var list: [StaffingValue] = []
    for name in targets {
        guard let target = context.departmentIndex[name] else { throw .unknownTarget(name) }
        let excluded = context.excluded[target].keys.filter { context.capacity[$0] > 0 }.sorted()
        list.append(
            .object([
                "id": .string(name),
                "skills": .array(context.departments[target].requiredSkills.sorted(by: idLess).map { .string($0) }),
                "excluded": .array(excluded.map { .string(context.inspectors[$0].id) }),
            ]))
    }
    return [
        "team_size": .int(policy.teamSize), "lead_required": .bool(policy.leadRequired),
        "min_home_departments": .int(policy.minHomeDepartments), "reciprocal_ban": .bool(policy.reciprocalBan),
        "inspectors": .array(inspectors), "targets": .array(list),
    ]
}

/// A JSON value.
public indirect enum StaffingValue: Sendable, Hashable, Encodable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([StaffingValue])
    case object([String: StaffingValue])

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
