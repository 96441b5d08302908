import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore

/// The members withheld from a day's revealed teams (EngineRecheck.swift), for `GetStatus`: the
/// status says so, so that a coordinator looks at the team sheet. A cancelled draw's teams are
/// left out (nobody goes), and so are draws not yet revealed (nothing of them is told).
enum StatusWithheld {
    static func members(on date: Day, store: Store) throws -> [ControlMessages.WithheldMember] {
        var found: [ControlMessages.WithheldMember] = []
        for draw in try store.draws(on: date) where draw.state == .completed && draw.revealedAt != nil {
            guard try store.cancellation(drawID: draw.id) == nil else { continue }
            found += try store.withheld(drawID: draw.id).map {
                ControlMessages.WithheldMember(
                    drawId: draw.id, pool: draw.pool, department: $0.department, inspector: $0.inspector)
            }
        }
        return found
    }
}
