import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckStore
import Synchronization

/// The roster as it holds now, every field included: the stored version with the departments'
/// contacts as stored apart. Its `version` changes whenever anything an export shows changes
/// (the snapshot hash leaves contacts out), so an edit based on an older export is refused.
struct EffectiveRoster {
    var stored: StoredRoster
    var roster: Roster
    var files: RosterWriter.Files

    /// SHA-256 over the four exported files, each preceded by its length: what `ExportRoster`
    /// answers as `roster_sha256` and `ImportRoster` compares `base_roster_sha256` with.
    var version: String { Self.version(of: files) }

    static func version(of files: RosterWriter.Files) -> String {
        var bytes: [UInt8] = []
        for file in [files.departments, files.inspectors, files.conflicts, files.history] {
            bytes += Array("\(file.count)\n".utf8) + file
        }
        return sha256Hex(bytes)
    }

    /// The current roster of `store`, or nil when none is stored yet.
    static func current(_ store: Store, cache: RosterCache) throws -> EffectiveRoster? {
        guard let stored = try store.currentRoster() else { return nil }
        let roster = try withStoredContacts(try cache.roster(stored), store)
        return EffectiveRoster(stored: stored, roster: roster, files: RosterWriter.write(roster))
    }

    /// `roster` with each department's contacts as the store keeps them (`department_contact`):
    /// a roster version's departments.csv keeps the contacts of its first load, since contacts
    /// change no snapshot hash. Whoever asks who is on a department's side reads this.
    static func withStoredContacts(_ roster: Roster, _ store: Store) throws -> Roster {
        var roster = roster
        let contacts = try store.currentContacts()
        for index in roster.departments.indices {
            let live = contacts[roster.departments[index].id] ?? []
            // The same logins in another order are no change.
            if Set(live) != Set(roster.departments[index].contacts) { roster.departments[index].contacts = live }
        }
        return roster
    }
}

/// Roster imports through the control socket, one at a time: the check of the base an edit was
/// made on, the diff and the store happen as one step, so of two edits made on the same export
/// one is applied and the other refused ("changed meanwhile"); none is ever lost silently.
enum RosterEdits {
    static let lock = Mutex(())

    static func serialised(_ body: () throws -> [UInt8]) throws -> [UInt8] {
        try lock.withLock { _ in try body() }
    }
}
