/// What the daemon says when inspectors cannot be given read access to their task folders, in
/// words that tell an administrator what it means and what to do.
enum TaskAccessWarning {
    /// The warning `TaskWriter` returns for a login with no Unix account of that name.
    static let noUser = "no Unix user"

    /// At most this many logins are named in one message; the rest are counted.
    static let namedLogins = 8

    /// One message for the warnings of `TaskWriter.prepare` (login → warning), said once per
    /// roster version; nil when there is nothing to say.
    static func folders(_ warnings: [String: String]) -> String? {
        guard !warnings.isEmpty else { return nil }
        var parts: [String] = []
        let missing = warnings.filter { $0.value == noUser }.keys.sorted()
        if !missing.isEmpty {
            parts.append(
                "\(missing.count) login(s) of the roster have no Unix account on this machine (\(list(missing))): "
                    + "their task files are written but readable by spotcheckd's user only, so those inspectors "
                    + "cannot read them until an account of that name exists (useradd LOGIN); "
                    + "expected on a trial machine")
        }
        let other = warnings.filter { $0.value != noUser }
        for (warning, logins) in Dictionary(grouping: other.keys, by: { other[$0]! }).sorted(by: { $0.key < $1.key }) {
            parts.append("task folders readable by spotcheckd only (\(warning)): \(list(logins.sorted()))")
        }
        return parts.joined(separator: "; ")
    }

    /// The warnings of one day's task files: a missing account was already reported when the
    /// roster's folders were prepared, so only other failures (no ACL support) are repeated.
    static func files(day: String, _ warnings: [String: [String]]) -> [String] {
        warnings.filter { $0.key != noUser }.sorted(by: { $0.key < $1.key }).map {
            "task files for \(day) readable by spotcheckd only (\($0.key)): \(list($0.value))"
        }
    }

    static func list(_ logins: [String]) -> String {
        let shown = logins.prefix(namedLogins).joined(separator: ", ")
        return logins.count > namedLogins ? "\(shown) and \(logins.count - namedLogins) more" : shown
    }
}
