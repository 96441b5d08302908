public import Foundation
import GRDB

/// A coordinator's cancellation of an ordered inspection. The draw, its record, its assignments
/// and its chain links stay as they are; the cancellation is kept beside them, with its own
/// link in the hash chain, and the team's assignments read as withdrawn from then on.
public struct OrderCancellation: Sendable, Equatable {
    public var drawID: Int64
    public var reason: String
    public var actor: String
    public var at: Date

    public init(drawID: Int64, reason: String, actor: String, at: Date) {
        self.drawID = drawID
        self.reason = reason
        self.actor = actor
        self.at = at
    }
}

public enum CancellationStoreError: Error, Equatable, CustomStringConvertible {
    case alreadyCancelled(Int64)
    case chainTable(String)

    public var description: String {
        switch self {
        case .alreadyCancelled(let id): "draw \(id) is cancelled already"
        case .chainTable(let problem): "the chain table cannot take cancellations: \(problem)"
        }
    }
}

extension Store {
    /// Registers "v18-order-cancel": the cancellations, and `cancellation` as a kind of chain
    /// link. The chain table is rebuilt from its own stored definition with the one kind added,
    /// so that whatever columns other migrations gave it are kept. Append only.
    static func registerOrderCancelMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v18-order-cancel") { db in
            try db.execute(
                sql: """
                    CREATE TABLE order_cancellation (
                        draw_id INTEGER PRIMARY KEY REFERENCES draw(id),
                        reason TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        at REAL NOT NULL
                    );
                    """)
            guard
                let definition = try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'chain_entry'")
            else { throw CancellationStoreError.chainTable("it is missing") }
            let widened = definition.replacingOccurrences(of: "'replacement',", with: "'replacement', 'cancellation',")
            guard widened != definition, let name = widened.range(of: "chain_entry") else {
                throw CancellationStoreError.chainTable("its kinds are not as expected: \(definition)")
            }
            let created = widened.replacingCharacters(in: name, with: "chain_entry_v18")
            let indexes = try String.fetchAll(
                db,
                sql:
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'chain_entry' AND sql IS NOT NULL"
            )
            try db.execute(sql: created)
            try db.execute(sql: "INSERT INTO chain_entry_v18 SELECT * FROM chain_entry ORDER BY id")
            try db.execute(sql: "DROP TABLE chain_entry")
            try db.execute(sql: "ALTER TABLE chain_entry_v18 RENAME TO chain_entry")
            for index in indexes { try db.execute(sql: index) }
        }
    }

    /// Stores the cancellation of ordered draw `cancellation.drawID`, its chain link (made from the
    /// chain's head in this very transaction) and an audit entry, in one transaction. Throws
    /// `CancellationStoreError.alreadyCancelled` when it is cancelled already.
    public func cancelOrder(
        _ cancellation: OrderCancellation, chainEntry: (String?) -> (bytes: [UInt8], hash: String)
    ) throws {
        try recordedWrite { db in
            if try Self.cancellation(db, drawID: cancellation.drawID) != nil {
                throw CancellationStoreError.alreadyCancelled(cancellation.drawID)
            }
            try db.execute(
                sql: "INSERT INTO order_cancellation (draw_id, reason, actor, at) VALUES (?, ?, ?, ?)",
                arguments: [
                    cancellation.drawID, cancellation.reason, cancellation.actor, cancellation.at.timeIntervalSince1970,
                ])
            let entry = chainEntry(try Self.chainHead(db))
            try Self.appendChain(
                db, kind: .cancellation, drawID: cancellation.drawID, entry: entry.bytes, hash: entry.hash)
            try Self.audit(
                db, actor: cancellation.actor, action: "order.cancelled",
                detail: ["draw": String(cancellation.drawID), "reason": cancellation.reason], at: cancellation.at)
        }
    }

    /// The cancellation of a draw, if it was cancelled.
    public func cancellation(drawID: Int64) throws -> OrderCancellation? {
        try database.read { db in try Self.cancellation(db, drawID: drawID) }
    }

    /// Every cancellation, by draw.
    public func cancellations() throws -> [Int64: OrderCancellation] {
        try database.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM order_cancellation").map {
                    (Int64($0["draw_id"] as Int64), Self.cancellation($0))
                })
        }
    }

    static func cancellation(_ db: Database, drawID: Int64) throws -> OrderCancellation? {
        try Row.fetchOne(db, sql: "SELECT * FROM order_cancellation WHERE draw_id = ?", arguments: [drawID])
            .map(Self.cancellation)
    }

    static func cancellation(_ row: Row) -> OrderCancellation {
        OrderCancellation(
            drawID: row["draw_id"], reason: row["reason"], actor: row["actor"],
            at: Date(timeIntervalSince1970: row["at"]))
    }
}
