/// One step taken: from which step to which, when (seconds since 1970), by whom, and what the
/// gate saw (the roster and prohibitions hashes frozen, conditions not checked).
public struct CampaignTransition: Sendable, Hashable, Codable {
    public var from: CampaignStep
    public var to: CampaignStep
    public var at: Double
    public var actor: String
    public var reason: String
    /// What was frozen and seen: `roster_sha256`, `prohibitions_sha256`, `unchecked`, ….
    public var facts: [String: String]

    public init(
        from: CampaignStep, to: CampaignStep, at: Double, actor: String, reason: String, facts: [String: String] = [:]
    ) {
        self.from = from
        self.to = to
        self.at = at
        self.actor = actor
        self.reason = reason
        self.facts = facts
    }
}

/// The steps taken so far, oldest first; the campaign starts in mobilisation.
public struct CampaignTimeline: Sendable, Hashable {
    public private(set) var transitions: [CampaignTransition]

    public init(transitions: [CampaignTransition] = []) {
        self.transitions = transitions
    }

    public var active: CampaignStep { transitions.last?.to ?? .mobilisation }

    /// The step active at an instant: the last one taken at or before it.
    public func active(at instant: Double) -> CampaignStep {
        transitions.last { $0.at <= instant }?.to ?? .mobilisation
    }

    /// When the active step began, nil for mobilisation before any step.
    public var since: Double? { transitions.last?.at }

    /// Why `to` cannot be the next step, or nil when it can: forward only, one step at a time,
    /// never back and never past a step.
    public func refusal(to target: CampaignStep, at instant: Double) -> CampaignError? {
        let current = active
        if target == current { return .alreadyActive(target) }
        if target < current { return .backwards(from: current, to: target) }
        guard let next = current.next else { return .closed }
        if target != next { return .skipping(from: current, to: target, next: next) }
        if let since, instant < since { return .clockBehind }
        return nil
    }

    /// Takes the step, or throws why it cannot be taken.
    public mutating func append(_ transition: CampaignTransition) throws(CampaignError) {
        if let refusal = refusal(to: transition.to, at: transition.at) { throw refusal }
        guard transition.from == active else { throw .alreadyActive(active) }
        transitions.append(transition)
    }
}

public enum CampaignError: Error, Sendable, Hashable, CustomStringConvertible {
    case alreadyActive(CampaignStep)
    case backwards(from: CampaignStep, to: CampaignStep)
    case skipping(from: CampaignStep, to: CampaignStep, next: CampaignStep)
    case closed
    case clockBehind
    case gateBlocked(into: CampaignStep, blockers: [String])
    case notConfigured

    public var description: String {
        switch self {
        case .alreadyActive(let step): "\(step) is already the active phase"
        case .backwards(let from, let to):
            "phases move forward only: \(from) is active, \(to) lies behind it"
        case .skipping(let from, let to, let next):
            "\(from) is active: the next step is \(next), not \(to); phases are taken one at a time"
        case .closed: "the campaign is closed; nothing follows"
        case .clockBehind: "the clock is behind the last transition; check the system time"
        case .gateBlocked(let into, let blockers):
            "the gate into \(into) does not hold: " + blockers.joined(separator: "; ")
        case .notConfigured: "no [campaign] is configured in spotcheckd.toml"
        }
    }
}
