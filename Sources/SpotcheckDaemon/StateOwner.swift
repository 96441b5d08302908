import Foundation
import SpotcheckProtocol
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// A refusal about the state on disk, told in the reader's language on the command line and in
/// English in the journal.
struct StateProblem: Error, CustomStringConvertible {
    var message: Localized
    /// The exit status: 1, or 74 when an output could not be written.
    var exit: Int32
    var description: String { message.english }

    init(_ message: Localized, exit: Int32 = 1) {
        self.message = message
        self.exit = exit
    }
}

/// Who the state belongs to. The service runs as the owner of its state folder (`User=` of the
/// unit, `StateDirectory=` gives it the folder); commands an administrator runs as root on that
/// state (`--accept-restored-state`, `--check-config`) become that user first, so that every
/// file they write is the service's and every check sees what the service will see.
enum StateOwner {
    struct User: Equatable {
        var uid: uid_t
        var gid: gid_t
        var name: String
    }

    /// The user a uid names, or "uid N" when it has no passwd entry.
    static func name(_ uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        if getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, let result, let name = result.pointee.pw_name {
            return String(cString: name)
        }
        return "uid \(uid)"
    }

    /// The owner of the folder `state`, or nil when it does not exist.
    static func owner(of state: String) -> User? {
        var info = stat()
        guard stat(state, &info) == 0 else { return nil }
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        if getpwuid_r(info.st_uid, &entry, &buffer, buffer.count, &result) == 0, let result,
            let name = result.pointee.pw_name
        {
            return User(uid: info.st_uid, gid: result.pointee.pw_gid, name: String(cString: name))
        }
        return User(uid: info.st_uid, gid: info.st_gid, name: "uid \(info.st_uid)")
    }

    /// Run as root on a state folder that belongs to another user: becomes that user for good
    /// (its groups, then its gid, then its uid) and returns it; otherwise returns nil and changes
    /// nothing.
    static func becomeOwner(of state: String) throws -> User? {
        guard geteuid() == 0, let owner = owner(of: state), owner.uid != 0 else { return nil }
        let failed = { (call: String) in
            StateProblem(
                Catalogue.StateOperations.cannotBecomeOwner(
                    owner.name, state, "\(call): \(String(cString: strerror(errno)))"))
        }
        if owner.name.hasPrefix("uid ") {
            guard setgroups(0, nil) == 0 else { throw failed("setgroups") }
        } else {
            guard initgroups(owner.name, owner.gid) == 0 else { throw failed("initgroups") }
        }
        guard setgid(owner.gid) == 0 else { throw failed("setgid") }
        guard setuid(owner.uid) == 0 else { throw failed("setuid") }
        return owner
    }

    /// Refuses a state whose folders or private files belong to another user than the one
    /// running (root may use anything): the error names the file, both users and the `chown`.
    static func checkOwnership(_ paths: DaemonConfig.Paths) throws {
        let running = geteuid()
        guard running != 0 else { return }
        let privateFolder = StateLayout.privateFolder(state: paths.state)
        var candidates = [paths.state, privateFolder, paths.tasks, paths.publicRecords]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: privateFolder)) ?? []
        candidates += names.sorted().map { "\(privateFolder)/\($0)" }
        for path in candidates {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_uid != running else { continue }
            throw StateProblem(
                Catalogue.StateOperations.wrongOwner(
                    path, name(info.st_uid), String(info.st_uid), name(running), String(running), paths.state))
        }
    }

    /// The folders of `[paths]` the daemon writes into, each writable by the user running (a
    /// folder not made yet: its nearest existing parent). `access(2)` says EROFS inside the
    /// unit's read-only file system view, so under `ExecReload=` this sees what the service sees.
    /// (The control socket's folder is left out: under the unit, spotcheckd.socket binds it.)
    static func writableProblems(_ config: DaemonConfig) -> [Localized] {
        let paths = config.paths
        let user = name(geteuid())
        var problems: [Localized] = []
        for (key, path) in [("state", paths.state), ("tasks", paths.tasks), ("public", paths.publicRecords)] {
            var existing = path
            var info = stat()
            while stat(existing, &info) != 0 {
                let parent = URL(fileURLWithPath: existing).deletingLastPathComponent().path
                guard parent != existing else { break }
                existing = parent
            }
            if (info.st_mode & S_IFMT) != S_IFDIR {
                problems.append(Catalogue.StateOperations.notAFolder(key, existing))
                continue
            }
            if access(existing, W_OK | X_OK) != 0 {
                let reason = "\(existing): \(String(cString: strerror(errno)))"
                problems.append(Catalogue.StateOperations.folderNotWritable(key, path, reason, user))
            }
        }
        return problems
    }
}

/// An error of opening or checking the state as told on the command line: a `StateProblem` in
/// the reader's language, anything else as it came.
enum StateOperationsText {
    static func describe(_ error: any Error) -> String {
        if let problem = error as? StateProblem { return problem.message.text }
        return CommandLineText.describe(error)
    }
}

extension StateOwner {
    /// On reload, the task and public folders stay where the daemon started (it holds their
    /// locks, and the sandbox may not let it write elsewhere); a change is journaled and takes
    /// effect at the next restart, after `--check-config` has checked it.
    static func pathsKept(_ paths: DaemonConfig.Paths, running: DaemonConfig, events: EventLog) -> DaemonConfig.Paths {
        var kept = paths
        for (key, new, old) in [
            ("tasks", paths.tasks, running.paths.tasks), ("public", paths.publicRecords, running.paths.publicRecords),
        ] where new != old {
            events.emit(
                .configRejected,
                "[paths] \(key) cannot change on reload (\(old) → \(new)); restart to move it",
                ["CONFIG": running.file])
        }
        kept.tasks = running.paths.tasks
        kept.publicRecords = running.paths.publicRecords
        return kept
    }
}
