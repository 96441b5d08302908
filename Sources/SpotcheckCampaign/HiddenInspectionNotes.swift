/// The internal notes a complaint's request for a hidden inspection leaves (docs/campaign.md,
/// "Inspections from complaints, hidden"): the request itself, and the daemon's notes when no
/// scheduled draw can carry it any more, or can again.
///
/// Before the draw that carries the request is revealed these notes tell that the complaint's
/// department is a target of a coming draw, so they are shown to the handler who asked alone;
/// once that draw is revealed every handler who may see the complaint sees them.
public enum HiddenInspectionNote {
    /// The note of the request, by the handler who asked.
    public static let requested = "inspection requested, hidden in the next scheduled draw of the department's pool"

    /// Who writes the notes on whether the request can be carried.
    public static let daemon = "spotcheckd"

    static let stalledStart = "the requested inspection cannot be carried now: "

    /// Why no scheduled draw can carry a request.
    public enum Stall: Equatable, Sendable {
        /// No configured pool holds the department (or no roster is loaded).
        case noPool
        /// The pools that hold the department draw neither in `active` nor in a later phase.
        case noDrawAhead(active: CampaignStep)
    }

    /// The daemon's note that no scheduled draw can carry the request.
    public static func stalled(_ why: Stall) -> String {
        let reason =
            switch why {
            case .noPool: "no scheduled pool holds the department"
            case .noDrawAhead(let active):
                "no pool that holds the department draws in the active phase (\(active.identifier)) or a later one"
            }
        return stalledStart + reason
            + "; the request stays, and the first scheduled draw that may draw the department carries it "
            + "should a pool hold it again"
    }

    /// The daemon's note that the request can be carried again.
    public static let resumed =
        "the requested inspection can be carried again: a pool that draws ahead holds the department"

    /// Whether `entry` is one of these notes.
    public static func isOne(_ entry: ComplaintEntry) -> Bool {
        guard entry.kind == .note else { return false }
        if entry.text == requested { return true }
        return entry.actor == daemon && (entry.text.hasPrefix(stalledStart) || entry.text == resumed)
    }

    /// The text of the daemon's last note on whether the request can be carried, nil when it
    /// wrote none.
    public static func lastStatus(_ entries: [ComplaintEntry]) -> String? {
        entries.last { isOne($0) && $0.actor == daemon }?.text
    }

    /// The note the daemon writes now, given whether the request can be carried (`stall` nil)
    /// and its last note: nil when nothing changed since.
    public static func next(_ stall: Stall?, after entries: [ComplaintEntry]) -> String? {
        let last = lastStatus(entries)
        guard let stall else { return last.map { $0 == resumed ? nil : resumed } ?? nil }
        let wanted = stalled(stall)
        return last == wanted ? nil : wanted
    }

    /// The entries `actor` (`uid N (login)`) may see of a complaint whose request `requester`
    /// made (nil: none): until the draw that carries it is revealed (`revealed`), these notes are
    /// the requester's alone.
    public static func visible(
        _ entries: [ComplaintEntry], to actor: String, requester: String?, revealed: Bool
    ) -> [ComplaintEntry] {
        if revealed || (requester != nil && requester == actor) { return entries }
        return entries.filter { !isOne($0) }
    }
}
