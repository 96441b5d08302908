import ArgumentParser
import Foundation
import SpotcheckProtocol

extension SocketOptions {
    /// Calls a campaign or complaints method, turning its errors into messages and exit codes.
    func campaignCall<In: Codable & Sendable, Out: Codable & Sendable>(
        _ method: String, _ parameters: In, returning: Out.Type
    ) throws(CLIFailure) -> Out {
        let client: VarlinkClient
        do {
            client = try VarlinkClient(path: path)
        } catch {
            throw CLIFailure(
                "cannot reach spotcheckd at \(path) (\(error)); is it running? (systemctl status spotcheckd)",
                exitCode: ExitCodes.unavailable)
        }
        do {
            return try client.call(method, parameters, returning: Out.self)
        } catch let failure as Varlink.Failure {
            func parameter(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
            switch failure.error {
            case "io.spotcheck.PermissionDenied":
                throw CLIFailure(
                    "spotcheckd refused \(method): your user may not do this (coordinators, auditors and complaint handlers are set in [roles] of spotcheckd.toml)",
                    exitCode: ExitCodes.permission)
            case "io.spotcheck.Campaign.NotConfigured":
                throw CLIFailure(
                    "no campaign is configured: add a [campaign] section to spotcheckd.toml (docs/campaign.md)",
                    exitCode: ExitCodes.dataError)
            case "io.spotcheck.Campaign.GateBlocked":
                throw CLIFailure(
                    "the gate into \(parameter("into")) does not hold: \(parameter("blockers")); nothing changed",
                    exitCode: ExitCodes.checkFailed)
            case "io.spotcheck.Campaign.AdvanceRefused", "io.spotcheck.Complaints.Refused":
                throw CLIFailure("refused: \(parameter("message")); nothing changed", exitCode: ExitCodes.dataError)
            case "io.spotcheck.Complaints.NotFound":
                throw CLIFailure("not found: \(parameter("what"))", exitCode: ExitCodes.dataError)
            case "io.spotcheck.Complaints.ReceiptNotFound":
                throw CLIFailure(
                    "no complaint has this receipt code; check it (25 letters and digits, dashes optional)",
                    exitCode: ExitCodes.checkFailed)
            case "io.spotcheck.Complaints.NoIdentityKey":
                throw CLIFailure(
                    "spotcheckd has no key to seal identities (credential spotcheck-complaints-key; docs/campaign.md); nothing was stored",
                    exitCode: ExitCodes.osError)
            case "org.varlink.service.MethodNotFound", "org.varlink.service.InterfaceNotFound":
                throw CLIFailure(
                    "this spotcheckd does not know \(method); it is older than this command",
                    exitCode: ExitCodes.unavailable)
            default:
                throw CLIFailure("spotcheckd answered \(failure)", exitCode: ExitCodes.dataError)
            }
        } catch {
            throw CLIFailure("talking to spotcheckd at \(path) failed: \(error)", exitCode: ExitCodes.unavailable)
        }
    }
}

struct CampaignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "The campaign's phases: show them, or take the next step.",
        discussion: """
            A campaign ([campaign] in spotcheckd.toml) runs in four phases: mobilisation (动员部署), \
            self-inspection (自查自纠), supervision (监督检查) and summing-up (总结提升), then closes. \
            Exactly one is active; steps are taken forward only, one at a time, once the gate into \
            the next holds. Scheduled draws run only in supervision unless a pool names other phases.

            EXAMPLES:
              spotcheck campaign status
              spotcheck campaign advance self-inspection --reason 动员部署会议已召开

            \(ExitCodes.help)
            """,
        subcommands: [CampaignStatusCommand.self, CampaignAdvanceCommand.self]
    )
}

struct CampaignStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the campaign, its active phase, the gate into the next step and what blocks it.",
        discussion: """
            Any user may ask.

            EXAMPLES:
              spotcheck campaign status
              spotcheck campaign status --json

            \(ExitCodes.help)
            """
    )

    @OptionGroup var socket: SocketOptions

    @Flag(help: "Print the campaign as JSON.")
    var json = false

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Campaign.GetCampaign", Varlink.Empty(), returning: CampaignMessages.CampaignReply.self)
        if json {
            writeOut(RecordJSON.encode(reply))
            return
        }
        guard let campaign = reply.campaign else {
            writeOut(Array("no campaign is configured; draws run on every working day\n".utf8))
            return
        }
        var text = CampaignText.summary(campaign) + "\n"
        var table = TextTable(["Phase", "", "Planned", "Active"])
        for phase in campaign.phases {
            table.add([phase.name, phase.label, "\(phase.plannedStart)..\(phase.plannedEnd)", phase.active ? "*" : ""])
        }
        text += table.render()
        if !campaign.transitions.isEmpty {
            text += "\nSteps taken:\n"
            for step in campaign.transitions {
                text += "  \(step.at)  \(step.from) → \(step.to)  by \(step.actor): \(step.reason)\n"
                for fact in step.facts { text += "      \(fact.name) = \(fact.value)\n" }
            }
        }
        writeOut(Array(text.utf8))
    }
}

/// The campaign's lines in `spotcheck status` and `spotcheck campaign status`.
enum CampaignText {
    static func summary(_ campaign: CampaignMessages.Campaign) -> String {
        var text = "campaign: \(campaign.title)\n"
        text += "          based on \(campaign.basisTitle) (sha256 \(campaign.basisSha256))\n"
        text += "phase:    \(campaign.activeLabel) (\(campaign.active))"
        text += campaign.since.map { " since \($0)\n" } ?? "\n"
        if let gate = campaign.gate {
            text += "gate into \(gate.intoLabel) (\(gate.into)): \(gate.holds ? "holds" : "blocked")"
            text += campaign.autoAdvance ? ", taken by itself on its planned date\n" : "\n"
            for condition in gate.conditions {
                let mark =
                    switch condition.state {
                    case "holds": "ok     "
                    case "blocks": "BLOCKS "
                    default: "unchecked"
                    }
                text += "  \(mark) \(condition.text)" + (condition.detail.map { ": \($0)" } ?? "") + "\n"
            }
        }
        return text
    }

    /// The configured campaign, nil when there is none or the daemon does not know campaigns.
    static func campaign(_ socket: SocketOptions) -> CampaignMessages.Campaign? {
        (try? VarlinkClient(path: socket.path).call(
            "io.spotcheck.Campaign.GetCampaign", Varlink.Empty(), returning: CampaignMessages.CampaignReply.self))?
            .campaign
    }

    /// The section `spotcheck status` adds, empty when no campaign is configured or the daemon
    /// does not know campaigns.
    static func statusSection(_ socket: SocketOptions) -> String {
        campaign(socket).map { summary($0) + "\n" } ?? ""
    }

    /// `spotcheck status --json`: the status, with a `campaign` key when one is configured.
    static func statusJSON(_ status: ControlMessages.Status, _ socket: SocketOptions) -> [UInt8] {
        guard let campaign = campaign(socket) else { return RecordJSON.encode(status) }
        return RecordJSON.encode(StatusWithCampaign(status: status, campaign: campaign))
    }

    /// The status's keys and `campaign` beside them, in one object.
    struct StatusWithCampaign: Encodable {
        enum Key: String, CodingKey { case campaign }

        let status: ControlMessages.Status
        let campaign: CampaignMessages.Campaign

        func encode(to encoder: any Encoder) throws {
            try status.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(campaign, forKey: .campaign)
        }
    }
}

struct CampaignAdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Take the next step of the campaign, once its gate holds (coordinators).",
        discussion: """
            Name the step to take: it must be the next one (self-inspection, supervision, \
            summing-up, closed). The step, its reason, the caller and what the gate froze (the \
            roster and prohibitions hashes on entering self-inspection) are stored linked by hash \
            to the previous step, kept in the audit trail and journaled. A step never goes back.

            EXAMPLES:
              spotcheck campaign advance self-inspection --reason 动员部署会议已召开
              spotcheck campaign advance supervision --reason 自查自纠阶段结束

            \(ExitCodes.help)
            """
    )

    @OptionGroup var socket: SocketOptions

    @Argument(help: "The step to take: self-inspection, supervision, summing-up or closed (or its Chinese name).")
    var phase: String

    @Option(help: "Why the step is taken now (kept in the audit trail and the journal).")
    var reason: String

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Campaign.Advance", CampaignMessages.AdvanceParameters(to: phase, reason: reason),
            returning: CampaignMessages.AdvanceReply.self)
        var text = "campaign: \(reply.transition.from) → \(reply.transition.to) at \(reply.transition.at)\n"
        for fact in reply.transition.facts { text += "  \(fact.name) = \(fact.value)\n" }
        text += "  transition hash \(reply.transition.hash)\n"
        writeOut(Array(text.utf8))
    }
}
