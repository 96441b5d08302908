import Foundation
import SpotcheckCore
import SpotcheckLedger
import SpotcheckStore
import SpotcheckSystem

/// The problem ledger's feedback into the draw: a department's open and overdue findings raise
/// its weight in scheduled draws by the configured amounts (`open_weight`, `overdue_weight`).
/// The raised weight is written into the draw's roster snapshot as the department's own weight,
/// so the snapshot the draw commits to holds it and both verifiers check it unchanged; the
/// summary it came from is kept with the snapshot and published as `ledger-summary.csv`.
struct LedgerWeights: Sendable, Equatable {
    var rows: [LedgerWeightRow]

    /// The roster with each summarized department's weight set to its raised weight.
    func applied(to roster: Roster) -> Roster {
        let weights = Dictionary(rows.map { ($0.department, $0.weight) }, uniquingKeysWith: { first, _ in first })
        var roster = roster
        for index in roster.departments.indices {
            if let weight = weights[roster.departments[index].id] { roster.departments[index].weight = weight }
        }
        return roster
    }

    /// `ledger-summary.csv`: department, open findings, overdue findings, the weight before and
    /// after, by department id.
    var csv: [UInt8] {
        var text = "department,open,overdue,base_weight,weight\n"
        for row in rows.sorted(by: { $0.department.utf8.lexicographicallyPrecedes($1.department.utf8) }) {
            text += "\(row.department),\(row.open),\(row.overdue),\(row.base),\(row.weight)\n"
        }
        return Array(text.utf8)
    }
}

extension Engine {
    /// The weights a scheduled draw on `day` takes from the ledger, or nil when the feedback is
    /// off or no department has an open finding. Open: every finding neither closed, dismissed
    /// nor transferred; overdue: past its effective due date on `day` while the clock runs
    /// (`Finding.clockRuns`: rectifying, or a late submission awaiting verification). A department
    /// whose weight is 0 (never drawn) stays at 0.
    func ledgerWeights(policy: Policy, day: Day, config: DaemonConfig) throws -> LedgerWeights? {
        let settings = config.ledger.draws
        guard settings.openWeight > 0 || settings.overdueWeight > 0,
            let roster = try store.currentRoster()?.roster()
        else { return nil }
        var open: [String: Int] = [:]
        var overdue: [String: Int] = [:]
        for finding in try store.findings(FindingFilter())
        where ![.closed, .dismissed, .transferred].contains(finding.state) {
            open[finding.department, default: 0] += 1
            if case .overdue = finding.status(
                on: day, calendar: config.calendar.workCalendar, policy: config.ledger.deadlines)
            {
                overdue[finding.department, default: 0] += 1
            }
        }
        let rows = roster.departments.compactMap { department -> LedgerWeightRow? in
            guard let count = open[department.id] else { return nil }
            let base = policy.weight(of: department)
            guard base > 0 else { return nil }
            let late = overdue[department.id] ?? 0
            return LedgerWeightRow(
                department: department.id, open: count, overdue: late, base: base,
                weight: base + count * settings.openWeight + late * settings.overdueWeight)
        }
        return rows.isEmpty ? nil : LedgerWeights(rows: rows)
    }

    /// Keeps the summary with the snapshot it went into (by the snapshot's hash), before the
    /// draw commits to it.
    func noteLedgerWeights(_ weights: LedgerWeights, snapshotHash: String) throws {
        try store.setLedgerWeights(snapshotHash: snapshotHash, rows: weights.rows)
    }

    /// A committed roster rebuilt with the weights its draw took from the ledger, and for a
    /// verification draw the conflict lines that kept off whoever a cancelled draw had sent
    /// (`calledOffConflicts`) — when its snapshot held them: a draw committed before they were
    /// written into snapshots is rebuilt as it was.
    func ledgerWeighted(_ roster: Roster, draw: StoredDraw) throws -> Roster {
        guard let hash = draw.snapshotHash else { return roster }
        let rows = try store.ledgerWeights(snapshotHash: hash)
        var roster = rows.isEmpty ? roster : LedgerWeights(rows: rows).applied(to: roster)
        guard draw.kind == .targeted, let seed = draw.seed else { return roster }
        let calledOff = try calledOffConflicts(
            store.ledgerChecksDrawn(drawID: draw.id), before: draw.id, day: draw.date, roster: roster)
        guard !calledOff.isEmpty else { return roster }
        var held = roster
        held.conflicts += calledOff
        if try committedSnapshot(held, draw: draw).snapshotHash(seed: seed) == hash { roster = held }
        return roster
    }

    /// Writes `ledger-summary.csv` into the public folder of a draw whose weights came from the
    /// ledger.
    func publishLedgerSummary(_ draw: StoredDraw, folder: String) throws {
        guard let hash = draw.snapshotHash else { return }
        let rows = try store.ledgerWeights(snapshotHash: hash)
        guard !rows.isEmpty else { return }
        try AtomicFile.write(LedgerWeights(rows: rows).csv, to: "\(folder)/ledger-summary.csv", mode: 0o644)
    }
}
