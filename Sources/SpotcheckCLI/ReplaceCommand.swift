import ArgumentParser
import SpotcheckProtocol
import SpotcheckText

struct ReplaceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "replace",
            abstract: Catalogue.Replace.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.HandPicked.replaceDiscussion + Catalogue.ReplaceDepartment.discussion,
                examples: [
                    #"spotcheck replace 12 i044 --reason "病假""#,
                    #"spotcheck replace 12 i044 --with i090 --reason "病假""#,
                    #"spotcheck replace 12 i044 --department d-shuiwu --reason "病假""#,
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Replace.drawHelp, valueName: "draw-id"))
    var drawID: Int

    @Argument(help: ArgumentHelp(Catalogue.Replace.inspectorHelp, valueName: "inspector"))
    var inspector: String

    @Option(
        name: .customLong("with"), help: ArgumentHelp(Catalogue.HandPicked.withHelp, valueName: "inspector"))
    var replacement: String?

    @Option(help: ArgumentHelp(Catalogue.Replace.reasonHelp))
    var reason: String

    @Option(help: ArgumentHelp(Catalogue.ReplaceDepartment.departmentHelp, valueName: "department"))
    var department: String?

    @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.call(
            "io.spotcheck.ReplaceInspector",
            ControlMessages.ReplaceParameters(
                drawId: Int64(drawID), inspector: inspector, with: replacement, reason: reason,
                department: department),
            returning: ControlMessages.ReplaceReply.self)
        if json { return writeOut(layout.encode(reply)) }
        let role = Catalogue.Role.name(reply.role)
        var text = Catalogue.Replace.replaced(reply.replacedBy, inspector, role, reply.department, drawID).text
        // The newcomer is told now: the pool's notice can put their report time after the team's.
        if let time = reply.reportTime, let team = reply.teamReportTime, time != team {
            text += Catalogue.ReplaceReport.laterThanTeam(reply.replacedBy, Self.shown(time), Self.shown(team)).text
        }
        writeOut(Array(text.utf8))
    }

    /// A report time as people read it: `2026-12-01T09:45:00+08:00` → `2026-12-01 09:45`
    /// (the daemon's zone, as in task files).
    static func shown(_ time: String) -> String {
        let characters = Array(time)
        guard characters.count >= 16, characters[10] == "T" else { return time }
        return String(characters[0..<10]) + " " + String(characters[11..<16])
    }
}
