public import Foundation
import GRDB

/// The newest time the database records anything at: the audit trail, the draws (committed,
/// completed, revealed, published, journaled), replacements, roster versions, campaign steps,
/// ledger history, the chain's links, complaints, declarations, findings and every other table
/// with a time stamp (`Store.stampedColumns`). The daemon stamps each of them with the clock when it
/// writes them, so a clock behind this time would date new entries before earlier ones.
public struct NewestEntry: Sendable, Equatable, CustomStringConvertible {
    /// When it was written.
    public var at: Date
    /// Where it is: the table, the time column and the row's id.
    public var table: String
    public var column: String
    public var id: Int64

    public init(at: Date, table: String, column: String, id: Int64) {
        self.at = at
        self.table = table
        self.column = column
        self.id = id
    }

    /// E.g. `audit 42` or `draw 7 (revealed_at)`: the column named when the table has more than one.
    public var description: String {
        Store.stampedColumns.filter { $0.table == table }.count > 1 ? "\(table) \(id) (\(column))" : "\(table) \(id)"
    }
}

extension Store {
    /// Each table and time column compared: every time stamp of the schema (StampedColumnsTests
    /// reads the migrated schema and fails when a migration adds one this list does not know).
    public static let stampedColumns: [(table: String, column: String)] = [
        ("audit", "at"), ("draw", "committed_at"), ("draw", "completed_at"), ("draw", "revealed_at"),
        ("draw", "published_at"), ("draw", "journaled_at"), ("replacement", "at"), ("replacement", "journaled_at"),
        ("roster_version", "loaded_at"), ("campaign_transition", "at"), ("campaign_transition", "journaled_at"),
        ("ledger_event", "at"), ("chain_entry", "published_at"), ("chain_pending", "at"),
        ("order_cancellation", "at"), ("assignment_state", "at"),
        ("complaint", "received_at"), ("complaint_entry", "at"), ("complaint_escalation", "at"),
        ("complaint_finding", "at"), ("complaint_unseal", "requested_at"), ("complaint_unseal", "approved_at"),
        ("complaint_unseal", "read_at"), ("conflict_salt", "made_at"), ("declaration", "declared_at"),
        ("declaration", "decided_at"), ("hidden_slot", "requested_at"), ("hidden_slot", "opened_at"),
        ("ledger_finding", "found_at"), ("ledger_finding", "updated_at"), ("ledger_extension", "requested_at"),
        ("ledger_extension", "decided_at"), ("ledger_verification", "at"), ("ledger_verifier", "assigned_at"),
        ("ledger_escalation", "noted_at"), ("ledger_escalation", "journaled_at"), ("ledger_check", "outcome_at"),
        ("ledger_period", "at"), ("ledger_verification_wait", "noted_at"),
        ("ledger_verification_wait", "journaled_at"), ("self_inspection_form", "issued_at"),
        ("self_inspection_form", "returned_at"), ("self_inspection_form", "locked_at"),
        ("self_inspection_form", "journaled_at"),
    ]

    /// The newest stamped entry, or nil for an empty database. A table an older schema lacks is
    /// skipped.
    public func newestEntry() throws -> NewestEntry? {
        try database.read { db in
            var newest: NewestEntry?
            for (table, column) in Self.stampedColumns where try db.tableExists(table) {
                guard
                    let row = try Row.fetchOne(
                        db,
                        sql: "SELECT rowid AS id, \(column) AS at FROM \(table) "
                            + "WHERE typeof(\(column)) IN ('real', 'integer') ORDER BY \(column) DESC LIMIT 1"),
                    let seconds = row["at"] as Double?, let id = row["id"] as Int64?
                else { continue }
                if let found = newest, found.at.timeIntervalSince1970 >= seconds { continue }
                newest = NewestEntry(at: Date(timeIntervalSince1970: seconds), table: table, column: column, id: id)
            }
            return newest
        }
    }
}
