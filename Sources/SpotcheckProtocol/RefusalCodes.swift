/// The codes the daemon sends with a refusal of the campaign or of complaints
/// (`io.spotcheck.Campaign.AdvanceRefused`, `io.spotcheck.Complaints.Refused`), with the gate's
/// conditions, and with a refused permission. The command line tells each in its reader's
/// language from the code and the values beside it; the English `message` stays for the journal,
/// for other Varlink clients and for a command line older than the code (docs/localization.md).
public enum CampaignRefusalCode: String, CaseIterable, Sendable {
    // io.spotcheck.Campaign.AdvanceRefused
    /// `step`: not a step; `steps`: the steps.
    case notAStep = "not-a-step"
    /// The reason has no visible character.
    case noReason = "no-reason"
    /// `step` is already active.
    case alreadyActive = "already-active"
    /// `from` is active, `to` lies behind it.
    case backwards
    /// `from` is active, `next` is the next step, not `to`.
    case skipping
    /// The campaign is closed.
    case campaignClosed = "campaign-closed"
    /// The clock is behind the last transition.
    case clockBehind = "clock-behind"
    /// No `[campaign]` is configured.
    case notConfigured = "not-configured"

    // io.spotcheck.Complaints.Refused
    /// `uid` looked up more than `most` receipts a minute; `wait` seconds to go.
    case tooManyLookups = "too-many-lookups"
    /// `state`: not a state; `states`: the states.
    case notAState = "not-a-state"
    /// Neither a state, a note nor a reply.
    case nothingToRecord = "nothing-to-record"
    /// The reason for reading an identity is too short.
    case identityReason = "identity-reason"
    /// `channel`: not a channel; `channels`: the channels.
    case notAChannel = "not-a-channel"
    /// `field` (department, allegation, category) is required.
    case required
    /// `time` is not a date or date and time.
    case badTime = "bad-time"
    /// `time` is in the future.
    case futureTime = "future-time"
    /// `time` is more than `days` days before today.
    case tooLongAgo = "too-long-ago"
    /// `time` is before the campaign's start `start`.
    case beforeCampaign = "before-campaign"
    /// No roster is loaded to check `department` against.
    case noRoster = "no-roster"
    /// `department` is not a department id; `meant_name` and `meant_id` when a department is
    /// called so.
    case notADepartment = "not-a-department"
    /// The person who asked cannot approve their own request.
    case ownApproval = "own-approval"
    /// `request` is already approved.
    case alreadyApproved = "already-approved"
    /// Only `login`, who asked, may read it.
    case notRequester = "not-requester"
    /// `request` is not approved by a second person yet.
    case notApproved = "not-approved"
    /// `request` was used already.
    case requestUsed = "request-used"
    /// The approval of `request` has expired.
    case approvalExpired = "approval-expired"
    /// `complaint` has no identity on file.
    case noIdentity = "no-identity"
    /// `complaint` is closed.
    case complaintClosed = "complaint-closed"
    /// `complaint` already has a hidden inspection requested.
    case inspectionRequested = "inspection-requested"
    /// The salt is not 32 bytes.
    case badSalt = "bad-salt"
    /// No pool that holds `department` draws again in this campaign (`phase`: the active phase,
    /// empty without a campaign): a hidden inspection of `complaint` would never happen.
    case noDrawAhead = "no-draw-ahead"
    /// The complainant's identity (`field`) is larger than `most` bytes of UTF-8.
    case identityTooLarge = "identity-too-large"
    /// The complainant's identity (`field`) holds U+FFFD: it was mangled before it was sent.
    case identityMangled = "identity-mangled"
    /// A complaint in `state` can move to `states`, not `target`.
    case notASuccessor = "not-a-successor"
    /// Moving to `target` needs a reply to the complainant.
    case needsReply = "needs-reply"
}

/// Why a condition of the campaign's gate blocks or is not checked (`detail_code` beside the
/// English `detail`); `count`, `ids` and `problem` carry its values.
public enum GateDetailCode: String, CaseIterable, Sendable {
    /// Nothing reports the fact yet: the condition does not block.
    case unchecked
    /// `count` things block (which ones depends on the condition's code); `ids` lists draws.
    case count
    /// No roster is loaded.
    case noRoster = "no-roster"
    /// No prohibitions file is configured.
    case noProhibitionsFile = "no-prohibitions-file"
    /// The prohibitions file cannot be read: `problem` says why (in English).
    case prohibitionsUnreadable = "prohibitions-unreadable"
    /// The final publication is not written yet.
    case notWritten = "not-written"
}

/// The codes of the gate's conditions (`Condition.code`).
public enum GateConditionCode: String, CaseIterable, Sendable {
    case rosterFrozen = "roster-frozen"
    case prohibitionsFrozen = "prohibitions-frozen"
    case formsIssued = "forms-issued"
    case formsReturned = "forms-returned"
    case selfFindings = "self-findings"
    case drawsRevealed = "draws-revealed"
    case drawsPublished = "draws-published"
    case assignmentsDecided = "assignments-decided"
    case findingsConfirmed = "findings-confirmed"
    case finalPublication = "final-publication"
    case findingsCarried = "findings-carried"
}

/// Who may make a refused call (`needs` of a `PermissionDenied`).
public enum PermissionNeed: String, CaseIterable, Sendable {
    case coordinator
    case coordinatorOrAuditor = "coordinator-or-auditor"
    case complaintsHandler = "complaints-handler"
    /// Coordinators, a contact of the department (self-inspection) or the inspection's team.
    case findingRecorder = "finding-recorder"
    /// Coordinators or the lead of the inspection's team.
    case teamLead = "team-lead"
    /// Coordinators or a contact of the finding's department.
    case departmentContact = "department-contact"
    /// The verifier drawn for the finding.
    case drawnVerifier = "drawn-verifier"
    /// Coordinators, auditors, or a user whose login the roster names.
    case rosterLogin = "roster-login"
}
