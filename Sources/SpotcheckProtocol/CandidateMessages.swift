extension ControlMessages {
    /// `Candidates`: who may inspect a department on a date.
    public struct CandidatesParameters: Codable, Sendable {
        public var department: String
        /// YYYY-MM-DD; the daemon's today when absent.
        public var date: String?

        public init(department: String, date: String? = nil) {
            self.department = department
            self.date = date
        }
    }

    /// An inspector who may inspect the department.
    public struct Candidate: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var home: String
        public var canLead: Bool
        public var skills: [String]

        public init(id: String, name: String, home: String, canLead: Bool, skills: [String]) {
            self.id = id
            self.name = name
            self.home = home
            self.canLead = canLead
            self.skills = skills
        }
    }

    public struct CandidatesReply: Codable, Sendable, Equatable {
        /// The day asked about (the daemon's today when none was given).
        public var date: String
        /// How many inspectors the roster has.
        public var inspectors: Int
        public var candidates: [Candidate]

        public init(date: String, inspectors: Int, candidates: [Candidate]) {
            self.date = date
            self.inspectors = inspectors
            self.candidates = candidates
        }
    }

    /// `CancelOrder`: call off an ordered inspection.
    public struct CancelParameters: Codable, Sendable {
        public var drawId: Int64
        public var reason: String

        public init(drawId: Int64, reason: String) {
            self.drawId = drawId
            self.reason = reason
        }
    }

    public struct CancelReply: Codable, Sendable, Equatable {
        public var drawId: Int64
        /// The departments whose inspection is called off.
        public var departments: [String]
        /// How many assignments were withdrawn.
        public var withdrawn: Int

        public init(drawId: Int64, departments: [String], withdrawn: Int) {
            self.drawId = drawId
            self.departments = departments
            self.withdrawn = withdrawn
        }
    }
}
