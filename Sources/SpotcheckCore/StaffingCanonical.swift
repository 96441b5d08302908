/// The canonical team choice: for each seat, the first allowed inspector in rank order that still
/// leaves a staffing with every choice made so far. A known staffing honouring every fixed choice
/// (the witness) bounds that choice from above; the inspectors before the bound that the quick
/// answers do not settle go to the SAT model together ("is any of them possible?"), under an
/// assumption, and every yes replaces the witness with the staffing found and lowers the bound.
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
    /// Per department: its target position, -1 when it is not a target (no hashing in the
    /// checks of the reciprocal ban, which run for every candidate).
    let positionByDepartment: [Int]
    /// Per target position: the available inspectors eligible for it.
    let eligibleCounts: [Int]
    /// Each inspector's place in `ranked` (Int.max when unavailable).
    let place: [Int]
    let lists: StaffingSolver.Lists
    var model: StaffingModel?
    var widths: [Int]
    /// No inspector before this position in `ranked` has capacity left under the fixed choices.
    var firstFree = 0
    /// Available inspectors who can lead or hold a skill, in rank order.
    let scarce: [Int]
    /// Sets of teams lacking one role whose fitting inspectors can give them no more than they
    /// need, found by the counting refusals (see `tightRefuses`).
    var tight: [TightSet] = []
    /// Weighted Hall cuts over the leads and skill holders from the exact mode decision's
    /// refusals, kept up to date with the fixed choices (see `ModeCut`).
    var cuts: [ModeCut] = []
    /// Questions asked so far (for dropping cuts that stopped refusing).
    var questions = 0
    /// The skill and the teams of the last refusal of `jointShort` in `flowsAllow`.
    private var jointRefusal: (bit: Int, positions: [Int])?
    /// Per skill bit: the available leads and holders of the skill, in ascending order.
    let jointPools: [[Int]]
    /// Per skill bit: the available holders of the skill who can lead, in the holders' order.
    let leadHolders: [[Int]]
    /// The path repair's tables over every inspector, kept between its runs.
    let repairTables = StaffingRepair.Tables()
    /// The role flow's eligible scarce inspectors per slot, kept across questions.
    let eligibleCache = StaffingRoleFlow.EligibleCache()
    /// Greedy completions that failed and that succeeded so far: on tight rosters they rarely
    /// succeed and each goes over every target left, so they stop being tried once they fail
    /// more than twice as often as they succeed (beyond the first two).
    var greedyFailed = 0
    var greedySucceeded = 0
    /// Per inspector: the last target position for which no staffing puts them in the team. The
    /// answer stays no for the team's later seats (their fixed choices only add to those of the
    /// question), so they are not asked again.
    private var refusedFor: [Int]
    /// Zero for every inspector between the calls of `greedy`, which counts its choices here.
    private var extraLoad: [Int]
    /// Each inspector's capacity between the calls of `flowsAllow`, which takes the choices off
    /// it for its counting and puts them back.
    private var capacityLeft: [Int]

    init(solver: StaffingSolver, targets: [Int], rank: [Int]) {
        self.solver = solver
        self.context = solver.context
        self.targets = targets
        self.ranked = solver.available.sorted { rank[$0] < rank[$1] }
        fixed = [[Int]](repeating: [], count: targets.count)
        load = [Int](repeating: 0, count: context.inspectors.count)
        extraLoad = load
        capacityLeft = solver.context.capacity
        refusedFor = [Int](repeating: -1, count: context.inspectors.count)
        guard let witness = solver.staffing(targets) else {
            preconditionFailure("canonical teams asked for targets that cannot be staffed together")
        }
        self.witness = witness
        witnessLoad = [Int](repeating: 0, count: context.inspectors.count)
        var positionOf: [Int: Int] = [:]
        for (position, target) in targets.enumerated() { positionOf[target] = position }
        self.positionOf = positionOf
        var positionByDepartment = [Int](repeating: -1, count: context.departments.count)
        for (position, target) in targets.enumerated() { positionByDepartment[target] = position }
        self.positionByDepartment = positionByDepartment
        var place = [Int](repeating: Int.max, count: context.inspectors.count)
        for (index, inspector) in ranked.enumerated() { place[inspector] = index }
        self.place = place
        eligibleCounts = targets.map { Counts(solver, $0).eligible }
        let ranked = self.ranked
        let context = self.context
        lists = StaffingSolver.Lists(
            all: ranked, leads: ranked.filter { context.canLead[$0] },
            holders: context.skillNames.indices.map { bit in
                ranked.filter { context.skillMask[$0] & (UInt64(1) << UInt64(bit)) != 0 }
            })
        widths = [Int](repeating: 1, count: targets.count)
        scarce = ranked.filter { (solver.leadRequired && context.canLead[$0]) || context.skillMask[$0] != 0 }
        jointPools = solver.holders.map { Set(solver.leads).union($0).sorted() }
        leadHolders = solver.holders.map { $0.filter { context.canLead[$0] } }
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

    /// Fixes the first allowed inspector in rank order that still leaves a staffing: the first
    /// allowed inspector who is in team(position) in some staffing honouring the fixed choices.
    /// The witness's first new member of the team bounds the choice from above. The quick answers
    /// settle what they can of the inspectors before that bound; the others are asked about
    /// together, "is any of them in the team in some staffing?", and every yes lowers the bound
    /// to the first new member of the staffing found, until the answer is no.
    private mutating func choose(_ position: Int, leadOnly: Bool) {
        while firstFree < ranked.count, load[ranked[firstFree]] >= context.capacity[ranked[firstFree]] {
            firstFree += 1
        }
        var bound = firstNew(position, leadOnly: leadOnly)
        // Places in `ranked` before the bound that no quick answer settled.
        var open: [Int] = []
        // The lead seat takes only leads, and a seat that must bring a lead or one skill only
        // their holders (`needed`: `roomLeft` refuses everyone else): then the scan goes over
        // those alone, in the same rank order, from the first at or after `firstFree`.
        let pool = leadOnly ? lists.leads : needed(fixed[position], position)
        let start = firstFree
        let place = self.place
        var at = 0
        if let pool {
            var high = pool.count
            while at < high {
                let middle = (at + high) / 2
                if place[pool[middle]] < start { at = middle + 1 } else { high = middle }
            }
        }
        func placeAt(_ at: Int) -> Int {
            guard let pool else { return start + at }
            return at < pool.count ? place[pool[at]] : Int.max
        }
        var index = placeAt(at)
        // A greedy completion that failed twice for this seat rarely succeeds for a later
        // candidate: it is not tried again (the other answers stay).
        var greedyFailures = 0
        while index < bound {
            let inspector = ranked[index]
            if refusedFor[inspector] != position, allowed(inspector, position, leadOnly: leadOnly) {
                switch quickly(inspector, position, greedily: &greedyFailures) {
                case true?:
                    bound = firstNew(position, leadOnly: leadOnly)
                case false?:
                    refusedFor[inspector] = position
                case nil:
                    open.append(index)
                }
            }
            at += 1
            index = placeAt(at)
        }
        open.removeAll { $0 >= bound }
        // The first open inspector alone, then the others together: a yes for the first ends
        // the seat, and a no for the others ends it too.
        while let first = open.first {
            if anyFeasible([ranked[first]], position) {
                bound = firstNew(position, leadOnly: leadOnly)
                break
            }
            refusedFor[ranked[first]] = position
            open.removeFirst()
            guard !open.isEmpty else { break }
            guard anyFeasible(open.map { ranked[$0] }, position) else {
                for index in open { refusedFor[ranked[index]] = position }
                break
            }
            bound = firstNew(position, leadOnly: leadOnly)
            open.removeAll { $0 >= bound }
        }
        fix(ranked[bound], position, bound)
    }

    /// Makes the choice of `inspector` (at `bound` in `ranked`) for team(position).
    mutating func fix(_ inspector: Int, _ position: Int, _ bound: Int) {
        fixed[position].append(inspector)
        load[inspector] += 1
        cutsFix(inspector, position)
        if let model {
            if !model.contains(position, inspector) { include(inspector, position, bound) }
            model.fix(position, inspector)
        }
    }

    /// The place in `ranked` of the witness's first member of team(position) not yet fixed there
    /// that passes the filters of `allowed` (every new member does, the witness meeting every rule
    /// and honouring the fixed choices, but for the lead seat's `leadOnly`).
    private func firstNew(_ position: Int, leadOnly: Bool) -> Int {
        var first = Int.max
        for member in witness[position] where allowed(member, position, leadOnly: leadOnly) {
            first = min(first, place[member])
        }
        precondition(first < Int.max, "the witness staffing has a member for every seat")
        return first
    }

    /// The filters every choice passes before its feasibility is asked: a lead for the lead
    /// seat, eligible, capacity left under the fixed choices, not yet in the team, not ruled out
    /// by the reciprocal ban, and the seats left can still bring what the team lacks.
    private func allowed(_ inspector: Int, _ position: Int, leadOnly: Bool) -> Bool {
        (!leadOnly || context.canLead[inspector]) && load[inspector] < context.capacity[inspector]
            && context.isEligible(inspector, for: targets[position]) && !fixed[position].contains(inspector)
            && !barred(inspector, position, fixed) && roomLeft(fixed[position], with: inspector, position)
    }

    /// Whether the seats left after adding `inspector` to `team` can still bring what the team
    /// lacks: a lead, the required skills not yet covered, enough homes. When they cannot, no
    /// staffing includes the choice.
    private func roomLeft(_ team: [Int], with inspector: Int, _ position: Int) -> Bool {
        let left = solver.teamSize - team.count - 1
        var covered = context.skillMask[inspector]
        var lead = context.canLead[inspector]
        // Distinct homes among the team and the inspector (teams are small: no set needed).
        var homes = 1
        for (index, member) in team.enumerated() {
            covered |= context.skillMask[member]
            lead = lead || context.canLead[member]
            let home = context.home[member]
            if home != context.home[inspector], !team[..<index].contains(where: { context.home[$0] == home }) {
                homes += 1
            }
        }
        let missing = (context.requiredMask[targets[position]] & ~covered).nonzeroBitCount
        if missing > left * context.maxSkillsPerInspector { return false }
        if solver.leadRequired, left == 0, !lead { return false }
        return solver.minHomes - homes <= left
    }

    /// Whether `teams` already rule the inspector out under the reciprocal ban: someone from
    /// this target is in the team of the inspector's home.
    private func barred(_ inspector: Int, _ position: Int, _ teams: [[Int]]) -> Bool {
        let home = context.home[inspector]
        guard context.policy.reciprocalBan, home >= 0, case let other = positionByDepartment[home], other >= 0,
            other != position
        else { return false }
        return teams[other].contains { context.home[$0] == targets[position] }
    }

    /// The staffing the canonical choice would make from `teams` (the fixed choices and one
    /// more, in `position`) if every choice the filters of `choose` allow were feasible, when it
    /// meets every rule; nil otherwise (which proves nothing). When it is returned, it is a
    /// staffing that honours the choices, and the canonical choice will make exactly its choices
    /// for as long as it agrees with them.
    private mutating func greedy(_ start: [[Int]], from position: Int) -> [[Int]]? {
        var teams = start
        // Teams per inspector beyond `load`, in a table kept between calls and cleared after.
        var extra = extraLoad
        extraLoad = []
        var touched: [Int] = []
        defer {
            for inspector in touched { extra[inspector] = 0 }
            extraLoad = extra
        }
        func add(_ inspector: Int) {
            if extra[inspector] == 0 { touched.append(inspector) }
            extra[inspector] += 1
        }
        for member in teams[position] where !fixed[position].contains(member) { add(member) }
        let load = self.load
        let capacity = context.capacity
        func used(_ inspector: Int) -> Int { load[inspector] + extra[inspector] }
        var cursor = firstFree
        var leadCursor = 0
        for p in position..<targets.count {
            let target = targets[p]
            while teams[p].count < solver.teamSize {
                let leadOnly = solver.leadRequired && teams[p].isEmpty
                while cursor < ranked.count, used(ranked[cursor]) >= capacity[ranked[cursor]] { cursor += 1 }
                var pool = leadOnly ? lists.leads : ranked
                var index = leadOnly ? leadCursor : cursor
                if leadOnly {
                    while index < pool.count, used(pool[index]) >= capacity[pool[index]] { index += 1 }
                    leadCursor = index
                } else if let needed = needed(teams[p], p) {
                    // Only these can take the seat (`roomLeft` refuses everyone else): the same
                    // first one in rank order, without scanning past every other inspector.
                    pool = needed
                    index = 0
                }
                var found: Int?
                while index < pool.count {
                    let inspector = pool[index]
                    index += 1
                    guard used(inspector) < capacity[inspector], context.isEligible(inspector, for: target),
                        !teams[p].contains(inspector), !barred(inspector, p, teams),
                        roomLeft(teams[p], with: inspector, p)
                    else { continue }
                    found = inspector
                    break
                }
                guard let found else { return nil }
                teams[p].append(found)
                add(found)
            }
        }
        var homes: [Int] = []
        for p in position..<targets.count where !valid(teams, p, capacity: false, homes: &homes) { return nil }
        return teams
    }

    /// The inspectors in rank order among whom every one `roomLeft` lets into `team` must be,
    /// when the next seat must bring a lead or a required skill; nil when anyone may take it.
    private func needed(_ team: [Int], _ position: Int) -> [Int]? {
        let after = solver.teamSize - team.count - 1
        var covered: UInt64 = 0
        var lead = false
        for member in team {
            covered |= context.skillMask[member]
            lead = lead || context.canLead[member]
        }
        let missing = context.requiredMask[targets[position]] & ~covered
        if missing.nonzeroBitCount > after * context.maxSkillsPerInspector, missing.nonzeroBitCount == 1 {
            return lists.holders[missing.trailingZeroBitCount]
        }
        if solver.leadRequired, !lead, after == 0 { return lists.leads }
        return nil
    }

    /// Whether a staffing honours the fixed choices and puts `inspector` in team(position), when
    /// the witness, a greedy completion, a local repair or counting answers at once; nil when
    /// none does. A yes makes the staffing found the witness.
    private mutating func quickly(_ inspector: Int, _ position: Int, greedily failures: inout Int) -> Bool? {
        if witness[position].contains(inspector) {
            solver.statistics.witnessAnswers += 1
            return true
        }
        if tightRefuses(inspector, position) {
            solver.statistics.flowRefusals += 1
            return false
        }
        questions += 1
        for index in cuts.indices where cutRefuses(cuts[index], inspector, position) {
            cuts[index].lastUsed = questions
            solver.statistics.flowRefusals += 1
            return false
        }
        if repair(with: inspector, position) {
            solver.statistics.repairs += 1
            return true
        }
        if failures < 2, greedyFailed < 2 + 2 * greedySucceeded {
            var start = fixed
            start[position].append(inspector)
            if let teams = greedy(start, from: position) {
                greedySucceeded += 1
                solver.statistics.greedyExtensions += 1
                commit(teams)
                return true
            }
            greedyFailed += 1
            failures += 1
        }
        if !flowsAllow(inspector, position) {
            solver.statistics.flowRefusals += 1
            // A refusal by the leads and one skill's holders together is kept as a cut over the
            // teams it left short, the inspector asked about in its region (as for the mode
            // decision's refusals below).
            if let joint = jointRefusal {
                jointRefusal = nil
                keepCut([jointPools[joint.bit] + [inspector]], positions: joint.positions)
            }
            return false
        }
        if pathRepair(with: inspector, position) {
            solver.statistics.pathRepairs += 1
            return true
        }
        // The role flow finds most staffings the path repair misses, at a small part of the
        // cost of deciding the scarce core exactly.
        if roleFlow(with: inspector, position) {
            solver.statistics.pathRepairs += 1
            return true
        }
        var pinned = fixed
        pinned[position].append(inspector)
        let core = roleFlow(fixed: pinned)
        var refuting: [[Int]] = []
        switch core.decide(refuted: { refuting = $0 }) {
        case .none:
            solver.statistics.flowRefusals += 1
            // Under the fixed choices alone the inspector asked about still has capacity and
            // fits slots of other teams: the region takes them in, so that those slots count.
            if !refuting.isEmpty { keepCut(refuting.map { $0.contains(inspector) ? $0 : $0 + [inspector] }) }
            return false
        case .staffing(let teams)
        where targets.indices.allSatisfy({ pinned[$0].allSatisfy(teams[$0].contains) }) && allValid(teams):
            solver.statistics.pathRepairs += 1
            commit(teams)
            return true
        case .staffing, .unknown:
            break
        }
        return nil
    }

    /// Keeps the cut of `regions` (a refusal of the exact mode decision) when it is tight under
    /// the fixed choices, so that it refuses later choices at once; at most 16, the one
    /// unused longest giving way.
    private mutating func keepCut(_ regions: [[Int]], positions: [Int]? = nil) {
        guard context.maxSkillsPerInspector <= 1 else { return }
        let cut = makeCut(regions, positions: positions, questions: questions)
        guard cut.supply - cut.totalDemand <= regions.count else { return }
        if cuts.count >= 16, let oldest = cuts.indices.min(by: { cuts[$0].lastUsed < cuts[$1].lastUsed }) {
            cuts.remove(at: oldest)
        }
        cuts.append(cut)
    }

    /// Whether a staffing honours the fixed choices and puts at least one of `inspectors` in
    /// team(position): one SAT question under an assumption, retired once answered. No model of
    /// the relaxation (anonymous seats allowed) proves the answer no. A model of it is a yes when
    /// the augmenting-path repair (`StaffingRepair`) turns its teams, with the fixed choices and
    /// the model's member of `inspectors` kept, into a staffing (which becomes the witness);
    /// otherwise the targets that used anonymous seats get more candidates and the question is
    /// asked again.
    private mutating func anyFeasible(_ inspectors: [Int], _ position: Int) -> Bool {
        if model == nil {
            build(including: inspectors, position)
        } else {
            let missing = inspectors.filter { !model!.contains(position, $0) }
            if !missing.isEmpty { widen(position, with: missing + witness[position]) }
        }
        // The witness stays a model of the relaxation without anonymous seats: its members are
        // candidates wherever it has changed since the model was built.
        for other in targets.indices {
            let missing = witness[other].filter { !model!.contains(other, $0) }
            if !missing.isEmpty { widen(other, with: missing) }
        }
        let activation = model!.anyOf(position, inspectors)
        defer { model!.retire(activation) }
        let asked = Set(inspectors)
        while true {
            solver.statistics.satCalls += 1
            guard let (teams, seats) = model!.relaxed(assuming: [activation]) else { return false }
            guard let chosen = teams[position].first(where: { asked.contains($0) }) else {
                preconditionFailure("a model of the question puts one of the inspectors asked about in the team")
            }
            var pinned = fixed
            pinned[position].append(chosen)
            var repair = StaffingRepair(
                context: context, targets: targets, teamSize: solver.teamSize, leadRequired: solver.leadRequired,
                minHomes: solver.minHomes, lists: lists, fixed: pinned, teams: teams)
            if let staffing = repair.run() {
                commit(staffing)
                return true
            }
            // The relaxed teams' choices of who leads and brings which skill, moved along one
            // flow over every role, then the flow's own choices.
            if roleFlow(pinned: pinned, known: teams, fromKnown: true)
                || roleFlow(pinned: pinned, known: teams, fromKnown: false)
            {
                solver.statistics.pathRepairs += 1
                return true
            }
            let short = targets.indices.filter { seats[$0] > 0 }
            let load = self.load
            let capacity = context.capacity
            // Teams whose anonymous seats stand in for a lead or a required skill take every
            // lead or holder of it with capacity left as candidates; the anonymous seats of the
            // others stand for plain members only, which the repair finds, so they widen only when
            // no team lacks a scarce kind.
            var scarce = false
            for short in short {
                let need = lacking(teams[short], short)
                guard need.lead || need.skills != 0 else { continue }
                var list: [Int] = []
                if need.lead { list += lists.leads }
                var skills = need.skills
                while skills != 0 {
                    let bit = skills.trailingZeroBitCount
                    skills &= skills - 1
                    list += lists.holders[bit]
                }
                let target = targets[short]
                if widen(short, with: list.filter { load[$0] < capacity[$0] && context.isEligible($0, for: target) }) {
                    scarce = true
                }
            }
            if scarce { continue }
            for short in short.isEmpty ? Array(targets.indices) : short {
                widths[short] *= 2
                let list = solver.candidateList(
                    targets[short], width: widths[short], extra: witness[short], ranked: lists,
                    usable: { load[$0] < capacity[$0] })
                widen(short, with: list, refresh: true)
            }
        }
    }

    /// What `team` lacks for target position `position`: a lead, required skills.
    private func lacking(_ team: [Int], _ position: Int) -> (lead: Bool, skills: UInt64) {
        var covered: UInt64 = 0
        var lead = false
        for member in team {
            covered |= context.skillMask[member]
            lead = lead || context.canLead[member]
        }
        return (solver.leadRequired && !lead, context.requiredMask[targets[position]] & ~covered)
    }

    /// The model (built once per search): candidates are the witness, the inspectors being asked
    /// about for the seat, and the first few of each kind.
    private mutating func build(including inspectors: [Int], _ position: Int) {
        var extra = witness
        for inspector in inspectors where !extra[position].contains(inspector) { extra[position].append(inspector) }
        var pairs: [(Int, Int)] = []
        for (position, members) in fixed.enumerated() {
            for member in members {
                if !extra[position].contains(member) { extra[position].append(member) }
                pairs.append((position, member))
            }
        }
        let load = self.load
        let capacity = context.capacity
        model = solver.model(
            targets, widths: widths, extra: extra, reciprocal: context.policy.reciprocalBan, fixed: pairs,
            ranked: lists, usable: { load[$0] < capacity[$0] })
    }

    /// Adds the inspector, the next few in rank order for the seat and the witness's team to the
    /// position's candidates.
    private mutating func include(_ inspector: Int, _ position: Int, _ index: Int) {
        widen(position, with: [inspector] + witness[position] + following(index, position, excluding: [inspector]))
    }

    /// Adds `list` to the position's candidates; returns whether any was new. With `refresh`,
    /// what the outsiders could bring is counted anew even when none was (inspectors the fixed
    /// choices used up since can no longer stand behind an anonymous seat).
    @discardableResult
    private mutating func widen(_ position: Int, with list: [Int], refresh: Bool = false) -> Bool {
        let model = model!
        var seen = Set(model.candidates[position])
        var union = model.candidates[position]
        for inspector in list where seen.insert(inspector).inserted { union.append(inspector) }
        let added = union.count - model.candidates[position].count
        guard added > 0 || refresh else { return false }
        solver.statistics.modelVariables += added
        let load = self.load
        let capacity = context.capacity
        model.widen(
            position, with: list,
            outsiders: solver.outsiders(targets[position], union, usable: { load[$0] < capacity[$0] }))
        return added > 0
    }

    /// Up to eight eligible inspectors after `index` in rank order with capacity left under the
    /// fixed choices.
    private func following(_ index: Int, _ position: Int, excluding: Set<Int>) -> [Int] {
        let target = targets[position]
        var found: [Int] = []
        var cursor = index + 1
        while found.count < 8, cursor < ranked.count {
            let next = ranked[cursor]
            cursor += 1
            guard context.isEligible(next, for: target), load[next] < context.capacity[next],
                !excluding.contains(next)
            else { continue }
            found.append(next)
        }
        return found
    }

    // MARK: Counting

    /// Teams (positions) that all lacked one role (the lead when `bit` is negative, else the
    /// skill of that bit) when found, whose fitting inspectors could give no more than one place
    /// each under the fixed choices then.
    struct TightSet {
        var bit: Int
        var positions: [Int]
    }

    /// Whether the inspector fits the role of `set`.
    private func fits(_ inspector: Int, _ set: TightSet) -> Bool {
        set.bit < 0 ? context.canLead[inspector] : context.skillMask[inspector] & (UInt64(1) << UInt64(set.bit)) != 0
    }

    /// Whether team(position) lacks the role of `set` with only its fixed members.
    private func lacks(_ position: Int, _ set: TightSet) -> Bool {
        !fixed[position].contains { fits($0, set) }
    }

    /// Whether the places the fitting inspectors can give the teams of `set` still lacking its
    /// role, under the fixed choices, equal their number (a check of the argument of
    /// `tightRefuses`, for debug builds).
    private func isTight(_ set: TightSet) -> Bool {
        let members = set.positions.filter { lacks($0, set) }
        var supply = 0
        for inspector in solver.available where fits(inspector, set) {
            let count = members.filter {
                context.isEligible(inspector, for: targets[$0]) && !fixed[$0].contains(inspector)
            }.count
            supply += min(max(context.capacity[inspector] - load[inspector], 0), count)
        }
        return supply == members.count
    }

    /// Whether a tight set proves that no staffing puts `inspector` in team(position).
    ///
    /// A set S of teams lacking one role is tight when the places its fitting inspectors can
    /// give it (each inspector at most their capacity left and once per team of S that they are
    /// eligible for and not yet in) equal the teams in S. A counting refusal finds one: the
    /// choice took a place from it, and a staffing existed before. It stays tight as choices are
    /// fixed: every team of S whose role is fixed leaves S, and the inspector fixed there gives
    /// one place fewer to the rest (other choices give none more); the teams left still have a
    /// staffing, so they are not short. Putting a fitting inspector into a team outside the teams
    /// left takes a place from them (capacity left c, eligible for k of them: min(c − 1, k) <
    /// min(c, k) when c ≤ k), which leaves them short: no staffing includes the choice.
    private mutating func tightRefuses(_ inspector: Int, _ position: Int) -> Bool {
        guard !tight.isEmpty else { return false }
        let left = context.capacity[inspector] - load[inspector]
        var index = 0
        while index < tight.count {
            let set = tight[index]
            index += 1
            guard fits(inspector, set) else { continue }
            // Positions are in ascending order.
            var low = 0
            var high = set.positions.count
            while low < high {
                let middle = (low + high) / 2
                if set.positions[middle] < position { low = middle + 1 } else { high = middle }
            }
            if low < set.positions.count, set.positions[low] == position, lacks(position, set) { continue }
            var count = 0
            var remaining = false
            for member in set.positions where lacks(member, set) {
                remaining = true
                if context.isEligible(inspector, for: targets[member]), !fixed[member].contains(inspector) {
                    count += 1
                    if count >= left { return true }
                }
            }
            if !remaining {
                // Every team of the set has its role: it proves nothing any more.
                index -= 1
                tight.remove(at: index)
            }
        }
        return false
    }

    /// Hall's condition on what the teams still lack once the choice is fixed: a lead, each
    /// skill, the free seats, each from the capacity the fixed choices leave. A violation proves
    /// that no staffing includes the choice (these are what a SAT solver finds hardest: counting).
    private mutating func flowsAllow(_ inspector: Int, _ position: Int) -> Bool {
        var found: [TightSet] = []
        defer {
            assert(found.allSatisfy(isTight), "a counting refusal finds a tight set")
            tight += found
        }
        var teams = fixed
        teams[position].append(inspector)
        var capacity = capacityLeft
        capacityLeft = []
        for team in teams { for member in team { capacity[member] -= 1 } }
        defer {
            for team in teams { for member in team { capacity[member] += 1 } }
            capacityLeft = capacity
        }
        let notMember: (Int, Int) -> Bool = { candidate, position in !teams[position].contains(candidate) }
        if solver.leadRequired {
            let lacking = targets.indices.filter { !teams[$0].contains { context.canLead[$0] } }
            if solver.hall(
                lacking.map { targets[$0] }, demand: 1, resources: solver.leads, resource: "lead",
                capacity: capacity, allowed: { notMember($0, lacking[$1]) }, start: lacking.map { witness[$0] },
                certify: false, violated: { found.append(TightSet(bit: -1, positions: $0.map { lacking[$0] })) })
                != nil
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
                capacity: capacity, allowed: { notMember($0, lacking[$1]) }, start: lacking.map { witness[$0] },
                certify: false, violated: { found.append(TightSet(bit: bit, positions: $0.map { lacking[$0] })) })
                != nil
            {
                return false
            }
        }
        if solver.leadRequired, let short = jointShort(teams, capacity) {
            jointRefusal = short
            return false
        }
        let open = targets.indices.filter { teams[$0].count < solver.teamSize }
        // Hall's condition on seats holds at once when every open team has at least as many
        // eligible inspectors with capacity left as all open teams need together (each team in
        // turn then finds its seats whatever the teams before it took).
        let demand = open.reduce(0) { $0 + solver.teamSize - teams[$1].count }
        var exhausted = 0
        // Each member once, marked in `extraLoad` (zero between uses; cleared here).
        var seen = extraLoad
        extraLoad = []
        for team in teams {
            for member in team where seen[member] == 0 {
                seen[member] = 1
                if capacity[member] <= 0 { exhausted += 1 }
            }
        }
        for team in teams { for member in team { seen[member] = 0 } }
        extraLoad = seen
        if open.allSatisfy({ eligibleCounts[$0] - exhausted - teams[$0].count >= demand }) { return true }
        return solver.hall(
            open.map { targets[$0] }, demand: 0, resources: solver.available, resource: "seat",
            demands: open.map { solver.teamSize - teams[$0].count }, capacity: capacity,
            allowed: { notMember($0, open[$1]) }, start: open.map { witness[$0] }, certify: false) == nil
    }

    /// Hall's condition on the leads and the holders of one skill together: a team lacking a
    /// lead and the skill needs two of them, unless an eligible inspector with capacity left is
    /// both; lacking one of them, one. No staffing exists when these demands exceed what the
    /// inspectors can give (each at most once per team and up to their capacity left): then the
    /// skill's bit and the positions of the teams left short; nil when every demand is met.
    private func jointShort(_ teams: [[Int]], _ capacity: [Int]) -> (bit: Int, positions: [Int])? {
        for bit in context.skillNames.indices {
            let mask = UInt64(1) << UInt64(bit)
            var positions: [Int] = []
            var demands: [Int] = []
            for position in targets.indices {
                let target = targets[position]
                let needLead = !teams[position].contains { context.canLead[$0] }
                let needSkill =
                    context.requiredMask[target] & mask != 0
                    && !teams[position].contains { context.skillMask[$0] & mask != 0 }
                guard needLead || needSkill else { continue }
                var demand = (needLead ? 1 : 0) + (needSkill ? 1 : 0)
                if demand == 2,
                    leadHolders[bit].contains(where: {
                        context.canLead[$0] && capacity[$0] > 0 && context.isEligible($0, for: target)
                            && !teams[position].contains($0)
                    })
                {
                    demand = 1
                }
                positions.append(position)
                demands.append(demand)
            }
            guard positions.contains(where: { context.requiredMask[targets[$0]] & mask != 0 }) else { continue }
            var short: [Int] = []
            if solver.hall(
                positions.map { targets[$0] }, demand: 0, resources: jointPools[bit], resource: "joint",
                demands: demands, capacity: capacity, allowed: { !teams[positions[$1]].contains($0) },
                start: positions.map { witness[$0] }, certify: false, violated: { short = $0.map { positions[$0] } })
                != nil
            {
                return (bit, short)
            }
        }
        return nil
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
        // Each trial changes the witness in place at `position` (and a donor), and is undone
        // when it fails: no copy of every team per trial.
        for out in team where !fixed[position].contains(out) {
            witness[position] = team.filter { $0 != out } + [inspector]
            if spare {
                if valid(witness, position, capacity: false), withinCapacity([(position, team)]) {
                    recount([(position, team)])
                    return true
                }
                witness[position] = team
                continue
            }
            for donor in donors {
                // Teams per inspector in the witness without `out` in team(position).
                func loads(_ candidate: Int) -> Int { witnessLoad[candidate] - (candidate == out ? 1 : 0) }
                let given = witness[donor]
                let remaining = given.filter { $0 != inspector }
                // The member swapped out first, then free inspectors from a fixed place in the
                // ranked list.
                var fillers = [out]
                var scanned = 0
                // From `firstFree` (every inspector before it is used up by the fixed choices,
                // which the witness honours), and no further than the 64th.
                var cursor = firstFree
                while scanned < 64, cursor < ranked.count {
                    let candidate = ranked[cursor]
                    cursor += 1
                    guard candidate != out, candidate != inspector, loads(candidate) < context.capacity[candidate],
                        context.isEligible(candidate, for: targets[donor]), !remaining.contains(candidate)
                    else { continue }
                    scanned += 1
                    fillers.append(candidate)
                }
                for filler in fillers
                where context.isEligible(filler, for: targets[donor]) && !remaining.contains(filler)
                    && (filler == out || loads(filler) < context.capacity[filler])
                {
                    witness[donor] = remaining + [filler]
                    if valid(witness, position, capacity: false), valid(witness, donor, capacity: false),
                        withinCapacity([(position, team), (donor, given)])
                    {
                        recount([(position, team), (donor, given)])
                        return true
                    }
                }
                witness[donor] = given
            }
            witness[position] = team
        }
        return false
    }

    /// Whether no member of the teams changed in the witness is over capacity, given what those
    /// teams were (`witnessLoad` still counts them as they were).
    private func withinCapacity(_ changed: [(position: Int, old: [Int])]) -> Bool {
        for (position, _) in changed {
            for member in witness[position] {
                var count = witnessLoad[member]
                for (other, old) in changed {
                    for before in old where before == member { count -= 1 }
                    for now in witness[other] where now == member { count += 1 }
                }
                if count > context.capacity[member] { return false }
            }
        }
        return true
    }

    /// Brings `witnessLoad` up to date with the witness changed at the given positions.
    private mutating func recount(_ changed: [(position: Int, old: [Int])]) {
        for (position, old) in changed {
            for member in old { witnessLoad[member] -= 1 }
            for member in witness[position] { witnessLoad[member] += 1 }
        }
    }

    /// Moves leads and skill holders along augmenting paths so that the witness puts `inspector`
    /// in team(position) and still meets every rule (`StaffingRepair`). A failure proves nothing.
    private mutating func pathRepair(with inspector: Int, _ position: Int) -> Bool {
        var pinned = fixed
        pinned[position].append(inspector)
        var repair = StaffingRepair(
            context: context, targets: targets, teamSize: solver.teamSize, leadRequired: solver.leadRequired,
            minHomes: solver.minHomes, lists: lists, fixed: pinned, teams: witness, tables: repairTables)
        defer { repair.giveBack() }
        // The witness honours the fixed choices: no one before `firstFree` has a place left in it.
        repair.firstFree = firstFree
        guard repair.place(inspector, into: position), let teams = repair.run() else { return false }
        commit(teams)
        return true
    }

    /// Moves the scarce inspectors by one maximum flow over every role the teams lack
    /// (`StaffingRoleFlow`) so that a staffing puts `inspector` in team(position); the staffing
    /// found is checked against every rule. A failure proves nothing.
    private mutating func roleFlow(with inspector: Int, _ position: Int) -> Bool {
        var pinned = fixed
        pinned[position].append(inspector)
        return roleFlow(pinned: pinned, known: witness, fromKnown: false)
    }

    private mutating func roleFlow(pinned: [[Int]], known: [[Int]], fromKnown: Bool) -> Bool {
        var flow = roleFlow(fixed: pinned, known: known)
        flow.modesFromKnown = fromKnown
        guard let teams = flow.run(), targets.indices.allSatisfy({ pinned[$0].allSatisfy(teams[$0].contains) }),
            allValid(teams)
        else { return false }
        commit(teams)
        return true
    }

    /// The role flow (and mode decision) of this search under the choices `fixed`, from the
    /// staffing `known` (the witness when nil), sharing the search's lists of eligible inspectors.
    func roleFlow(fixed: [[Int]], known: [[Int]]? = nil) -> StaffingRoleFlow {
        var flow = StaffingRoleFlow(
            context: context, targets: targets, teamSize: solver.teamSize, leadRequired: solver.leadRequired,
            minHomes: solver.minHomes, ranked: ranked, positionOf: positionOf, fixed: fixed, known: known ?? witness,
            scarce: scarce)
        flow.eligibleCache = eligibleCache
        flow.departmentPositions = positionByDepartment
        return flow
    }

    private mutating func commit(_ teams: [[Int]]) {
        // The counts change only for the members of the teams that changed (a repair's staffing
        // shares the others with the witness: comparing them is cheap).
        precondition(teams.count == witness.count, "a staffing has a team for every target")
        for position in teams.indices where teams[position] != witness[position] {
            for member in witness[position] { witnessLoad[member] -= 1 }
            for member in teams[position] { witnessLoad[member] += 1 }
        }
        witness = teams
    }

    /// Whether every team of `teams` meets every rule (`valid`), capacity counted once for all
    /// teams rather than per member.
    private mutating func allValid(_ teams: [[Int]]) -> Bool {
        guard teams.count == targets.count else { return false }
        // Counted in `extraLoad` (zero between uses), cleared before returning.
        var count = extraLoad
        extraLoad = []
        defer {
            for team in teams { for member in team { count[member] = 0 } }
            extraLoad = count
        }
        for team in teams {
            for member in team {
                count[member] += 1
                if count[member] > context.capacity[member] { return false }
            }
        }
        var homes: [Int] = []
        for position in targets.indices where !valid(teams, position, capacity: false, homes: &homes) { return false }
        return true
    }

    /// Whether team(position) of `teams` meets every rule on its own and under the reciprocal
    /// ban against the other teams (capacity is checked by the caller).
    private func valid(_ teams: [[Int]], _ position: Int, capacity: Bool = true) -> Bool {
        var homes: [Int] = []
        return valid(teams, position, capacity: capacity, homes: &homes)
    }

    /// `valid`, with the team's homes gathered in `homes` (a buffer reused over many teams).
    private func valid(_ teams: [[Int]], _ position: Int, capacity: Bool = true, homes: inout [Int]) -> Bool {
        let team = teams[position]
        let target = targets[position]
        guard
            context.meetsOwnRules(
                team, target: target, size: solver.teamSize, leadRequired: solver.leadRequired,
                minHomes: solver.minHomes, homes: &homes)
        else { return false }
        if capacity {
            for member in team {
                var count = 0
                for members in teams { for other in members where other == member { count += 1 } }
                if count > context.capacity[member] { return false }
            }
        }
        if context.policy.reciprocalBan {
            for home in homes {
                guard home >= 0, case let other = positionByDepartment[home], other >= 0, other != position else {
                    continue
                }
                if teams[other].contains(where: { context.home[$0] == target }) { return false }
            }
        }
        return true
    }
}
