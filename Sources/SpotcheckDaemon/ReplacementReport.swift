import Foundation
import SpotcheckStore

extension Engine {
    /// When the newcomer of `replacement` reports, and when the rest of the team does, in the
    /// daemon's zone (as task files write them). The newcomer is told at the replacement, so the
    /// pool's notice runs from then (ReplacementNotice.swift): their time can be later than the
    /// team's, and the coordinator who made the replacement is told so. Nil without the draw.
    func reportTimes(of replacement: Replacement, config: DaemonConfig) throws -> (newcomer: String, team: String)? {
        guard let draw = try store.draw(id: replacement.drawID), let revealed = draw.revealedAt else { return nil }
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        let pool = config.pool(named: draw.pool)
        func report(_ told: Date) -> String {
            local.format(
                ReportTime.instant(
                    draw: draw.date, revealedAt: told, pool: pool, calendar: config.calendar.workCalendar,
                    local: local))
        }
        return (report(max(replacement.at, revealed)), report(revealed))
    }
}
