import Foundation
import SpotcheckProtocol
import Synchronization
import SystemdKit
import Testing

@testable import SpotcheckDaemon

/// A clock stepped forward while the daemon runs (an NTP step, `date -s`): the steps it brings
/// due would be taken hours early without a word, so the scheduler's look before each round
/// journals the step at once, with its size; the time a round takes, or a step within the
/// tolerance, is not taken for one.
@Suite struct ClockForwardTests {
    @Test func aClockSteppedNineHoursForwardIsJournalledAtOnceWithTheSizeOfTheStep() throws {
        let harness = try Harness()
        let clock = ClockSetBackTests.TestClock()
        let watch = try ClockWatch(
            store: harness.store, events: EventLog(sinks: [harness.sink]), zone: harness.local.zone, now: clock.now)
        func steps() -> [EventEntry] { harness.sink.recorded.filter { $0.event == .clockSteppedForward } }
        #expect(watch.steppedForward() == nil)  // the first look has nothing to compare with
        #expect(watch.steppedForward() == nil)
        clock.offset.withLock { $0 = ClockWatch.forwardTolerance - 5 }
        #expect(watch.steppedForward() == nil)
        #expect(steps().isEmpty)
        clock.offset.withLock { $0 += 9 * 3600 }
        let step = try #require(watch.steppedForward())
        #expect(abs(step - 9 * 3600) < 5)
        let entry = try #require(steps().first)
        #expect(steps().count == 1)
        #expect(entry.event.priority == .warning)
        #expect(entry.fields["REASON"] == "clock-stepped-forward")
        #expect(entry.fields["AHEAD_SECONDS"].flatMap(Int.init).map { abs($0 - 9 * 3600) < 5 } == true)
        #expect(entry.message.contains("stepped forward by 9 h"), "\(entry.message)")
        // The clock now runs on from there: no further step is seen.
        #expect(watch.steppedForward() == nil)
        #expect(steps().count == 1)
    }
}
