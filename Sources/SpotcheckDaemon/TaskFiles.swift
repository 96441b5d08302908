import CSpotcheckShims
public import Foundation
public import SpotcheckCore
public import SpotcheckProtocol
import SpotcheckSystem
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Writes task files atomically into one private folder per inspector: `TASKS/LOGIN/DATE.json`.
///
/// Every login of the roster has its folder, always, mode 0700 with a POSIX ACL that lets that
/// inspector (and nobody else but the daemon) enter and read it. Whenever a day's files are
/// written, every login gets its file for that day (an empty assignment list when they have no
/// inspection), in login order, and every folder's times are set alike afterwards: so nothing
/// an outsider can see (which folders exist, their size, link count and times) depends on who
/// was drawn.
public struct TaskWriter: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public func folder(login: String) -> String {
        "\(directory)/\(login)"
    }

    public func path(date: Day, login: String) -> String {
        "\(directory)/\(login)/\(date).json"
    }

    public func exists(date: Day, login: String) -> Bool {
        FileManager.default.fileExists(atPath: path(date: date, login: login))
    }

    /// Creates the tasks folder and one private folder per login. Returns a warning per login
    /// whose inspector could not be given access (no Unix user of that name, or no ACL support).
    @discardableResult
    public func prepare(logins: some Sequence<String>) throws -> [String: String] {
        try Folder.make(directory, mode: 0o711)
        var warnings: [String: String] = [:]
        for login in Set(logins).sorted() {
            if let warning = try prepare(login: login) { warnings[login] = warning }
        }
        return warnings
    }

    func prepare(login: String) throws -> String? {
        let path = folder(login: login)
        var info = stat()
        if stat(path, &info) != 0 { try Folder.make(path, mode: 0o700) }
        // The access list sets every permission bit; without one the folder is the daemon's alone.
        guard let warning = Self.grant(path: path, login: login, directory: true) else { return nil }
        guard chmod(path, 0o700) == 0 else { throw POSIXError(errno, "chmod", path) }
        return warning
    }

    /// Writes the file through a temporary file, fsync and rename, then fsyncs the folder.
    /// Returns a warning when the inspector's read access could not be granted.
    @discardableResult
    public func write(_ file: TaskFile, encode: (TaskFile) -> [UInt8]) throws -> String? {
        try Folder.make(directory, mode: 0o711)
        let folderWarning = try prepare(login: file.inspector.login)
        let target = path(date: file.date, login: file.inspector.login)
        try AtomicFile.write(encode(file), to: target, mode: 0o600)
        return Self.grant(path: target, login: file.inspector.login, directory: false) ?? folderWarning
    }

    /// Whether the login's file of `date` holds exactly `bytes`.
    public func holds(_ bytes: [UInt8], date: Day, login: String) -> Bool {
        FileManager.default.contents(atPath: path(date: date, login: login)).map { [UInt8]($0) == bytes } ?? false
    }

    /// Sets the access and modification times of every login's folder to `time`, in login
    /// order, so that the folders' times tell nobody whose files changed.
    public func settle(logins: some Sequence<String>, at time: Date) {
        let seconds = time.timeIntervalSince1970.rounded(.down)
        let stamp = timespec(tv_sec: Int(seconds), tv_nsec: 0)
        let times = [stamp, stamp]
        for login in Set(logins).sorted() {
            _ = utimensat(AT_FDCWD, folder(login: login), times, 0)
        }
    }

    /// Adds a POSIX ACL entry giving the login's uid read access (and, for a folder, the right
    /// to enter it); everyone else keeps none. Returns a warning when that is not possible.
    static func grant(path: String, login: String, directory: Bool) -> String? {
        guard let uid = userID(login) else { return TaskAccessWarning.noUser }
        if uid == geteuid() { return nil }
        let undefined: UInt32 = 0xFFFF_FFFF
        let owner: UInt16 = directory ? 7 : 6
        let reader: UInt16 = directory ? 5 : 4
        var blob: [UInt8] = []
        func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { blob += $0 } }
        func put16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { blob += $0 } }
        func entry(_ tag: UInt16, _ permissions: UInt16, _ id: UInt32) {
            put16(tag)
            put16(permissions)
            put32(id)
        }
        put32(2)  // POSIX_ACL_XATTR_VERSION
        entry(0x01, owner, undefined)  // ACL_USER_OBJ
        entry(0x02, reader, uid)  // ACL_USER
        entry(0x04, 0, undefined)  // ACL_GROUP_OBJ ---
        entry(0x10, reader, undefined)  // ACL_MASK
        entry(0x20, 0, undefined)  // ACL_OTHER ---
        let result = blob.withUnsafeBytes {
            spotcheck_setxattr(path, "system.posix_acl_access", $0.baseAddress, $0.count, 0)
        }
        guard result == 0 else {
            return "cannot give \(login) read access to \(path): \(String(cString: strerror(errno)))"
        }
        return nil
    }

    static func userID(_ login: String) -> UInt32? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwnam_r(login, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return entry.pw_uid
    }
}

/// A task file that could not be written (disk full, a folder in the way, an I/O error): the
/// files of that day may disagree with the store until they are written again.
public struct TaskFileError: Error, CustomStringConvertible {
    public var day: Day
    public var login: String
    public var underlying: String

    public var description: String {
        "cannot write the task file of \(login) for \(day): \(underlying)"
    }
}

/// The days whose task files could not all be written, and why: the periodic check writes them
/// again until every file equals the store, and the status says the daemon is degraded meanwhile.
public final class TaskFileHealth: Sendable {
    private let failures = Mutex<[Day: String]>([:])

    public init() {}

    /// Notes a failure; true when it is new for that day (or another than before).
    func failed(_ error: TaskFileError) -> Bool {
        failures.withLock { failures in
            defer { failures[error.day] = error.description }
            return failures[error.day] != error.description
        }
    }

    /// Notes that a day's files were all written; true when they had failed before.
    func written(_ day: Day) -> Bool {
        failures.withLock { $0.removeValue(forKey: day) != nil }
    }

    /// The days still to repair.
    public var pendingDays: [Day] { failures.withLock { $0.keys.sorted() } }

    /// What the status says while some day's files disagree with the store.
    public var summary: String? {
        let failures = failures.withLock { $0 }
        guard let first = failures.keys.min(), let reason = failures[first] else { return nil }
        let days = failures.keys.sorted().map(\.description).joined(separator: ", ")
        return "degraded: task files of \(days) may disagree with the store (\(reason)); retrying every minute"
    }
}

extension Engine {
    /// Journals a task-file failure once per day and reason, and keeps the day for repair.
    func noteTaskFileFailure(_ error: TaskFileError) {
        guard taskFiles.failed(error) else { return }
        events.emit(
            .drawFailed,
            "task files for \(error.day) may disagree with the store: \(error); spotcheckd writes them again every minute until they agree",
            ["DATE": error.day.description, "LOGIN": error.login, "REASON": "task-files"])
    }

    /// Notes that every file of `day` now equals the store.
    func noteTaskFilesWritten(_ day: Day) {
        guard taskFiles.written(day) else { return }
        events.emit(
            .started, "task files for \(day) agree with the store again",
            ["DATE": day.description, "REASON": "task-files-repaired"])
    }

    /// The next event as the status shows it: prefixed with what is degraded, if anything, and
    /// due within a minute while something is.
    func withHealth(_ next: NextEvent?, now: Date) -> NextEvent? {
        // An anchor that could not be written at a commit is tried again here, every minute.
        anchor?.follow(store, events: events)
        let summaries = [stateWrites.summary, anchor?.summary, taskFiles.summary].compactMap { $0 }
        guard !summaries.isEmpty else { return next }
        let summary = summaries.joined(separator: "; ")
        let retry = now.addingTimeInterval(60)
        guard let next else { return NextEvent(at: retry, description: summary) }
        return NextEvent(at: min(next.at, retry), description: "\(summary); next: \(next.description)")
    }
}
