public import SpotcheckCore

/// Why the ledger refused a change; each case names what to fix.
public enum LedgerError: Error, Equatable, Sendable, CustomStringConvertible {
    case notPermitted(role: String, action: LedgerAction)
    case wrongState(action: LedgerAction, state: FindingState)
    case missingField(String)
    case invalidFindingID(String)
    case invalidRuleCode(String)
    case duplicateRuleCode(String)
    case unknownRuleCode(String)
    case invalidEvidence(String)
    case categoryMissing(FindingID)
    case noPlannedMeasure(FindingID)
    case noSuchMeasure(Int)
    case measureAlreadyDone(Int)
    case measureNotDone(Int)
    case measureWithoutEvidence(Int)
    case dueDateInPast(due: Day, today: Day)
    case measureDueAfterDeadline(due: Day, deadline: Day)
    case verifierFromDepartment(verifier: String, department: String)
    case verifierNotDrawn(String)
    case extensionTooLate(due: Day, today: Day)
    case extensionPending(FindingID)
    case noExtensionPending(FindingID)
    case extensionCapReached(cap: Int)
    case extensionNotLater(requested: Day, due: Day)
    case extensionDecidedByRequester(String)
    case dismissalAlreadyProposed(FindingID)
    case noDismissalProposed(FindingID)
    case dismissalNeedsSecondCoordinator(proposedBy: String)
    case invalidEscalationOffsets([Int])
    /// A measure due after the latest day the rectification limit of the finding's severity
    /// allows from the start (RectificationLimits.swift).
    case measureDueBeyondLimit(measure: Int, due: Day, latest: Day, severity: Severity, workingDays: Int)
    /// The drawn verifier now has a conflict with the department (a rule of recusal that
    /// arose after the verifier draw).
    case verifierConflicted(verifier: String, department: String, reason: String)
    /// The coordinator asked to decide an extension is on the department's side (its contact, its
    /// staff, a former post there, a declared conflict): the department does not set its own deadline.
    case extensionDecidedByDepartmentSide(decider: String, department: String, reason: String)
    /// A self-inspection finding confirmed with the severity its department proposed, when that
    /// severity allows more than the shortest limit: the office sets it when confirming.
    case severityNotSet(FindingID, proposed: Severity, workingDays: Int)
    /// The coordinator asked to set a finding's severity is on the department's side: the severity
    /// sets the office's limit on the department's deadline.
    case severitySetByDepartmentSide(setter: String, department: String, reason: String)
    /// The drawn verifier recorded the finding, or was on the team that found it.
    case verifierFoundIt(verifier: String, finding: FindingID)
    /// The lead of a re-check (回头看) recorded the finding, or was on the team that found it.
    case recheckerFoundIt(rechecker: String, finding: FindingID)

    public var description: String {
        switch self {
        case .notPermitted(let role, let action):
            "a \(role) may not do \(action.rawValue); ask a coordinator"
        case .wrongState(let action, let state):
            "\(action.phrase) is not possible while the finding is \(state.words)"
        case .missingField(let field):
            "\(field) is empty; give it"
        case .invalidFindingID(let text):
            "'\(text)' is not a finding id; write F-YYYY-NNNNNN (for example F-2026-483920)"
        case .invalidRuleCode(let code):
            "prohibition code '\(code)' is empty or contains spaces; use a short code such as P03"
        case .duplicateRuleCode(let code):
            "rule code '\(code)' appears twice; list each code once"
        case .unknownRuleCode(let code):
            "rule code '\(code)' is not in the configured prohibitions list; use one of its codes"
        case .invalidEvidence(let text):
            "evidence '\(text)' is neither a SHA-256 (64 lower-case hex digits) nor a one-line reference"
        case .categoryMissing(let id):
            "\(id) has no category; classify it as detached, sluggish, evasive, arrogant or hollow first"
        case .noPlannedMeasure(let id):
            "\(id) needs at least one open measure with an owner and a due date before rectification starts"
        case .noSuchMeasure(let number):
            "there is no measure \(number); list the finding's measures"
        case .measureAlreadyDone(let number):
            "measure \(number) is already done; add evidence to it instead"
        case .measureNotDone(let number):
            "measure \(number) is not done; complete it before submitting for verification"
        case .measureWithoutEvidence(let number):
            "measure \(number) has no evidence; add a file hash or a reference"
        case .dueDateInPast(let due, let today):
            "due date \(due) is before today (\(today)); choose a later date"
        case .measureDueAfterDeadline(let due, let deadline):
            "due date \(due) is after the finding's deadline \(deadline); request an extension first"
        case .verifierFromDepartment(let verifier, let department):
            "\(verifier) works in \(department), the department under check; another verifier must be drawn"
        case .verifierNotDrawn(let verifier):
            "\(verifier) was not drawn to verify this finding; only the drawn verifier may record the result"
        case .extensionTooLate(let due, let today):
            "an extension must be requested before the due date (\(due)); today is \(today)"
        case .extensionPending(let id):
            "\(id) already has an extension request waiting for a decision"
        case .noExtensionPending(let id):
            "\(id) has no extension request to decide"
        case .extensionCapReached(let cap):
            "this finding already had \(cap) extension(s) granted, the configured maximum"
        case .extensionNotLater(let requested, let due):
            "the requested date \(requested) is not after the current due date \(due)"
        case .extensionDecidedByRequester(let login):
            "\(login) requested this extension and cannot decide it; another coordinator must"
        case .dismissalAlreadyProposed(let id):
            "\(id) already has a dismissal proposal; a second coordinator approves it"
        case .noDismissalProposed(let id):
            "\(id) has no dismissal proposal to approve; propose one first"
        case .dismissalNeedsSecondCoordinator(let proposer):
            "\(proposer) proposed the dismissal; a different coordinator must approve it"
        case .invalidEscalationOffsets(let offsets):
            "escalation offsets \(offsets) must be three increasing working-day counts ≥ 1 (reminder, notice, referral)"
        case .measureDueBeyondLimit(let measure, let due, let latest, let severity, let days):
            "measure \(measure) is due \(due), after \(latest), the latest a \(severity.rawValue) finding may take (\(days) working days from the start); choose an earlier date: a later one needs an extension (spotcheck findings extend), which a coordinator decides"
        case .verifierConflicted(let verifier, let department, let reason):
            "\(verifier) may not verify a rectification of \(department) any more (\(reason)); a coordinator should replace them on the verification draw (spotcheck replace)"
        case .extensionDecidedByDepartmentSide(let decider, let department, let reason):
            "\(decider) may not decide an extension for \(department) (\(reason)): the department does not set its own deadline; another coordinator decides it"
        case .severityNotSet(let id, let proposed, let days):
            "the severity of \(id), \(proposed.rawValue) (\(days) working days to rectify), is the department's own proposal; confirm it with the severity the office sets (spotcheck findings confirm \(id) --severity minor, serious or grave)"
        case .severitySetByDepartmentSide(let setter, let department, let reason):
            "\(setter) may not set the severity of a finding of \(department) (\(reason)): the severity sets the limit on the department's deadline; another coordinator sets it"
        case .verifierFoundIt(let verifier, let finding):
            "\(verifier) found \(finding) (recorded it or was on the team that found it) and may not verify its rectification; a coordinator should replace them on the verification draw (spotcheck replace)"
        case .recheckerFoundIt(let rechecker, let finding):
            "\(rechecker) found \(finding) (recorded it or was on the team that found it) and may not record its re-check; a coordinator should replace them on the re-check draw (spotcheck replace) or record the outcome"
        }
    }
}
