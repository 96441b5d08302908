import ArgumentParser
import SpotcheckProtocol
import SpotcheckText

struct ReplaceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "replace",
            abstract: Catalogue.Replace.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Replace.discussion,
                examples: [
                    #"spotcheck replace 12 i044 --reason "病假""#,
                    #"spotcheck replace 12 i044 --with i090 --reason "病假""#,
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Replace.drawHelp, valueName: "draw-id"))
    var drawID: Int

    @Argument(help: ArgumentHelp(Catalogue.Replace.inspectorHelp, valueName: "inspector"))
    var inspector: String

    @Option(
        name: .customLong("with"), help: ArgumentHelp(Catalogue.Replace.withHelp, valueName: "inspector"))
    var replacement: String?

    @Option(help: ArgumentHelp(Catalogue.Replace.reasonHelp))
    var reason: String

    @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.call(
            "io.spotcheck.ReplaceInspector",
            ControlMessages.ReplaceParameters(
                drawId: Int64(drawID), inspector: inspector, with: replacement, reason: reason),
            returning: ControlMessages.ReplaceReply.self)
        if json { return writeOut(layout.encode(reply)) }
        let role = Catalogue.Role.name(reply.role)
        writeOut(
            Array(Catalogue.Replace.replaced(reply.replacedBy, inspector, role, reply.department, drawID).text.utf8))
    }
}
