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
        widths = [Int](repeating: 1, count: targets.count)
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
                !barred(inspector, position)
            else { continue }
            if feasible(with: inspector, position, next: index) {
                fixed[position].append(inspector)
                load[inspector] += 1
                model?.fix(position, inspector)
                return
            }
        }
        preconditionFailure("the witness staffing has a member for every seat")
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
        if witness[position].contains(inspector) { return true }
        while true {
            if model == nil || !model!.contains(position, inspector) { rebuild(including: inspector, position, index) }
            switch model!.ask([(position, inspector)]) {
            case .yes(let teams):
                witness = teams
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
            targets, widths: widths, extra: extra, reciprocal: context.policy.reciprocalBan, fixed: pairs)
    }
}
