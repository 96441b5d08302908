import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore

/// What a task file tells beyond the draw record: the department's address from the roster, the
/// reason of an ordered inspection, and the assignments a replacement withdrew.
extension Engine {
    /// The day's replacements by outgoing inspector, for the revealed draws among `draws`.
    func withdrawals(draws: [Int64: StoredDraw]) throws -> [String: [Replacement]] {
        var result: [String: [Replacement]] = [:]
        for draw in draws.values.sorted(by: { $0.id < $1.id }) where draw.revealedAt != nil {
            // A member replaced at the reveal (the roster changed after the draw) was never told.
            for replacement in try store.replacements(drawID: draw.id) where replacement.at > draw.revealedAt! {
                result[replacement.oldInspector, default: []].append(replacement)
            }
        }
        return result
    }

    /// `assignments` with the address and order reason filled in, followed by one `withdrawn`
    /// assignment for each team a replacement took the inspector off (unless they are on it again).
    /// A withdrawn assignment lists no team: it tells the inspector they are off it, not who
    /// replaced them.
    func taskDetails(
        _ assignments: [TaskFile.Assignment], login: String, inspector: String?, roster: Roster?,
        withdrawals: [String: [Replacement]], draws: [Int64: StoredDraw], records: inout [Int64: DrawRecord],
        revealedAt: Date?, config: DaemonConfig, local: LocalTime
    ) throws -> [TaskFile.Assignment] {
        let addresses = Dictionary(
            (roster?.departments ?? []).map { ($0.id, $0.address) }, uniquingKeysWith: { first, _ in first })
        func detailed(_ assignment: TaskFile.Assignment) -> TaskFile.Assignment {
            var assignment = assignment
            if let address = addresses[assignment.target.id], !address.isEmpty { assignment.target.address = address }
            if let reason = draws[assignment.drawID]?.orderReason, !reason.isEmpty { assignment.orderReason = reason }
            return assignment
        }
        // A cancelled order's assignments stay, withdrawn, with the reason (EngineCancel.swift).
        let cancelled = try store.cancellations()
        var result = assignments.map(detailed).map { assignment in
            guard let cancellation = cancelled[assignment.drawID] else { return assignment }
            var withdrawn = assignment
            withdrawn.team = []
            withdrawn.status = "withdrawn"
            withdrawn.cancelReason = cancellation.reason
            return withdrawn
        }
        guard let inspector, let replaced = withdrawals[inspector] else { return result }
        var seen = Set(result.map { "\($0.drawID)/\($0.target.id)" })
        for replacement in replaced {
            guard seen.insert("\(replacement.drawID)/\(replacement.department)").inserted,
                let draw = draws[replacement.drawID]
            else { continue }
            let stored = StoredAssignment(
                drawID: draw.id, date: draw.date, pool: draw.pool, inspector: inspector, login: login,
                department: replacement.department, role: replacement.role)
            guard
                var withdrawn = try self.assignments(
                    of: login, in: [stored], draws: draws, records: &records, revealedAt: revealedAt, config: config,
                    local: local)?.1.first
            else { continue }
            withdrawn.team = []
            withdrawn.status = "withdrawn"
            result.append(detailed(withdrawn))
        }
        return result
    }
}
