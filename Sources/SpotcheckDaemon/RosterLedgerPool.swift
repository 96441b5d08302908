import SpotcheckRoster
import SpotcheckText

/// The name the problem ledger's draws are recorded under (`[ledger] draw_pool`, `ledger` unless
/// set) is no pool a department can be drawn from: ledger draws name their targets, and a
/// department listing it would look drawable there while no draw of that pool ever picks it.
/// Refused like any other roster problem, located, wherever a roster is read against the
/// configuration: `spotcheck import` (and every roster edit of the command line), the roster
/// folder at start-up and reload, and `--check-config`.
enum RosterLedgerPool {
    /// Each `pools` cell of `departments` that lists `drawPool`, at its file, line and column.
    static func problems(_ departments: RosterFiles.File, drawPool: String) -> [InputError] {
        guard let rows = try? CSV.parse(departments.bytes, file: departments.name), let header = rows.first,
            let index = header.fields.firstIndex(of: "pools")
        else { return [] }
        var found: [InputError] = []
        for row in rows.dropFirst() where index < row.fields.count {
            let names = row.fields[index].split(separator: ";").map { CSV.trimmed(String($0)) }
            guard names.contains(drawPool) else { continue }
            found.append(
                InputError(
                    file: departments.name, line: row.line, column: index + 1, field: "pools",
                    message: Catalogue.PoolNames.ledgerPool("'\(drawPool)'").english))
        }
        return found
    }

    /// The parser's problems and these, in file and line order.
    static func merged(_ parsed: [InputError], _ ledger: [InputError]) -> [InputError] {
        guard !ledger.isEmpty else { return parsed }
        return (parsed + ledger).sorted { ($0.file, $0.line, $0.column ?? 0) < ($1.file, $1.line, $1.column ?? 0) }
    }
}
