import SpotcheckCore
import SpotcheckStore

extension Engine {
    /// The rule's newcomer for `outgoing`'s seat on the team for `department` (docs/draw-algorithm.md
    /// §5): the first inspector of the committed snapshot, in the order keyed by the record's hash,
    /// who leaves a valid team in the draw's committed context after the earlier replacements and
    /// can go today (`today` empty); the valid ones who cannot go are passed over, and published.
    func ruleChoice(
        _ draw: StoredDraw, _ record: DrawRecord, _ earlier: [DaySoFar.Replacement], _ department: String,
        _ outgoing: String, _ reason: String, _ committed: Roster, _ policy: Policy, today: (String) -> [String]
    ) throws(ReplaceError) -> (id: String, passedOver: [String]) {
        let entry = DaySoFar.Replacement(
            draw: String(draw.id), department: department, outgoing: outgoing, incoming: "", reason: reason,
            at: "now")
        var passedOver: [String] = []
        let ranked = ReplacementRule.order(
            recordHash: draw.recordHash ?? "", department: department, inspectors: committed.inspectors.map(\.id))
        for id in ranked
        where ReplacementRule.valid(
            id, at: earlier.count, of: earlier + [entry], record: record, roster: committed, policy: policy)
        {
            if today(id).isEmpty { return (id, passedOver) }
            passedOver.append(id)
        }
        throw ReplaceError.nobodyEligible(department)
    }
}

extension Engine {
    /// The members of a draw's teams as they stand who were named by a coordinator in a
    /// replacement (hand-picked), as `[department, inspector]`, from the chained entries.
    func handPicked(_ draw: StoredDraw) throws -> Set<[String]> {
        var found: Set<[String]> = []
        for entry in try chainedReplacements(draw) {
            found.remove([entry.department, entry.outgoing])
            if entry.chosenBy == ReplacementChoice.coordinator.rawValue {
                found.insert([entry.department, entry.incoming])
            } else {
                found.remove([entry.department, entry.incoming])
            }
        }
        return found
    }
}
