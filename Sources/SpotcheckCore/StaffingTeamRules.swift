/// The rules one team meets on its own, and the roles teams lack with only their fixed members:
/// one definition for every part of the staffing search (canonical search, repair, role flow,
/// mode decision).
extension DrawContext {
    /// Whether `team` for department `target` meets the rules a team meets on its own: its size,
    /// distinct members, a lead when one is required, every member eligible, every required
    /// skill, enough distinct home departments. Capacity and the reciprocal ban involve the other
    /// teams and are the caller's; `homes` is left holding the team's distinct homes for the latter.
    @inline(__always)
    func meetsOwnRules(
        _ team: [Int], target: Int, size: Int, leadRequired: Bool, minHomes: Int, homes: inout [Int]
    ) -> Bool {
        guard team.count == size else { return false }
        for (index, member) in team.enumerated() where team[..<index].contains(member) { return false }
        if leadRequired, !team.contains(where: { canLead[$0] }) { return false }
        var covered: UInt64 = 0
        // Distinct homes (teams are small: no set needed).
        homes.removeAll(keepingCapacity: true)
        for member in team {
            guard isEligible(member, for: target) else { return false }
            covered |= skillMask[member]
            if !homes.contains(home[member]) { homes.append(home[member]) }
        }
        return requiredMask[target] & ~covered == 0 && homes.count >= minHomes
    }

    /// Per position, whether its fixed members leave the team without a lead (when one is
    /// required), and the required skills they leave lacking.
    func lackingRoles(targets: [Int], fixed: [[Int]], leadRequired: Bool) -> (lead: [Bool], skills: [UInt64]) {
        var lacksLead = [Bool](repeating: false, count: targets.count)
        var lacksSkills = [UInt64](repeating: 0, count: targets.count)
        for position in targets.indices {
            var covered: UInt64 = 0
            var lead = false
            for member in fixed[position] {
                covered |= skillMask[member]
                lead = lead || canLead[member]
            }
            lacksLead[position] = leadRequired && !lead
            lacksSkills[position] = requiredMask[targets[position]] & ~covered
        }
        return (lacksLead, lacksSkills)
    }
}
