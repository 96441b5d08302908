/// One SAT model of "can these targets all be staffed?", restricted to a set of candidates per
/// target, with a relaxation that stands in for everyone left out. The model grows: targets and
/// candidates are added to the same SAT solver, which keeps what it learnt, and questions are
/// asked under assumptions.
///
/// Each candidate `i` of target `t` is a variable "i is in team(t)". The rules are clauses and
/// cardinality constraints: exactly `team_size` members, at most `capacity(i)` teams per
/// inspector, a lead-capable member when a lead is required, a holder of each required skill, at
/// least `min_home_departments` homes, and for two targets a, b never both "team(a) has someone
/// from b" and "team(b) has someone from a" under the reciprocal ban.
///
/// The constraints that only hold for the candidate set as it stands (at least `team_size`
/// members, a lead, each skill, enough homes) are guarded by one selector literal per target and
/// candidate set (a generation); a question assumes the current selectors. The others (at most
/// `team_size` members, daily caps, the reciprocal ban) stay true however the set grows and are
/// stated once.
///
/// The eligible inspectors of a target who are not among its candidates (its outsiders) enter
/// only through up to `team_size` anonymous seats, switched on by one `relax` literal: an
/// anonymous seat counts as a member from a new home, it may supply the lead or a skill when some
/// outsider could, and it has no daily cap and no home for the reciprocal ban. Every staffing
/// maps to a model of that relaxation, so:
/// - a model with `relax` false is a staffing (the answer is yes, with a witness);
/// - no model even with `relax` true proves that no staffing exists (the answer is no);
/// - otherwise the targets whose anonymous seats were used need more candidates (widen).
final class StaffingModel {
    let sat = SATSolver()
    let context: DrawContext
    private let teamSize: Int
    private let reciprocal: Bool
    private let relax: Int32
    private(set) var targets: [Int] = []
    private(set) var candidates: [[Int]] = []
    /// Per target position: inspector → literal "in the team".
    private var member: [[Int: Int32]] = []
    /// Per target position: the anonymous seats, seat j + 1 used only with seat j.
    private var seats: [[Int32]] = []
    /// Per target position: how many anonymous seats may still be used.
    private var seatsOpen: [Int] = []
    private var outsiders: [Outsiders] = []
    /// Per target position: the team-size counter over seats and candidates.
    private var size: [GrowingCounter] = []
    /// Per target position: the selector of the current generation.
    private var selector: [Int32] = []
    /// Positions whose constraints hold (a refused target's do not).
    private(set) var active: [Bool] = []
    private var capacity: [Int: GrowingCounter] = [:]
    private var positionOf: [Int: Int] = [:]
    /// Candidate literals by the candidate's home department: (position, literal).
    private var byHome: [Int: [(Int, Int32)]] = [:]
    /// presence[a][b]: "team(a) has someone from target b's department".
    private var presence: [[Int: Int32]] = []

    enum Answer {
        /// A staffing, one team per target position (empty for inactive positions), members in
        /// candidate order.
        case yes([[Int]])
        case no
        /// The restricted model cannot answer; these target positions need more candidates.
        case widen([Int])
    }

    /// What the eligible inspectors of a target outside its candidates could bring.
    struct Outsiders {
        var count: Int
        var lead: Bool
        var skills: UInt64
    }

    init(context: DrawContext, reciprocal: Bool) {
        self.context = context
        teamSize = context.policy.teamSize
        self.reciprocal = reciprocal
        relax = sat.variable()
    }

    /// A model of `targets` with the given candidates and outsiders per position, every position
    /// active, and the (position, inspector) pairs of `fixed` in every staffing.
    convenience init(
        context: DrawContext, targets: [Int], candidates: [[Int]], outsiders: [Outsiders], reciprocal: Bool,
        fixed: [(Int, Int)]
    ) {
        self.init(context: context, reciprocal: reciprocal)
        for (position, target) in targets.enumerated() {
            add(target, candidates: candidates[position], outsiders: outsiders[position])
        }
        for (position, inspector) in fixed { fix(position, inspector) }
    }

    var count: Int { targets.count }

    /// Adds a target (active) and returns its position.
    @discardableResult
    func add(_ target: Int, candidates list: [Int], outsiders outside: Outsiders) -> Int {
        precondition(positionOf[target] == nil, "a target enters the model once")
        let position = targets.count
        targets.append(target)
        positionOf[target] = position
        candidates.append([])
        member.append([:])
        presence.append([:])
        outsiders.append(outside)
        active.append(true)
        selector.append(0)
        var counter = GrowingCounter(bound: teamSize + 1, up: true, down: true)
        var chain: [Int32] = []
        for _ in 0..<min(teamSize, outside.count) {
            let seat = sat.variable()
            if let previous = chain.last { sat.clause(-seat, previous) } else { sat.clause(-seat, relax) }
            chain.append(seat)
            append(seat, to: &counter)
        }
        seats.append(chain)
        seatsOpen.append(chain.count)
        size.append(counter)
        // Members of earlier targets' teams who come from this target.
        if reciprocal {
            for (other, literal) in byHome[target] ?? [] where other != position {
                sat.clause(-literal, presenceLiteral(other, position))
            }
        }
        insert(list, at: position)
        regenerate(position)
        return position
    }

    /// Adds candidates to a position and states its guarded constraints anew.
    func widen(_ position: Int, with list: [Int], outsiders outside: Outsiders) {
        outsiders[position] = outside
        let open = max(0, min(seats[position].count, outside.count))
        while seatsOpen[position] > open {
            seatsOpen[position] -= 1
            sat.clause(-seats[position][seatsOpen[position]])
        }
        // Each inspector once: a list may name one twice (a witness member among the next in rank
        // order), and a second literal for the same member would let a team count them twice.
        var seen = Set<Int>()
        insert(list.filter { member[position][$0] == nil && seen.insert($0).inserted }, at: position)
        regenerate(position)
    }

    /// Puts a position's guarded constraints into every later question, or takes them out.
    func setActive(_ position: Int, _ value: Bool) { active[position] = value }

    func contains(_ position: Int, _ inspector: Int) -> Bool {
        member[position][inspector] != nil
    }

    func position(of target: Int) -> Int? { positionOf[target] }

    /// Makes `inspector ∈ team(position)` part of every later answer.
    func fix(_ position: Int, _ inspector: Int) {
        guard let literal = member[position][inspector] else {
            preconditionFailure("a fixed member must be among the candidates")
        }
        sat.clause(literal)
    }

    /// A fresh literal that, assumed, asks for at least one of `inspectors` (candidates of the
    /// position) in team(position). Retire it with `retire` once the question is answered.
    func anyOf(_ position: Int, _ inspectors: [Int]) -> Int32 {
        let activation = sat.variable()
        sat.clause(
            [-activation]
                + inspectors.map { inspector in
                    guard let literal = member[position][inspector] else {
                        preconditionFailure("every inspector asked about must be among the candidates")
                    }
                    return literal
                })
        return activation
    }

    /// Ends a question asked with `anyOf`: its literal is never assumed again.
    func retire(_ activation: Int32) { sat.clause(-activation) }

    /// Whether a staffing of the active positions exists that includes every (position,
    /// inspector) pair given and makes every literal of `assuming` (from `anyOf`) true.
    func ask(_ including: [(Int, Int)] = [], assuming: [Int32] = []) -> Answer {
        var assumptions = including.map { member[$0.0][$0.1]! } + assuming
        for position in targets.indices where active[position] { assumptions.append(selector[position]) }
        if sat.solve(assuming: assumptions + [-relax]) {
            return .yes(
                candidates.indices.map { position in
                    active[position] ? candidates[position].filter { sat.value(member[position][$0]!) } : []
                })
        }
        guard sat.solve(assuming: assumptions) else { return .no }
        let short = targets.indices.filter { position in
            active[position] && seatsOpen[position] > 0 && sat.value(seats[position][0])
        }
        return .widen(short.isEmpty ? targets.indices.filter { active[$0] } : short)
    }

    /// A model of the relaxation (anonymous seats allowed) of the active positions that includes
    /// every (position, inspector) pair given and makes every literal of `assuming` true: per
    /// position, the candidates in the team and how many anonymous seats it uses; nil when none
    /// exists, which proves that no staffing with those choices exists.
    func relaxed(_ including: [(Int, Int)] = [], assuming: [Int32] = []) -> (teams: [[Int]], seats: [Int])? {
        var assumptions = including.map { member[$0.0][$0.1]! } + assuming
        for position in targets.indices where active[position] { assumptions.append(selector[position]) }
        guard sat.solve(assuming: assumptions) else { return nil }
        var teams: [[Int]] = []
        var used: [Int] = []
        for position in candidates.indices {
            guard active[position] else {
                teams.append([])
                used.append(0)
                continue
            }
            teams.append(candidates[position].filter { sat.value(member[position][$0]!) })
            used.append(seats[position].prefix(seatsOpen[position]).filter { sat.value($0) }.count)
        }
        return (teams, used)
    }

    // MARK: Building

    private func append(_ literal: Int32, to counter: inout GrowingCounter) {
        counter.append(literal, in: sat)
        if let over = counter.column[teamSize] { sat.clause(-over) }
    }

    private func insert(_ list: [Int], at position: Int) {
        for inspector in list {
            let literal = sat.variable()
            candidates[position].append(inspector)
            member[position][inspector] = literal
            append(literal, to: &size[position])
            let cap = context.capacity[inspector]
            var counter = capacity[inspector] ?? GrowingCounter(bound: cap + 1, up: true, down: false)
            counter.append(literal, in: sat)
            if let over = counter.column[cap] { sat.clause(-over) }
            capacity[inspector] = counter
            guard reciprocal else { continue }
            let home = context.home[inspector]
            byHome[home, default: []].append((position, literal))
            if let other = positionOf[home], other != position {
                sat.clause(-literal, presenceLiteral(position, other))
            }
        }
    }

    private func presenceLiteral(_ a: Int, _ b: Int) -> Int32 {
        if let literal = presence[a][b] { return literal }
        let literal = sat.variable()
        presence[a][b] = literal
        if let back = presence[b][a] { sat.clause(-literal, -back) }
        return literal
    }

    /// A new selector for the position and its guarded constraints over the candidates as they
    /// stand.
    private func regenerate(_ position: Int) {
        let guardLiteral = sat.variable()
        selector[position] = guardLiteral
        let policy = context.policy
        let target = targets[position]
        let list = candidates[position]
        let open = Array(seats[position].prefix(seatsOpen[position]))
        let outside = outsiders[position]
        if let enough = size[position].column[teamSize - 1] {
            sat.clause(-guardLiteral, enough)
        } else {
            sat.clause(-guardLiteral)
        }
        if policy.leadRequired {
            var clause: [Int32] = [-guardLiteral]
            for inspector in list where context.canLead[inspector] { clause.append(member[position][inspector]!) }
            if outside.lead, let first = open.first { clause.append(first) }
            sat.clause(clause)
        }
        var required = context.requiredMask[target]
        while required != 0 {
            let bit = required.trailingZeroBitCount
            required &= required - 1
            let mask: UInt64 = 1 << UInt64(bit)
            var clause: [Int32] = [-guardLiteral]
            for inspector in list where context.skillMask[inspector] & mask != 0 {
                clause.append(member[position][inspector]!)
            }
            if outside.skills & mask != 0, let first = open.first { clause.append(first) }
            sat.clause(clause)
        }
        let minHomes = policy.minHomeDepartments
        if minHomes > 1 {
            var groups: [Int: [Int32]] = [:]
            var homeOrder: [Int] = []
            for inspector in list {
                let home = context.home[inspector]
                if groups[home] == nil { homeOrder.append(home) }
                groups[home, default: []].append(member[position][inspector]!)
            }
            var homes: [Int32] = open
            for home in homeOrder {
                let group = groups[home]!
                if group.count == 1 {
                    homes.append(group[0])
                } else {
                    let present = sat.variable()
                    sat.clause([-present] + group)
                    homes.append(present)
                }
            }
            if homes.count < minHomes {
                sat.clause(-guardLiteral)
            } else {
                var counter = GrowingCounter(bound: minHomes, up: false, down: true)
                for literal in homes { counter.append(literal, in: sat) }
                sat.clause(-guardLiteral, counter.column[minHomes - 1]!)
            }
        }
    }
}
