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
    /// For each department, the inspectors the static rules keep away and why: `excluded[d].keys`
    /// and `excluded[d][inspector]`, as a dictionary per department would answer.
    let excluded: ExclusionIndex
    /// Last day each department was inspected, from the history.
    let lastInspected: [Day?]
    /// The most required skills one inspector holds.
    let maxSkillsPerInspector: Int

    /// - Parameter dayReciprocal: whether the reciprocal ban reaches the day so far (`DayReciprocal`).
    init(roster: Roster, policy: Policy, date: Day, dayReciprocal: Bool = false) throws(DrawError) {
        self.date = date
        self.policy = policy
        let departments = sortedByID(roster.departments)
        self.departments = departments
        var departmentIndex: [String: Int] = [:]
        departmentIndex.reserveCapacity(departments.count)
        for index in departments.indices {
            guard departmentIndex.updateValue(index, forKey: departments[index].id) == nil else {
                throw .duplicateDepartment(departments[index].id)
            }
        }
        self.departmentIndex = departmentIndex
        let inspectors = sortedByID(roster.inspectors)
        self.inspectors = inspectors
        var inspectorIndex: [String: Int] = [:]
        inspectorIndex.reserveCapacity(inspectors.count)
        for index in inspectors.indices {
            guard inspectorIndex.updateValue(index, forKey: inspectors[index].id) == nil else {
                throw .duplicateInspector(inspectors[index].id)
            }
        }
        self.inspectorIndex = inspectorIndex

        // The composition rule enters as group skills every department requires (Composition.swift).
        let composition = policy.composition ?? Composition()
        let groupSkills = composition.memberFrom.map(Composition.skillName)
        var skillSet = Set(groupSkills)
        for department in departments { skillSet.formUnion(department.requiredSkills) }
        let skillNames = skillSet.sorted(by: idLess)
        guard skillNames.count <= 64 else { throw .tooManySkills(skillNames.count) }
        self.skillNames = skillNames
        var skillBit: [String: Int] = [:]
        for (bit, name) in skillNames.enumerated() { skillBit[name] = bit }
        self.skillBit = skillBit
        func mask(_ skills: [String]) -> UInt64 {
            var mask: UInt64 = 0
            for name in skills {
                if let bit = skillBit[name] { mask |= 1 << UInt64(bit) }
            }
            return mask
        }
        let groupMask = mask(groupSkills)
        self.requiredMask = departments.map { mask($0.requiredSkills) | groupMask }
        let hasGroups = !composition.memberFrom.isEmpty
        let leadRule = !composition.leadFrom.isEmpty
        let formerWindow = policy.formerDepartmentWindowDays - 1
        let count = inspectors.count
        // One pass over the inspectors: each one's fields are read in place, not copied out.
        var skillMask = [UInt64](repeating: 0, count: count)
        var canLead = [Bool](repeating: false, count: count)
        var home = [Int](repeating: -1, count: count)
        // Every static reason, as (department, inspector, reason): own department and former
        // departments by inspector, declared conflicts, then rotations (ExclusionIndex orders them).
        var pairs: [(department: Int32, inspector: Int32, code: ExclusionIndex.Code)] = []
        pairs.reserveCapacity(count * 2 + roster.conflicts.count + roster.history.count)
        inspectors.withUnsafeBufferPointer { inspectors in
            for index in 0..<count {
                // Inspectors hold no skill no department requires: most masks are empty at once.
                var own: UInt64 = 0
                if !skillBit.isEmpty, !inspectors[index].skills.isEmpty { own = mask(inspectors[index].skills) }
                if hasGroups { own |= mask(composition.skills(home: inspectors[index].home)) }
                skillMask[index] = own
                canLead[index] =
                    inspectors[index].canLead && (!leadRule || composition.allowsLead(home: inspectors[index].home))
                let homeIndex = departmentIndex[inspectors[index].home] ?? -1
                home[index] = homeIndex
                if homeIndex >= 0 {
                    pairs.append((Int32(homeIndex), Int32(index), .init(kind: .ownDepartment, value: 0)))
                }
                for post in inspectors[index].former {
                    let until = post.left.adding(days: formerWindow)
                    guard date <= until, let department = departmentIndex[post.department] else { continue }
                    pairs.append(
                        (Int32(department), Int32(index), .init(kind: .formerDepartment, value: until.ordinal)))
                }
            }
        }
        self.skillMask = skillMask
        self.maxSkillsPerInspector = skillMask.reduce(0) { max($0, $1.nonzeroBitCount) }
        self.canLead = canLead
        self.home = home

        for (position, conflict) in roster.conflicts.enumerated() {
            if let until = conflict.until, until < date { continue }
            guard let inspector = inspectorIndex[conflict.inspector],
                let department = departmentIndex[conflict.department]
            else { continue }
            pairs.append((Int32(department), Int32(inspector), .init(kind: .declaredConflict, value: position)))
        }

        // The history: this date's load, each department's last inspection, and rotations (a
        // pair visited several times keeps its latest, ExclusionIndex).
        var sameDay = [Int](repeating: 0, count: inspectors.count)
        var lastInspected = [Day?](repeating: nil, count: departments.count)
        for entry in roster.history where entry.date <= date {
            guard let inspector = inspectorIndex[entry.inspector] else { continue }
            guard let department = departmentIndex[entry.department] else { continue }
            if entry.date == date {
                sameDay[inspector] += 1
                continue
            }
            if let last = lastInspected[department], last >= entry.date {
            } else {
                lastInspected[department] = entry.date
            }
            let until = entry.date.adding(days: policy.rotationWindowDays - 1)
            if date <= until {
                pairs.append((Int32(department), Int32(inspector), .init(kind: .rotation, value: until.ordinal)))
            }
        }
        self.lastInspected = lastInspected
        if dayReciprocal, policy.reciprocalBan {
            pairs += DayReciprocal.pairs(
                history: roster.history, date: date, home: home, inspectorIndex: inspectorIndex,
                departmentIndex: departmentIndex)
        }

        var personal = [Exclusion?](repeating: nil, count: inspectors.count)
        var capacity = [Int](repeating: 0, count: inspectors.count)
        inspectors.withUnsafeBufferPointer { inspectors in
            for index in 0..<count {
                let cap = inspectors[index].dailyCap
                if !inspectors[index].active {
                    personal[index] = .retired
                } else if !inspectors[index].unavailable.isEmpty, inspectors[index].unavailable.contains(date) {
                    personal[index] = .unavailable
                } else if sameDay[index] >= cap {
                    personal[index] = .dailyCap(cap: cap)
                } else {
                    capacity[index] = cap - sameDay[index]
                }
            }
        }
        self.personal = personal
        self.capacity = capacity
        self.excluded = ExclusionIndex(
            departments: departments.count, pairs: pairs, conflicts: roster.conflicts,
            departmentIDs: departments.map(\.id))
    }

    /// The weight a department is drawn with.
    func weight(_ department: Int) -> Int {
        policy.weight(of: departments[department])
    }

    /// The static reasons (every rule but the reciprocal ban and this round's load) that keep an
    /// inspector from a department, in a fixed order.
    func reasons(inspector: Int, department: Int) -> [Exclusion] {
        var reasons = excluded.reasons(department: department, inspector: inspector) ?? []
        if let personal = personal[inspector] { reasons.append(personal) }
        return reasons
    }

    /// Whether no static rule keeps the inspector from the department and they have capacity.
    @inline(__always)
    func isEligible(_ inspector: Int, for department: Int) -> Bool {
        capacity[inspector] > 0 && !excluded.contains(department: department, inspector: inspector)
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
    case unknownAlgorithm(String)

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
        case .unknownAlgorithm(let name):
            "algorithm '\(name)' is not one this build draws (\(DrawRecord.knownAlgorithms.sorted().joined(separator: ", ")))"
        }
    }
}
