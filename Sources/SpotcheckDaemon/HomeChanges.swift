import SpotcheckCore
import SpotcheckRoster

/// A transfer leaves a former post (docs/roster-format.md, "Changing an inspector's home").
///
/// When a roster brought in through the control socket (an import, or `spotcheck inspectors set
/// ID --home NEW`) gives an inspector a new home, the old home becomes a former post left on the
/// day of the change, unless the edit itself names a former post at that department (or one left
/// today or later is already there): the inspector worked there until today, and the
/// former-department window must start now, not be skipped because nobody remembered `--former`
/// or because the inspector had worked there once before (a transfer out again).
enum HomeChanges {
    static func recordFormerPosts(new roster: Roster, old: Roster?, today: Day) -> Roster {
        guard let old else { return roster }
        let before = Dictionary(old.inspectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changed = roster
        var touched = false
        for index in changed.inspectors.indices {
            let inspector = changed.inspectors[index]
            // A post at the old home the edit itself names is the coordinator's word; one the
            // roster already held is an earlier stint there, which says nothing of leaving today.
            guard let previous = before[inspector.id], previous.home != inspector.home,
                !inspector.former.contains(where: {
                    $0.department == previous.home && (!previous.former.contains($0) || $0.left >= today)
                })
            else { continue }
            changed.inspectors[index].former.append(FormerPost(department: previous.home, left: today))
            touched = true
        }
        guard touched else { return roster }
        // Stored only as the parser reads it back, like any import.
        return (try? reparsed(changed)) ?? changed
    }

    /// A roster changed in the daemon as it is stored: written as the roster files and read back
    /// by the parser, like any import (so its snapshot hash is the one an import of those files
    /// gives). The parser's errors name the files `departments.csv`, `inspectors.csv`, … .
    static func reparsed(_ roster: Roster) throws(InputErrors) -> Roster {
        let files = RosterWriter.write(roster)
        return try RosterParser.parse(
            RosterFiles(
                departments: .init(name: "departments.csv", bytes: files.departments),
                inspectors: .init(name: "inspectors.csv", bytes: files.inspectors),
                conflicts: .init(name: "conflicts.csv", bytes: files.conflicts),
                history: .init(name: "history.csv", bytes: files.history)))
    }
}
