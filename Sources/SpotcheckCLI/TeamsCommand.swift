import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol

struct TeamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teams",
        abstract: "The team sheet of a day, for coordinators: every team, where, when and who.",
        discussion: """
            Lists every team of the day's revealed draws, drawn at random or ordered: the \
            department, the report time (in spotcheckd's time zone), the lead and members with \
            their home departments, and the reason of an order. Replacements are applied. Draws \
            not yet revealed are not shown. With --csv, one row per member in UTF-8 with a byte \
            order mark, so that Excel (Chinese Windows too) opens it with the right characters.

            EXAMPLES:
              spotcheck teams
              spotcheck teams --date 2026-12-01 --pool county
              spotcheck teams --csv > teams.csv

            \(ExitCodes.help)
            """
    )

    @Option(
        help: ArgumentHelp("The day, YYYY-MM-DD. Default: today in spotcheckd's time zone.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Only this pool's teams.", valueName: "pool"))
    var pool: String?

    @Flag(help: "Print CSV (UTF-8 with a byte order mark), one row per member.")
    var csv = false

    @Flag(help: "Print the sheet as JSON.")
    var json = false

    @OptionGroup var socket: SocketOptions

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
        if let date, Day(iso: date) == nil { throw ValidationError("--date '\(date)' is not a date YYYY-MM-DD") }
    }

    func run() throws {
        let sheet = try socket.call(
            "io.spotcheck.GetTeams", ControlMessages.TeamsParameters(date: date, pool: pool),
            returning: ControlMessages.TeamsReply.self)
        if json {
            writeOut(RecordJSON.encode(sheet))
        } else if csv {
            writeOut(Self.csv(sheet))
        } else {
            writeOut(Array(Self.text(sheet, pool: pool).utf8))
        }
    }

    /// Everything `teams` says, in one place.
    enum Messages {
        static func heading(_ date: String, _ zone: String, _ count: Int) -> String {
            "Teams of \(date) (times in \(zone)): \(count)\n"
        }
        static func none(_ date: String, _ pool: String?) -> String {
            "No team of \(date)\(pool.map { " in pool \($0)" } ?? "") has been revealed.\n"
        }
        static func team(_ name: String, _ id: String) -> String { "\(name) (\(id))\n" }
        static func report(_ time: String) -> String { "  report at \(time)\n" }
        static func origin(_ team: ControlMessages.SheetTeam) -> String {
            team.kind == "ordered"
                ? "  pool \(team.pool), draw \(team.drawId): ordered, reason: \(team.reason ?? "")\n"
                : "  pool \(team.pool), draw \(team.drawId): drawn at random\n"
        }
        static let columns = ["  Role", "Id", "Name", "Home department"]
        static let csvColumns = [
            "date", "pool", "draw", "kind", "reason", "department", "department_name", "report_time", "role",
            "inspector", "name", "home", "home_name",
        ]
    }

    static func text(_ sheet: ControlMessages.TeamsReply, pool: String?) -> String {
        guard !sheet.teams.isEmpty else { return Messages.none(sheet.date, pool) }
        var text = Messages.heading(sheet.date, sheet.timeZone, sheet.teams.count)
        for team in sheet.teams {
            text += "\n" + Messages.team(team.departmentName, team.department)
            text += Messages.report(LocalStamp.show(team.reportTime))
            text += Messages.origin(team)
            var table = TextTable(Messages.columns)
            // The lead first, then members as drawn.
            for member in team.members.filter({ $0.role == "lead" }) + team.members.filter({ $0.role != "lead" }) {
                table.add(["  " + member.role, member.id, member.name, "\(member.homeName) (\(member.home))"])
            }
            text += table.render()
        }
        return text
    }

    static func csv(_ sheet: ControlMessages.TeamsReply) -> [UInt8] {
        var text = "\u{FEFF}" + Messages.csvColumns.joined(separator: ",") + "\r\n"
        for team in sheet.teams {
            for member in team.members.filter({ $0.role == "lead" }) + team.members.filter({ $0.role != "lead" }) {
                let row = [
                    sheet.date, team.pool, String(team.drawId), team.kind, team.reason ?? "", team.department,
                    team.departmentName, team.reportTime, member.role, member.id, member.name, member.home,
                    member.homeName,
                ]
                text += row.map(cell).joined(separator: ",") + "\r\n"
            }
        }
        return Array(text.utf8)
    }

    /// A CSV cell: quoted when it holds a comma, quote or line break; text a spreadsheet would
    /// take for a formula is kept as text with a leading apostrophe.
    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
