/// The canonical team choice: a sequence of "is there still a staffing with this choice fixed
/// too?" questions. A known staffing honouring every fixed choice (the witness) answers yes at
/// once when it already agrees; only the other questions go to the SAT model, under an
/// assumption, and every yes replaces the witness with the staffing found.
struct CanonicalSearch {
    let solver: StaffingSolver
    let context: DrawContext
    let targets: [Int]
    /// Available inspectors in rank order.
    let ranked: [Int]
    /// The choices made so far, per target position, in the order made.
    var fixed: [[Int]]
    /// Teams fixed per inspector.
    var load: [Int]
    /// A staffing of all targets honouring every fixed choice.
    var witness: [[Int]]
    /// Teams per inspector in the witness.
    var witnessLoad: [Int]
    let positionOf: [Int: Int]
    let lists: StaffingSolver.Lists
    var model: StaffingModel?
    var widths: [Int]

    init(solver: StaffingSolver, targets: [Int], rank: [Int]) {
        self.solver = solver
        self.context = solver.context
        self.targets = targets
        self.ranked = solver.available.sorted { rank[$0] < rank[$1] }
        fixed = [[Int]](repeating: [], count: targets.count)
        load = [Int](repeating: 0, count: context.inspectors.count)
        guard let witness = solver.staffing(targets) else {
            preconditionFailure("canonical teams asked for targets that cannot be staffed together")
        }
        self.witness = witness
        witnessLoad = [Int](repeating: 0, count: context.inspectors.count)
        var positionOf: [Int: Int] = [:]
        for (position, target) in targets.enumerated() { positionOf[target] = position }
        self.positionOf = positionOf
        let ranked = self.ranked
        let context = self.context
        lists = StaffingSolver.Lists(
            all: ranked, leads: ranked.filter { context.canLead[$0] },
            holders: context.skillNames.indices.map { bit in
                ranked.filter { context.skillMask[$0] & (UInt64(1) << UInt64(bit)) != 0 }
            })
        widths = [Int](repeating: 1, count: targets.count)
        recount()
    }

    private mutating func recount() {
        for index in witnessLoad.indices { witnessLoad[index] = 0 }
        for team in witness { for member in team { witnessLoad[member] += 1 } }
    }

    mutating func run() -> [[Int]] {
        for position in targets.indices {
            if solver.leadRequired { choose(position, leadOnly: true) }
            while fixed[position].count < solver.teamSize { choose(position, leadOnly: false) }
        }
        return fixed
    }

    /// Fixes the first inspector in rank order that still leaves a staffing.
    private mutating func choose(_ position: Int, leadOnly: Bool) {
        let target = targets[position]
        for (index, inspector) in ranked.enumerated() {
            guard !leadOnly || context.canLead[inspector], context.isEligible(inspector, for: target),
                load[inspector] < context.capacity[inspector], !fixed[position].contains(inspector),
                !barred(inspector, position), roomLeft(with: inspector, position)
            else { continue }
            if feasible(with: inspector, position, next: index) {
                fixed[position].append(inspector)
                load[inspector] += 1
                if let model, model.contains(position, inspector) {
                    model.fix(position, inspector)
                } else {
                    model = nil
                }
                return
            }
        }
        preconditionFailure("the witness staffing has a member for every seat")
    }

    /// Whether the seats left after this one can still bring what the team lacks: a lead, the
    /// required skills not yet covered, enough homes. When they cannot, no staffing includes the
    /// choice.
    private func roomLeft(with inspector: Int, _ position: Int) -> Bool {
        let team = fixed[position] + [inspector]
        let left = solver.teamSize - team.count
        var covered: UInt64 = 0
        var homes = Set<Int>()
        for member in team {
            covered |= context.skillMask[member]
            homes.insert(context.home[member])
        }
        let missing = (context.requiredMask[targets[position]] & ~covered).nonzeroBitCount
        if missing > left * context.maxSkillsPerInspector { return false }
        if solver.leadRequired, left == 0, !team.contains(where: { context.canLead[$0] }) { return false }
        return solver.minHomes - homes.count <= left
    }

    /// Whether the fixed choices alone already rule the inspector out under the reciprocal ban:
    /// someone from this target is fixed in the team of the inspector's home.
    private func barred(_ inspector: Int, _ position: Int) -> Bool {
        guard context.policy.reciprocalBan, let other = targets.firstIndex(of: context.home[inspector]),
            other != position
        else { return false }
        return fixed[other].contains { context.home[$0] == targets[position] }
    }

    /// Whether a staffing honours the fixed choices and puts `inspector` in team(position).
    private mutating func feasible(with inspector: Int, _ position: Int, next index: Int) -> Bool {
        if witness[position].contains(inspector) {
            solver.statistics.witnessAnswers += 1
            return true
        }
        if repair(with: inspector, position) {
            solver.statistics.repairs += 1
            return true
        }
        if !flowsAllow(inspector, position) {
            solver.statistics.flowRefusals += 1
            return false
        }
        while true {
            if model == nil || !model!.contains(position, inspector) { rebuild(including: inspector, position, index) }
            solver.statistics.satCalls += 1
            switch model!.ask([(position, inspector)]) {
            case .yes(let teams):
                witness = teams
                recount()
                return true
            case .no:
                return false
            case .widen(let positions):
                for short in positions { widths[short] *= 2 }
                model = nil
            }
        }
    }

    /// A new model whose candidates include the witness, the inspector being asked about and
    /// the next few in rank order for the same seat.
    private mutating func rebuild(including inspector: Int, _ position: Int, _ index: Int) {
        var extra = witness
        extra[position].append(inspector)
        let target = targets[position]
        var added = 0
        var cursor = index + 1
        while added < 8, cursor < ranked.count {
            let next = ranked[cursor]
            cursor += 1
            guard context.isEligible(next, for: target), load[next] < context.capacity[next],
                !extra[position].contains(next)
            else { continue }
            extra[position].append(next)
            added += 1
        }
        var pairs: [(Int, Int)] = []
        for (position, members) in fixed.enumerated() { for member in members { pairs.append((position, member)) } }
        model = solver.model(
            targets, widths: widths, extra: extra, reciprocal: context.policy.reciprocalBan, fixed: pairs,
            ranked: lists)
    }

    // MARK: Counting

    /// Hall's condition on what the teams still lack once the choice is fixed: a lead, each
    /// skill, the free seats, each from the capacity the fixed choices leave. A violation proves
    /// that no staffing includes the choice (these are what a SAT solver finds hardest: counting).
    private func flowsAllow(_ inspector: Int, _ position: Int) -> Bool {
        var teams = fixed
        teams[position].append(inspector)
        var capacity = context.capacity
        for team in teams { for member in team { capacity[member] -= 1 } }
        let notMember: (Int, Int) -> Bool = { candidate, position in !teams[position].contains(candidate) }
        if solver.leadRequired {
            let lacking = targets.indices.filter { !teams[$0].contains { context.canLead[$0] } }
            if solver.hall(
                lacking.map { targets[$0] }, demand: 1, resources: solver.leads, resource: "lead",
                capacity: capacity, allowed: { notMember($0, lacking[$1]) }) != nil
            {
                return false
            }
        }
        for bit in context.skillNames.indices {
            let mask = UInt64(1) << UInt64(bit)
            let lacking = targets.indices.filter { position in
                context.requiredMask[targets[position]] & mask != 0
                    && !teams[position].contains { context.skillMask[$0] & mask != 0 }
            }
            guard !lacking.isEmpty else { continue }
            if solver.hall(
                lacking.map { targets[$0] }, demand: 1, resources: solver.holders[bit], resource: "skill",
                capacity: capacity, allowed: { notMember($0, lacking[$1]) }) != nil
            {
                return false
            }
        }
        let open = targets.indices.filter { teams[$0].count < solver.teamSize }
        return solver.hall(
            open.map { targets[$0] }, demand: 0, resources: solver.available, resource: "seat",
            demands: open.map { solver.teamSize - teams[$0].count }, capacity: capacity,
            allowed: { notMember($0, open[$1]) }) == nil
    }

    // MARK: Repair

    /// Tries to change the witness locally so that it puts `inspector` in team(position) and
    /// still honours every rule and fixed choice: swap the inspector in for an unfixed member,
    /// and when the inspector is already at capacity, take them from one unfixed place elsewhere
    /// and fill that place with the member swapped out or a free inspector. A failure proves
    /// nothing.
    private mutating func repair(with inspector: Int, _ position: Int) -> Bool {
        let team = witness[position]
        let spare = witnessLoad[inspector] < context.capacity[inspector]
        // Places the inspector could be taken from.
        var donors: [Int] = []
        if !spare {
            for (other, members) in witness.enumerated()
            where other != position && members.contains(inspector) && !fixed[other].contains(inspector) {
                donors.append(other)
            }
            if donors.isEmpty { return false }
        }
        for out in team where !fixed[position].contains(out) {
            var trial = witness
            trial[position] = team.filter { $0 != out } + [inspector]
            if spare {
                if valid(trial, position) {
                    commit(trial)
                    return true
                }
                continue
            }
            for donor in donors {
                var loads = witnessLoad
                loads[out] -= 1
                let remaining = trial[donor].filter { $0 != inspector }
                // The member swapped out first, then free inspectors from a fixed place in the
                // ranked list.
                var fillers = [out]
                var scanned = 0
                for candidate in ranked where scanned < 64 {
                    guard candidate != out, candidate != inspector, loads[candidate] < context.capacity[candidate],
                        context.isEligible(candidate, for: targets[donor]), !remaining.contains(candidate)
                    else { continue }
                    scanned += 1
                    fillers.append(candidate)
                }
                for filler in fillers
                where context.isEligible(filler, for: targets[donor]) && !remaining.contains(filler)
                    && (filler == out || loads[filler] < context.capacity[filler])
                {
                    trial[donor] = remaining + [filler]
                    if valid(trial, position), valid(trial, donor) {
                        commit(trial)
                        return true
                    }
                }
                trial[donor] = witness[donor]
            }
        }
        return false
    }

    private mutating func commit(_ teams: [[Int]]) {
        witness = teams
        recount()
    }

    /// Whether team(position) of `teams` meets every rule on its own and under the reciprocal
    /// ban against the other teams (capacity is checked by the caller).
    private func valid(_ teams: [[Int]], _ position: Int) -> Bool {
        let team = teams[position]
        let target = targets[position]
        guard team.count == solver.teamSize, Set(team).count == team.count else { return false }
        if solver.leadRequired, !team.contains(where: { context.canLead[$0] }) { return false }
        var covered: UInt64 = 0
        var homes = Set<Int>()
        for member in team {
            guard context.isEligible(member, for: target) else { return false }
            covered |= context.skillMask[member]
            homes.insert(context.home[member])
        }
        guard context.requiredMask[target] & ~covered == 0, homes.count >= solver.minHomes else { return false }
        var load: [Int: Int] = [:]
        for members in teams { for member in members where team.contains(member) { load[member, default: 0] += 1 } }
        for (member, count) in load where count > context.capacity[member] { return false }
        if context.policy.reciprocalBan {
            for home in homes {
                guard let other = positionOf[home], other != position else { continue }
                if teams[other].contains(where: { context.home[$0] == target }) { return false }
            }
        }
        return true
    }
}
