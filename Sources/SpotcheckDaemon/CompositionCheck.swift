import Foundation
public import SpotcheckCore
public import SpotcheckRoster
public import SpotcheckStore

/// A pool's team-composition rule (`lead_from`, `member_from`) checked against the roster it will
/// draw on: an id that is no department of the roster (a typo) would make every draw of the pool
/// inspect nobody, published as a valid record. `--check-config`, start-up and reload refuse it.
public enum CompositionCheck {
    /// One line per unknown id: the configuration file, the pool, the key and the id, with the
    /// nearest roster id when one is close.
    public static func problems(_ config: DaemonConfig, roster: Roster) -> [String] {
        errors(config, roster: roster).map(\.description)
    }

    /// The same as errors of the configuration file, each naming its key (`pool.policy.lead_from`).
    public static func errors(_ config: DaemonConfig, roster: Roster) -> [InputError] {
        var errors: [InputError] = []
        for pool in config.pools {
            for unknown in pool.policy.composition?.unknownDepartments(in: roster) ?? [] {
                errors.append(
                    InputError(
                        file: config.file, line: 0, field: "pool.policy.\(unknown.key)",
                        message: "pool '\(pool.name)': \(unknown)"))
            }
        }
        return errors + DrawSkillLimit.errors(config, roster: roster)  // RecheckSafety.swift
    }

    /// Throws the errors found, if any (typed, so that callers keep their typed `throws`).
    public static func refuse(_ errors: [InputError]) throws(InputErrors) {
        if !errors.isEmpty { throw InputErrors(errors) }
    }

    /// The roster a configuration will draw on: the stored one once the socket keeps the roster,
    /// otherwise the configured folder's (the stored one when that folder cannot be read).
    public static func roster(for config: DaemonConfig, store: Store) -> Roster? {
        if (try? store.setting("roster_source")) != "control", let parsed = try? DaemonLoader.parseRoster(config) {
            return parsed
        }
        return try? store.currentRoster()?.roster()
    }

    /// The problems of `config` against the roster it will draw on (none when there is no roster).
    public static func errors(_ config: DaemonConfig, store: Store) -> [InputError] {
        // The ledger's draw pool against the roster kept through the socket (RosterLedgerPool.swift).
        let ledger = RosterLedgerPool.storedErrors(config, store: store)
        guard let roster = roster(for: config, store: store) else { return ledger }
        return errors(config, roster: roster) + ledger
    }
}
