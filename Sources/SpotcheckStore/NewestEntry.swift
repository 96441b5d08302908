public import Foundation
import GRDB

/// The newest time the database records anything at: the audit trail, the draws (committed,
/// completed, revealed, published, journaled), replacements, roster versions, campaign steps,
/// ledger history and the chain's links. The daemon stamps each of them with the clock when it
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

    /// E.g. `audit 42` or `draw 7 (revealed_at)`.
    public var description: String {
        table == "draw" ? "draw \(id) (\(column))" : "\(table) \(id)"
    }
}

extension Store {
    /// Each table and time column compared.
    public static let stampedColumns: [(table: String, column: String)] = [
        ("audit", "at"), ("draw", "committed_at"), ("draw", "completed_at"), ("draw", "revealed_at"),
        ("draw", "published_at"), ("draw", "journaled_at"), ("replacement", "at"), ("roster_version", "loaded_at"),
        ("campaign_transition", "at"), ("ledger_event", "at"), ("chain_entry", "published_at"), ("chain_pending", "at"),
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
                        sql: "SELECT rowid AS id, \(column) AS at FROM \(table) WHERE \(column) IS NOT NULL "
                            + "ORDER BY \(column) DESC LIMIT 1"),
                    let seconds = row["at"] as Double?, let id = row["id"] as Int64?
                else { continue }
                if let found = newest, found.at.timeIntervalSince1970 >= seconds { continue }
                newest = NewestEntry(at: Date(timeIntervalSince1970: seconds), table: table, column: column, id: id)
            }
            return newest
        }
    }
}
