import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol

#if canImport(Glibc)
    import Glibc
#endif

struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Show your inspection assignments: where, with whom, in what role.",
        discussion: """
            Reads your own task files (TASKS/LOGIN/DATE.json), written by spotcheckd at the \
            reveal time into a folder only you can enter, so it works when the daemon is down. Shows the given day (today by \
            default) and the revealed days after it, up to --days ahead. With --ics, prints an \
            RFC 5545 calendar with one event per assignment, from the report time to the end of \
            the inspection day, at the department; importing it again updates events that a \
            replacement changed.

            EXAMPLES:
              spotcheck today
              spotcheck today --date 2026-12-01 --json
              spotcheck today --ics > inspections.ics

            \(ExitCodes.help)
            """
    )

    @Option(
        help: ArgumentHelp(
            "The first day to show, YYYY-MM-DD. Default: today in spotcheckd's time zone (this machine's when the daemon cannot be asked).",
            valueName: "date"))
    var date: String?

    @Option(help: "How many days after the first to look for revealed tasks.")
    var days: Int = 14

    @Option(
        help: ArgumentHelp(
            "The folder of task files. Default: $SPOTCHECK_TASKS, else /var/lib/spotcheck/tasks.", valueName: "dir"))
    var tasks: String?

    @Option(
        help: ArgumentHelp("Whose tasks (default: yours; others' files are not readable to you).", valueName: "login"))
    var login: String?

    @Flag(help: "Print the task files as JSON.")
    var json = false

    @Flag(help: "Print iCalendar events.")
    var ics = false

    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard (0...366).contains(days) else { throw ValidationError("--days must be from 0 to 366") }
        if json && ics { throw ValidationError("choose one of --json and --ics") }
    }

    func run() throws {
        let folder = tasks ?? ProcessInfo.processInfo.environment["SPOTCHECK_TASKS"] ?? "/var/lib/spotcheck/tasks"
        let first = date == nil ? DaemonClock.today(socket: socket.path) : try DateOption.parse(date)
        guard let me = login ?? Self.currentLogin() else {
            throw CLIFailure(Messages.noLogin(getuid()), exitCode: ExitCodes.usage)
        }
        // An unmounted or mistyped tasks folder must not read as "no inspection".
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIFailure(Messages.noTasksFolder(folder), exitCode: ExitCodes.noInput)
        }
        // Every login of the roster has a folder that only its inspector (and spotcheckd) may
        // enter; whether someone else's holds anything is not for others to see.
        let mine = "\(folder)/\(me)"
        let exists = access(mine, F_OK) == 0
        let denied = exists ? access(mine, R_OK | X_OK) != 0 : errno == EACCES
        let refusal = CLIFailure(Messages.unreadable(me, folder), exitCode: ExitCodes.noInput)
        if denied { throw refusal }
        // spotcheckd gives every login of the roster a folder: none means this is not its tasks
        // folder, or the login is not an inspector.
        guard exists else { throw CLIFailure(Messages.noFolderFor(me, folder), exitCode: ExitCodes.noInput) }
        var files: [TaskFile] = []
        var modified: [Day: Date] = [:]
        for offset in 0...days {
            let day = first.adding(days: offset)
            let path = "\(mine)/\(day).json"
            guard Files.exists(path) else { continue }
            let bytes: [UInt8]
            do {
                bytes = try Files.read(path)
            } catch {
                throw refusal
            }
            do {
                let file = try JSONDecoder().decode(TaskFile.self, from: Data(bytes))
                guard file.schema == TaskFile.currentSchema else {
                    throw CLIFailure(Messages.newerSchema(path, file.schema))
                }
                // Every inspector has a file for each revealed day; most hold no assignment.
                if !file.assignments.isEmpty {
                    files.append(file)
                    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
                    modified[file.date] = attributes?[.modificationDate] as? Date ?? Date()
                }
            } catch let failure as CLIFailure {
                throw failure
            } catch {
                throw CLIFailure(Messages.notATaskFile(path, error))
            }
        }
        if json {
            writeOut(RecordJSON.encode(files))
        } else if ics {
            let entries = files.map { CalendarExport.Entry(file: $0, modified: modified[$0.date] ?? Date()) }
            writeOut(Array(CalendarExport.calendar(entries).utf8))
        } else {
            writeOut(Array(Self.describe(files, login: me, first: first, days: days).utf8))
        }
    }

    static func currentLogin() -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getpwuid_r(getuid(), &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return String(cString: entry.pw_name)
    }

    static func describe(_ files: [TaskFile], login: String, first: Day, days: Int) -> String {
        guard !files.isEmpty else {
            return Messages.nothingRevealed(login, first, first.adding(days: days))
        }
        var text = ""
        for file in files {
            for assignment in file.assignments {
                text += Messages.inspect(file.date, assignment.target.name, assignment.target.id, assignment.role)
                text += Messages.reportAt(LocalStamp.show(assignment.reportTime), assignment.pool, assignment.drawID)
                if assignment.visit == "covert" { text += "  暗访 covert visit: do not announce yourselves\n" }
                var team = TextTable(["  Team", "Name", "Home", "Role"])
                for member in assignment.team {
                    team.add(["  " + member.id, member.name, member.home, member.role])
                }
                text += team.render()
                text += "\n"
            }
        }
        if let checklist = files.first?.checklist {
            text += Messages.lookFor
            for item in checklist { text += "  - \(item.title)  \(item.description)\n" }
        }
        return text
    }
}

extension TodayCommand {
    /// Everything `today` says, in one place.
    enum Messages {
        static func noLogin(_ uid: uid_t) -> String { "cannot tell your login (uid \(uid)); give --login" }
        static func noTasksFolder(_ folder: String) -> String {
            "\(folder): no such folder. spotcheckd writes task files there: is the state folder mounted, or does "
                + "spotcheckd's configuration name another tasks folder? Give --tasks DIR or set SPOTCHECK_TASKS."
        }
        static func unreadable(_ login: String, _ folder: String) -> String {
            "the task files of \(login) can be read by \(login) only (or \(folder) cannot be entered)"
        }
        static func noFolderFor(_ login: String, _ folder: String) -> String {
            "\(folder) holds no task folder for \(login): spotcheckd makes one for every login of the roster, so "
                + "\(login) is not an inspector there, or \(folder) is not spotcheckd's tasks folder (--tasks, SPOTCHECK_TASKS)"
        }
        static func newerSchema(_ path: String, _ schema: String) -> String {
            "\(path): schema \(schema) is newer than this spotcheck understands; update it"
        }
        static func notATaskFile(_ path: String, _ error: any Error) -> String { "\(path): not a task file: \(error)" }
        static func nothingRevealed(_ login: String, _ first: Day, _ last: Day) -> String {
            "No inspection for \(login) from \(first) to \(last) has been revealed.\n"
        }
        static func inspect(_ date: Day, _ name: String, _ id: String, _ role: String) -> String {
            "\(date): inspect \(name) (\(id)) as \(role)\n"
        }
        static func reportAt(_ time: String, _ pool: String, _ drawID: Int64) -> String {
            "  report at \(time)  ·  pool \(pool), draw \(drawID)\n"
        }
        static let lookFor = "Look for:\n"
    }
}
