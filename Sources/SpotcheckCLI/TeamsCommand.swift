import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckText

struct TeamsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "teams",
            abstract: Catalogue.Teams.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Teams.discussion,
                examples: [
                    "spotcheck teams", "spotcheck teams --date 2026-12-01 --pool county",
                    "spotcheck teams --csv > teams.csv",
                    "spotcheck teams --html > dispatch.html",
                ]))
    }

    @Option(help: ArgumentHelp(Catalogue.Teams.dateHelp, valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp(Catalogue.Teams.poolHelp, valueName: "pool"))
    var pool: String?

    @Flag(help: ArgumentHelp(Catalogue.Teams.csvHelp))
    var csv = false

    @Flag(help: ArgumentHelp(Catalogue.Teams.jsonHelp))
    var json = false

    @Flag(help: ArgumentHelp(Catalogue.DailyUse.teamsHTMLHelp))
    var html = false

    @OptionGroup var layout: JSONLayout

    @OptionGroup var socket: SocketOptions

    func validate() throws {
        if json && csv { throw ValidationError(Catalogue.Common.chooseOne("--json", "--csv").text) }
        if html && (json || csv) {
            throw ValidationError(Catalogue.Common.chooseOne("--html", json ? "--json" : "--csv").text)
        }
        if let date, Day(iso: date) == nil { throw ValidationError(DateInputText.dateOption(date)) }
    }

    func run() throws {
        let sheet = try socket.call(
            "io.spotcheck.GetTeams", ControlMessages.TeamsParameters(date: date, pool: pool),
            returning: ControlMessages.TeamsReply.self)
        if json {
            writeOut(layout.encode(sheet))
        } else if csv {
            writeOut(Self.csv(sheet))
        } else if html {
            writeOut(Self.html(sheet, pool: pool))
        } else {
            writeText(Self.text(sheet, pool: pool))
        }
    }

    /// Everything `teams` says, from the catalogue; the CSV header stays in English (it names
    /// fields for programs).
    enum Messages {
        typealias Say = Catalogue.Teams
        static func heading(_ date: String, _ zone: String, _ count: Int) -> String {
            Say.heading(date, zone, count).text
        }
        static func none(_ date: String, _ pool: String?) -> String {
            pool.map { Say.noneInPool(date, $0).text } ?? Say.none(date).text
        }
        static func team(_ name: String, _ id: String) -> String { "\(name) (\(id))\n" }
        static func report(_ time: String) -> String { Say.report(time).text }
        static func origin(_ team: ControlMessages.SheetTeam) -> String {
            if team.kind == "cancelled" {
                return Catalogue.DailyUse.teamCancelled(team.pool, team.drawId, team.reason ?? "").text
            }
            if team.kind == "withheld" {
                return Catalogue.RosterRecheck.teamWithheld(team.pool, team.drawId, team.reason ?? "").text
            }
            return team.kind == "ordered"
                ? Say.ordered(team.pool, team.drawId, team.reason ?? "").text
                : Say.random(team.pool, team.drawId).text
        }
        /// How many members a coordinator named in replacements (hand-picked), when any.
        static func handPicked(_ team: ControlMessages.SheetTeam) -> String {
            let count = team.members.filter { $0.handPicked == true }.count
            return count == 0 ? "" : Catalogue.HandPicked.teamNote(count).text
        }
        /// A member's name, marked when a coordinator named them.
        static func name(_ member: ControlMessages.SheetMember) -> String {
            member.handPicked == true ? "\(member.name) (\(Catalogue.HandPicked.marker.text))" : member.name
        }
        static var columns: [String] {
            ["  " + Say.columnRole.text, Say.columnID.text, Say.columnName.text, Say.columnHome.text]
        }
        static let csvColumns = [
            "date", "pool", "draw", "kind", "reason", "department", "department_name", "report_time", "role",
            "inspector", "name", "home", "home_name", "chosen_by",
        ]
    }

    static func text(_ sheet: ControlMessages.TeamsReply, pool: String?) -> String {
        guard !sheet.teams.isEmpty else { return Messages.none(sheet.date, pool) }
        var text = Messages.heading(sheet.date, sheet.timeZone, sheet.teams.count)
        for team in sheet.teams {
            text += "\n" + Messages.team(team.departmentName, team.department)
            text += Messages.report(LocalStamp.show(team.reportTime))
            text += Messages.origin(team) + Messages.handPicked(team)
            var table = TextTable(Messages.columns)
            // The lead first, then members as drawn.
            for member in team.members.filter({ $0.role == "lead" }) + team.members.filter({ $0.role != "lead" }) {
                table.add([
                    "  " + Catalogue.Role.name(member.role), member.id, Messages.name(member),
                    "\(member.homeName) (\(member.home))",
                ])
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
                    member.homeName, member.handPicked == true ? "coordinator" : "",
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
        value = CSVFormula.guarded(value)
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
