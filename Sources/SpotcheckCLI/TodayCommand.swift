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
            default) and the revealed days after it, up to --days ahead. With --ics, prints one \
            iCalendar event per assignment, for a calendar application.

            EXAMPLES:
              spotcheck today
              spotcheck today --date 2026-12-01 --json
              spotcheck today --ics > inspections.ics

            \(ExitCodes.help)
            """
    )

    @Option(help: ArgumentHelp("The first day to show, YYYY-MM-DD. Default: today.", valueName: "date"))
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

    func validate() throws {
        guard (0...366).contains(days) else { throw ValidationError("--days must be from 0 to 366") }
        if json && ics { throw ValidationError("choose one of --json and --ics") }
    }

    func run() throws {
        let folder = tasks ?? ProcessInfo.processInfo.environment["SPOTCHECK_TASKS"] ?? "/var/lib/spotcheck/tasks"
        let first = try DateOption.parse(date)
        guard let me = login ?? Self.currentLogin() else {
            throw CLIFailure("cannot tell your login (uid \(getuid())); give --login", exitCode: ExitCodes.usage)
        }
        // Every login of the roster has a folder that only its inspector (and spotcheckd) may
        // enter; whether someone else's holds anything is not for others to see.
        let mine = "\(folder)/\(me)"
        let exists = access(mine, F_OK) == 0
        let denied = exists ? access(mine, R_OK | X_OK) != 0 : errno == EACCES
        let refusal = CLIFailure(
            "the task files of \(me) can be read by \(me) only (or \(folder) cannot be entered)",
            exitCode: ExitCodes.noInput)
        if denied { throw refusal }
        var files: [TaskFile] = []
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
                    throw CLIFailure(
                        "\(path): schema \(file.schema) is newer than this spotcheck understands; update it")
                }
                // Every inspector has a file for each revealed day; most hold no assignment.
                if !file.assignments.isEmpty { files.append(file) }
            } catch let failure as CLIFailure {
                throw failure
            } catch {
                throw CLIFailure("\(path): not a task file: \(error)")
            }
        }
        if json {
            writeOut(RecordJSON.encode(files))
        } else if ics {
            writeOut(Array(Self.calendar(files).utf8))
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
            return "No inspection for \(login) from \(first) to \(first.adding(days: days)) has been revealed.\n"
        }
        var text = ""
        for file in files {
            for assignment in file.assignments {
                text +=
                    "\(file.date): inspect \(assignment.target.name) (\(assignment.target.id)) as \(assignment.role)\n"
                text += "  report at \(assignment.reportTime)  ·  pool \(assignment.pool), draw \(assignment.drawID)\n"
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
            text += "Look for:\n"
            for item in checklist { text += "  - \(item.title)  \(item.description)\n" }
        }
        return text
    }

    /// RFC 5545 events, one per assignment, starting at the report time for four hours.
    static func calendar(_ files: [TaskFile]) -> String {
        func escape(_ text: String) -> String {
            text.replacing("\\", with: "\\\\").replacing(";", with: "\\;").replacing(",", with: "\\,")
                .replacing("\n", with: "\\n")
        }
        func stamp(_ iso: String) -> String {
            let formatter = ISO8601DateFormatter()
            guard let date = formatter.date(from: iso) else { return "" }
            let output = DateFormatter()
            output.timeZone = TimeZone(identifier: "UTC")
            output.locale = Locale(identifier: "en_US_POSIX")
            output.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
            return output.string(from: date)
        }
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Spotcheck//spotcheck 0.1.0//EN", "CALSCALE:GREGORIAN",
        ]
        for file in files {
            for assignment in file.assignments {
                let start = stamp(assignment.reportTime)
                let formatter = ISO8601DateFormatter()
                let end =
                    formatter.date(from: assignment.reportTime).map {
                        stamp(formatter.string(from: $0.addingTimeInterval(4 * 3600)))
                    } ?? start
                let team = assignment.team.map { "\($0.name) (\($0.role))" }.joined(separator: ", ")
                lines += [
                    "BEGIN:VEVENT",
                    "UID:spotcheck-\(assignment.drawID)-\(file.inspector.login)-\(assignment.target.id)",
                    "DTSTAMP:\(stamp(assignment.revealedAt))",
                    "DTSTART:\(start)",
                    "DTEND:\(end)",
                    "SUMMARY:\(escape("Inspection: \(assignment.target.name)"))",
                    "DESCRIPTION:\(escape("Role: \(assignment.role). Team: \(team)."))",
                    "END:VEVENT",
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
