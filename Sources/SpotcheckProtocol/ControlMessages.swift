/// The parameters and replies of `io.spotcheck` (io.spotcheck.varlink), shared by the daemon
/// and the command line. Keys are snake_case on the wire (`Varlink.encode`).
public enum ControlMessages {
    public struct Pool: Codable, Sendable {
        public var name: String
        public var departments: Int
        public var targetsPerDay: Int
        public var drawTime: String
        public var revealTime: String
        public var dayEnd: String
        /// The pool policy's weights, for showing a department's effective weight.
        public var weights: PoolWeights?

        public init(
            name: String, departments: Int, targetsPerDay: Int, drawTime: String, revealTime: String, dayEnd: String,
            weights: PoolWeights? = nil
        ) {
            self.name = name
            self.departments = departments
            self.targetsPerDay = targetsPerDay
            self.drawTime = drawTime
            self.revealTime = revealTime
            self.dayEnd = dayEnd
            self.weights = weights
        }
    }

    public struct RosterSummary: Codable, Sendable {
        public var departments: Int
        public var inspectors: Int
        public var snapshotSha256: String
        public var loadedAt: String

        public init(departments: Int, inspectors: Int, snapshotSha256: String, loadedAt: String) {
            self.departments = departments
            self.inspectors = inspectors
            self.snapshotSha256 = snapshotSha256
            self.loadedAt = loadedAt
        }
    }

    public struct DrawSummary: Codable, Sendable {
        public var id: Int64
        public var pool: String
        public var date: String
        public var state: String
        public var teams: Int?
        public var revealed: Bool
        public var published: Bool

        public init(
            id: Int64, pool: String, date: String, state: String, teams: Int? = nil, revealed: Bool, published: Bool
        ) {
            self.id = id
            self.pool = pool
            self.date = date
            self.state = state
            self.teams = teams
            self.revealed = revealed
            self.published = published
        }
    }

    public struct Status: Codable, Sendable {
        public var version: String
        public var next: String?
        public var pools: [Pool]
        public var roster: RosterSummary?
        public var lastDraw: DrawSummary?
        /// The daemon's time zone (IANA name) and today's date in it.
        public var timeZone: String?
        public var today: String?
        /// Coordinators and auditors: members withheld from today's revealed teams.
        public var withheld: [WithheldMember]?

        public init(
            version: String, next: String? = nil, pools: [Pool], roster: RosterSummary? = nil,
            lastDraw: DrawSummary? = nil, timeZone: String? = nil, today: String? = nil,
            withheld: [WithheldMember]? = nil
        ) {
            self.version = version
            self.next = next
            self.pools = pools
            self.roster = roster
            self.lastDraw = lastDraw
            self.timeZone = timeZone
            self.today = today
            self.withheld = withheld
        }
    }

    /// A member withheld from a team of a revealed draw: the roster forbids them since the draw
    /// and nobody could take the place.
    public struct WithheldMember: Codable, Sendable, Equatable {
        public var drawId: Int64
        public var pool: String
        public var department: String
        public var inspector: String

        public init(drawId: Int64, pool: String, department: String, inspector: String) {
            self.drawId = drawId
            self.pool = pool
            self.department = department
            self.inspector = inspector
        }
    }

    public struct StatusReply: Codable, Sendable {
        public var status: Status

        public init(status: Status) {
            self.status = status
        }
    }

    /// A team member, as in task files.
    public typealias Member = TaskFile.Member

    public struct Assignment: Codable, Sendable {
        public var drawId: Int64
        public var pool: String
        public var targetId: String
        public var targetName: String
        public var role: String
        public var team: [Member]
        public var reportTime: String

        public init(
            drawId: Int64, pool: String, targetId: String, targetName: String, role: String, team: [Member],
            reportTime: String
        ) {
            self.drawId = drawId
            self.pool = pool
            self.targetId = targetId
            self.targetName = targetName
            self.role = role
            self.team = team
            self.reportTime = reportTime
        }
    }

    public struct TodayParameters: Codable, Sendable {
        public var date: String?

        public init(date: String? = nil) {
            self.date = date
        }
    }

    public struct TodayReply: Codable, Sendable {
        public var date: String
        public var login: String
        public var assignments: [Assignment]

        public init(date: String, login: String, assignments: [Assignment]) {
            self.date = date
            self.login = login
            self.assignments = assignments
        }
    }

    public struct WhyParameters: Codable, Sendable {
        public var inspector: String
        public var department: String
        public var date: String?

        public init(inspector: String, department: String, date: String? = nil) {
            self.inspector = inspector
            self.department = department
            self.date = date
        }
    }

    public struct Reason: Codable, Sendable {
        public var code: String
        public var message: String

        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }

    public struct WhyReply: Codable, Sendable {
        public var eligible: Bool
        public var reasons: [Reason]
        /// `lead` or `member` when the inspector is on the date's revealed team for the department.
        public var teamRole: String?

        public init(eligible: Bool, reasons: [Reason], teamRole: String? = nil) {
            self.eligible = eligible
            self.reasons = reasons
            self.teamRole = teamRole
        }
    }

    public struct RecordParameters: Codable, Sendable {
        public var pool: String
        public var date: String
        /// Any draw of the pool and day, ordered ones too; the scheduled draw when absent.
        public var drawId: Int64?

        public init(pool: String, date: String, drawId: Int64? = nil) {
            self.pool = pool
            self.date = date
            self.drawId = drawId
        }
    }

    public struct RecordReply: Codable, Sendable {
        public var record: String
        public var recordSha256: String
        public var seed: String?

        public init(record: String, recordSha256: String, seed: String? = nil) {
            self.record = record
            self.recordSha256 = recordSha256
            self.seed = seed
        }
    }

    public struct ChainLink: Codable, Sendable {
        public var drawId: Int64
        public var problem: String

        public init(drawId: Int64, problem: String) {
            self.drawId = drawId
            self.problem = problem
        }
    }

    public struct ChainReply: Codable, Sendable {
        public var checked: Int
        public var broken: ChainLink?

        public init(checked: Int, broken: ChainLink? = nil) {
            self.checked = checked
            self.broken = broken
        }
    }

    public struct Files: Codable, Sendable {
        public var departments: String
        public var inspectors: String
        public var conflicts: String
        public var history: String

        public init(departments: String, inspectors: String, conflicts: String, history: String) {
            self.departments = departments
            self.inspectors = inspectors
            self.conflicts = conflicts
            self.history = history
        }
    }

    public struct ExportReply: Codable, Sendable {
        public var files: Files
        public var snapshotSha256: String
        /// Covers every field of the files, contacts included (the snapshot leaves them out).
        public var rosterSha256: String?

        public init(files: Files, snapshotSha256: String, rosterSha256: String? = nil) {
            self.files = files
            self.snapshotSha256 = snapshotSha256
            self.rosterSha256 = rosterSha256
        }
    }

    public struct ImportParameters: Codable, Sendable {
        public var files: Files
        public var baseSha256: String?
        public var dryRun: Bool
        /// The `roster_sha256` of the export the files were made from.
        public var baseRosterSha256: String?

        public init(files: Files, baseSha256: String? = nil, dryRun: Bool, baseRosterSha256: String? = nil) {
            self.files = files
            self.baseSha256 = baseSha256
            self.dryRun = dryRun
            self.baseRosterSha256 = baseRosterSha256
        }
    }

    public struct Change: Codable, Sendable {
        public var kind: String
        public var id: String
        public var action: String
        public var before: String?
        public var after: String?

        public init(kind: String, id: String, action: String, before: String? = nil, after: String? = nil) {
            self.kind = kind
            self.id = id
            self.action = action
            self.before = before
            self.after = after
        }
    }

    public struct ImportReply: Codable, Sendable {
        public var changes: [Change]
        public var snapshotSha256: String
        public var applied: Bool

        public init(changes: [Change], snapshotSha256: String, applied: Bool) {
            self.changes = changes
            self.snapshotSha256 = snapshotSha256
            self.applied = applied
        }
    }

    public struct Problem: Codable, Sendable {
        public var file: String
        public var line: Int
        public var column: Int?
        public var field: String?
        public var message: String

        public init(file: String, line: Int, column: Int? = nil, field: String? = nil, message: String) {
            self.file = file
            self.line = line
            self.column = column
            self.field = field
            self.message = message
        }
    }

    public struct Rejected: Codable, Sendable {
        public var problems: [Problem]

        public init(problems: [Problem]) {
            self.problems = problems
        }
    }

    public struct OrderParameters: Codable, Sendable {
        public var pool: String
        public var departments: [String]
        public var reason: String
        /// `open` or `covert`; the pool's mode when nil.
        public var visit: String?
        /// The order's public category: `complaint`, `leadership` or `other` (when nil).
        public var category: String?

        public init(
            pool: String, departments: [String], reason: String, visit: String? = nil, category: String? = nil
        ) {
            self.pool = pool
            self.departments = departments
            self.reason = reason
            self.visit = visit
            self.category = category
        }
    }

    public struct OrderedTeam: Codable, Sendable {
        public var department: String
        public var staffed: Bool
        public var reason: String?
        public var team: [Member]

        public init(department: String, staffed: Bool, reason: String? = nil, team: [Member]) {
            self.department = department
            self.staffed = staffed
            self.reason = reason
            self.team = team
        }
    }

    public struct OrderReply: Codable, Sendable {
        public var drawId: Int64
        public var teams: [OrderedTeam]

        public init(drawId: Int64, teams: [OrderedTeam]) {
            self.drawId = drawId
            self.teams = teams
        }
    }

    public struct ReplaceParameters: Codable, Sendable {
        public var drawId: Int64
        public var inspector: String
        public var with: String?
        public var reason: String
        /// The team (its department) the inspector leaves, when they are on more than one.
        public var department: String?

        public init(drawId: Int64, inspector: String, with: String? = nil, reason: String, department: String? = nil) {
            self.drawId = drawId
            self.inspector = inspector
            self.with = with
            self.reason = reason
            self.department = department
        }
    }

    public struct ReplaceReply: Codable, Sendable {
        public var department: String
        public var replacedBy: String
        public var role: String
        /// When the newcomer reports, and when the rest of the team does (they differ when the
        /// pool's notice, counted from the replacement, runs past the team's report time).
        public var reportTime: String?
        public var teamReportTime: String?

        public init(
            department: String, replacedBy: String, role: String, reportTime: String? = nil,
            teamReportTime: String? = nil
        ) {
            self.department = department
            self.replacedBy = replacedBy
            self.role = role
            self.reportTime = reportTime
            self.teamReportTime = teamReportTime
        }
    }

    public struct InterfaceParameters: Codable, Sendable {
        public var interface: String

        public init(interface: String) {
            self.interface = interface
        }
    }

    public struct InterfaceReply: Codable, Sendable {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }
}
