/// The parameters and replies of `io.spotcheck.Campaign` and `io.spotcheck.Complaints`
/// (io.spotcheck.Campaign.varlink, io.spotcheck.Complaints.varlink), shared by daemon and CLI.
public enum CampaignMessages {
    public static let campaignInterface = "io.spotcheck.Campaign"
    public static let complaintsInterface = "io.spotcheck.Complaints"

    public struct Fact: Codable, Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public struct Phase: Codable, Sendable, Equatable {
        public var name: String
        public var label: String
        public var plannedStart: String
        public var plannedEnd: String
        public var active: Bool

        public init(name: String, label: String, plannedStart: String, plannedEnd: String, active: Bool) {
            self.name = name
            self.label = label
            self.plannedStart = plannedStart
            self.plannedEnd = plannedEnd
            self.active = active
        }
    }

    public struct Condition: Codable, Sendable, Equatable {
        public var code: String
        public var text: String
        public var state: String
        public var detail: String?
        /// Why it blocks or is not checked (`GateDetailCode`), with its values.
        public var detailCode: String?
        public var count: Int?
        public var ids: String?
        public var problem: String?

        public init(
            code: String, text: String, state: String, detail: String? = nil, detailCode: String? = nil,
            count: Int? = nil, ids: String? = nil, problem: String? = nil
        ) {
            self.code = code
            self.text = text
            self.state = state
            self.detail = detail
            self.detailCode = detailCode
            self.count = count
            self.ids = ids
            self.problem = problem
        }
    }

    public struct Gate: Codable, Sendable, Equatable {
        public var into: String
        public var intoLabel: String
        public var holds: Bool
        public var conditions: [Condition]

        public init(into: String, intoLabel: String, holds: Bool, conditions: [Condition]) {
            self.into = into
            self.intoLabel = intoLabel
            self.holds = holds
            self.conditions = conditions
        }
    }

    public struct Transition: Codable, Sendable, Equatable {
        public var from: String
        public var to: String
        public var at: String
        public var actor: String
        public var reason: String
        public var hash: String
        public var facts: [Fact]

        public init(from: String, to: String, at: String, actor: String, reason: String, hash: String, facts: [Fact]) {
            self.from = from
            self.to = to
            self.at = at
            self.actor = actor
            self.reason = reason
            self.hash = hash
            self.facts = facts
        }
    }

    public struct Campaign: Codable, Sendable, Equatable {
        public var title: String
        public var basisTitle: String
        public var basisSha256: String
        public var active: String
        public var activeLabel: String
        public var since: String?
        public var autoAdvance: Bool
        public var phases: [Phase]
        /// The gate into the next step; nil once closed.
        public var gate: Gate?
        public var transitions: [Transition]
        /// A release not yet used (CampaignGuardMessages.swift).
        public var release: PendingRelease?

        public init(
            title: String, basisTitle: String, basisSha256: String, active: String, activeLabel: String,
            since: String? = nil, autoAdvance: Bool, phases: [Phase], gate: Gate? = nil, transitions: [Transition],
            release: PendingRelease? = nil
        ) {
            self.title = title
            self.basisTitle = basisTitle
            self.basisSha256 = basisSha256
            self.active = active
            self.activeLabel = activeLabel
            self.since = since
            self.autoAdvance = autoAdvance
            self.phases = phases
            self.gate = gate
            self.transitions = transitions
            self.release = release
        }
    }

    public struct CampaignReply: Codable, Sendable {
        public var campaign: Campaign?

        public init(campaign: Campaign? = nil) {
            self.campaign = campaign
        }
    }

    public struct AdvanceParameters: Codable, Sendable {
        public var to: String
        public var reason: String
        /// The step into supervision before its planned start: asked for explicitly (CampaignGuard).
        public var beforePlannedStart: Bool?

        public init(to: String, reason: String, beforePlannedStart: Bool? = nil) {
            self.to = to
            self.reason = reason
            self.beforePlannedStart = beforePlannedStart
        }
    }

    public struct AdvanceReply: Codable, Sendable {
        public var transition: Transition

        public init(transition: Transition) {
            self.transition = transition
        }
    }

    // MARK: Complaints

    public struct RegisterParameters: Codable, Sendable {
        public var channel: String
        /// When it was received: YYYY-MM-DD or YYYY-MM-DDTHH:MM (local); now when absent.
        public var received: String?
        public var department: String
        public var allegation: String
        public var category: String
        public var identity: String?
        /// About the commission's own leadership: only a content-free stub is kept.
        public var leadership: Bool?

        public init(
            channel: String, received: String? = nil, department: String, allegation: String, category: String,
            identity: String? = nil, leadership: Bool? = nil
        ) {
            self.channel = channel
            self.received = received
            self.department = department
            self.allegation = allegation
            self.category = category
            self.identity = identity
            self.leadership = leadership
        }
    }

    public struct RegisterReply: Codable, Sendable {
        public var id: Int64
        public var receiptCode: String

        public init(id: Int64, receiptCode: String) {
            self.id = id
            self.receiptCode = receiptCode
        }
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var kind: String
        public var date: String
        public var actor: String
        public var text: String
        public var state: String?

        public init(kind: String, date: String, actor: String, text: String, state: String? = nil) {
            self.kind = kind
            self.date = date
            self.actor = actor
            self.text = text
            self.state = state
        }
    }

    /// A complaint as handlers see it: never the identity, only whether one is on file.
    public struct Complaint: Codable, Sendable, Equatable {
        public var id: Int64
        public var channel: String
        public var received: String
        public var department: String
        public var allegation: String
        public var category: String
        public var hasIdentity: Bool
        public var stub: Bool
        public var state: String
        public var stateLabel: String
        public var clock: String?
        public var due: String?
        public var clockStatus: String?
        public var entries: [Entry]

        public init(
            id: Int64, channel: String, received: String, department: String, allegation: String, category: String,
            hasIdentity: Bool, stub: Bool, state: String, stateLabel: String, clock: String? = nil, due: String? = nil,
            clockStatus: String? = nil, entries: [Entry]
        ) {
            self.id = id
            self.channel = channel
            self.received = received
            self.department = department
            self.allegation = allegation
            self.category = category
            self.hasIdentity = hasIdentity
            self.stub = stub
            self.state = state
            self.stateLabel = stateLabel
            self.clock = clock
            self.due = due
            self.clockStatus = clockStatus
            self.entries = entries
        }
    }

    public struct ListReply: Codable, Sendable {
        public var complaints: [Complaint]

        public init(complaints: [Complaint]) {
            self.complaints = complaints
        }
    }

    public struct IDParameters: Codable, Sendable {
        public var id: Int64

        public init(id: Int64) {
            self.id = id
        }
    }

    public struct ComplaintReply: Codable, Sendable {
        public var complaint: Complaint

        public init(complaint: Complaint) {
            self.complaint = complaint
        }
    }

    public struct UpdateParameters: Codable, Sendable {
        public var id: Int64
        public var state: String?
        public var note: String?
        public var reply: String?

        public init(id: Int64, state: String? = nil, note: String? = nil, reply: String? = nil) {
            self.id = id
            self.state = state
            self.note = note
            self.reply = reply
        }
    }

    public struct LookupParameters: Codable, Sendable {
        public var code: String

        public init(code: String) {
            self.code = code
        }
    }

    public struct ReceiptReply: Codable, Sendable {
        public struct Reply: Codable, Sendable, Equatable {
            public var date: String
            public var text: String

            public init(date: String, text: String) {
                self.date = date
                self.text = text
            }
        }

        public struct Step: Codable, Sendable, Equatable {
            public var date: String
            public var state: String
            public var stateLabel: String

            public init(date: String, state: String, stateLabel: String) {
                self.date = date
                self.state = state
                self.stateLabel = stateLabel
            }
        }

        public var state: String
        public var stateLabel: String
        public var received: String
        public var channel: String
        public var due: String?
        public var replies: [Reply]
        public var history: [Step]

        public init(
            state: String, stateLabel: String, received: String, channel: String, due: String? = nil, replies: [Reply],
            history: [Step]
        ) {
            self.state = state
            self.stateLabel = stateLabel
            self.received = received
            self.channel = channel
            self.due = due
            self.replies = replies
            self.history = history
        }
    }

    public struct RequestIdentityParameters: Codable, Sendable {
        public var id: Int64
        public var reason: String

        public init(id: Int64, reason: String) {
            self.id = id
            self.reason = reason
        }
    }

    public struct RequestReply: Codable, Sendable {
        public var request: Int64

        public init(request: Int64) {
            self.request = request
        }
    }

    public struct RequestParameters: Codable, Sendable {
        public var request: Int64

        public init(request: Int64) {
            self.request = request
        }
    }

    public struct IdentityReply: Codable, Sendable {
        public var identity: String

        public init(identity: String) {
            self.identity = identity
        }
    }
}
