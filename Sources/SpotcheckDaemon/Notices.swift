import Foundation
import Logging
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster

#if canImport(Glibc)
    import Glibc
#endif

/// `[hooks]` of spotcheckd.toml: the administrator's notice programs.
public struct HookSettings: Sendable, Equatable {
    /// Every executable regular file in it (not hidden, not writable by group or others) is run
    /// for each notice, in name order.
    public var folder = "/etc/spotcheck/hooks.d"
    /// How long one program may run before it is killed.
    public var timeoutSeconds = 10

    public init() {}

    static func decode(
        _ table: TOMLTable?, file: String, resolve: (String) -> String
    ) -> (HookSettings, [InputError]) {
        guard let table else { return (HookSettings(), []) }
        var reader = TableReader(table, file: file, name: "hooks")
        var settings = HookSettings()
        settings.folder = reader.string("folder").map(resolve) ?? settings.folder
        settings.timeoutSeconds = reader.integer("timeout", default: settings.timeoutSeconds, range: 1...600)
        return (settings, reader.finish())
    }
}

/// Notices: after a day's task files are written at a reveal or after a replacement, each login
/// whose file changed and holds an assignment is told through the administrator's hooks —
/// `reveal` (a new assignment), `replaced` (the team changed) or `withdrawn` (a replacement took
/// the inspector off a team). Each program gets the event, the login and the task file's path as
/// arguments (and in SPOTCHECK_EVENT, SPOTCHECK_LOGIN, SPOTCHECK_TASK_FILE, SPOTCHECK_DATE) and
/// the task file's JSON on standard input. Programs run in the background, one notice after the
/// other; one that fails, cannot start or outlives the timeout (then killed) is journaled, and
/// nothing of it ever delays or changes a draw.
struct Notices: Sendable {
    struct Notice: Sendable {
        var event: String
        var login: String
        var path: String
        var date: String
        var json: [UInt8]
    }

    let settings: HookSettings
    let logger: Logger

    /// The notices of a write: files that will change and hold an assignment.
    static func pending(
        step: String, files: [TaskFile], encoded: [[UInt8]], writer: TaskWriter, day: Day
    ) -> [Notice] {
        guard step == "reveal" || step == "replace" else { return [] }
        var notices: [Notice] = []
        for (file, bytes) in zip(files, encoded)
        where !file.assignments.isEmpty && !writer.holds(bytes, date: day, login: file.inspector.login) {
            let login = file.inspector.login
            let withdrawn = file.assignments.contains { $0.status == "withdrawn" }
            let standing = file.assignments.contains { $0.status == nil }
            let event =
                step == "reveal"
                ? "reveal" : (withdrawn && !Self.hadWithdrawal(writer, day, login) ? "withdrawn" : "replaced")
            if event == "replaced", !standing { continue }
            notices.append(
                Notice(
                    event: event, login: login, path: writer.path(date: day, login: login), date: day.description,
                    json: bytes))
        }
        return notices
    }

    /// Whether the login's file on disk already told of a withdrawal.
    private static func hadWithdrawal(_ writer: TaskWriter, _ day: Day, _ login: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: writer.path(date: day, login: login)),
            let file = try? JSONDecoder().decode(TaskFile.self, from: data)
        else { return false }
        return file.assignments.contains { $0.status == "withdrawn" }
    }

    /// The programs of the hooks folder, in name order: only regular files (never a symbolic
    /// link) owned by root or by the daemon's user and writable by nobody else, in a folder whose
    /// every ancestor only root or the daemon's user can change — anything else could let another
    /// account run code as the daemon's user.
    func programs() -> [String] {
        if let problem = Self.untrustedFolder(settings.folder) {
            if FileManager.default.fileExists(atPath: settings.folder) {
                logger.warning("notice hooks in \(settings.folder) are not run: \(problem)")
            }
            return []
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: settings.folder) else { return [] }
        return names.sorted().compactMap { name in
            guard !name.hasPrefix("."), !name.hasSuffix("~"), !name.contains(".dpkg-") else { return nil }
            let path = "\(settings.folder)/\(name)"
            if let problem = Self.untrustedProgram(path) {
                if !problem.isEmpty { logger.warning("notice hook \(path) is not run: \(problem)") }
                return nil
            }
            return path
        }
    }

    /// Why a program may not run as a hook; "" for an entry that is simply not a program (a
    /// folder, a file without the execute bit), nil when it may run.
    static func untrustedProgram(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "" }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            return "it is a symbolic link (copy the program into the folder instead)"
        }
        guard (info.st_mode & S_IFMT) == S_IFREG, access(path, X_OK) == 0 else { return "" }
        if info.st_uid != 0 && info.st_uid != getuid() {
            return "it belongs to uid \(info.st_uid), neither root nor the daemon's user (chown root)"
        }
        if info.st_mode & 0o022 != 0 { return "it is writable by group or others (chmod go-w)" }
        return nil
    }

    /// Why the hooks folder cannot be trusted, nil when it can: it and each folder above it must
    /// belong to root or the daemon's user; the hooks folder must not be writable by group or
    /// others, and a folder above it only when sticky (as /tmp is).
    static func untrustedFolder(_ folder: String) -> String? {
        var path = folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
        var first = true
        while true {
            var info = stat()
            guard stat(path, &info) == 0 else { return first ? "it does not exist" : "\(path) cannot be read" }
            guard (info.st_mode & S_IFMT) == S_IFDIR else { return "\(path) is not a folder" }
            if info.st_uid != 0 && info.st_uid != getuid() {
                return "\(path) belongs to uid \(info.st_uid), neither root nor the daemon's user"
            }
            if info.st_mode & 0o022 != 0 && (first || info.st_mode & S_ISVTX == 0) {
                return "\(path) is writable by group or others (chmod go-w)"
            }
            if path == "/" || path.isEmpty { return nil }
            first = false
            let parent = (path as NSString).deletingLastPathComponent
            path = parent.isEmpty ? "/" : parent
        }
    }

    /// Runs the notices in the background.
    func send(_ notices: [Notice]) {
        guard !notices.isEmpty else { return }
        let programs = programs()
        guard !programs.isEmpty else { return }
        // A program that exits without reading its standard input must not end the daemon:
        // writing to it then fails with EPIPE instead of raising SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let queue = DispatchQueue(label: "spotcheckd.notices")
        let runner = self
        queue.async {
            for notice in notices {
                for program in programs { runner.run(program, notice) }
            }
        }
    }

    func run(_ program: String, _ notice: Notice) {
        // Checked again just before it starts: the folder may have changed since the notice was queued.
        if Self.untrustedFolder(settings.folder) != nil || Self.untrustedProgram(program) != nil {
            logger.warning("notice hook \(program) changed since it was checked and is not run")
            return
        }
        let arguments = [program, notice.event, notice.login, notice.path]
        let environment = [
            "PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8", "SPOTCHECK_EVENT=\(notice.event)",
            "SPOTCHECK_LOGIN=\(notice.login)", "SPOTCHECK_TASK_FILE=\(notice.path)", "SPOTCHECK_DATE=\(notice.date)",
        ]
        let what = "notice hook \(program) (\(notice.event) for \(notice.login))"
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            logger.warning("\(what) could not start: no pipe (errno \(errno))")
            return
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        // The program starts with SIGPIPE at its default, whatever the daemon's is.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, &attributes, &argv, &envp)
        close(fds[0])
        guard spawned == 0 else {
            close(fds[1])
            logger.warning("\(what) could not start (error \(spawned))")
            return
        }
        // The JSON on standard input; a program that does not read it is no failure.
        notice.json.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fds[1], buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        close(fds[1])
        let deadline = Date().addingTimeInterval(TimeInterval(settings.timeoutSeconds))
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 {
                logger.warning("\(what): its end could not be waited for (errno \(errno))")
                return
            }
            if Date() >= deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                logger.warning("\(what) ran longer than \(settings.timeoutSeconds) s and was killed")
                return
            }
            usleep(20_000)
        }
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        if !exited {
            logger.warning("\(what) was ended by signal \(status & 0x7F)")
        } else if code != 0 {
            logger.warning("\(what) failed with status \(code)")
        }
    }
}
