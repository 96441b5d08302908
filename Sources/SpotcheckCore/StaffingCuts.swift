/// A weighted Hall cut over the leads and skill holders, kept across the canonical choices so that
/// a choice it rules out is refused without deciding the scarce core again.
///
/// The cut is the sum of Hall's condition over a few sets R₁…R_k of scarce inspectors (the regions
/// of `StaffingRoleFlow.decide`). When it is made, under the fixed choices F of the moment, each
/// team q records the slot kinds (lead, lead with one skill, one skill) among its modes whose
/// fitting inspectors all lie in Rᵢ, and in how many regions (`times`); each inspector r of a
/// region records tᵢ(r), the number of teams with such a kind that r fits.
///
/// **Why it stays a valid condition as choices are fixed.** Take any staffing honouring fixed
/// choices F′ ⊇ F, when every inspector holds at most one skill. Each team q gets its lacking roles
/// from distinct new members, one per slot of one of its modes m_q (a member who leads and brings a
/// lacking skill covering both is the mode combining them), each fitting its slot under F′. A
/// slot's fitting inspectors under F′ are a subset of those under F (capacity left, fixed members
/// and the reciprocal ban against fixed teams only remove inspectors), and q's modes under F′ use
/// only kinds it had under F (its lacking roles only shrink). So a recorded kind of q still has all
/// its fitting inspectors in Rᵢ, and the members of Rᵢ serving recorded slots number Σ_q |m_q ∩ Kᵢ(q)|
/// at least; inspector r serves at most min(left(r), tᵢ(r)) of them (once per team, within the
/// capacity F′ leaves). Summing over the regions:
///
///     D(F′) = Σ_q min over q's modes of Σ_{slots s} times_q(s)  ≤  Σ_i Σ_{r ∈ Rᵢ} min(left_F′(r), tᵢ(r)) = S(F′).
///
/// Recording fewer kinds (none at all for some teams: a cut over some teams only) keeps every step
/// true, so such a cut is a proof as well.
///
/// D(F′) > S(F′) therefore proves that no staffing honours F′. Only q's own modes depend on q's
/// fixed members, so D changes only in the team a choice is fixed in, and S only in the chosen
/// inspector's terms: both are kept up to date as choices are fixed, and a question (one more
/// choice) is answered by recounting one team and one inspector.
struct ModeCut {
    struct Kind: Equatable {
        var lead: Bool
        var skills: UInt64
    }

    /// Per team position: the recorded kinds and in how many regions each lay.
    var counted: [[(kind: Kind, times: Int)]]
    /// Per team position: its least weight over its modes under the fixed choices (nil: no mode).
    var demand: [Int]
    var totalDemand: Int
    /// Per inspector of a region with capacity left when the cut was made: tᵢ(r) for every region
    /// holding them.
    var reach: [Int: [Int]]
    var supply: Int
    /// The question count when the cut last refused one, to drop the ones that stopped serving.
    var lastUsed: Int
}

extension CanonicalSearch {
    /// The least weight of team(position)'s modes when its members are `members`: the modes its
    /// lacking roles allow within its seats left, each weighing the recorded counts of its slots.
    /// nil when no mode fits the seats left (then no staffing gives the team its roles).
    func modeDemand(_ counted: [(kind: ModeCut.Kind, times: Int)], _ position: Int, _ members: [Int]) -> Int? {
        var covered: UInt64 = 0
        var lead = false
        for member in members {
            covered |= context.skillMask[member]
            lead = lead || context.canLead[member]
        }
        let lacksLead = solver.leadRequired && !lead
        let lacksSkills = context.requiredMask[targets[position]] & ~covered
        let seats = solver.teamSize - members.count
        let roles = (lacksLead ? 1 : 0) + lacksSkills.nonzeroBitCount
        func times(_ kind: ModeCut.Kind) -> Int {
            for entry in counted where entry.kind == kind { return entry.times }
            return 0
        }
        var skillWeight = 0
        var skills = lacksSkills
        while skills != 0 {
            let bit = skills & (~skills &+ 1)
            skills &= skills - 1
            skillWeight += times(ModeCut.Kind(lead: false, skills: bit))
        }
        var best: Int?
        if roles <= seats {
            best = skillWeight + (lacksLead ? times(ModeCut.Kind(lead: true, skills: 0)) : 0)
        }
        if lacksLead, roles - 1 <= seats {
            skills = lacksSkills
            while skills != 0 {
                let bit = skills & (~skills &+ 1)
                skills &= skills - 1
                let weight =
                    skillWeight - times(ModeCut.Kind(lead: false, skills: bit))
                    + times(ModeCut.Kind(lead: true, skills: bit))
                best = min(best ?? weight, weight)
            }
        }
        return best
    }

    /// The cut of `regions` (sets of scarce inspectors) under the fixed choices, over the teams at
    /// `positions` (every team when nil; the others record no kind).
    func makeCut(_ regions: [[Int]], positions: [Int]? = nil, questions: Int) -> ModeCut {
        var left = context.capacity
        for team in fixed { for member in team { left[member] -= 1 } }
        let flow = roleFlow(fixed: fixed)
        let (lacksLead, lacksSkills) = context.lackingRoles(
            targets: targets, fixed: fixed, leadRequired: solver.leadRequired)
        // Per region: membership, and per inspector the teams counted and the last one seen.
        var inRegion = [[Bool]](repeating: [], count: regions.count)
        var teams = [[Int]](repeating: [], count: regions.count)
        var last = [[Int]](repeating: [], count: regions.count)
        for (index, region) in regions.enumerated() {
            inRegion[index] = [Bool](repeating: false, count: context.inspectors.count)
            for inspector in region { inRegion[index][inspector] = true }
            teams[index] = [Int](repeating: 0, count: context.inspectors.count)
            last[index] = [Int](repeating: -1, count: context.inspectors.count)
        }
        var counted = [[(kind: ModeCut.Kind, times: Int)]](repeating: [], count: targets.count)
        for position in positions ?? Array(targets.indices) {
            var kinds: [ModeCut.Kind] = []
            var skills = lacksSkills[position]
            while skills != 0 {
                let bit = skills & (~skills &+ 1)
                skills &= skills - 1
                kinds.append(ModeCut.Kind(lead: false, skills: bit))
                if lacksLead[position] { kinds.append(ModeCut.Kind(lead: true, skills: bit)) }
            }
            if lacksLead[position] { kinds.append(ModeCut.Kind(lead: true, skills: 0)) }
            for kind in kinds {
                let list = flow.fitting(
                    StaffingRoleFlow.Slot(position: position, lead: kind.lead, skills: kind.skills), left)
                var times = 0
                for index in regions.indices where list.allSatisfy({ inRegion[index][$0] }) {
                    times += 1
                    for inspector in list where last[index][inspector] != position {
                        last[index][inspector] = position
                        teams[index][inspector] += 1
                    }
                }
                if times > 0 { counted[position].append((kind, times)) }
            }
        }
        var reach: [Int: [Int]] = [:]
        var supply = 0
        for (index, region) in regions.enumerated() {
            for inspector in region where left[inspector] > 0 && teams[index][inspector] > 0 {
                reach[inspector, default: []].append(teams[index][inspector])
                supply += min(left[inspector], teams[index][inspector])
            }
        }
        var demand = [Int](repeating: 0, count: targets.count)
        var total = 0
        for position in targets.indices {
            // A team without a mode has no staffing: the witness rules that out.
            demand[position] = modeDemand(counted[position], position, fixed[position]) ?? 0
            total += demand[position]
        }
        return ModeCut(
            counted: counted, demand: demand, totalDemand: total, reach: reach, supply: supply, lastUsed: questions)
    }

    /// How much `inspector`'s terms of the cut's supply fall when one more team takes them.
    func supplyDrop(_ cut: ModeCut, _ inspector: Int) -> Int {
        guard let reach = cut.reach[inspector] else { return 0 }
        let left = context.capacity[inspector] - load[inspector]
        var drop = 0
        for teams in reach { drop += min(left, teams) - min(left - 1, teams) }
        return drop
    }

    /// Whether cut `index` proves that no staffing puts `inspector` in team(position) with the
    /// fixed choices (see `ModeCut`).
    func cutRefuses(_ cut: ModeCut, _ inspector: Int, _ position: Int) -> Bool {
        guard let demand = modeDemand(cut.counted[position], position, fixed[position] + [inspector]) else {
            return true
        }
        return cut.totalDemand - cut.demand[position] + demand > cut.supply - supplyDrop(cut, inspector)
    }

    /// Brings every cut up to date with `inspector` fixed in team(position) (called after the
    /// choice is made).
    mutating func cutsFix(_ inspector: Int, _ position: Int) {
        for index in cuts.indices {
            // `load` already counts the choice: the drop is taken at the capacity before it.
            if let reach = cuts[index].reach[inspector] {
                let left = context.capacity[inspector] - load[inspector] + 1
                for teams in reach { cuts[index].supply -= min(left, teams) - min(left - 1, teams) }
            }
            let demand = modeDemand(cuts[index].counted[position], position, fixed[position]) ?? 0
            cuts[index].totalDemand += demand - cuts[index].demand[position]
            cuts[index].demand[position] = demand
        }
    }
}
