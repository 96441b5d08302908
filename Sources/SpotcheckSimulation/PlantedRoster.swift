public import SpotcheckCore

/// Tight rosters with a planted staffing: a valid staffing of the chosen targets is built first
/// and its members protected from every conflict; everyone else is added with only a thin margin
/// of the scarce resources (leads, skill holders), dense former-department lists and declared
/// conflicts. The targets are staffable together, but only just.
///
/// Variants break the planted staffing in a known way, each provable by one blocker:
/// - `leadUnavailable`: two targets share exactly two possible leads; one of them is away on the
///   date (`leads-exhausted` over the two targets).
/// - `skillRecused`: every holder of a target's scarce skill is recused from it (`no-skill`).
/// - `reciprocalDeadlock`: the only possible leads of two targets each come from the other
///   target, which every counting and flow check accepts (`reciprocal`).
public struct PlantedRoster: Sendable {
    public enum Variant: String, Sendable, CaseIterable {
        case feasible
        case leadUnavailable = "lead-unavailable"
        case skillRecused = "skill-recused"
        case reciprocalDeadlock = "reciprocal-deadlock"

        /// The blocker code that proves the variant infeasible; nil for the feasible roster.
        public var expectedBlocker: String? {
            switch self {
            case .feasible: nil
            case .leadUnavailable: "leads-exhausted"
            case .skillRecused: "no-skill"
            case .reciprocalDeadlock: "reciprocal"
            }
        }
    }

    public var departments: Int
    public var inspectors: Int
    public var targets: Int
    public var teamSize = 3
    /// Extra leads and skill holders beyond the demand of the targets, in percent.
    public var marginPercent = 5
    /// Share of inspectors with 5–9 former departments (half of them targets), in percent.
    public var denseFormerPercent = 30
    /// Declared conflicts per 100 inspectors.
    public var conflictsPer100 = 20
    public var today: Day = Day(year: 2026, month: 12, day: 1)!
    public var pool = "main"

    public init(departments: Int, inspectors: Int, targets: Int) {
        self.departments = departments
        self.inspectors = inspectors
        self.targets = targets
    }

    /// The policy the roster is tight for: lead required, two home departments, reciprocal ban.
    public var policy: Policy {
        Policy(
            targetsPerDraw: targets, teamSize: teamSize, leadRequired: true, minHomeDepartments: 2,
            formerDepartmentWindowDays: 730, rotationWindowDays: 180, cooldownDays: 30, reciprocalBan: true)
    }

    public struct Instance: Sendable {
        public var roster: Roster
        /// The planted targets, in the order a targeted draw names them.
        public var targets: [String]
        /// The planted staffing (lead first), for checks; nil entries never happen.
        public var planted: [String: [String]]
    }

    static let skills: [(name: String, required: Int)] = [("finance", 20), ("law", 10), ("engineering", 5)]

    public func make(seed: UInt64, variant: Variant = .feasible) -> Instance {
        precondition(departments >= targets + 4 && inspectors >= targets * teamSize * 2 && targets >= 4)
        var random = SplitMix64(seed: seed)
        func below(_ n: Int) -> Int { Int.random(in: 0..<n, using: &random) }
        func percent(_ p: Int) -> Bool { below(100) < p }
        let width = String(max(departments, inspectors)).count
        func id(_ prefix: String, _ number: Int) -> String {
            let digits = String(number)
            return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let departmentIDs = (1...departments).map { id("d", $0) }

        // Departments and their required skills.
        var required = [[String]](repeating: [], count: departments)
        for index in 0..<departments {
            required[index] = Self.skills.filter { percent($0.required) }.map(\.name)
        }
        var order = Array(0..<departments)
        order.shuffle(using: &random)
        let targetIndices = Array(order.prefix(targets))
        let isTarget = Set(targetIndices)
        let nonTargets = order.dropFirst(targets).map { $0 }
        // Special targets: a, b share two leads; c, d are the reciprocal pair; e needs the scarce skill.
        let (pairA, pairB, recA, recB) = (targetIndices[0], targetIndices[1], targetIndices[2], targetIndices[3])
        let scarceTarget = targetIndices[targets > 4 ? 4 : 0]
        if !required[scarceTarget].contains("engineering") { required[scarceTarget].append("engineering") }

        struct Person {
            var home: Int
            var lead = false
            var skills: Set<String> = []
            var former: [Int] = []
            var unavailable = false
            var cap = 1
            var protected: Int?  // the planted target
        }
        var people: [Person] = []
        var planted: [Int: [Int]] = [:]  // target → person indices

        // The planted staffing: homes outside the targets, distinct within a team.
        for target in targetIndices {
            var homes = Set<Int>()
            var team: [Int] = []
            for seat in 0..<teamSize {
                var home = nonTargets[below(nonTargets.count)]
                while homes.contains(home) { home = nonTargets[below(nonTargets.count)] }
                homes.insert(home)
                var person = Person(home: home, protected: target)
                person.lead = seat == 0
                team.append(people.count)
                people.append(person)
            }
            // Required skills spread over the team.
            for (offset, skill) in required[target].enumerated() {
                people[team[offset % teamSize]].skills.insert(skill)
            }
            planted[target] = team
        }

        // Thin margins of leads and of each skill's holders.
        let margin = { (demand: Int) in demand * marginPercent / 100 + 2 }
        let extraLeads = margin(targets)
        var extras: [Person] = []
        for _ in 0..<extraLeads {
            var person = Person(home: below(departments))
            person.lead = true
            person.unavailable = percent(20)
            extras.append(person)
        }
        for skill in Self.skills {
            let demand = targetIndices.filter { required[$0].contains(skill.name) }.count
            for _ in 0..<margin(demand) {
                var person = Person(home: below(departments))
                person.skills.insert(skill.name)
                person.unavailable = percent(20)
                extras.append(person)
            }
        }
        let plainCount = max(0, inspectors - people.count - extras.count)
        for _ in 0..<plainCount {
            var person = Person(home: below(departments))
            person.cap = percent(10) ? 2 : 1
            extras.append(person)
        }
        people += extras

        // Dense former-department lists (half of them targets), never a planted member's target.
        for index in people.indices where percent(denseFormerPercent) {
            var former = Set<Int>()
            for _ in 0..<(5 + below(5)) {
                let department = percent(50) ? targetIndices[below(targets)] : below(departments)
                if department != people[index].home, department != people[index].protected {
                    former.insert(department)
                }
            }
            people[index].former = former.sorted()
        }

        var conflicts: [(Int, Int)] = []
        for _ in 0..<(inspectors * conflictsPer100 / 100) {
            let person = below(people.count)
            let department = percent(50) ? targetIndices[below(targets)] : below(departments)
            if people[person].protected != department { conflicts.append((person, department)) }
        }

        // The special targets: no lead but the planted ones may serve them.
        for index in people.indices where people[index].lead {
            for special in [pairA, pairB, recA, recB] where people[index].protected != special {
                if !(special == pairA && people[index].protected == pairB)
                    && !(special == pairB && people[index].protected == pairA)
                {
                    conflicts.append((index, special))
                }
            }
        }
        let leadA = planted[pairA]![0]
        let leadB = planted[pairB]![0]
        // The two leads of the pair serve both targets.
        conflicts.removeAll { ($0 == (leadA, pairB)) || ($0 == (leadB, pairA)) }
        people[leadA].former.removeAll { $0 == pairB }
        people[leadB].former.removeAll { $0 == pairA }
        let leadC = planted[recA]![0]
        let leadD = planted[recB]![0]

        switch variant {
        case .feasible:
            break
        case .leadUnavailable:
            people[leadA].unavailable = true
        case .skillRecused:
            for index in people.indices where people[index].skills.contains("engineering") {
                conflicts.append((index, scarceTarget))
            }
        case .reciprocalDeadlock:
            people[leadC].home = recB
            people[leadD].home = recA
        }

        // Shuffle so that planted members are not recognisable by position.
        var positions = Array(people.indices)
        positions.shuffle(using: &random)
        var number = [Int](repeating: 0, count: people.count)
        for (rank, person) in positions.enumerated() { number[person] = rank + 1 }

        var conflictsByPerson: [Int: Set<Int>] = [:]
        for (person, department) in conflicts { conflictsByPerson[person, default: []].insert(department) }
        var inspectorList: [Inspector] = []
        for person in positions {
            let p = people[person]
            inspectorList.append(
                Inspector(
                    id: id("i", number[person]), name: "检查员\(number[person])", login: "insp\(number[person])",
                    home: departmentIDs[p.home],
                    former: p.former.map {
                        FormerPost(department: departmentIDs[$0], left: today.adding(days: -(30 + (($0 * 7) % 300))))
                    },
                    skills: p.skills.sorted(), canLead: p.lead, unavailable: p.unavailable ? [today] : [],
                    dailyCap: p.cap))
        }
        var conflictList: [Conflict] = []
        for person in conflictsByPerson.keys.sorted() {
            for department in conflictsByPerson[person]!.sorted() where department != people[person].home {
                conflictList.append(
                    Conflict(inspector: id("i", number[person]), department: departmentIDs[department], reason: "亲属任职"))
            }
        }
        let departmentList = (0..<departments).map { index in
            Department(
                id: departmentIDs[index], name: "单位\(index + 1)", weight: isTarget.contains(index) ? 10 : 1,
                requiredSkills: required[index], pools: [pool])
        }
        var plantedIDs: [String: [String]] = [:]
        for (target, team) in planted {
            plantedIDs[departmentIDs[target]] = team.map { id("i", number[$0]) }
        }
        return Instance(
            roster: Roster(departments: departmentList, inspectors: inspectorList, conflicts: conflictList),
            targets: targetIndices.map { departmentIDs[$0] }, planted: plantedIDs)
    }
}
