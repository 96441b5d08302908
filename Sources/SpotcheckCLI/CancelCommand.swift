import ArgumentParser
import SpotcheckProtocol
import SpotcheckText

/// `spotcheck cancel DRAW --reason R`: call off an ordered inspection (EngineCancel.swift).
struct CancelCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "cancel",
            abstract: Catalogue.DailyUse.cancelAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.DailyUse.cancelDiscussion,
                examples: [#"spotcheck cancel 12 --reason "单位已被上级巡视组进驻""#]))
    }

    @Argument(help: ArgumentHelp(Catalogue.DailyUse.cancelDrawHelp, valueName: "draw-id"))
    var drawID: Int

    @Option(help: ArgumentHelp(Catalogue.DailyUse.cancelReasonHelp))
    var reason: String

    @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.call(
            "io.spotcheck.CancelOrder", ControlMessages.CancelParameters(drawId: Int64(drawID), reason: reason),
            returning: ControlMessages.CancelReply.self)
        if json { return writeOut(layout.encode(reply)) }
        writeOut(
            Array(
                Catalogue.DailyUse.cancelDone(drawID, reply.departments.joined(separator: ", "), reply.withdrawn).text
                    .utf8))
    }

    /// A refusal of the daemon's, in the reader's language.
    static func refusal(_ failure: Varlink.Failure) -> CLIFailure {
        func text(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        let said: Localized? =
            switch text("code") {
            case "no-reason": Catalogue.DailyUse.cancelNeedsReason
            case "no-such-draw": Catalogue.DailyUse.cancelNoDraw(text("draw_id"))
            case "not-ordered": Catalogue.DailyUse.cancelNotOrdered(text("draw_id"))
            case "day-over": Catalogue.DailyUse.cancelDayOver(text("draw_id"))
            case "already-cancelled": Catalogue.DailyUse.cancelAlready(text("draw_id"))
            default: nil
            }
        return CLIFailure(
            Catalogue.DailyUse.cancelRefused(said?.text ?? text("message")).text,
            exitCode: text("code") == "no-such-draw" ? ExitCodes.notFound : ExitCodes.dataError)
    }
}
