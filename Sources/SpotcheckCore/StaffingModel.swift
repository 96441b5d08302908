/// One SAT model of "can these targets all be staffed?", restricted to a set of candidates per
/// target, with a relaxation that stands in for everyone left out.
///
/// Each candidate `i` of target `t` is a variable "i is in team(t)". The rules are clauses and
/// cardinality constraints: exactly `team_size` members, at most `capacity(i)` teams per
/// inspector, a lead-capable member when a lead is required, a holder of each required skill, at
/// least `min_home_departments` homes, and for two targets a, b never both "team(a) has someone
/// from b" and "team(b) has someone from a" under the reciprocal ban.
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
    let targets: [Int]
    let candidates: [[Int]]
    /// Per target position: inspector → literal "in the team".
    private var member: [[Int: Int32]]
    private let relax: Int32
    /// Per target position: the first anonymous seat, when the target has outsiders.
    private var anonymous: [Int32?]

    enum Answer {
        /// A staffing, one team per target position, members in candidate order.
        case yes([[Int]])
        case no
        /// The restricted model cannot answer; these target positions need more candidates.
        case widen([Int])
    }

    /// - Parameters:
    ///   - candidates: per target position, distinct eligible inspectors.
    ///   - outsiders: per target position, what the eligible inspectors not among the candidates
    ///     could bring.
    ///   - reciprocal: whether the reciprocal ban holds.
    ///   - fixed: (target position, inspector) pairs every staffing must include.
    init(
        context: DrawContext, targets: [Int], candidates: [[Int]], outsiders: [Outsiders], reciprocal: Bool,
        fixed: [(Int, Int)]
    ) {
        self.targets = targets
        self.candidates = candidates
        let policy = context.policy
        let teamSize = policy.teamSize
        relax = sat.variable()
        member = []
        anonymous = []
        member.reserveCapacity(targets.count)
        var byInspector: [Int: [Int32]] = [:]

        for (position, target) in targets.enumerated() {
            var literals: [Int32] = []
            literals.reserveCapacity(candidates[position].count)
            var map: [Int: Int32] = [:]
            for inspector in candidates[position] {
                let literal = sat.variable()
                literals.append(literal)
                map[inspector] = literal
                byInspector[inspector, default: []].append(literal)
            }
            member.append(map)

            // Anonymous seats, ordered so that seat j + 1 is used only with seat j.
            let outside = outsiders[position]
            var seats: [Int32] = []
            for _ in 0..<min(teamSize, outside.count) {
                let seat = sat.variable()
                if let previous = seats.last { sat.clause(-seat, previous) } else { sat.clause(-seat, relax) }
                seats.append(seat)
            }
            anonymous.append(seats.first)

            sat.exactly(literals + seats, teamSize)

            if policy.leadRequired {
                var clause = zip(candidates[position], literals).filter { context.canLead[$0.0] }.map(\.1)
                if outside.lead, let first = seats.first { clause.append(first) }
                sat.clause(clause)
            }
            var required = context.requiredMask[target]
            while required != 0 {
                let bit = required.trailingZeroBitCount
                required &= required - 1
                let mask: UInt64 = 1 << UInt64(bit)
                var clause = zip(candidates[position], literals).filter { context.skillMask[$0.0] & mask != 0 }.map(
                    \.1)
                if outside.skills & mask != 0, let first = seats.first { clause.append(first) }
                sat.clause(clause)
            }
            if policy.minHomeDepartments > 1 {
                var groups: [Int: [Int32]] = [:]
                var homeOrder: [Int] = []
                for (inspector, literal) in zip(candidates[position], literals) {
                    let home = context.home[inspector]
                    if groups[home] == nil { homeOrder.append(home) }
                    groups[home, default: []].append(literal)
                }
                var homes: [Int32] = []
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
                sat.atLeast(homes + seats, policy.minHomeDepartments)
            }
        }

        for inspector in byInspector.keys.sorted() {
            sat.atMost(byInspector[inspector]!, context.capacity[inspector])
        }

        if reciprocal, targets.count > 1 {
            var positionOf: [Int: Int] = [:]
            for (position, target) in targets.enumerated() { positionOf[target] = position }
            // from[a][b]: literals of members of team(a) whose home is target b.
            var from = [[Int: [Int32]]](repeating: [:], count: targets.count)
            for position in targets.indices {
                for inspector in candidates[position] {
                    guard let other = positionOf[context.home[inspector]], other != position else { continue }
                    from[position][other, default: []].append(member[position][inspector]!)
                }
            }
            func presence(_ literals: [Int32]) -> Int32 {
                if literals.count == 1 { return literals[0] }
                let present = sat.variable()
                for literal in literals { sat.clause(-literal, present) }
                return present
            }
            for a in targets.indices {
                for b in from[a].keys.sorted() where b > a {
                    guard let back = from[b][a] else { continue }
                    sat.clause(-presence(from[a][b]!), -presence(back))
                }
            }
        }

        for (position, inspector) in fixed {
            guard let literal = member[position][inspector] else {
                preconditionFailure("a fixed member must be among the candidates")
            }
            sat.clause(literal)
        }
    }

    /// What the eligible inspectors of a target outside its candidates could bring.
    struct Outsiders {
        var count: Int
        var lead: Bool
        var skills: UInt64
    }

    func contains(_ position: Int, _ inspector: Int) -> Bool {
        member[position][inspector] != nil
    }

    /// Makes `inspector ∈ team(position)` part of every later answer.
    func fix(_ position: Int, _ inspector: Int) {
        sat.clause(member[position][inspector]!)
    }

    /// Whether a staffing exists that includes every (position, inspector) pair given.
    func ask(_ including: [(Int, Int)] = []) -> Answer {
        let assumptions = including.map { member[$0.0][$0.1]! }
        if sat.solve(assuming: assumptions + [-relax]) {
            return .yes(
                candidates.indices.map { position in
                    candidates[position].filter { sat.value(member[position][$0]!) }
                })
        }
        guard sat.solve(assuming: assumptions) else { return .no }
        let short = anonymous.indices.filter { position in anonymous[position].map { sat.value($0) } ?? false }
        return .widen(short.isEmpty ? Array(targets.indices) : short)
    }
}
