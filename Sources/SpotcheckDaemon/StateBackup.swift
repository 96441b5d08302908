import Foundation
import GRDB
import SpotcheckSystem
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// `spotcheckd --backup DIR`: a consistent copy of the state database, taken with SQLite's
/// online backup (safe while the daemon runs: it reads one snapshot, the daemon writes on), and
/// the private files a restore needs beside it, every file 0600 in a 0700 folder: the copy holds
/// the day's unrevealed seeds, conflicts' reasons and sealed complaint data.
enum StateBackup {
    /// The private files copied beside the database, when they exist.
    static let privateFiles = ["anchor.json", "publication-key", "conflict-salts.csv", "order-reasons.csv"]

    static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return "\(String(cString: name)) (uid \(uid))"
    }

    /// Why a copy failed, as the administrator can act on it: a full file system is named as
    /// such (SQLite says "disk I/O error", or nothing useful, when its write finds no room).
    static func failure(_ error: any Error, source: String, target: String, folder: String) -> StateProblem {
        var room = statvfs()
        var size = stat()
        if statvfs(folder, &room) == 0, stat(source, &size) == 0,
            UInt64(room.f_bavail) * UInt64(room.f_frsize) < UInt64(max(size.st_size, 0)) + 65536
        {
            return StateProblem(Catalogue.StateOperations.backupNoRoom(target, folder), exit: 74)
        }
        let reason: String
        if let error = error as? DatabaseError {
            reason = error.resultCode == .SQLITE_OK ? "\(error.extendedResultCode)" : error.message ?? "\(error)"
        } else {
            reason = "\(error)"
        }
        return StateProblem(Catalogue.StateOperations.backupFailed(source, target, reason), exit: 74)
    }

    /// Writes the backup into `folder` (made if missing; it must not hold a database already)
    /// and returns the files written.
    static func write(config: DaemonConfig, to folder: String) throws -> [String] {
        let source = config.paths.database
        guard FileManager.default.fileExists(atPath: source) else {
            throw StateProblem(Catalogue.StateOperations.noDatabase(source))
        }
        guard access(source, R_OK) == 0 else {
            throw StateProblem(Catalogue.BackupFolder.unreadable(source, Catalogue.SystemErrors.text(errno)))
        }
        // An existing folder must be the caller's own and no symbolic link: whoever owns it could
        // read the copy (it holds unrevealed seeds) or swap its files.
        var existing = stat()
        if lstat(folder, &existing) == 0 {
            if existing.st_mode & S_IFMT == S_IFLNK { throw StateProblem(Catalogue.BackupFolder.symbolicLink(folder)) }
            if existing.st_uid != geteuid() {
                throw StateProblem(
                    Catalogue.BackupFolder.notOwned(folder, Self.userName(existing.st_uid), Self.userName(geteuid())))
            }
        }
        umask(0o077)
        try Folder.make(folder, mode: 0o700)
        let target = "\(folder)/state.sqlite"
        for name in ["state.sqlite", "state.sqlite-wal", "state.sqlite-shm"]
        where FileManager.default.fileExists(atPath: "\(folder)/\(name)") {
            throw StateProblem(Catalogue.StateOperations.backupExists("\(folder)/\(name)"))
        }
        // Reading a stopped database makes its -wal and -shm files: as root, they must stay the
        // owner's (the service's), or it could not open its database again.
        var owner = stat()
        let hadOwner = stat(source, &owner) == 0
        let sideFiles = ["\(source)-wal", "\(source)-shm"].filter { !FileManager.default.fileExists(atPath: $0) }
        defer {
            if hadOwner, geteuid() == 0 {
                for path in sideFiles { _ = lchown(path, owner.st_uid, owner.st_gid) }
            }
        }
        var reading = Configuration()
        reading.readonly = true
        reading.busyMode = .timeout(10)
        // Nothing half-written is left behind: a failed copy would stand in the way of the next
        // attempt ("exists already") and could be taken for a backup.
        var written = [target]
        func removeWritten() {
            for path in written + ["\(target)-wal", "\(target)-shm", "\(target)-journal"] { unlink(path) }
        }
        do {
            let from = try DatabaseQueue(path: source, configuration: reading)
            let to = try DatabaseQueue(path: target)
            try from.backup(to: to)
            try to.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
            try to.close()
            try from.close()
        } catch {
            removeWritten()
            throw Self.failure(error, source: source, target: target, folder: folder)
        }
        chmod(target, 0o600)
        let privateFolder = StateLayout.privateFolder(state: config.paths.state)
        for name in privateFiles {
            guard let bytes = FileManager.default.contents(atPath: "\(privateFolder)/\(name)") else { continue }
            do {
                try AtomicFile.write([UInt8](bytes), to: "\(folder)/\(name)", mode: 0o600)
            } catch {
                removeWritten()
                throw Self.failure(
                    error, source: "\(privateFolder)/\(name)", target: "\(folder)/\(name)", folder: folder)
            }
            written.append("\(folder)/\(name)")
        }
        return written
    }
}
