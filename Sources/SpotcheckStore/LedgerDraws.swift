public import Foundation
import GRDB
public import SpotcheckCore
public import SpotcheckLedger

// The ledger's draws: who verifies a rectification, which closed findings are re-checked on
// site (回头看), which departments that reported no problem are visited (the honesty sample).
// Each is staffed by an ordered draw (commit-then-reveal, chained, published like any other);
// a `ledger_check` row ties the draw to what it checks. Schema in migration `v8-ledger-draws`.

/// What a ledger draw checks.
public enum LedgerCheckKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The on-site check of a rectification before closure (销号核验).
    case verification
    /// A re-inspection of a finding closed in the period (回头看).
    case recheck
    /// A visit to a department whose self-inspection reported no problem.
    case honesty
}

/// One ledger check: the draw that staffs it and, once drawn, who carries it out.
public struct LedgerCheck: Sendable, Hashable {
    public var id: Int64
    public var kind: LedgerCheckKind
    /// Unique per check: `verification/F-2026-0001/1` (the finding and its verification round),
    /// `recheck/F-2026-0001/2026-11`, `honesty/d-shuiwu/2026-11`.
    public var key: String
    public var finding: FindingID?
    public var department: String
    public var drawID: Int64
    public var day: Day
    /// The inspectors drawn (logins, as told when the draw was made), the first the lead; empty
    /// until the draw is complete, or when nobody could be drawn (`unstaffed`). A record only: who
    /// acts for a seat is the seat's inspector now, under the login the roster gives them now
    /// (the draw's assignments, which replacements and rebindings change).
    public var logins: [String]
    /// The home department of the first inspector drawn (the verifier's, for a verification).
    public var home: String?
    public var unstaffed: Bool
    /// `passed` or `failed`, with who said so and a note: re-checks and honesty visits only.
    public var outcome: String?
    public var outcomeBy: String?
    public var note: String?

    init(row: Row) throws {
        id = row["id"]
        kind = LedgerCheckKind(rawValue: row["kind"]) ?? .verification
        key = row["key"]
        finding = (row["finding"] as String?).flatMap { try? FindingID($0) }
        department = row["department"]
        drawID = row["draw_id"]
        let day: String = row["day"]
        self.day = Day(iso: day) ?? Day(iso: "1970-01-01")!
        let logins: String = row["logins"]
        self.logins = logins.split(separator: " ").map(String.init)
        home = row["home"]
        unstaffed = row["unstaffed"]
        outcome = row["outcome"]
        outcomeBy = row["outcome_by"]
        note = row["note"]
    }
}

/// One department's line of the ledger summary a scheduled draw's weights came from.
public struct LedgerWeightRow: Sendable, Hashable {
    public var department: String
    /// Findings neither closed, dismissed nor transferred.
    public var open: Int
    /// Rectifying past their due date on the draw's day.
    public var overdue: Int
    /// The weight the policy gives the department.
    public var base: Int
    /// `base + open × open_weight + overdue × overdue_weight`.
    public var weight: Int

    public init(department: String, open: Int, overdue: Int, base: Int, weight: Int) {
        self.department = department
        self.open = open
        self.overdue = overdue
        self.base = base
        self.weight = weight
    }
}

extension LedgerCheck {
    /// The key of a finding's verification in its current round: the round is one more than the
    /// verifications recorded so far, so a rejected rectification submitted again, or a reopened
    /// finding, gets a verifier drawn afresh and an earlier round's verifier no longer counts.
    public static func verificationKey(_ finding: Finding) -> String {
        "verification/\(finding.id)/\(finding.verifications.count + 1)"
    }

    public static func recheckKey(_ finding: FindingID, period: String) -> String { "recheck/\(finding)/\(period)" }

    public static func honestyKey(_ department: String, period: String) -> String { "honesty/\(department)/\(period)" }
}

extension Store {
    /// Who may record the verification of `finding` now: the verifier drawn for its current
    /// round. A finding never given to a verifier draw falls back to verifiers assigned otherwise
    /// (`assignVerifier`), never to those of an earlier round.
    public func drawnVerifiers(of finding: Finding) throws -> [(login: String, home: String)] {
        if let check = try ledgerCheck(key: LedgerCheck.verificationKey(finding)) {
            guard let login = check.logins.first, let home = check.home else { return [] }
            return [(login, home)]
        }
        return try database.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT login, home FROM ledger_verifier WHERE finding = ? AND source NOT LIKE 'verification/%' ORDER BY login",
                arguments: [finding.id.description]
            ).map { ($0["login"], $0["home"]) }
        }
    }

    /// Registers "v8-ledger-draws". Append only: a shipped migration is never edited.
    static func registerLedgerDrawsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8-ledger-draws") { db in
            try db.execute(
                sql: """
                    CREATE TABLE ledger_check (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL,
                        key TEXT NOT NULL UNIQUE,
                        finding TEXT,
                        department TEXT NOT NULL,
                        draw_id INTEGER NOT NULL REFERENCES draw(id),
                        day TEXT NOT NULL,
                        logins TEXT NOT NULL DEFAULT '',
                        home TEXT,
                        unstaffed INTEGER NOT NULL DEFAULT 0,
                        outcome TEXT,
                        outcome_by TEXT,
                        outcome_at REAL,
                        note TEXT
                    );
                    CREATE INDEX ledger_check_by_draw ON ledger_check(draw_id);
                    CREATE INDEX ledger_check_by_finding ON ledger_check(finding);
                    CREATE TABLE ledger_weight (
                        snapshot_hash TEXT NOT NULL,
                        department TEXT NOT NULL,
                        open INTEGER NOT NULL,
                        overdue INTEGER NOT NULL,
                        base INTEGER NOT NULL,
                        weight INTEGER NOT NULL,
                        PRIMARY KEY (snapshot_hash, department)
                    );
                    CREATE TABLE ledger_period (
                        kind TEXT NOT NULL,
                        period TEXT NOT NULL,
                        draw_id INTEGER,
                        sample TEXT NOT NULL,
                        at REAL NOT NULL,
                        PRIMARY KEY (kind, period)
                    );
                    """)
        }
    }

    /// The check stored under `key`, if any.
    public func ledgerCheck(key: String) throws -> LedgerCheck? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM ledger_check WHERE key = ?", arguments: [key]).map(
                LedgerCheck.init)
        }
    }

    /// Every check, in the order made; of one draw or one finding when given.
    public func ledgerChecks(drawID: Int64? = nil, finding: FindingID? = nil) throws -> [LedgerCheck] {
        try database.read { db in
            var sql = "SELECT * FROM ledger_check"
            var arguments: StatementArguments = []
            if let drawID {
                sql += " WHERE draw_id = ?"
                arguments = [drawID]
            } else if let finding {
                sql += " WHERE finding = ?"
                arguments = [finding.description]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).map(LedgerCheck.init)
        }
    }

    /// Every draw a ledger check of `kind` for `finding` was ever given, oldest first: a check
    /// drawn again points at its latest draw only, and the audit of `noteLedgerCheck` keeps each.
    public func ledgerCheckDraws(kind: LedgerCheckKind, finding: FindingID) throws -> [Int64] {
        try database.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT json_extract(detail, '$.draw') FROM audit WHERE action = 'ledger.check.drawn'
                    AND json_extract(detail, '$.kind') = ? AND json_extract(detail, '$.finding') = ? ORDER BY id
                    """,
                arguments: [kind.rawValue, finding.description]
            ).compactMap { Int64($0) }
        }
    }

    /// Ties a committed draw to the check it staffs; a check drawn again (nobody could be drawn
    /// before) points at the new draw. Audited.
    public func noteLedgerCheck(
        kind: LedgerCheckKind, key: String, finding: FindingID?, department: String, drawID: Int64, day: Day,
        at date: Date
    ) throws {
        try recordedWrite { db in
            try db.execute(
                sql: """
                    INSERT INTO ledger_check (kind, key, finding, department, draw_id, day) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(key) DO UPDATE SET draw_id = excluded.draw_id, day = excluded.day, logins = '',
                        home = NULL, unstaffed = 0
                    """,
                arguments: [kind.rawValue, key, finding?.description, department, drawID, day.description])
            try Self.audit(
                db, actor: "spotcheckd", action: "ledger.check.drawn",
                detail: [
                    "kind": kind.rawValue, "key": key, "finding": finding?.description ?? "", "department": department,
                    "draw": String(drawID),
                ], at: date)
            try Self.queueLedgerLink(
                db, action: "check.drawn", actor: "spotcheckd", role: "system", at: date, before: nil,
                after: String(drawID),
                detail: [
                    "kind": kind.rawValue, "key": key, "finding": finding?.description ?? "", "department": department,
                    "draw": String(drawID),
                ])
        }
    }

    /// Records who a completed draw chose for a check (or that nobody could be), and for a
    /// verification makes the verifier the finding's drawn verifier, in one transaction.
    public func settleLedgerCheck(
        key: String, logins: [String], home: String?, verifierOf finding: FindingID?, at date: Date
    ) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE ledger_check SET logins = ?, home = ?, unstaffed = ? WHERE key = ?",
                arguments: [logins.joined(separator: " "), home, logins.isEmpty, key])
            if let finding, let login = logins.first, let home {
                try db.execute(
                    sql: """
                        INSERT INTO ledger_verifier (finding, login, home, assigned_at, source) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(finding, login) DO UPDATE SET home = excluded.home,
                            assigned_at = excluded.assigned_at, source = excluded.source
                        """,
                    arguments: [finding.description, login, home, date.timeIntervalSince1970, key])
            }
            try Self.audit(
                db, actor: "spotcheckd", action: logins.isEmpty ? "ledger.check.unstaffed" : "ledger.check.assigned",
                detail: ["key": key, "logins": logins.joined(separator: " "), "home": home ?? ""], at: date)
            try Self.queueLedgerLink(
                db, action: logins.isEmpty ? "check.unstaffed" : "check.assigned", actor: "spotcheckd", role: "system",
                at: date, before: "drawn", after: logins.joined(separator: " "),
                detail: [
                    "key": key, "finding": finding?.description ?? "", "logins": logins.joined(separator: " "),
                    "home": home ?? "",
                ])
        }
    }

    /// Records the result of a re-check or honesty visit. Audited.
    public func setLedgerCheckOutcome(key: String, passed: Bool, by login: String, note: String, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE ledger_check SET outcome = ?, outcome_by = ?, outcome_at = ?, note = ? WHERE key = ?",
                arguments: [passed ? "passed" : "failed", login, date.timeIntervalSince1970, note, key])
            try Self.audit(
                db, actor: login, action: "ledger.check.outcome",
                detail: ["key": key, "outcome": passed ? "passed" : "failed", "note": note], at: date)
            try Self.queueLedgerLink(
                db, action: "check.outcome", actor: login, role: "rechecker", at: date, before: "drawn",
                after: passed ? "passed" : "failed", detail: ["key": key, "note": note])
        }
    }

    /// The sample stored for a kind and period (`recheck`/`honesty`, `2026-11`), if drawn.
    public func ledgerPeriod(kind: String, period: String) throws -> (drawID: Int64?, sample: String)? {
        try database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT draw_id, sample FROM ledger_period WHERE kind = ? AND period = ?",
                arguments: [kind, period]
            ).map { ($0["draw_id"], $0["sample"]) }
        }
    }

    /// Keeps the ledger summary a draw's weights came from, under the hash of the snapshot they
    /// went into (written before the draw commits, so a draw never lacks its weights).
    public func setLedgerWeights(snapshotHash: String, rows: [LedgerWeightRow]) throws {
        try recordedWrite { db in
            for row in rows {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO ledger_weight (snapshot_hash, department, open, overdue, base, weight)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [snapshotHash, row.department, row.open, row.overdue, row.base, row.weight])
            }
        }
    }

    /// The ledger summary kept under a snapshot hash, by department id.
    public func ledgerWeights(snapshotHash: String) throws -> [LedgerWeightRow] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM ledger_weight WHERE snapshot_hash = ? ORDER BY department",
                arguments: [snapshotHash]
            ).map {
                LedgerWeightRow(
                    department: $0["department"], open: $0["open"], overdue: $0["overdue"], base: $0["base"],
                    weight: $0["weight"])
            }
        }
    }

    /// The sample (canonical JSON) a draw visits, if it visits one.
    public func ledgerSample(drawID: Int64) throws -> String? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT sample FROM ledger_period WHERE draw_id = ?", arguments: [drawID])
        }
    }

    /// Notes that the sample of a kind and period was drawn (with its draw, or none when the
    /// population was empty). Audited.
    public func noteLedgerPeriod(kind: String, period: String, drawID: Int64?, sample: String, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: """
                    INSERT INTO ledger_period (kind, period, draw_id, sample, at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(kind, period) DO UPDATE SET draw_id = excluded.draw_id, sample = excluded.sample
                    """,
                arguments: [kind, period, drawID, sample, date.timeIntervalSince1970])
            try Self.audit(
                db, actor: "spotcheckd", action: "ledger.sample",
                detail: ["kind": kind, "period": period, "draw": drawID.map(String.init) ?? ""], at: date)
            try Self.queueLedgerLink(
                db, action: "sample.\(kind)", actor: "spotcheckd", role: "system", at: date, before: nil,
                after: sha256Hex(Array(sample.utf8)),
                detail: ["kind": kind, "period": period, "draw": drawID.map(String.init) ?? ""])
        }
    }
}
