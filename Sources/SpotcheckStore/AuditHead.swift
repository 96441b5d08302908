import Foundation
import GRDB
import SpotcheckRoster
import Synchronization

/// How far the audit trail goes: its length (the id of its last entry) and the SHA-256 of that
/// entry. Every change the daemon makes adds an entry, so a database that lost a change has a
/// shorter trail, and one that took another path has another entry at that length.
public struct AuditHead: Sendable, Equatable, Codable, CustomStringConvertible {
    public var length: Int64
    /// SHA-256 (hex) of the last entry; empty for an empty trail.
    public var sha256: String

    public init(length: Int64, sha256: String) {
        self.length = length
        self.sha256 = sha256
    }

    public var description: String {
        length == 0 ? "an empty audit trail" : "audit entry \(length) (SHA-256 \(sha256))"
    }

    /// The hash of one entry: its id, time, actor, action and details, one per line.
    static func hash(id: Int64, at: Double, actor: String, action: String, detail: String) -> String {
        RecordCoding.hash(Array("\(id)\n\(at.bitPattern)\n\(actor)\n\(action)\n\(detail)".utf8))
    }
}

extension Store {
    /// The audit trail's head now.
    public func auditHead() throws -> AuditHead {
        try database.read { db in try Self.auditHead(db) }
    }

    /// The hash of entry `id`, or nil when the trail has no such entry.
    public func auditEntryHash(id: Int64) throws -> String? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM audit WHERE id = ?", arguments: [id]).map(Self.entryHash)
        }
    }

    static func auditHead(_ db: Database) throws -> AuditHead {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM audit ORDER BY id DESC LIMIT 1") else {
            return AuditHead(length: 0, sha256: "")
        }
        return AuditHead(length: row["id"], sha256: entryHash(row))
    }

    static func entryHash(_ row: Row) -> String {
        AuditHead.hash(id: row["id"], at: row["at"], actor: row["actor"], action: row["action"], detail: row["detail"])
    }

    /// Calls `observer` after every write transaction this store commits (on the writer's
    /// thread), for example to keep a copy of the audit head outside the database.
    public func observeCommits(_ observer: (@Sendable () -> Void)?) {
        commitObserver.withLock { $0 = observer }
    }
}
