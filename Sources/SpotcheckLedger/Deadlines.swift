public import SpotcheckCore

extension WorkCalendar {
    /// How many working days fall after `start` up to and including `end`; 0 when `end` is not
    /// after `start`.
    public func workingDays(after start: Day, through end: Day) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// The `count`-th working day after `day` (`count` ≥ 1), or `day`'s first working day on or
    /// after it when `count` is 0. `nil` when the calendar has no working day within `limit` days
    /// of a step (a calendar with every day off).
    public func addingWorkingDays(_ count: Int, to day: Day, limit: Int = 400) -> Day? {
        precondition(count >= 0, "a negative number of working days")
        if count == 0 { return workingDay(onOrAfter: day, limit: limit) }
        var current = day
        for _ in 0..<count {
            guard let next = workingDay(onOrAfter: current.adding(days: 1), limit: limit) else { return nil }
            current = next
        }
        return current
    }
}

/// Where a running rectification stands against its deadline, derived from the day and never
/// stored.
public enum DeadlineStatus: Sendable, Hashable, Codable, CustomStringConvertible {
    case onTrack
    /// Less than half of the period, or at most `cautionWorkingDays`, remain.
    case caution
    case dueToday
    /// Past the due date by this many working days (0 on a day off right after the due date).
    case overdue(workingDays: Int)

    public var label: String {
        switch self {
        case .onTrack: "正常"
        case .caution: "临期"
        case .dueToday: "今日到期"
        case .overdue(let days): "逾期\(days)个工作日"
        }
    }

    public var description: String {
        switch self {
        case .onTrack: "on-track"
        case .caution: "caution"
        case .dueToday: "due-today"
        case .overdue(let days): "overdue-\(days)"
        }
    }
}

/// The escalation steps after a missed deadline.
public enum EscalationLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 催办
    case reminder
    /// 通报
    case notice
    /// Referral for accountability (移交问责).
    case referral

    public var label: String {
        switch self {
        case .reminder: "催办"
        case .notice: "通报"
        case .referral: "移交问责"
        }
    }

    public static func < (lhs: EscalationLevel, rhs: EscalationLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The configured thresholds of derived status and escalation, in working days.
public struct DeadlinePolicy: Sendable, Hashable, Codable {
    /// A rectification with at most this many working days left is in caution.
    public let cautionWorkingDays: Int
    /// Working days after the due date on which each level falls due: 1, 5 and 10 unless
    /// configured otherwise.
    public let reminderAfter: Int
    public let noticeAfter: Int
    public let referralAfter: Int

    public init(
        cautionWorkingDays: Int = 3, reminderAfter: Int = 1, noticeAfter: Int = 5, referralAfter: Int = 10
    )
        throws(LedgerError)
    {
        guard reminderAfter >= 1, noticeAfter > reminderAfter, referralAfter > noticeAfter else {
            throw .invalidEscalationOffsets([reminderAfter, noticeAfter, referralAfter])
        }
        guard cautionWorkingDays >= 0 else { throw .missingField("caution working days (a count ≥ 0)") }
        self.cautionWorkingDays = cautionWorkingDays
        self.reminderAfter = reminderAfter
        self.noticeAfter = noticeAfter
        self.referralAfter = referralAfter
    }

    public static let standard = try! DeadlinePolicy()

    public func offset(of level: EscalationLevel) -> Int {
        switch level {
        case .reminder: reminderAfter
        case .notice: noticeAfter
        case .referral: referralAfter
        }
    }
}

extension Deadline {
    /// The due date as it counts: a due date on a day off moves to the next working day.
    public func effectiveDue(in calendar: WorkCalendar) -> Day {
        calendar.workingDay(onOrAfter: due) ?? due
    }

    public func status(on today: Day, calendar: WorkCalendar, policy: DeadlinePolicy = .standard) -> DeadlineStatus {
        let due = effectiveDue(in: calendar)
        if today == due { return .dueToday }
        if today > due { return .overdue(workingDays: calendar.workingDays(after: due, through: today)) }
        let remaining = calendar.workingDays(after: today, through: due)
        let total = calendar.workingDays(after: start, through: due)
        if remaining <= policy.cautionWorkingDays || 2 * remaining < total { return .caution }
        return .onTrack
    }
}

/// One escalation of one finding, as journaled: the level, and the due date it escalates (an
/// extension or a new rectification after reopening starts a new series).
public struct EscalationMark: Sendable, Hashable, Codable {
    public var finding: FindingID
    public var level: EscalationLevel
    public var due: Day

    public init(finding: FindingID, level: EscalationLevel, due: Day) {
        self.finding = finding
        self.level = level
        self.due = due
    }
}

extension Finding {
    /// Whether the deadline's clock runs: while rectifying, and while awaiting the verification
    /// of a submission made after the effective due date in force when it was made
    /// (`dueAtSubmission`), as the calendar said then (`submittedLate`). Only a submission made on
    /// or before that date stops it, and only until the verifier decides: a rejected submission
    /// counts as never made, so whatever fell due since the due date falls due at once. An extension granted while a late submission waits moves
    /// the due date (status and escalations count from the new one) but does not stop the clock.
    /// Submissions recorded before the submission time was kept (`submitted` absent) count as on
    /// time.
    public func clockRuns(calendar: WorkCalendar) -> Bool {
        guard let deadline else { return false }
        switch state {
        case .rectifying: return true
        case .awaitingVerification:
            // Late or in time as the calendar said at the submission, whatever it says now.
            if let submittedLate { return submittedLate }
            guard let submitted, let due = dueAtSubmission else { return false }
            return submitted.day > Deadline(start: deadline.start, due: due).effectiveDue(in: calendar)
        default: return false
        }
    }

    /// The due date in force when the finding was last submitted: as kept then (`submittedDue`);
    /// for a submission from before it was kept, the date an extension granted after the
    /// submission replaced, or else the deadline's. `nil` when never submitted.
    public var dueAtSubmission: Day? {
        guard let submitted, let deadline else { return nil }
        if let submittedDue { return submittedDue }
        let grantedSince = extensions.first { $0.decision.map { $0.granted && $0.at > submitted } ?? false }
        return grantedSince?.previousDue ?? deadline.due
    }

    /// Whether the finding waits for its verifier after a submission made in time (the
    /// deadline's clock stopped), and since when; `nil` otherwise.
    public func waitingForVerifierSince(calendar: WorkCalendar) -> Moment? {
        guard state == .awaitingVerification, !clockRuns(calendar: calendar) else { return nil }
        return submitted
    }

    /// The deadline status while the clock runs (`clockRuns`); `nil` in every other state (no
    /// clock runs before rectification starts, while the verifier has a submission made in
    /// time, or after the finding ends).
    public func status(on today: Day, calendar: WorkCalendar, policy: DeadlinePolicy = .standard) -> DeadlineStatus? {
        guard clockRuns(calendar: calendar), let deadline else { return nil }
        return deadline.status(on: today, calendar: calendar, policy: policy)
    }

    /// The escalations due on `today` that are not yet in `journaled`, lowest level first, while
    /// the clock runs (`clockRuns`). The caller journals each and adds it to the set, so that
    /// every level is reported exactly once however often this runs; after days without a pass,
    /// or after a rejected submission, every level whose day has come is returned at once.
    public func escalationsDue(
        on today: Day, calendar: WorkCalendar, policy: DeadlinePolicy = .standard, journaled: Set<EscalationMark>
    ) -> [EscalationMark] {
        guard clockRuns(calendar: calendar), let deadline else { return [] }
        let due = deadline.effectiveDue(in: calendar)
        var result: [EscalationMark] = []
        for level in EscalationLevel.allCases {
            guard let day = calendar.addingWorkingDays(policy.offset(of: level), to: due), day <= today else { break }
            let mark = EscalationMark(finding: id, level: level, due: deadline.due)
            if !journaled.contains(mark) { result.append(mark) }
        }
        return result
    }
}
