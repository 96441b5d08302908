import GRDB
import SpotcheckProtocol
import SpotcheckText
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A failure of the state database an administrator can act on (a full disk, a read-only file
/// system, a file or folder spotcheckd may no longer write), told as such: the file, what
/// happened, that nothing was stored, what to do.
enum StorageFailure {
    /// The sentence for `error`, or nil when it is no such failure.
    static func message(_ error: any Error, path: String?) -> String? {
        guard let error = error as? DatabaseError else { return nil }
        let path = path ?? "(in memory)"
        switch error.resultCode {
        case .SQLITE_FULL: return Catalogue.Storage.diskFull(path).english
        case .SQLITE_READONLY: return Catalogue.Storage.readOnly(path).english
        default:
            guard let reason = unwritable(error, path: path) else { return nil }
            return Catalogue.Storage.unwritable(path, reason).english
        }
    }

    /// Why the database at `path` cannot be written, when `error` is SQLite failing to write or
    /// open its files (it says only "disk I/O error"): the file or folder at fault with the
    /// system's reason, found by opening each for writing; nil for any other error. A full file
    /// system is told by `message` as such.
    static func unwritable(_ error: any Error, path: String) -> String? {
        guard let error = error as? DatabaseError,
            [.SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode)
        else { return nil }
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !folder.isEmpty, StateRoom.full(folder) != nil { return "its file system is full (df \(folder))" }
        for file in [path, path + "-wal", path + "-shm"] where access(file, F_OK) == 0 {
            let descriptor = open(file, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return "\(file): \(String(cString: strerror(errno)))" }
            close(descriptor)
        }
        if !folder.isEmpty, access(folder, W_OK | X_OK) != 0 {
            return "\(folder): \(String(cString: strerror(errno)))"
        }
        return error.message ?? "disk I/O error"
    }
}

/// Whether the state database could be written at the last change: while it cannot, the journal
/// has said so once and the status says the daemon is degraded.
public final class StateWriteHealth: Sendable {
    private let failure = Mutex<(path: String, reason: String)?>(nil)

    public init() {}

    /// Notes a change refused because the database cannot be written; journals it when new.
    func failed(path: String, reason: String, events: EventLog) {
        let new = failure.withLock { failure in
            defer { failure = (path, reason) }
            return failure?.reason != reason
        }
        guard new else { return }
        events.emit(
            .drawFailed,
            "the state database \(path) cannot be written (\(reason)); every change is refused until it can. "
                + "Make the file, its -wal and -shm files and its folder writable for spotcheckd's user "
                + "(ls -l, lsattr, findmnt)",
            ["DATABASE": path, "REASON": "state-unwritten", "CAUSE": reason])
    }

    /// Notes a change that was stored; journals the recovery when the database had failed.
    func written(events: EventLog) {
        guard
            let was = failure.withLock({ failure in
                defer { failure = nil }; return failure
            })
        else { return }
        events.emit(
            .started, "the state database \(was.path) can be written again",
            ["DATABASE": was.path, "REASON": "state-written"])
    }

    /// What the status says while the database cannot be written.
    public var summary: String? {
        failure.withLock { $0 }.map {
            "degraded: the state database \($0.path) cannot be written (\($0.reason)); changes are refused"
        }
    }
}

/// Whether a folder's file system has room left, for failures SQLite tells only as "disk I/O error".
enum StateRoom {
    /// `folder` when its file system has less than 64 KiB left for spotcheckd's user, else nil.
    static func full(_ folder: String) -> String? {
        var room = statvfs()
        guard statvfs(folder, &room) == 0 else { return nil }
        return UInt64(room.f_bavail) * UInt64(room.f_frsize) < 65536 ? folder : nil
    }
}
