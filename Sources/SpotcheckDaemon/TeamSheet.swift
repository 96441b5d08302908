import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore

/// The team sheet of a day for coordinators (`GetTeams`): every team of every revealed draw,
/// scheduled and ordered, with the replacements made since, the report time as task files give
/// it, and each member's home department by name. Draws not yet revealed are left out.
enum TeamSheet {
    static func build(
        date: Day, pool: String?, store: Store, engine: Engine, config: DaemonConfig, local: LocalTime
    ) throws -> ControlMessages.TeamsReply {
        let names = Dictionary(
            (try store.currentRoster().map { try $0.roster().departments } ?? []).map { ($0.id, $0.name) },
            uniquingKeysWith: { first, _ in first })
        var teams: [ControlMessages.SheetTeam] = []
        let cancelled = try store.cancellations()
        for draw in try store.draws(on: date)
        where draw.state == .completed && draw.revealedAt != nil && (pool == nil || draw.pool == pool) {
            guard let revealedAt = draw.revealedAt, let record = try draw.decodedRecord() else { continue }
            let current = try engine.currentTeams(draw, record)
            let handPicked = try engine.handPicked(draw)
            let report = ReportTime.instant(
                draw: draw.date, revealedAt: revealedAt, pool: config.pool(named: draw.pool),
                calendar: config.calendar.workCalendar, local: local)
            let withheld = try store.withheld(drawID: draw.id)  // EngineRecheck.swift
            for team in current.teams {
                let held = withheld.filter { $0.department == team.department }
                teams.append(
                    ControlMessages.SheetTeam(
                        drawId: draw.id, pool: draw.pool,
                        kind: cancelled[draw.id] != nil
                            ? "cancelled"
                            : !held.isEmpty ? "withheld" : draw.kind == .targeted ? "ordered" : "scheduled",
                        reason: cancelled[draw.id]?.reason
                            ?? (held.isEmpty
                                ? draw.orderReason
                                : held.map { "\($0.inspector): \($0.reason)" }.joined(separator: "; ")),
                        department: team.department,
                        departmentName: team.departmentName,
                        reportTime: local.format(report),
                        members: team.members.map {
                            ControlMessages.SheetMember(
                                id: $0.inspector, name: $0.name, home: $0.home, homeName: names[$0.home] ?? $0.home,
                                role: $0.role.rawValue,
                                handPicked: handPicked.contains([team.department, $0.inspector]) ? true : nil)
                        }))
            }
        }
        return ControlMessages.TeamsReply(date: date.description, timeZone: config.calendar.timeZone, teams: teams)
    }
}
