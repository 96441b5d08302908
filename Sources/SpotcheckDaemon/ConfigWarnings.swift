public import SpotcheckCore

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
            let shown = departments.prefix(5).joined(separator: ", ")
            let more = departments.count > 5 ? " and \(departments.count - 5) more" : ""
            return "warning: pool '\(pool)' of the roster (departments \(shown)\(more)) is defined by no [[pool]] "
                + "in \(config.file): those departments are never drawn from it; the pools are "
                + config.pools.map(\.name).joined(separator: ", ")
        }
    }
}
