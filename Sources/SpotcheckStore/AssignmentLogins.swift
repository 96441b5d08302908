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

    /// Every login a seat of `drawID` at `department` was ever told through: the assignments'
    /// logins now and each login a rebinding (`rebindLogins`) moved a seat from or to, as its audit
    /// line keeps it. A roster edit that gives a team member's login to someone else changes whose
    /// account the seat is, not who sat on the team under that account.
    public func loginsEverSeated(drawID: Int64, department: String) throws -> Set<String> {
        var logins = Set(try assignments(drawID: drawID).filter { $0.department == department }.map(\.login))
        try database.read { db in
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
