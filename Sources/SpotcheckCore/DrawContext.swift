/// The roster indexed for one date and policy: dense integer ids, skill bit masks, and for every
/// department the inspectors the static recusal rules keep away from it. Built once per draw.
struct DrawContext: Sendable {
    let date: Day
    let policy: Policy
    let departments: [Department]  // sorted by id
    let departmentIndex: [String: Int]
    let inspectors: [Inspector]  // sorted by id
    let inspectorIndex: [String: Int]
    /// Home department index of each inspector (-1 when the home is unknown to the roster).
    let home: [Int]
    let skillMask: [UInt64]
    let canLead: [Bool]
    /// Inspections the inspector may still join on the date (0 when unavailable or capped).
    let capacity: [Int]
    /// Why an inspector is unavailable for every department on the date, if they are.
    let personal: [Exclusion?]
    let skillBit: [String: Int]
    let skillNames: [String]
    let requiredMask: [UInt64]
    /// For each department: inspector index → the static reasons that keep them away.
    let excluded: [[Int: [Exclusion]]]
    /// Last day each department was inspected, from the history.
    let lastInspected: [Day?]
    /// The most required skills one inspector holds.
    let maxSkillsPerInspector: Int

    init(roster: Roster, policy: Policy, date: Day) throws(DrawError) {
        self.date = date
        self.policy = policy
        let departments = roster.departments.sorted { idLess($0.id, $1.id) }
        self.departments = departments
        var departmentIndex: [String: Int] = [:]
        for (index, department) in departments.enumerated() {
            guard departmentIndex.updateValue(index, forKey: department.id) == nil else {
                throw .duplicateDepartment(department.id)
            }
        }
        self.departmentIndex = departmentIndex
        let inspectors = roster.inspectors.sorted { idLess($0.id, $1.id) }
        self.inspectors = inspectors
        var inspectorIndex: [String: Int] = [:]
        for (index, inspector) in inspectors.enumerated() {
            guard inspectorIndex.updateValue(index, forKey: inspector.id) == nil else {
                throw .duplicateInspector(inspector.id)
            }
        }
        self.inspectorIndex = inspectorIndex

        // The composition rule enters as group skills every department requires (Composition.swift).
        let composition = policy.composition ?? Composition()
        let groupSkills = composition.memberFrom.map(Composition.skillName)
        let skillNames = Set(departments.flatMap(\.requiredSkills) + groupSkills).sorted(by: idLess)
        guard skillNames.count <= 64 else { throw .tooManySkills(skillNames.count) }
        self.skillNames = skillNames
        var skillBit: [String: Int] = [:]
        for (bit, name) in skillNames.enumerated() { skillBit[name] = bit }
        self.skillBit = skillBit
        func mask(_ skills: [String]) -> UInt64 {
            skills.reduce(0) { acc, name in skillBit[name].map { acc | (1 << UInt64($0)) } ?? acc }
        }
        self.requiredMask = departments.map { mask($0.requiredSkills + groupSkills) }
        let skillMask = inspectors.map { mask($0.skills + composition.skills(home: $0.home)) }
        self.skillMask = skillMask
        self.maxSkillsPerInspector = skillMask.map(\.nonzeroBitCount).max() ?? 0
        self.canLead = inspectors.map { $0.canLead && composition.allowsLead(home: $0.home) }
        self.home = inspectors.map { departmentIndex[$0.home] ?? -1 }

        var sameDay = [Int](repeating: 0, count: inspectors.count)
        var lastInspected = [Day?](repeating: nil, count: departments.count)
        var lastVisit: [Int: [Int: Day]] = [:]  // department → inspector → last day
        for entry in roster.history where entry.date <= date {
            guard let inspector = inspectorIndex[entry.inspector] else { continue }
            guard let department = departmentIndex[entry.department] else { continue }
            if entry.date == date { sameDay[inspector] += 1 }
            if entry.date < date {
                if let last = lastInspected[department], last >= entry.date {
                } else {
                    lastInspected[department] = entry.date
                }
                if let last = lastVisit[department]?[inspector], last >= entry.date {
                } else {
                    lastVisit[department, default: [:]][inspector] = entry.date
                }
            }
        }
        self.lastInspected = lastInspected

        var personal = [Exclusion?](repeating: nil, count: inspectors.count)
        var capacity = [Int](repeating: 0, count: inspectors.count)
        for (index, inspector) in inspectors.enumerated() {
            if !inspector.active {
                personal[index] = .retired
            } else if inspector.unavailable.contains(date) {
                personal[index] = .unavailable
            } else if sameDay[index] >= inspector.dailyCap {
                personal[index] = .dailyCap(cap: inspector.dailyCap)
            } else {
                capacity[index] = inspector.dailyCap - sameDay[index]
            }
        }
        self.personal = personal
        self.capacity = capacity

        var excluded = [[Int: [Exclusion]]](repeating: [:], count: departments.count)
        for (index, inspector) in inspectors.enumerated() {
            if let department = departmentIndex[inspector.home] {
                excluded[department][index, default: []].append(.ownDepartment)
            }
            for post in inspector.former {
                guard let department = departmentIndex[post.department] else { continue }
                let until = post.left.adding(days: policy.formerDepartmentWindowDays - 1)
                if date <= until {
                    excluded[department][index, default: []].append(.formerDepartment(until: until))
                }
            }
        }
        for conflict in roster.conflicts {
            guard let inspector = inspectorIndex[conflict.inspector],
                let department = departmentIndex[conflict.department]
            else { continue }
            if let until = conflict.until, until < date { continue }
            excluded[department][inspector, default: []].append(.declaredConflict(reason: conflict.reason))
        }
        for (department, visits) in lastVisit {
            for (inspector, day) in visits {
                let until = day.adding(days: policy.rotationWindowDays - 1)
                if date <= until {
                    excluded[department][inspector, default: []].append(.rotation(until: until))
                }
            }
        }
        self.excluded = excluded
    }

    /// The weight a department is drawn with.
    func weight(_ department: Int) -> Int {
        policy.weight(of: departments[department])
    }

    /// The static reasons (every rule but the reciprocal ban and this round's load) that keep an
    /// inspector from a department, in a fixed order.
    func reasons(inspector: Int, department: Int) -> [Exclusion] {
        var reasons = excluded[department][inspector] ?? []
        if let personal = personal[inspector] { reasons.append(personal) }
        return reasons
    }

    /// Whether no static rule keeps the inspector from the department and they have capacity.
    @inline(__always)
    func isEligible(_ inspector: Int, for department: Int) -> Bool {
        capacity[inspector] > 0 && excluded[department][inspector] == nil
    }
}

/// Inputs a draw cannot work with. Each case names what to fix.
public enum DrawError: Error, Equatable, Sendable, CustomStringConvertible {
    case duplicateDepartment(String)
    case duplicateInspector(String)
    case tooManySkills(Int)
    case unknownTarget(String)
    case duplicateTarget(String)
    case invalidPolicy([String])
    case noTargets
    case hiddenSlot(String)
    case closedTarget(String)

    public var description: String {
        switch self {
        case .duplicateDepartment(let id): "department id '\(id)' appears more than once"
        case .duplicateInspector(let id): "inspector id '\(id)' appears more than once"
        case .tooManySkills(let count):
            "departments require \(count) distinct skills; a draw supports at most 64"
        case .unknownTarget(let id): "target '\(id)' is not a department of the roster"
        case .duplicateTarget(let id): "target '\(id)' is named more than once"
        case .invalidPolicy(let problems): "policy: " + problems.joined(separator: "; ")
        case .noTargets: "a targeted draw needs at least one target"
        case .hiddenSlot(let problem): "hidden slot: \(problem)"
        case .closedTarget(let id): "target '\(id)' is a closed department; reopen it to order an inspection"
        }
    }
}
