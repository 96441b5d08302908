public import Foundation
import GRDB
public import SpotcheckCore

// The private salts of declared conflicts' reasons (docs/draw-algorithm.md §1, grammar 3): one
// per (inspector, department, reason), made from the kernel's random source the first time a
// draw commits to the conflict and kept for good, so that every later draw publishes the same
// commitment and auditors can open any of them.

/// One conflict's salt, as auditors receive it to check a published commitment.
public struct ConflictSalt: Sendable, Hashable {
    public var inspector: String
    public var department: String
    public var reason: String
    public var salt: [UInt8]

    public init(inspector: String, department: String, reason: String, salt: [UInt8]) {
        self.inspector = inspector
        self.department = department
        self.reason = reason
        self.salt = salt
    }

    /// The value a published `reason_commitment` holds for this conflict.
    public var commitment: String { ConflictCommitment.value(salt: salt, reason: reason) }
}

extension Store {
    static func registerConflictSaltsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v14-conflict-salts") { db in
            try db.execute(
                sql: """
                    CREATE TABLE conflict_salt (
                        inspector TEXT NOT NULL,
                        department TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        salt BLOB NOT NULL CHECK (length(salt) = 32),
                        made_at REAL NOT NULL,
                        PRIMARY KEY (inspector, department, reason)
                    );
                    """)
        }
    }

    /// The salt of every conflict given, making (with `fresh`, 32 bytes each) and storing those
    /// that have none yet, in one transaction.
    public func conflictSalts(
        for conflicts: [Conflict], at date: Date, fresh: () throws -> [UInt8]
    ) throws -> [ConflictSalt] {
        try database.write { db in
            var out: [ConflictSalt] = []
            for conflict in conflicts {
                let arguments: StatementArguments = [conflict.inspector, conflict.department, conflict.reason]
                if let salt = try Data.fetchOne(
                    db, sql: "SELECT salt FROM conflict_salt WHERE inspector = ? AND department = ? AND reason = ?",
                    arguments: arguments)
                {
                    out.append(
                        ConflictSalt(
                            inspector: conflict.inspector, department: conflict.department, reason: conflict.reason,
                            salt: Array(salt)))
                    continue
                }
                let salt = try fresh()
                // The table's CHECK refuses a salt of another length.
                try db.execute(
                    sql:
                        "INSERT INTO conflict_salt (inspector, department, reason, salt, made_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [
                        conflict.inspector, conflict.department, conflict.reason, Data(salt),
                        date.timeIntervalSince1970,
                    ])
                out.append(
                    ConflictSalt(
                        inspector: conflict.inspector, department: conflict.department, reason: conflict.reason,
                        salt: salt))
            }
            return out
        }
    }

    /// Every conflict salt stored, sorted by inspector, department and reason.
    public func allConflictSalts() throws -> [ConflictSalt] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT inspector, department, reason, salt FROM conflict_salt ORDER BY inspector, department, reason"
            ).map {
                ConflictSalt(
                    inspector: $0["inspector"], department: $0["department"], reason: $0["reason"],
                    salt: Array($0["salt"] as Data))
            }
        }
    }
}
