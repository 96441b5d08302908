/// Repairs a staffing that breaks some rules into one that meets every rule, by moving the scarce
/// inspectors (leads, holders of a required skill) along augmenting paths, as in a bipartite
/// matching: a team that lacks a lead takes one that is free, or one from another team, which
/// then takes the next, and so on, until a free one closes the path. Plain seats are filled last
/// in rank order.
///
/// This only finds staffings: a failure proves nothing (the caller asks the SAT model then), and
/// a success is checked against every rule before it is returned. The canonical teams do not
/// depend on which staffing is found, only on whether one exists.
struct StaffingRepair {
    let context: DrawContext
    let targets: [Int]
    let teamSize: Int
    let leadRequired: Bool
    let minHomes: Int
    /// Available inspectors in the order plain seats are filled.
    let ranked: [Int]
    let leads: [Int]
    /// Holders of each skill (by bit).
    let holders: [[Int]]
    /// Per department: its position in `targets`, -1 when it is not a target (no hashing in the
    /// reciprocal ban's checks of every candidate).
    let positionByDepartment: [Int]
    /// No inspector before this place in `ranked` has capacity left in `teams` (the caller
    /// knows; plain seats are sought from there).
    var firstFree = 0
    /// Members that may not be moved, per position.
    let fixed: [[Int]]
    var teams: [[Int]]
    var load: [Int]
    /// The positions whose teams each inspector is in, per inspector.
    var placed: [[Int]]
    /// Inspectors met by the current path search (`stamp` marks the search).
    var seen: [Int]
    var stamp = 0

    /// The work done on paths before the repair gives up.
    var budget = 4_000_000
    /// Leads and skill holders with capacity left when `freeCover` was first asked, and each
    /// one whose load has dropped below their capacity since (repeats allowed): every scarce
    /// inspector with capacity left is among them, so that `freeCover` does not go over every
    /// lead and holder. Nil until first needed.
    private var spare: [Int]?
    /// The length of `spare` when it was last rid of inspectors without capacity left.
    private var compacted = 0
    /// The path search's tables per position (see `augment`).
    private var parentMark: [Int] = []
    private var parentTeam: [Int] = []
    private var parentMember: [Int] = []
    private var needOf: [Need] = []

    /// The tables over every inspector (`load`, `placed`, `seen`), lent to one repair at a time
    /// by a caller that runs many: zero, empty and below `stamp` between runs.
    final class Tables {
        var load: [Int] = []
        var placed: [[Int]] = []
        var seen: [Int] = []
        var stamp = 0
    }
    /// Where the tables go back to (`giveBack`).
    private let tables: Tables?

    init(
        context: DrawContext, targets: [Int], teamSize: Int, leadRequired: Bool, minHomes: Int,
        lists: StaffingSolver.Lists, fixed: [[Int]], teams: [[Int]], tables: Tables? = nil
    ) {
        self.context = context
        self.targets = targets
        self.teamSize = teamSize
        self.leadRequired = leadRequired
        self.minHomes = minHomes
        ranked = lists.all
        leads = lists.leads
        holders = lists.holders
        var positionByDepartment = [Int](repeating: -1, count: context.departments.count)
        for (position, target) in targets.enumerated() { positionByDepartment[target] = position }
        self.positionByDepartment = positionByDepartment
        self.fixed = fixed
        self.teams = teams
        self.tables = tables
        if let tables, tables.load.count == context.inspectors.count {
            load = tables.load
            placed = tables.placed
            seen = tables.seen
            stamp = tables.stamp
            tables.load = []
            tables.placed = []
            tables.seen = []
        } else {
            load = [Int](repeating: 0, count: context.inspectors.count)
            placed = [[Int]](repeating: [], count: context.inspectors.count)
            seen = [Int](repeating: 0, count: context.inspectors.count)
        }
        for (position, team) in teams.enumerated() {
            for member in team {
                load[member] += 1
                placed[member].append(position)
            }
        }
    }

    /// Clears the tables (only the teams' members have a load and places) and hands them back to
    /// the caller's `Tables` for the next repair.
    mutating func giveBack() {
        guard let tables else { return }
        for team in teams {
            for member in team {
                load[member] = 0
                placed[member].removeAll(keepingCapacity: true)
            }
        }
        tables.load = load
        tables.placed = placed
        tables.seen = seen
        tables.stamp = stamp
        load = []
        placed = []
        seen = []
    }

    /// Puts `inspector` into team(position) (a choice the caller has fixed there), taking them
    /// from another team when they have no capacity left and dropping a member when the team is
    /// full. What either team loses, `run` restores.
    mutating func place(_ inspector: Int, into position: Int) -> Bool {
        if teams[position].contains(inspector) { return true }
        if load[inspector] >= context.capacity[inspector] {
            guard let donor = placed[inspector].first(where: { !fixed[$0].contains(inspector) }) else { return false }
            remove(inspector, from: donor)
        }
        add(inspector, to: position)
        guard teams[position].count > teamSize else { return true }
        if let member = teams[position].first(where: { $0 != inspector && lost($0, position)?.isEmpty == true }) {
            remove(member, from: position)
        } else if let member = teams[position].last(where: { !fixed[position].contains($0) }) {
            remove(member, from: position)
        } else {
            return false
        }
        return true
    }

    /// What a team lacks of the scarce kinds: a lead, required skills.
    struct Need: Equatable {
        var lead = false
        var skills: UInt64 = 0
        var isEmpty: Bool { !lead && skills == 0 }
    }

    /// What team(position) lacks, counting only `members` (the team when nil).
    private func lack(_ position: Int, without member: Int = -1) -> Need {
        var need = Need()
        var covered: UInt64 = 0
        var lead = false
        for other in teams[position] where other != member {
            covered |= context.skillMask[other]
            lead = lead || context.canLead[other]
        }
        need.lead = leadRequired && !lead
        need.skills = context.requiredMask[targets[position]] & ~covered
        return need
    }

    /// What team(position) would newly lack without `member`; nil when the member is fixed there.
    private func lost(_ member: Int, _ position: Int) -> Need? {
        guard !fixed[position].contains(member) else { return nil }
        let before = lack(position)
        let after = lack(position, without: member)
        return Need(lead: after.lead && !before.lead, skills: after.skills & ~before.skills)
    }

    private func covers(_ inspector: Int, _ need: Need) -> Bool {
        (!need.lead || context.canLead[inspector]) && context.skillMask[inspector] & need.skills == need.skills
    }

    /// The inspectors among whom one covering `need` is sought.
    private func pool(_ need: Need) -> [Int] {
        need.lead ? leads : holders[need.skills.trailingZeroBitCount]
    }

    /// Whether the reciprocal ban rules the inspector out of team(position) given the teams as
    /// they stand.
    private func barred(_ inspector: Int, _ position: Int) -> Bool {
        let home = context.home[inspector]
        guard context.policy.reciprocalBan, home >= 0, case let other = positionByDepartment[home], other >= 0,
            other != position
        else { return false }
        return teams[other].contains { context.home[$0] == targets[position] }
    }

    /// Makes room in team(position) for one more member: drops an unfixed member that brings
    /// nothing the team would lack without them.
    private mutating func makeRoom(_ position: Int) -> Bool {
        guard teams[position].count >= teamSize else { return true }
        for member in teams[position].reversed() where lost(member, position)?.isEmpty == true {
            remove(member, from: position)
            return true
        }
        return false
    }

    private mutating func remove(_ member: Int, from position: Int) {
        teams[position].removeAll { $0 == member }
        load[member] -= 1
        placed[member].removeAll { $0 == position }
        if spare != nil, load[member] == context.capacity[member] - 1 { spare!.append(member) }
    }

    private mutating func add(_ member: Int, to position: Int) {
        teams[position].append(member)
        load[member] += 1
        placed[member].append(position)
    }

    /// Brings an inspector covering `need` into team(position), which has room, along the
    /// shortest augmenting path: each team on it gives an inspector to the one before and takes
    /// one covering what that leaves it lacking; the path ends at an inspector with capacity left
    /// or one whose team does not need them.
    ///
    /// With `split`, the path may also end at a team that gives up an inspector who brings it
    /// several scarce kinds, when the team has a member it does not need to make room for two
    /// inspectors: that team is then returned, to be repaired in turn.
    private mutating func augment(_ need: Need, into start: Int, split: Bool) -> (done: Bool, broken: Int?) {
        var broken: Int?
        var queue = [start]
        stamp += 1
        // Per position: reached by this search when `parentMark` holds its stamp, from which
        // team and by taking which member, and what it then lacks (arrays, not hashed tables).
        if parentMark.count != targets.count {
            parentMark = [Int](repeating: 0, count: targets.count)
            parentTeam = [Int](repeating: -1, count: targets.count)
            parentMember = [Int](repeating: -1, count: targets.count)
            needOf = [Need](repeating: Need(), count: targets.count)
        }
        parentMark[start] = stamp
        parentTeam[start] = -1
        parentMember[start] = -1
        needOf[start] = need
        var head = 0
        while head < queue.count {
            let position = queue[head]
            head += 1
            let need = needOf[position]
            let target = targets[position]
            for inspector in pool(need) where seen[inspector] != stamp {
                budget -= 1
                if budget < 0 { return (false, nil) }
                guard covers(inspector, need), context.isEligible(inspector, for: target),
                    !teams[position].contains(inspector), !barred(inspector, position)
                else { continue }
                seen[inspector] = stamp
                var free = load[inspector] < context.capacity[inspector]
                if !free {
                    for other in placed[inspector] where parentMark[other] != stamp {
                        guard let lost = lost(inspector, other) else { continue }
                        if lost.isEmpty {
                            remove(inspector, from: other)
                            free = true
                            break
                        }
                        if split, other != start, spare(other, besides: inspector), freeCover(lost, other, inspector) {
                            remove(inspector, from: other)
                            broken = other
                            free = true
                            break
                        }
                        parentMark[other] = stamp
                        parentTeam[other] = position
                        parentMember[other] = inspector
                        needOf[other] = lost
                        queue.append(other)
                    }
                }
                if free {
                    // Close the path: each team takes the inspector its successor gives up.
                    var taker = position
                    var moving = inspector
                    while taker >= 0 {
                        let (before, given) = (parentTeam[taker], parentMember[taker])
                        if given >= 0 { remove(given, from: taker) }
                        add(moving, to: taker)
                        moving = given
                        taker = before
                    }
                    return (true, broken)
                }
            }
        }
        return (false, nil)
    }

    /// Whether inspectors with capacity left could bring team(position) each kind of `need`
    /// once `member` has left it (so that breaking the team up does not start a cascade).
    private mutating func freeCover(_ need: Need, _ position: Int, _ member: Int) -> Bool {
        if spare == nil {
            var list = leads.filter { load[$0] < context.capacity[$0] }
            for pool in holders { list += pool.filter { load[$0] < context.capacity[$0] } }
            spare = list
        } else if let list = spare, list.count > 64, list.count > 2 * compacted {
            spare = list.filter { load[$0] < context.capacity[$0] }
            compacted = spare!.count
        }
        let target = targets[position]
        func free(_ inspector: Int) -> Bool {
            inspector != member && load[inspector] < context.capacity[inspector]
                && context.isEligible(inspector, for: target) && !teams[position].contains(inspector)
                && !barred(inspector, position)
        }
        // The leads (the holders of each skill) are every available inspector who can lead (holds
        // it): among them, those with capacity left are all in `spare`.
        let list = spare!
        if need.lead, !list.contains(where: { context.canLead[$0] && free($0) }) { return false }
        var skills = need.skills
        while skills != 0 {
            let bit = skills.trailingZeroBitCount
            skills &= skills - 1
            let mask = UInt64(1) << UInt64(bit)
            if !list.contains(where: { context.skillMask[$0] & mask != 0 && free($0) }) { return false }
        }
        return true
    }

    /// Whether team(position) has a member other than `member` it would lack nothing without.
    private func spare(_ position: Int, besides member: Int) -> Bool {
        teams[position].contains { $0 != member && lost($0, position)?.isEmpty == true }
    }

    /// Repairs every team in turn; nil when a need cannot be met this way.
    mutating func run() -> [[Int]]? {
        var pending = Array(targets.indices)
        var head = 0
        var steps = 0
        while head < pending.count {
            let position = pending[head]
            head += 1
            while true {
                let lacking = lack(position)
                if lacking.isEmpty { break }
                let kind =
                    lacking.lead
                    ? Need(lead: true) : Need(skills: UInt64(1) << UInt64(lacking.skills.trailingZeroBitCount))
                steps += 1
                guard steps <= 4 * targets.count + 16, makeRoom(position) else { return nil }
                var outcome = augment(kind, into: position, split: false)
                if !outcome.done { outcome = augment(kind, into: position, split: true) }
                guard outcome.done else { return nil }
                if let broken = outcome.broken { pending.append(broken) }
            }
        }
        for position in targets.indices where !fill(position) { return nil }
        var homes: [Int] = []
        for position in targets.indices where !valid(position, homes: &homes) { return nil }
        for member in teams.joined() where load[member] > context.capacity[member] { return nil }
        return teams
    }

    /// Fills the free seats of team(position) with the first inspectors in rank order that are
    /// eligible, have capacity left and bring a new home while the team needs one.
    private mutating func fill(_ position: Int) -> Bool {
        let target = targets[position]
        var scanned = 0
        while teams[position].count < teamSize {
            let homes = Set(teams[position].map { context.home[$0] })
            let left = teamSize - teams[position].count
            let needHome = minHomes - homes.count >= left
            var found: Int?
            // Those before `firstFree` are refused below (no capacity left): counted, not read.
            let from = min(firstFree, ranked.count)
            scanned += from
            if scanned > 200_000 { return false }
            for inspector in ranked[from...] {
                scanned += 1
                if scanned > 200_000 { return false }
                guard load[inspector] < context.capacity[inspector], context.isEligible(inspector, for: target),
                    !teams[position].contains(inspector), !barred(inspector, position),
                    !needHome || !homes.contains(context.home[inspector])
                else { continue }
                found = inspector
                break
            }
            guard let found else { return false }
            add(found, to: position)
        }
        return true
    }

    /// Whether team(position) meets every rule but capacity (checked over all teams).
    private func valid(_ position: Int, homes: inout [Int]) -> Bool {
        let team = teams[position]
        let target = targets[position]
        for member in fixed[position] where !team.contains(member) { return false }
        guard
            context.meetsOwnRules(
                team, target: target, size: teamSize, leadRequired: leadRequired, minHomes: minHomes, homes: &homes)
        else { return false }
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
