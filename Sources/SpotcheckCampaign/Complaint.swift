public import SpotcheckCore
public import SpotcheckLedger

/// How a complaint (群众举报) arrived.
public enum ComplaintChannel: String, Sendable, Hashable, Codable, CaseIterable {
    case hotline
    case mailbox
    case wechat
    case letter
    case visit

    public var label: String {
        switch self {
        case .hotline: "电话"
        case .mailbox: "信箱"
        case .wechat: "微信"
        case .letter: "来信"
        case .visit: "来访"
        }
    }
}

/// Where a complaint stands. received → accepted / not accepted / referred / merged →
/// investigating → concluded → feedback given → closed; an objection reopens it for
/// re-examination.
public enum ComplaintState: String, Sendable, Hashable, Codable, CaseIterable {
    case received
    case accepted
    case notAccepted = "not-accepted"
    case referred
    case merged
    case investigating
    case concluded
    case feedbackGiven = "feedback-given"
    case closed
    case reexamining

    public var label: String {
        switch self {
        case .received: "已受理登记"
        case .accepted: "已受理"
        case .notAccepted: "不予受理"
        case .referred: "已转办"
        case .merged: "已合并办理"
        case .investigating: "调查核实中"
        case .concluded: "已办结"
        case .feedbackGiven: "已反馈"
        case .closed: "已结案"
        case .reexamining: "复查中"
        }
    }

    /// The states this one may move to.
    public var successors: Set<ComplaintState> {
        switch self {
        case .received: [.accepted, .notAccepted, .referred, .merged]
        case .accepted: [.investigating]
        case .investigating: [.concluded]
        case .concluded: [.feedbackGiven]
        case .feedbackGiven: [.closed, .reexamining]
        case .notAccepted, .referred, .merged: [.closed, .reexamining]
        case .closed: [.reexamining]
        case .reexamining: [.concluded]
        }
    }

    /// Moving here needs a reply to the complainant (the notice of acceptance or not, the feedback).
    public var needsReplyToComplainant: Bool {
        switch self {
        case .accepted, .notAccepted, .referred, .merged, .feedbackGiven: true
        default: false
        }
    }
}

/// The working-day clocks of complaints: the acceptance notice is due within `acceptanceDays`
/// of receipt, feedback within `feedbackDays` of the conclusion.
public struct ComplaintClocks: Sendable, Hashable {
    public var acceptanceDays: Int
    public var feedbackDays: Int

    public init(acceptanceDays: Int = 15, feedbackDays: Int = 15) {
        self.acceptanceDays = acceptanceDays
        self.feedbackDays = feedbackDays
    }

    /// The clock running for a complaint in `state`, or nil when none runs.
    /// - Parameters:
    ///   - received: the day it was received.
    ///   - concluded: the day of its (latest) conclusion.
    public func running(
        state: ComplaintState, received: Day, concluded: Day?, calendar: WorkCalendar
    ) -> (what: String, deadline: Deadline)? {
        switch state {
        case .received:
            guard let due = calendar.addingWorkingDays(acceptanceDays, to: received) else { return nil }
            return ("acceptance notice", Deadline(start: received, due: due))
        case .concluded:
            guard let concluded, let due = calendar.addingWorkingDays(feedbackDays, to: concluded) else { return nil }
            return ("feedback", Deadline(start: concluded, due: due))
        default:
            return nil
        }
    }
}

/// A reply, internal note or state change in a complaint's history.
public struct ComplaintEntry: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Text meant for the complainant: shown on receipt lookup.
        case reply
        /// For the handlers only.
        case note
        case state
    }

    public var kind: Kind
    public var at: Double
    public var day: Day
    public var actor: String
    public var text: String
    public var state: ComplaintState?

    public init(kind: Kind, at: Double, day: Day, actor: String, text: String, state: ComplaintState? = nil) {
        self.kind = kind
        self.at = at
        self.day = day
        self.actor = actor
        self.text = text
        self.state = state
    }
}

/// A complaint as handlers see it. The complainant's identity is never part of it: it stays
/// sealed in the store and is read only through the two-person procedure.
public struct Complaint: Sendable, Hashable {
    public var id: Int64
    public var channel: ComplaintChannel
    public var received: Day
    public var receivedAt: Double
    /// Empty for a complaint about the commission's own leadership (a content-free stub).
    public var department: String
    public var allegation: String
    public var category: String
    public var hasIdentity: Bool
    /// A content-free stub: only received, channel and forwarded to the level above.
    public var stub: Bool
    public var state: ComplaintState
    public var entries: [ComplaintEntry]

    public init(
        id: Int64, channel: ComplaintChannel, received: Day, receivedAt: Double, department: String,
        allegation: String, category: String, hasIdentity: Bool, stub: Bool = false,
        state: ComplaintState = .received, entries: [ComplaintEntry] = []
    ) {
        self.id = id
        self.channel = channel
        self.received = received
        self.receivedAt = receivedAt
        self.department = department
        self.allegation = allegation
        self.category = category
        self.hasIdentity = hasIdentity
        self.stub = stub
        self.state = state
        self.entries = entries
    }

    /// The day of the latest conclusion, if any.
    public var concluded: Day? {
        entries.last { $0.kind == .state && $0.state == .concluded }?.day
    }

    /// Why the complaint cannot move to `target`, or nil when it can.
    public func refusal(to target: ComplaintState, reply: String?) -> ComplaintRefusal? {
        guard state.successors.contains(target) else {
            return .notASuccessor(
                state: state, allowed: state.successors.sorted { $0.rawValue < $1.rawValue }, target: target)
        }
        if target.needsReplyToComplainant, !VisibleText.has(reply ?? "") { return .needsReply(target: target) }
        return nil
    }

    /// What the holder of the receipt code may see: the state, the dates and the replies marked
    /// for the complainant. Never the identity, the allegation as recorded, the department,
    /// internal notes or who handled it.
    public func receiptView(clocks: ComplaintClocks, calendar: WorkCalendar) -> ReceiptView {
        let running = clocks.running(state: state, received: received, concluded: concluded, calendar: calendar)
        return ReceiptView(
            state: state.rawValue, stateLabel: state.label, received: received.description,
            channel: channel.rawValue,
            due: running.map { $0.deadline.effectiveDue(in: calendar).description },
            replies: entries.filter { $0.kind == .reply }.map {
                ReceiptView.Reply(date: $0.day.description, text: $0.text)
            },
            history: entries.filter { $0.kind == .state }.compactMap {
                guard let state = $0.state else { return nil }
                return ReceiptView.Step(date: $0.day.description, state: state.rawValue, stateLabel: state.label)
            })
    }
}

/// The receipt-code holder's view of a complaint.
public struct ReceiptView: Sendable, Hashable, Codable {
    public struct Reply: Sendable, Hashable, Codable {
        public var date: String
        public var text: String
    }

    public struct Step: Sendable, Hashable, Codable {
        public var date: String
        public var state: String
        public var stateLabel: String
    }

    public var state: String
    public var stateLabel: String
    public var received: String
    public var channel: String
    /// When the next answer is due, if a clock runs.
    public var due: String?
    public var replies: [Reply]
    public var history: [Step]
}
