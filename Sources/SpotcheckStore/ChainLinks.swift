public import Foundation
import GRDB
public import SpotcheckCore

// Ledger changes and campaign steps as links of the hash chain (docs/draw-algorithm.md §6).
//
// The change is stored together with its private entry (who, when, what, before and after, and
// 32 bytes of salt) in `chain_pending`, in the very transaction that makes the change, so a
// change is never without its link. The daemon then links pending entries, in the order made,
// while no draw is between its commitment and its record (a commitment names the chain's head,
// and its record must follow exactly that head): `linkPendingEvents` appends each as a public
// `EventLink` carrying the private entry's SHA-256.

extension Store {
    /// Registers "v11-chain-links": the chain table takes links that belong to no draw, keeps
    /// their private entries, and a queue of entries waiting to be linked; complaints remember
    /// the findings they led to. Append only.
    static func registerChainLinksMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v11-chain-links") { db in
            try db.execute(
                sql: """
                    CREATE TABLE chain_entry_v11 (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL
                            CHECK (kind IN ('record', 'order', 'replacement', 'ledger', 'campaign')),
                        draw_id INTEGER REFERENCES draw(id),
                        replacement_id INTEGER REFERENCES replacement(id),
                        entry BLOB,
                        hash TEXT NOT NULL,
                        private_entry BLOB,
                        published_at REAL,
                        CHECK ((kind IN ('ledger', 'campaign')) = (draw_id IS NULL))
                    );
                    INSERT INTO chain_entry_v11 (id, kind, draw_id, replacement_id, entry, hash)
                        SELECT id, kind, draw_id, replacement_id, entry, hash FROM chain_entry ORDER BY id;
                    DROP TABLE chain_entry;
                    ALTER TABLE chain_entry_v11 RENAME TO chain_entry;
                    CREATE INDEX chain_entry_by_draw ON chain_entry(draw_id);
                    CREATE TABLE chain_pending (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL CHECK (kind IN ('ledger', 'campaign')),
                        at REAL NOT NULL,
                        facts TEXT,
                        private_entry BLOB NOT NULL
                    );
                    CREATE TABLE complaint_finding (
                        complaint_id INTEGER NOT NULL REFERENCES complaint(id),
                        finding TEXT NOT NULL REFERENCES ledger_finding(id),
                        actor TEXT NOT NULL,
                        at REAL NOT NULL,
                        PRIMARY KEY (complaint_id, finding)
                    );
                    """)
        }
    }

    /// The private entry of a ledger change or campaign step: `fields` with the kind and 32
    /// bytes of salt from the kernel, as JSON with sorted keys and a final newline.
    static func privateEntry(kind: EventLink.Kind, fields: [String: String]) throws -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var all = fields
        all["kind"] = kind.rawValue
        all["salt"] = Hex.encode(salt)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(all)) + [10]
    }

    /// Queues a ledger change or campaign step for the chain, inside the transaction that makes
    /// it. `facts` are what the link publishes (a campaign step's), `fields` what stays private.
    static func queueChainEvent(
        _ db: Database, kind: EventLink.Kind, at date: Date, facts: [String: String]?, fields: [String: String]
    ) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let factsText = try facts.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try db.execute(
            sql: "INSERT INTO chain_pending (kind, at, facts, private_entry) VALUES (?, ?, ?, ?)",
            arguments: [
                kind.rawValue, date.timeIntervalSince1970, factsText,
                Data(try privateEntry(kind: kind, fields: fields)),
            ])
    }

    /// How many ledger changes and campaign steps wait to be linked.
    public func pendingChainEvents() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM chain_pending") ?? 0 }
    }

    /// Links every pending ledger change and campaign step, in the order made, each following
    /// the chain's head; `day` gives the civil day of an instant. Links nothing while a draw is
    /// committed but has no record yet (its record must follow the head its commitment named).
    /// Returns how many were linked.
    @discardableResult
    public func linkPendingEvents(day: (Date) -> Day) throws -> Int {
        try recordedWrite { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM draw WHERE state = 'committed')") == true {
                return 0
            }
            let pending = try Row.fetchAll(db, sql: "SELECT * FROM chain_pending ORDER BY id")
            for row in pending {
                guard let kind = EventLink.Kind(rawValue: row["kind"]) else { continue }
                let bytes = [UInt8](row["private_entry"] as Data)
                let facts = try (row["facts"] as String?).map {
                    try JSONDecoder().decode([String: String].self, from: Data($0.utf8))
                }
                let link = EventLink(
                    kind: kind, day: day(Date(timeIntervalSince1970: row["at"])), facts: facts,
                    digest: sha256Hex(bytes), previousRecordHash: try Self.chainHead(db))
                try db.execute(
                    sql: "INSERT INTO chain_entry (kind, entry, hash, private_entry) VALUES (?, ?, ?, ?)",
                    arguments: [kind.rawValue, Data(link.canonicalJSON), link.hash, Data(bytes)])
                try db.execute(sql: "DELETE FROM chain_pending WHERE id = ?", arguments: [row["id"] as Int64])
            }
            return pending.count
        }
    }

    /// Notes that a ledger or campaign link was written to the public folder.
    public func markLinkPublished(id: Int64, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE chain_entry SET published_at = ? WHERE id = ?",
                arguments: [date.timeIntervalSince1970, id])
        }
    }

    /// The private fields of a ledger change (`finding` the finding's id).
    static func ledgerChainFields(
        finding: String, action: String, actor: String, role: String, at: Int64, before: String?, after: String,
        detail: [String: String]
    ) -> [String: String] {
        var fields = ["finding": finding, "action": action, "actor": actor, "role": role, "at": String(at)]
        fields["before"] = before ?? ""
        fields["after"] = after
        for (key, value) in detail { fields["detail.\(key)"] = value }
        return fields
    }
}
