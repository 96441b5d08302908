import Foundation
import SpotcheckCore
import SpotcheckStore
import Synchronization

/// A roster change re-checks the day's told teams at once (docs/draw-algorithm.md §5, "Roster
/// changes after the draw").
///
/// A transfer is a fact the roster must record, so the edit is accepted; but with the new home a
/// member may now inspect their own department, or two of the day's teams may inspect each
/// other's departments (the reciprocal ban); a conflict added, a contact named, a retirement or an
/// absence may forbid a member as well. The day's told teams are then checked again like after an
/// approved declaration: a member the roster now forbids is replaced by the rule, or withheld with
/// a warning in the journal, also while another draw of the day is still hidden. Any roster change
/// is looked at (an edit through the control socket at once, a reload of the roster folder at the
/// next round of the engine).
extension Engine {
    static let transferCheckedKey = "transfer_recheck.roster"

    /// Re-checks the told teams of the days not over when a roster version was stored since the
    /// last look. Returns whether it re-checked.
    @discardableResult
    func recheckAfterTransfer(config: DaemonConfig, now: Date) throws -> Bool {
        try serial.withLock { _ in try recheckAfterTransferUnlocked(config: config, now: now) }
    }

    @discardableResult
    func recheckAfterTransferUnlocked(config: DaemonConfig, now: Date) throws -> Bool {
        guard let current = try store.currentRoster() else { return false }
        let seen = try store.setting(Self.transferCheckedKey).flatMap { Int64($0) }
        guard seen != current.id else { return false }
        var checked = false
        if seen != nil {
            let told = try store.draws().filter {
                $0.state == .completed && $0.revealedAt != nil && $0.publishedAt == nil
            }.filter { try store.cancellation(drawID: $0.id) == nil }
            for draw in told {
                try recheck(draw, config: config, now: now, atReveal: false)
                checked = true
            }
        }
        // Only once the re-check is done: a failure leaves the change to be looked at again.
        try store.setSetting(Self.transferCheckedKey, String(current.id))
        return checked
    }
}
