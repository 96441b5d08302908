import SpotcheckCore
import SpotcheckRoster
import SpotcheckStore
import SpotcheckText

/// The name the problem ledger's draws are recorded under (`[ledger] draw_pool`, `ledger` unless
/// set) is no pool a department can be drawn from: ledger draws name their targets, and a
/// department listing it would look drawable there while no draw of that pool ever picks it.
/// Refused like any other roster problem, located, wherever a roster is read against the
/// configuration: `spotcheck import` (and every roster edit of the command line), the roster
/// folder at start-up and reload, and `--check-config`.
///
/// The other way round, a configuration whose `draw_pool` is a pool the roster kept through the
/// socket already lists is refused at start-up, reload and `--check-config` (`storedErrors`). A
/// stored roster that lists it all the same (kept from before this rule) can still be edited: an
/// edit is refused only for a department that did not list it before, so the edit that takes the
/// name out is accepted.
enum RosterLedgerPool {
    /// Each `pools` cell of `departments` that lists `drawPool`, at its file, line and column,
    /// but for the departments of `listedBefore` (which the stored roster already lists it for).
    static func problems(
        _ departments: RosterFiles.File, drawPool: String, listedBefore: Set<String> = []
    ) -> [InputError] {
        guard let rows = try? CSV.parse(departments.bytes, file: departments.name), let header = rows.first,
            let index = header.fields.firstIndex(of: "pools")
        else { return [] }
        let id = header.fields.firstIndex(of: "id")
        var found: [InputError] = []
        for row in rows.dropFirst() where index < row.fields.count {
            let names = row.fields[index].split(separator: ";").map { CSV.trimmed(String($0)) }
            guard names.contains(drawPool) else { continue }
            if let id, id < row.fields.count, listedBefore.contains(row.fields[id]) { continue }
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

    /// The departments of `roster` whose pools list `drawPool`.
    static func listing(_ roster: Roster?, drawPool: String) -> [String] {
        (roster?.departments ?? []).filter { $0.pools.contains(drawPool) }.map(\.id)
    }

    /// The configuration's `[ledger] draw_pool` against the roster kept through the control socket
    /// (a folder roster is checked with the folder, `DaemonLoader.parseRoster`): refused, naming
    /// the departments, when that roster lists it as a department's pool.
    static func storedErrors(_ config: DaemonConfig, store: Store) -> [InputError] {
        guard (try? store.setting("roster_source")) == "control",
            let roster = try? store.currentRoster()?.roster()
        else { return [] }
        let pool = config.ledger.draws.pool
        let named = listing(roster, drawPool: pool)
        guard !named.isEmpty else { return [] }
        return [
            InputError(
                file: config.file, line: 0, field: "ledger.draw_pool",
                message:
                    "'\(pool)' is a pool of the departments \(named.joined(separator: ", ")) in the roster kept through the control socket, and the ledger's draws cannot be recorded under a pool departments are drawn from; choose another name, or first take '\(pool)' out of those departments' pools (spotcheck departments set DEPT --pools ...)"
            )
        ]
    }
}
