import ArgumentParser
import SpotcheckProtocol

struct ReplaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replace",
        abstract: "Replace an inspector on an issued team, under every rule (coordinators).",
        discussion: """
            For illness and the like. The replacement meets every recusal rule, the daily cap \
            and the reciprocal ban against the whole day's round, and keeps the team's lead, \
            skills and home departments. Without --with, spotcheckd picks the first valid \
            inspector in an order fixed by the draw record's hash. The draw record stays as \
            drawn; the replacement is journaled and audited, and task files are rewritten.

            EXAMPLES:
              spotcheck replace 12 i044 --reason "病假"
              spotcheck replace 12 i044 --with i090 --reason "病假"

            \(ExitCodes.help)
            """
    )

    @Argument(help: ArgumentHelp("The draw's id (spotcheck status, or the task file).", valueName: "draw-id"))
    var drawID: Int

    @Argument(help: ArgumentHelp("The inspector who cannot go.", valueName: "inspector"))
    var inspector: String

    @Option(
        name: .customLong("with"), help: ArgumentHelp("The inspector who should go instead.", valueName: "inspector"))
    var replacement: String?

    @Option(help: "Why (kept in the audit trail).")
    var reason: String

    @Flag(help: "Print the result as JSON.")
    var json = false

    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.call(
            "io.spotcheck.ReplaceInspector",
            ControlMessages.ReplaceParameters(
                drawId: Int64(drawID), inspector: inspector, with: replacement, reason: reason),
            returning: ControlMessages.ReplaceReply.self)
        if json { return writeOut(RecordJSON.encode(reply)) }
        writeOut(
            Array(
                "\(reply.replacedBy) replaces \(inspector) as \(reply.role) on the team for \(reply.department) (draw \(drawID)).\n"
                    .utf8))
    }
}
