public import Foundation
import GRDB
import SpotcheckProtocol
public import SpotcheckStore
import SpotcheckText
import Synchronization

/// The system clock against the newest entry while the daemon runs (docs/operations.md, "The
/// clock"): the start refuses a clock behind the database (ClockCheck.swift), and a clock set back
/// later (an NTP step, `date -s`) is caught here. The newest entry is read at the start and again
/// after every change and every scheduled round; while the clock reads more than `tolerance`
/// before it, changes on the control socket are refused (reading goes on) and the scheduler holds.
/// The journal says so once when it starts and once when the clock has caught up.
public final class ClockWatch: Sendable {
    /// NTP services slew the clock (it never runs backwards) and step it only beyond an offset:
    /// ntpd 0.128 s, systemd-timesyncd 0.4 s, chrony as Debian configures it 1 s. A step back of
    /// under a second is such a correction, and every time the daemon shows, journals or publishes
    /// is to the second, with entries of the same second in the order they were written: holding
    /// the office's work (and journaling twice) for it would tell nobody anything they could act on.
    public static let tolerance: TimeInterval = 1

    private struct State {
        var newest: NewestEntry?
        var behind = false
        /// The writer's change count when `newest` was last read.
        var changes: Int?
        /// The clock and the time since boot at the scheduler's last look (`steppedForward`).
        var look: (clock: Date, boot: TimeInterval)?
    }

    /// A clock that moves ahead of the time passed by more than this between two rounds of the
    /// scheduler was stepped forward. NTP steps are far smaller; a minute keeps a slow round (a
    /// large import holding the writer) from being taken for one.
    public static let forwardTolerance: TimeInterval = 60

    private let state: Mutex<State>
    let store: Store
    let events: EventLog
    let zone: TimeZone
    let now: @Sendable () -> Date
    /// Seconds since boot, suspend included (CLOCK_BOOTTIME): time that passed, whatever the clock says.
    let boot: @Sendable () -> TimeInterval

    public init(
        store: Store, events: EventLog, zone: TimeZone, now: @escaping @Sendable () -> Date = { Date() },
        boot: @escaping @Sendable () -> TimeInterval = ClockWatch.secondsSinceBoot
    ) throws {
        self.store = store
        self.events = events
        self.zone = zone
        self.now = now
        self.boot = boot
        state = Mutex(State(newest: try store.newestEntry()))
    }

    /// After a change or a scheduled round: the newest entry read again (a failed read keeps the
    /// one known; it is never moved back). Only when something was written since the last look
    /// (the writer connection's change count moved): the read scans each stamped table, about
    /// 70 ms for 100,000 audit rows (SQLite, in memory), too much for every round of the scheduler.
    public func noteWrites() {
        let changes = store.database.writeWithoutTransaction { $0.totalChangesCount }
        guard state.withLock({ $0.changes != changes }) else { return }
        guard let found = try? store.newestEntry() else { return }
        state.withLock { state in
            state.changes = changes
            if let known = state.newest, known.at >= found.at { return }
            state.newest = found
        }
    }

    /// The refusal while the clock is behind the newest entry, in both languages with the fields
    /// the journal and the caller get; nil when it is not. Journals the start and the end of a
    /// span behind, once each.
    func behind() -> (told: Localized, fields: [String: String], until: Date)? {
        let clock = now()
        let (newest, started, ended) = state.withLock { state -> (NewestEntry?, Bool, Bool) in
            let isBehind = state.newest.map { clock.addingTimeInterval(Self.tolerance) < $0.at } ?? false
            defer { state.behind = isBehind }
            return (state.newest, isBehind && !state.behind, !isBehind && state.behind)
        }
        let local = LocalTime(zone: zone)
        if ended, let newest {
            let told = Catalogue.StartChecks.clockCaughtUp(local.format(clock), local.format(newest.at))
            events.emit(
                .clockCaughtUp, told.english,
                ["REASON": "clock-caught-up", "CLOCK": local.format(clock), "NEWEST": local.format(newest.at)])
        }
        guard let newest, clock.addingTimeInterval(Self.tolerance) < newest.at else { return nil }
        let written = local.format(newest.at)
        let span = ClockCheck.span(newest.at.timeIntervalSince(clock))
        let entry = Catalogue.StartChecks.storedEntry(newest.table, newest.id, newest.column)
        let told = Localized(
            en: Catalogue.StartChecks.clockSetBack(local.format(clock), entry.english, written, span.english).english,
            zh: Catalogue.StartChecks.clockSetBack(local.format(clock), entry.chinese, written, span.chinese).chinese)
        let fields = [
            "REASON": "clock-set-back", "CLOCK": local.format(clock), "NEWEST": written,
            "NEWEST_ENTRY": newest.description,
            "BEHIND_SECONDS": String(Int(newest.at.timeIntervalSince(clock).rounded(.up))),
        ]
        if started { events.emit(.clockSetBack, told.english, fields) }
        return (told, fields, newest.at.addingTimeInterval(-Self.tolerance))
    }

    @Sendable public static func secondsSinceBoot() -> TimeInterval {
        var time = timespec()
        clock_gettime(CLOCK_BOOTTIME, &time)
        return TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9
    }

    /// The scheduler's look at the clock before each round: when the clock moved ahead of the time
    /// that passed since the last look by more than `forwardTolerance`, it was stepped forward,
    /// and the steps due in the span skipped would be taken now without a word. Journals it at once
    /// (warning, with the size of the step) and returns the step in seconds; nil otherwise.
    @discardableResult public func steppedForward() -> TimeInterval? {
        let clock = now()
        let passed = boot()
        let last = state.withLock { state in
            defer { state.look = (clock, passed) }
            return state.look
        }
        guard let last else { return nil }
        let expected = last.clock.addingTimeInterval(passed - last.boot)
        let step = clock.timeIntervalSince(expected)
        guard step > Self.forwardTolerance else { return nil }
        let local = LocalTime(zone: zone)
        events.emit(
            .clockSteppedForward,
            "the system clock was stepped forward by \(ClockCheck.span(step).english) while spotcheckd ran (it reads "
                + "\(local.format(clock)); about \(local.format(expected)) was due): draws, reveals and publications "
                + "due in between are taken now; check the clock (timedatectl) and, if it is wrong, set it right",
            [
                "REASON": "clock-stepped-forward", "CLOCK": local.format(clock), "EXPECTED": local.format(expected),
                "AHEAD_SECONDS": String(Int(step.rounded())),
            ])
        return step
    }

    /// The caller's error: `io.spotcheck.ClockBehindState` with the English message and the fields
    /// (the CLI tells it in the reader's language, exit 65).
    func refusal() -> Varlink.Failure? {
        guard let behind = behind() else { return nil }
        var parameters: [String: Varlink.Value] = ["message": .string(behind.told.english)]
        for (key, value) in behind.fields where key != "REASON" { parameters[key.lowercased()] = .string(value) }
        return Varlink.Failure("io.spotcheck.ClockBehindState", parameters)
    }

    /// A reload (SIGHUP) while the clock is behind: nothing is reloaded (a roster loaded now would
    /// be stamped before the newest entry), the journal says so with what to do, and the status
    /// line to show is returned; nil when the clock is not behind.
    func reloadHeld(config: String) -> String? {
        guard let behind = behind() else { return nil }
        let told = Catalogue.StartChecks.reloadHeld(behind.told.english).english
        events.emit(.configRejected, told, ["CONFIG": config, "ERRORS": "1"])
        return "reload held: the clock is behind the state; send SIGHUP again once it has caught up"
    }

    /// The calls that change nothing, answered while the clock is behind. Every other call is
    /// refused then (reading a sealed identity, for one, writes its audit entry).
    static let readOnly: Set<String> = [
        "org.varlink.service.GetInfo", "org.varlink.service.GetInterfaceDescription", "io.spotcheck.GetStatus",
        "io.spotcheck.GetHistory", "io.spotcheck.GetRecord", "io.spotcheck.GetTeams", "io.spotcheck.ExportRoster",
        "io.spotcheck.Today", "io.spotcheck.Why", "io.spotcheck.Candidates", "io.spotcheck.VerifyChain",
        "io.spotcheck.ListDeclarations", "io.spotcheck.Campaign.GetCampaign", "io.spotcheck.Complaints.List",
        "io.spotcheck.Complaints.Show", "io.spotcheck.Complaints.LookupReceipt",
        "io.spotcheck.SelfInspection.ListForms", "io.spotcheck.SelfInspection.MyForms",
        LedgerControl.prefix + "ListFindings", LedgerControl.prefix + "MyFindings",
        LedgerControl.prefix + "ShowFinding", LedgerControl.prefix + "ExportFindings",
        LedgerControl.prefix + "ListChecks",
    ]
}
