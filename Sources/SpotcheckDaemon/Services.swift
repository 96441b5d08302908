import CSpotcheckShims
public import Foundation
import Logging
public import ServiceLifecycle
public import SpotcheckCore
import SpotcheckProtocol
public import SpotcheckRoster
public import SpotcheckStore
import SpotcheckSystem
import SpotcheckText
import Synchronization
import SystemdKit

#if canImport(Glibc)
    import Glibc
#endif

/// The configuration in force, replaced whole by a reload.
public final class ConfigurationBox: Sendable {
    private let value: Mutex<DaemonConfig>

    public init(_ config: DaemonConfig) {
        value = Mutex(config)
    }

    public var current: DaemonConfig {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

/// Wakes the scheduler before its deadline, after a reload.
public final class Wakeup: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())

    public init() {}

    public func signal() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter
            }
            state.pending = true
            return nil
        }
        waiter?.resume()
    }

    /// Returns after `duration`, on a signal, or on cancellation, whichever comes first.
    public func wait(for duration: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: duration) }
            group.addTask { await self.waitForSignal() }
            await group.next()
            group.cancelAll()
        }
    }

    private func waitForSignal() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    if state.pending || Task.isCancelled {
                        state.pending = false
                        return true
                    }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
    }
}

/// Runs the engine at every due time and keeps systemd informed: READY after the first round,
/// STATUS with what comes next, WATCHDOG when asked for, STOPPING on shutdown. It wakes only for
/// the schedule, the watchdog, a reload, and at least once a minute to follow wall-clock changes.
public struct SchedulerService: Service {
    let engine: Engine
    let configuration: ConfigurationBox
    let wakeup: Wakeup
    let events: EventLog
    let status: StatusBox
    let now: @Sendable () -> Date
    /// Holds the schedule while the clock is behind the newest entry (ClockWatch.swift).
    let clock: ClockWatch?
    /// How the loop waits for its next round when `now` is not the real clock: a clock of the
    /// tests' moves on by the wait instead of the loop sleeping it in real time.
    let wait: (@Sendable (Duration) async -> Void)?

    public init(
        engine: Engine, configuration: ConfigurationBox, wakeup: Wakeup, events: EventLog,
        status: StatusBox = StatusBox(),
        now: @escaping @Sendable () -> Date = { Date() }, clock: ClockWatch? = nil,
        wait: (@Sendable (Duration) async -> Void)? = nil
    ) {
        self.engine = engine
        self.configuration = configuration
        self.wakeup = wakeup
        self.events = events
        self.status = status
        self.now = now
        self.clock = clock
        self.wait = wait
    }

    public func run() async throws {
        let watchdog = (try? Notifier.watchdogInterval()) ?? nil
        var first = true
        try await withGracefulShutdownHandler {
            while !Task.isShuttingDownGracefully, !Task.isCancelled {
                let config = configuration.current
                let started = now()
                var status: String
                var deadline: Date?
                // A clock stepped forward is journalled before the round takes what it brought due.
                clock?.steppedForward()
                do {
                    if let held = clock?.behind() {
                        // Nothing drawn, revealed or published on a clock set back: wait until it
                        // reaches the newest entry again (at most a minute, as always).
                        status = "held: " + held.told.english
                        deadline = held.until
                    } else {
                        let next = try engine.tick(now: started, config: config)
                        clock?.noteWrites()
                        status = next?.description ?? "no draws scheduled"
                        deadline = next?.at
                    }
                } catch let error as StoreError {
                    // The state database is gone or replaced: drawing on would draw a day again.
                    switch error {
                    case .databaseReplaced, .databaseRolledBack: break
                    default: throw error
                    }
                    _ = try? Notifier.status(StatusText.stopped(error))  // StatusText.swift
                    events.emit(.drawFailed, "spotcheckd stops: \(error)")
                    throw error
                } catch {
                    let said = StorageFailure.message(error, path: engine.store.path) ?? "\(error)"
                    status = "a scheduled step failed: \(said); retrying"
                    events.emit(.drawFailed, "a scheduled step failed and will be retried: \(said)")
                    deadline = started.addingTimeInterval(30)
                }
                self.status.next = status
                if first {
                    _ = try? Notifier.ready(status: status)
                    events.emit(.ready, "spotcheckd is ready; \(status)", ["STATUS": status])
                    first = false
                } else {
                    _ = try? Notifier.status(status)
                }
                if watchdog != nil { _ = try? Notifier.watchdog() }

                var wait: Duration = .seconds(60)
                if let deadline {
                    let seconds = max(0.01, deadline.timeIntervalSince(now()) + 0.01)
                    wait = min(wait, .milliseconds(Int64(seconds * 1000)))
                }
                if let watchdog { wait = min(wait, watchdog / 2) }
                if let pause = self.wait { await pause(wait) } else { await wakeup.wait(for: wait) }
            }
        } onGracefulShutdown: {
            _ = try? Notifier.stopping(status: "stopping")
            events.emit(.stopping, "spotcheckd is stopping")
            wakeup.signal()
        }
    }
}

/// Signals, caught from the first moment: the handlers are installed synchronously at start-up
/// (before READY=1) and feed a pipe that a thread reads, so none is lost or left to its default
/// action while the services start. SIGTERM and SIGINT act at once (`onStop`), ahead of anything
/// queued; SIGHUPs are coalesced: however many arrive during a reload, one more reload follows.
public final class SignalPipe: Sendable {
    /// One element per reload to do; never more than one waits.
    public let reloads: AsyncStream<Void>
    private let stopAction = Mutex<(@Sendable () -> Void)?>(nil)
    private let stopRequested = Atomic<Bool>(false)

    public init() throws {
        let descriptor = spotcheck_signal_pipe_install()
        guard descriptor >= 0 else { throw POSIXError(errno, "sigaction", "signal handlers") }
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        reloads = stream
        let thread = Thread { [self] in
            var bytes = [UInt8](repeating: 0, count: 256)
            while true {
                let count = read(descriptor, &bytes, bytes.count)
                if count > 0 {
                    let received = bytes[0..<count]
                    if received.contains(where: { Int32($0) == SIGTERM || Int32($0) == SIGINT }) { requestStop() }
                    if received.contains(where: { Int32($0) == SIGHUP }) { continuation.yield() }
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    continuation.finish()
                    return
                }
            }
        }
        thread.name = "spotcheckd-signals"
        thread.start()
    }

    /// What a stop signal does; runs at once if one already arrived.
    public func onStop(_ action: @escaping @Sendable () -> Void) {
        stopAction.withLock { $0 = action }
        if stopRequested.load(ordering: .sequentiallyConsistent) { action() }
    }

    private func requestStop() {
        stopRequested.store(true, ordering: .sequentiallyConsistent)
        stopAction.withLock { $0 }?()
    }
}

/// Turns SIGHUP into reloads of the configuration and the roster (a bad one is refused whole and
/// the running one stays, as STATUS and the journal say). Stop signals do not pass through here:
/// `SignalPipe.onStop` acts on them at once.
public struct SignalService: Service {
    let configuration: ConfigurationBox
    let store: Store
    let events: EventLog
    let wakeup: Wakeup
    let signals: SignalPipe
    /// A reload on a clock set back is held: loading a roster stamps it (ClockWatch.swift).
    let clock: ClockWatch?
    /// Moves told seats to the logins a reloaded roster gives (RevealLogins.swift).
    let engine: Engine?

    public init(
        configuration: ConfigurationBox, store: Store, events: EventLog, wakeup: Wakeup, signals: SignalPipe,
        clock: ClockWatch? = nil, engine: Engine? = nil
    ) {
        self.configuration = configuration
        self.store = store
        self.events = events
        self.wakeup = wakeup
        self.signals = signals
        self.clock = clock
        self.engine = engine
    }

    public func run() async throws {
        for await _ in signals.reloads.cancelOnGracefulShutdown() {
            if Task.isShuttingDownGracefully { return }
            await reloadUnlessStopping()
        }
    }

    /// Reloads on a thread of its own and returns when it is done, or at once when a stop
    /// begins: a long reload (a large roster) never holds up SIGTERM. An abandoned reload ends
    /// with the process; what it stores is one transaction, so it is stored whole or not at all.
    private func reloadUnlessStopping() async {
        let waiter = Mutex<CheckedContinuation<Void, Never>?>(nil)
        await withGracefulShutdownHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                waiter.withLock { $0 = continuation }
                let thread = Thread {
                    reload()
                    wakeup.signal()
                    waiter.withLock { $0.take() }?.resume()
                }
                thread.name = "spotcheckd-reload"
                thread.start()
                if Task.isShuttingDownGracefully { waiter.withLock { $0.take() }?.resume() }
            }
        } onGracefulShutdown: {
            waiter.withLock { $0.take() }?.resume()
        }
    }

    func reload() {
        let running = configuration.current
        if let held = clock?.reloadHeld(config: running.file) {
            _ = try? Notifier.ready(status: held)
            return
        }
        defer { clock?.noteWrites() }
        _ = try? Notifier.reloading(status: "reloading configuration and roster")
        var status = "configuration reloaded"
        do {
            var config = try DaemonLoader.loadConfig(path: running.file)
            if config.paths.state != running.paths.state {
                events.emit(
                    .configRejected,
                    "the state directory cannot change on reload (\(running.paths.state) → \(config.paths.state)); restart to move it",
                    ["CONFIG": running.file])
                config.paths.state = running.paths.state
            }
            config.paths = StateOwner.pathsKept(config.paths, running: running, events: events)  // StateOwner.swift
            try CompositionCheck.refuse(CompositionCheck.errors(config, store: store))  // CompositionCheck.swift
            try CampaignGuard.admit(config, when: "reload", store: store, events: events, now: Date())
            configuration.current = config
            events.emit(.configReloaded, "configuration reloaded from \(config.file)", ["CONFIG": config.file])
        } catch {
            status = "configuration rejected, running with the previous one: \(error.errors.first?.description ?? "")"
            events.emit(
                .configRejected, "configuration rejected, the previous one stays in force:\n\(error)",
                ["CONFIG": running.file, "ERRORS": String(error.errors.count)])
        }
        if !DaemonLoader.loadRoster(configuration.current, store: store, events: events) {
            status += "; roster rejected, the previous one stays"
        } else {
            // Told seats of days not yet over follow a login the folder now gives otherwise at
            // once, as after an import (RevealLogins.swift); a failure here is made good at the
            // day's next rewrite.
            _ = try? engine?.rebindAfterRosterEdit(config: configuration.current, now: Date())
        }
        CompositionRosterChecks.log(  // CompositionRosterChecks.swift
            configuration.current, roster: CompositionCheck.roster(for: configuration.current, store: store),
            logger: Logger(label: "spotcheckd"))
        _ = try? Notifier.ready(status: status)
    }
}

/// Loading the configuration and the roster, shared by start-up, reload and `--check-config`.
public enum DaemonLoader {
    public static func loadConfig(path: String) throws(InputErrors) -> DaemonConfig {
        try DaemonConfig.parse(DaemonConfig.readFile(path, limit: TOML.maxBytes), file: path)
    }

    /// Parses the roster files of the configuration.
    public static func parseRoster(_ config: DaemonConfig) throws(InputErrors) -> Roster {
        let folder = config.paths.roster
        func file(_ name: String, required: Bool) throws(InputErrors) -> RosterFiles.File? {
            let path = "\(folder)/\(name)"
            if !required, !FileManager.default.fileExists(atPath: path) { return nil }
            return RosterFiles.File(
                name: path, bytes: try DaemonConfig.readFile(path, limit: RosterParser.maxFileBytes))
        }
        let files = RosterFiles(
            departments: try file("departments.csv", required: true)!,
            inspectors: try file("inspectors.csv", required: true)!,
            conflicts: try file("conflicts.csv", required: false), history: try file("history.csv", required: false))
        // The ledger's draw pool is no department's pool (RosterLedgerPool.swift), refused with
        // the parser's own problems.
        let ledger = RosterLedgerPool.problems(files.departments, drawPool: config.ledger.draws.pool)
        let roster: Roster
        do {
            roster = try RosterParser.parseInput(files)
        } catch {
            throw InputErrors(RosterLedgerPool.merged(error.errors, ledger))
        }
        guard ledger.isEmpty else { throw InputErrors(ledger) }
        return roster
    }

    /// Loads the roster into the store. Returns false when it was refused (the previous roster,
    /// if any, stays).
    @discardableResult
    public static func loadRoster(_ config: DaemonConfig, store: Store, events: EventLog, now: Date = Date()) -> Bool {
        // Once the roster has been changed through the control socket, the socket is how it is
        // kept: the CSV folder is no longer read (`spotcheck import` loads files on purpose).
        if (try? store.setting("roster_source")) == "control" {
            return true
        }
        do {
            // A transfer leaves its former post and the daemon's records stay whole, as through
            // the socket (HomeChanges.swift).
            let roster = try HomeChanges.folderRoster(parseRoster(config), config: config, store: store, now: now)
            // A new folder roster that drops a department a pool's rule names is refused like a
            // socket edit (CompositionRosterChecks.swift); the first one is judged at start-up.
            if try store.currentRoster() != nil {
                try CompositionCheck.refuse(CompositionCheck.errors(config, roster: roster))
            }
            let (version, changed) = try store.saveRoster(
                roster, source: config.paths.roster, actor: "spotcheckd", at: now)
            if changed {
                events.emit(
                    .rosterLoaded,
                    "roster loaded from \(config.paths.roster): \(roster.departments.count) departments, \(roster.inspectors.count) inspectors",
                    [
                        "ROSTER": config.paths.roster, "SNAPSHOT_SHA256": version.snapshotHash,
                        "DEPARTMENTS": String(roster.departments.count), "INSPECTORS": String(roster.inspectors.count),
                    ])
            }
            return true
        } catch let error as InputErrors {
            // Before any roster was stored there is no previous one to keep (a first start).
            let kept = (try? store.currentRoster()) == nil ? "and none was stored before" : "the previous one stays"
            events.emit(
                .rosterRejected, "roster in \(config.paths.roster) refused whole, \(kept):\n\(error)",
                ["ROSTER": config.paths.roster, "ERRORS": String(error.errors.count)])
            return false
        } catch {
            events.emit(
                .rosterRejected, "roster in \(config.paths.roster) could not be stored: \(error)",
                ["ROSTER": config.paths.roster])
            return false
        }
    }
}
