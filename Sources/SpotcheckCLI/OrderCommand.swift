import ArgumentParser
import Foundation
import SpotcheckProtocol

struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order",
        abstract: "Order a targeted inspection of named departments today (coordinators).",
        discussion: """
            For a complaint or a lead, a coordinator names the departments; spotcheckd commits a \
            fresh seed, draws the teams under every recusal rule, reveals them at once (task \
            files, journal), and publishes the seed when the day is over. The order and its \
            reason are journaled and kept in the audit trail.

            EXAMPLES:
              spotcheck order county d-shuiwu --reason "群众投诉：办事拖延"
              spotcheck order key-posts d-ziran d-zhujian --reason "专项督查" --json

            \(ExitCodes.help)
            """
    )

    @Argument(help: ArgumentHelp("The pool whose team policy applies.", valueName: "pool"))
    var pool: String

    @Argument(help: ArgumentHelp("The departments to inspect.", valueName: "department"))
    var departments: [String]

    @Option(help: "Why the inspection is ordered (kept in the audit trail).")
    var reason: String

    @Flag(help: "A covert visit (暗访): the task files tell the team not to announce itself. Default: the pool's mode.")
    var covert = false

    @Flag(help: "Print the teams as JSON.")
    var json = false

    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.call(
            "io.spotcheck.OrderInspection",
            ControlMessages.OrderParameters(
                pool: pool, departments: departments, reason: reason, visit: covert ? "covert" : nil),
            returning: ControlMessages.OrderReply.self)
        if json { return writeOut(RecordJSON.encode(reply)) }
        var text = "Ordered inspection, draw \(reply.drawId):\n"
        var table = TextTable(["Department", "Role", "Inspector", "Name", "Home"])
        for team in reply.teams {
            if !team.staffed {
                table.add([team.department, "—", "not staffed: \(team.reason ?? "")", "", ""])
            }
            for (index, member) in team.team.enumerated() {
                table.add([index == 0 ? team.department : "", member.role, member.id, member.name, member.home])
            }
        }
        text += table.render()
        writeOut(Array(text.utf8))
        if reply.teams.contains(where: { !$0.staffed }) { throw ExitCodes.checkFailed }
    }
}
