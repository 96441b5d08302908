import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckText

/// `spotcheck teams --html`: the day's dispatch sheet as one self-contained HTML page to print
/// (one team per block, never split across pages), in the reader's language, every value escaped.
extension TeamsCommand {
    static func html(_ sheet: ControlMessages.TeamsReply, pool: String?) -> [UInt8] {
        func escape(_ text: String) -> String { htmlEscape(text) }
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let language = Language.current == .chinese ? "zh-CN" : "en"
        let title =
            sheet.teams.isEmpty
            ? trimmed(Messages.none(sheet.date, pool))
            : trimmed(Messages.heading(sheet.date, sheet.timeZone, sheet.teams.count))
        var page = """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; margin: 1.5cm; }
            section { page-break-inside: avoid; break-inside: avoid; margin-bottom: 1.2em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #444; padding: 0.2em 0.5em; text-align: left; }
            h2 { margin-bottom: 0.2em; }
            p { margin: 0.1em 0; }
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>

            """
        for team in sheet.teams {
            page += "<section>\n<h2>\(escape(trimmed(Messages.team(team.departmentName, team.department))))</h2>\n"
            page += "<p>\(escape(trimmed(Messages.report(LocalStamp.show(team.reportTime)))))</p>\n"
            page += "<p>\(escape(trimmed(Messages.origin(team))))</p>\n"
            if !Messages.handPicked(team).isEmpty { page += "<p>\(escape(trimmed(Messages.handPicked(team))))</p>\n" }
            page += "<table>\n<tr>"
            for column in Messages.columns { page += "<th>\(escape(trimmed(column)))</th>" }
            page += "</tr>\n"
            for member in team.members.filter({ $0.role == "lead" }) + team.members.filter({ $0.role != "lead" }) {
                let cells = [
                    Catalogue.Role.name(member.role), member.id, Messages.name(member),
                    "\(member.homeName) (\(member.home))",
                ]
                page += "<tr>" + cells.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
            }
            page += "</table>\n</section>\n"
        }
        page += "</body>\n</html>\n"
        return Array(page.utf8)
    }
}
