import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckStore
import SpotcheckSystem

// What a draw commits to and publishes since snapshot grammar 3 (docs/draw-algorithm.md §1):
// the roster as the draw's date reads it, each conflict's reason as a commitment with a private
// salt from the kernel. The salts stay in the database; auditors find them, with the reasons, in
// STATE/private/conflict-salts.csv (docs/roster-format.md, "Published rosters").

extension Engine {
    /// The file auditors check published conflict commitments with.
    static func conflictSaltsFile(state: String) -> String {
        "\(StateLayout.privateFolder(state: state))/conflict-salts.csv"
    }

    /// `roster` as a draw of `day` under `policy` commits to it (grammar 3), salts made for
    /// conflicts that have none yet: with a conflict for each department's contact who is an
    /// inspector (ContactConflicts.swift), unless `contacts` is false (a draw committed before).
    func publishedSnapshot(_ roster: Roster, day: Day, policy: Policy, contacts: Bool = true) throws -> Roster {
        let roster = contacts ? roster.withContactConflicts() : roster
        let live = roster.conflicts.filter { $0.until.map { $0 >= day } ?? true }
        let salts = try store.conflictSalts(for: live, at: Date()) { try KernelRandom.seed().bytes }
        var byConflict: [Conflict: [UInt8]] = [:]
        for (conflict, salt) in zip(live, salts) { byConflict[conflict] = salt.salt }
        return roster.published(on: day, policy: policy) { conflict in
            guard let salt = byConflict[conflict] else { preconditionFailure("a live conflict has no salt") }
            return salt
        }
    }

    /// `roster` with the contacts the store keeps now (a change of contacts alone makes no new
    /// roster version, so a version's files may hold older ones) and each contact's conflict
    /// (ContactConflicts.swift): what the reveal check, `why` and `replace` read.
    func withCurrentContacts(_ roster: Roster) throws -> Roster {
        let contacts = try store.currentContacts()
        var roster = roster
        for index in roster.departments.indices {
            roster.departments[index].contacts = contacts[roster.departments[index].id] ?? []
        }
        return roster.withContactConflicts()
    }

    /// The snapshot draw `draw` committed to: `full` itself for a draw committed before grammar 3
    /// (its hash says so), otherwise its published form, without the contacts' conflicts for a
    /// draw committed before they counted (its hash says so).
    func committedSnapshot(_ full: Roster, draw: StoredDraw) throws -> Roster {
        guard let seed = draw.seed, let policy = draw.policy, full.snapshotHash(seed: seed) != draw.snapshotHash
        else { return full }
        if !full.contactConflicts.isEmpty {
            let before = try publishedSnapshot(full, day: draw.date, policy: policy, contacts: false)
            if before.snapshotHash(seed: seed) == draw.snapshotHash { return before }
        }
        return try publishedSnapshot(full, day: draw.date, policy: policy)
    }

    /// The roster files of a draw's public folder: those of grammar 3, or for an older draw the
    /// files it always had.
    static func publicRosterFiles(_ roster: Roster) -> RosterWriter.Files {
        guard roster.snapshotGrammar < Roster.publishedGrammar else { return PublishedRoster.write(roster) }
        var files = RosterWriter.write(roster, contacts: false)
        files.conflicts = publicConflicts(roster)
        return files
    }

    /// Writes every stored conflict salt to `STATE/private/conflict-salts.csv` (mode 0600):
    /// `inspector,department,reason,salt,reason_commitment`, for auditors who check a published
    /// commitment against the private roster (`verify_draw.py --conflict-salts`).
    func writeConflictSalts(config: DaemonConfig) throws {
        func quote(_ field: String) -> String {
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacing("\"", with: "\"\"") + "\""
        }
        var text = "inspector,department,reason,salt,reason_commitment\n"
        for row in try store.allConflictSalts() {
            text +=
                [row.inspector, row.department, row.reason, Hex.encode(row.salt), row.commitment].map(quote).joined(
                    separator: ",") + "\n"
        }
        let path = Self.conflictSaltsFile(state: config.paths.state)
        if FileManager.default.contents(atPath: path).map(Array.init) == Array(text.utf8) { return }
        try AtomicFile.write(Array(text.utf8), to: path, mode: 0o600)
    }
}
