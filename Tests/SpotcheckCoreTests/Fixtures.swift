@testable import SpotcheckCore

/// Small hand-made rosters and seeds for the core tests.
enum Fixture {
    static let date = Day(year: 2026, month: 12, day: 1)!

    static func seed(_ number: Int) -> Seed {
        var bytes = [UInt8](repeating: 0, count: 32)
        var value = UInt64(number)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: value)
            value >>= 8
        }
        bytes[31] = 0xA5
        return Seed(bytes: bytes)!
    }

    static func department(
        _ id: String, weight: Int? = 1, skills: [String] = [], pools: [String] = ["p"]
    )
        -> Department
    {
        Department(id: id, name: "Dept \(id)", weight: weight, requiredSkills: skills, pools: pools)
    }

    static func inspector(
        _ id: String, home: String, lead: Bool = true, skills: [String] = [], former: [FormerPost] = [],
        unavailable: [Day] = [], cap: Int = 1
    ) -> Inspector {
        Inspector(
            id: id, name: "Insp \(id)", login: "u\(id)", home: home, former: former, skills: skills, canLead: lead,
            unavailable: DaySet(unavailable), dailyCap: cap)
    }

    /// A policy with the given team shape and no windows, so that each test turns on only the rule
    /// it is about.
    static func policy(
        targets: Int = 1, size: Int = 1, lead: Bool = false, homes: Int = 1, reciprocal: Bool = false,
        former: Int = 0, rotation: Int = 0, cooldown: Int = 0
    ) -> Policy {
        Policy(
            targetsPerDraw: targets, teamSize: size, leadRequired: lead, minHomeDepartments: homes,
            formerDepartmentWindowDays: former, rotationWindowDays: rotation, cooldownDays: cooldown,
            reciprocalBan: reciprocal)
    }

    static func targeted(
        _ roster: Roster, _ policy: Policy, targets: [String], seed: Int = 1, date: Day = Fixture.date
    ) throws -> DrawRecord {
        try draw(
            DrawInput(
                roster: roster, policy: policy, date: date, pool: "p", seed: Self.seed(seed), fixedTargets: targets))
    }

    static func random(
        _ roster: Roster, _ policy: Policy, seed: Int = 1, date: Day = Fixture.date, pool: String = "p"
    )
        throws -> DrawRecord
    {
        try draw(DrawInput(roster: roster, policy: policy, date: date, pool: pool, seed: Self.seed(seed)))
    }
}

extension DrawRecord {
    func members(of department: String) -> [String]? {
        teams.first { $0.department == department }?.members.map(\.inspector)
    }

    func blocker(of department: String) -> Blocker? {
        picks.first { $0.department == department }?.blocker
    }
}
