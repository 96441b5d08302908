import Foundation
import SpotcheckCore
import SpotcheckStore

extension Engine {
    /// After a reveal, the day's other revealed teams are checked against the current roster
    /// again (docs/draw-algorithm.md §5), now with this draw's teams in the reciprocal ban: a
    /// member this draw's teams make forbidden is replaced (or withheld) here.
    func recheckRevealed(besides revealed: StoredDraw, config: DaemonConfig, now: Date) throws {
        for draw in try store.draws(on: revealed.date)
        where draw.id != revealed.id && draw.state == .completed && draw.revealedAt != nil && draw.publishedAt == nil {
            guard try store.cancellation(drawID: draw.id) == nil else { continue }
            try recheck(draw, config: config, now: now, atReveal: false)
        }
    }
}

extension Engine {
    /// The day's teams as they stand for the re-check of `draw`: every revealed draw of its day
    /// and `draw` itself (a draw not yet revealed plays no part: a change made because of it
    /// would tell who is on it), replacements applied, withheld members and cancelled orders left
    /// out, each member with the home the current roster gives them. With it, the reciprocal ban
    /// is checked on the homes as they are when the teams are told.
    func dayRound(_ draw: StoredDraw, roster: Roster) throws -> [DrawRecord.Team] {
        let homes = Dictionary(roster.inspectors.map { ($0.id, $0.home) }, uniquingKeysWith: { first, _ in first })
        var round: [DrawRecord.Team] = []
        for other in try store.draws(on: draw.date)
        where other.state == .completed && (other.revealedAt != nil || other.id == draw.id) {
            guard try store.cancellation(drawID: other.id) == nil, let record = try other.decodedRecord() else {
                continue
            }
            for var team in try currentTeams(other, record).teams {
                for index in team.members.indices {
                    team.members[index].home = homes[team.members[index].inspector] ?? team.members[index].home
                }
                round.append(team)
            }
        }
        return round
    }
}
