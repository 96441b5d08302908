extension ControlMessages {
    /// `GetHistory`: who inspected what, when. Every filter is optional.
    public struct HistoryParameters: Codable, Sendable {
        public var inspector: String?
        public var department: String?
        /// First and last day, YYYY-MM-DD, inclusive.
        public var from: String?
        public var to: String?

        public init(inspector: String? = nil, department: String? = nil, from: String? = nil, to: String? = nil) {
            self.inspector = inspector
            self.department = department
            self.from = from
            self.to = to
        }
    }

    /// One inspection of a department by an inspector on a day.
    public struct HistoryEntry: Codable, Sendable, Equatable {
        public var date: String
        public var inspector: String
        public var name: String
        public var department: String
        public var departmentName: String
        /// `roster` (history.csv) or `draw` (a revealed draw, replacements applied).
        public var source: String
        public var drawId: Int64?
        public var pool: String?
        /// `lead` or `member` (draws only).
        public var role: String?

        public init(
            date: String, inspector: String, name: String, department: String, departmentName: String,
            source: String, drawId: Int64? = nil, pool: String? = nil, role: String? = nil
        ) {
            self.date = date
            self.inspector = inspector
            self.name = name
            self.department = department
            self.departmentName = departmentName
            self.source = source
            self.drawId = drawId
            self.pool = pool
            self.role = role
        }
    }

    public struct HistoryReply: Codable, Sendable, Equatable {
        public var entries: [HistoryEntry]

        public init(entries: [HistoryEntry]) {
            self.entries = entries
        }
    }
}
