/// The scarce core of a staffing question decided exactly: can every team get the leads and
/// skill holders it still lacks, each inspector within their capacity and once per team?
///
/// A team's *mode* says which of its lacking roles one inspector covers together: `separate`, or
/// the lead bringing one lacking skill too. With the modes fixed the question is a bipartite
/// matching of role slots to inspectors (capacity per inspector, one slot per inspector per team,
/// no more slots than seats left), decided by augmenting paths. The modes are chosen by a small
/// SAT problem holding Hall's condition for sets of inspectors, over every choice of modes at
/// once: the slots whose fitting inspectors all lie in a set take one of them each, so a mode
/// counts with the number of its slots that lie within the set, and the count may not pass what
/// the set's inspectors can give (a weighted at-most over the mode literals). The sets are all
/// scarce inspectors, the leads with each skill's holders, those who lead and hold each skill,
/// and the neighbours of every set of slots a failed matching leaves short. No modes left proves
/// that no staffing exists: every staffing meets each of these conditions.
///
/// Complete when every inspector holds at most one skill (then every cover of a team's roles by
/// as few inspectors as possible is one of the modes); otherwise a no proves nothing.
extension StaffingRoleFlow {
    enum Decision {
        /// A staffing (to be checked against every rule by the caller).
        case staffing([[Int]])
        /// No staffing honours the fixed choices.
        case none
        /// The scarce core can be staffed but the plain seats, homes or reciprocal ban were not
        /// settled here; or the roster is outside what the modes cover.
        case unknown
    }

    /// `refuted` is told the regions whose Hall condition refused, when one did alone.
    func decide(rounds: Int = 400, refuted: (([[Int]]) -> Void)? = nil) -> Decision {
        var left = takeLeft()
        defer { giveBack(&left) }
        let (lacksLead, lacksSkills) = context.lackingRoles(targets: targets, fixed: fixed, leadRequired: leadRequired)
        let exact = context.maxSkillsPerInspector <= 1
        // Options per position: -1 (separate) and each lacking skill a lead could bring too, as
        // far as the seats left allow. Each option is a list of slot kinds of the position; the
        // inspectors fitting each kind are listed once.
        let sat = SATSolver()
        var options = [[Int]](repeating: [], count: targets.count)
        var literal = [[Int32]](repeating: [], count: targets.count)
        var kinds = [[Slot]](repeating: [], count: targets.count)
        var fitting = [[[Int]]](repeating: [], count: targets.count)
        var optionKinds = [[[Int]]](repeating: [], count: targets.count)
        func kind(_ slot: Slot) -> Int {
            let position = slot.position
            if let index = kinds[position].firstIndex(where: { $0.lead == slot.lead && $0.skills == slot.skills }) {
                return index
            }
            kinds[position].append(slot)
            fitting[position].append(self.fitting(slot, left))
            return kinds[position].count - 1
        }
        for position in targets.indices {
            let seats = teamSize - fixed[position].count
            let roles = (lacksLead[position] ? 1 : 0) + lacksSkills[position].nonzeroBitCount
            if roles <= seats { options[position].append(-1) }
            if lacksLead[position], roles - 1 <= seats {
                var skills = lacksSkills[position]
                while skills != 0 {
                    let bit = skills.trailingZeroBitCount
                    skills &= skills - 1
                    options[position].append(bit)
                }
            }
            if options[position].isEmpty { return exact ? .none : .unknown }
            for mode in options[position] {
                var slots: [Int] = []
                var skills = lacksSkills[position]
                if lacksLead[position] {
                    var slot = Slot(position: position, lead: true, skills: 0)
                    if mode >= 0 {
                        slot.skills = UInt64(1) << UInt64(mode)
                        skills &= ~slot.skills
                    }
                    slots.append(kind(slot))
                }
                while skills != 0 {
                    let bit = skills & (~skills &+ 1)
                    skills &= skills - 1
                    slots.append(kind(Slot(position: position, lead: false, skills: bit)))
                }
                optionKinds[position].append(slots)
            }
            literal[position] = options[position].map { _ in sat.variable() }
            sat.clause(literal[position])
            sat.atMost(literal[position], 1)
        }

        // Hall's condition over a set R of inspectors, for every choice of modes at once: the
        // slots whose fitting inspectors all lie in R take one inspector of R each, and each
        // inspector of R serves at most its capacity left and once per team. As a weighted
        // at-most over the modes (a mode's weight: how many of its slots lie within R beyond the
        // team's lightest mode). False when no modes can meet it.
        // Borrowed from the cache when there is one: every entry is back to its initial value
        // whenever this returns (each use below restores what it marked).
        let cache = eligibleCache
        let count = context.inspectors.count
        var inRegion = cache?.regionMarks ?? []
        var teamsOf = cache?.regionTeams ?? []
        var lastTeam = cache?.regionLast ?? []
        cache?.regionMarks = []
        cache?.regionTeams = []
        cache?.regionLast = []
        if inRegion.count != count { inRegion = [Bool](repeating: false, count: count) }
        if teamsOf.count != count { teamsOf = [Int](repeating: 0, count: count) }
        if lastTeam.count != count { lastTeam = [Int](repeating: -1, count: count) }
        defer {
            cache?.regionMarks = inRegion
            cache?.regionTeams = teamsOf
            cache?.regionLast = lastTeam
        }
        func hall(_ region: [Int]) -> Bool {
            for inspector in region { inRegion[inspector] = true }
            defer {
                for inspector in region {
                    inRegion[inspector] = false
                    teamsOf[inspector] = 0
                    lastTeam[inspector] = -1
                }
            }
            var weighted: [Int32] = []
            var demand = 0
            for position in targets.indices {
                let within = fitting[position].map { $0.allSatisfy { inRegion[$0] } }
                let weights = optionKinds[position].map { slots in slots.filter { within[$0] }.count }
                let lightest = weights.min() ?? 0
                demand += lightest
                for (index, weight) in weights.enumerated() where weight > lightest {
                    weighted += [Int32](repeating: literal[position][index], count: weight - lightest)
                }
                for (index, inside) in within.enumerated() where inside {
                    for inspector in fitting[position][index] where lastTeam[inspector] != position {
                        lastTeam[inspector] = position
                        teamsOf[inspector] += 1
                    }
                }
            }
            var supply = 0
            for inspector in region { supply += min(max(left[inspector], 0), teamsOf[inspector]) }
            if demand > supply { return false }
            if weighted.count > supply - demand { sat.atMost(weighted, supply - demand) }
            return true
        }
        // The cuts every roster needs at once: all scarce inspectors, the leads with the holders
        // of each skill, and those who both lead and hold it.
        let open = scarce.filter { left[$0] > 0 }
        var cuts: [[Int]] = [open]
        var wanted: UInt64 = 0
        for skills in lacksSkills { wanted |= skills }
        while wanted != 0 {
            let bit = UInt64(1) << UInt64(wanted.trailingZeroBitCount)
            wanted &= wanted - 1
            cuts.append(open.filter { context.canLead[$0] || context.skillMask[$0] & bit != 0 })
            cuts.append(open.filter { context.canLead[$0] && context.skillMask[$0] & bit != 0 })
        }
        for region in cuts where !hall(region) {
            refuted?([region])
            return exact ? .none : .unknown
        }

        for _ in 0..<rounds {
            guard sat.solve() else { return exact ? .none : .unknown }
            var slots: [Slot] = []
            var lists: [[Int]] = []
            var chosen = [Int](repeating: 0, count: targets.count)
            for position in targets.indices {
                let index = literal[position].firstIndex { sat.value($0) } ?? 0
                chosen[position] = index
                for kind in optionKinds[position][index] {
                    slots.append(kinds[position][kind])
                    lists.append(fitting[position][kind])
                }
            }
            let (assigned, violators) = matching(slots, left, lists)
            // Every no rests on counting alone, checked here whatever the search did: the slots
            // of each violator outnumber what their neighbours can serve.
            guard violators.allSatisfy({ short($0, slots, left, lists, &teamsOf, &lastTeam) }) else { return .unknown }
            if violators.isEmpty {
                guard let teams = fill(slots, assigned, left) else { return .unknown }
                return .staffing(teams)
            }
            for violator in violators {
                var positions: [Int] = []
                var region: [Int] = []
                for slot in violator {
                    if !positions.contains(slots[slot].position) { positions.append(slots[slot].position) }
                    for inspector in lists[slot] where !inRegion[inspector] {
                        inRegion[inspector] = true
                        region.append(inspector)
                    }
                }
                for inspector in region { inRegion[inspector] = false }
                sat.clause(positions.map { -literal[$0][chosen[$0]] })
                if !hall(region.sorted()) {
                    refuted?([region.sorted()])
                    return exact ? .none : .unknown
                }
            }
        }
        return .unknown
    }

    /// Whether `violator`'s slots outnumber the places their eligible inspectors can give (each
    /// at most their capacity left and once per team of the violator). `lists` holds each slot's
    /// fitting inspectors under `left`; `teams` and `seen` are scratch, one entry per inspector,
    /// zero and -1 on entry and on return.
    func short(
        _ violator: [Int], _ slots: [Slot], _ left: [Int], _ lists: [[Int]], _ teams: inout [Int], _ seen: inout [Int]
    ) -> Bool {
        // Slots grouped by team: an inspector counts once per team.
        let ordered = Array(Set(violator)).sorted { slots[$0].position < slots[$1].position }
        var touched: [Int] = []
        for slot in ordered {
            let position = slots[slot].position
            for inspector in lists[slot] where seen[inspector] != position {
                if seen[inspector] < 0 { touched.append(inspector) }
                seen[inspector] = position
                teams[inspector] += 1
            }
        }
        var supply = 0
        for inspector in touched {
            supply += min(left[inspector], teams[inspector])
            teams[inspector] = 0
            seen[inspector] = -1
        }
        return supply < ordered.count
    }

    /// A maximum matching of slots to inspectors (each up to their capacity left, at most one
    /// slot per team), started from the known staffing; the slot → inspector map and, for every
    /// slot left short, the slots its failed search reached (more slots than their neighbours
    /// can serve).
    func matching(_ slots: [Slot], _ left: [Int], _ lists: [[Int]]) -> (assigned: [Int], violators: [[Int]]) {
        var assigned = [Int](repeating: -1, count: slots.count)
        // Tables over every inspector borrowed from the cache when there is one, given back as
        // they were (only the assigned inspectors serve slots; each search resets its parents).
        let cache = eligibleCache
        let count = context.inspectors.count
        var serving = cache?.matchServing ?? []  // inspector → slots, one per team
        var parentOfInspector = cache?.matchParents ?? []
        cache?.matchServing = []
        cache?.matchParents = []
        if serving.count != count { serving = [[Int]](repeating: [], count: count) }
        if parentOfInspector.count != count { parentOfInspector = [Int](repeating: -1, count: count) }
        defer {
            for inspector in assigned where inspector >= 0 { serving[inspector].removeAll(keepingCapacity: true) }
            cache?.matchServing = serving
            cache?.matchParents = parentOfInspector
        }
        func sameTeam(_ inspector: Int, _ index: Int) -> Int? {
            serving[inspector].first { slots[$0].position == slots[index].position }
        }
        for index in slots.indices {
            for member in known[slots[index].position]
            where fits(member, slots[index], left) && sameTeam(member, index) == nil
                && serving[member].count < left[member]
            {
                assigned[index] = member
                serving[member].append(index)
                break
            }
        }
        var violators: [[Int]] = []
        // The parents of each search (-2: slot not reached, -1: the search's first slot or an
        // inspector not reached), reset through what the search reached.
        var parentOfSlot = [Int](repeating: -2, count: slots.count)
        var reached: [Int] = []
        for start in slots.indices where assigned[start] < 0 {
            parentOfSlot[start] = -1
            var queue = [start]
            var head = 0
            var end: Int?
            search: while head < queue.count {
                let slot = queue[head]
                head += 1
                for inspector in lists[slot] where parentOfInspector[inspector] < 0 && assigned[slot] != inspector {
                    parentOfInspector[inspector] = slot
                    reached.append(inspector)
                    if let other = sameTeam(inspector, slot) {
                        // They move within the team: the slot they leave needs someone else.
                        if parentOfSlot[other] == -2 {
                            parentOfSlot[other] = inspector
                            queue.append(other)
                        }
                        continue
                    }
                    if serving[inspector].count < left[inspector] {
                        end = inspector
                        break search
                    }
                    for other in serving[inspector] where parentOfSlot[other] == -2 {
                        parentOfSlot[other] = inspector
                        queue.append(other)
                    }
                }
            }
            if let end {
                // Flip the path: each slot on it takes the inspector that reached it.
                var inspector = end
                while true {
                    let slot = parentOfInspector[inspector]
                    let previous = assigned[slot]
                    assigned[slot] = inspector
                    serving[inspector].append(slot)
                    if previous >= 0 { serving[previous].removeAll { $0 == slot } }
                    let back = parentOfSlot[slot]
                    if back < 0 { break }
                    precondition(back == previous, "an augmenting path follows assigned edges")
                    inspector = back
                }
            } else {
                violators.append(queue)
            }
            for slot in queue { parentOfSlot[slot] = -2 }
            for inspector in reached { parentOfInspector[inspector] = -1 }
            reached.removeAll(keepingCapacity: true)
        }
        return (assigned, violators)
    }
}

extension StaffingSolver {
    /// The role flow (and mode decision) of a pick question: no fixed choices, from the staffing
    /// `known`, with the lists of eligible scarce inspectors kept across the draw's picks
    /// (`pickEligible`). What it finds is a staffing only once checked (`meetsEveryRule`).
    func pickFlow(_ targets: [Int], known: [[Int]]) -> StaffingRoleFlow {
        // The flow looks positions up in `departmentPositions` (no hashed table of the targets).
        var flow = StaffingRoleFlow(
            context: context, targets: targets, teamSize: teamSize, leadRequired: leadRequired, minHomes: minHomes,
            ranked: available, positionOf: [:], fixed: [[Int]](repeating: [], count: targets.count),
            known: known, scarce: scarce)
        flow.eligibleCache = pickEligible
        var positions = [Int](repeating: -1, count: context.departments.count)
        for (position, target) in targets.enumerated() { positions[target] = position }
        flow.departmentPositions = positions
        return flow
    }

    /// Whether `teams` staff `targets` under every rule: size, distinct members, eligibility,
    /// lead, skills, homes, capacity and the reciprocal ban.
    /// `positions`: each department's position in `targets`, -1 when it is not a target (built
    /// here when nil).
    func meetsEveryRule(_ teams: [[Int]], _ targets: [Int], positions: [Int]? = nil) -> Bool {
        guard teams.count == targets.count else { return false }
        // Counted in `ruleLoad` (zero between uses), cleared before returning.
        var load = ruleLoad
        ruleLoad = []
        if load.count != context.inspectors.count { load = [Int](repeating: 0, count: context.inspectors.count) }
        defer {
            for team in teams { for member in team { load[member] = 0 } }
            ruleLoad = load
        }
        let positions =
            positions
            ?? {
                var positions = [Int](repeating: -1, count: context.departments.count)
                for (position, target) in targets.enumerated() { positions[target] = position }
                return positions
            }()
        var homes: [Int] = []
        for (position, team) in teams.enumerated() {
            let target = targets[position]
            guard
                context.meetsOwnRules(
                    team, target: target, size: teamSize, leadRequired: leadRequired, minHomes: minHomes, homes: &homes)
            else { return false }
            for member in team {
                load[member] += 1
                if load[member] > context.capacity[member] { return false }
            }
            if context.policy.reciprocalBan {
                for home in homes {
                    guard home >= 0, case let other = positions[home], other >= 0, other != position else { continue }
                    if teams[other].contains(where: { context.home[$0] == target }) { return false }
                }
            }
        }
        return true
    }
}
