public import SpotcheckCore
public import SpotcheckLedger

/// One escalation of one complaint's clock, as journaled: the clock, the level and the due date
/// it escalates (a new conclusion after re-examination starts a new series).
public struct ComplaintEscalation: Sendable, Hashable, Codable {
    public var complaint: Int64
    public var clock: String
    public var level: EscalationLevel
    public var due: Day

    public init(complaint: Int64, clock: String, level: EscalationLevel, due: Day) {
        self.complaint = complaint
        self.clock = clock
        self.level = level
        self.due = due
    }
}

extension Complaint {
    /// The escalations due on `today` not yet in `journaled`, lowest level first, as in the
    /// ledger: each level once, every level whose day has come at once after days without a pass.
    public func escalationsDue(
        on today: Day, clocks: ComplaintClocks, calendar: WorkCalendar, policy: DeadlinePolicy = .standard,
        journaled: Set<ComplaintEscalation>
    ) -> [ComplaintEscalation] {
        guard let running = clocks.running(state: state, received: received, concluded: concluded, calendar: calendar)
        else { return [] }
        let due = running.deadline.effectiveDue(in: calendar)
        var result: [ComplaintEscalation] = []
        for level in EscalationLevel.allCases {
            guard let day = calendar.addingWorkingDays(policy.offset(of: level), to: due), day <= today else { break }
            let mark = ComplaintEscalation(complaint: id, clock: running.what, level: level, due: running.deadline.due)
            if !journaled.contains(mark) { result.append(mark) }
        }
        return result
    }
}
