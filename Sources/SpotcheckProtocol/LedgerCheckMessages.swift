extension LedgerMessages {
    /// A ledger draw's check (io.spotcheck.Ledger.varlink, type `Check`).
    public struct Check: Codable, Sendable, Equatable {
        /// `verification`, `recheck` or `honesty`.
        public var kind: String
        public var key: String
        public var finding: String?
        public var department: String
        public var drawId: Int64
        public var day: String
        public var lead: String?
        /// `passed`, `failed` or `not-carried-out`; nil until recorded.
        public var outcome: String?
        public var by: String?
        public var note: String?

        public init(
            kind: String, key: String, finding: String? = nil, department: String, drawId: Int64, day: String,
            lead: String? = nil, outcome: String? = nil, by: String? = nil, note: String? = nil
        ) {
            self.kind = kind
            self.key = key
            self.finding = finding
            self.department = department
            self.drawId = drawId
            self.day = day
            self.lead = lead
            self.outcome = outcome
            self.by = by
            self.note = note
        }
    }

    public struct RecordCheckParameters: Codable, Sendable, Equatable {
        public var drawId: Int64
        public var department: String
        public var finding: String?
        public var outcome: String
        public var note: String

        public init(drawId: Int64, department: String, finding: String? = nil, outcome: String, note: String) {
            self.drawId = drawId
            self.department = department
            self.finding = finding
            self.outcome = outcome
            self.note = note
        }
    }

    public struct ListChecksParameters: Codable, Sendable, Equatable {
        public var kind: String?

        public init(kind: String? = nil) {
            self.kind = kind
        }
    }

    public struct ChecksReply: Codable, Sendable, Equatable {
        public var checks: [Check]

        public init(checks: [Check]) {
            self.checks = checks
        }
    }
}
