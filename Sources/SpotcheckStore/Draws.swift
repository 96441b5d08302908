public import Foundation
import GRDB
public import SpotcheckCore
import Synchronization

/// A draw as the store keeps it through its life: committed (seed and commitments stored, no
/// result yet), completed (record stored), revealed, published; or missed.
public struct StoredDraw: Sendable, Equatable {
    public enum State: String, Sendable {
        case committed, completed, missed
    }

    public enum Kind: String, Sendable {
        case scheduled, targeted
    }

    public var id: Int64
    public var pool: String
    public var date: Day
    public var kind: Kind
    public var state: State
    public var seed: Seed?
    public var seedHash: String?
    public var snapshotHash: String?
    public var previousRecordHash: String?
    public var rosterVersionID: Int64?
    public var policy: Policy?
    public var fixedTargets: [String]?
    /// The record's JSON, exactly as hashed.
    public var record: [UInt8]?
    public var recordHash: String?
    public var committedAt: Date?
    public var completedAt: Date?
    public var revealedAt: Date?
    public var publishedAt: Date?
    /// When the commitment reached the journal; nil when a crash came between storing and
    /// journaling it.
    public var journaledAt: Date?
    /// Who ordered a targeted draw, and why.
    public var orderedBy: String?
    public var orderReason: String?
    /// The history CSV of the roster snapshot the draw committed to (with the roster version's
    /// other files it rebuilds the snapshot byte for byte); nil for draws stored before it was kept.
    public var snapshotHistory: [UInt8]?
    /// The commitment's canonical JSON, as published in `commitment.json`.
    public var commitment: [UInt8]?

    init(row: Row) throws {
        id = row["id"]
        pool = row["pool"]
        date = Day(iso: row["date"] as String)!
        kind = Kind(rawValue: row["kind"])!
        state = State(rawValue: row["state"])!
        seed = (row["seed"] as Data?).flatMap { Seed(bytes: [UInt8]($0)) }
        seedHash = row["seed_hash"]
        snapshotHash = row["snapshot_hash"]
        previousRecordHash = row["previous_record_hash"]
        rosterVersionID = row["roster_version_id"]
        let decoder = JSONDecoder()
        policy = try (row["policy"] as String?).map { try decoder.decode(Policy.self, from: Data($0.utf8)) }
        fixedTargets = try (row["fixed_targets"] as String?).map {
            try decoder.decode([String].self, from: Data($0.utf8))
        }
        record = (row["record"] as Data?).map { [UInt8]($0) }
        recordHash = row["record_hash"]
        func time(_ column: String) -> Date? { (row[column] as Double?).map(Date.init(timeIntervalSince1970:)) }
        committedAt = time("committed_at")
        completedAt = time("completed_at")
        revealedAt = time("revealed_at")
        publishedAt = time("published_at")
        journaledAt = time("journaled_at")
        orderedBy = row["ordered_by"]
        orderReason = row["order_reason"]
        snapshotHistory = (row["snapshot_history"] as Data?).map { [UInt8]($0) }
        commitment = (row["commitment"] as Data?).map { [UInt8]($0) }
    }

    /// The decoded record, once completed.
    public func decodedRecord() throws -> DrawRecord? {
        try record.map { try JSONDecoder().decode(DrawRecord.self, from: Data($0)) }
    }
}

/// A team member of a completed draw, as the store keeps it for task files and history.
public struct StoredAssignment: Sendable, Equatable {
    public var drawID: Int64
    public var date: Day
    public var pool: String
    public var inspector: String
    public var login: String
    public var department: String
    public var role: String

    public init(
        drawID: Int64, date: Day, pool: String, inspector: String, login: String, department: String, role: String
    ) {
        self.drawID = drawID
        self.date = date
        self.pool = pool
        self.inspector = inspector
        self.login = login
        self.department = department
        self.role = role
    }
}

public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// A scheduled draw for the pool and date exists already.
    case alreadyDrawn(pool: String, date: Day, state: StoredDraw.State)
    case noSuchDraw(Int64)
    case wrongState(Int64, StoredDraw.State)
    /// The database file was deleted or replaced by another file while open.
    case databaseReplaced(path: String, deleted: Bool)
    /// The database file is the one opened, but no longer holds a draw stored through it (or a
    /// public commitment it made): a copy was restored into it, or it was rewritten.
    case databaseRolledBack(path: String, evidence: String)

    public var description: String {
        switch self {
        case .alreadyDrawn(let pool, let date, let state):
            "pool \(pool) already has a \(state.rawValue) draw for \(date)"
        case .noSuchDraw(let id): "no draw \(id)"
        case .wrongState(let id, let state): "draw \(id) is \(state.rawValue)"
        case .databaseReplaced(let path, let deleted):
            "the state database \(path) was \(deleted ? "deleted" : "replaced by another file") while spotcheckd "
                + "was running; stopping so that nothing is drawn twice. Restore the original file (or move the "
                + "new one away) and start spotcheckd again"
        case .databaseRolledBack(let path, let evidence):
            "the state database \(path) no longer holds what spotcheckd stored and published (\(evidence)): "
                + "an older copy was restored into it, or it was rewritten. Stopping so that nothing is drawn "
                + "twice; put back the database that made the public commitments, then start spotcheckd again"
        }
    }
}

extension Store {
    public struct Commitment: Sendable {
        public var pool: String
        public var date: Day
        public var kind: StoredDraw.Kind
        public var seed: Seed
        public var snapshotHash: String
        public var previousRecordHash: String?
        public var rosterVersionID: Int64
        public var policy: Policy
        public var fixedTargets: [String]?
        /// For an ordered draw: who ordered it and why (kept and audited with the commitment).
        public var orderedBy: String?
        public var orderReason: String?
        public var snapshotHistory: [UInt8]?
        public var commitment: [UInt8]?
        /// An ordered draw's order entry (canonical JSON) and its hash: the chain link stored with
        /// the commitment, which `previousRecordHash` then names.
        public var orderEntry: (bytes: [UInt8], hash: String)?
        /// The private salt of the order entry's `reasonCommitment` (OrderReasons.swift).
        public var orderReasonSalt: [UInt8]?

        public init(
            pool: String, date: Day, kind: StoredDraw.Kind, seed: Seed, snapshotHash: String,
            previousRecordHash: String?, rosterVersionID: Int64, policy: Policy, fixedTargets: [String]? = nil,
            orderedBy: String? = nil, orderReason: String? = nil, snapshotHistory: [UInt8]? = nil,
            commitment: [UInt8]? = nil, orderEntry: (bytes: [UInt8], hash: String)? = nil
        ) {
            self.orderEntry = orderEntry
            self.pool = pool
            self.date = date
            self.kind = kind
            self.seed = seed
            self.snapshotHash = snapshotHash
            self.previousRecordHash = previousRecordHash
            self.rosterVersionID = rosterVersionID
            self.policy = policy
            self.fixedTargets = fixedTargets
            self.orderedBy = orderedBy
            self.orderReason = orderReason
            self.snapshotHistory = snapshotHistory
            self.commitment = commitment
        }
    }

    /// Stores the seed and commitments of a draw before its result is computed. A scheduled draw
    /// happens once per pool and date: a second commitment throws `alreadyDrawn`.
    public func commit(_ commitment: Commitment, at date: Date) throws -> StoredDraw {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let policy = String(decoding: try encoder.encode(commitment.policy), as: UTF8.self)
        let targets = try commitment.fixedTargets.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let stored = try recordedWrite { db in
            if commitment.kind == .scheduled,
                let existing = try Row.fetchOne(
                    db, sql: "SELECT * FROM draw WHERE kind = 'scheduled' AND pool = ? AND date = ?",
                    arguments: [commitment.pool, commitment.date.description])
            {
                throw StoreError.alreadyDrawn(
                    pool: commitment.pool, date: commitment.date, state: try StoredDraw(row: existing).state)
            }
            try db.execute(
                sql: """
                    INSERT INTO draw (pool, date, kind, state, seed, seed_hash, snapshot_hash, previous_record_hash,
                        roster_version_id, policy, fixed_targets, committed_at, ordered_by, order_reason,
                        snapshot_history, commitment)
                    VALUES (?, ?, ?, 'committed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    commitment.pool, commitment.date.description, commitment.kind.rawValue, Data(commitment.seed.bytes),
                    commitment.seed.commitment, commitment.snapshotHash, commitment.previousRecordHash,
                    commitment.rosterVersionID, policy, targets, date.timeIntervalSince1970, commitment.orderedBy,
                    commitment.orderReason, commitment.snapshotHistory.map { Data($0) },
                    commitment.commitment.map { Data($0) },
                ])
            let id = db.lastInsertedRowID
            try Self.linkHiddenSlot(db, drawID: id, commitment: commitment.commitment)  // HiddenSlots.swift
            if let order = commitment.orderEntry {
                try Self.appendChain(db, kind: .order, drawID: id, entry: order.bytes, hash: order.hash)
            }
            try Self.keepOrderReasonSalt(db, drawID: id, salt: commitment.orderReasonSalt)  // OrderReasons.swift
            if let actor = commitment.orderedBy {
                try Self.audit(
                    db, actor: actor, action: "draw.ordered",
                    detail: [
                        "draw": String(id), "pool": commitment.pool,
                        "departments": (commitment.fixedTargets ?? []).joined(separator: ","),
                        "reason": commitment.orderReason ?? "",
                    ],
                    at: date)
            }
            try Self.audit(
                db, actor: "spotcheckd", action: "draw.committed",
                detail: [
                    "draw": String(id), "pool": commitment.pool, "date": commitment.date.description,
                    "seed_sha256": commitment.seed.commitment, "snapshot_sha256": commitment.snapshotHash,
                ], at: date)
            return try StoredDraw(row: Row.fetchOne(db, sql: "SELECT * FROM draw WHERE id = ?", arguments: [id])!)
        }
        newestDraw.withLock { $0 = (stored.id, commitment.seed.commitment) }
        return stored
    }

    /// Stores the result of a committed draw with its assignments.
    public func complete(
        drawID: Int64, record: [UInt8], recordHash: String, assignments: [StoredAssignment], at date: Date
    ) throws {
        try recordedWrite { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM draw WHERE id = ?", arguments: [drawID]) else {
                throw StoreError.noSuchDraw(drawID)
            }
            let draw = try StoredDraw(row: row)
            guard draw.state == .committed else { throw StoreError.wrongState(drawID, draw.state) }
            try db.execute(
                sql: "UPDATE draw SET state = 'completed', record = ?, record_hash = ?, completed_at = ? WHERE id = ?",
                arguments: [Data(record), recordHash, date.timeIntervalSince1970, drawID])
            try Self.appendChain(db, kind: .record, drawID: drawID, entry: nil, hash: recordHash)
            for assignment in assignments {
                try db.execute(
                    sql: """
                        INSERT INTO assignment (draw_id, date, pool, inspector, login, department, role)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        drawID, assignment.date.description, assignment.pool, assignment.inspector, assignment.login,
                        assignment.department, assignment.role,
                    ])
            }
            try Self.audit(
                db, actor: "spotcheckd", action: "draw.completed",
                detail: [
                    "draw": String(drawID), "record_sha256": recordHash,
                    "teams": String(Set(assignments.map(\.department)).count),
                ],
                at: date)
        }
    }

    /// Records that a pool's working day passed with no draw. Returns false when a draw exists.
    @discardableResult
    public func markMissed(pool: String, date day: Day, at date: Date) throws -> Bool {
        try recordedWrite { db in
            let exists =
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM draw WHERE kind = 'scheduled' AND pool = ? AND date = ?",
                    arguments: [pool, day.description]) ?? false
            if exists { return false }
            try db.execute(
                sql: "INSERT INTO draw (pool, date, kind, state) VALUES (?, ?, 'scheduled', 'missed')",
                arguments: [pool, day.description])
            try Self.audit(
                db, actor: "spotcheckd", action: "draw.missed", detail: ["pool": pool, "date": day.description],
                at: date)
            return true
        }
    }

    /// Records that the draw's commitment is in the journal.
    public func markJournaled(drawID: Int64, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE draw SET journaled_at = ? WHERE id = ? AND journaled_at IS NULL",
                arguments: [date.timeIntervalSince1970, drawID])
        }
    }

    /// A text that changes whenever a draw is revealed or an inspector replaced: what the
    /// answers about revealed teams depend on.
    public func revealedRevision() throws -> String {
        try database.read { db in
            let draws = try Row.fetchOne(
                db, sql: "SELECT COUNT(*) AS n, MAX(id) AS last FROM draw WHERE revealed_at IS NOT NULL")
            let replacements = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM replacement") ?? 0
            return "\(draws?["n"] as Int? ?? 0)/\(draws?["last"] as Int64? ?? 0)/\(replacements)"
        }
    }

    /// Draws whose commitment is stored but not yet journaled, oldest first.
    public func unjournaledDraws() throws -> [StoredDraw] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM draw WHERE state != 'missed' AND journaled_at IS NULL ORDER BY id"
            ).map(StoredDraw.init(row:))
        }
    }

    public func markRevealed(drawID: Int64, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE draw SET revealed_at = ? WHERE id = ?", arguments: [date.timeIntervalSince1970, drawID])
            try Self.audit(db, actor: "spotcheckd", action: "draw.revealed", detail: ["draw": String(drawID)], at: date)
        }
    }

    public func markPublished(drawID: Int64, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE draw SET published_at = ? WHERE id = ?", arguments: [date.timeIntervalSince1970, drawID])
            try Self.audit(db, actor: "spotcheckd", action: "seed.revealed", detail: ["draw": String(drawID)], at: date)
        }
    }

    public func draw(id: Int64) throws -> StoredDraw? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM draw WHERE id = ?", arguments: [id]).map(StoredDraw.init(row:))
        }
    }

    /// The scheduled draw of a pool on a date, if any (including a missed one).
    public func scheduledDraw(pool: String, date: Day) throws -> StoredDraw? {
        try database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM draw WHERE kind = 'scheduled' AND pool = ? AND date = ?",
                arguments: [pool, date.description]
            ).map(StoredDraw.init(row:))
        }
    }

    /// Draws in id order, optionally only those of one date.
    public func draws(on date: Day? = nil) throws -> [StoredDraw] {
        try database.read { db in
            if let date {
                return try Row.fetchAll(
                    db, sql: "SELECT * FROM draw WHERE date = ? ORDER BY id", arguments: [date.description]
                )
                .map(StoredDraw.init(row:))
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM draw ORDER BY id").map(StoredDraw.init(row:))
        }
    }

    /// Draws that still need a step: committed but not completed, completed but not revealed or
    /// not published.
    public func unfinishedDraws() throws -> [StoredDraw] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM draw WHERE state = 'committed'
                       OR (state = 'completed' AND (revealed_at IS NULL OR published_at IS NULL)) ORDER BY id
                    """
            ).map(StoredDraw.init(row:))
        }
    }

    /// Hash of the newest link of the chain (a record, an order or a replacement): the link the
    /// next draw commits to.
    public func lastRecordHash() throws -> String? {
        try database.read { db in try Self.chainHead(db) }
    }

    /// Assignments of completed draws made before the given draw (all, when nil): the history
    /// the daemon adds to the roster's own.
    public func assignments(before drawID: Int64? = nil) throws -> [StoredAssignment] {
        try database.read { db in
            let rows =
                try drawID.map {
                    try Row.fetchAll(
                        db, sql: "SELECT * FROM assignment WHERE draw_id < ? ORDER BY draw_id, inspector",
                        arguments: [$0])
                } ?? Row.fetchAll(db, sql: "SELECT * FROM assignment ORDER BY draw_id, inspector")
            return rows.map(Self.assignment)
        }
    }

    public func assignments(drawID: Int64) throws -> [StoredAssignment] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM assignment WHERE draw_id = ? ORDER BY inspector", arguments: [drawID]
            )
            .map(Self.assignment)
        }
    }

    /// The assignments of revealed draws on a date, for one login or all.
    public func revealedAssignments(on date: Day, login: String? = nil) throws -> [StoredAssignment] {
        try database.read { db in
            var sql = """
                SELECT assignment.* FROM assignment JOIN draw ON draw.id = assignment.draw_id
                WHERE assignment.date = ? AND draw.revealed_at IS NOT NULL
                """
            var arguments: StatementArguments = [date.description]
            if let login {
                sql += " AND assignment.login = ?"
                arguments += [login]
            }
            return try Row.fetchAll(
                db, sql: sql + " ORDER BY assignment.draw_id, assignment.inspector", arguments: arguments
            )
            .map(Self.assignment)
        }
    }

    static func assignment(_ row: Row) -> StoredAssignment {
        StoredAssignment(
            drawID: row["draw_id"], date: Day(iso: row["date"] as String)!, pool: row["pool"],
            inspector: row["inspector"],
            login: row["login"], department: row["department"], role: row["role"])
    }
}

/// An inspector swapped for another on an issued assignment (illness and the like). The draw
/// record stays as drawn; replacements are kept beside it.
public struct Replacement: Sendable, Equatable {
    /// The store's id, once stored.
    public var id: Int64?
    public var drawID: Int64
    public var department: String
    public var oldInspector: String
    public var newInspector: String
    public var newName: String
    public var newHome: String
    public var role: String
    public var reason: String
    public var actor: String
    public var at: Date

    public init(
        drawID: Int64, department: String, oldInspector: String, newInspector: String, newName: String, newHome: String,
        role: String, reason: String, actor: String, at: Date, id: Int64? = nil
    ) {
        self.id = id
        self.drawID = drawID
        self.department = department
        self.oldInspector = oldInspector
        self.newInspector = newInspector
        self.newName = newName
        self.newHome = newHome
        self.role = role
        self.reason = reason
        self.actor = actor
        self.at = at
    }
}

extension Store {
    /// Swaps the assignment and records the replacement and its audit entry, in one transaction.
    /// Returns the replacement's id.
    @discardableResult
    public func replace(
        _ replacement: Replacement, newLogin: String, chainEntry: ((String?) -> (bytes: [UInt8], hash: String))? = nil
    ) throws -> Int64 {
        try recordedWrite { db in
            guard
                let old = try Row.fetchOne(
                    db, sql: "SELECT * FROM assignment WHERE draw_id = ? AND inspector = ? AND department = ?",
                    arguments: [replacement.drawID, replacement.oldInspector, replacement.department])
            else { throw StoreError.noSuchDraw(replacement.drawID) }
            try db.execute(
                sql: "DELETE FROM assignment WHERE draw_id = ? AND inspector = ? AND department = ?",
                arguments: [replacement.drawID, replacement.oldInspector, replacement.department])
            try db.execute(
                sql: """
                    INSERT INTO assignment (draw_id, date, pool, inspector, login, department, role)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    replacement.drawID, old["date"] as String, old["pool"] as String, replacement.newInspector,
                    newLogin,
                    replacement.department, replacement.role,
                ])
            try db.execute(
                sql: """
                    INSERT INTO replacement (draw_id, department, old_inspector, new_inspector, new_name, new_home, role,
                        reason, actor, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    replacement.drawID, replacement.department, replacement.oldInspector, replacement.newInspector,
                    replacement.newName, replacement.newHome, replacement.role, replacement.reason, replacement.actor,
                    replacement.at.timeIntervalSince1970,
                ])
            let id = db.lastInsertedRowID
            // The chain entry follows the chain's head as it is in this very transaction.
            if let chainEntry {
                let entry = chainEntry(try Self.chainHead(db))
                try Self.appendChain(
                    db, kind: .replacement, drawID: replacement.drawID, replacementID: id, entry: entry.bytes,
                    hash: entry.hash)
            }
            try Self.audit(
                db, actor: replacement.actor, action: "assignment.replaced",
                detail: [
                    "draw": String(replacement.drawID), "department": replacement.department,
                    "before": replacement.oldInspector, "after": replacement.newInspector, "reason": replacement.reason,
                ], at: replacement.at)
            return id
        }
    }

    /// Records that the replacement is in the journal.
    public func markReplacementJournaled(id: Int64, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE replacement SET journaled_at = ? WHERE id = ? AND journaled_at IS NULL",
                arguments: [date.timeIntervalSince1970, id])
        }
    }

    /// Replacements stored but not yet journaled, oldest first.
    public func unjournaledReplacements() throws -> [Replacement] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM replacement WHERE journaled_at IS NULL ORDER BY id")
                .map(Self.replacement)
        }
    }

    /// The replacements of a draw, oldest first.
    public func replacements(drawID: Int64) throws -> [Replacement] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM replacement WHERE draw_id = ? ORDER BY id", arguments: [drawID])
                .map(Self.replacement)
        }
    }

    static func replacement(_ row: Row) -> Replacement {
        Replacement(
            drawID: row["draw_id"], department: row["department"], oldInspector: row["old_inspector"],
            newInspector: row["new_inspector"], newName: row["new_name"], newHome: row["new_home"], role: row["role"],
            reason: row["reason"], actor: row["actor"], at: Date(timeIntervalSince1970: row["at"]), id: row["id"])
    }
}
