/// A composition rule read against the roster it is to be drawn on.
///
/// A `lead_from` or `member_from` naming no department of the roster (a typo, a retired id)
/// leaves no inspector able to lead, or none able to fill the group: every draw under it has no
/// team at all, and it would still verify. So the daemon refuses such a rule when it loads its
/// configuration, and both verifiers name it.
public struct UnknownCompositionDepartment: Sendable, Hashable, CustomStringConvertible {
    /// `lead_from` or `member_from`, the policy key at fault.
    public var key: String
    /// The id given that is no department of the roster.
    public var id: String
    /// The roster's department id nearest to it, when one is close enough to be a likely typo.
    public var nearest: String?

    public var description: String {
        "\(key) names '\(id)', which is no department id of the roster"
            + (nearest.map { " (did you mean '\($0)'?)" } ?? "")
            + ": a draw would silently leave it out, and with no id of the key left every draw inspects nobody"
    }
}

extension Composition {
    /// The ids of `lead_from` and of every `member_from` group that name no department of
    /// `roster`, in the policy's order (each once per key).
    public func unknownDepartments(in roster: Roster) -> [UnknownCompositionDepartment] {
        let known = roster.departments.map(\.id)
        let knownSet = Set(known)
        var found: [UnknownCompositionDepartment] = []
        var seen: Set<[String]> = []
        let named = leadFrom.map { ("lead_from", $0) } + memberFrom.flatMap { $0.map { ("member_from", $0) } }
        for (key, id) in named where !knownSet.contains(id) && seen.insert([key, id]).inserted {
            found.append(.init(key: key, id: id, nearest: Self.nearest(to: id, among: known)))
        }
        return found
    }

    /// The id closest to `id` by edit distance (ignoring case), when at most a third of its
    /// characters differ; the first in roster order on a tie.
    static func nearest(to id: String, among ids: [String]) -> String? {
        let target = Array(id.lowercased())
        var best: (id: String, distance: Int)?
        for candidate in ids {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(1, target.count / 3) else { return nil }
        return best.id
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Policy {
    /// The differences a verifier reports for a policy whose composition rule names departments
    /// the roster does not have (empty when it names none, or has no rule).
    public func compositionRosterDifferences(_ roster: Roster) -> [String] {
        (composition?.unknownDepartments(in: roster) ?? []).map { "policy.\($0.key): \($0)" }
    }
}
