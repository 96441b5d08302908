import ArgumentParser
import Foundation
import SpotcheckProtocol
import SpotcheckText

struct OrderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "order",
            abstract: Catalogue.Order.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Order.discussion,
                examples: [
                    #"spotcheck order county d-shuiwu --reason "群众投诉：办事拖延" \"#,
                    "  --category complaint",
                    #"spotcheck order key-posts d-ziran d-zhujian --reason "专项督查" --json"#,
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Order.poolHelp, valueName: "pool"))
    var pool: String

    @Argument(help: ArgumentHelp(Catalogue.Order.departmentsHelp, valueName: "department"))
    var departments: [String]

    @Option(help: ArgumentHelp(Catalogue.Order.reasonHelp))
    var reason: String

    @Option(help: ArgumentHelp(Catalogue.OrderPrivacy.categoryHelp, valueName: "category"))
    var category: String?

    @Flag(help: ArgumentHelp(Catalogue.Order.covertHelp))
    var covert = false

    @Flag(help: ArgumentHelp(Catalogue.Order.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    @OptionGroup var socket: SocketOptions

    func run() throws {
        for warning in OrderWarning.sameDay(departments, socket: socket) { printError(warning) }
        let reply = try socket.call(
            "io.spotcheck.OrderInspection",
            ControlMessages.OrderParameters(
                pool: pool, departments: departments, reason: reason, visit: covert ? "covert" : nil,
                category: category),
            returning: ControlMessages.OrderReply.self)
        if json {
            writeOut(layout.encode(reply))
            if reply.teams.contains(where: { !$0.staffed }) { throw ExitCodes.notStaffed }
            return
        }
        typealias Say = Catalogue.Order
        var text = Say.ordered(reply.drawId).text
        var table = TextTable([
            Say.columnDepartment.text, Say.columnRole.text, Say.columnInspector.text, Say.columnName.text,
            Say.columnHome.text,
        ])
        for team in reply.teams {
            if !team.staffed {
                table.add([team.department, "—", Say.notStaffed(BlockerText.of(team.reason ?? "")).text, "", ""])
            }
            for (index, member) in team.team.enumerated() {
                table.add([
                    index == 0 ? team.department : "", Catalogue.Role.name(member.role), member.id, member.name,
                    member.home,
                ])
            }
        }
        text += table.render()
        writeOut(Array(text.utf8))
        if reply.teams.contains(where: { !$0.staffed }) { throw ExitCodes.notStaffed }
    }
}
