import CSpotcheckShims
import Foundation
public import SpotcheckCore

#if canImport(Glibc)
    import Glibc
#endif

/// A failed system call on a file.
public struct POSIXError: Error, CustomStringConvertible {
    public var code: Int32
    public var call: String
    public var path: String

    public init(_ code: Int32, _ call: String, _ path: String) {
        self.code = code
        self.call = call
        self.path = path
    }

    public var description: String {
        "\(path): \(call): \(String(cString: strerror(code)))"
    }
}

/// Files replaced whole: a reader sees the old content or the new, never half of either.
public enum AtomicFile {
    /// Writes through a temporary file in the same folder, fsyncs it, renames it over `path`,
    /// then fsyncs the folder so that the rename survives a crash. A failure names `path`, the
    /// file the caller asked for, not the temporary one.
    public static func write(_ bytes: [UInt8], to path: String, mode: UInt32) throws(POSIXError) {
        let temporary = "\(path).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw POSIXError(errno, "create", path) }
        var ok = false
        defer {
            close(descriptor)
            if !ok { unlink(temporary) }
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXError(errno, "write", path)
            }
            written += count
        }
        guard fchmod(descriptor, mode) == 0 else { throw POSIXError(errno, "fchmod", path) }
        guard fsync(descriptor) == 0 else { throw POSIXError(errno, "fsync", path) }
        guard rename(temporary, path) == 0 else { throw POSIXError(errno, "rename", path) }
        ok = true
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }
}

/// Folders created with an exact mode, whatever the umask.
public enum Folder {
    /// Creates the folder (and missing parents) and sets its mode.
    public static func make(_ path: String, mode: UInt32) throws(POSIXError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            throw POSIXError(Int32(underlying?.code ?? Int(EACCES)), "mkdir", path)
        }
        guard chmod(path, mode_t(mode)) == 0 else { throw POSIXError(errno, "chmod", path) }
    }
}

/// The kernel's random source.
public enum KernelRandom {
    /// 32 bytes from getrandom(2), retried on EINTR.
    public static func seed() throws(POSIXError) -> Seed {
        var bytes = [UInt8](repeating: 0, count: 32)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                spotcheck_getrandom(buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXError(errno, "getrandom", "kernel random source")
            }
            filled += count
        }
        return Seed(bytes: bytes)!
    }
}

/// An exclusive lock on a state folder, held for the life of the process: two daemons never
/// share one state. The lock is `flock(2)` on `spotcheckd.lock` in the folder, which also holds
/// the holder's process id for the error message; the kernel drops it when the process dies,
/// however it dies. The files named in `guarding` (the database) are locked too, so that a lock
/// file deleted under a running daemon does not let a second one in; so are `folders` (task
/// files and public records), which two daemons with different state folders must not share.
public final class StateLock: Sendable {
    public let path: String
    private let descriptor: Int32
    private let guarded: [Int32]

    public struct Held: Error, CustomStringConvertible {
        public var folder: String
        public var holder: String?
        /// The `[paths]` setting that names the locked file or folder.
        public var setting = "state"

        public var description: String {
            "another spotcheckd\(holder.map { " (pid \($0))" } ?? "") holds the lock on the \(setting) folder \(folder); "
                + "stop it first, or give this one another [paths] \(setting)"
        }
    }

    /// Takes the lock, or throws `Held` at once when another process has it.
    /// - Parameters:
    ///   - files: files locked too (created when missing), named by the state folder in errors.
    ///   - folders: folders locked too, each with the `[paths]` setting that names it.
    public init(folder: String, guarding files: [String] = [], folders: [(setting: String, path: String)] = []) throws {
        path = "\(folder)/spotcheckd.lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw POSIXError(errno, "create", path) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let code = errno
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = pread(descriptor, &buffer, buffer.count, 0)
            close(descriptor)
            guard code == EWOULDBLOCK else { throw POSIXError(code, "flock", path) }
            let holder = count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : nil
            throw Held(folder: folder, holder: holder?.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // Held until the process ends: closing a descriptor of the database would drop the
        // locks SQLite holds on it (POSIX record locks are per process and file).
        var guarded: [Int32] = []
        let targets =
            files.map { ($0, O_RDWR | O_CREAT | O_CLOEXEC, "state") }
            + folders.enumerated().filter { index, folder in
                // One folder named twice is locked once: a second lock would conflict with the first.
                !folders.prefix(index).contains { $0.path == folder.path }
            }.map { ($0.element.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, $0.element.setting) }
        for (file, flags, setting) in targets {
            let other = open(file, flags, 0o600)
            var code = other < 0 ? errno : 0
            while code == 0, flock(other, LOCK_EX | LOCK_NB) != 0 {
                if errno != EINTR { code = errno }
            }
            if code != 0 {
                if other >= 0 { close(other) }
                for held in guarded { close(held) }
                close(descriptor)
                guard code == EWOULDBLOCK else { throw POSIXError(code, other < 0 ? "open" : "flock", file) }
                throw Held(folder: setting == "state" ? folder : file, holder: nil, setting: setting)
            }
            guarded.append(other)
        }
        self.guarded = guarded
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        for held in guarded { close(held) }
        close(descriptor)
    }
}

/// Temporary files that `AtomicFile.write` leaves when the process is killed between creating
/// and renaming them.
public enum LeftoverFiles {
    /// Removes every `NAME.tmp-PID` file under `folder` (recursively) whose PID is not this
    /// process's. Returns the paths removed.
    @discardableResult
    public static func removeTemporaries(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        let mine = ".tmp-\(getpid())"
        var removed: [String] = []
        while let relative = walker.nextObject() as? String {
            guard let range = relative.range(of: ".tmp-", options: .backwards),
                !relative[range.upperBound...].isEmpty, relative[range.upperBound...].allSatisfy(\.isNumber),
                !relative.hasSuffix(mine)
            else { continue }
            let path = "\(folder)/\(relative)"
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed.sorted()
    }
}

/// Named points where a test makes the process die as if killed (`SIGKILL`), to check that
/// every step's state survives a crash. Inert unless `SPOTCHECKD_CRASH_AT` names the step.
public enum CrashPoint {
    static let armed: String? = ProcessInfo.processInfo.environment["SPOTCHECKD_CRASH_AT"]

    /// Dies here when `SPOTCHECKD_CRASH_AT` is `step`.
    public static func reach(_ step: String) {
        guard let armed, armed == step else { return }
        kill(getpid(), SIGKILL)
    }
}
