import ArgumentParser
import Foundation
import SpotcheckProtocol
import SpotcheckText

/// The `--socket` option and calls to the daemon.
struct SocketOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(Catalogue.Common.socketHelp, valueName: "path"))
    var socket: String?

    var path: String {
        socket ?? ProcessInfo.processInfo.environment["SPOTCHECK_SOCKET"] ?? "/run/spotcheck/control"
    }

    /// Calls the daemon and returns the raw reply (for replies with structured errors).
    func callRaw<In: Codable & Sendable>(_ method: String, _ parameters: In) throws(CLIFailure) -> [UInt8] {
        do {
            return try VarlinkClient(path: path).callRaw(method, parameters)
        } catch {
            throw CLIFailure(Catalogue.Common.cannotReach(path, "\(error)").text, exitCode: ExitCodes.unavailable)
        }
    }

    /// Calls the daemon, turning failures into messages and exit codes a user can act on.
    func call<In: Codable & Sendable, Out: Codable & Sendable>(
        _ method: String, _ parameters: In, returning: Out.Type
    )
        throws(CLIFailure) -> Out
    {
        let client: VarlinkClient
        do {
            client = try VarlinkClient(path: path)
        } catch {
            throw CLIFailure(Catalogue.Common.cannotReach(path, "\(error)").text, exitCode: ExitCodes.unavailable)
        }
        do {
            return try client.call(method, parameters, returning: Out.self)
        } catch let failure as Varlink.Failure {
            switch failure.error {
            case "io.spotcheck.PermissionDenied":
                throw CLIFailure(
                    Catalogue.Common.permissionRefused(CommandPath.of()).text, exitCode: ExitCodes.permission)
            case "io.spotcheck.NotFound":
                throw CLIFailure(
                    Catalogue.Common.notFound(failure.parameters["what"]?.description ?? "").text,
                    exitCode: ExitCodes.dataError)
            case "io.spotcheck.RosterChanged":
                throw CLIFailure(Catalogue.Common.rosterChanged.text, exitCode: ExitCodes.dataError)
            case "io.spotcheck.ReplacementRefused":
                throw CLIFailure(
                    Catalogue.Common.replacementRefused(failure.parameters["message"]?.description ?? "").text,
                    exitCode: ExitCodes.dataError)
            case "io.spotcheck.InvalidOrder":
                throw CLIFailure(
                    Catalogue.Common.orderRefused(failure.parameters["message"]?.description ?? "").text,
                    exitCode: ExitCodes.dataError)
            case "io.spotcheck.NotYetRevealed":
                throw CLIFailure(Catalogue.Common.notYetRevealed.text, exitCode: ExitCodes.permission)
            default:
                throw CLIFailure(Catalogue.Common.daemonAnswered("\(failure)").text, exitCode: ExitCodes.dataError)
            }
        } catch {
            throw CLIFailure(Catalogue.Common.talkingFailed(path, "\(error)").text, exitCode: ExitCodes.unavailable)
        }
    }
}

struct StatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "status",
            abstract: Catalogue.Status.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Status.discussion, examples: ["spotcheck status", "spotcheck status --json"]))
    }

    @OptionGroup var socket: SocketOptions

    @Flag(help: ArgumentHelp(Catalogue.Status.jsonHelp))
    var json = false

    func run() throws {
        let status = try socket.call(
            "io.spotcheck.GetStatus", Varlink.Empty(), returning: ControlMessages.StatusReply.self
        )
        .status
        if json {
            writeOut(CampaignText.statusJSON(status, socket))
            return
        }
        typealias Say = Catalogue.Status
        var text = "spotcheckd \(status.version)\n"
        if let zone = status.timeZone {
            text += Say.zone(zone).text + (status.today.map { Say.today($0).text } ?? "") + "\n"
        }
        text += Say.next(status.next ?? Say.nothingScheduled.text).text
        if let roster = status.roster {
            text += Say.roster(roster.departments, roster.inspectors, LocalStamp.show(roster.loadedAt)).text
            text += Say.snapshot(roster.snapshotSha256).text
        } else {
            text += Say.noRoster.text
        }
        if let last = status.lastDraw {
            let teams = last.teams.map { Say.teams($0).text } ?? Say.teamsNotRevealed.text
            text += Say.lastDraw(last.id, last.pool, last.date, Say.state(last.state), teams).text
            text += last.published ? Say.seedPublished.text + "\n" : "\n"
        }
        text += "\n"
        var table = TextTable([
            Say.columnPool.text, Say.columnDepartments.text, Say.columnTargets.text, Say.columnDraw.text,
            Say.columnReveal.text, Say.columnDayEnd.text,
        ])
        for pool in status.pools {
            table.add([
                pool.name, String(pool.departments), String(pool.targetsPerDay), pool.drawTime, pool.revealTime,
                pool.dayEnd,
            ])
        }
        text += CampaignText.statusSection(socket)
        writeOut(Array((text + table.render()).utf8))
    }
}
