import SpotcheckCore

extension PolicyFile {
    /// Reads the team-composition keys of a policy table: `lead_from = "ID ID"` (the lead's home
    /// department is one of these) and `member_from`, a string of ids (one group) or an array of
    /// such strings (one group each): every team has a member from each group.
    static func decodeComposition(_ reader: inout TableReader, table: TOMLTable, base: Composition?) -> Composition? {
        var composition = base ?? Composition()
        if let text = reader.string("lead_from") {
            composition.leadFrom = Composition(leadFrom: Composition.ids(text)).leadFrom
            if composition.leadFrom.isEmpty { reader.fail("lead_from", "must name at least one department id") }
        }
        if let entry = table.entries["member_from"] {
            reader.markUsed("member_from")
            var groups: [String] = []
            switch entry.value {
            case .string(let text): groups = [text]
            case .array(let values):
                for value in values {
                    guard case .string(let text) = value else {
                        reader.fail("member_from", "must be a string of department ids or an array of such strings")
                        return composition.orNil
                    }
                    groups.append(text)
                }
            default:
                reader.fail("member_from", "must be a string of department ids or an array of such strings")
                return composition.orNil
            }
            composition.memberFrom = Composition(memberFrom: groups.map(Composition.ids)).memberFrom
            if composition.memberFrom.contains(where: \.isEmpty) || groups.isEmpty {
                reader.fail("member_from", "every group must name at least one department id")
            }
        }
        return composition.orNil
    }
}
