/// The scarce core of a staffing question decided exactly: can every team get the leads and
/// skill holders it still lacks, each inspector within their capacity and once per team?
///
/// A team's *mode* says which of its lacking roles one inspector covers together: `separate`, or
/// the lead bringing one lacking skill too. With the modes fixed the question is a bipartite
/// matching of role slots to inspectors (capacity per inspector, one slot per inspector per team,
/// no more slots than seats left), decided by augmenting paths. The modes are chosen by a small
/// SAT problem: when the matching of a proposal falls short, the slots its failed search reached
/// need more inspectors than their neighbours can give, whatever the other teams do, so at least
/// one of their teams must change mode (a clause). No modes left proves that no staffing exists.
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

    func decide(rounds: Int = 400) -> Decision {
        var left = context.capacity
        for team in fixed { for member in team { left[member] -= 1 } }
        var lacksLead = [Bool](repeating: false, count: targets.count)
        var lacksSkills = [UInt64](repeating: 0, count: targets.count)
        for position in targets.indices {
            var covered: UInt64 = 0
            var lead = false
            for member in fixed[position] {
                covered |= context.skillMask[member]
                lead = lead || context.canLead[member]
            }
            lacksLead[position] = leadRequired && !lead
            lacksSkills[position] = context.requiredMask[targets[position]] & ~covered
        }
        let exact = context.maxSkillsPerInspector <= 1
        // Options per position: -1 (separate) and each lacking skill a lead could bring too, as
        // far as the seats left allow.
        let sat = SATSolver()
        var options = [[Int]](repeating: [], count: targets.count)
        var literal = [[Int32]](repeating: [], count: targets.count)
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
            literal[position] = options[position].map { _ in sat.variable() }
            sat.clause(literal[position])
            sat.atMost(literal[position], 1)
        }
        for _ in 0..<rounds {
            guard sat.solve() else { return exact ? .none : .unknown }
            var slots: [Slot] = []
            var chosen = [Int](repeating: 0, count: targets.count)
            for position in targets.indices {
                let index = literal[position].firstIndex { sat.value($0) } ?? 0
                chosen[position] = index
                let mode = options[position][index]
                var skills = lacksSkills[position]
                if lacksLead[position] {
                    var slot = Slot(position: position, lead: true, skills: 0)
                    if mode >= 0 {
                        slot.skills = UInt64(1) << UInt64(mode)
                        skills &= ~slot.skills
                    }
                    slots.append(slot)
                }
                while skills != 0 {
                    let bit = skills & (~skills &+ 1)
                    skills &= skills - 1
                    slots.append(Slot(position: position, lead: false, skills: bit))
                }
            }
            let (assigned, violators) = matching(slots, left)
            // Every no rests on counting alone, checked here whatever the search did: the slots
            // of each violator outnumber what their neighbours can serve.
            guard violators.allSatisfy({ short($0, slots, left) }) else { return .unknown }
            if violators.isEmpty {
                guard let teams = fill(slots, assigned, left) else { return .unknown }
                return .staffing(teams)
            }
            for violator in violators {
                var positions: [Int] = []
                for slot in violator where !positions.contains(slots[slot].position) {
                    positions.append(slots[slot].position)
                }
                sat.clause(positions.map { -literal[$0][chosen[$0]] })
            }
        }
        return .unknown
    }

    /// Whether `violator`'s slots outnumber the places their eligible inspectors can give (each
    /// at most their capacity left and once per team of the violator).
    func short(_ violator: [Int], _ slots: [Slot], _ left: [Int]) -> Bool {
        var teamsOf: [Int: Set<Int>] = [:]
        for slot in violator {
            for inspector in scarce where fits(inspector, slots[slot], left) {
                teamsOf[inspector, default: []].insert(slots[slot].position)
            }
        }
        var supply = 0
        for (inspector, teams) in teamsOf { supply += min(left[inspector], teams.count) }
        return supply < Set(violator).count
    }

    /// A maximum matching of slots to inspectors (each up to their capacity left, at most one
    /// slot per team), started from the known staffing; the slot → inspector map and, for every
    /// slot left short, the slots its failed search reached (more slots than their neighbours
    /// can serve).
    func matching(_ slots: [Slot], _ left: [Int]) -> (assigned: [Int], violators: [[Int]]) {
        var listed = [[Int]?](repeating: nil, count: slots.count)
        func fitting(_ index: Int) -> [Int] {
            if let list = listed[index] { return list }
            let list = scarce.filter { fits($0, slots[index], left) }
            listed[index] = list
            return list
        }
        var assigned = [Int](repeating: -1, count: slots.count)
        var serving: [Int: [Int]] = [:]  // inspector → slots, one per team
        func sameTeam(_ inspector: Int, _ index: Int) -> Int? {
            (serving[inspector] ?? []).first { slots[$0].position == slots[index].position }
        }
        for index in slots.indices {
            for member in known[slots[index].position]
            where fits(member, slots[index], left) && sameTeam(member, index) == nil
                && (serving[member]?.count ?? 0) < left[member]
            {
                assigned[index] = member
                serving[member, default: []].append(index)
                break
            }
        }
        var violators: [[Int]] = []
        for start in slots.indices where assigned[start] < 0 {
            var parentOfSlot: [Int: Int] = [start: -1]
            var parentOfInspector: [Int: Int] = [:]
            var queue = [start]
            var head = 0
            var end: Int?
            search: while head < queue.count {
                let slot = queue[head]
                head += 1
                for inspector in fitting(slot) where parentOfInspector[inspector] == nil && assigned[slot] != inspector
                {
                    parentOfInspector[inspector] = slot
                    if let other = sameTeam(inspector, slot) {
                        // They move within the team: the slot they leave needs someone else.
                        if parentOfSlot[other] == nil {
                            parentOfSlot[other] = inspector
                            queue.append(other)
                        }
                        continue
                    }
                    if (serving[inspector]?.count ?? 0) < left[inspector] {
                        end = inspector
                        break search
                    }
                    for other in serving[inspector] ?? [] where parentOfSlot[other] == nil {
                        parentOfSlot[other] = inspector
                        queue.append(other)
                    }
                }
            }
            guard var inspector = end else {
                violators.append(queue)
                continue
            }
            while true {
                let slot = parentOfInspector[inspector]!
                let previous = assigned[slot]
                assigned[slot] = inspector
                serving[inspector, default: []].append(slot)
                if previous >= 0 { serving[previous]?.removeAll { $0 == slot } }
                let back = parentOfSlot[slot]!
                if back < 0 { break }
                precondition(back == previous, "an augmenting path follows assigned edges")
                inspector = back
            }
        }
        return (assigned, violators)
    }
}
