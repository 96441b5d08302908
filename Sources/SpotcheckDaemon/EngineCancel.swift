import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore
import Synchronization

/// Cancelling an ordered inspection (docs/draw-algorithm.md §6, README "Cancelling an order").
///
/// Ordered teams are revealed the moment they are drawn, so a cancellation cannot unsay them: the
/// draw, its record, its assignments and its chain links stay forever. The cancellation is a new
/// link of the chain after them, carrying the reason (salted like the order's); from then on the
/// team's task files hold the assignment as `withdrawn` with the reason (`today` says so, the
/// calendar marks it CANCELLED), each member's notice hooks run with the `withdrawn` event, and
/// the journal says who cancelled it and why. The teams still count for the rest of that day's
/// draws (daily cap, reciprocal ban) exactly as recorded, so every later draw of the day stays
/// verifiable from the records alone.
extension Engine {
    public enum CancelError: Error, Equatable, CustomStringConvertible {
        case noSuchDraw(Int64)
        case notOrdered(Int64)
        case dayOver(Int64)
        case alreadyCancelled(Int64)

        public var description: String {
            switch self {
            case .noSuchDraw(let id): "no completed draw \(id)"
            case .notOrdered(let id):
                "draw \(id) is a scheduled draw; only an ordered inspection can be cancelled (replace inspectors instead)"
            case .dayOver(let id): "the inspection day of draw \(id) is over; it can no longer be cancelled"
            case .alreadyCancelled(let id): "draw \(id) is cancelled already"
            }
        }

        var parameters: [String: Varlink.Value] {
            let (code, id): (String, Int64) =
                switch self {
                case .noSuchDraw(let id): ("no-such-draw", id)
                case .notOrdered(let id): ("not-ordered", id)
                case .dayOver(let id): ("day-over", id)
                case .alreadyCancelled(let id): ("already-cancelled", id)
                }
            return ["message": .string(description), "code": .string(code), "draw_id": .int(Int(id))]
        }
    }

    /// When an ordered draw's inspection day ends: its report day's `day_end` (the report may be
    /// on the next working day for a late order), or midnight after the report day.
    func inspectionEnd(of draw: StoredDraw, config: DaemonConfig, local: LocalTime) -> Date {
        let pool = config.pool(named: draw.pool)
        let report = ReportTime.instant(
            draw: draw.date, revealedAt: draw.revealedAt ?? Date(), pool: pool, calendar: config.calendar.workCalendar,
            local: local)
        return ReportTime.end(of: report, pool: pool, local: local)
            ?? local.instant(local.day(of: report).adding(days: 1), TimeOfDay(hour: 0, minute: 0)!)
    }

    /// Cancels ordered draw `drawID` (see above). Returns the stored cancellation.
    func cancelOrder(
        drawID: Int64, reason: String, actor: String, now: Date, config: DaemonConfig
    ) throws -> OrderCancellation {
        try serial.withLock { _ in
            try store.checkIdentity()
            guard let draw = try store.draw(id: drawID), draw.state == .completed, draw.revealedAt != nil,
                let recordHash = draw.recordHash, let seed = draw.seed
            else { throw CancelError.noSuchDraw(drawID) }
            guard draw.kind == .targeted else { throw CancelError.notOrdered(drawID) }
            let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
            guard draw.publishedAt == nil, now < inspectionEnd(of: draw, config: config, local: local) else {
                throw CancelError.dayOver(drawID)
            }
            guard try store.cancellation(drawID: drawID) == nil else { throw CancelError.alreadyCancelled(drawID) }
            let cancellation = OrderCancellation(drawID: drawID, reason: reason, actor: actor, at: now)
            let at = local.format(now)
            do {
                try store.cancelOrder(cancellation) { head in
                    let entry = CancellationEntry(
                        draw: String(drawID), record: recordHash, reason: reason, at: at, seed: seed,
                        previousRecordHash: head)
                    return (entry.canonicalJSON, entry.hash)
                }
            } catch CancellationStoreError.alreadyCancelled {
                throw CancelError.alreadyCancelled(drawID)
            }
            try fault("cancel.stored")
            let team = try store.assignments(drawID: drawID)
            let departments = Set(team.map(\.department)).sorted()
            events.emit(
                .orderCancelled,
                "the ordered inspection of draw \(drawID) on \(draw.date) (\(departments.joined(separator: ", "))) was cancelled by \(actor): \(reason); \(team.count) assignment(s) withdrawn",
                [
                    "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(drawID),
                    "DEPARTMENTS": departments.joined(separator: ","), "REASON": reason, "ACTOR": actor,
                    "WITHDRAWN": String(team.count),
                ])
            // Stored and journaled, the cancellation stands; files that cannot be written now are
            // written by the periodic check, and the status says so meanwhile.
            do {
                try writeDay(draw.date, including: nil, revealedAt: nil, config: config, local: local, step: "cancel")
            } catch is TaskFileError {}
            try store.checkIdentity()
            return cancellation
        }
    }
}
