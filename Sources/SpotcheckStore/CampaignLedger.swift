import Foundation
import GRDB
public import SpotcheckCore
import SpotcheckLedger

/// What the campaign's gates need to know of the problem ledger (docs/campaign.md, Phases).
public struct LedgerGateCounts: Sendable, Equatable {
    /// Findings still identified (recorded, not yet confirmed), any source.
    public var unconfirmed: [String]
    /// Self-inspection findings (source self) still identified.
    public var selfUnconfirmed: [String]
    /// Revealed assignments (draw and department) with no outcome: neither done nor not carried out.
    public var undecided: [(draw: Int64, department: String)]

    public static func == (lhs: LedgerGateCounts, rhs: LedgerGateCounts) -> Bool {
        lhs.unconfirmed == rhs.unconfirmed && lhs.selfUnconfirmed == rhs.selfUnconfirmed
            && lhs.undecided.map { "\($0.draw)/\($0.department)" }
                == rhs.undecided.map { "\($0.draw)/\($0.department)" }
    }
}

extension Store {
    /// The ledger's facts for the campaign's gates, read in one transaction; assignments of
    /// draws dated from `since` on (the campaign's start), every one without it.
    public func ledgerGateCounts(since: Day? = nil) throws -> LedgerGateCounts {
        try database.read { db in
            let unconfirmed = try Row.fetchAll(
                db, sql: "SELECT id, source FROM ledger_finding WHERE state = 'identified' ORDER BY rowid")
            let undecided = try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT assignment.draw_id, assignment.department FROM assignment
                    JOIN draw ON draw.id = assignment.draw_id
                    LEFT JOIN assignment_state ON assignment_state.draw_id = assignment.draw_id
                        AND assignment_state.department = assignment.department
                    WHERE draw.revealed_at IS NOT NULL AND assignment_state.state IS NULL AND draw.date >= ?
                    ORDER BY assignment.draw_id, assignment.department
                    """, arguments: [since?.description ?? ""])
            return LedgerGateCounts(
                unconfirmed: unconfirmed.map { $0["id"] },
                selfUnconfirmed: unconfirmed.filter { ($0["source"] as String) == FindingSource.selfInspection.label }
                    .map { $0["id"] },
                undecided: undecided.map { ($0["draw_id"], $0["department"]) })
        }
    }
}
