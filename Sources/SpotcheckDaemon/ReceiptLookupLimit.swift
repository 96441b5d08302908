import Foundation
import Synchronization

/// Receipt-code lookups per caller: each costs one scrypt (about 0.2 s of a core), so one local
/// user could keep the daemon's workers busy, or try codes at the daemon's full speed. Each uid
/// gets `burst` lookups at once and `burst` more a minute after that (a token bucket); beyond,
/// the lookup is refused before any hash is computed, saying when to try again.
final class ReceiptLookupLimit: Sendable {
    let burst: Double
    let perSecond: Double
    private let buckets = Mutex<[UInt32: (tokens: Double, at: Date)]>([:])

    init(burst: Int = 10, perMinute: Int = 10) {
        self.burst = Double(burst)
        self.perSecond = Double(perMinute) / 60
    }

    /// The daemon's one limit.
    static let shared = ReceiptLookupLimit()

    /// Takes one lookup for `uid` at `now`: nil when allowed, else the seconds to wait.
    func take(uid: UInt32, now: Date) -> Int? {
        buckets.withLock { buckets in
            var bucket = buckets[uid] ?? (burst, now)
            bucket.tokens = min(burst, bucket.tokens + max(0, now.timeIntervalSince(bucket.at)) * perSecond)
            bucket.at = now
            defer {
                buckets[uid] = bucket
                // Forget callers whose bucket is full again, so the table stays small.
                if buckets.count > 4096 {
                    buckets = buckets.filter {
                        $0.value.tokens + now.timeIntervalSince($0.value.at) * perSecond < burst
                    }
                }
            }
            guard bucket.tokens >= 1 else { return Int(((1 - bucket.tokens) / perSecond).rounded(.up)) }
            bucket.tokens -= 1
            return nil
        }
    }
}
