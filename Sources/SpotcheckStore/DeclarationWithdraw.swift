public import Foundation
import GRDB

extension Store {
    /// Registers "v23-declaration-withdraw": a declaration may also be `withdrawn` by the
    /// inspector who made it while it waits. SQLite cannot change a CHECK constraint, so the table
    /// is made again with the wider one and every row copied unchanged. Append only.
    static func registerDeclarationWithdrawMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v23-declaration-withdraw") { db in
            try db.execute(
                sql: """
                    CREATE TABLE declaration_new (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL CHECK (kind IN ('conflict', 'absence')),
                        login TEXT NOT NULL,
                        inspector TEXT NOT NULL,
                        department TEXT,
                        from_day TEXT,
                        to_day TEXT,
                        reason TEXT NOT NULL,
                        declared_at REAL NOT NULL,
                        state TEXT NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending', 'approved', 'rejected', 'withdrawn')),
                        decided_by TEXT,
                        decided_at REAL,
                        note TEXT,
                        CHECK ((kind = 'conflict') = (department IS NOT NULL)),
                        CHECK ((kind = 'absence') = (from_day IS NOT NULL AND to_day IS NOT NULL))
                    );
                    INSERT INTO declaration_new
                        (id, kind, login, inspector, department, from_day, to_day, reason, declared_at, state,
                         decided_by, decided_at, note)
                    SELECT id, kind, login, inspector, department, from_day, to_day, reason, declared_at, state,
                        decided_by, decided_at, note
                    FROM declaration;
                    DROP TABLE declaration;
                    ALTER TABLE declaration_new RENAME TO declaration;
                    CREATE INDEX declaration_by_login ON declaration(login);
                    """)
        }
    }

    /// The inspector who made a pending declaration takes it back (`login` must be theirs),
    /// with its audit entry. Nothing reaches the roster; it no longer counts against the
    /// pending limit.
    public func withdraw(declaration id: Int64, login: String, actor: String, at date: Date) throws -> Declaration {
        try recordedWrite { db in
            guard let current = try Self.declaration(db, id: id), current.login == login else {
                throw DeclarationStoreError.notFound(id)
            }
            guard current.state == .pending else { throw DeclarationStoreError.decided(id, current.state) }
            try db.execute(
                sql: "UPDATE declaration SET state = 'withdrawn', decided_by = ?, decided_at = ? WHERE id = ?",
                arguments: [actor, date.timeIntervalSince1970, id])
            try Self.audit(
                db, actor: actor, action: "declaration.withdrawn",
                detail: ["declaration": String(id), "state": "withdrawn", "inspector": current.inspector], at: date)
            return try Self.declaration(db, id: id)!
        }
    }
}
