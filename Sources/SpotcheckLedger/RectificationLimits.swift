public import SpotcheckCore

/// The longest rectification the office allows (限期整改), in working days from the day
/// rectification starts, by severity. A department's contact plans its measures within it; a
/// later date needs an extension, which a coordinator decides within the extension cap.
public struct RectificationLimits: Sendable, Hashable, Codable {
    public var minor: Int
    public var serious: Int
    public var grave: Int

    /// 20, 40 and 60 working days (about one, two and three months) unless configured otherwise.
    public init(minor: Int = 20, serious: Int = 40, grave: Int = 60) {
        self.minor = minor
        self.serious = serious
        self.grave = grave
    }

    public static let standard = RectificationLimits()

    public func workingDays(for severity: Severity) -> Int {
        switch severity {
        case .minor: minor
        case .serious: serious
        case .grave: grave
        }
    }

    /// The fewest working days any severity is allowed.
    public var shortest: Int { Swift.min(minor, serious, grave) }

    /// The latest due date a rectification of `severity` started on `start` may have: the
    /// limit's last working day. `nil` when the calendar has no working days to count.
    public func latestDue(for severity: Severity, startingOn start: Day, calendar: WorkCalendar) -> Day? {
        calendar.addingWorkingDays(workingDays(for: severity), to: start)
    }
}

extension Finding {
    /// Whether the severity is still a proposal the office has to set before the finding is
    /// confirmed: a self-inspection finding not yet confirmed, whose severity as recorded (the
    /// department's own) allows more than the shortest limit (`severityNotSet` otherwise).
    public func severityAwaitsOffice(_ limits: RectificationLimits) -> Bool {
        guard case .selfInspection = source, severitySetBy == nil, state == .identified else { return false }
        return limits.workingDays(for: severity) > limits.shortest
    }
}
