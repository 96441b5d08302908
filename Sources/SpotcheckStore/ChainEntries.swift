public import Foundation
import GRDB

/// One link of the hash chain as the store keeps it, in the order made: a draw's record, the
/// order an ordered draw was made for, a replacement, a change of the problem ledger or a step
/// of the campaign (docs/draw-algorithm.md §6).
public struct StoredChainEntry: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case record, order, replacement, ledger, campaign
        /// An ordered draw's cancellation (Cancellations.swift).
        case cancellation
    }

    public var id: Int64
    public var kind: Kind
    /// The draw the link belongs to; 0 for a ledger or campaign link.
    public var drawID: Int64
    public var replacementID: Int64?
    /// The canonical JSON of an order or replacement entry or of a ledger or campaign link
    /// (`EventLink`), exactly as hashed; `nil` for a record (the draw holds its bytes).
    public var entry: [UInt8]?
    public var hash: String
    /// A ledger or campaign link's private entry, whose SHA-256 the link carries as `digest`.
    public var privateEntry: [UInt8]?
    /// When a ledger or campaign link was written to the public folder.
    public var publishedAt: Date?

    init(row: Row) {
        id = row["id"]
        kind = Kind(rawValue: row["kind"])!
        drawID = row["draw_id"] ?? 0
        replacementID = row["replacement_id"]
        entry = (row["entry"] as Data?).map { [UInt8]($0) }
        hash = row["hash"]
        privateEntry = (row["private_entry"] as Data?).map { [UInt8]($0) }
        publishedAt = (row["published_at"] as Double?).map(Date.init(timeIntervalSince1970:))
    }
}

extension Store {
    /// The migration that starts the chain table: the records completed before it, in draw order.
    static func migrateChainEntries(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE chain_entry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('record', 'order', 'replacement')),
                    draw_id INTEGER NOT NULL REFERENCES draw(id),
                    replacement_id INTEGER REFERENCES replacement(id),
                    entry BLOB,
                    hash TEXT NOT NULL
                );
                CREATE INDEX chain_entry_by_draw ON chain_entry(draw_id);
                INSERT INTO chain_entry (kind, draw_id, hash)
                    SELECT 'record', id, record_hash FROM draw
                    WHERE state = 'completed' AND record_hash IS NOT NULL ORDER BY id;
                """)
    }

    /// Appends a link to the chain (inside the transaction that stores what it links).
    static func appendChain(
        _ db: Database, kind: StoredChainEntry.Kind, drawID: Int64, replacementID: Int64? = nil, entry: [UInt8]?,
        hash: String
    ) throws {
        try db.execute(
            sql: "INSERT INTO chain_entry (kind, draw_id, replacement_id, entry, hash) VALUES (?, ?, ?, ?, ?)",
            arguments: [kind.rawValue, drawID, replacementID, entry.map { Data($0) }, hash])
    }

    /// The hash of the newest link of the chain: what the next draw, order or replacement follows.
    static func chainHead(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT hash FROM chain_entry ORDER BY id DESC LIMIT 1")
    }

    /// Every link of the chain, in the order made.
    public func chainEntries() throws -> [StoredChainEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM chain_entry ORDER BY id").map(StoredChainEntry.init(row:))
        }
    }

    /// The links of one draw (its order, its record, its replacements), in the order made.
    public func chainEntries(drawID: Int64) throws -> [StoredChainEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM chain_entry WHERE draw_id = ? ORDER BY id", arguments: [drawID])
                .map(StoredChainEntry.init(row:))
        }
    }
}
