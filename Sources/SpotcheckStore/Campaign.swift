import Crypto
public import Foundation
import GRDB
public import SpotcheckCampaign
public import SpotcheckCore
import SpotcheckLedger

// The campaign's state: phase transitions and complaints. Schema in migration `v7-campaign`.

extension Store {
    static func migrateCampaign(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE campaign_transition (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    campaign TEXT NOT NULL,
                    from_step TEXT NOT NULL,
                    to_step TEXT NOT NULL,
                    at REAL NOT NULL,
                    actor TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    facts TEXT NOT NULL,
                    previous_hash TEXT,
                    hash TEXT NOT NULL,
                    journaled_at REAL
                );
                CREATE UNIQUE INDEX campaign_transition_once ON campaign_transition(campaign, to_step);
                CREATE TABLE complaint (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    channel TEXT NOT NULL,
                    received_day TEXT NOT NULL,
                    received_at REAL NOT NULL,
                    department TEXT NOT NULL,
                    allegation TEXT NOT NULL,
                    category TEXT NOT NULL,
                    stub INTEGER NOT NULL,
                    state TEXT NOT NULL,
                    locator TEXT NOT NULL,
                    receipt_salt BLOB NOT NULL,
                    receipt_hash BLOB NOT NULL,
                    identity_sealed BLOB
                );
                CREATE INDEX complaint_by_locator ON complaint(locator);
                CREATE TABLE complaint_entry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    complaint_id INTEGER NOT NULL REFERENCES complaint(id),
                    kind TEXT NOT NULL CHECK (kind IN ('reply', 'note', 'state')),
                    at REAL NOT NULL,
                    day TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    text TEXT NOT NULL,
                    state TEXT
                );
                CREATE TABLE complaint_unseal (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    complaint_id INTEGER NOT NULL REFERENCES complaint(id),
                    requested_uid INTEGER NOT NULL,
                    requested_by TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    requested_at REAL NOT NULL,
                    approved_uid INTEGER,
                    approved_by TEXT,
                    approved_at REAL,
                    read_at REAL
                );
                CREATE TABLE draw_visit (
                    draw_id INTEGER PRIMARY KEY REFERENCES draw(id),
                    mode TEXT NOT NULL
                );
                CREATE TABLE complaint_escalation (
                    complaint_id INTEGER NOT NULL REFERENCES complaint(id),
                    clock TEXT NOT NULL,
                    level TEXT NOT NULL,
                    due TEXT NOT NULL,
                    at REAL NOT NULL,
                    PRIMARY KEY (complaint_id, clock, level, due)
                );
                """)
    }
}

// MARK: Transitions

public struct StoredTransition: Sendable, Equatable {
    public var id: Int64
    public var transition: CampaignTransition
    public var hash: String
    public var journaledAt: Date?
}

extension Store {
    /// The steps taken in the campaign `key`, oldest first.
    public func campaignTransitions(campaign key: String) throws -> [StoredTransition] {
        try database.read { db in try Self.transitions(db, key) }
    }

    static func transitions(_ db: Database, _ key: String) throws -> [StoredTransition] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM campaign_transition WHERE campaign = ? ORDER BY id", arguments: [key]
        ).compactMap { row in
            guard let from = CampaignStep(name: row["from_step"]), let to = CampaignStep(name: row["to_step"]) else {
                return nil
            }
            let facts =
                (try? JSONDecoder().decode([String: String].self, from: Data((row["facts"] as String).utf8))) ?? [:]
            return StoredTransition(
                id: row["id"],
                transition: CampaignTransition(
                    from: from, to: to, at: row["at"], actor: row["actor"], reason: row["reason"], facts: facts),
                hash: row["hash"], journaledAt: (row["journaled_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// Stores a step, checked against the steps already stored in the same transaction (forward
    /// only, one at a time), linked by hash to the previous one, with its audit entry. Throws
    /// `CampaignError` when the step is not the next one.
    public func recordTransition(_ transition: CampaignTransition, campaign key: String) throws -> StoredTransition {
        try recordedWrite { db in
            let stored = try Self.transitions(db, key)
            var timeline = CampaignTimeline(transitions: stored.map(\.transition))
            try timeline.append(transition)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let facts = String(decoding: try encoder.encode(transition.facts), as: UTF8.self)
            let previous = stored.last?.hash
            let canonical =
                "spotcheck/campaign-transition/v1\n\(key)\n\(transition.from.identifier)\n\(transition.to.identifier)\n\(transition.at)\n\(transition.actor)\n\(transition.reason)\n\(facts)\n\(previous ?? "")"
            let hash = SHA256.hash(data: Array(canonical.utf8)).map { String(format: "%02x", $0) }.joined()
            try db.execute(
                sql: """
                    INSERT INTO campaign_transition (campaign, from_step, to_step, at, actor, reason, facts, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    key, transition.from.identifier, transition.to.identifier, transition.at, transition.actor,
                    transition.reason, facts, previous, hash,
                ])
            let id = db.lastInsertedRowID
            var detail = transition.facts
            detail["from"] = transition.from.identifier
            detail["to"] = transition.to.identifier
            detail["reason"] = transition.reason
            detail["hash"] = hash
            try Self.audit(
                db, actor: transition.actor, action: "campaign.advanced", detail: detail,
                at: Date(timeIntervalSince1970: transition.at))
            // A link of the hash chain (ChainLinks.swift): the step and what it froze are public,
            // who took it and why are in the private entry.
            var published = transition.facts
            published["campaign"] = key
            published["from"] = transition.from.identifier
            published["to"] = transition.to.identifier
            var fields = published
            fields["actor"] = transition.actor
            fields["reason"] = transition.reason
            fields["at"] = String(transition.at)
            fields["transition_sha256"] = hash
            try Self.queueChainEvent(
                db, kind: .campaign, at: Date(timeIntervalSince1970: transition.at), facts: published, fields: fields)
            return StoredTransition(id: id, transition: transition, hash: hash, journaledAt: nil)
        }
    }

    public func markTransitionJournaled(id: Int64, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE campaign_transition SET journaled_at = ? WHERE id = ?",
                arguments: [date.timeIntervalSince1970, id])
        }
    }
}

// MARK: Complaints

/// What is stored about a complaint at registration. The identity arrives sealed already.
public struct NewComplaint: Sendable {
    public var channel: ComplaintChannel
    public var received: Day
    public var receivedAt: Date
    public var department: String
    public var allegation: String
    public var category: String
    public var stub: Bool
    public var locator: String
    public var receiptSalt: [UInt8]
    public var receiptHash: [UInt8]

    public init(
        channel: ComplaintChannel, received: Day, receivedAt: Date, department: String, allegation: String,
        category: String, stub: Bool, locator: String, receiptSalt: [UInt8], receiptHash: [UInt8]
    ) {
        self.channel = channel
        self.received = received
        self.receivedAt = receivedAt
        self.department = department
        self.allegation = allegation
        self.category = category
        self.stub = stub
        self.locator = locator
        self.receiptSalt = receiptSalt
        self.receiptHash = receiptHash
    }
}

/// A request to read a complainant's identity, and its approval.
public struct UnsealRequest: Sendable, Equatable {
    public var id: Int64
    public var complaint: Int64
    public var requestedUID: UInt32
    public var requestedBy: String
    public var reason: String
    public var requestedAt: Date
    public var approvedUID: UInt32?
    public var approvedBy: String?
    public var approvedAt: Date?
    public var readAt: Date?
}

extension Store {
    /// Registers a complaint with its first state entry; `seal` turns the new complaint's id into
    /// the sealed identity (nil when none was given), in the same transaction. The id is drawn at
    /// random (FindingNumbers.swift): it tells nobody how many complaints there are.
    public func registerComplaint(
        _ complaint: NewComplaint, actor: String, seal: (Int64) throws -> [UInt8]?
    ) throws -> Int64 {
        try recordedWrite { db in
            let id = try Self.allocateComplaintNumber(db)
            try db.execute(
                sql: """
                    INSERT INTO complaint (id, channel, received_day, received_at, department, allegation, category,
                        stub, state, locator, receipt_salt, receipt_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, complaint.channel.rawValue, complaint.received.description,
                    complaint.receivedAt.timeIntervalSince1970, complaint.department, complaint.allegation,
                    complaint.category, complaint.stub,
                    complaint.stub ? ComplaintState.referred.rawValue : ComplaintState.received.rawValue,
                    complaint.locator, Data(complaint.receiptSalt), Data(complaint.receiptHash),
                ])
            if let sealed = try seal(id) {
                try db.execute(
                    sql: "UPDATE complaint SET identity_sealed = ? WHERE id = ?", arguments: [Data(sealed), id])
            }
            let state: ComplaintState = complaint.stub ? .referred : .received
            try db.execute(
                sql:
                    "INSERT INTO complaint_entry (complaint_id, kind, at, day, actor, text, state) VALUES (?, 'state', ?, ?, ?, ?, ?)",
                arguments: [
                    id, complaint.receivedAt.timeIntervalSince1970, complaint.received.description, actor,
                    complaint.stub ? "forwarded to the level above" : "", state.rawValue,
                ])
            try Self.audit(
                db, actor: actor, action: "complaint.registered",
                detail: [
                    "complaint": String(id), "channel": complaint.channel.rawValue, "stub": String(complaint.stub),
                ],
                at: complaint.receivedAt)
            return id
        }
    }

    public func complaint(id: Int64) throws -> Complaint? {
        try database.read { db in try Self.complaint(db, id) }
    }

    public func complaints() throws -> [Complaint] {
        try database.read { db in
            // In the order registered (ids say nothing of it): that of their first entries.
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT complaint.id FROM complaint
                    LEFT JOIN (SELECT complaint_id, MIN(id) AS first FROM complaint_entry GROUP BY complaint_id) AS e
                        ON e.complaint_id = complaint.id
                    ORDER BY e.first, complaint.id
                    """
            ).compactMap {
                try Self.complaint(db, $0)
            }
        }
    }

    static func complaint(_ db: Database, _ id: Int64) throws -> Complaint? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM complaint WHERE id = ?", arguments: [id]),
            let channel = ComplaintChannel(rawValue: row["channel"]),
            let received = Day(iso: row["received_day"] as String),
            let state = ComplaintState(rawValue: row["state"])
        else { return nil }
        let entries = try Row.fetchAll(
            db, sql: "SELECT * FROM complaint_entry WHERE complaint_id = ? ORDER BY id", arguments: [id]
        ).compactMap { entry -> ComplaintEntry? in
            guard let kind = ComplaintEntry.Kind(rawValue: entry["kind"]), let day = Day(iso: entry["day"] as String)
            else {
                return nil
            }
            return ComplaintEntry(
                kind: kind, at: entry["at"], day: day, actor: entry["actor"], text: entry["text"],
                state: (entry["state"] as String?).flatMap(ComplaintState.init(rawValue:)))
        }
        return Complaint(
            id: id, channel: channel, received: received, receivedAt: row["received_at"],
            department: row["department"], allegation: row["allegation"], category: row["category"],
            hasIdentity: (row["identity_sealed"] as Data?) != nil, stub: row["stub"], state: state, entries: entries)
    }

    /// The complaints whose receipt code starts with `locator`, with their salt and hash.
    public func receiptCandidates(locator: String) throws -> [(id: Int64, salt: [UInt8], hash: [UInt8])] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, receipt_salt, receipt_hash FROM complaint WHERE locator = ? ORDER BY id",
                arguments: [locator]
            ).map { ($0["id"], [UInt8]($0["receipt_salt"] as Data), [UInt8]($0["receipt_hash"] as Data)) }
        }
    }

    /// Adds a reply, a note or a state change. A state change is checked against the state
    /// stored in the same transaction. Returns the complaint as it is afterwards.
    public func addComplaintEntry(
        complaint id: Int64, kind: ComplaintEntry.Kind, text: String, state target: ComplaintState?, reply: String?,
        actor: String, at date: Date, day: Day
    ) throws -> Complaint {
        try recordedWrite { db in
            guard let complaint = try Self.complaint(db, id) else { throw ComplaintStoreError.notFound(id) }
            if let target {
                if let refusal = complaint.refusal(to: target, reply: reply) {
                    throw ComplaintStoreError.refused(refusal)
                }
                try db.execute(sql: "UPDATE complaint SET state = ? WHERE id = ?", arguments: [target.rawValue, id])
            }
            func insert(_ kind: ComplaintEntry.Kind, _ text: String, _ state: ComplaintState?) throws {
                try db.execute(
                    sql:
                        "INSERT INTO complaint_entry (complaint_id, kind, at, day, actor, text, state) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        id, kind.rawValue, date.timeIntervalSince1970, day.description, actor, text, state?.rawValue,
                    ])
            }
            try insert(kind, text, target)
            if let reply, kind != .reply, VisibleText.has(reply) { try insert(.reply, reply, nil) }
            try Self.audit(
                db, actor: actor, action: target == nil ? "complaint.\(kind.rawValue)" : "complaint.state",
                detail: ["complaint": String(id), "state": target?.rawValue ?? complaint.state.rawValue], at: date)
            return try Self.complaint(db, id)!
        }
    }

    // MARK: Identity: two people

    public func requestUnseal(
        complaint id: Int64, uid: UInt32, actor: String, reason: String, at date: Date
    ) throws -> Int64 {
        try recordedWrite { db in
            guard try Self.complaint(db, id) != nil else { throw ComplaintStoreError.notFound(id) }
            // Drawn at random (FindingNumbers.swift), as a complaint's: it tells nobody how many
            // identity requests there are.
            let request = try Self.allocateUnsealNumber(db)
            try db.execute(
                sql: """
                    INSERT INTO complaint_unseal (id, complaint_id, requested_uid, requested_by, reason, requested_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [request, id, uid, actor, reason, date.timeIntervalSince1970])
            try Self.audit(
                db, actor: actor, action: "complaint.identity.requested",
                detail: ["complaint": String(id), "request": String(request), "reason": reason], at: date)
            return request
        }
    }

    public func unsealRequest(id: Int64) throws -> UnsealRequest? {
        try database.read { db in try Self.unsealRequest(db, id) }
    }

    static func unsealRequest(_ db: Database, _ id: Int64) throws -> UnsealRequest? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM complaint_unseal WHERE id = ?", arguments: [id]) else {
            return nil
        }
        func date(_ column: String) -> Date? { (row[column] as Double?).map(Date.init(timeIntervalSince1970:)) }
        return UnsealRequest(
            id: id, complaint: row["complaint_id"], requestedUID: UInt32(row["requested_uid"] as Int64),
            requestedBy: row["requested_by"], reason: row["reason"], requestedAt: date("requested_at")!,
            approvedUID: (row["approved_uid"] as Int64?).map { UInt32($0) }, approvedBy: row["approved_by"],
            approvedAt: date("approved_at"), readAt: date("read_at"))
    }

    /// A second person approves: never the one who asked.
    public func approveUnseal(request id: Int64, uid: UInt32, actor: String, at date: Date) throws -> UnsealRequest {
        try recordedWrite { db in
            guard let request = try Self.unsealRequest(db, id) else { throw ComplaintStoreError.noRequest(id) }
            guard request.requestedUID != uid else {
                throw ComplaintStoreError.refused(.ownApproval)
            }
            guard request.approvedAt == nil else {
                throw ComplaintStoreError.refused(.alreadyApproved(request: id))
            }
            try db.execute(
                sql: "UPDATE complaint_unseal SET approved_uid = ?, approved_by = ?, approved_at = ? WHERE id = ?",
                arguments: [uid, actor, date.timeIntervalSince1970, id])
            try Self.audit(
                db, actor: actor, action: "complaint.identity.approved",
                detail: [
                    "complaint": String(request.complaint), "request": String(id), "requested_by": request.requestedBy,
                ],
                at: date)
            return try Self.unsealRequest(db, id)!
        }
    }

    /// The sealed identity, for the one who asked, once a second person approved; marks the
    /// request read (once only) with an audit entry.
    public func takeSealedIdentity(
        request id: Int64, uid: UInt32, actor: String, at date: Date, validFor: TimeInterval
    )
        throws -> (request: UnsealRequest, sealed: [UInt8])
    {
        try recordedWrite { db in
            guard let request = try Self.unsealRequest(db, id) else { throw ComplaintStoreError.noRequest(id) }
            guard request.requestedUID == uid else {
                throw ComplaintStoreError.refused(.notRequester(login: request.requestedBy))
            }
            guard let approvedAt = request.approvedAt, request.approvedUID != uid else {
                throw ComplaintStoreError.refused(.notApproved(request: id))
            }
            guard request.readAt == nil else {
                throw ComplaintStoreError.refused(.requestUsed(request: id))
            }
            guard date.timeIntervalSince(approvedAt) <= validFor else {
                throw ComplaintStoreError.refused(.approvalExpired(request: id))
            }
            guard
                let sealed = try Data.fetchOne(
                    db, sql: "SELECT identity_sealed FROM complaint WHERE id = ?", arguments: [request.complaint])
            else { throw ComplaintStoreError.refused(.noIdentity(complaint: request.complaint)) }
            try db.execute(
                sql: "UPDATE complaint_unseal SET read_at = ? WHERE id = ?",
                arguments: [date.timeIntervalSince1970, id])
            try Self.audit(
                db, actor: actor, action: "complaint.identity.read",
                detail: [
                    "complaint": String(request.complaint), "request": String(id), "reason": request.reason,
                    "approved_by": request.approvedBy ?? "",
                ], at: date)
            return (request, [UInt8](sealed))
        }
    }
}

extension Store {
    /// Every complaint escalation journaled so far.
    public func complaintEscalations() throws -> Set<ComplaintEscalation> {
        try database.read { db in
            Set(
                try Row.fetchAll(db, sql: "SELECT * FROM complaint_escalation").compactMap { row in
                    guard let level = EscalationLevel(rawValue: row["level"]), let due = Day(iso: row["due"] as String)
                    else { return nil }
                    return ComplaintEscalation(
                        complaint: row["complaint_id"], clock: row["clock"], level: level, due: due)
                })
        }
    }

    /// Notes an escalation as journaled; false when it already was.
    public func recordComplaintEscalation(_ mark: ComplaintEscalation, at date: Date) throws -> Bool {
        try recordedWrite { db in
            try db.execute(
                sql:
                    "INSERT OR IGNORE INTO complaint_escalation (complaint_id, clock, level, due, at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    mark.complaint, mark.clock, mark.level.rawValue, mark.due.description, date.timeIntervalSince1970,
                ])
            guard db.changesCount > 0 else { return false }
            try Self.audit(
                db, actor: "spotcheckd", action: "complaint.escalated",
                detail: [
                    "complaint": String(mark.complaint), "clock": mark.clock, "level": mark.level.rawValue,
                    "due": mark.due.description,
                ],
                at: date)
            return true
        }
    }
}

extension Store {
    /// The visit mode fixed for a draw when it was committed; nil for draws made before visit
    /// modes existed (open).
    public func visitMode(drawID: Int64) throws -> VisitMode? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT mode FROM draw_visit WHERE draw_id = ?", arguments: [drawID])
                .flatMap(VisitMode.init(rawValue:))
        }
    }

    /// Fixes a draw's visit mode; the first one stored stays.
    public func setVisitMode(_ mode: VisitMode, drawID: Int64) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO draw_visit (draw_id, mode) VALUES (?, ?)",
                arguments: [drawID, mode.rawValue])
        }
    }
}

public enum ComplaintStoreError: Error, Equatable, CustomStringConvertible {
    case notFound(Int64)
    case noRequest(Int64)
    case refused(ComplaintRefusal)

    public var description: String {
        switch self {
        case .notFound(let id): "no complaint \(id)"
        case .noRequest(let id): "no identity request \(id)"
        case .refused(let refusal): refusal.description
        }
    }
}
