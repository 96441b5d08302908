import Foundation
import GRDB

// The private salts of ordered inspections' reasons (docs/draw-algorithm.md §6, an order's
// second form): `order.json` publishes the order's category and a commitment of its reason with
// a 32-byte salt from the kernel, kept here with the draw so that auditors can open it.

/// An ordered draw's reason and the salt its published `reasonCommitment` was made with.
public struct OrderReasonSalt: Sendable, Hashable {
    public var drawID: Int64
    public var date: String
    public var pool: String
    public var reason: String
    public var salt: [UInt8]
    /// The order entry as published (its category and commitment), when the chain holds it.
    public var entry: [UInt8]?

    public init(drawID: Int64, date: String, pool: String, reason: String, salt: [UInt8], entry: [UInt8]?) {
        self.drawID = drawID
        self.date = date
        self.pool = pool
        self.reason = reason
        self.salt = salt
        self.entry = entry
    }
}

extension Store {
    /// Registers "v19-order-reasons": one salt per ordered draw whose order publishes its
    /// reason as a commitment. Append only.
    static func registerOrderReasonsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v19-order-reasons") { db in
            try db.execute(
                sql: """
                    CREATE TABLE order_reason_salt (
                        draw_id INTEGER PRIMARY KEY REFERENCES draw(id),
                        salt BLOB NOT NULL CHECK (length(salt) = 32)
                    );
                    """)
        }
    }

    /// Keeps the salt of a draw's order reason, in the transaction that commits the draw.
    static func keepOrderReasonSalt(_ db: Database, drawID: Int64, salt: [UInt8]?) throws {
        guard let salt else { return }
        // The table's CHECK refuses a salt of another length.
        try db.execute(
            sql: "INSERT INTO order_reason_salt (draw_id, salt) VALUES (?, ?)", arguments: [drawID, Data(salt)])
    }

    /// Every kept order reason salt, in draw order, with the reason and the order entry.
    public func orderReasonSalts() throws -> [OrderReasonSalt] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.draw_id, d.date, d.pool, d.order_reason, s.salt,
                        (SELECT entry FROM chain_entry c WHERE c.draw_id = s.draw_id AND c.kind = 'order') AS entry
                    FROM order_reason_salt s JOIN draw d ON d.id = s.draw_id ORDER BY s.draw_id
                    """
            ).map {
                OrderReasonSalt(
                    drawID: $0["draw_id"], date: $0["date"], pool: $0["pool"], reason: $0["order_reason"] ?? "",
                    salt: Array($0["salt"] as Data), entry: ($0["entry"] as Data?).map(Array.init))
            }
        }
    }
}
