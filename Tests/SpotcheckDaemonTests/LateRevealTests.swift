import Foundation
import Synchronization
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// A day revealed and published in its last seconds, by the scheduler's own loop with a clock
/// of the tests' (no faketime): the wait before each step is the time left to it.
@Suite struct LateRevealTests {
    /// Started at 23:59:50 with reveal_time 23:59:58 and day_end 23:59:59: the day is drawn at
    /// once, revealed at 23:59:58 and published at 23:59:59, on the clock that started at 23:59:50
    /// and runs at the real pace from the scheduler's first look at it. A test run that starves this process for seconds delays each
    /// step by as much: the bounds allow half a minute, which still tells "on time" from "never"
    /// or "the next day's tick".
    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["CI"] == nil,
            "real time: a parallel CI run starves the scheduler past midnight"))
    func aDaemonStartedTenSecondsBeforeMidnightRevealsAndPublishesOnTime() async throws {
        let pool = [
            "[[pool]]", "name = \"county\"", "draw_time = \"07:00\"", "reveal_time = \"23:59:58\"",
            "day_end = \"23:59:59\"",
        ]
        let harness = try Harness(pools: pool.joined(separator: "\n"))
        let start = harness.at("2026-12-01", "23:59:50")
        // The clock starts at 23:59:50 when the scheduler first reads it: a test run that starves
        // this process before the scheduler's first round would otherwise have it start after the
        // reveal time, when the day is no longer drawn.
        let firstRead = Mutex<Date?>(nil)
        let clock: @Sendable () -> Date = {
            let now = Date()
            let began = firstRead.withLock { first in
                if first == nil { first = now }
                return first ?? now
            }
            return start.addingTimeInterval(now.timeIntervalSince(began))
        }
        let began = Date()
        let service = SchedulerService(
            engine: harness.engine, configuration: ConfigurationBox(harness.config), wakeup: Wakeup(),
            events: EventLog(sinks: [harness.sink]), now: clock)
        let task = Task { try await service.run() }
        defer { task.cancel() }
        var draw: StoredDraw?
        while Date().timeIntervalSince(began) < 120 {
            draw = try harness.store.draws().first
            if draw?.publishedAt != nil { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let done = try #require(draw, "nothing was drawn")
        let revealed = try #require(done.revealedAt, "not revealed by \(clock())")
        #expect(revealed >= harness.at("2026-12-01", "23:59:58"))
        #expect(revealed < harness.at("2026-12-02", "00:00:28"), "revealed late: \(revealed)")
        let published = try #require(done.publishedAt, "not published by \(clock())")
        #expect(published >= harness.at("2026-12-01", "23:59:59"))
        #expect(published < harness.at("2026-12-02", "00:00:29"), "published late: \(published)")
    }
}
