import Foundation
import SpotcheckCore
import SpotcheckRoster

/// Auditors' openings of what a draw folder publishes only as salted commitments: the daemon's
/// private files `STATE/private/conflict-salts.csv` (`--conflict-salts`, a grammar-3 roster's
/// `reason_commitment`s) and `STATE/private/order-reasons.csv` (`--order-reasons`, an order's
/// `reasonCommitment`). The checks and their wording are those of `tools/verify_draw.py`, each
/// row named by its file and line.
enum Openings {
    /// `--order-reasons` for a folder without an order (a verifier difference, in English as all are).
    static let noOrder = "order.json: missing (--order-reasons opens the reason of an ordered draw's order)"

    /// The rows of an openings file whose header names exactly `columns` (any order), each with
    /// its line; a file that cannot be read or has another header is refused, naming it.
    static func rows(_ path: String, columns: [String]) throws(CLIFailure) -> [(line: Int, fields: [String: String])] {
        let bytes = try Files.read(path)
        let rows: [CSVRow]
        do {
            rows = try CSV.parse(bytes, file: path)
        } catch {
            throw CLIFailure("\(path): not a CSV file (\(error))", exitCode: ExitCodes.dataError)
        }
        guard let header = rows.first else {
            throw CLIFailure("\(path): the file is empty; it needs a header row", exitCode: ExitCodes.dataError)
        }
        guard Set(header.fields).count == header.fields.count, Set(header.fields) == Set(columns) else {
            throw CLIFailure(
                "\(path) line \(header.line): the header must be \(columns.sorted().joined(separator: ","))",
                exitCode: ExitCodes.dataError)
        }
        var out: [(line: Int, fields: [String: String])] = []
        for row in rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                throw CLIFailure(
                    "\(path) line \(row.line): a row has \(row.fields.count) fields, the header has \(header.fields.count)",
                    exitCode: ExitCodes.dataError)
            }
            out.append((row.line, Dictionary(uniqueKeysWithValues: zip(header.fields, row.fields))))
        }
        return out
    }

    static func salt(_ text: String) -> [UInt8]? {
        guard let bytes = Hex.decode(text.lowercased()), bytes.count == 32 else { return nil }
        return bytes
    }

    /// Every published conflict reason commitment of `roster` (grammar 3) must be opened by a
    /// row of `path` (`inspector,department,reason,salt,reason_commitment`) whose salt and reason
    /// give it; a row that does not give its own commitment is named too.
    static func conflictProblems(roster: Roster, path: String) throws(CLIFailure) -> [String] {
        var problems: [String] = []
        var openings: [String: Set<String>] = [:]
        for (line, row) in try rows(path, columns: ["inspector", "department", "reason", "salt", "reason_commitment"]) {
            let inspector = row["inspector"] ?? "", department = row["department"] ?? ""
            let place = "\(path) line \(line) (\(inspector),\(department))"
            guard let salt = salt(row["salt"] ?? "") else {
                problems.append("\(place): salt is not 64 hex digits")
                continue
            }
            let value = ConflictCommitment.value(salt: salt, reason: row["reason"] ?? "")
            let stated = row["reason_commitment"] ?? ""
            if value != stated.lowercased() {
                problems.append("\(place): the salt and reason give \(value), the file says \(stated)")
            }
            openings["\(inspector)\u{0}\(department)", default: []].insert(value)
        }
        guard roster.snapshotGrammar == Roster.publishedGrammar else {
            problems.append("conflicts.csv: the roster publishes no reason commitments (snapshot grammar 2)")
            return problems
        }
        for conflict in roster.conflicts
        where !(openings["\(conflict.inspector)\u{0}\(conflict.department)"]?.contains(conflict.reasonHash) ?? false) {
            problems.append(
                "conflicts.csv \(conflict.inspector),\(conflict.department): reason_commitment \(conflict.reasonHash) is opened by no row of \(path)"
            )
        }
        return problems
    }

    /// An order's `reasonCommitment` must be opened by a row of `path`
    /// (`draw,date,pool,category,reason,salt,reason_commitment`) of the order's date, pool and
    /// category whose salt and reason give it; an order of the first form or with its reason in
    /// clear has nothing to open.
    static func orderProblems(order: OrderEntry, path: String) throws(CLIFailure) -> [String] {
        var problems: [String] = []
        var opened = false
        for (line, row) in try rows(
            path, columns: ["draw", "date", "pool", "category", "reason", "salt", "reason_commitment"])
        {
            let place = "\(path) line \(line) (draw \(row["draw"] ?? ""))"
            guard let salt = salt(row["salt"] ?? "") else {
                problems.append("\(place): salt is not 64 hex digits")
                continue
            }
            let value = OrderCategory.commitment(salt: salt, reason: row["reason"] ?? "")
            let stated = row["reason_commitment"] ?? ""
            if value != stated.lowercased() {
                problems.append("\(place): the salt and reason give \(value), the file says \(stated)")
                continue
            }
            guard value == order.reasonCommitment else { continue }
            opened = true
            if row["date"] != order.date.description || row["pool"] != order.pool || row["category"] != order.category {
                problems.append(
                    "\(place): opens order.json's reasonCommitment but names \(row["date"] ?? "") \(row["pool"] ?? "") \(row["category"] ?? ""), the order is of \(order.date) \(order.pool) \(order.category ?? "")"
                )
            }
        }
        if let commitment = order.reasonCommitment, !opened {
            problems.append("order.json reasonCommitment: \(commitment) is opened by no row of \(path)")
        }
        return problems
    }
}
