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
        guard step == "reveal" || step == "replace" || step == "cancel" else { return [] }
        var notices: [Notice] = []
        for (file, bytes) in zip(files, encoded)
        where !file.assignments.isEmpty && !writer.holds(bytes, date: day, login: file.inspector.login) {
            let login = file.inspector.login
            let withdrawn = file.assignments.contains { $0.status == "withdrawn" }
            let standing = file.assignments.contains { $0.status == nil }
            let event =
                step == "reveal"
                ? "reveal"
                : step == "cancel" || (withdrawn && !Self.hadWithdrawal(writer, day, login)) ? "withdrawn" : "replaced"
            if step == "cancel", !withdrawn { continue }
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
            let file = try? TaskFile.decode(data)
        else { return false }
        return file.assignments.contains { $0.status == "withdrawn" }
    }

    /// The programs of the hooks folder, in name order: only regular files (never a symbolic
    /// link) owned by root or by the daemon's user and writable by nobody else, in a folder whose
    /// every ancestor only root or the daemon's user can change — anything else could let another
    /// account run code as the daemon's user.
    func programs() -> [String] {
        let folder: HookFolder
        switch Self.openFolder(settings.folder) {
        case .success(let opened): folder = opened
        case .failure(let refusal):
            if !refusal.missing { logger.warning("notice hooks in \(settings.folder) are not run: \(refusal.reason)") }
            return []
        }
        defer { folder.close() }
        return folder.names().compactMap { name in
            guard !name.hasPrefix("."), !name.hasSuffix("~"), !name.contains(".dpkg-") else { return nil }
            switch HookProgram.open(name: name, in: folder) {
            case .success(let program):
                program.close()
                return name
            case .failure(.notAProgram): return nil
            case .failure(.refused(let reason)):
                logger.warning("notice hook \(settings.folder)/\(name) is not run: \(reason)")
                return nil
            }
        }
    }

    /// The hooks folder opened and checked on its descriptor (HookFolder.swift), after the
    /// folders above it were checked by path.
    static func openFolder(_ path: String) -> Result<HookFolder, HookFolderRefusal> {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        // No hooks folder at all (nor a folder above it): nothing to run, nothing to warn about.
        var info = stat()
        if lstat(absolute, &info) != 0, errno == ENOENT || errno == ENOTDIR {
            return .failure(HookFolderRefusal(reason: "it does not exist", missing: true))
        }
        let parent = (absolute as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != absolute, let problem = untrustedFolder(parent, isHooksFolder: false) {
            return .failure(HookFolderRefusal(reason: problem))
        }
        return HookFolder.open(absolute)
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
    static func untrustedFolder(_ folder: String, isHooksFolder: Bool = true) -> String? {
        var path = folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
        var first = isHooksFolder
        while true {
            var info = stat()
            guard stat(path, &info) == 0 else {
                return first || !isHooksFolder ? "\(path) does not exist" : "\(path) cannot be read"
            }
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

    func run(_ name: String, _ notice: Notice) {
        // Checked again just before it starts, on the open folder and the open file that is then
        // run (never by name): the folder or the program may have changed since the notice was
        // queued.
        let program = "\(settings.folder)/\(name)"
        let folder: HookFolder
        switch Self.openFolder(settings.folder) {
        case .success(let opened): folder = opened
        case .failure(let refusal):
            logger.warning(
                "notice hook \(program) is not run: the hooks folder changed since it was checked (\(refusal.reason))")
            return
        }
        defer { folder.close() }
        let checked: HookProgram
        switch HookProgram.open(name: name, in: folder) {
        case .success(let opened): checked = opened
        case .failure(.notAProgram):
            logger.warning("notice hook \(program) changed since it was checked and is not run")
            return
        case .failure(.refused(let reason)):
            logger.warning("notice hook \(program) is not run: \(reason)")
            return
        }
        defer { checked.close() }
        let environment = [
            "PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8", "SPOTCHECK_EVENT=\(notice.event)",
            "SPOTCHECK_LOGIN=\(notice.login)", "SPOTCHECK_TASK_FILE=\(notice.path)", "SPOTCHECK_DATE=\(notice.date)",
        ]
        let what = "notice hook \(program) (\(notice.event) for \(notice.login))"
        switch checked.run(
            arguments: [program, notice.event, notice.login, notice.path], environment: environment, input: notice.json,
            timeoutSeconds: settings.timeoutSeconds)
        {
        case .exited(0): break
        case .exited(let code): logger.warning("\(what) failed with status \(code)")
        case .signalled(let signal): logger.warning("\(what) was ended by signal \(signal)")
        case .killedAfterTimeout:
            logger.warning("\(what) ran longer than \(settings.timeoutSeconds) s and was killed")
        case .couldNotStart(let why): logger.warning("\(what) could not start: \(why)")
        }
    }
}
