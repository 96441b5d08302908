extension ControlMessages {
    /// A pool policy's base weight and weight per power.
    public struct PoolWeights: Codable, Sendable, Equatable {
        public var base: Int
        public var approval: Int
        public var enforcement: Int
        public var fundAllocation: Int

        public init(base: Int, approval: Int, enforcement: Int, fundAllocation: Int) {
            self.base = base
            self.approval = approval
            self.enforcement = enforcement
            self.fundAllocation = fundAllocation
        }
    }

    public struct TeamsParameters: Codable, Sendable {
        /// The day, YYYY-MM-DD; today in the daemon's zone when absent.
        public var date: String?
        /// Only this pool's teams; every pool's when absent.
        public var pool: String?

        public init(date: String? = nil, pool: String? = nil) {
            self.date = date
            self.pool = pool
        }
    }

    /// A member of a team on the team sheet, with the name of their home department.
    public struct SheetMember: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var home: String
        public var homeName: String
        public var role: String
        /// True when a coordinator named this member in a replacement (hand-picked, not drawn).
        public var handPicked: Bool?

        public init(id: String, name: String, home: String, homeName: String, role: String, handPicked: Bool? = nil) {
            self.id = id
            self.name = name
            self.home = home
            self.homeName = homeName
            self.role = role
            self.handPicked = handPicked
        }
    }

    /// One team of the day: where, when, who, and why when it was ordered.
    public struct SheetTeam: Codable, Sendable, Equatable {
        public var drawId: Int64
        public var pool: String
        /// `scheduled` (drawn at random) or `ordered` (named by a coordinator).
        public var kind: String
        public var reason: String?
        public var department: String
        public var departmentName: String
        public var reportTime: String
        public var members: [SheetMember]

        public init(
            drawId: Int64, pool: String, kind: String, reason: String?, department: String, departmentName: String,
            reportTime: String, members: [SheetMember]
        ) {
            self.drawId = drawId
            self.pool = pool
            self.kind = kind
            self.reason = reason
            self.department = department
            self.departmentName = departmentName
            self.reportTime = reportTime
            self.members = members
        }
    }

    public struct TeamsReply: Codable, Sendable {
        public var date: String
        public var timeZone: String
        public var teams: [SheetTeam]

        public init(date: String, timeZone: String, teams: [SheetTeam]) {
            self.date = date
            self.timeZone = timeZone
            self.teams = teams
        }
    }
}
