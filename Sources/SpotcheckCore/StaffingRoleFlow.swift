/// Finds a staffing that honours fixed choices by one maximum flow of the scarce inspectors (leads
/// and holders of a required skill) into the roles the teams still lack, all kinds at once, so
/// that an inspector who both leads and holds a skill goes where the whole staffing needs them.
/// Plain seats are filled afterwards, the known staffing's members first.
///
/// Each team lacks some roles (a lead, required skills); each role is a slot that takes one
/// inspector. An inspector's capacity counts teams, not slots: one inspector may take the lead
/// and a skill slot of the same team for one place. When that is not enough, teams ask for their
/// lead and one skill from one inspector (a combined slot); which teams do (their mode) starts
/// from the known staffing or from "wherever possible" and changes for the teams the flow leaves
/// short.
///
/// This only finds staffings: a failure proves nothing, and every staffing returned is checked
/// against every rule by the caller. The canonical teams do not depend on which staffing is
/// found, only on whether one exists.
struct StaffingRoleFlow {
    let context: DrawContext
    let targets: [Int]
    let teamSize: Int
    let leadRequired: Bool
    let minHomes: Int
    let ranked: [Int]
    let positionOf: [Int: Int]
    let fixed: [[Int]]
    let known: [[Int]]
    /// The inspectors who can lead or hold a skill, in rank order.
    let scarce: [Int]
    /// Whether the teams' modes start from the known staffing (a staffing of the relaxation,
    /// say) rather than combined wherever possible.
    var modesFromKnown = false
    /// The scarce inspectors eligible for each slot's role, kept across the questions of one
    /// search (they depend on neither the fixed choices nor capacity); nil to list them anew.
    var eligibleCache: EligibleCache?
    /// Per department: its position in `targets`, -1 when it is not a target (`positionOf`
    /// without hashing, for the reciprocal ban's checks); nil to use `positionOf`.
    var departmentPositions: [Int]?

    struct Slot: Hashable {
        var position: Int
        var lead: Bool
        var skills: UInt64
    }

    /// Per slot kind of a target department (a `Slot` whose position is the department): the
    /// scarce inspectors (in rank order) who have its role and are eligible for the department.
    /// Keyed by department, not position, so that one cache serves every question of a draw
    /// (its picks, whose last position changes department, and its canonical teams).
    /// Also holds the flow's per-inspector tables between questions (`FlowTables`), so that a
    /// question does not allocate and clear tables over every inspector.
    final class EligibleCache {
        /// Indexed by department (sized when first used): the lists of its slot kinds listed so
        /// far, a few per department, found by comparing the kind (no hashing per question).
        var lists: [[(lead: Bool, skills: UInt64, list: [Int])]] = []
        var tables = FlowTables()
        /// Each inspector's capacity, between uses (`takeLeft` lends it out with the fixed
        /// choices taken off, `giveBack` restores it), so that a question copies no table over
        /// every inspector.
        var left: [Int] = []
        /// Zero for every inspector between the uses of `fill`, which counts its choices here.
        var used: [Int] = []
        /// The mode decision's tables over every inspector, between its uses: `matching`'s slots
        /// served (empty) and search parents (-1), `decide`'s region marks (false), teams
        /// counted (0) and last team counted (-1).
        var matchServing: [[Int]] = []
        var matchParents: [Int] = []
        var regionMarks: [Bool] = []
        var regionTeams: [Int] = []
        var regionLast: [Int] = []
        var skips = Skips()
    }

    /// The flow's way past inspectors its current search already reached: every slot's
    /// candidates are the eligible members of one pool (the leads for a lead slot, a skill's
    /// holders for a slot asking for it, all in `scarce` order), and on a tight roster most of
    /// them are reached early in a search, so each further slot would step over them one by one.
    /// Per pool, a skip pointer (union-find with path compression) leads from a dead member (reached
    /// in the search marked in `stamps`, or without capacity left) to a later one; the list is
    /// then entered again by binary search on the members' pool places. The order in which
    /// candidates are met is the list's: only members the search would pass over are skipped.
    struct Skips {
        /// Per pool: its members; each inspector's place in it (-1: not a member); per place the
        /// skip pointer and the search it holds for.
        var pools: [[Int]] = []
        var places: [[Int32]] = []
        var parents: [[Int]] = []
        var stamps: [[Int]] = []
    }

    /// Each inspector's capacity left under the fixed choices: the cache's table when there is
    /// one (hand it back with `giveBack`), otherwise a new one.
    func takeLeft() -> [Int] {
        var left: [Int]
        if let cache = eligibleCache, cache.left.count == context.inspectors.count {
            left = cache.left
            cache.left = []
        } else {
            left = context.capacity
        }
        for team in fixed { for member in team { left[member] -= 1 } }
        return left
    }

    /// Restores a table of `takeLeft` to the capacity and keeps it in the cache.
    func giveBack(_ left: inout [Int]) {
        guard let cache = eligibleCache else { return }
        for team in fixed { for member in team { left[member] += 1 } }
        cache.left = left
        left = []
    }

    /// Per inspector, indexed by inspector: the slots they take in the flow (empty between
    /// flows), and the search that last reached them with the slot it reached them from.
    struct FlowTables {
        var serving: [[Int]] = []
        var reachedIn: [Int] = []
        var reachedFrom: [Int] = []
        /// Searches made with these tables (the marks in `reachedIn`).
        var searches = 0
    }

    /// The scarce inspectors, in rank order, who have `slot`'s role and are eligible for its
    /// department (capacity, fixed choices and the reciprocal ban not yet asked).
    private func candidates(_ slot: Slot) -> [Int] {
        let department = targets[slot.position]
        func hasRole(_ inspector: Int) -> Bool {
            (!slot.lead || context.canLead[inspector]) && context.skillMask[inspector] & slot.skills == slot.skills
                && context.isEligible(inspector, for: department)
        }
        guard let eligibleCache else { return scarce.filter(hasRole) }
        if eligibleCache.lists.count != context.departments.count {
            eligibleCache.lists = .init(repeating: [], count: context.departments.count)
        }
        for kind in eligibleCache.lists[department] where kind.lead == slot.lead && kind.skills == slot.skills {
            return kind.list
        }
        let list = scarce.filter(hasRole)
        eligibleCache.lists[department].append((slot.lead, slot.skills, list))
        return list
    }

    /// Whether an inspector of `candidates(slot)` may take it now: capacity left, not already
    /// fixed in the team, not ruled out by the reciprocal ban against the fixed choices.
    private func open(_ inspector: Int, _ slot: Slot, _ left: [Int]) -> Bool {
        left[inspector] > 0 && !fixed[slot.position].contains(inspector) && !barred(inspector, slot.position, fixed)
    }

    /// The scarce inspectors, in rank order, who may take `slot` now (`fits`).
    func fitting(_ slot: Slot, _ left: [Int]) -> [Int] {
        candidates(slot).filter { open($0, slot, left) }
    }

    /// A staffing honouring `fixed`, or nil when this attempt finds none.
    func run(rounds: Int = 12) -> [[Int]]? {
        var left = takeLeft()
        defer { giveBack(&left) }
        let (lacksLead, lacksSkills) = context.lackingRoles(targets: targets, fixed: fixed, leadRequired: leadRequired)
        // Listed when first needed (a first attempt that succeeds never asks).
        var bothList: [Int]?
        /// A lacking skill some eligible inspector with capacity left brings together with a lead.
        func combinable(_ position: Int) -> Int? {
            if bothList == nil {
                bothList = scarce.filter { context.canLead[$0] && context.skillMask[$0] != 0 && left[$0] > 0 }
            }
            let both = bothList!
            var skills = lacksSkills[position]
            while skills != 0 {
                let bit = skills.trailingZeroBitCount
                skills &= skills - 1
                let mask = UInt64(1) << UInt64(bit)
                if both.contains(where: {
                    context.skillMask[$0] & mask != 0 && context.isEligible($0, for: targets[position])
                        && !fixed[position].contains($0)
                }) {
                    return bit
                }
            }
            return nil
        }
        // Mode per position: the skill bit its lead slot also asks for (-1: none).
        var combined = [Int](repeating: -1, count: targets.count)
        var tried = Set<[Int]>()
        if modesFromKnown {
            // The known staffing's leads: combined where they bring a lacking skill.
            for position in targets.indices where lacksLead[position] && lacksSkills[position] != 0 {
                if let lead = known[position].first(where: { context.canLead[$0] && !fixed[position].contains($0) }) {
                    let shared = context.skillMask[lead] & lacksSkills[position]
                    if shared != 0 { combined[position] = shared.trailingZeroBitCount }
                }
            }
        } else {
            // Separate slots first (an inspector may still take two slots of one team); then
            // combined wherever it can be (one inspector for two roles leaves the most for the
            // other teams).
            tried.insert(combined)
            if let teams = attempt(combined, lacksLead, lacksSkills, left).teams { return teams }
            for position in targets.indices where lacksLead[position] && lacksSkills[position] != 0 {
                combined[position] = combinable(position) ?? -1
            }
        }
        for _ in 0..<rounds {
            guard tried.insert(combined).inserted else { return nil }
            let outcome = attempt(combined, lacksLead, lacksSkills, left)
            if let teams = outcome.teams { return teams }
            guard let short = outcome.short else { return nil }
            // Teams the failed searches reached change mode: short combined ones go separate,
            // separate ones that can combine do (one inspector for two roles frees one).
            var changed = false
            for position in outcome.reached.sorted() where lacksLead[position] && lacksSkills[position] != 0 {
                if combined[position] >= 0 {
                    if short.contains(position) {
                        combined[position] = -1
                        changed = true
                    }
                } else if let bit = combinable(position) {
                    combined[position] = bit
                    changed = true
                }
            }
            if !changed { return nil }
        }
        return nil
    }

    /// One flow with the given modes: the teams when it fills every slot and every team's
    /// seats; otherwise the positions left short (nil when the modes need more seats than a team
    /// has) and the positions the failed searches reached.
    private func attempt(
        _ combined: [Int], _ lacksLead: [Bool], _ lacksSkills: [UInt64], _ left: [Int]
    ) -> (teams: [[Int]]?, short: Set<Int>?, reached: Set<Int>) {
        var slots: [Slot] = []
        for position in targets.indices {
            var skills = lacksSkills[position]
            var count = 0
            if lacksLead[position] {
                var slot = Slot(position: position, lead: true, skills: 0)
                if combined[position] >= 0 {
                    let bit = UInt64(1) << UInt64(combined[position])
                    slot.skills = bit
                    skills &= ~bit
                }
                slots.append(slot)
                count += 1
            }
            while skills != 0 {
                let bit = skills & (~skills &+ 1)
                skills &= skills - 1
                slots.append(Slot(position: position, lead: false, skills: bit))
                count += 1
            }
            // Separate slots may still share one inspector; combined ones must fit the seats.
            if combined[position] >= 0, count > teamSize - fixed[position].count { return (nil, nil, []) }
        }
        let (assigned, short, reached) = flow(slots, left)
        guard short.isEmpty else { return (nil, Set(short.map { slots[$0].position }), reached) }
        return (fill(slots, assigned, left), [], reached)
    }

    /// Whether `inspector` may take `slot`: the role, eligible, capacity left, not already fixed
    /// in the team, and not ruled out by the reciprocal ban against the fixed choices.
    func fits(_ inspector: Int, _ slot: Slot, _ left: [Int]) -> Bool {
        (!slot.lead || context.canLead[inspector]) && context.skillMask[inspector] & slot.skills == slot.skills
            && left[inspector] > 0 && context.isEligible(inspector, for: targets[slot.position])
            && !fixed[slot.position].contains(inspector) && !barred(inspector, slot.position, fixed)
    }

    private func barred(_ inspector: Int, _ position: Int, _ teams: [[Int]]) -> Bool {
        guard context.policy.reciprocalBan else { return false }
        let other: Int
        if let departmentPositions {
            let home = context.home[inspector]
            guard home >= 0, departmentPositions[home] >= 0 else { return false }
            other = departmentPositions[home]
        } else {
            guard let found = positionOf[context.home[inspector]] else { return false }
            other = found
        }
        guard other != position else { return false }
        return teams[other].contains { context.home[$0] == targets[position] }
    }

    /// A maximum matching of slots to inspectors (each up to their capacity left, once per
    /// team), started from the known staffing; the slot → inspector map and the slots left short.
    private func flow(_ slots: [Slot], _ left: [Int]) -> (assigned: [Int], short: [Int], reached: Set<Int>) {
        // Per-inspector tables kept across questions when there is a cache (cleared on return).
        let cache = eligibleCache
        var tables = cache?.tables ?? FlowTables()
        cache?.tables = FlowTables()
        let inspectors = context.inspectors.count
        if tables.serving.count != inspectors {
            tables.serving = [[Int]](repeating: [], count: inspectors)
            tables.reachedIn = [Int](repeating: -1, count: inspectors)
            tables.reachedFrom = [Int](repeating: -1, count: inspectors)
        }
        var serving = tables.serving  // inspector → slots
        var reachedIn = tables.reachedIn
        var reachedFrom = tables.reachedFrom  // inspector → slot that reached them
        var searches = tables.searches
        tables = FlowTables()
        // The skip pointers (with a cache only: they are built once over every inspector).
        var skips = cache?.skips ?? Skips()
        cache?.skips = Skips()
        if cache != nil, skips.places.first?.count != inspectors {
            let bits = context.skillNames.count
            skips.pools = [scarce.filter { context.canLead[$0] }]
            for bit in 0..<bits {
                skips.pools.append(scarce.filter { context.skillMask[$0] & (UInt64(1) << UInt64(bit)) != 0 })
            }
            skips.places = skips.pools.map { pool in
                var places = [Int32](repeating: -1, count: inspectors)
                for (place, inspector) in pool.enumerated() { places[inspector] = Int32(place) }
                return places
            }
            skips.parents = skips.pools.map { [Int](repeating: 0, count: $0.count) }
            skips.stamps = skips.pools.map { [Int](repeating: 0, count: $0.count) }
        }
        defer { cache?.skips = skips }
        var holding: [Int] = []  // inspectors whose `serving` is not empty
        defer {
            for inspector in holding { serving[inspector] = [] }
            cache?.tables = FlowTables(
                serving: serving, reachedIn: reachedIn, reachedFrom: reachedFrom, searches: searches)
        }
        // Candidates per slot (the scarce inspectors with its role), listed when first needed.
        var listed = [[Int]?](repeating: nil, count: slots.count)
        func candidates(_ index: Int) -> [Int] {
            if let list = listed[index] { return list }
            let list = self.candidates(slots[index])
            listed[index] = list
            return list
        }
        var assigned = [Int](repeating: -1, count: slots.count)
        func serve(_ inspector: Int, _ slot: Int) {
            if serving[inspector].isEmpty { holding.append(inspector) }
            serving[inspector].append(slot)
        }
        // An inspector's capacity counts teams, not slots: one inspector may take two slots of
        // one team (lead and skill), for one place.
        func teams(_ inspector: Int) -> Int {
            // Distinct positions among the few slots served (no array built).
            let served = serving[inspector]
            var count = 0
            for (index, slot) in served.enumerated() {
                let position = slots[slot].position
                if !served[..<index].contains(where: { slots[$0].position == position }) { count += 1 }
            }
            return count
        }
        func inTeam(_ inspector: Int, _ index: Int) -> Bool {
            serving[inspector].contains { slots[$0].position == slots[index].position }
        }
        func usable(_ inspector: Int, for index: Int) -> Bool {
            inTeam(inspector, index) || teams(inspector) < left[inspector]
        }
        // Warm start: the known staffing's members.
        for index in slots.indices {
            let position = slots[index].position
            for member in known[position] where fits(member, slots[index], left) && usable(member, for: index) {
                assigned[index] = member
                serve(member, index)
                break
            }
        }
        // Augmenting paths, breadth first, from each short slot. A slot is in the current search
        // when `slotIn` holds its mark; `slotFrom` is the inspector that reached it.
        var reached = Set<Int>()
        var slotIn = [Int](repeating: -1, count: slots.count)
        var slotFrom = [Int](repeating: -1, count: slots.count)
        for start in slots.indices where assigned[start] < 0 {
            searches += 1
            let mark = searches
            slotIn[start] = mark
            slotFrom[start] = -1
            var queue = [start]
            var head = 0
            var end: Int?
            /// Whether the search passes over `inspector` whatever the slot: reached, or no
            /// capacity left (for the rest of the search).
            func dead(_ inspector: Int) -> Bool { reachedIn[inspector] == mark || left[inspector] <= 0 }
            /// The first place at or after `place` in `pool` whose member is not dead.
            func live(_ pool: Int, from place: Int) -> Int {
                let count = skips.pools[pool].count
                var at = place
                while at < count, dead(skips.pools[pool][at]) {
                    at = skips.stamps[pool][at] == mark ? skips.parents[pool][at] : at + 1
                }
                var step = place
                while step < at {
                    let next = skips.stamps[pool][step] == mark ? skips.parents[pool][step] : step + 1
                    skips.stamps[pool][step] = mark
                    skips.parents[pool][step] = at
                    step = next
                }
                return at
            }
            /// The first index at or after `index` in `list` (members of `pool` in its order) whose
            /// inspector is not dead.
            func skip(_ list: [Int], from index: Int, _ pool: Int) -> Int {
                var index = index
                while index < list.count, dead(list[index]) {
                    let place = Int(skips.places[pool][list[index]])
                    let next = live(pool, from: place + 1)
                    // The first member of `list` at or after that place.
                    var low = index + 1
                    var high = list.count
                    while low < high {
                        let middle = (low + high) / 2
                        if Int(skips.places[pool][list[middle]]) < next { low = middle + 1 } else { high = middle }
                    }
                    index = low
                }
                return index
            }
            search: while head < queue.count {
                let slot = queue[head]
                head += 1
                let list = candidates(slot)
                // The slot's pool: a skill's holders, or the leads (none without a cache).
                let role = slots[slot]
                var pool = role.skills != 0 ? 1 + role.skills.trailingZeroBitCount : role.lead ? 0 : -1
                if pool >= skips.pools.count { pool = -1 }
                var index = 0
                while index < list.count {
                    if pool >= 0 {
                        index = skip(list, from: index, pool)
                        guard index < list.count else { break }
                    }
                    let inspector = list[index]
                    index += 1
                    guard reachedIn[inspector] != mark && assigned[slot] != inspector && open(inspector, role, left)
                    else { continue }
                    let others = serving[inspector]
                    reachedIn[inspector] = mark
                    reachedFrom[inspector] = slot
                    // Already in this team (for another role), or a team's place left: done.
                    if inTeam(inspector, slot) || teams(inspector) < left[inspector] {
                        end = inspector
                        break search
                    }
                    // Otherwise a slot they hold alone in some team may go to someone else.
                    for other in others where slotIn[other] != mark {
                        let position = slots[other].position
                        var inPosition = 0
                        for slot in others where slots[slot].position == position { inPosition += 1 }
                        guard inPosition == 1 else { continue }
                        slotIn[other] = mark
                        slotFrom[other] = inspector
                        queue.append(other)
                    }
                }
            }
            guard var inspector = end else {
                for slot in queue { reached.insert(slots[slot].position) }
                continue
            }
            // Flip the path, from the free inspector it ended at back to its first slot: each
            // slot on it takes the inspector that reached it.
            while true {
                let slot = reachedFrom[inspector]
                let previous = assigned[slot]
                assigned[slot] = inspector
                serve(inspector, slot)
                if previous >= 0 { serving[previous].removeAll { $0 == slot } }
                let back = slotFrom[slot]
                if back < 0 { break }
                precondition(back == previous, "an augmenting path follows assigned edges")
                inspector = back
            }
        }
        return (assigned, slots.indices.filter { assigned[$0] < 0 }, reached)
    }

    /// The teams: fixed members, the flow's inspectors, then plain seats (the known staffing's
    /// members first, then in rank order), meeting the home rule and the reciprocal ban.
    func fill(_ slots: [Slot], _ assigned: [Int], _ left: [Int]) -> [[Int]]? {
        var teams = fixed
        // Places taken here per inspector, in the cache's table (zero between uses) when there
        // is one; cleared before returning.
        let cache = eligibleCache
        var used = cache?.used ?? []
        cache?.used = []
        if used.count != left.count { used = [Int](repeating: 0, count: left.count) }
        var touched: [Int] = []
        defer {
            for inspector in touched { used[inspector] = 0 }
            cache?.used = used
        }
        func take(_ inspector: Int) {
            if used[inspector] == 0 { touched.append(inspector) }
            used[inspector] += 1
        }
        for (index, slot) in slots.enumerated() {
            let inspector = assigned[index]
            if !teams[slot.position].contains(inspector) {
                teams[slot.position].append(inspector)
                take(inspector)
            }
        }
        if teams.contains(where: { $0.count > teamSize }) { return nil }
        var cursor = 0
        for position in targets.indices {
            let target = targets[position]
            func accept(_ inspector: Int) -> Bool {
                guard left[inspector] - used[inspector] > 0, context.isEligible(inspector, for: target),
                    !teams[position].contains(inspector), !barred(inspector, position, teams)
                else { return false }
                let team = teams[position]
                let seatsLeft = teamSize - team.count
                // The team's distinct homes, and whether the inspector's is among them (teams
                // are small: no set).
                let home = context.home[inspector]
                var homes = 0
                var shared = false
                for (index, member) in team.enumerated() {
                    let other = context.home[member]
                    if !team[..<index].contains(where: { context.home[$0] == other }) { homes += 1 }
                    if other == home { shared = true }
                }
                if homes < minHomes, minHomes - homes >= seatsLeft, shared { return false }
                return true
            }
            for member in known[position] where teams[position].count < teamSize && accept(member) {
                teams[position].append(member)
                take(member)
            }
            var index = cursor
            var skipped = false
            while teams[position].count < teamSize, index < ranked.count {
                let inspector = ranked[index]
                index += 1
                // Plain inspectors first: scarce ones stay for the roles.
                if (leadRequired && context.canLead[inspector]) || context.skillMask[inspector] != 0 { continue }
                if left[inspector] - used[inspector] <= 0 {
                    if !skipped { cursor = index }
                    continue
                }
                skipped = true
                if accept(inspector) {
                    teams[position].append(inspector)
                    take(inspector)
                }
            }
            if teams[position].count < teamSize { return nil }
        }
        return teams
    }
}
