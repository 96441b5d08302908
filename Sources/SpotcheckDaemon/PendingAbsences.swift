import SpotcheckCore
import SpotcheckStore

extension Engine {
    /// The roster with every pending absence declaration added to its declarant's unavailable
    /// days, like a pending conflict declaration is added as a conflict (EngineRecheck.swift): at
    /// the reveal, for replacements and for `why`, an inspector who declared themselves away is
    /// away from the moment they said so. The draw itself reads the committed roster only.
    func withPendingAbsences(_ roster: Roster) throws -> Roster {
        var roster = roster
        for declaration in try store.declarations() where declaration.state == .pending && declaration.kind == .absence
        {
            guard let from = declaration.from, let to = declaration.to, let range = DayRange(from, to),
                let index = roster.inspectors.firstIndex(where: { $0.id == declaration.inspector })
            else { continue }
            roster.inspectors[index].unavailable.insert(range)
        }
        return roster
    }
}
