/// Exact staffing questions over one draw context (docs/draw-algorithm.md, "Targets, blockers
/// and teams"): can these targets all be staffed, what blocks a pick, and the canonical teams.
///
/// Every answer is exact; none depends on the order in which anything is searched. Easy questions
/// are settled by counting or by extending a known staffing (the witness); the rest go to a SAT
/// model (`StaffingModel`) restricted to a few candidates per target and widened until it
/// answers.
final class StaffingSolver {
    let context: DrawContext
    let teamSize: Int
    let leadRequired: Bool
    let minHomes: Int
    /// Inspectors with capacity on the date, by index.
    let available: [Int]
    /// Those of them who can lead.
    let leads: [Int]
    /// Those of them holding each skill (by bit).
    let holders: [[Int]]
    /// Those of them who can lead (when a lead is required) or hold a skill.
    let scarce: [Int]
    let totals: Totals

    /// How the questions were answered, for the benchmark and tests.
    struct Statistics: Sendable, Hashable {
        var models = 0
        var modelVariables = 0
        var satCalls = 0
        var witnessAnswers = 0
        var repairs = 0
        var greedyExtensions = 0
        var flowRefusals = 0
        var pathRepairs = 0
        /// Picks refused by a count asked first, after an earlier refusal by a count.
        var countFirstRefusals = 0
    }
    var statistics = Statistics()

    /// The targets of the last feasible answer and one staffing of them.
    private var witnessTargets: [Int] = []
    private var witnessTeams: [[Int]] = []
    /// Teams per inspector in `witnessTeams` (`setWitness` keeps it).
    private var witnessLoad: [Int]

    /// Makes `teams` the witness and counts its teams per inspector: only the teams added when
    /// it extends the witness before (a pick's team added to the staffing of the earlier ones).
    private func setWitness(_ targets: [Int], _ teams: [[Int]]) {
        var load = witnessLoad
        witnessLoad = []
        let old = witnessTeams
        let kept = teams.count >= old.count && teams[..<old.count].elementsEqual(old) ? old.count : 0
        if kept == 0 { for team in old { for member in team { load[member] -= 1 } } }
        for team in teams[kept...] { for member in team { load[member] += 1 } }
        witnessLoad = load
        witnessTeams = teams
        witnessTargets = targets
    }
    /// The targets a counting proof last refused a pick with (`blocker`), nil after any other
    /// refusal.
    private var boundRefusedTargets: [Int]?
    /// The model kept across picks and each position's width in it.
    private var pickModel: StaffingModel?
    private var pickWidths: [Int] = []
    /// The scarce inspectors eligible for each role of each department asked about in the
    /// draw's picks (`pickFlow`), listed once.
    let pickEligible = StaffingRoleFlow.EligibleCache()
    /// The picks' path repair's tables over every inspector, kept between its runs.
    let pickRepairTables = StaffingRepair.Tables()
    /// Zero for every inspector between the uses of `meetsEveryRule`, which counts loads here.
    var ruleLoad: [Int] = []

    /// Counts over every available inspector, from which a target's counts follow by removing
    /// the few its exclusions keep away.
    struct Totals {
        var candidates = 0
        var leads = 0
        var skillHolders: [Int]
        var perHome: [Int: Int] = [:]
    }

    init(context: DrawContext) {
        self.context = context
        teamSize = context.policy.teamSize
        leadRequired = context.policy.leadRequired
        minHomes = context.policy.minHomeDepartments
        available = context.inspectors.indices.filter { context.capacity[$0] > 0 }
        leads = available.filter { context.canLead[$0] }
        scarce = available.filter { (context.policy.leadRequired && context.canLead[$0]) || context.skillMask[$0] != 0 }
        var holders = [[Int]](repeating: [], count: context.skillNames.count)
        var totals = Totals(skillHolders: [Int](repeating: 0, count: context.skillNames.count))
        for inspector in available {
            totals.candidates += 1
            if context.canLead[inspector] { totals.leads += 1 }
            totals.perHome[context.home[inspector], default: 0] += 1
            var mask = context.skillMask[inspector]
            while mask != 0 {
                let bit = mask.trailingZeroBitCount
                mask &= mask - 1
                if bit < holders.count {
                    holders[bit].append(inspector)
                    totals.skillHolders[bit] += 1
                }
            }
        }
        self.holders = holders
        self.totals = totals
        witnessLoad = [Int](repeating: 0, count: context.inspectors.count)
    }

    // MARK: The draw's questions

    /// nil when `targets + [candidate]` can be staffed together (the targets before are known to
    /// be staffable); otherwise the first blocker that applies, in the order of
    /// docs/draw-algorithm.md.
    func blocker(adding candidate: Int, to targets: [Int]) -> Blocker? {
        let all = targets + [candidate]
        let counts = Counts(self, candidate)
        if let blocker = counts.blocker() { return blocker }
        // After a pick a counting proof refused, with no target added since, the next pick
        // usually meets the same exhausted resource: the count comes first then, and the search
        // for a staffing is skipped when it proves that none exists (the answer is the same:
        // that search finds staffings only).
        let boundFirst = targets == boundRefusedTargets
        var bound = boundFirst ? boundBlocker(all, candidate) : nil
        if bound == nil {
            if let teams = witnessStaffing(all, reciprocal: context.policy.reciprocalBan) {
                setWitness(all, teams)
                return nil
            }
            // Counting proofs (Hall's condition) before the SAT solver, which is slow to find them.
            if !boundFirst { bound = boundBlocker(all, candidate) }
            if bound == nil, let teams = staffing(all) {
                setWitness(all, teams)
                return nil
            }
        }
        boundRefusedTargets = bound == nil ? nil : targets
        if boundFirst, bound != nil { statistics.countFirstRefusals += 1 }
        if staffing([candidate]) == nil {
            return Blocker(
                code: "team-rules",
                message: "no team of \(teamSize) meets the lead, skill and home-department rules together")
        }
        if let bound { return bound }
        let names = targets.map { context.departments[$0].id }.joined(separator: ", ")
        if context.policy.reciprocalBan, staffing(all, reciprocal: false) != nil {
            return Blocker(
                code: "reciprocal",
                message:
                    "the reciprocal cross-inspection ban leaves no staffing together with the earlier targets (\(names))"
            )
        }
        return Blocker(
            code: "joint",
            message: "no staffing of it together with the earlier targets (\(names)) meets every rule")
    }

    /// The first of the Hall blockers (leads, each required skill of the candidate, seats) that
    /// holds for `all`, or nil when every count allows a staffing. The witness's teams start
    /// each flow (the certificate does not depend on the start: it is the part of the graph
    /// reachable from the unmet demand under any maximum flow).
    private func boundBlocker(_ all: [Int], _ candidate: Int) -> Blocker? {
        let known = witnessPrefix(all, reciprocal: context.policy.reciprocalBan)
        let start = all.indices.map { $0 < known.count ? known[$0] : [] }
        if leadRequired,
            let certificate = hall(all, demand: 1, resources: leads, resource: "lead", start: start)
        {
            return Blocker(
                code: "leads-exhausted",
                message:
                    "\(certificate.demand) targets need a lead each but only \(certificate.supply) eligible lead places are available to them",
                certificate: certificate)
        }
        var required = context.requiredMask[candidate]
        while required != 0 {
            let bit = required.trailingZeroBitCount
            required &= required - 1
            let mask: UInt64 = 1 << UInt64(bit)
            let positions = all.indices.filter { context.requiredMask[all[$0]] & mask != 0 }
            let name = context.skillNames[bit]
            if let certificate = hall(
                positions.map { all[$0] }, demand: 1, resources: holders[bit],
                resource: Composition.resource(skill: name), start: positions.map { start[$0] })
            {
                if let blocker = Composition.exhaustedBlocker(name, certificate) { return blocker }
                return Blocker(
                    code: "skill-exhausted",
                    message:
                        "\(certificate.demand) targets need skill '\(name)' but only \(certificate.supply) eligible places with it are available to them",
                    certificate: certificate)
            }
        }
        if let certificate = hall(all, demand: teamSize, resources: available, resource: "seat", start: start) {
            return Blocker(
                code: "seats-exhausted",
                message:
                    "\(certificate.targets.count) teams need \(certificate.demand) places but only \(certificate.supply) eligible places are available to them",
                certificate: certificate)
        }
        return nil
    }

    /// The canonical staffing of `targets` (pick order): for each target in turn, the lead (when
    /// required) and then each further member is the first inspector in rank order that still
    /// leaves a staffing of all targets with every choice made so far. `rank[i]` is inspector
    /// i's position in rank order. The targets must be staffable together.
    func canonicalTeams(_ targets: [Int], rank: [Int]) -> [[Int]] {
        guard !targets.isEmpty else { return [] }
        var search = CanonicalSearch(solver: self, targets: targets, rank: rank)
        return search.run()
    }

    // MARK: Feasibility

    /// A staffing of `targets`, or nil when none exists.
    func staffing(_ targets: [Int], reciprocal: Bool? = nil) -> [[Int]]? {
        let reciprocal = reciprocal ?? context.policy.reciprocalBan
        if let teams = witnessStaffing(targets, reciprocal: reciprocal) { return teams }
        if reciprocal == context.policy.reciprocalBan, targets.count > 1 { return pickStaffing(targets) }
        let known = witnessPrefix(targets, reciprocal: reciprocal)
        var extra = [[Int]](repeating: [], count: targets.count)
        for (position, team) in known.enumerated() { extra[position] = team }
        var widths = [Int](repeating: 1, count: targets.count)
        while true {
            let model = self.model(targets, widths: widths, extra: extra, reciprocal: reciprocal, fixed: [])
            switch model.ask() {
            case .yes(let teams): return teams
            case .no: return nil
            case .widen(let positions): for position in positions { widths[position] *= 2 }
            }
        }
    }

    /// `staffing` on the model kept across the draw's picks: every target asked about keeps its
    /// position (inactive when not asked about), so what the SAT solver learnt about the earlier
    /// targets serves the next question.
    private func pickStaffing(_ targets: [Int]) -> [[Int]]? {
        let model: StaffingModel
        if let pickModel {
            model = pickModel
        } else {
            model = StaffingModel(context: context, reciprocal: context.policy.reciprocalBan)
            statistics.models += 1
            pickModel = model
        }
        let known = witnessPrefix(targets, reciprocal: context.policy.reciprocalBan)
        var wanted = Set<Int>()
        for (index, target) in targets.enumerated() {
            let extra = index < known.count ? known[index] : []
            if let position = model.position(of: target) {
                wanted.insert(position)
                widenPick(position, with: extra)
            } else {
                let list = candidateList(target, width: 1, extra: extra, ranked: nil)
                statistics.modelVariables += list.count
                wanted.insert(model.add(target, candidates: list, outsiders: outsiders(target, list)))
                pickWidths.append(1)
            }
        }
        for position in model.targets.indices { model.setActive(position, wanted.contains(position)) }
        while true {
            statistics.satCalls += 1
            switch model.ask() {
            case .yes(let teams): return targets.map { teams[model.position(of: $0)!] }
            case .no: return nil
            case .widen(let positions):
                for position in positions {
                    pickWidths[position] *= 2
                    let list = candidateList(
                        model.targets[position], width: pickWidths[position], extra: [], ranked: nil)
                    widenPick(position, with: list)
                }
            }
        }
    }

    private func widenPick(_ position: Int, with list: [Int]) {
        guard let model = pickModel else { return }
        var seen = Set(model.candidates[position])
        var union = model.candidates[position]
        for inspector in list where seen.insert(inspector).inserted { union.append(inspector) }
        let added = union.count - model.candidates[position].count
        guard added > 0 else { return }
        statistics.modelVariables += added
        model.widen(position, with: list, outsiders: outsiders(model.targets[position], union))
    }

    /// The witness's teams when the witness staffs a prefix of `targets` under the same rules.
    private func witnessPrefix(_ targets: [Int], reciprocal: Bool) -> [[Int]] {
        guard reciprocal == context.policy.reciprocalBan, witnessTargets.count <= targets.count,
            Array(targets.prefix(witnessTargets.count)) == witnessTargets
        else { return [] }
        return witnessTeams
    }

    /// A staffing read off the witness, or the witness plus one greedy team; nil when that quick
    /// path does not decide (which proves nothing).
    private func witnessStaffing(_ targets: [Int], reciprocal: Bool) -> [[Int]]? {
        let known = witnessPrefix(targets, reciprocal: reciprocal)
        guard !known.isEmpty || targets.count == 1 else { return nil }
        if known.count == targets.count { return known }
        if known.count == targets.count - 1, let team = extend(known, targets, reciprocal: reciprocal) {
            statistics.greedyExtensions += 1
            return known + [team]
        }
        if known.count == targets.count - 1, reciprocal == context.policy.reciprocalBan {
            // The role flow first: on tight rosters the path repair below often fails after a
            // long search where one flow over every role succeeds.
            let flow = pickFlow(targets, known: known + [[]])
            let positions = flow.departmentPositions
            if let teams = flow.run(), meetsEveryRule(teams, targets, positions: positions) {
                statistics.pathRepairs += 1
                return teams
            }
            var repair = StaffingRepair(
                context: context, targets: targets, teamSize: teamSize, leadRequired: leadRequired,
                minHomes: minHomes, lists: Lists(all: available, leads: leads, holders: holders),
                fixed: [[Int]](repeating: [], count: targets.count), teams: known + [[]], tables: pickRepairTables)
            defer { repair.giveBack() }
            if let teams = repair.run() {
                statistics.pathRepairs += 1
                return teams
            }
            if case .staffing(let teams) = flow.decide(), meetsEveryRule(teams, targets, positions: positions) {
                statistics.pathRepairs += 1
                return teams
            }
        }
        return nil
    }

    /// Builds the restricted model: for each target its `extra` inspectors and the first few
    /// eligible inspectors of each kind it needs, more as `widths` grows.
    func model(
        _ targets: [Int], widths: [Int], extra: [[Int]], reciprocal: Bool, fixed: [(Int, Int)],
        ranked: Lists? = nil, usable: ((Int) -> Bool)? = nil
    ) -> StaffingModel {
        let model = StaffingModel(context: context, reciprocal: reciprocal)
        for (position, target) in targets.enumerated() {
            let list = candidateList(
                target, width: widths[position], extra: extra[position], ranked: ranked, usable: usable)
            model.add(target, candidates: list, outsiders: outsiders(target, list, usable: usable))
            statistics.modelVariables += list.count
        }
        for (position, inspector) in fixed { model.fix(position, inspector) }
        statistics.models += 1
        return model
    }

    /// A target's candidates: its `extra` inspectors, then the first eligible inspectors of each
    /// kind it needs (from a target-dependent starting point, or from the start of `ranked`),
    /// more as `width` grows; only those `usable` accepts (those with capacity left under fixed
    /// choices: the others could join no further team).
    func candidateList(
        _ target: Int, width: Int, extra: [Int], ranked: Lists?, usable: ((Int) -> Bool)? = nil
    ) -> [Int] {
        let lists = ranked ?? Lists(all: available, leads: leads, holders: holders)
        var chosen = Set(extra)
        var list = extra
        func take(_ pool: [Int], _ count: Int) {
            guard !pool.isEmpty else { return }
            let start = ranked == nil ? offset(target, pool.count) : 0
            var taken = 0
            var index = start
            repeat {
                let inspector = pool[index]
                if context.isEligible(inspector, for: target), usable?(inspector) ?? true {
                    taken += 1
                    if chosen.insert(inspector).inserted { list.append(inspector) }
                }
                index += 1
                if index == pool.count { index = 0 }
            } while index != start && taken < count
        }
        take(lists.all, width * (teamSize + 2))
        if leadRequired {
            take(lists.leads, width * 2)
        }
        var required = context.requiredMask[target]
        while required != 0 {
            let bit = required.trailingZeroBitCount
            required &= required - 1
            take(lists.holders[bit], width * 2)
        }
        return list
    }

    /// What the eligible inspectors of `target` outside `list` (distinct eligible inspectors)
    /// could bring; only those `usable` accepts, when given (so that a model whose lists hold
    /// every usable inspector has no outsiders left, and widening ends).
    func outsiders(_ target: Int, _ list: [Int], usable: ((Int) -> Bool)? = nil) -> StaffingModel.Outsiders {
        if let usable {
            let listed = Set(list)
            var outside = StaffingModel.Outsiders(count: 0, lead: false, skills: 0)
            for inspector in available
            where usable(inspector) && !listed.contains(inspector) && context.isEligible(inspector, for: target) {
                outside.count += 1
                if leadRequired, context.canLead[inspector] { outside.lead = true }
                outside.skills |= context.skillMask[inspector] & context.requiredMask[target]
            }
            return outside
        }
        let counts = Counts(self, target)
        var outside = StaffingModel.Outsiders(count: counts.eligible - list.count, lead: false, skills: 0)
        if leadRequired {
            outside.lead = counts.leads > list.filter { context.canLead[$0] }.count
        }
        var required = context.requiredMask[target]
        while required != 0 {
            let bit = required.trailingZeroBitCount
            required &= required - 1
            let mask: UInt64 = 1 << UInt64(bit)
            if counts.skillHolders[bit] > list.filter({ context.skillMask[$0] & mask != 0 }).count {
                outside.skills |= mask
            }
        }
        return outside
    }

    /// Inspectors to draw candidates from, in the order they are preferred: all available, the
    /// leads among them, the holders of each skill.
    struct Lists {
        var all: [Int]
        var leads: [Int]
        var holders: [[Int]]
    }

    /// A fixed, target-dependent starting point in a list, so that targets look at different
    /// inspectors first.
    @inline(__always)
    private func offset(_ target: Int, _ count: Int) -> Int {
        Int((UInt64(target) &* 0x9E37_79B9_7F4A_7C15 >> 17) % UInt64(count))
    }

    /// A team for the last target from the capacity the other teams leave, found greedily; nil
    /// when this quick attempt fails (which proves nothing).
    private func extend(_ teams: [[Int]], _ targets: [Int], reciprocal: Bool) -> [Int]? {
        let target = targets[targets.count - 1]
        // `teams` is the witness's whole staffing (`witnessPrefix`) or nothing.
        precondition(teams.isEmpty || teams.count == witnessTeams.count, "extending the witness")
        let witnessLoad = self.witnessLoad
        func load(_ inspector: Int) -> Int { teams.isEmpty ? 0 : witnessLoad[inspector] }
        // Homes whose target's team has someone from this target: nobody from them may join.
        var barred = Set<Int>()
        if reciprocal {
            for (position, team) in teams.enumerated() where team.contains(where: { context.home[$0] == target }) {
                barred.insert(targets[position])
            }
        }
        func usable(_ inspector: Int) -> Bool {
            context.isEligible(inspector, for: target) && load(inspector) < context.capacity[inspector]
                && !barred.contains(context.home[inspector])
        }
        var team: [Int] = []
        var homes = Set<Int>()
        func add(_ inspector: Int) {
            team.append(inspector)
            homes.insert(context.home[inspector])
        }
        func first(_ pool: [Int], _ accept: (Int) -> Bool) -> Int? {
            guard !pool.isEmpty else { return nil }
            let start = offset(target, pool.count)
            var index = start
            repeat {
                let inspector = pool[index]
                if !team.contains(inspector), accept(inspector), usable(inspector) { return inspector }
                index += 1
                if index == pool.count { index = 0 }
            } while index != start
            return nil
        }
        if leadRequired {
            guard let lead = first(leads, { _ in true }) else { return nil }
            add(lead)
        }
        let required = context.requiredMask[target]
        var missing = required
        for member in team { missing &= ~context.skillMask[member] }
        while missing != 0 {
            let bit = missing.trailingZeroBitCount
            guard team.count < teamSize, let holder = first(holders[bit], { _ in true }) else { return nil }
            add(holder)
            missing &= ~context.skillMask[holder]
        }
        // The rest: plain inspectors first (scarce ones stay free), new homes while needed.
        while team.count < teamSize {
            let needHome = homes.count < minHomes
            let plain: (Int) -> Bool = { inspector in
                !self.context.canLead[inspector] && self.context.skillMask[inspector] & required == 0
                    && (!needHome || !homes.contains(self.context.home[inspector]))
            }
            let any: (Int) -> Bool = { inspector in !needHome || !homes.contains(self.context.home[inspector]) }
            guard let next = first(available, plain) ?? first(available, any) else { return nil }
            add(next)
        }
        return homes.count >= minHomes ? team : nil
    }

    // MARK: Hall's condition

    /// Maximum flow from the targets (each demanding `demand` units) to the resources (each
    /// giving at most its capacity, at most one unit per target it is eligible for). nil when
    /// every demand is met; otherwise the certificate: the targets reachable from the source in
    /// the residual graph (in the order of `targets`), their demand and their supply.
    /// `demands` (per target) and `capacity` (per inspector) replace the uniform demand and the
    /// daily capacity when given; `allowed` can forbid (inspector, target position) pairs.
    /// `start` (per target position) names inspectors to serve it first, a known staffing's say:
    /// the flow starts from those that are resources and allowed, so that few paths are left to
    /// find. The answer does not depend on it (the flow is maximum either way). Without `certify`
    /// a violation returns an empty certificate (no counting of the supply). `violated` is told
    /// the positions of the targets whose demand exceeds their supply.
    func hall(
        _ targets: [Int], demand: Int, resources: [Int], resource: String, demands: [Int]? = nil,
        capacity: [Int]? = nil, allowed: ((Int, Int) -> Bool)? = nil, start: [[Int]]? = nil,
        certify: Bool = true, violated: (([Int]) -> Void)? = nil
    ) -> Certificate? {
        guard !targets.isEmpty else { return nil }
        let demands = demands ?? [Int](repeating: demand, count: targets.count)
        let capacity = capacity ?? context.capacity
        var served = [[Int]](repeating: [], count: targets.count)  // target position → resource positions
        var serving = [[Int]](repeating: [], count: resources.count)  // resource position → target positions
        func eligible(_ r: Int, _ t: Int) -> Bool {
            context.isEligible(resources[r], for: targets[t]) && (allowed?(resources[r], t) ?? true)
        }
        func free(_ r: Int) -> Bool { serving[r].count < capacity[resources[r]] }
        // The given start, where it is a resource (found by bisection when the resources are in
        // ascending order, by a scan otherwise) and allowed.
        if let start {
            let ascending = zip(resources, resources.dropFirst()).allSatisfy { $0 < $1 }
            func position(_ inspector: Int) -> Int? {
                guard ascending else { return resources.firstIndex(of: inspector) }
                var low = 0
                var high = resources.count
                while low < high {
                    let middle = (low + high) / 2
                    if resources[middle] < inspector { low = middle + 1 } else { high = middle }
                }
                return low < resources.count && resources[low] == inspector ? low : nil
            }
            for t in targets.indices {
                for inspector in start[t] where served[t].count < demands[t] {
                    guard let r = position(inspector), !served[t].contains(r), free(r), eligible(r, t) else {
                        continue
                    }
                    served[t].append(r)
                    serving[r].append(t)
                }
            }
        }
        // Greedy start.
        for t in targets.indices where !resources.isEmpty && served[t].count < demands[t] {
            let start = offset(targets[t], resources.count)
            var r = start
            repeat {
                if served[t].count >= demands[t] { break }
                if free(r), !served[t].contains(r), eligible(r, t) {
                    served[t].append(r)
                    serving[r].append(t)
                }
                r += 1
                if r == resources.count { r = 0 }
            } while r != start
        }
        // Augmenting paths, breadth first, from every target short of its demand. The parents
        // (-2: not reached; -1: a source) are kept between searches and reset through the lists
        // of what each search reached.
        var parentOfTarget = [Int](repeating: -2, count: targets.count)  // target → resource that led to it
        var parentOfResource = [Int](repeating: -2, count: resources.count)  // resource → target that reached it
        var reachedResources: [Int] = []
        func reach(from sources: [Int]) -> (targets: [Int], end: Int?) {
            for t in sources where parentOfTarget[t] == -2 {
                parentOfTarget[t] = -1
            }
            var queue = sources
            var head = 0
            while head < queue.count {
                let t = queue[head]
                head += 1
                for r in resources.indices where parentOfResource[r] == -2 && !served[t].contains(r) && eligible(r, t) {
                    parentOfResource[r] = t
                    reachedResources.append(r)
                    if free(r) { return (queue, r) }
                    for other in serving[r] where parentOfTarget[other] == -2 {
                        parentOfTarget[other] = r
                        queue.append(other)
                    }
                }
            }
            return (queue, nil)
        }
        while true {
            let short = targets.indices.filter { served[$0].count < demands[$0] }
            if short.isEmpty { return nil }
            let found = reach(from: short)
            guard var r = found.end else {
                let reached = Set(found.targets)
                let members = targets.indices.filter { reached.contains($0) }
                violated?(members)
                guard certify else { return Certificate(resource: resource, targets: [], demand: 0, supply: 0) }
                var supply = 0
                for position in resources.indices {
                    let count = members.reduce(0) { $0 + (eligible(position, $1) ? 1 : 0) }
                    supply += min(capacity[resources[position]], count)
                }
                return Certificate(
                    resource: resource, targets: members.map { context.departments[targets[$0]].id },
                    demand: members.reduce(0) { $0 + demands[$1] }, supply: supply)
            }
            // Augment along the path back to a short target.
            while true {
                let t = parentOfResource[r]
                served[t].append(r)
                serving[r].append(t)
                let previous = parentOfTarget[t]
                if previous < 0 { break }
                served[t].removeAll { $0 == previous }
                serving[previous].removeAll { $0 == t }
                r = previous
            }
            for t in found.targets { parentOfTarget[t] = -2 }
            for r in reachedResources { parentOfResource[r] = -2 }
            reachedResources.removeAll(keepingCapacity: true)
        }
    }
}

/// The counts for one target on its own: eligible inspectors, leads, holders of each skill and
/// homes, with the counting blockers (1–4 of docs/draw-algorithm.md).
struct Counts {
    let solver: StaffingSolver
    let target: Int
    var eligible: Int
    var leads: Int
    var skillHolders: [Int]
    var homes: Int

    init(_ solver: StaffingSolver, _ target: Int) {
        self.solver = solver
        self.target = target
        let context = solver.context
        eligible = solver.totals.candidates
        leads = solver.totals.leads
        skillHolders = solver.totals.skillHolders
        var removedPerHome: [Int: Int] = [:]
        for inspector in context.excluded[target].keys where context.capacity[inspector] > 0 {
            eligible -= 1
            if context.canLead[inspector] { leads -= 1 }
            removedPerHome[context.home[inspector], default: 0] += 1
            var mask = context.skillMask[inspector]
            while mask != 0 {
                let bit = mask.trailingZeroBitCount
                mask &= mask - 1
                if bit < skillHolders.count { skillHolders[bit] -= 1 }
            }
        }
        let perHome = solver.totals.perHome
        homes = perHome.count
        for (home, removed) in removedPerHome where removed == perHome[home] { homes -= 1 }
    }

    func blocker() -> Blocker? {
        let context = solver.context
        let teamSize = solver.teamSize
        if eligible < teamSize {
            return Blocker(
                code: "too-few-inspectors",
                message:
                    "only \(eligible) eligible inspectors, a team needs \(teamSize)\(recusalSummary(leadsOnly: false))")
        }
        if solver.leadRequired, leads == 0 {
            if let composition = context.policy.composition, !composition.leadFrom.isEmpty {
                return composition.noLeadBlocker(summary: recusalSummary(leadsOnly: true))
            }
            return Blocker(code: "no-lead", message: "no eligible inspector can lead\(recusalSummary(leadsOnly: true))")
        }
        for (bit, name) in context.skillNames.enumerated()
        where context.requiredMask[target] & (1 << UInt64(bit)) != 0 && skillHolders[bit] == 0 {
            if let blocker = Composition.missingBlocker(name) { return blocker }
            return Blocker(code: "no-skill", message: "no eligible inspector has the required skill '\(name)'")
        }
        if homes < solver.minHomes {
            return Blocker(
                code: "home-departments",
                message: "eligible inspectors come from \(homes) home departments, a team needs \(solver.minHomes)")
        }
        return nil
    }

    /// " (recused: 3 own-department, 2 declared-conflict, …)" over all inspectors or leads only.
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
