extension Roster {
    /// The `closed`, `retired` and `address` lines of the canonical text (docs/draw-algorithm.md
    /// §1): one per closed department, then one per retired inspector, then one per department
    /// with an address, each sorted by id. A roster where all are active and no address is given
    /// writes none, so its text (and hash) is the one it had before these columns existed.
    func writeInactive(_ out: inout CanonicalWriter) {
        // The few inactive or addressed rows are picked before sorting, not the whole roster sorted.
        for department in departments.filter({ !$0.active }).sorted(by: { idLess($0.id, $1.id) }) {
            out.field("closed")
            out.field(department.id)
            out.end()
        }
        for inspector in inspectors.filter({ !$0.active }).sorted(by: { idLess($0.id, $1.id) }) {
            out.field("retired")
            out.field(inspector.id)
            out.end()
        }
        for department in departments.filter({ !$0.address.isEmpty }).sorted(by: { idLess($0.id, $1.id) }) {
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
