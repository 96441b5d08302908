import Foundation
import GRDB
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// The clock check at start (ClockCheck.swift) compares every time stamp the database holds:
/// the list it reads (`Store.stampedColumns`) is the schema's, as the migrations leave it.
@Suite struct StampedColumnsTests {
    /// Every REAL column of the migrated schema, as `table.column`.
    static func realColumns() throws -> [String] {
        let store = try Store()
        return try store.database.read { db in
            var found: [String] = []
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    + "AND name NOT LIKE 'grdb_%' ORDER BY name")
            for table in tables {
                for row in try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))") {
                    let name: String = row["name"]
                    let type: String = row["type"]
                    if type.uppercased() == "REAL" { found.append("\(table).\(name)") }
                }
            }
            return found
        }
    }

    /// A migration adding a time stamp column (REAL, named `at` or `…_at`) fails here until the
    /// list knows it; a REAL column of another name must be said here not to be a time stamp.
    @Test func everyTimeStampColumnOfTheSchemaIsCompared() throws {
        let real = try Self.realColumns()
        let stamped = Set(real.filter { $0.hasSuffix(".at") || $0.hasSuffix("_at") })
        let listed = Set(Store.stampedColumns.map { "\($0.table).\($0.column)" })
        #expect(stamped.subtracting(listed).sorted() == [], "stamped columns Store.stampedColumns leaves out")
        #expect(listed.subtracting(stamped).sorted() == [], "listed columns the schema does not have")
        #expect(Store.stampedColumns.count == listed.count, "a column listed twice")
        let notStamps = Set(real).subtracting(stamped)
        #expect(notStamps.sorted() == Self.notTimeStamps.sorted(), "a REAL column that may be a time stamp")
    }

    /// REAL columns that hold no time stamp.
    static let notTimeStamps: [String] = []

    /// The newest stamp is found in any of the tables, not only in the first ones listed.
    @Test func theNewestEntryMayBeInAnyStampedTable() throws {
        let store = try Store()
        let now = Date()
        try store.audit(actor: "root", action: "test", detail: [:], at: now)
        let (table, column) = try #require(Store.stampedColumns.last)
        // A row of the last table listed, stamped a day ahead, with its other columns left as the
        // schema allows (constraints off: only the stamp matters here).
        try store.database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
        }
        let ahead = now.addingTimeInterval(86400)
        try store.database.write { db in
            let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").filter { row in
                (row["notnull"] as Int64? ?? 0) == 1 && (row["pk"] as Int64? ?? 0) == 0
                    && (row["dflt_value"] as String?) == nil
            }.map { $0["name"] as String }
            let names = Set(columns + [column])
            let values: [DatabaseValue] = names.sorted().map { name in
                name == column ? ahead.timeIntervalSince1970.databaseValue : "x".databaseValue
            }
            try db.execute(
                sql: "INSERT INTO \(table) (\(names.sorted().joined(separator: ", "))) VALUES ("
                    + names.map { _ in "?" }.joined(separator: ", ") + ")",
                arguments: StatementArguments(values))
        }
        let newest = try #require(try store.newestEntry())
        #expect(newest.table == table && newest.column == column, "\(newest)")
        #expect(abs(newest.at.timeIntervalSince(ahead)) < 0.001)
    }
}
