import Foundation
import SpotcheckCore
import SpotcheckStore

extension Engine {
    /// After a reveal, the day's other revealed teams are checked against the current roster
    /// again (docs/draw-algorithm.md §5). A member the roster forbids on a revealed team (a
    /// declaration approved while this draw was still hidden) cannot be replaced while any draw
    /// of the day is unrevealed, since the choice would tell who is on it; once this draw is
    /// revealed, the deferred replacement is made (or the member withheld), here.
    func recheckRevealed(besides revealed: StoredDraw, config: DaemonConfig, now: Date) throws {
        for draw in try store.draws(on: revealed.date)
        where draw.id != revealed.id && draw.state == .completed && draw.revealedAt != nil && draw.publishedAt == nil {
            guard try store.cancellation(drawID: draw.id) == nil else { continue }
            try recheck(draw, config: config, now: now, atReveal: false)
        }
    }
}
