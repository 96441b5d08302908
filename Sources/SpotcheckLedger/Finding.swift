public import SpotcheckCore
import SpotcheckText

/// Where a finding stands. Status against its deadline (on track, overdue, …) is derived from
/// the deadline and the day, never stored; see `Finding.status(on:calendar:policy:)`.
public enum FindingState: String, Sendable, Hashable, Codable, CaseIterable {
    case identified
    case confirmed
    case rectifying
    case awaitingVerification = "awaiting-verification"
    case closed
    /// Not a problem after all; decided by two coordinators. Final.
    case dismissed
    /// Handed to case handling; leaves the ledger. Final.
    case transferred
    /// Closed, then found again (a failed re-check or a new complaint); needs new measures.
    case reopened

    /// 已登记, 整改中, … (Catalogue.LedgerStateWords.state).
    public var label: String { Catalogue.LedgerStateWords.state(rawValue).chinese }

    /// Dismissed and transferred findings never change again.
    public var isFinal: Bool { self == .dismissed || self == .transferred }
}

/// A problem recorded in the ledger (问题台账), with everything that happened to it since.
public struct Finding: Sendable, Hashable, Codable {
    public var id: FindingID
    public var department: String
    public var source: FindingSource
    /// Required before the finding is confirmed.
    public var category: FindingCategory?
    /// Codes from the configured prohibitions list.
    public var ruleCodes: [String]
    /// On a self-inspection finding recorded by the department, its own proposal until someone of
    /// the office sets it (`severitySetBy`); it chooses the limit on the rectification deadline.
    public var severity: Severity
    /// Who set the severity when classifying or confirming the finding (a coordinator, or the team
    /// lead of an inspection finding); `nil` while it is as recorded.
    public var severitySetBy: String?
    public var facts: String
    public var finder: String
    public var found: Moment

    public var state: FindingState
    public var measures: [Measure]
    /// Set when rectification starts; moved by granted extensions.
    public var deadline: Deadline?
    public var extensions: [Extension]
    public var verifications: [Verification]
    public var dismissalProposal: DismissalProposal?
    /// The second coordinator who agreed to the dismissal.
    public var dismissedBy: String?
    /// The case-handling reference a transferred finding went to.
    public var transferReference: String?
    /// How many times the finding was reopened after closure.
    public var recurrences: Int
    /// When the rectification was last submitted for verification; whether that was after the
    /// due date decides whether the deadline's clock runs on while the verifier has it
    /// (`Finding.clockRuns`). `nil` on findings never submitted.
    public var submitted: Moment?
    /// The due date in force when it was last submitted: a submission after it is late, whatever
    /// an extension granted while the verifier has it moves the due date to. `nil` on findings
    /// submitted before it was kept (`dueAtSubmission` works it out from the extensions).
    public var submittedDue: Day?
    /// Whether that submission came after the effective due date in force, as the calendar said
    /// then: a calendar changed since (holidays added over the due date) does not make it one
    /// made in time. `nil` on findings submitted before it was kept (worked out again).
    public var submittedLate: Bool?

    init(
        id: FindingID, department: String, source: FindingSource, category: FindingCategory?, ruleCodes: [String],
        severity: Severity, facts: String, finder: String, found: Moment
    ) {
        self.id = id
        self.department = department
        self.source = source
        self.category = category
        self.ruleCodes = ruleCodes
        self.severity = severity
        self.severitySetBy = nil
        self.facts = facts
        self.finder = finder
        self.found = found
        self.state = .identified
        self.measures = []
        self.deadline = nil
        self.extensions = []
        self.verifications = []
        self.dismissalProposal = nil
        self.dismissedBy = nil
        self.transferReference = nil
        self.recurrences = 0
        self.submitted = nil
        self.submittedDue = nil
        self.submittedLate = nil
    }

    /// The extension waiting for a decision, if any.
    public var pendingExtension: Extension? {
        extensions.last.flatMap { $0.decision == nil ? $0 : nil }
    }

    public var grantedExtensions: Int {
        extensions.count { $0.decision?.granted == true }
    }
}

/// Who acts on the ledger. The caller establishes the login and role (from peer credentials);
/// the ledger checks that the role may do what is asked.
public struct Actor: Sendable, Hashable, Codable {
    public enum Role: Sendable, Hashable, Codable {
        case coordinator
        case inspector
        /// A contact login of one department.
        case contact(department: String)
        case verifier
        /// The lead of the re-check (回头看) drawn for the finding: may reopen it when the
        /// re-check fails, nothing else.
        case rechecker
        case hotline
        /// The service itself (the daily pass).
        case system
    }

    public var login: String
    public var role: Role

    public init(login: String, role: Role) {
        self.login = login
        self.role = role
    }

    public var roleName: String {
        switch role {
        case .coordinator: "coordinator"
        case .inspector: "inspector"
        case .contact(let department): "contact of \(department)"
        case .verifier: "verifier"
        case .rechecker: "re-checker"
        case .hotline: "hotline"
        case .system: "system"
        }
    }
}

/// The configured limits the state machine works with.
public struct LedgerRules: Sendable, Hashable {
    public var prohibitions: Prohibitions
    /// Granted extensions allowed per finding.
    public var extensionCap: Int
    /// The longest rectification by severity, in working days from its start.
    public var rectificationLimits: RectificationLimits
    /// The working days `rectificationLimits` counts (the service's calendar).
    public var calendar: WorkCalendar

    public init(
        prohibitions: Prohibitions, extensionCap: Int = 1, rectificationLimits: RectificationLimits = .standard,
        calendar: WorkCalendar = WorkCalendar()
    ) {
        self.prohibitions = prohibitions
        self.extensionCap = extensionCap
        self.rectificationLimits = rectificationLimits
        self.calendar = calendar
    }
}
