public import Foundation
public import GRDB
public import SpotcheckCore
public import SpotcheckRoster
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The daemon's state: one SQLite database in WAL mode. GRDB's pool serialises writes, so this
/// is a plain final class with no locking of its own.
public final class Store: Sendable {
    public let database: any DatabaseWriter
    /// The database file, or nil for an in-memory store.
    public let path: String?
    /// The file's device and inode when it was opened: a file replaced or deleted under a
    /// running daemon no longer matches.
    let identity: FileIdentity?
    /// The newest draw this process has seen stored (id and seed commitment). A database
    /// rewritten in place (a backup restored into the same file) no longer holds it.
    let newestDraw = Mutex<(id: Int64, seedHash: String)?>(nil)
    /// The longest audit trail seen: every change the daemon makes (draw, reveal, publication,
    /// replacement, roster) adds an entry, so a trail that got shorter is an older copy.
    let auditLength = Mutex<Int64>(0)
    /// Told after every write transaction (see `observeCommits`).
    let commitObserver = Mutex<(@Sendable () -> Void)?>(nil)

    /// Opens (creating if needed) the database at `path` and runs the migrations.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        database = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
        self.path = path
        identity = FileIdentity(path: path)
        try rememberNewestDraw()
    }

    /// Opens the database at `path` to read it as it is (no migration, no write), beside a daemon
    /// that may be running (`spotcheckd --check-config`).
    public init(readingOnly path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        database = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        identity = FileIdentity(path: path)
    }

    /// A private in-memory database with the same migrations, for tests.
    public init() throws {
        database = try DatabaseQueue()
        try Self.migrator.migrate(database)
        path = nil
        identity = nil
    }

    /// Throws `StoreError.databaseReplaced` when the database file is no longer the one opened
    /// (deleted, or replaced by another file): writing on would go to a file nobody reads, and
    /// a restart would start from a state that does not know what was done.
    public func checkIdentity() throws {
        guard let path, let identity else { return }
        let now = FileIdentity(path: path)
        guard now == identity else {
            throw StoreError.databaseReplaced(path: path, deleted: now == nil)
        }
        // The same file, but does it still hold what was stored through it?
        let length = try database.read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit") }
        let seen = auditLength.withLock { seen in
            defer { seen = max(seen, length ?? 0) }
            return seen
        }
        if let length, length < seen {
            throw StoreError.databaseRolledBack(
                path: path, evidence: "its audit trail ends at entry \(length), entry \(seen) was written before")
        }
        guard let newest = newestDraw.withLock({ $0 }) else { return }
        let stored = try database.read { db in
            try String.fetchOne(db, sql: "SELECT seed_hash FROM draw WHERE id = ?", arguments: [newest.id])
        }
        guard stored == newest.seedHash else {
            throw StoreError.databaseRolledBack(
                path: path,
                evidence: stored == nil
                    ? "draw \(newest.id) is gone" : "draw \(newest.id) now has another seed commitment")
        }
    }

    /// A write transaction that also notes how long the audit trail is once it is done, so that
    /// a copy restored into the file a moment later, without this write, is caught.
    func recordedWrite<T>(_ updates: (Database) throws -> T) throws -> T {
        let (result, length) = try database.write { db in
            (try updates(db), try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit") ?? 0)
        }
        auditLength.withLock { $0 = max($0, length) }
        commitObserver.withLock { $0 }?()
        return result
    }

    /// Records the newest stored draw as one the database must keep holding.
    func rememberNewestDraw() throws {
        let row = try database.read { db in
            // Missed days have no seed; the newest draw that has one is the one to keep.
            try Row.fetchOne(
                db, sql: "SELECT id, seed_hash FROM draw WHERE seed_hash IS NOT NULL ORDER BY id DESC LIMIT 1")
        }
        guard let row, let id = row["id"] as Int64?, let hash = row["seed_hash"] as String? else { return }
        newestDraw.withLock { $0 = (id, hash) }
    }

    /// The schema's history. A shipped migration is never edited; changes come as new ones.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE roster_version (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        snapshot_hash TEXT NOT NULL UNIQUE,
                        departments BLOB NOT NULL,
                        inspectors BLOB NOT NULL,
                        conflicts BLOB NOT NULL,
                        history BLOB NOT NULL,
                        source TEXT NOT NULL,
                        loaded_at REAL NOT NULL
                    );
                    CREATE TABLE setting (
                        key TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    );
                    CREATE TABLE draw (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        pool TEXT NOT NULL,
                        date TEXT NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('scheduled', 'targeted')),
                        state TEXT NOT NULL CHECK (state IN ('committed', 'completed', 'missed')),
                        seed BLOB,
                        seed_hash TEXT,
                        snapshot_hash TEXT,
                        previous_record_hash TEXT,
                        roster_version_id INTEGER REFERENCES roster_version(id),
                        policy TEXT,
                        fixed_targets TEXT,
                        record BLOB,
                        record_hash TEXT,
                        committed_at REAL,
                        completed_at REAL,
                        revealed_at REAL,
                        published_at REAL
                    );
                    CREATE UNIQUE INDEX draw_scheduled_once ON draw(pool, date) WHERE kind = 'scheduled';
                    CREATE TABLE assignment (
                        draw_id INTEGER NOT NULL REFERENCES draw(id),
                        date TEXT NOT NULL,
                        pool TEXT NOT NULL,
                        inspector TEXT NOT NULL,
                        login TEXT NOT NULL,
                        department TEXT NOT NULL,
                        role TEXT NOT NULL,
                        PRIMARY KEY (draw_id, inspector, department)
                    );
                    CREATE INDEX assignment_by_date ON assignment(date, login);
                    CREATE TABLE audit (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at REAL NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL,
                        detail TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2-replacements") { db in
            try db.execute(
                sql: """
                    CREATE TABLE replacement (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        draw_id INTEGER NOT NULL REFERENCES draw(id),
                        department TEXT NOT NULL,
                        old_inspector TEXT NOT NULL,
                        new_inspector TEXT NOT NULL,
                        new_name TEXT NOT NULL,
                        new_home TEXT NOT NULL,
                        role TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        at REAL NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v3-journaled") { db in
            // When the commitment reached the journal; draws stored before this migration were
            // journaled in the same step as they were committed.
            try db.execute(
                sql: """
                    ALTER TABLE draw ADD COLUMN journaled_at REAL;
                    UPDATE draw SET journaled_at = committed_at WHERE committed_at IS NOT NULL;
                    ALTER TABLE draw ADD COLUMN ordered_by TEXT;
                    ALTER TABLE draw ADD COLUMN order_reason TEXT;
                    ALTER TABLE replacement ADD COLUMN journaled_at REAL;
                    UPDATE replacement SET journaled_at = at;
                    """)
        }
        migrator.registerMigration("v4-committed-inputs") { db in
            // What a draw committed to, kept with it: the history CSV of its roster snapshot (the
            // roster version holds the other files, and never changes) and the commitment's
            // canonical JSON, so that nothing later edited changes a committed draw's inputs.
            try db.execute(
                sql: """
                    ALTER TABLE draw ADD COLUMN snapshot_history BLOB;
                    ALTER TABLE draw ADD COLUMN commitment BLOB;
                    """)
        }
        migrator.registerMigration("v5-chain-entries") { db in
            // The hash chain covers orders and replacements too (ChainEntries.swift).
            try migrateChainEntries(db)
        }
        registerLedgerMigration(&migrator)
        migrator.registerMigration("v7-campaign", migrate: migrateCampaign)
        registerLedgerDrawsMigration(&migrator)
        registerSelfInspectionMigration(&migrator)
        registerChainLinksMigration(&migrator)
        registerHiddenSlotMigration(&migrator)
        registerConflictSaltsMigration(&migrator)
        registerDeclarationsMigration(&migrator)
        registerOrderCancelMigration(&migrator)
        registerOrderReasonsMigration(&migrator)
        registerFindingSubmissionsMigration(&migrator)
        registerDeclarationWithdrawMigration(&migrator)
        registerSeatLoginsMigration(&migrator)
        registerLedgerCheckDrawsMigration(&migrator)
        return migrator
    }
}

/// A file's device and inode number.
struct FileIdentity: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

// MARK: Rosters

public struct StoredRoster: Sendable, Equatable {
    public var id: Int64
    public var snapshotHash: String
    public var files: RosterWriter.Files
    public var source: String
    public var loadedAt: Date

    /// Parses the stored files back into a roster.
    public func roster() throws -> Roster {
        try RosterParser.parse(files.named(in: "roster-version-\(id)"))
    }
}

extension Store {
    /// Stores the roster (once per distinct content) and makes it the current one. Returns the
    /// version and whether it differs from the previous current one.
    @discardableResult
    /// - Parameter socketManaged: also record, in the same transaction, that the roster is kept
    ///   through the control socket from now on (an import).
    public func saveRoster(
        _ roster: Roster, source: String, actor: String, at date: Date, changes: [RosterChange] = [],
        socketManaged: Bool = false
    ) throws -> (version: StoredRoster, changed: Bool) {
        let hash = roster.snapshotHash
        let files = RosterWriter.write(roster)
        return try recordedWrite { db in
            let previous = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'current_roster'")
            var id = try Int64.fetchOne(
                db, sql: "SELECT id FROM roster_version WHERE snapshot_hash = ?", arguments: [hash])
            if id == nil {
                try db.execute(
                    sql: """
                        INSERT INTO roster_version (snapshot_hash, departments, inspectors, conflicts, history, source, loaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        hash, Data(files.departments), Data(files.inspectors), Data(files.conflicts),
                        Data(files.history),
                        source, date.timeIntervalSince1970,
                    ])
                id = db.lastInsertedRowID
            }
            try db.execute(
                sql:
                    "INSERT INTO setting (key, value) VALUES ('current_roster', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [String(id!)])
            let changed = previous != String(id!)
            if socketManaged {
                try db.execute(
                    sql:
                        "INSERT INTO setting (key, value) VALUES ('roster_source', 'control') ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                )
            }
            for change in changes {
                var detail = ["kind": change.kind, "id": change.id]
                if let before = change.before { detail["before"] = before }
                if let after = change.after { detail["after"] = after }
                try Self.audit(
                    db, actor: actor, action: "roster.\(change.kind).\(change.action.rawValue)", detail: detail,
                    at: date)
            }
            try Self.saveContacts(db, roster.departments, actor: actor, at: date)
            if changed {
                try Self.audit(
                    db, actor: actor, action: "roster.loaded",
                    detail: [
                        "source": source, "snapshot_hash": hash, "departments": String(roster.departments.count),
                        "inspectors": String(roster.inspectors.count),
                    ], at: date)
            }
            return (try Self.rosterVersion(db, id: id!)!, changed)
        }
    }

    public func currentRoster() throws -> StoredRoster? {
        try database.read { db in
            guard let value = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'current_roster'"),
                let id = Int64(value)
            else { return nil }
            return try Self.rosterVersion(db, id: id)
        }
    }

    public func rosterVersion(id: Int64) throws -> StoredRoster? {
        try database.read { db in try Self.rosterVersion(db, id: id) }
    }

    static func rosterVersion(_ db: Database, id: Int64) throws -> StoredRoster? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM roster_version WHERE id = ?", arguments: [id]) else {
            return nil
        }
        func bytes(_ column: String) -> [UInt8] { [UInt8](row[column] as Data) }
        return StoredRoster(
            id: row["id"], snapshotHash: row["snapshot_hash"],
            files: RosterWriter.Files(
                departments: bytes("departments"), inspectors: bytes("inspectors"), conflicts: bytes("conflicts"),
                history: bytes("history")),
            source: row["source"], loadedAt: Date(timeIntervalSince1970: row["loaded_at"]))
    }
}

// MARK: Settings and audit

extension Store {
    public func setting(_ key: String) throws -> String? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
        }
    }

    public func setSetting(_ key: String, _ value: String) throws {
        try recordedWrite { db in
            try db.execute(
                sql:
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [key, value])
        }
    }

    /// Appends to the audit trail: who did what, when, with details.
    public func audit(actor: String, action: String, detail: [String: String], at date: Date) throws {
        try recordedWrite { db in try Self.audit(db, actor: actor, action: action, detail: detail, at: date) }
    }

    static func audit(_ db: Database, actor: String, action: String, detail: [String: String], at date: Date) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(detail), as: UTF8.self)
        try db.execute(
            sql: "INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
            arguments: [date.timeIntervalSince1970, actor, action, text])
    }

    public struct AuditEntry: Sendable, Equatable {
        public var at: Date
        public var actor: String
        public var action: String
        public var detail: String
    }

    public func auditTrail() throws -> [AuditEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id").map {
                AuditEntry(
                    at: Date(timeIntervalSince1970: $0["at"]), actor: $0["actor"], action: $0["action"],
                    detail: $0["detail"])
            }
        }
    }
}
