import SpotcheckCore
import SpotcheckStore

extension Engine {
    /// What keeps an inspector from taking a seat by replacement, on one roster and one day: the
    /// one definition, used on the roster and the day as they are (the replacement itself) and as
    /// they were at the draw's reveal (PassOverEdits.swift), so that the two can never differ in
    /// anything but their inputs.
    struct SeatCheck {
        /// The roster's inspectors by id.
        let people: [String: Inspector]
        /// Why `id` may not take the seat; empty when nothing forbids it.
        let problems: (String) -> [String]
    }

    /// The check for `leaving`'s seat on `team` of `draw`: `roster` (pending declarations and
    /// earlier days' inspections already in it) and `day`, without `seat` (the one who holds the
    /// seat in `day` and `earlier`: `leaving`'s id unless they tell the day otherwise) on the
    /// team. Also valid in the draw's own committed context, after `earlier` (the draw's
    /// replacements so far), when `committed` is known.
    func seatCheck(
        _ draw: StoredDraw, _ original: DrawRecord, team: DrawRecord.Team, leaving: DrawRecord.Member, seat: String,
        roster: Roster, day: DaySoFar, reason: String, committed: Roster?, earlier: [DaySoFar.Replacement],
        policy: Policy
    ) throws -> SeatCheck {
        let inspector = leaving.inspector
        // The day so far (the core's one definition), without the member who leaves.
        var round = day.round(in: roster)
        let start = day.before(draw: String(draw.id)).round(in: roster).count
        if let index = round[start...].firstIndex(where: { $0.department == team.department }) {
            round[index].members.removeAll { $0.inspector == seat || $0.inspector == inspector }
        }
        let eligibility = try Eligibility(roster: roster, policy: policy, date: draw.date, round: round)
        let people = Dictionary(roster.inspectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        guard let target = roster.departments.first(where: { $0.id == team.department }) else {
            throw ReplaceError.nobodyEligible(team.department)
        }
        let staying = team.members.filter { $0.inspector != inspector }

        func problems(_ id: String) -> [String] {
            guard let person = people[id] else { return ["unknown inspector"] }
            if staying.contains(where: { $0.inspector == id }) || id == inspector { return ["already on the team"] }
            var found: [String] = []
            if case .excluded(let reasons) = eligibility.why(inspector: id, department: team.department) {
                found += reasons.map(\.message)
            }
            // The cap over the whole day's round: the newcomer holds no seat of this team yet.
            if let cap = Self.capReached(person, round: round), !found.contains(cap) { found.append(cap) }
            if leaving.role == .lead, !person.canLead {
                found.append("the team needs a lead and \(id) may not lead")
            }
            let skills = Set(person.skills + staying.flatMap { people[$0.inspector]?.skills ?? [] })
            for skill in target.requiredSkills where !skills.contains(skill) {
                found.append("the team would lack the skill '\(skill)'")
            }
            let homes = Set([person.home] + staying.map(\.home))
            if homes.count < policy.minHomeDepartments {
                found.append(
                    "the team would come from \(homes.count) home department(s), \(policy.minHomeDepartments) needed"
                )
            }
            if found.isEmpty, let committed {
                let entry = DaySoFar.Replacement(
                    draw: String(draw.id), department: team.department, outgoing: seat, incoming: id,
                    reason: reason, at: "now")
                let prefix = "replacements[\(earlier.count)]"
                found += verifyReplacements(earlier + [entry], of: original, roster: committed, policy: policy)
                    .filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count + 2)) }
            }
            return found
        }
        return SeatCheck(people: people, problems: problems)
    }
}
