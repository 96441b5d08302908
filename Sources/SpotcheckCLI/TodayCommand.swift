import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

struct TodayCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "today",
            abstract: Catalogue.Today.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Today.discussion,
                examples: [
                    "spotcheck today", "spotcheck today --date 2026-12-01 --json",
                    "spotcheck today --ics > inspections.ics",
                ]))
    }

    @Option(help: ArgumentHelp(Catalogue.Today.dateHelp, valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp(Catalogue.Today.daysHelp))
    var days: Int = 14

    @Option(help: ArgumentHelp(Catalogue.Today.tasksHelp, valueName: "dir"), completion: .directory)
    var tasks: String?

    @Option(help: ArgumentHelp(Catalogue.Today.loginHelp, valueName: "login"))
    var login: String?

    @Flag(help: ArgumentHelp(Catalogue.Today.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    @Flag(help: ArgumentHelp(Catalogue.Today.icsHelp))
    var ics = false

    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard (0...366).contains(days) else { throw ValidationError(Catalogue.Today.daysRange.text) }
        if json && ics { throw ValidationError(Catalogue.Common.chooseOne("--json", "--ics").text) }
    }

    func run() throws {
        let folder = tasks ?? ProcessInfo.processInfo.environment["SPOTCHECK_TASKS"] ?? "/var/lib/spotcheck/tasks"
        let asked: Day? = date == nil ? nil : try DateOption.parse(date)
        guard let me = login ?? Self.currentLogin() else {
            throw CLIFailure(Messages.noLogin(getuid()).text, exitCode: ExitCodes.usage)
        }
        // An unmounted or mistyped tasks folder must not read as "no inspection".
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIFailure(Messages.noTasksFolder(folder).text, exitCode: ExitCodes.noInput)
        }
        // Every login of the roster has a folder that only its inspector (and spotcheckd) may
        // enter; whether someone else's holds anything is not for others to see.
        let mine = "\(folder)/\(me)"
        let exists = access(mine, F_OK) == 0
        let denied = exists ? access(mine, R_OK | X_OK) != 0 : errno == EACCES
        let refusal = CLIFailure(Messages.unreadable(me, folder).text, exitCode: ExitCodes.noInput)
        if denied { throw refusal }
        // spotcheckd gives every login of the roster a folder: none means this is not its tasks
        // folder, or the login is not an inspector.
        guard exists else { throw CLIFailure(Messages.noFolderFor(me, folder).text, exitCode: ExitCodes.noInput) }
        let first = asked ?? DaemonClock.today(socket: socket.path, tasks: mine)
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
                let file = try TaskFile.decode(Data(bytes))
                guard TaskFile.readableSchemas.contains(file.schema) else {
                    throw CLIFailure(Messages.newerSchema(path, file.schema).text)
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
                throw CLIFailure(Messages.notATaskFile(path, VerifyFiles.describe(error)).text)
            }
        }
        if date == nil { try TodayStaleCheck.check(folder: folder, login: me, day: first, socket: socket.path) }
        if json {
            writeOut(layout.encode(files))
        } else if ics {
            let entries = files.map { CalendarExport.Entry(file: $0, modified: modified[$0.date] ?? Date()) }
            writeOut(Array(CalendarExport.calendar(entries).utf8))
        } else {
            writeText(Self.describe(files, login: me, first: first, days: days))
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
            return Messages.nothingRevealed(login, first, first.adding(days: days)).text
        }
        var text = ""
        for file in files {
            for assignment in file.assignments {
                if let reason = assignment.cancelReason {
                    text +=
                        Catalogue.DailyUse.cancelled(
                            file.date.description, assignment.target.name, assignment.target.id, reason
                        ).text
                    continue
                }
                if assignment.status == "withdrawn" {
                    text +=
                        Catalogue.TaskDetails.withdrawn(
                            file.date.description, assignment.target.name, assignment.target.id
                        ).text + "\n"
                    continue
                }
                text +=
                    Messages.inspect(
                        file.date, assignment.target.name, assignment.target.id, Catalogue.Role.name(assignment.role)
                    ).text
                text +=
                    Messages.reportAt(LocalStamp.show(assignment.reportTime), assignment.pool, assignment.drawID).text
                if assignment.visit == "covert" { text += Messages.covert.text }
                if let check = assignment.check {
                    text += Messages.ledgerCheck(check.kind, check.findings).text
                    if let outcome = check.outcome {
                        text += Catalogue.VisitOutcome.recorded(outcome, check.outcomeNote).text
                    }
                }
                text += TaskDetailsText.lines(assignment)
                var team = TextTable([
                    "  " + Messages.team.text, Messages.name.text, Messages.home.text, Messages.role.text,
                ])
                for member in assignment.team {
                    team.add([
                        "  " + member.id,
                        member.handPicked == true
                            ? "\(member.name) (\(Catalogue.HandPicked.marker.text))" : member.name,
                        member.home, Catalogue.Role.name(member.role),
                    ])
                }
                text += team.render()
                text += "\n"
            }
        }
        if let checklist = files.first?.checklist {
            text += Messages.lookFor.text
            for item in checklist {
                text += "  - \(Self.checklistLine(title: item.title, explanation: item.explanation()))\n"
            }
        }
        return text
    }
}

extension TodayCommand {
    /// One item of the checklist, its title said once. The Chinese explanation begins with a
    /// heading of its own, the title or (in task files written before the two agreed) a shorter
    /// form of it ("慢作为、懒作为" for "慢作为、懒作为、松懈拖沓"): the title then takes the heading's place.
    static func checklistLine(title: String, explanation: String) -> String {
        if explanation.hasPrefix(title) { return explanation }
        if let colon = explanation.firstIndex(of: "："), !title.isEmpty {
            let heading = explanation[..<colon].split(separator: "、")
            if !heading.isEmpty, heading.allSatisfy({ title.contains($0) }) {
                return title + explanation[colon...]
            }
        }
        return "\(title)  \(explanation)"
    }

    /// Everything `today` says, from the catalogue.
    typealias Messages = Catalogue.Today
}
