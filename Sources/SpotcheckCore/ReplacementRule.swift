/// How the newcomer of a replacement was chosen (docs/draw-algorithm.md §5), and the rule's choice
/// recomputed from what a draw publishes: the snapshot it committed to, its record and the
/// replacements made before.
public enum ReplacementChoice: String, Sendable, Hashable, Codable, CaseIterable {
    /// The daemon's choice when no inspector was named: the rule's, which anyone can recompute.
    case rule
    /// An inspector named by a coordinator (`spotcheck replace --with`): hand-picked.
    case coordinator
}

public enum ReplacementRule {
    /// The order in which the rule tries inspectors for the team of `department`: by
    /// `SHA-256("{recordHash}:{department}:{id}")` in lowercase hex, smallest first, where
    /// `recordHash` is the SHA-256 of the draw's `record.json`.
    public static func order(recordHash: String, department: String, inspectors: [String]) -> [String] {
        let keyed: [(key: String, id: String)] = inspectors.map { id in
            (key: sha256Hex(Array("\(recordHash):\(department):\(id)".utf8)), id: id)
        }
        return keyed.sorted { (a, b) -> Bool in a.key == b.key ? a.id < b.id : a.key < b.key }.map(\.id)
    }

    /// Whether replacement number `index` would be valid with `candidate` coming in
    /// (`verifyReplacements`, after the replacements before it), leaving the reciprocal ban across
    /// the day aside unless `dayReciprocal`: the rule meets, and passes over, every inspector valid
    /// without it (docs/draw-algorithm.md §5).
    public static func valid(
        _ candidate: String, at index: Int, of replacements: [DaySoFar.Replacement], record: DrawRecord,
        roster: Roster, policy: Policy, dayReciprocal: Bool = false
    ) -> Bool {
        var trial = Array(replacements[...index])
        trial[index].incoming = candidate
        let prefix = "replacements[\(index)]"
        return !verifyReplacements(trial, of: record, roster: roster, policy: policy, dayReciprocal: dayReciprocal)
            .contains { $0.hasPrefix(prefix + ".") || $0.hasPrefix(prefix + ":") }
    }

    /// Whether `candidate` may be the rule's newcomer for replacement number `index`: valid in the
    /// draw's whole context, with the reciprocal ban across the day when the record's algorithm
    /// has it (`spotcheck-draw/3`). The daemon passes over every inspector it meets first who is
    /// valid but not this (docs/draw-algorithm.md §5).
    public static func acceptable(
        _ candidate: String, at index: Int, of replacements: [DaySoFar.Replacement], record: DrawRecord,
        roster: Roster, policy: Policy
    ) -> Bool {
        valid(
            candidate, at: index, of: replacements, record: record, roster: roster, policy: policy,
            dayReciprocal: DayReciprocal.applies(algorithm: record.algorithm))
    }

    /// The rule's choice for replacement number `index` of `replacements` (which must exist): the
    /// first inspector of the committed snapshot, in `order`, who is `acceptable`, skipping those
    /// in `passedOver` (valid there, but not able to go on the day). `nil` when nobody is.
    public static func choice(
        at index: Int, of replacements: [DaySoFar.Replacement], record: DrawRecord, recordHash: String,
        roster: Roster, policy: Policy, passedOver: [String] = []
    ) -> String? {
        let department = replacements[index].department
        let candidates = order(recordHash: recordHash, department: department, inspectors: roster.inspectors.map(\.id))
        return candidates.first { id in
            !passedOver.contains(id)
                && acceptable(id, at: index, of: replacements, record: record, roster: roster, policy: policy)
        }
    }

    /// Every entry marked as the rule's choice must name exactly the inspector the rule picks; an
    /// entry's `chosenBy` must be `rule` or `coordinator` when present (absent in entries made
    /// before it was recorded, which are checked for validity only). Each problem names the entry.
    public static func problems(
        _ replacements: [DaySoFar.Replacement], of record: DrawRecord, recordHash: String, roster: Roster,
        policy: Policy
    ) -> [String] {
        var problems: [String] = []
        for (index, entry) in replacements.enumerated() {
            guard let chosenBy = entry.chosenBy else { continue }
            let name = "replacements[\(index)].chosenBy"
            guard let kind = ReplacementChoice(rawValue: chosenBy) else {
                problems.append("\(name): \(chosenBy) is neither rule nor coordinator")
                continue
            }
            guard kind == .rule else { continue }
            let passedOver = entry.passedOver ?? []
            let picked = choice(
                at: index, of: replacements, record: record, recordHash: recordHash, roster: roster, policy: policy,
                passedOver: passedOver)
            // Each one passed over must be a valid choice the rule met before the newcomer.
            let ranked = order(
                recordHash: recordHash, department: entry.department, inspectors: roster.inspectors.map(\.id))
            let before = ranked.firstIndex(of: entry.incoming).map { Array(ranked[..<$0]) } ?? []
            for id in passedOver
            where !before.contains(id)
                || !valid(id, at: index, of: replacements, record: record, roster: roster, policy: policy)
            {
                problems.append(
                    "replacements[\(index)].passedOver: \(id) is not a valid choice the rule meets before \(entry.incoming)"
                )
            }
            if picked != entry.incoming,
                valid(entry.incoming, at: index, of: replacements, record: record, roster: roster, policy: policy),
                !acceptable(entry.incoming, at: index, of: replacements, record: record, roster: roster, policy: policy)
            {
                problems.append(
                    "replacements[\(index)].in: \(entry.incoming) is marked as the rule's choice, but the reciprocal "
                        + "ban across the day keeps \(entry.incoming) from \(entry.department): the rule passes "
                        + "over them and picks " + (picked ?? "nobody") + " (docs/draw-algorithm.md §2, §5)")
            } else if picked != entry.incoming {
                problems.append(
                    "replacements[\(index)].in: \(entry.incoming) is marked as the rule's choice, but the rule picks "
                        + (picked ?? "nobody") + " (docs/draw-algorithm.md §5)")
            }
        }
        return problems
    }
}
