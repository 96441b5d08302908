import Foundation
import SpotcheckCore
import Synchronization
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// A day revealed and published in its last seconds, by the scheduler's own loop on a clock of the
/// tests' (no faketime, no real time passing): each wait of the loop moves the clock on by as much,
/// so the steps happen at the times the loop computed, however slowly the test process runs.
@Suite struct LateRevealTests {
    /// A clock that stands still until the scheduler waits, then moves on by the wait.
    final class SteppedClock: Sendable {
        let time: Mutex<Date>
        /// Every wait the scheduler asked for, with the time it began.
        let waits = Mutex<[(at: Date, seconds: TimeInterval)]>([])

        init(_ start: Date) { time = Mutex(start) }

        var now: @Sendable () -> Date { { [self] in time.withLock { $0 } } }

        /// Moves the clock on by `duration` unless that passes `horizon`; false when it would.
        func wait(_ duration: Duration, horizon: Date) -> Bool {
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return time.withLock { now in
                waits.withLock { $0.append((now, seconds)) }
                guard now.addingTimeInterval(seconds) <= horizon else { return false }
                now = now.addingTimeInterval(seconds)
                return true
            }
        }
    }

    /// Started at 23:59:50 with reveal_time 23:59:58 and day_end 23:59:59: the day is drawn at
    /// once, the loop waits the eight seconds left to the reveal, reveals at 23:59:58, waits the
    /// second left, publishes at 23:59:59, and draws nothing for the next day by 00:01.
    @Test func aDaemonStartedTenSecondsBeforeMidnightRevealsAndPublishesOnTime() async throws {
        // The loop and this test's waits run on a thread of their own (OwnThreadExecutor.swift).
        let executor = OwnThreadExecutor(name: "late-reveal")
        defer { executor.stop() }
        try await withTaskExecutorPreference(executor) { try await Self.revealedAndPublishedOnTime(on: executor) }
    }

    static func revealedAndPublishedOnTime(on executor: OwnThreadExecutor) async throws {
        let pool = [
            "[[pool]]", "name = \"county\"", "draw_time = \"07:00\"", "reveal_time = \"23:59:58\"",
            "day_end = \"23:59:59\"",
        ]
        let harness = try Harness(pools: pool.joined(separator: "\n"))
        let start = harness.at("2026-12-01", "23:59:50")
        let horizon = harness.at("2026-12-02", "00:01")
        let clock = SteppedClock(start)
        // The loop's first wait that would pass the horizon ends the test (the wait is held until
        // the loop is cancelled); so does the loop's end, whatever ended it.
        let (ended, ending) = AsyncStream<Void>.makeStream()
        let service = SchedulerService(
            engine: harness.engine, configuration: ConfigurationBox(harness.config), wakeup: Wakeup(),
            events: EventLog(sinks: [harness.sink]), now: clock.now,
            wait: { duration in
                if clock.wait(duration, horizon: horizon) { return }
                ending.yield()
                try? await Task.sleep(for: .seconds(3600))
            })
        let task = Task(executorPreference: executor) {
            defer { ending.finish() }
            try await service.run()
        }
        for await _ in ended { break }
        task.cancel()
        let outcome = await task.result
        if case .failure(let error) = outcome { Issue.record("the scheduler stopped: \(error)") }

        let draws = try harness.store.draws()
        #expect(draws.count == 1, "\(draws.map { "\($0.pool) \($0.date)" })")
        let done = try #require(draws.first, "nothing was drawn")
        #expect(done.date == Day(iso: "2026-12-01"))
        #expect(done.committedAt == start, "drawn at \(String(describing: done.committedAt))")
        let revealed = try #require(done.revealedAt, "not revealed by \(clock.now())")
        #expect(revealed >= harness.at("2026-12-01", "23:59:58"))
        #expect(revealed < harness.at("2026-12-01", "23:59:58").addingTimeInterval(0.5), "revealed late: \(revealed)")
        let published = try #require(done.publishedAt, "not published by \(clock.now())")
        #expect(published >= harness.at("2026-12-01", "23:59:59"))
        #expect(
            published < harness.at("2026-12-01", "23:59:59").addingTimeInterval(0.5), "published late: \(published)")
        // The first wait is the time left to the reveal (not a minute's round).
        let first = try #require(clock.waits.withLock { $0.first })
        #expect(first.at == start)
        #expect(first.seconds > 7.9 && first.seconds < 8.1, "waited \(first.seconds) s")
    }
}
