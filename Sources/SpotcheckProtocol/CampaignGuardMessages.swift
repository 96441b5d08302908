/// The codes of the refusals that keep the campaign's timeline as planned (docs/campaign.md,
/// "Keeping to the plan"): sent with `io.spotcheck.Campaign.AdvanceRefused` and
/// `io.spotcheck.SelfInspection.Refused` beside the English `message`, with the values they name,
/// so that the command line tells them in its reader's language.
public enum CampaignGuardCode: String, CaseIterable, Sendable {
    /// The step into supervision before its `planned_start` (`today`), without
    /// `before_planned_start`.
    case beforePlannedStart = "before-planned-start"
    /// A release of a campaign that has not begun (no step, no form) or is closed: the
    /// configuration may change it without one.
    case releaseNotNeeded = "release-not-needed"
    /// Forms due on `due`, before the self-inspection phase's planned end `earliest`.
    case dueBeforePhaseEnd = "due-before-phase-end"
    /// Self-inspection is over (`phase` is active): forms are no longer issued, unlocked or returned.
    case selfInspectionOver = "self-inspection-over"
}

extension CampaignMessages {
    public struct ReleaseParameters: Codable, Sendable {
        public var reason: String

        public init(reason: String) {
            self.reason = reason
        }
    }

    public struct ReleaseReply: Codable, Sendable {
        /// The running campaign's key (its basis document's SHA-256) and its active phase.
        public var campaign: String
        public var phase: String
        /// Until when a reload or start may replace or remove it (local time).
        public var validUntil: String

        public init(campaign: String, phase: String, validUntil: String) {
            self.campaign = campaign
            self.phase = phase
            self.validUntil = validUntil
        }
    }

    /// A coordinator's release of the running campaign not yet used (`spotcheck campaign release`):
    /// who gave it, when and why, and until when a reload or start may replace the campaign.
    public struct PendingRelease: Codable, Sendable, Equatable {
        public var actor: String
        public var reason: String
        /// When it was given and until when it holds (local time).
        public var at: String
        public var validUntil: String

        public init(actor: String, reason: String, at: String, validUntil: String) {
            self.actor = actor
            self.reason = reason
            self.at = at
            self.validUntil = validUntil
        }
    }
}
