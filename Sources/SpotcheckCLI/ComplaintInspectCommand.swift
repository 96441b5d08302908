import ArgumentParser
import SpotcheckProtocol
import SpotcheckText

/// `spotcheck complaints inspect ID`: an inspection of the complaint's department hidden in the
/// next scheduled draw (docs/draw-algorithm.md §8).
struct ComplaintInspectCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "inspect", abstract: Catalogue.HiddenSlot.inspectAbstract.text,
            discussion: Catalogue.HiddenSlot.inspectDiscussion.text)
    }

    @OptionGroup var socket: SocketOptions

    @Argument(help: ArgumentHelp(Catalogue.Complaints.idHelp))
    var id: Int64

    func run() throws {
        _ = try socket.campaignCall(
            "io.spotcheck.Complaints.RequestInspection", CampaignMessages.IDParameters(id: id),
            returning: Varlink.Empty.self)
        writeOut(Array(Catalogue.HiddenSlot.inspectRequested("\(id)").text.utf8))
    }
}
