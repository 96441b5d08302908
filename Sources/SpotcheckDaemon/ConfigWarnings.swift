public import SpotcheckCore
import SpotcheckText

/// Problems `--check-config` warns about without refusing the configuration.
public enum ConfigWarnings {
    /// Pools that departments of the roster belong to but no `[[pool]]` defines: a typo there
    /// silently takes a department out of every draw.
    public static func undefinedPools(_ roster: Roster, config: DaemonConfig) -> [String] {
        let defined = Set(config.pools.map(\.name))
        var users: [String: [String]] = [:]
        for department in roster.departments {
            for pool in department.pools where !defined.contains(pool) {
                users[pool, default: []].append(department.id)
            }
        }
        return users.sorted { $0.key < $1.key }.map { pool, departments in
            let listed =
                departments.prefix(5).joined(separator: ", ")
                + (departments.count > 5 ? Catalogue.RosterEdit.andMore(departments.count - 5).text : "")
            return Catalogue.ConfigProblems.undefinedPool(
                pool, listed, config.file, config.pools.map(\.name).joined(separator: ", ")
            ).text
        }
    }
}
