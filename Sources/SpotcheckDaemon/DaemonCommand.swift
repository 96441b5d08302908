import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import SpotcheckSystem
import SpotcheckText
import Synchronization
import SystemdKit

#if canImport(Glibc)
    import Glibc
#endif

/// `spotcheckd`: the service that draws on schedule, commits before it reveals, and hands out
/// task files.
struct DaemonCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "spotcheckd",
            abstract: Catalogue.DaemonHelp.abstract.text,
            discussion: Catalogue.DaemonHelp.discussion.text + "\n\n" + Catalogue.Common.examples.text + "\n"
                + ["spotcheckd --check-config", "spotcheckd --config /etc/spotcheck/spotcheckd.toml"]
                .map { "  " + $0 }.joined(separator: "\n") + "\n\n" + Catalogue.DaemonHelp.exitCodes.text,
            version: "0.1.0")
    }

    @Option(help: ArgumentHelp(Catalogue.DaemonHelp.configHelp.text, valueName: "file"))
    var config: String = DaemonConfig.defaultPath

    @Flag(help: ArgumentHelp(Catalogue.DaemonHelp.checkConfigHelp.text))
    var checkConfig = false

    @Flag(
        help: ArgumentHelp(
            Catalogue.DaemonHelp.acceptRestoredHelp.text, discussion: Catalogue.DaemonHelp.acceptRestoredDiscussion.text
        ))
    var acceptRestoredState = false

    @Flag(help: ArgumentHelp(Catalogue.DaemonHelp.publicationKeyHelp.text))
    var publicationKey = false

    @Option(help: ArgumentHelp(Catalogue.StateOperations.backupHelp.text, valueName: "folder"))
    var backup: String?

    func run() async throws {
        var loaded: DaemonConfig
        do {
            loaded = try DaemonLoader.loadConfig(path: config)
        } catch {
            FileHandle.standardError.write(Data((CommandLineText.describe(error) + "\n").utf8))
            throw ExitCode(78)
        }
        if checkConfig {
            // StateOwner.swift: as root, check as the service's user (the state folder's owner).
            let owner: StateOwner.User?
            do {
                owner = try StateOwner.becomeOwner(of: loaded.paths.state)
            } catch {
                FileHandle.standardError.write(Data((StateOperationsText.describe(error) + "\n").utf8))
                throw ExitCode(78)
            }
            do {
                // Read again as that user: the service must be able to read the file too.
                if owner != nil { loaded = try DaemonLoader.loadConfig(path: config) }
                let roster = try DaemonLoader.parseRoster(loaded)
                let unwritable = StateOwner.writableProblems(loaded)
                for problem in unwritable { FileHandle.standardError.write(Data("\(problem.text)\n".utf8)) }
                if !unwritable.isEmpty { throw ExitCode(78) }
                for warning in ConfigWarnings.undefinedPools(roster, config: loaded) {
                    FileHandle.standardError.write(Data("\(warning)\n".utf8))
                }
                try CompositionCheck.refuse(CompositionCheck.errors(loaded, roster: roster))  // CompositionCheck.swift
                // CompositionRosterChecks.swift
                for warning in CompositionRosterChecks.warnings(loaded, roster: roster) {
                    FileHandle.standardError.write(Data("\(warning.text)\n".utf8))
                }
                // CheckConfigState.swift: what the state database makes the start or a reload refuse.
                let state = CheckConfigState.check(loaded, now: Date())
                for warning in state.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
                if let refused = state.refused { throw refused }
                print(
                    Catalogue.DaemonHelp.configOK(
                        config, loaded.pools.count, loaded.pools.map(\.name).joined(separator: ", "),
                        loaded.paths.roster, roster.departments.count, roster.inspectors.count
                    ).text)
                if let owner {
                    print(Catalogue.StateOperations.runningAsOwner(owner.name, loaded.paths.state).text)
                } else if geteuid() == 0 {
                    // StateOwner.becomeOwner: no owner to become when the folder is not there or is root's.
                    print(
                        (StateOwner.owner(of: loaded.paths.state) == nil
                            ? Catalogue.StateOperations.checkedAsRootNoState(loaded.paths.state)
                            : Catalogue.StateOperations.checkedAsRootOwnedByRoot(loaded.paths.state)).text)
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                FileHandle.standardError.write(Data((CommandLineText.describe(error) + "\n").utf8))
                throw ExitCode(78)
            }
            return
        }
        if publicationKey {
            // PublicationConfig.swift, Publication.swift: the key auditors pin.
            do {
                print(try PublicationKey.publicKeyHex(state: loaded.paths.state, create: false))
            } catch {
                FileHandle.standardError.write(Data((CommandLineText.describe(error) + "\n").utf8))
                throw ExitCode(1)
            }
            return
        }
        if let backup {
            // StateBackup.swift: the database and the private files, 0600.
            do {
                let written = try StateBackup.write(config: loaded, to: backup)
                print(
                    Catalogue.StateOperations.backupWritten(
                        backup, written.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
                    ).text)
            } catch {
                FileHandle.standardError.write(Data((StateOperationsText.describe(error) + "\n").utf8))
                throw ExitCode((error as? StateProblem)?.exit ?? 1)
            }
            return
        }
        if acceptRestoredState {
            let owner: StateOwner.User?
            do {
                umask(0o077)
                // StateOwner.swift: as root, write as the service's user, so that it can read what is written.
                owner = try StateOwner.becomeOwner(of: loaded.paths.state)
                let opened = try OpenedState(config: loaded, events: EventLog.standard(), acceptingRestored: true)
                // RestoredTaskFiles.swift: what inspectors were told that the restored database lost.
                for line in RestoredTaskFiles.told(
                    try RestoredTaskFiles.lost(store: opened.store, tasks: loaded.paths.tasks))
                {
                    FileHandle.standardError.write(Data("\(line.text)\n".utf8))
                }
            } catch {
                let told = StateOperationsText.describe(error)
                FileHandle.standardError.write(
                    Data((Catalogue.DaemonHelp.cannotAcceptState(loaded.paths.state, told).text + "\n").utf8))
                throw ExitCode(1)
            }
            if let owner { print(Catalogue.StateOperations.runningAsOwner(owner.name, loaded.paths.state).text) }
            print(Catalogue.DaemonHelp.anchorWritten(StateAnchor(state: loaded.paths.state).path).text)
            return
        }
        try await Daemon(config: loaded).run()
    }
}

/// Start-up: folders, store, first roster load, then the services until a stop signal.
struct Daemon {
    let config: DaemonConfig

    func run() async throws {
        // Catch stop and reload signals before anything else, so that none arrives unhandled.
        let signals = try SignalPipe()
        // One format and one time zone (the configured one) for every line on standard error.
        let zone = TimeZone(identifier: config.calendar.timeZone) ?? .current
        let events = EventLog.standard(zone: zone)
        let journal = Journal.isStandardErrorConnected
        LoggingSystem.bootstrap { label in
            if journal { return JournalLogHandler(label: label) }
            return StandardErrorLogHandler(zone: zone)
        }
        let logger = Logger(label: "spotcheckd")
        events.emit(.started, "spotcheckd 0.1.0 starting with \(config.file)", ["CONFIG": config.file])
        if let problem = IdentitySeal.credentialProblem() { logger.error("\(problem)") }

        let state: OpenedState
        do {
            // Everything the daemon creates is private unless it says otherwise.
            umask(0o077)
            state = try OpenedState(config: config, events: events)
        } catch {
            // A full file system is named as such (SQLite says "disk I/O error" when it finds no room).
            let told =
                StateRoom.full(config.paths.state).map { Catalogue.Storage.noRoomAtStart($0).english } ?? "\(error)"
            events.emit(
                .drawFailed, "cannot open the state in \(config.paths.state): \(told)", OpenedState.fields(error))
            throw ExitCode(1)
        }
        let store = state.store
        // ClockCheck.swift: a clock behind the newest stored entry would date new ones before it.
        do {
            if let refused = try ClockCheck.refusal(
                store: store, database: config.paths.database, now: Date(), local: LocalTime(zone: zone))
            {
                events.emit(.clockBehindState, refused.told.english, refused.fields)
                throw ExitCode(1)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            events.emit(.drawFailed, "cannot read the state in \(config.paths.state): \(error)")
            throw ExitCode(1)
        }
        if !DaemonLoader.loadRoster(config, store: store, events: events), try store.currentRoster() == nil {
            events.emit(.drawFailed, "no usable roster in \(config.paths.roster) and none stored before; not starting")
            throw ExitCode(1)
        }
        let unknown = CompositionCheck.errors(config, store: store)  // CompositionCheck.swift
        if !unknown.isEmpty {
            events.emit(.configRejected, "configuration refused, not starting:\n\(InputErrors(unknown))")
            throw ExitCode(78)
        }
        CompositionRosterChecks.log(config, roster: CompositionCheck.roster(for: config, store: store), logger: logger)
        do {
            // A configuration replacing or removing the running campaign (CampaignGuard.swift).
            try CampaignGuard.admit(config, when: "start", store: store, events: events, now: Date())
        } catch {
            events.emit(.configRejected, "configuration refused, not starting:\n\(error)")
            throw ExitCode(78)
        }

        let box = ConfigurationBox(config)
        let wakeup = Wakeup()
        let engine = Engine(store: store, events: events, logger: logger, anchor: state.anchor)
        let status = StatusBox()
        // Refusals reach the journal at most once per uid a minute, with their count, so that a
        // flood of refused calls never pushes the daemon's decisions past journald's rate limit.
        let refusals = RefusalLog(sinks: events.sinks)
        // A clock set back while running holds changes and the schedule (ClockWatch.swift).
        let clock: ClockWatch
        do {
            clock = try ClockWatch(store: store, events: events, zone: zone)
        } catch {
            events.emit(.drawFailed, "cannot read the state in \(config.paths.state): \(error)")
            throw ExitCode(1)
        }
        let control = DaemonControl(
            store: store, engine: engine, configuration: box, status: status,
            events: events.throttlingRefusals(refusals), clock: clock)
        let groupBox = GroupBox()
        let signalService = SignalService(
            configuration: box, store: store, events: events, wakeup: wakeup, signals: signals, clock: clock,
            engine: engine)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    .init(
                        service: SchedulerService(
                            engine: engine, configuration: box, wakeup: wakeup, events: events, status: status,
                            clock: clock)),
                    .init(service: signalService),
                    .init(
                        service: ControlServer(
                            path: config.paths.controlSocket, handler: control, configuration: box,
                            refusals: refusals)),
                ],
                logger: logger))
        groupBox.group = group
        signals.onStop { Task { await groupBox.group?.triggerGracefulShutdown() } }
        try await group.run()
        withExtendedLifetime(state) {}
    }

}

/// Holds the service group so that the signal service, created before it, can stop it.
final class GroupBox: Sendable {
    private let value = Synchronization.Mutex<ServiceGroup?>(nil)

    var group: ServiceGroup? {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

/// Runs `spotcheckd` with the process's arguments.
public enum SpotcheckDaemonMain {
    public static func main() async {
        await DaemonHelpOutput.main()  // DaemonHelpOutput.swift: help and parse errors in the reader's language
    }
}
