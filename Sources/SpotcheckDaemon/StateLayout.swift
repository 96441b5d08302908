import Foundation
import GRDB
import SpotcheckProtocol
public import SpotcheckStore
import SpotcheckSystem
import SpotcheckText
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The state folder's layout. The folder itself is traversable (0711) so that inspectors reach
/// their task files; the database and the audit anchor live in `private/` (0700), so that
/// nobody but the daemon sees their size or times (which would tell when something was stored).
public enum StateLayout {
    /// The 0700 folder holding the database and the anchor.
    public static func privateFolder(state: String) -> String { "\(state)/private" }

    /// The database files an older layout kept directly in the state folder.
    static let databaseFiles = ["state.sqlite", "state.sqlite-wal", "state.sqlite-shm"]

    /// Makes `private/` (0700, whatever it was) and moves a database of the older layout
    /// (`STATE/state.sqlite` and its WAL files) into it, while holding the state folder's lock
    /// (when another daemon holds it, nothing is moved: taking the lock then fails with a clear
    /// error). Returns the files moved. Refuses when both layouts hold a database: which one is
    /// current is for an administrator to say.
    @discardableResult
    public static func prepare(state: String) throws -> [String] {
        let folder = privateFolder(state: state)
        try Folder.make(folder, mode: 0o700)
        let old = "\(state)/state.sqlite"
        let new = "\(folder)/state.sqlite"
        let manager = FileManager.default
        guard manager.fileExists(atPath: old) else { return [] }
        let lock = open("\(state)/spotcheckd.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw POSIXError(errno, "open", "\(state)/spotcheckd.lock") }
        defer { close(lock) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else { return [] }
        if manager.fileExists(atPath: new) {
            throw LayoutError(
                message:
                    "both \(old) (the layout before version 0.1 moved the database) and \(new) exist; "
                    + "keep the current one in \(folder), move the other away, and start again")
        }
        var moved: [String] = []
        // The main file last: until it moves, a restart finds the old layout whole and moves again.
        for name in databaseFiles.reversed() {
            let from = "\(state)/\(name)"
            guard manager.fileExists(atPath: from) else { continue }
            guard rename(from, "\(folder)/\(name)") == 0 else {
                throw LayoutError(
                    message: "cannot move \(from) into \(folder): \(String(cString: strerror(errno))); "
                        + "move the database files there by hand and start again")
            }
            moved.append(name)
        }
        for path in [state, folder] {
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 {
                fsync(descriptor)
                close(descriptor)
            }
        }
        return moved.reversed()
    }

    public struct LayoutError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}

/// The audit trail's head kept outside the database (`STATE/private/anchor.json`), written
/// atomically and fsynced after every commit that lengthens the trail. At start the database
/// must still hold the anchored entry: a database restored from an older copy, or deleted and
/// created anew, does not, and the daemon refuses to start rather than draw a day again or undo
/// a reveal, a replacement or a roster import.
public final class StateAnchor: Sendable {
    public let path: String
    /// The head last written, so that the file only ever moves forward.
    private let written = Mutex<AuditHead?>(nil)
    /// Why the last write failed, if it did (the next commit tries again).
    private let failure = Mutex<String?>(nil)

    public init(state: String) {
        path = "\(StateLayout.privateFolder(state: state))/anchor.json"
    }

    struct File: Codable {
        var format: String
        var auditLength: Int64
        var auditHeadSha256: String
    }

    static let format = "spotcheck-anchor/1"

    /// The anchored head, or nil when there is no anchor yet (a first start, or an install from
    /// before anchors). An unreadable anchor is an error, never taken as "none".
    public func read() throws -> AuditHead? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw StateProblem(
                Catalogue.StateOperations.anchorUnreadable(
                    path, String(cString: strerror(errno)), StateOwner.name(geteuid())))
        }
        let data = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).readDataToEndOfFile()
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let file = try? decoder.decode(File.self, from: data), file.format == Self.format else {
            throw StateLayout.LayoutError(
                message: "the audit anchor \(path) is not a \(Self.format) file; "
                    + "if the database is the right one, run `spotcheckd --accept-restored-state` to write it anew")
        }
        return AuditHead(length: file.auditLength, sha256: file.auditHeadSha256)
    }

    /// Writes `head` through a temporary file, fsync and rename.
    public func write(_ head: AuditHead) throws {
        try written.withLock { written in
            try Self.write(head, to: path)
            written = head
        }
    }

    static func write(_ head: AuditHead, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        var bytes = [UInt8](
            try encoder.encode(File(format: Self.format, auditLength: head.length, auditHeadSha256: head.sha256)))
        bytes.append(0x0A)
        do {
            try AtomicFile.write(bytes, to: path, mode: 0o600)
        } catch {
            // A full file system has no block for the temporary file, but the anchor's own block
            // is there: the head is written over it in place rather than left behind.
            guard overwrite(bytes, at: path) else { throw error }
        }
    }

    /// Writes `bytes` over the existing anchor in place, padded with spaces to its length (JSON
    /// either way), in one write of at most one sector, fsynced; false when there is no anchor
    /// to write over, or the write fails.
    static func overwrite(_ bytes: [UInt8], at path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return false }
        var padded = Array(bytes.dropLast())
        while padded.count < Int(info.st_size) - 1 { padded.append(0x20) }
        padded.append(0x0A)
        guard padded.count <= 512 else { return false }
        let count = padded.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return count == padded.count && fsync(descriptor) == 0
    }

    /// Whether the anchor started or stopped failing to be written, for the journal.
    public enum Change: Sendable, Equatable {
        case failing(String)
        case recovered
    }

    /// Writes the store's head when its trail grew past what was last written. Never throws: a
    /// failed write is remembered (`lastFailure`, shown by the status) and tried again at the
    /// next commit and every minute; an anchor behind the database is harmless for a start
    /// (only one ahead of it stops one), but it does not see a restored older copy until it
    /// follows again, so the change is returned to be journaled once.
    @discardableResult
    public func follow(_ store: Store) -> Change? {
        let outcome: String?
        do {
            // One writer at a time, so that the file never goes back to an earlier head.
            try written.withLock { written in
                let head = try store.auditHead()
                guard (written?.length ?? -1) < head.length else { return }
                try Self.write(head, to: path)
                written = head
            }
            outcome = nil
        } catch {
            outcome = "\(error)"
        }
        return failure.withLock { failure in
            defer { failure = outcome }
            switch (failure, outcome) {
            case (nil, .some(let reason)): return .failing(reason)
            case (.some, nil): return .recovered
            default: return nil
            }
        }
    }

    /// Follows the store and journals when the anchor starts or stops failing.
    public func follow(_ store: Store, events: EventLog) {
        switch follow(store) {
        case .failing(let reason):
            events.emit(
                .drawFailed,
                "the audit anchor \(path) cannot be written: \(reason); until it can, a restored older copy of the "
                    + "state database would not be refused at start. Free space on its file system (df \(path)) or "
                    + "make it writable; spotcheckd writes it again at every change and every minute",
                ["ANCHOR": path, "REASON": "anchor-unwritten"])
        case .recovered:
            events.emit(
                .started, "the audit anchor \(path) follows the state database again",
                ["ANCHOR": path, "REASON": "anchor-written"])
        case nil: break
        }
    }

    /// What the status says while the anchor cannot be written.
    public var summary: String? {
        lastFailure.map { "degraded: the audit anchor \(path) cannot be written (\($0)); retrying every minute" }
    }

    public var lastFailure: String? { failure.withLock { $0 } }

    /// Makes every commit durable before it returns (`synchronous = FULL` on the writer: the WAL
    /// is fsynced at each commit). With the default of WAL mode (NORMAL) a power cut could take
    /// the last commits from the database while the anchor, fsynced after them, kept them: the
    /// anchor must never be ahead of what the database holds on disk.
    public static func requireDurableCommits(_ store: Store) throws {
        try store.database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
    }

    /// Why the database cannot be the one the anchor was written for, or nil when it can.
    public struct Mismatch: Error, CustomStringConvertible {
        public var database: String
        public var anchor: String
        public var anchored: AuditHead
        public var stored: AuditHead
        /// The stored hash of the anchored entry, when the database has that entry.
        public var storedAtAnchor: String?

        public var description: String {
            let found =
                stored.length < anchored.length
                ? "the database ends at \(stored)"
                : "the database holds another entry at \(anchored.length) (SHA-256 \(storedAtAnchor ?? "none")), and ends at \(stored)"
            return
                "the state database \(database) is older than the daemon's own record of it: the anchor \(anchor) "
                + "says the audit trail reached \(anchored), \(found). It was restored from an older copy, or "
                + "deleted and created anew; drawing on from it could draw a day again or undo a reveal, a "
                + "replacement or a roster import. Put back the newest database; or, to continue from this one "
                + "on purpose (a backup restored by an administrator), stop spotcheckd, run "
                + "`spotcheckd --accept-restored-state` once, and start it again"
        }
    }

    /// Compares the anchor with the store: nil when it holds the anchored entry (possibly with
    /// more after it, when the daemon stopped between a commit and the anchor's write). A nil
    /// store is a database not there (the start would make an empty one): `--check-config`
    /// refuses it as the start does.
    public func check(_ store: Store?, database: String) throws -> Mismatch? {
        guard let anchored = try read() else { return nil }
        let stored = try store?.auditHead() ?? AuditHead(length: 0, sha256: "")
        let atAnchor = anchored.length == 0 ? "" : try store?.auditEntryHash(id: anchored.length)
        if stored.length >= anchored.length, atAnchor == anchored.sha256 {
            written.withLock { $0 = anchored }
            return nil
        }
        return Mismatch(
            database: database, anchor: path, anchored: anchored, stored: stored, storedAtAnchor: atAnchor)
    }
}

/// The daemon's state, opened for a run: the state folder's lock, the layout brought up to date,
/// the database (locked too) checked against its anchor, and the anchor kept up with every
/// commit from then on.
public final class OpenedState: Sendable {
    public let store: Store
    public let anchor: StateAnchor
    let lock: StateLock

    /// - Parameter acceptingRestored: write the anchor anew from the database as it is, instead
    ///   of refusing a database older than the anchor (`spotcheckd --accept-restored-state`).
    public init(config: DaemonConfig, events: EventLog, acceptingRestored: Bool = false) throws {
        let paths = config.paths
        try StateOwner.checkOwnership(paths)  // StateOwner.swift: names the owner and the chown
        try Folder.make(paths.state, mode: 0o711)
        try Folder.make(paths.tasks, mode: 0o711)
        try Folder.make(paths.publicRecords, mode: 0o755)
        let moved = try StateLayout.prepare(state: paths.state)
        if !moved.isEmpty {
            events.emit(
                .started,
                "moved the state database into \(StateLayout.privateFolder(state: paths.state)) (mode 0700): \(moved.joined(separator: ", "))",
                ["STATE": paths.state])
        }
        // One daemon per state folder, held until the process ends; the database is locked too,
        // so deleting the lock file does not let a second daemon in, and the task and public
        // folders, which a daemon with another state folder must not write into.
        lock = try StateLock(
            folder: paths.state, guarding: [paths.database],
            folders: [("tasks", paths.tasks), ("public", paths.publicRecords)])
        store = try Store(path: paths.database)
        try StateAnchor.requireDurableCommits(store)
        anchor = StateAnchor(state: paths.state)
        if acceptingRestored {
            let before = (try? anchor.read()) ?? nil
            // PublishedCommitments.swift: a copy older than a public commitment is refused, unchanged.
            try PublishedCommitments.refuseOlder(store: store, paths: paths)
            let head = try store.auditHead()
            try anchor.write(head)
            events.emit(
                .started,
                "the audit anchor \(anchor.path) was written anew by an administrator for the database as it is: "
                    + "it said \(before.map(\.description) ?? "nothing (no anchor)"), the database ends at \(head)",
                [
                    "ANCHOR_BEFORE": before.map { "\($0.length) \($0.sha256)" } ?? "",
                    "AUDIT_HEAD": "\(head.length) \(head.sha256)",
                ])
            return
        }
        if let mismatch = try anchor.check(store, database: paths.database) { throw mismatch }
        try PublishedCommitments.refuseOlder(store: store, paths: paths)
        anchor.follow(store)
        if let failure = anchor.lastFailure {
            throw StateLayout.LayoutError(message: "cannot write the audit anchor \(anchor.path): \(failure)")
        }
        let store = store
        let anchor = anchor
        store.observeCommits { [weak store] in
            if let store { anchor.follow(store, events: events) }
        }
    }

    /// Journal fields naming both heads, for a refused start.
    public static func fields(_ error: any Error) -> [String: String] {
        guard let mismatch = error as? StateAnchor.Mismatch else { return [:] }
        return [
            "REASON": "state-older-than-anchor",
            "ANCHOR": mismatch.anchor,
            "ANCHOR_AUDIT_LENGTH": String(mismatch.anchored.length),
            "ANCHOR_AUDIT_SHA256": mismatch.anchored.sha256,
            "DATABASE_AUDIT_LENGTH": String(mismatch.stored.length),
            "DATABASE_AUDIT_SHA256": mismatch.stored.sha256,
        ]
    }
}
