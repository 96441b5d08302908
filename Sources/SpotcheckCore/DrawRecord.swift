/// Everything a draw decided and everything needed to check it, except the seed itself, which is
/// revealed separately after the inspection day.
public struct DrawRecord: Sendable, Hashable, Codable {
    public static let currentAlgorithm = "spotcheck-draw/1"

    public enum Mode: String, Sendable, Hashable, Codable {
        /// Targets sampled by weight from the pool.
        case random
        /// Targets named by a coordinator; only the teams are drawn.
        case targeted
    }

    public var algorithm: String
    public var date: Day
    public var pool: String
    public var mode: Mode
    public var policy: Policy
    /// SHA-256 of the roster's canonical text.
    public var snapshotHash: String
    /// SHA-256 of the seed.
    public var seedCommitment: String
    /// Hash of the record before this one in the chain, if any.
    public var previousRecordHash: String?
    /// Departments that could be drawn (in the pool, weight > 0, not cooling down).
    public var eligibleDepartments: Int
    /// Their total weight.
    public var eligibleWeight: Int
    /// Every department considered, in sample order.
    public var picks: [Pick]
    /// The inspections: one team per target, in sample order.
    public var teams: [Team]
    /// How many targets the policy asked for that could not be filled.
    public var shortfall: Int

    public struct Pick: Sendable, Hashable, Codable {
        public enum Outcome: String, Sendable, Hashable, Codable {
            /// Drawn and staffed.
            case target
            /// Could not be staffed; the next department in sample order took its place.
            case replaced
            /// Named by a coordinator but could not be staffed.
            case unstaffed
        }

        /// 1-based position in sample order.
        public var order: Int
        public var department: String
        /// The department's weight when drawn (random draws).
        public var weight: Int?
        /// The total weight still undrawn at this pick; the ticket is uniform below it.
        public var remainingWeight: Int?
        /// The random value that chose the department.
        public var ticket: String?
        /// Which HMAC attempt produced the ticket (0 unless a value was rejected).
        public var attempt: Int?
        public var outcome: Outcome
        /// Why it could not be staffed.
        public var blocker: Blocker?
        /// The department that took its place.
        public var replacedBy: String?
    }

    public struct Team: Sendable, Hashable, Codable {
        public var department: String
        public var departmentName: String
        public var members: [Member]
    }

    public struct Member: Sendable, Hashable, Codable {
        public enum Role: String, Sendable, Hashable, Codable {
            case lead
            case member
        }

        public var inspector: String
        public var name: String
        public var home: String
        public var role: Role

        public init(inspector: String, name: String, home: String, role: Role) {
            self.inspector = inspector
            self.name = name
            self.home = home
            self.role = role
        }
    }

    /// The departments that received a team.
    public var targets: [String] { teams.map(\.department) }
}
