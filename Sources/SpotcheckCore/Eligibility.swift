/// Answers "why can't inspector I go to department D on date X" and "who could".
public struct Eligibility: Sendable {
    let context: DrawContext
    let round: [DrawRecord.Team]

    /// - Parameter round: the teams already made for the date, when the question is asked about
    ///   a drawn round: they add the reciprocal ban and this round's daily load.
    public init(roster: Roster, policy: Policy, date: Day, round: [DrawRecord.Team] = []) throws(DrawError) {
        self.context = try DrawContext(roster: roster, policy: policy, date: date)
        self.round = round
    }

    public enum Answer: Sendable, Hashable {
        case unknownInspector(String)
        case unknownDepartment(String)
        /// The inspector may inspect the department.
        case eligible
        /// Every rule that keeps the inspector away, in a fixed order.
        case excluded([Exclusion])
    }

    public func why(inspector: String, department: String) -> Answer {
        guard let person = context.inspectorIndex[inspector] else { return .unknownInspector(inspector) }
        guard let target = context.departmentIndex[department] else { return .unknownDepartment(department) }
        let reasons = reasons(person, target)
        return reasons.isEmpty ? .eligible : .excluded(reasons)
    }

    /// The ids of the inspectors who may inspect the department, sorted; nil when it is unknown.
    public func whoCould(department: String) -> [String]? {
        guard let target = context.departmentIndex[department] else { return nil }
        return context.inspectors.indices.filter { reasons($0, target).isEmpty }.map { context.inspectors[$0].id }
    }

    private func reasons(_ inspector: Int, _ department: Int) -> [Exclusion] {
        var reasons = context.reasons(inspector: inspector, department: department)
        let person = context.inspectors[inspector]
        let departmentID = context.departments[department].id
        if context.policy.reciprocalBan {
            // Someone from `department` inspects the inspector's home in this round.
            let inspectsHome = round.contains { team in
                team.department == person.home && team.members.contains { $0.home == departmentID }
            }
            if inspectsHome { reasons.append(.reciprocal(with: departmentID)) }
        }
        let load = round.filter { team in team.members.contains { $0.inspector == person.id } }.count
        if context.capacity[inspector] > 0, load >= context.capacity[inspector],
            !round.contains(where: {
                $0.department == departmentID && $0.members.contains { $0.inspector == person.id }
            })
        {
            reasons.append(.dailyCap(cap: person.dailyCap))
        }
        return reasons
    }
}
