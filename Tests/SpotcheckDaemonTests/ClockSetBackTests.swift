import Foundation
import GRDB
import SpotcheckCampaign
import SpotcheckProtocol
import Synchronization
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// A clock set back while the daemon runs (an NTP step, `date -s`), on a clock of the tests': the
/// scheduler and the control socket read it, the entries are stamped as the daemon stamps them.
@Suite struct ClockSetBackTests {
    /// The tests' clock: the real one moved by `offset` seconds.
    final class TestClock: Sendable {
        let offset = Mutex<TimeInterval>(0)
        var now: @Sendable () -> Date { { [self] in Date().addingTimeInterval(offset.withLock { $0 }) } }
    }

    /// How many stamped rows the database holds, every time stamp column counted.
    static func stampedRows(_ store: Store) throws -> Int {
        try store.database.read { db in
            try Store.stampedColumns.reduce(0) { sum, stamped in
                guard try db.tableExists(stamped.table) else { return sum }
                let sql = "SELECT count(*) FROM \(stamped.table) WHERE \(stamped.column) IS NOT NULL"
                return sum + (try Int.fetchOne(db, sql: sql) ?? 0)
            }
        }
    }

    /// Polls `condition` for up to thirty seconds.
    static func eventually(_ condition: () throws -> Bool) async throws -> Bool {
        let began = Date()
        while Date().timeIntervalSince(began) < 30 {
            if try condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try condition()
    }

    /// Set back two days in the morning of a working day (after its draw time, before its reveal):
    /// a change is refused with what to do, a read is answered, nothing is written, the scheduler
    /// draws nothing, the journal says so once; when the clock is back, both go on and the journal
    /// says that once too.
    @Test func aClockSetBackWhileRunningRefusesChangesHoldsTheScheduleAndResumes() async throws {
        // The loop and this test's waits run on a thread of their own (OwnThreadExecutor.swift).
        let executor = OwnThreadExecutor(name: "clock-set-back")
        defer { executor.stop() }
        try await withTaskExecutorPreference(executor) { try await Self.setBackWhileRunning(on: executor) }
    }

    static func setBackWhileRunning(on executor: OwnThreadExecutor) async throws {
        let harness = try Harness()
        let clock = TestClock()
        let events = EventLog(sinks: [harness.sink])
        let watch = try ClockWatch(store: harness.store, events: events, zone: harness.local.zone, now: clock.now)
        let configuration = ConfigurationBox(harness.config)
        let status = StatusBox()
        let control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: configuration, status: status,
            events: events, clock: watch)
        let wakeup = Wakeup()
        let scheduler = SchedulerService(
            engine: harness.engine, configuration: configuration, wakeup: wakeup, events: events, status: status,
            now: clock.now, clock: watch)
        let task = Task(executorPreference: executor) { try await scheduler.run() }
        defer { task.cancel() }
        #expect(try await Self.eventually { status.next != nil })

        let roster = try #require(try harness.store.currentRoster()).roster()
        let inspector = DeclarationTests.person(roster.inspectors[0].login, uid: 5001)
        let absence: [String: Any] = [
            "kind": "absence", "from": DeclarationTests.ahead(10), "to": DeclarationTests.ahead(11), "reason": "培训",
        ]
        let made = try DeclarationTests.call(control, inspector, "io.spotcheck.Declare", absence)
        #expect(made.error == nil, "\(made)")
        let newest = try #require(try harness.store.newestEntry())

        // Back to 07:30 of the last working day at least two days before today: its draw is due.
        var day = harness.local.day(of: Date()).adding(days: -2)
        while day.isoWeekday >= 6 { day = day.adding(days: -1) }
        let setBack = harness.at(day.description, "07:30")
        clock.offset.withLock { $0 = setBack.timeIntervalSinceNow }
        let rows = try Self.stampedRows(harness.store)
        let draws = try harness.store.draws().count
        wakeup.signal()
        #expect(try await Self.eventually { status.next?.hasPrefix("held: ") == true }, "\(status.next ?? "")")

        let refused = try DeclarationTests.call(control, inspector, "io.spotcheck.Declare", absence)
        #expect(refused.error == "io.spotcheck.ClockBehindState", "\(refused)")
        let said = refused.parameters["message"] as? String ?? ""
        for words in ["is behind the newest entry of the state database", "Nothing was changed", "timedatectl"] {
            #expect(said.contains(words), "\(said)")
        }
        #expect(refused.parameters["newest"] as? String == harness.local.format(newest.at))
        // Reading goes on, and says why nothing is scheduled.
        let read = try DeclarationTests.call(control, inspector, "io.spotcheck.GetStatus", [:])
        #expect(read.error == nil, "\(read)")
        let next = (read.parameters["status"] as? [String: Any])?["next"] as? String
        #expect(next?.contains("the system clock") == true, "\(read)")
        // Several rounds of the scheduler and another refused call: still nothing written.
        wakeup.signal()
        try await Task.sleep(for: .milliseconds(300))
        _ = try DeclarationTests.call(control, inspector, "io.spotcheck.Declare", absence)
        #expect(try Self.stampedRows(harness.store) == rows)
        #expect(try harness.store.draws().count == draws)
        #expect(try harness.store.draws().allSatisfy { $0.date != day })
        #expect(try harness.store.newestEntry() == newest)
        let setBackEntries = harness.sink.recorded.filter { $0.event == .clockSetBack }
        #expect(setBackEntries.count == 1)
        #expect(setBackEntries.first?.event.messageID == "9b7e5ef669234661a8c5b3d4ecf7b14d")
        #expect(setBackEntries.first?.fields["NEWEST"] == harness.local.format(newest.at))
        #expect(setBackEntries.first?.fields["REASON"] == "clock-set-back")
        #expect(harness.sink.recorded.allSatisfy { $0.event != .clockCaughtUp })

        // The clock is right again: the schedule goes on, a change is accepted, the journal says so once.
        clock.offset.withLock { $0 = 0 }
        wakeup.signal()
        #expect(try await Self.eventually { status.next?.hasPrefix("held: ") == false }, "\(status.next ?? "")")
        let again = try DeclarationTests.call(control, inspector, "io.spotcheck.Declare", absence)
        #expect(again.error != "io.spotcheck.ClockBehindState", "\(again)")
        let caughtUp = harness.sink.recorded.filter { $0.event == .clockCaughtUp }
        #expect(caughtUp.count == 1)
        #expect(caughtUp.first?.event.messageID == "444a18fa264c4a4d94fbd433f38154fd")
        #expect(harness.sink.recorded.filter { $0.event == .clockSetBack }.count == 1)
    }

    /// A reload (SIGHUP) on a clock set back loads nothing (a roster loaded then would be stamped
    /// before the newest entry) and says so in the journal with what to do; on time it goes on.
    @Test func aReloadOnAClockSetBackIsHeld() throws {
        let harness = try Harness()
        let clock = TestClock()
        let watch = try ClockWatch(
            store: harness.store, events: EventLog(sinks: [harness.sink]), zone: harness.local.zone, now: clock.now)
        #expect(watch.reloadHeld(config: harness.config.file) == nil)
        clock.offset.withLock { $0 = -86400 }
        let held = try #require(watch.reloadHeld(config: harness.config.file))
        #expect(held.contains("SIGHUP"))
        let said = try #require(harness.sink.recorded.last { $0.event == .configRejected })
        for words in ["reload held", "is behind the newest entry", "send SIGHUP again"] {
            #expect(said.message.contains(words), "\(said.message)")
        }
    }

    /// Within the tolerance (a step back of under a second, as NTP services make), nothing is held.
    @Test func aStepBackWithinTheToleranceRefusesNothing() throws {
        let harness = try Harness()
        let clock = TestClock()
        let watch = try ClockWatch(
            store: harness.store, events: EventLog(sinks: [harness.sink]), zone: harness.local.zone, now: clock.now)
        let newest = try #require(try harness.store.newestEntry())
        clock.offset.withLock { $0 = newest.at.timeIntervalSinceNow - ClockWatch.tolerance * 0.9 }
        #expect(watch.behind() == nil)
        clock.offset.withLock { $0 = newest.at.timeIntervalSinceNow - ClockWatch.tolerance - 0.5 }
        #expect(watch.refusal()?.error == "io.spotcheck.ClockBehindState")
    }

    /// A DaemonControl of `harness` whose clock is a day behind its newest entry.
    static func behind(_ harness: Harness) throws -> (control: DaemonControl, clock: TestClock) {
        let clock = TestClock()
        let events = EventLog(sinks: [harness.sink])
        let watch = try ClockWatch(store: harness.store, events: events, zone: harness.local.zone, now: clock.now)
        let newest = try #require(try harness.store.newestEntry())
        clock.offset.withLock { $0 = newest.at.timeIntervalSinceNow - 86400 }
        #expect(watch.behind() != nil)
        let control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: events, clock: watch)
        return (control, clock)
    }

    /// The ledger's export and its list of checks change nothing: answered while the clock is
    /// behind, for coordinators and auditors alike; a change is still refused.
    @Test func theLedgersExportAndListOfChecksAreAnsweredWhileTheClockIsBehind() throws {
        let world = try LedgerWorld()
        let id = try world.recordByMember()
        let (control, _) = try Self.behind(world.harness)
        let rows = try Self.stampedRows(world.harness.store)
        for caller in [LedgerWorld.coordinatorA, LedgerWorld.auditor] {
            let export = try DeclarationTests.call(
                control, caller, "io.spotcheck.Ledger.ExportFindings", ["overdue": false])
            #expect(export.error == nil, "\(export)")
            #expect((export.parameters["csv"] as? String ?? "").contains(id), "\(export)")
            let checks = try DeclarationTests.call(control, caller, "io.spotcheck.Ledger.ListChecks", [:])
            #expect(checks.error == nil, "\(checks)")
        }
        let change = try DeclarationTests.call(
            control, LedgerWorld.coordinatorA, "io.spotcheck.Ledger.ConfirmFinding", ["id": id])
        #expect(change.error == "io.spotcheck.ClockBehindState", "\(change)")
        #expect(try Self.stampedRows(world.harness.store) == rows)
    }

    /// The self-inspection lists are answered while the clock is behind, and lock no late form
    /// then (a lock would be stamped before the newest entry); once the clock has caught up, they
    /// lock it as before.
    @Test func theSelfInspectionListsLockNoLateFormWhileTheClockIsBehind() throws {
        let harness = try SelfInspectionServiceTests.harness()
        try SelfInspectionServiceTests.issue(harness, due: "2020-01-02", today: "2020-01-01")
        let (control, clock) = try Self.behind(harness)
        let rows = try Self.stampedRows(harness.store)
        let key = try #require(harness.config.campaign).key
        for (caller, method) in [
            (SecrecyTests.auditor, "ListForms"), (SelfInspectionServiceTests.lili, "MyForms"),
        ] {
            let listed = try DeclarationTests.call(control, caller, "io.spotcheck.SelfInspection.\(method)", [:])
            #expect(listed.error == nil, "\(listed)")
            #expect(!(listed.parameters["forms"] as? [Any] ?? []).isEmpty, "\(listed)")
        }
        #expect(try Self.stampedRows(harness.store) == rows)
        #expect(try harness.store.selfInspectionForms(campaign: key).allSatisfy { $0.state == .issued })
        #expect(harness.events(.selfInspectionFormLate).isEmpty)

        clock.offset.withLock { $0 = 0 }
        let listed = try DeclarationTests.call(
            control, SecrecyTests.auditor, "io.spotcheck.SelfInspection.ListForms", [:])
        #expect(listed.error == nil, "\(listed)")
        #expect(try harness.store.selfInspectionForms(campaign: key).allSatisfy { $0.state == .locked })
    }
}
