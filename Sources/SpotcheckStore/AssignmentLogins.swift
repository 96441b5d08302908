public import Foundation
import GRDB

extension Store {
    /// Gives a draw's assignments the logins the roster names for their inspectors now (the
    /// reveal tells the inspector through the account the roster gives them then, not the one
    /// it gave them when the draw was committed). Only changed rows are written, each with an
    /// audit line; an inspector `logins` does not name keeps the stored login.
    public func rebindLogins(drawID: Int64, to logins: [String: String], actor: String, at date: Date) throws {
        let stale = try assignments(drawID: drawID).filter { assignment in
            logins[assignment.inspector].map { $0 != assignment.login } ?? false
        }
        guard !stale.isEmpty else { return }
        try recordedWrite { db in
            for assignment in stale {
                let login = logins[assignment.inspector]!
                try db.execute(
                    sql: "UPDATE assignment SET login = ? WHERE draw_id = ? AND inspector = ? AND department = ?",
                    arguments: [login, drawID, assignment.inspector, assignment.department])
                try Self.audit(
                    db, actor: actor, action: "assignment.login",
                    detail: [
                        "draw": String(drawID), "department": assignment.department,
                        "inspector": assignment.inspector, "before": assignment.login, "after": login,
                    ], at: date)
            }
        }
    }

    /// Registers "v31-seat-logins": `seat_login` keeps every (draw, department, inspector, login)
    /// an assignment row ever held — written by triggers on `assignment`, so a member replaced
    /// off the team (their row deleted) keeps the login they sat under — filled at migration from
    /// the assignments and the audit of rebindings. Append only: a shipped migration is never edited.
    static func registerSeatLoginsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v31-seat-logins") { db in
            try db.execute(
                sql: """
                    CREATE TABLE seat_login (
                        draw_id INTEGER NOT NULL,
                        department TEXT NOT NULL,
                        inspector TEXT NOT NULL,
                        login TEXT NOT NULL,
                        PRIMARY KEY (draw_id, department, inspector, login)
                    );
                    INSERT OR IGNORE INTO seat_login SELECT draw_id, department, inspector, login FROM assignment;
                    INSERT OR IGNORE INTO seat_login
                        SELECT CAST(json_extract(detail, '$.draw') AS INTEGER), json_extract(detail, '$.department'),
                            json_extract(detail, '$.inspector'), json_extract(detail, '$.before')
                        FROM audit WHERE action = 'assignment.login' AND json_extract(detail, '$.before') IS NOT NULL;
                    CREATE TRIGGER seat_login_inserted AFTER INSERT ON assignment BEGIN
                        INSERT OR IGNORE INTO seat_login VALUES (NEW.draw_id, NEW.department, NEW.inspector, NEW.login);
                    END;
                    CREATE TRIGGER seat_login_updated AFTER UPDATE OF login ON assignment BEGIN
                        INSERT OR IGNORE INTO seat_login VALUES (NEW.draw_id, NEW.department, NEW.inspector, NEW.login);
                    END;
                    """)
        }
    }

    /// Every login a seat of `drawID` at `department` was ever told through: the assignments'
    /// logins now, every login an assignment row of the seat ever held (`seat_login`: a member
    /// replaced off the team keeps theirs), and each login a rebinding (`rebindLogins`) moved a
    /// seat from or to, as its audit line keeps it. A roster edit that gives a team member's login
    /// to someone else changes whose account the seat is, not who sat on the team under that account.
    public func loginsEverSeated(drawID: Int64, department: String) throws -> Set<String> {
        var logins = Set(try assignments(drawID: drawID).filter { $0.department == department }.map(\.login))
        try database.read { db in
            logins.formUnion(
                try String.fetchAll(
                    db, sql: "SELECT login FROM seat_login WHERE draw_id = ? AND department = ?",
                    arguments: [drawID, department]))
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT json_extract(detail, '$.before') AS before, json_extract(detail, '$.after') AS after
                    FROM audit WHERE action = 'assignment.login'
                    AND json_extract(detail, '$.draw') = ? AND json_extract(detail, '$.department') = ?
                    """,
                arguments: [String(drawID), department])
            for row in rows {
                if let before: String = row["before"] { logins.insert(before) }
                if let after: String = row["after"] { logins.insert(after) }
            }
        }
        return logins
    }
}
