extension Roster {
    /// The `closed`, `retired` and `address` lines of the canonical text (docs/draw-algorithm.md
    /// §1): one per closed department, then one per retired inspector, then one per department
    /// with an address, each sorted by id. A roster where all are active and no address is given
    /// writes none, so its text (and hash) is the one it had before these columns existed.
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
        for department in departments.sorted(by: { idLess($0.id, $1.id) }) where !department.address.isEmpty {
            out.field("address")
            out.field(department.id)
            out.field(department.address)
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
