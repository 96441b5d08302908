/// Why a target could not be staffed. `code` is stable for machines, `message` is for people;
/// `certificate` is the proof of a Hall violation when the code is `leads-exhausted`,
/// `skill-exhausted` or `seats-exhausted` (docs/draw-algorithm.md).
public struct Blocker: Sendable, Hashable, Codable {
    public var code: String
    public var message: String
    public var certificate: Certificate?

    public init(code: String, message: String, certificate: Certificate? = nil) {
        self.code = code
        self.message = message
        self.certificate = certificate
    }

    /// The solver ran out of search steps: nothing was proved either way.
    public var isUndecided: Bool { code == "search-budget" }

    enum CodingKeys: String, CodingKey {
        case code, message, certificate
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        message = try container.decode(String.self, forKey: .message)
        certificate = try container.decodeIfPresent(Certificate.self, forKey: .certificate)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(certificate, forKey: .certificate)
    }
}

/// A Hall violation: these targets together need more of a resource than the inspectors
/// eligible for them can give. `demand` > `supply` where supply counts each inspector holding
/// the resource at most `capacity` times and at most once per target it may inspect.
public struct Certificate: Sendable, Hashable, Codable {
    /// `lead`, `skill:NAME` or `seat`.
    public var resource: String
    /// Department ids, in pick order.
    public var targets: [String]
    public var demand: Int
    public var supply: Int

    public init(resource: String, targets: [String], demand: Int, supply: Int) {
        self.resource = resource
        self.targets = targets
        self.demand = demand
        self.supply = supply
    }
}

/// Staffs targets with teams under every hard rule.
///
/// Candidates for a target are visited in a seed-derived order: one shuffle of all inspectors,
/// read from a seed-derived offset per target, non-leads before leads (so that scarce leads are
/// not spent as plain members). A team is built member by member in that order with pruning on
/// skills and home departments; targets are extended one at a time, and when the next one does
/// not fit the teams already made, the whole set is solved again by a complete depth-first
/// search (most constrained target first) after flow bounds (Hall's condition on leads and on
/// each skill) have had their chance to prove it impossible. The search is exhaustive: when it
/// ends without a staffing, none exists. It counts its steps against `Policy.searchBudget` and
/// says so distinctly when that runs out.
final class TeamSolver {
    let context: DrawContext
    /// Inspectors with capacity on the date, in seed order.
    let order: [Int]
    let departmentCount: Int
    private var offsets: [Int: Int] = [:]
    private let seed: Seed

    // Search state.
    private(set) var load: [Int]
    private var pairs: [Int: Int] = [:]
    private var budget = 0
    private var exhausted = false

    // Rules, possibly relaxed when naming the one that blocks.
    private var reciprocalBan: Bool
    private var minHomes: Int

    /// Counts over all candidates, from which a target's eligible counts are derived by
    /// subtracting the few its exclusions remove.
    struct Totals {
        var candidates = 0
        var leads = 0
        var skillHolders: [Int] = []
        var perHome: [Int: Int] = [:]
    }
    let totals: Totals

    init(context: DrawContext, seed: Seed) {
        self.context = context
        self.seed = seed
        self.departmentCount = context.departments.count
        var order = context.inspectors.indices.filter { context.capacity[$0] > 0 }
        var random = TeamRandom(seed: seed, label: "spotcheck/v1/teams")
        order.shuffle(using: &random)
        self.order = order
        var totals = Totals(skillHolders: [Int](repeating: 0, count: context.skillNames.count))
        for inspector in order {
            totals.candidates += 1
            if context.canLead[inspector] { totals.leads += 1 }
            totals.perHome[context.home[inspector], default: 0] += 1
            var mask = context.skillMask[inspector]
            while mask != 0 {
                totals.skillHolders[mask.trailingZeroBitCount] += 1
                mask &= mask - 1
            }
        }
        self.totals = totals
        self.load = [Int](repeating: 0, count: context.inspectors.count)
        self.reciprocalBan = context.policy.reciprocalBan
        self.minHomes = context.policy.minHomeDepartments
    }

    var leadRequired: Bool { context.policy.leadRequired }
    var teamSize: Int { context.policy.teamSize }

    func offset(of target: Int) -> Int {
        if let known = offsets[target] { return known }
        let value =
            order.isEmpty
            ? 0
            : Int(
                seed.uniform("spotcheck/v1/offset/\(context.departments[target].id)", below: UInt64(order.count)).value)
        offsets[target] = value
        return value
    }

    // MARK: State

    @inline(__always)
    private func pairKey(from: Int, to: Int) -> Int { from * departmentCount + to }

    /// Whether the inspector can join a team for the target given the teams made so far.
    @inline(__always)
    func fits(_ inspector: Int, _ target: Int) -> Bool {
        guard load[inspector] < context.capacity[inspector] else { return false }
        let home = context.home[inspector]
        if reciprocalBan, home >= 0, pairs[pairKey(from: target, to: home)] != nil { return false }
        return true
    }

    func apply(_ team: [Int], to target: Int) {
        for member in team {
            load[member] += 1
            let home = context.home[member]
            if home >= 0 { pairs[pairKey(from: home, to: target), default: 0] += 1 }
        }
    }

    func undo(_ team: [Int], from target: Int) {
        for member in team {
            load[member] -= 1
            let home = context.home[member]
            if home >= 0 {
                let key = pairKey(from: home, to: target)
                if let count = pairs[key], count > 1 { pairs[key] = count - 1 } else { pairs[key] = nil }
            }
        }
    }

    /// Removes every applied team.
    func reset() {
        for index in load.indices { load[index] = 0 }
        pairs.removeAll(keepingCapacity: true)
    }

    /// Spends one search step; false once the budget is gone.
    @inline(__always)
    fileprivate func step() -> Bool {
        budget -= 1
        if budget < 0 {
            exhausted = true
            return false
        }
        return true
    }

    // MARK: Candidate domains

    /// The inspector at rotated position `position` for the target.
    @inline(__always)
    func rotated(_ target: Int, _ position: Int) -> Int {
        let n = order.count
        let index = offset(of: target) + position
        return order[index >= n ? index - n : index]
    }

    // MARK: Public operations

    enum Outcome {
        case staffed([[Int]])
        case infeasible(Blocker)
        case undecided
    }

    /// Tries to add a team for `target` to the teams already applied, without changing them.
    func extend(with target: Int, budget: Int) -> [Int]? {
        self.budget = budget
        exhausted = false
        var enumerator = TeamEnumerator(solver: self, target: target)
        guard let team = enumerator.next(self) else { return nil }
        apply(team, to: target)
        return team
    }

    /// Solves the staffing of all `targets` from scratch, replacing the applied teams. On
    /// success the new teams are applied, in the order of `targets`.
    func solveAll(_ targets: [Int], budget: Int) -> Outcome {
        reset()
        self.budget = budget
        exhausted = false
        let order = targets.indices.sorted { a, b in
            let (sa, sb) = (scarcity(targets[a]), scarcity(targets[b]))
            return sa != sb ? sa < sb : a < b
        }
        var enumerators: [TeamEnumerator] = []
        var teams: [[Int]] = []
        var level = 0
        while level < order.count {
            let target = targets[order[level]]
            if enumerators.count == level { enumerators.append(TeamEnumerator(solver: self, target: target)) }
            if let team = enumerators[level].next(self) {
                apply(team, to: target)
                teams.append(team)
                level += 1
                continue
            }
            if exhausted {
                reset()
                return .undecided
            }
            enumerators.removeLast()
            if level == 0 {
                reset()
                return .infeasible(Blocker(code: "joint", message: "no staffing exists"))
            }
            level -= 1
            undo(teams.removeLast(), from: targets[order[level]])
        }
        var result = [[Int]](repeating: [], count: targets.count)
        for (level, index) in order.enumerated() { result[index] = teams[level] }
        return .staffed(result)
    }

    /// Whether `target` alone could be staffed on the date, with the reason when not. Checks the
    /// counts first (cheap and precise), then searches.
    func staffAlone(_ target: Int, budget: Int) -> Outcome {
        if let blocker = countBlocker(target) { return .infeasible(blocker) }
        switch solveAll([target], budget: budget) {
        case .staffed(let teams): return .staffed(teams)
        case .undecided: return .undecided
        case .infeasible:
            return .infeasible(
                Blocker(
                    code: "team-rules",
                    message:
                        "no team of \(teamSize) meets the lead, skill and home-department rules together"
                ))
        }
    }

    /// Decides whether `targets` (the last one new) can be staffed together, naming the rule that
    /// makes it impossible when it is not.
    func staffTogether(_ targets: [Int], budget: Int) -> Outcome {
        if let blocker = flowBlocker(targets) {
            reset()
            return .infeasible(blocker)
        }
        let outcome = solveAll(targets, budget: budget)
        guard case .infeasible = outcome else { return outcome }
        // Name the rule: does the set become staffable without the reciprocal ban, or with the
        // home-department rule relaxed?
        let names = targets.dropLast().map { context.departments[$0].id }.joined(separator: ", ")
        var blocker = Blocker(
            code: "joint",
            message:
                "no staffing of it together with the earlier targets (\(names)) meets every rule: the search tried them all"
        )
        if reciprocalBan {
            reciprocalBan = false
            if case .staffed = solveAll(targets, budget: budget) {
                blocker = Blocker(
                    code: "reciprocal",
                    message:
                        "the reciprocal cross-inspection ban leaves no staffing together with the earlier targets (\(names))"
                )
            }
            reciprocalBan = context.policy.reciprocalBan
        }
        if blocker.code == "joint", minHomes > 1 {
            minHomes = 1
            if case .staffed = solveAll(targets, budget: budget) {
                blocker = Blocker(
                    code: "home-departments",
                    message:
                        "teams from at least \(context.policy.minHomeDepartments) home departments cannot all be made together with the earlier targets (\(names))"
                )
            }
            minHomes = context.policy.minHomeDepartments
        }
        reset()
        return .infeasible(blocker)
    }

    // MARK: Bounds

    /// How scarce the target's hardest requirement is: the smallest count of eligible people that
    /// can meet it.
    private func scarcity(_ target: Int) -> Int {
        var counts = CountTally(solver: self, target: target)
        counts.run()
        var value = counts.eligible / max(1, teamSize)
        if leadRequired { value = min(value, counts.leads) }
        for count in counts.skillHolders.values { value = min(value, count) }
        return value
    }

    /// The counting rules for one target on its own: enough eligible people, a lead, each skill,
    /// enough home departments.
    func countBlocker(_ target: Int) -> Blocker? {
        var counts = CountTally(solver: self, target: target)
        counts.run()
        if counts.eligible < teamSize {
            return Blocker(
                code: "too-few-inspectors",
                message:
                    "only \(counts.eligible) eligible inspectors, a team needs \(teamSize)\(counts.recusalSummary(leadsOnly: false))"
            )
        }
        if leadRequired, counts.leads == 0 {
            return Blocker(
                code: "no-lead", message: "no eligible inspector can lead\(counts.recusalSummary(leadsOnly: true))")
        }
        for (bit, name) in context.skillNames.enumerated()
        where context.requiredMask[target] & (1 << UInt64(bit)) != 0 && counts.skillHolders[bit, default: 0] == 0 {
            return Blocker(code: "no-skill", message: "no eligible inspector has the required skill '\(name)'")
        }
        if counts.homes < minHomes {
            return Blocker(
                code: "home-departments",
                message:
                    "eligible inspectors come from \(counts.homes) home departments, a team needs \(minHomes)")
        }
        return nil
    }

    /// Hall's condition for leads and for each skill over the targets, with daily caps as
    /// capacities: each target needs its own lead and its own holder of each required skill.
    private func flowBlocker(_ targets: [Int]) -> Blocker? {
        if leadRequired {
            let leads = order.filter { context.canLead[$0] }
            if let short = hallViolation(targets, holders: leads) {
                return Blocker(
                    code: "leads-exhausted",
                    message:
                        "\(short.demand) targets need a lead each but only \(short.supply) eligible lead places are available to them"
                )
            }
        }
        for (bit, name) in context.skillNames.enumerated() {
            let mask: UInt64 = 1 << UInt64(bit)
            let needing = targets.filter { context.requiredMask[$0] & mask != 0 }
            guard needing.count > 1 else { continue }
            let holders = order.filter { context.skillMask[$0] & mask != 0 }
            if let short = hallViolation(needing, holders: holders) {
                return Blocker(
                    code: "skill-exhausted",
                    message:
                        "\(short.demand) targets need skill '\(name)' but only \(short.supply) eligible places with it are available to them"
                )
            }
        }
        let seats = targets.count * teamSize
        let capacity = order.reduce(0) { $0 + context.capacity[$1] }
        if seats > capacity {
            return Blocker(
                code: "seats-exhausted",
                message: "\(targets.count) teams need \(seats) places but inspectors have only \(capacity)")
        }
        return nil
    }

    /// A b-matching of targets to holders (capacity = daily capacity); returns the size of a
    /// violating set when some target cannot be matched.
    private func hallViolation(_ targets: [Int], holders: [Int]) -> (demand: Int, supply: Int)? {
        var used: [Int: [Int]] = [:]  // holder → target positions
        var start = 0
        for position in targets.indices {
            // Breadth-first search for an augmenting path from this target.
            var parentOfHolder: [Int: Int] = [:]  // holder → target position that reached it
            var parentOfTarget: [Int: Int] = [position: -1]  // target position → holder that freed it
            var queue = [position]
            var head = 0
            var found: Int?
            search: while head < queue.count {
                let current = queue[head]
                head += 1
                let target = targets[current]
                for k in holders.indices {
                    let holder = holders[(start + k) % holders.count]
                    guard parentOfHolder[holder] == nil, context.isEligible(holder, for: target) else { continue }
                    parentOfHolder[holder] = current
                    let assigned = used[holder] ?? []
                    if assigned.count < context.capacity[holder] {
                        found = holder
                        break search
                    }
                    for other in assigned where parentOfTarget[other] == nil {
                        parentOfTarget[other] = holder
                        queue.append(other)
                    }
                }
            }
            guard var holder = found else {
                let supply = parentOfHolder.keys.reduce(0) { $0 + context.capacity[$1] }
                return (queue.count, supply)
            }
            start += 1
            // Augment: walk back, moving each target to the holder that reached it.
            while true {
                let target = parentOfHolder[holder]!
                used[holder, default: []].append(target)
                let previous = parentOfTarget[target]!
                if previous < 0 { break }
                used[previous]!.removeAll { $0 == target }
                holder = previous
            }
        }
        return nil
    }
}

/// Counts of the inspectors eligible for one target, by requirement.
private struct CountTally {
    let solver: TeamSolver
    let target: Int
    var eligible = 0
    var leads = 0
    var homes = 0
    var skillHolders: [Int: Int] = [:]

    init(solver: TeamSolver, target: Int) {
        self.solver = solver
        self.target = target
    }

    mutating func run() {
        let context = solver.context
        let required = context.requiredMask[target]
        let totals = solver.totals
        eligible = totals.candidates
        leads = totals.leads
        for bit in 0..<totals.skillHolders.count where required & (1 << UInt64(bit)) != 0 {
            skillHolders[bit] = totals.skillHolders[bit]
        }
        var removedPerHome: [Int: Int] = [:]
        for inspector in context.excluded[target].keys where context.capacity[inspector] > 0 {
            eligible -= 1
            if context.canLead[inspector] { leads -= 1 }
            removedPerHome[context.home[inspector], default: 0] += 1
            var mask = context.skillMask[inspector] & required
            while mask != 0 {
                let bit = mask.trailingZeroBitCount
                skillHolders[bit, default: 0] -= 1
                mask &= mask - 1
            }
        }
        homes = totals.perHome.count
        for (home, removed) in removedPerHome where removed == totals.perHome[home] { homes -= 1 }
    }

    /// "; recused: 3 own department, 2 declared conflict, …" over all inspectors or leads only.
    func recusalSummary(leadsOnly: Bool) -> String {
        let context = solver.context
        var tally: [String: Int] = [:]
        for inspector in context.inspectors.indices where !leadsOnly || context.canLead[inspector] {
            let reasons = context.reasons(inspector: inspector, department: target)
            guard let first = reasons.first else { continue }
            tally[first.code, default: 0] += 1
        }
        guard !tally.isEmpty else { return "" }
        let parts = tally.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        return " (recused: " + parts.joined(separator: ", ") + ")"
    }
}

/// Enumerates the valid teams for one target in seed order, without repeats, lazily.
struct TeamEnumerator {
    let target: Int
    let need: Int
    let required: UInt64
    let leadRequired: Bool
    let n: Int
    var leadPosition = -1
    var lead = -1
    var members: [Int] = []
    var cursor: [Int]
    var covered: [UInt64]
    var started = false

    init(solver: TeamSolver, target: Int) {
        self.target = target
        self.leadRequired = solver.leadRequired
        self.need = solver.teamSize - (solver.leadRequired ? 1 : 0)
        self.required = solver.context.requiredMask[target]
        self.n = solver.order.count
        self.cursor = [Int](repeating: 0, count: need + 1)
        self.covered = [UInt64](repeating: 0, count: need + 1)
    }

    /// The next valid team (lead first when a lead is required), or nil when there is none left
    /// or the budget ran out.
    mutating func next(_ solver: TeamSolver) -> [Int]? {
        if started, need > 0, !members.isEmpty {
            members.removeLast()
            if searchMembers(solver) { return team }
        }
        guard leadRequired else {
            if started { return nil }
            started = true
            covered[0] = 0
            cursor[0] = 0
            return searchMembers(solver) ? team : nil
        }
        started = true
        while true {
            leadPosition += 1
            guard leadPosition < n else { return nil }
            guard solver.step() else { return nil }
            let candidate = solver.rotated(target, leadPosition)
            guard solver.context.canLead[candidate], solver.context.isEligible(candidate, for: target),
                solver.fits(candidate, target)
            else { continue }
            lead = candidate
            members.removeAll(keepingCapacity: true)
            covered[0] = solver.context.skillMask[candidate] & required
            cursor[0] = 0
            guard prune(solver, covered: covered[0], remaining: need, extraHome: nil) else { continue }
            if searchMembers(solver) { return team }
            if solver.exhaustedFlag { return nil }
        }
    }

    private var team: [Int] {
        leadRequired ? [lead] + members : members
    }

    /// Depth-first search for the members after the current ones.
    private mutating func searchMembers(_ solver: TeamSolver) -> Bool {
        let context = solver.context
        while true {
            let depth = members.count
            if depth == need { return true }
            var position = cursor[depth]
            var pushed = false
            while position < 2 * n {
                guard solver.step() else { return false }
                let secondTier = position >= n
                let rotatedPosition = secondTier ? position - n : position
                let candidate = solver.rotated(target, rotatedPosition)
                position += 1
                // First tier: those who cannot lead; second tier: leads, after the team's lead
                // in seed order so that no team is tried twice with its leads swapped.
                guard context.canLead[candidate] == secondTier else { continue }
                if secondTier, leadRequired, rotatedPosition <= leadPosition { continue }
                guard candidate != lead, context.isEligible(candidate, for: target), solver.fits(candidate, target)
                else { continue }
                let mask = covered[depth] | (context.skillMask[candidate] & required)
                guard prune(solver, covered: mask, remaining: need - depth - 1, extraHome: context.home[candidate])
                else { continue }
                members.append(candidate)
                covered[depth + 1] = mask
                cursor[depth] = position
                cursor[depth + 1] = position
                pushed = true
                break
            }
            if !pushed {
                if depth == 0 { return false }
                members.removeLast()
            }
        }
    }

    /// Whether the skills still missing and the home departments still needed can be met by the
    /// seats that remain.
    private func prune(_ solver: TeamSolver, covered: UInt64, remaining: Int, extraHome: Int?) -> Bool {
        let missing = (required & ~covered).nonzeroBitCount
        if missing > remaining * solver.context.maxSkillsPerInspector { return false }
        var homes: [Int] = []
        homes.reserveCapacity(members.count + 2)
        if lead >= 0, leadRequired { homes.append(solver.context.home[lead]) }
        for member in members where !homes.contains(solver.context.home[member]) {
            homes.append(solver.context.home[member])
        }
        if let extraHome, !homes.contains(extraHome) { homes.append(extraHome) }
        return solver.minHomesNeeded - homes.count <= remaining
    }
}

extension TeamSolver {
    fileprivate var exhaustedFlag: Bool { exhausted }
    fileprivate var minHomesNeeded: Int { minHomes }
}
