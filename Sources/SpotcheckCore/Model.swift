/// A power a department holds. The policy gives each a weight, so that key posts — those that
/// approve, enforce or allocate funds — are drawn more often.
public enum Power: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case approval
    case enforcement
    case fundAllocation = "fund-allocation"

    public static func < (lhs: Power, rhs: Power) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// A government department that can be inspected and whose staff can inspect others.
public struct Department: Sendable, Hashable, Codable {
    /// Stable identifier: ASCII letters, digits, `.`, `_` and `-`.
    public var id: String
    public var name: String
    /// Risk weight, a whole number ≥ 0 (0 = never drawn); `nil` takes the policy's default for
    /// the department's powers.
    public var weight: Int?
    public var powers: [Power]
    /// Skills the inspecting team must include.
    public var requiredSkills: [String]
    /// Names of the pools the department belongs to.
    public var pools: [String]
    /// Unix logins of the department's contacts for the problem ledger. They are not in the
    /// snapshot a draw commits to, nor in published rosters; an inspector who is one is recused
    /// from the department through a conflict line of its own (ContactConflicts.swift).
    public var contacts: [String]
    /// `false` once the department is closed: it is never drawn nor ordered, and its history is
    /// kept (the roster's optional `active` column).
    public var active: Bool
    /// Where the department is (the roster's optional `address` column), for task files and
    /// calendars; empty when not given. Plays no part in a draw (not in the snapshot).
    public var address: String

    public init(
        id: String, name: String, weight: Int? = nil, powers: [Power] = [], requiredSkills: [String] = [],
        pools: [String] = [], contacts: [String] = [], active: Bool = true, address: String = ""
    ) {
        self.id = id
        self.name = name
        self.weight = weight
        self.powers = powers
        self.requiredSkills = requiredSkills
        self.pools = pools
        self.contacts = contacts
        self.active = active
        self.address = address
    }
}

/// A department an inspector used to work in, and the day they left it.
public struct FormerPost: Sendable, Hashable, Codable {
    public var department: String
    public var left: Day

    public init(department: String, left: Day) {
        self.department = department
        self.left = left
    }
}

public struct Inspector: Sendable, Hashable, Codable {
    /// Stable identifier: ASCII letters, digits, `.`, `_` and `-`.
    public var id: String
    public var name: String
    /// The Unix login that reads this inspector's task files.
    public var login: String
    /// The department the inspector works in.
    public var home: String
    public var former: [FormerPost]
    public var skills: [String]
    public var canLead: Bool
    /// The days the inspector cannot inspect, as merged ranges.
    public var unavailable: DaySet
    /// How many inspections the inspector may join on one day.
    public var dailyCap: Int
    /// `false` once the inspector is retired: never staffed, history kept (the roster's optional
    /// `active` column).
    public var active: Bool

    public init(
        id: String, name: String, login: String, home: String, former: [FormerPost] = [], skills: [String] = [],
        canLead: Bool = false, unavailable: DaySet = [], dailyCap: Int = 1, active: Bool = true
    ) {
        self.id = id
        self.name = name
        self.login = login
        self.home = home
        self.former = former
        self.skills = skills
        self.canLead = canLead
        self.unavailable = unavailable
        self.dailyCap = dailyCap
        self.active = active
    }
}

/// A declared tie between an inspector and a department (kin, prior complaint, …).
public struct Conflict: Sendable, Hashable, Codable {
    public var inspector: String
    public var department: String
    /// The declared tie in words; personal, never published. Empty when only its hash is known.
    public var reason: String
    /// Last day the conflict applies; `nil` = for good.
    public var until: Day?
    /// SHA-256 (lowercase hex) of the reason's UTF-8 bytes, when the reason itself is withheld (a
    /// published roster carries this instead of the reason).
    public var reasonSHA256: String?

    public init(inspector: String, department: String, reason: String, until: Day? = nil, reasonSHA256: String? = nil) {
        self.inspector = inspector
        self.department = department
        self.reason = reason
        self.until = until
        self.reasonSHA256 = reasonSHA256
    }

    /// The hash the canonical text carries: the withheld reason's hash, or the reason's.
    public var reasonHash: String {
        reasonSHA256 ?? sha256Hex(Array(reason.utf8))
    }
}

/// A past assignment: the inspector inspected the department on the date.
public struct PastAssignment: Sendable, Hashable, Codable {
    public var date: Day
    public var inspector: String
    public var department: String

    public init(date: Day, inspector: String, department: String) {
        self.date = date
        self.inspector = inspector
        self.department = department
    }
}

/// Everything the draw reads about people and departments: one consistent snapshot.
public struct Roster: Sendable, Hashable {
    public var departments: [Department]
    public var inspectors: [Inspector]
    public var conflicts: [Conflict]
    public var history: [PastAssignment]
    /// The grammar of the canonical text: 2 (`spotcheck-snapshot/2`, a roster as loaded) or 3
    /// (`spotcheck-snapshot/3`, what a draw commits to and publishes, PublishedSnapshot.swift).
    public var snapshotGrammar = 2

    public init(
        departments: [Department], inspectors: [Inspector], conflicts: [Conflict] = [],
        history: [PastAssignment] = []
    ) {
        self.departments = departments
        self.inspectors = inspectors
        self.conflicts = conflicts
        self.history = history
    }

    /// Whether `id` is a valid identifier: 1–64 ASCII letters, digits, `.`, `_` or `-`.
    public static func isValidIdentifier(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 64 else { return false }
        return id.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }
}

/// Identifiers sort by their UTF-8 bytes, the order every implementation of the draw agrees on.
func idLess(_ lhs: String, _ rhs: String) -> Bool {
    var lhs = lhs
    var rhs = rhs
    return lhs.withUTF8 { a in
        rhs.withUTF8 { b in
            let count = min(a.count, b.count)
            var index = 0
            while index < count {
                if a[index] != b[index] { return a[index] < b[index] }
                index += 1
            }
            return a.count < b.count
        }
    }
}
