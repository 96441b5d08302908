public import SpotcheckCore

/// The campaign's steps: the four phases in their order, then closed. Exactly one is active at
/// any instant; steps are taken forward only, one at a time.
public enum CampaignStep: Int, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// 动员部署
    case mobilisation
    /// 自查自纠
    case selfInspection
    /// 监督检查
    case supervision
    /// 总结提升
    case summingUp
    /// The campaign is over: the final publication written, open findings carried on.
    case closed

    /// The four phases, without `closed`.
    public static let phases: [CampaignStep] = [.mobilisation, .selfInspection, .supervision, .summingUp]

    /// The name used in configuration files, on the command line and on the wire.
    public var identifier: String {
        switch self {
        case .mobilisation: "mobilisation"
        case .selfInspection: "self-inspection"
        case .supervision: "supervision"
        case .summingUp: "summing-up"
        case .closed: "closed"
        }
    }

    /// The key of the phase's dates in `[campaign.phases]`.
    public var configurationKey: String {
        identifier.replacing("-", with: "_")
    }

    public var label: String {
        switch self {
        case .mobilisation: "动员部署"
        case .selfInspection: "自查自纠"
        case .supervision: "监督检查"
        case .summingUp: "总结提升"
        case .closed: "已结束"
        }
    }

    public var description: String { "\(label) (\(identifier))" }

    /// The step after this one, nil once closed.
    public var next: CampaignStep? { CampaignStep(rawValue: rawValue + 1) }

    /// A step from its identifier, configuration key or Chinese label.
    public init?(name: String) {
        let trimmed = String(name.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard
            let step = Self.allCases.first(where: {
                $0.identifier == trimmed.lowercased() || $0.configurationKey == trimmed.lowercased()
                    || $0.label == trimmed
            })
        else { return nil }
        self = step
    }

    public static func < (lhs: CampaignStep, rhs: CampaignStep) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A phase's planned dates, inclusive.
public struct PlannedDates: Sendable, Hashable, Codable {
    public var start: Day
    public var end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }
}

/// The campaign as configured in `[campaign]`.
public struct CampaignPlan: Sendable, Hashable {
    public var title: String
    /// The document the campaign is based on, and the SHA-256 of its file.
    public var basisTitle: String
    public var basisSha256: String
    /// The list of prohibitions (负面清单) whose hash is frozen into the step into
    /// self-inspection; nil when not configured (the gate then blocks).
    public var prohibitionsPath: String?
    /// Planned dates of the four phases, in order and not overlapping.
    public var phases: [CampaignStep: PlannedDates]
    /// Take the next step by itself on its planned start date, once its gate holds.
    public var autoAdvance: Bool

    public init(
        title: String, basisTitle: String, basisSha256: String, prohibitionsPath: String? = nil,
        phases: [CampaignStep: PlannedDates], autoAdvance: Bool = false
    ) {
        self.title = title
        self.basisTitle = basisTitle
        self.basisSha256 = basisSha256
        self.prohibitionsPath = prohibitionsPath
        self.phases = phases
        self.autoAdvance = autoAdvance
    }

    /// Names this campaign in the store: its basis document's hash. Correcting the title keeps
    /// the steps taken; a configuration naming another basis document is another campaign, which
    /// starts in mobilisation.
    public var key: String { basisSha256 }

    /// The step to take by itself on `today`, when `autoAdvance` is on: the next phase once its
    /// planned start has come, or closing once summing-up's planned end has passed.
    public func plannedStep(from active: CampaignStep, today: Day) -> CampaignStep? {
        guard autoAdvance, let next = active.next else { return nil }
        if next == .closed {
            guard let end = phases[.summingUp]?.end else { return nil }
            return today > end ? .closed : nil
        }
        guard let start = phases[next]?.start else { return nil }
        return today >= start ? next : nil
    }

    /// Whether a draw of a pool that names `poolPhases` (nil: none named) may run while
    /// `active` is the active step. Pools draw only in supervision unless they name phases.
    public static func permitsDraw(poolPhases: Set<CampaignStep>?, active: CampaignStep) -> Bool {
        (poolPhases ?? [.supervision]).contains(active)
    }
}
