import ArgumentParser
import Foundation
import SpotcheckProtocol
import SpotcheckText

extension SocketOptions {
    /// Calls a campaign or complaints method, turning its errors into messages and exit codes.
    func campaignCall<In: Codable & Sendable, Out: Codable & Sendable>(
        _ method: String, _ parameters: In, returning: Out.Type
    ) throws(CLIFailure) -> Out {
        try FreeTextGuard.check(method, parameters)
        let client = try self.client()
        do {
            return try client.call(method, parameters, returning: Out.self)
        } catch let failure as Varlink.Failure {
            typealias Say = Catalogue.Campaign
            func parameter(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
            switch failure.error {
            case "io.spotcheck.PermissionDenied":
                throw CLIFailure(RefusalText.permission(failure).text, exitCode: ExitCodes.permission)
            case "io.spotcheck.Campaign.NotConfigured":
                throw CLIFailure(Say.notConfigured.text, exitCode: ExitCodes.dataError)
            case "io.spotcheck.Campaign.GateBlocked":
                throw CLIFailure(
                    Catalogue.CampaignPhaseNames.told([parameter("into")]) {
                        Say.gateBlocked($0[0], RefusalText.blockers(failure))
                    }.text,
                    exitCode: ExitCodes.checkFailed)
            case "io.spotcheck.Campaign.AdvanceRefused", "io.spotcheck.Complaints.Refused":
                throw CLIFailure(
                    Say.refused(
                        (CampaignGuardText.refusal(failure) ?? RefusalText.campaign(failure))?.text
                            ?? parameter("message")
                    ).text,
                    exitCode: ExitCodes.dataError)
            case "io.spotcheck.Complaints.NotFound":
                throw CLIFailure(Catalogue.Common.notFound(parameter("what")).text, exitCode: ExitCodes.notFound)
            case "io.spotcheck.Complaints.ReceiptNotFound":
                throw CLIFailure(Say.receiptNotFound.text, exitCode: ExitCodes.notFound)
            case "io.spotcheck.Complaints.NoIdentityKey":
                // A refusal as the daemon is configured (65), not a failing random source (71).
                throw CLIFailure(Say.noIdentityKey.text, exitCode: ExitCodes.dataError)
            case "org.varlink.service.MethodNotFound", "org.varlink.service.InterfaceNotFound":
                throw CLIFailure(Say.tooOld(method).text, exitCode: ExitCodes.unavailable)
            default:
                throw DaemonErrors.unexpected(failure)
            }
        } catch {
            throw try transportFailure(error)
        }
    }
}

struct CampaignCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "campaign",
            abstract: Catalogue.Campaign.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Campaign.discussion,
                examples: [
                    "spotcheck campaign status",
                    "spotcheck campaign advance self-inspection --reason 动员部署会议已召开",
                ]),
            subcommands: [
                CampaignStatusCommand.self, CampaignAdvanceCommand.self,
                CampaignReleaseCommand.self,  // CampaignGuardCommands.swift
            ])
    }
}

struct CampaignStatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "status",
            abstract: Catalogue.Campaign.statusAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.Campaign.statusDiscussion,
                examples: [
                    "spotcheck campaign status",
                    "spotcheck campaign status --json",
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Flag(help: ArgumentHelp(Catalogue.Campaign.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Campaign.GetCampaign", Varlink.Empty(), returning: CampaignMessages.CampaignReply.self)
        if json {
            writeOut(layout.encode(reply))
            return
        }
        guard let campaign = reply.campaign else {
            writeOut(Array(Catalogue.Campaign.none.text.utf8))
            return
        }
        var text = CampaignText.summary(campaign) + "\n"
        typealias Say = Catalogue.Campaign
        var table = TextTable([Say.columnPhase.text, "", Say.columnPlanned.text, Say.columnActive.text])
        for phase in campaign.phases {
            table.add([phase.name, phase.label, "\(phase.plannedStart)..\(phase.plannedEnd)", phase.active ? "*" : ""])
        }
        text += table.render()
        if !campaign.transitions.isEmpty {
            text += Say.stepsTaken.text
            for step in campaign.transitions {
                text +=
                    Catalogue.CampaignPhaseNames.told([step.from, step.to]) {
                        Say.step(step.at, $0[0], $0[1], step.actor, step.reason)
                    }.text
                for fact in step.facts { text += "      \(fact.name) = \(fact.value)\n" }
            }
        }
        writeOut(Array(text.utf8))
    }
}

/// The campaign's lines in `spotcheck status` and `spotcheck campaign status`.
enum CampaignText {
    static func summary(_ campaign: CampaignMessages.Campaign) -> String {
        typealias Say = Catalogue.Campaign
        var text = Say.title(campaign.title).text
        text += Say.basis(campaign.basisTitle, campaign.basisSha256).text
        text += Say.phase(campaign.activeLabel, campaign.active).text
        text += campaign.since.map { Say.since($0).text } ?? "\n"
        if let release = campaign.release {
            text +=
                Catalogue.CampaignRelease.pending(release.actor, release.at, release.validUntil, release.reason).text
        }
        if let gate = campaign.gate {
            text += Say.gate(gate.intoLabel, gate.into).text + (gate.holds ? Say.holds : Say.blocked).text
            text += campaign.autoAdvance ? Say.autoAdvance.text : "\n"
            for condition in gate.conditions {
                let mark =
                    switch condition.state {
                    case "holds": Say.markHolds.text
                    case "blocks": Say.markBlocks.text
                    default: Say.markUnchecked.text
                    }
                text += "  \(mark) \(RefusalText.condition(condition))\n"
            }
        }
        return text
    }

    /// The configured campaign, nil when there is none or the daemon does not know campaigns.
    static func campaign(_ socket: SocketOptions) -> CampaignMessages.Campaign? {
        (try? socket.client().call(
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
        guard let campaign = campaign(socket) else { return JSONOutput.encode(status) }
        return JSONOutput.encode(StatusWithCampaign(status: status, campaign: campaign))
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "advance",
            abstract: Catalogue.Campaign.advanceAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.Campaign.advanceDiscussion,
                examples: [
                    "spotcheck campaign advance self-inspection --reason 动员部署会议已召开",
                    "spotcheck campaign advance supervision --reason 自查自纠阶段结束",
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Argument(help: ArgumentHelp(Catalogue.Campaign.phaseHelp))
    var phase: String

    @Option(help: ArgumentHelp(Catalogue.Campaign.reasonHelp))
    var reason: String

    @Flag(help: ArgumentHelp(Catalogue.CampaignGuard.beforePlannedStartHelp))
    var beforePlannedStart = false

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Campaign.Advance",
            CampaignMessages.AdvanceParameters(
                to: phase, reason: reason, beforePlannedStart: beforePlannedStart ? true : nil),
            returning: CampaignMessages.AdvanceReply.self)
        var text = Catalogue.CampaignPhaseNames.told([reply.transition.from, reply.transition.to]) {
            Catalogue.Campaign.advanced($0[0], $0[1], reply.transition.at)
        }.text
        for fact in reply.transition.facts { text += "  \(fact.name) = \(fact.value)\n" }
        text += Self.formsDue(reply.transition.facts)?.text ?? ""
        text += Catalogue.Campaign.transitionHash(reply.transition.hash).text

        writeOut(Array(text.utf8))
    }

    /// The step into self-inspection after its planned end: when its forms are due, in words.
    static func formsDue(_ facts: [CampaignMessages.Fact]) -> Localized? {
        let value = { (name: String) in facts.first { $0.name == name }?.value }
        guard let planned = value("forms_planned_end"), let due = value("forms_due"),
            let days = value("forms_working_days")
        else { return nil }
        return planned == "none"
            ? Catalogue.Campaign.formsDueUnplanned(due, days) : Catalogue.Campaign.formsDueLate(planned, due, days)
    }
}
