import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore

/// Who inspected what, when (`GetHistory`): the roster's history and the teams of every revealed
/// draw with the replacements made to them, oldest first. Teams not yet revealed are left out, so
/// that the answer tells nobody more than the task files already do.
enum InspectionHistory {
    /// The most entries one answer holds; the oldest are dropped beyond it (narrow the filters).
    static let limit = 20_000

    static func build(
        _ question: ControlMessages.HistoryParameters, from: Day?, to: Day?, store: Store, engine: Engine
    ) throws -> ControlMessages.HistoryReply {
        let roster = try store.currentRoster()?.roster()
        let departmentNames = Dictionary(
            (roster?.departments ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let inspectorNames = Dictionary(
            (roster?.inspectors ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func wanted(_ date: Day, _ inspector: String, _ department: String) -> Bool {
            if let from, date < from { return false }
            if let to, date > to { return false }
            if let id = question.inspector, id != inspector { return false }
            if let id = question.department, id != department { return false }
            return true
        }
        var entries: [ControlMessages.HistoryEntry] = []
        for past in roster?.history ?? [] where wanted(past.date, past.inspector, past.department) {
            entries.append(
                ControlMessages.HistoryEntry(
                    date: past.date.description, inspector: past.inspector,
                    name: inspectorNames[past.inspector] ?? past.inspector, department: past.department,
                    departmentName: departmentNames[past.department] ?? past.department, source: "roster"))
        }
        let cancelled = try store.cancellations()  // called off: nobody inspected
        for draw in try store.draws()
        where draw.state == .completed && draw.revealedAt != nil && cancelled[draw.id] == nil {
            if let from, draw.date < from { continue }
            if let to, draw.date > to { continue }
            guard let record = try draw.decodedRecord() else { continue }
            for team in try engine.currentTeams(draw, record).teams {
                for member in team.members where wanted(draw.date, member.inspector, team.department) {
                    entries.append(
                        ControlMessages.HistoryEntry(
                            date: draw.date.description, inspector: member.inspector, name: member.name,
                            department: team.department, departmentName: team.departmentName, source: "draw",
                            drawId: draw.id, pool: draw.pool, role: member.role.rawValue))
                }
            }
        }
        entries.sort { ($0.date, $0.department, $0.inspector) < ($1.date, $1.department, $1.inspector) }
        return ControlMessages.HistoryReply(entries: Array(entries.suffix(limit)))
    }
}
