import Foundation
import SpotcheckProtocol
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Journals refusals (calls a role may not make, connections over a cap, messages over a size
/// limit) at most once per uid per interval: the first refusal of an interval is journaled as it
/// happens, the others are counted and journaled as one entry with their number when the interval
/// ends. A caller who is refused a million times costs the journal two entries a minute, so that
/// journald's rate limit never drops the daemon's decisions.
public final class RefusalLog: Sendable {
    private struct Window {
        var started: Double
        var count: Int
        var last: String
        var fields: [String: String]
    }

    private let sinks: [any EventSink]
    private let interval: Double
    private let windows = Mutex<[UInt32: Window]>([:])

    /// `sinks`: where the entries go; `interval`: seconds per uid between two entries.
    public init(sinks: [any EventSink], interval: Double = 60) {
        self.sinks = sinks
        self.interval = interval
    }

    /// Seconds on the monotonic clock.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Records one refusal to `uid`: journaled now if it is the uid's first in the interval,
    /// counted otherwise. `fields` are `SPOTCHECK_*` fields without the prefix.
    public func refuse(uid: UInt32, _ message: String, _ fields: [String: String] = [:], now: Double = RefusalLog.now())
    {
        let first = windows.withLock { windows -> Bool in
            if var window = windows[uid], now - window.started < interval {
                window.count += 1
                window.last = message
                window.fields = fields
                windows[uid] = window
                return false
            }
            // A window that ended with refusals still uncounted is summed up first (flush may not
            // have run yet).
            if let window = windows[uid], window.count > 0 { emitSummary(uid: uid, window) }
            if windows.count >= 65_536 { windows.removeAll() }
            windows[uid] = Window(started: now, count: 0, last: message, fields: fields)
            return true
        }
        if first {
            var fields = fields
            fields["UID"] = String(uid)
            emit(EventEntry(event: .requestRefused, message: message, fields: fields))
        }
    }

    /// Journals the count of every interval that has ended, and forgets quiet uids.
    public func flush(now: Double = RefusalLog.now()) {
        let ended = windows.withLock { windows -> [(UInt32, Window)] in
            var ended: [(UInt32, Window)] = []
            for (uid, window) in windows where now - window.started >= interval {
                if window.count > 0 { ended.append((uid, window)) }
                windows[uid] = nil
            }
            return ended
        }
        for (uid, window) in ended.sorted(by: { $0.0 < $1.0 }) { emitSummary(uid: uid, window) }
    }

    private func emitSummary(uid: UInt32, _ window: Window) {
        var fields = window.fields
        fields["UID"] = String(uid)
        fields["COUNT"] = String(window.count)
        emit(
            EventEntry(
                event: .requestRefused,
                message:
                    "\(window.count) more refusal(s) like this in the last \(Int(interval)) s; the last: \(window.last)",
                fields: fields))
    }

    private func emit(_ entry: EventEntry) {
        for sink in sinks { sink.record(entry) }
    }
}

/// An event sink that sends refusals through a `RefusalLog` and everything else straight on.
public struct RefusalThrottle: EventSink {
    let refusals: RefusalLog
    let sinks: [any EventSink]

    public init(refusals: RefusalLog, sinks: [any EventSink]) {
        self.refusals = refusals
        self.sinks = sinks
    }

    public func record(_ entry: EventEntry) {
        if entry.event == .requestRefused, let uid = entry.fields["UID"].flatMap(UInt32.init) {
            refusals.refuse(uid: uid, entry.message, entry.fields)
        } else {
            for sink in sinks { sink.record(entry) }
        }
    }
}

extension EventLog {
    /// The same sinks, with refusals journaled at most once per uid per interval through `refusals`.
    public func throttlingRefusals(_ refusals: RefusalLog) -> EventLog {
        EventLog(sinks: [RefusalThrottle(refusals: refusals, sinks: sinks)])
    }
}
