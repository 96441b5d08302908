import ArgumentParser
import SpotcheckProtocol
import SpotcheckText

/// The refusals that keep the campaign to its plan, told from their code in the reader's
/// language; nil for another code (or none), which `RefusalText` or the English message tells.
enum CampaignGuardText {
    static func refusal(_ failure: Varlink.Failure) -> Localized? {
        typealias Say = Catalogue.CampaignGuard
        guard let code = failure.parameters["code"].flatMap({ CampaignGuardCode(rawValue: $0.description) })
        else { return nil }
        func v(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        return switch code {
        case .beforePlannedStart: Say.beforePlannedStart(v("planned_start"), v("today"))
        case .releaseNotNeeded: Say.releaseNotNeeded
        case .dueBeforePhaseEnd: Say.dueBeforePhaseEnd(v("due"), v("earliest"))
        case .selfInspectionOver:
            Catalogue.CampaignPhaseNames.told([v("phase")]) { Say.selfInspectionOver($0[0]) }
        }
    }
}

/// `spotcheck campaign release --reason …`: a coordinator allows the configuration to replace or
/// remove the running campaign within the day.
struct CampaignReleaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "release",
            abstract: Catalogue.CampaignGuard.releaseAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.CampaignGuard.releaseDiscussion,
                examples: ["spotcheck campaign release --reason 依据文件重新印发，更换为新文号"]))
    }

    @OptionGroup var socket: SocketOptions

    @Option(help: ArgumentHelp(Catalogue.CampaignGuard.releaseReasonHelp))
    var reason: String

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Campaign.Release", CampaignMessages.ReleaseParameters(reason: reason),
            returning: CampaignMessages.ReleaseReply.self)
        let told = Catalogue.CampaignPhaseNames.told([reply.phase]) {
            Catalogue.CampaignGuard.released(reply.campaign, $0[0], reply.validUntil)
        }
        writeOut(Array(told.text.utf8))
    }
}
