extension Roster {
    /// The `closed` and `retired` lines of the canonical text (docs/draw-algorithm.md §1): one per
    /// closed department, then one per retired inspector, each sorted by id. A roster where all
    /// are active writes none, so its text (and hash) is the one it had before the flag existed.
    func writeInactive(_ out: inout CanonicalWriter) {
        for department in departments.sorted(by: { idLess($0.id, $1.id) }) where !department.active {
            out.field("closed")
            out.field(department.id)
            out.end()
        }
        for inspector in inspectors.sorted(by: { idLess($0.id, $1.id) }) where !inspector.active {
            out.field("retired")
            out.field(inspector.id)
            out.end()
        }
    }

    /// The ids of the closed departments, sorted.
    public var closedDepartments: [String] {
        departments.filter { !$0.active }.map(\.id).sorted(by: idLess)
    }

    /// The ids of the retired inspectors, sorted.
    public var retiredInspectors: [String] {
        inspectors.filter { !$0.active }.map(\.id).sorted(by: idLess)
    }
}
