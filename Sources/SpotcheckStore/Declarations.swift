public import Foundation
import GRDB
public import SpotcheckCore

/// An inspector's own declaration: a conflict of interest with a department, or an absence. It
/// waits for a coordinator (another person) to approve it, which puts it into the roster, or to
/// reject it, unless the inspector withdraws it first; every step is in the audit trail.
public struct Declaration: Sendable, Equatable {
    public enum Kind: String, Sendable { case conflict, absence }
    public enum State: String, Sendable { case pending, approved, rejected, withdrawn }

    public var id: Int64
    public var kind: Kind
    public var login: String
    public var inspector: String
    /// The department of a conflict.
    public var department: String?
    /// An absence's first day.
    public var from: Day?
    /// An absence's last day, or the last day a conflict applies (nil: for good).
    public var to: Day?
    public var reason: String
    public var declaredAt: Date
    public var state: State
    /// Who decided: the coordinator's description (uid and login), and their login.
    public var decidedBy: String?
    public var decidedAt: Date?
    public var note: String?
}

public enum DeclarationStoreError: Error, Equatable, CustomStringConvertible {
    case notFound(Int64)
    case decided(Int64, Declaration.State)
    /// The login has `pending` declarations waiting already, as many as `limit` allows.
    case tooManyPending(login: String, pending: Int, limit: Int)

    public var description: String {
        switch self {
        case .notFound(let id): "no declaration \(id)"
        case .decided(let id, let state): "declaration \(id) is \(state.rawValue) already"
        case .tooManyPending(let login, let pending, let limit):
            "\(login) has \(pending) declarations waiting for a coordinator (at most \(limit))"
        }
    }
}

extension Store {
    /// Registers "v17-declarations". Append only.
    static func registerDeclarationsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v17-declarations") { db in
            try db.execute(
                sql: """
                    CREATE TABLE declaration (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL CHECK (kind IN ('conflict', 'absence')),
                        login TEXT NOT NULL,
                        inspector TEXT NOT NULL,
                        department TEXT,
                        from_day TEXT,
                        to_day TEXT,
                        reason TEXT NOT NULL,
                        declared_at REAL NOT NULL,
                        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
                        decided_by TEXT,
                        decided_at REAL,
                        note TEXT,
                        CHECK ((kind = 'conflict') = (department IS NOT NULL)),
                        CHECK ((kind = 'absence') = (from_day IS NOT NULL AND to_day IS NOT NULL))
                    );
                    CREATE INDEX declaration_by_login ON declaration(login);
                    """)
        }
    }

    /// Stores a pending declaration with its audit entry. Returns it. With `pendingLimit`, a
    /// login that has that many pending already is refused (`tooManyPending`), counted in the
    /// same transaction as the insert so that concurrent calls cannot pass it together.
    public func declare(
        kind: Declaration.Kind, login: String, inspector: String, department: String?, from: Day?, to: Day?,
        reason: String, actor: String, at date: Date, pendingLimit: Int? = nil
    ) throws -> Declaration {
        try recordedWrite { db in
            if let pendingLimit {
                let pending =
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM declaration WHERE login = ? AND state = 'pending'",
                        arguments: [login]) ?? 0
                guard pending < pendingLimit else {
                    throw DeclarationStoreError.tooManyPending(login: login, pending: pending, limit: pendingLimit)
                }
            }
            try db.execute(
                sql: """
                    INSERT INTO declaration (kind, login, inspector, department, from_day, to_day, reason, declared_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    kind.rawValue, login, inspector, department, from?.description, to?.description, reason,
                    date.timeIntervalSince1970,
                ])
            let id = db.lastInsertedRowID
            var detail = ["declaration": String(id), "kind": kind.rawValue, "inspector": inspector, "reason": reason]
            if let department { detail["department"] = department }
            if let from { detail["from"] = from.description }
            if let to { detail["to"] = to.description }
            try Self.audit(db, actor: actor, action: "declaration.made", detail: detail, at: date)
            return try Self.declaration(db, id: id)!
        }
    }

    /// Declarations, newest first: every one, or one login's.
    public func declarations(login: String? = nil) throws -> [Declaration] {
        try database.read { db in
            if let login {
                return try Row.fetchAll(
                    db, sql: "SELECT * FROM declaration WHERE login = ? ORDER BY id DESC", arguments: [login]
                ).map(Self.declaration)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM declaration ORDER BY id DESC").map(Self.declaration)
        }
    }

    public func declaration(id: Int64) throws -> Declaration? {
        try database.read { db in try Self.declaration(db, id: id) }
    }

    /// Records a coordinator's decision on a pending declaration, with its audit entry.
    public func decide(
        declaration id: Int64, approve: Bool, note: String?, actor: String, at date: Date
    ) throws -> Declaration {
        try recordedWrite { db in
            guard let current = try Self.declaration(db, id: id) else { throw DeclarationStoreError.notFound(id) }
            guard current.state == .pending else { throw DeclarationStoreError.decided(id, current.state) }
            let state: Declaration.State = approve ? .approved : .rejected
            try db.execute(
                sql: "UPDATE declaration SET state = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ?",
                arguments: [state.rawValue, actor, date.timeIntervalSince1970, note, id])
            var detail = ["declaration": String(id), "state": state.rawValue, "inspector": current.inspector]
            if let note { detail["note"] = note }
            try Self.audit(db, actor: actor, action: "declaration.\(state.rawValue)", detail: detail, at: date)
            return try Self.declaration(db, id: id)!
        }
    }

    static func declaration(_ db: Database, id: Int64) throws -> Declaration? {
        try Row.fetchOne(db, sql: "SELECT * FROM declaration WHERE id = ?", arguments: [id]).map(Self.declaration)
    }

    static func declaration(_ row: Row) -> Declaration {
        Declaration(
            id: row["id"], kind: Declaration.Kind(rawValue: row["kind"])!, login: row["login"],
            inspector: row["inspector"], department: row["department"],
            from: (row["from_day"] as String?).flatMap { Day(iso: $0) },
            to: (row["to_day"] as String?).flatMap { Day(iso: $0) }, reason: row["reason"],
            declaredAt: Date(timeIntervalSince1970: row["declared_at"]),
            state: Declaration.State(rawValue: row["state"])!, decidedBy: row["decided_by"],
            decidedAt: (row["decided_at"] as Double?).map(Date.init(timeIntervalSince1970:)), note: row["note"])
    }
}
