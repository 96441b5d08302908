import ArgumentParser
import Foundation
import SpotcheckProtocol
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// The `--socket` option and calls to the daemon.
struct SocketOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(Catalogue.Common.socketHelp, valueName: "path"), completion: .file())
    var socket: String?

    @Option(
        name: .long,
        help: ArgumentHelp(Catalogue.Conventions.timeoutHelp, valueName: "seconds"))
    var timeout: Int?

    var path: String {
        socket ?? ProcessInfo.processInfo.environment["SPOTCHECK_SOCKET"] ?? "/run/spotcheck/control"
    }

    /// How long to wait for the daemon to take a call and to answer it: `--timeout`, else
    /// `$SPOTCHECK_TIMEOUT`, else 60 s; 0 waits as long as it takes.
    func seconds() throws(CLIFailure) -> Int {
        if let timeout {
            guard timeout >= 0 else {
                throw CLIFailure(
                    Catalogue.Conventions.badTimeout("--timeout", "\(timeout)").text, exitCode: ExitCodes.usage)
            }
            return timeout
        }
        guard let text = ProcessInfo.processInfo.environment["SPOTCHECK_TIMEOUT"], !text.isEmpty else { return 60 }
        guard let value = Int(text), value >= 0 else {
            throw CLIFailure(
                Catalogue.Conventions.badTimeout("SPOTCHECK_TIMEOUT", text).text, exitCode: ExitCodes.usage)
        }
        return value
    }

    /// A connected client with the timeout set.
    func client() throws(CLIFailure) -> VarlinkClient {
        let limit = try seconds()
        do {
            let client = try VarlinkClient(path: path)
            if limit > 0 { client.setTimeout(seconds: limit) }
            return client
        } catch {
            throw CLIFailure(
                Catalogue.Common.cannotReach(path, SystemErrorText.of(error)).text, exitCode: ExitCodes.unavailable)
        }
    }

    /// A failure to talk to the daemon: a timeout names the socket and the limit; a call not sent
    /// is told from one whose answer was lost (CallOutcome.swift).
    func transportFailure(_ error: any Error) throws(CLIFailure) -> CLIFailure {
        try CallOutcome.failure(error, socket: path) { () throws(CLIFailure) -> Int in try seconds() }
    }

    /// Calls the daemon and returns the raw reply (for replies with structured errors).
    func callRaw<In: Codable & Sendable>(_ method: String, _ parameters: In) throws(CLIFailure) -> [UInt8] {
        try FreeTextGuard.check(method, parameters)
        let client = try client()
        do {
            return try client.callRaw(method, parameters)
        } catch {
            throw try transportFailure(error)
        }
    }

    /// Calls the daemon, turning failures into messages and exit codes a user can act on.
    func call<In: Codable & Sendable, Out: Codable & Sendable>(
        _ method: String, _ parameters: In, returning: Out.Type
    )
        throws(CLIFailure) -> Out
    {
        try FreeTextGuard.check(method, parameters)
        let client = try client()
        do {
            return try client.call(method, parameters, returning: Out.self)
        } catch let failure as Varlink.Failure {
            throw DaemonErrors.failure(failure, socket: path)
        } catch {
            throw try transportFailure(error)
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

    @OptionGroup var layout: JSONLayout

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
        text += Say.next(status.next.map(NextText.of) ?? Say.nothingScheduled.text).text
        if let roster = status.roster {
            text += Say.roster(roster.departments, roster.inspectors, LocalStamp.show(roster.loadedAt)).text
            text += Say.snapshot(roster.snapshotSha256).text
        } else {
            text += Say.noRoster.text
        }
        if let last = status.lastDraw {
            let teams = last.teams.map { Say.teams($0).text } ?? Say.teamsNotRevealed.text
            text +=
                Say.lastDraw(last.id, last.pool, last.date, Catalogue.DaemonStatus.drawState(last.state), teams).text
            text += last.published ? Say.seedPublished.text + "\n" : "\n"
        }
        text += StatusWithheldText.of(status.withheld ?? [])
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

/// The daemon's next event (an English line, also its systemd STATUS=) in the reader's
/// language: "next draw: pool county, 2026-12-01 07:00" and the like.
enum NextText {
    static func of(_ line: String) -> String {
        guard Language.current == .chinese else { return line }
        return line.components(separatedBy: "; next: ").map(several).joined(separator: Catalogue.NextEvent.then.text)
    }

    /// A part holding more than one degraded state ("degraded: …; degraded: …"), each told.
    static func several(_ part: String) -> String {
        let pieces = part.components(separatedBy: "; degraded: ")
        return pieces.enumerated().map { one($0.offset == 0 ? $0.element : "degraded: " + $0.element) }
            .joined(separator: "；")
    }

    static func one(_ part: String) -> String {
        typealias Say = Catalogue.NextEvent
        if part == "no draws scheduled" { return Say.noDraws.text }
        for (prefix, message) in [
            ("next draw: pool ", Say.draw), ("next reveal: pool ", Say.reveal),
            ("next publication: pool ", Say.publication),
        ] where part.hasPrefix(prefix) {
            let rest = part.dropFirst(prefix.count).split(separator: ", ", maxSplits: 1)
            guard rest.count == 2 else { return part }
            return message(String(rest[0]), String(rest[1])).text
        }
        return PassedThroughText.health(part)
    }
}
