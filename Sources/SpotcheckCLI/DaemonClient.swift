import ArgumentParser
import Foundation
import SpotcheckProtocol

/// The `--socket` option and calls to the daemon.
struct SocketOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The daemon's control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.", valueName: "path"))
    var socket: String?

    var path: String {
        socket ?? ProcessInfo.processInfo.environment["SPOTCHECK_SOCKET"] ?? "/run/spotcheck/control"
    }

    /// Calls the daemon and returns the raw reply (for replies with structured errors).
    func callRaw<In: Codable & Sendable>(_ method: String, _ parameters: In) throws(CLIFailure) -> [UInt8] {
        do {
            return try VarlinkClient(path: path).callRaw(method, parameters)
        } catch {
            throw CLIFailure(
                "cannot reach spotcheckd at \(path) (\(error)); is it running? (systemctl status spotcheckd)",
                exitCode: ExitCodes.unavailable)
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
            throw CLIFailure(
                "cannot reach spotcheckd at \(path) (\(error)); is it running? (systemctl status spotcheckd)",
                exitCode: ExitCodes.unavailable)
        }
        do {
            return try client.call(method, parameters, returning: Out.self)
        } catch let failure as Varlink.Failure {
            switch failure.error {
            case "io.spotcheck.PermissionDenied":
                throw CLIFailure(
                    "\(CommandPath.of()) is refused: your user may not do this (coordinators and auditors are set in [roles] of spotcheckd.toml)",
                    exitCode: ExitCodes.permission)
            case "io.spotcheck.NotFound":
                throw CLIFailure(
                    "not found: \(failure.parameters["what"]?.description ?? "")", exitCode: ExitCodes.dataError)
            case "io.spotcheck.RosterChanged":
                throw CLIFailure(
                    "the roster changed on the daemon while this edit was made; nothing was applied, run it again",
                    exitCode: ExitCodes.dataError)
            case "io.spotcheck.ReplacementRefused":
                throw CLIFailure(
                    "the replacement is refused: \(failure.parameters["message"]?.description ?? "")",
                    exitCode: ExitCodes.dataError)
            case "io.spotcheck.InvalidOrder":
                throw CLIFailure(
                    "the order is refused: \(failure.parameters["message"]?.description ?? "")",
                    exitCode: ExitCodes.dataError)
            case "io.spotcheck.NotYetRevealed":
                throw CLIFailure("that draw is not revealed yet", exitCode: ExitCodes.permission)
            default:
                throw CLIFailure("spotcheckd answered \(failure)", exitCode: ExitCodes.dataError)
            }
        } catch {
            throw CLIFailure("talking to spotcheckd at \(path) failed: \(error)", exitCode: ExitCodes.unavailable)
        }
    }
}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what spotcheckd is doing: next event, pools, roster, last draw, campaign phase and its gate.",
        discussion: """
            Any user may ask. Nothing here names a target before its reveal.

            EXAMPLES:
              spotcheck status
              spotcheck status --json

            \(ExitCodes.help)
            """
    )

    @OptionGroup var socket: SocketOptions

    @Flag(help: "Print the status as JSON.")
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
        var text = "spotcheckd \(status.version)\n"
        if let zone = status.timeZone {
            text += "zone:   \(zone)" + (status.today.map { ", today is \($0)" } ?? "") + "\n"
        }
        text += "next:   \(status.next ?? "nothing scheduled")\n"
        if let roster = status.roster {
            text +=
                "roster: \(roster.departments) departments, \(roster.inspectors) inspectors, loaded \(LocalStamp.show(roster.loadedAt))\n"
            text += "        snapshot \(roster.snapshotSha256)\n"
        } else {
            text += "roster: none loaded\n"
        }
        if let last = status.lastDraw {
            let teams = last.teams.map { "\($0) teams" } ?? "teams not yet revealed"
            text += "last draw: #\(last.id) pool \(last.pool) on \(last.date): \(last.state), \(teams)"
            text += last.published ? ", seed published\n" : "\n"
        }
        text += "\n"
        var table = TextTable(["Pool", "Departments", "Targets/day", "Draw", "Reveal", "Day ends"])
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
