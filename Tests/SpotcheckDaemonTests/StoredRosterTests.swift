import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster

/// A roster the daemon changes itself (a transfer's former post, an approved declaration) is
/// stored as the parser reads its files back, like any import: one function does it for both.
@Suite struct StoredRosterTests {
    static func county() throws -> Roster {
        let folder = Harness.county
        func file(_ name: String) throws -> RosterFiles.File {
            RosterFiles.File(
                name: name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))))
        }
        return try RosterParser.parse(
            RosterFiles(departments: try file("departments.csv"), inspectors: try file("inspectors.csv")))
    }

    @Test func aChangedRosterIsStoredAsItsFilesReadBack() throws {
        var roster = try Self.county()
        let seed = Seed(bytes: [UInt8](repeating: 3, count: 32))!
        // Out of order, as an edit leaves it: stored sorted, as the parser reads the files.
        roster.inspectors.reverse()
        let stored = try HomeChanges.reparsed(roster)
        let files = RosterWriter.write(roster)
        let imported = try RosterParser.parse(files.named(in: "import"))
        #expect(stored == imported)
        #expect(stored.snapshotHash(seed: seed) == roster.snapshotHash(seed: seed))
        #expect(stored.inspectors.map(\.id) == roster.inspectors.map(\.id).sorted())
    }

    @Test func aRosterThatWouldNotReadBackIsRefusedNamingTheFile() throws {
        var roster = try Self.county()
        roster.inspectors.append(roster.inspectors[0])
        do {
            _ = try HomeChanges.reparsed(roster)
            Issue.record("a roster naming an inspector twice was stored")
        } catch {
            #expect(error.errors.contains { $0.file == "inspectors.csv" }, "\(error)")
        }
    }

    @Test func aTransferKeepsTheOldHomeAsAFormerPost() throws {
        let old = try Self.county()
        var new = old
        let mover = new.inspectors[0]
        let other = try #require(new.departments.first { $0.id != mover.home && $0.active })
        new.inspectors[0].home = other.id
        let today = Day(iso: "2026-12-01")!
        let stored = HomeChanges.recordFormerPosts(new: new, old: old, today: today)
        let moved = try #require(stored.inspectors.first { $0.id == mover.id })
        #expect(moved.former.contains(FormerPost(department: mover.home, left: today)))
        #expect(stored == (try HomeChanges.reparsed(stored)))
    }
}
