/// The parameters and replies of `io.spotcheck.Ledger` (io.spotcheck.Ledger.varlink), shared by
/// the daemon and the command line. Keys are snake_case on the wire (`Varlink.encode`).
public enum LedgerMessages {
    public static let interfaceName = "io.spotcheck.Ledger"

    /// A rectification measure.
    public struct Measure: Codable, Sendable, Equatable {
        public var number: Int
        public var text: String
        public var owner: String?
        public var due: String?
        public var state: String
        public var evidence: [String]

        public init(
            number: Int, text: String, owner: String? = nil, due: String? = nil, state: String, evidence: [String]
        ) {
            self.number = number
            self.text = text
            self.owner = owner
            self.due = due
            self.state = state
            self.evidence = evidence
        }
    }

    /// A finding as the caller sees it, with its status on the daemon's today.
    public struct Finding: Codable, Sendable, Equatable {
        public var id: String
        public var department: String
        public var source: String
        public var drawId: Int64?
        public var category: String?
        public var rules: [String]
        public var severity: String
        /// True while `severity` is a self-inspection finding's proposal that the office sets when
        /// confirming (`Finding.severityAwaitsOffice`); absent otherwise.
        public var severityProposed: Bool?
        public var facts: String
        public var finder: String
        public var found: String
        public var state: String
        public var due: String?
        public var status: String?
        public var overdueDays: Int?
        public var measures: [Measure]
        public var extensions: Int
        public var pendingExtension: String?
        public var dismissalProposedBy: String?
        public var recurrences: Int
        /// When the rectification was last submitted for verification (local time), and the due
        /// date in force then (a later submission was late); absent when never submitted.
        public var submitted: String?
        public var submittedDue: String?

        public init(
            id: String, department: String, source: String, drawId: Int64? = nil, category: String? = nil,
            rules: [String], severity: String, severityProposed: Bool? = nil, facts: String, finder: String,
            found: String, state: String, due: String? = nil, status: String? = nil, overdueDays: Int? = nil,
            measures: [Measure], extensions: Int, pendingExtension: String? = nil, dismissalProposedBy: String? = nil,
            recurrences: Int, submitted: String? = nil, submittedDue: String? = nil
        ) {
            self.id = id
            self.department = department
            self.source = source
            self.drawId = drawId
            self.category = category
            self.rules = rules
            self.severity = severity
            self.severityProposed = severityProposed
            self.facts = facts
            self.finder = finder
            self.found = found
            self.state = state
            self.due = due
            self.status = status
            self.overdueDays = overdueDays
            self.measures = measures
            self.extensions = extensions
            self.pendingExtension = pendingExtension
            self.dismissalProposedBy = dismissalProposedBy
            self.recurrences = recurrences
            self.submitted = submitted
            self.submittedDue = submittedDue
        }
    }

    /// One change of a finding: who, when, the state before and after.
    public struct HistoryEntry: Codable, Sendable, Equatable {
        public var action: String
        public var actor: String
        public var role: String
        public var at: String
        public var before: String?
        public var after: String
        public var detail: [String: String]

        public init(
            action: String, actor: String, role: String, at: String, before: String? = nil, after: String,
            detail: [String: String]
        ) {
            self.action = action
            self.actor = actor
            self.role = role
            self.at = at
            self.before = before
            self.after = after
            self.detail = detail
        }
    }

    public struct AddParameters: Codable, Sendable, Equatable {
        public var source: String
        public var department: String
        public var drawId: Int64?
        public var complaint: String?
        public var category: String?
        public var rules: [String]
        public var severity: String?
        public var facts: String

        public init(
            source: String, department: String, drawId: Int64? = nil, complaint: String? = nil, category: String? = nil,
            rules: [String] = [], severity: String? = nil, facts: String
        ) {
            self.source = source
            self.department = department
            self.drawId = drawId
            self.complaint = complaint
            self.category = category
            self.rules = rules
            self.severity = severity
            self.facts = facts
        }
    }

    public struct FindingReply: Codable, Sendable, Equatable {
        public var finding: Finding

        public init(finding: Finding) {
            self.finding = finding
        }
    }

    public struct ConfirmParameters: Codable, Sendable, Equatable {
        public var id: String
        public var category: String?
        public var rules: [String]?
        /// The severity the office sets (minor, serious, grave); required for a self-inspection
        /// finding whose proposed severity allows more than the shortest limit.
        public var severity: String?

        public init(id: String, category: String? = nil, rules: [String]? = nil, severity: String? = nil) {
            self.id = id
            self.category = category
            self.rules = rules
            self.severity = severity
        }
    }

    public struct ListParameters: Codable, Sendable, Equatable {
        public var department: String?
        public var category: String?
        public var state: String?
        public var overdue: Bool

        public init(department: String? = nil, category: String? = nil, state: String? = nil, overdue: Bool) {
            self.department = department
            self.category = category
            self.state = state
            self.overdue = overdue
        }
    }

    public struct ListReply: Codable, Sendable, Equatable {
        public var date: String
        public var findings: [Finding]

        public init(date: String, findings: [Finding]) {
            self.date = date
            self.findings = findings
        }
    }

    public struct MineReply: Codable, Sendable, Equatable {
        public var departments: [String]
        public var findings: [Finding]

        public init(departments: [String], findings: [Finding]) {
            self.departments = departments
            self.findings = findings
        }
    }

    public struct IDParameters: Codable, Sendable, Equatable {
        public var id: String

        public init(id: String) {
            self.id = id
        }
    }

    public struct ShowReply: Codable, Sendable, Equatable {
        public var finding: Finding
        public var history: [HistoryEntry]

        public init(finding: Finding, history: [HistoryEntry]) {
            self.finding = finding
            self.history = history
        }
    }

    public struct MeasureParameters: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
        public var owner: String?
        public var due: String?

        public init(id: String, text: String, owner: String? = nil, due: String? = nil) {
            self.id = id
            self.text = text
            self.owner = owner
            self.due = due
        }
    }

    public struct MeasureReply: Codable, Sendable, Equatable {
        public var finding: Finding
        public var measure: Int

        public init(finding: Finding, measure: Int) {
            self.finding = finding
            self.measure = measure
        }
    }

    public struct EvidenceParameters: Codable, Sendable, Equatable {
        public var id: String
        public var measure: Int
        public var evidence: [String]
        public var done: Bool

        public init(id: String, measure: Int, evidence: [String], done: Bool) {
            self.id = id
            self.measure = measure
            self.evidence = evidence
            self.done = done
        }
    }

    public struct VerifyParameters: Codable, Sendable, Equatable {
        public var id: String
        public var accepted: Bool
        public var note: String

        public init(id: String, accepted: Bool, note: String) {
            self.id = id
            self.accepted = accepted
            self.note = note
        }
    }

    public struct ExtensionParameters: Codable, Sendable, Equatable {
        public var id: String
        public var due: String
        public var reason: String

        public init(id: String, due: String, reason: String) {
            self.id = id
            self.due = due
            self.reason = reason
        }
    }

    public struct DecisionParameters: Codable, Sendable, Equatable {
        public var id: String
        public var grant: Bool

        public init(id: String, grant: Bool) {
            self.id = id
            self.grant = grant
        }
    }

    public struct DismissParameters: Codable, Sendable, Equatable {
        public var id: String
        public var reason: String?

        public init(id: String, reason: String? = nil) {
            self.id = id
            self.reason = reason
        }
    }

    public struct DismissReply: Codable, Sendable, Equatable {
        public var finding: Finding
        public var dismissed: Bool

        public init(finding: Finding, dismissed: Bool) {
            self.finding = finding
            self.dismissed = dismissed
        }
    }

    public struct TransferParameters: Codable, Sendable, Equatable {
        public var id: String
        public var reference: String

        public init(id: String, reference: String) {
            self.id = id
            self.reference = reference
        }
    }

    public struct ReopenParameters: Codable, Sendable, Equatable {
        public var id: String
        public var recheck: String?
        public var complaint: String?

        public init(id: String, recheck: String? = nil, complaint: String? = nil) {
            self.id = id
            self.recheck = recheck
            self.complaint = complaint
        }
    }

    public struct ExportReply: Codable, Sendable, Equatable {
        public var date: String
        public var csv: String
        public var findings: [Finding]

        public init(date: String, csv: String, findings: [Finding]) {
            self.date = date
            self.csv = csv
            self.findings = findings
        }
    }

    public struct OutcomeParameters: Codable, Sendable, Equatable {
        public var drawId: Int64
        public var department: String
        public var done: Bool
        public var reason: String?

        public init(drawId: Int64, department: String, done: Bool, reason: String? = nil) {
            self.drawId = drawId
            self.department = department
            self.done = done
            self.reason = reason
        }
    }

    public struct OutcomeReply: Codable, Sendable, Equatable {
        public var state: String

        public init(state: String) {
            self.state = state
        }
    }
}
