import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// What a draw folder publishes about people (snapshot grammar 3): no reason that a list of
/// guesses opens, no login, and of each inspector's absences and former posts only what the
/// draw's date reads; auditors open the reasons with the private salts.
@Suite struct PublishedRosterTests {
    /// Every file under `folder`, as text.
    static func allText(_ folder: String) throws -> String {
        var out = ""
        let files = FileManager.default
        for case let name as String in files.enumerator(atPath: folder)! {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: "\(folder)/\(name)", isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            out += String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)")), as: UTF8.self)
        }
        return out
    }

    @Test func aPublishedFolderHoldsNoGuessableReasonNoLoginAndOnlyTheDrawDatesAbsences() throws {
        let harness = try PublicRecordTests.twoPools()
        try harness.tick("2026-12-01", "08:00")
        try harness.tick("2026-12-01", "18:00")
        let roster = try #require(try harness.store.currentRoster()).roster()
        #expect(!roster.conflicts.isEmpty)
        let everything = try Self.allText(harness.config.paths.publicRecords)
        #expect(!everything.isEmpty)
        for conflict in roster.conflicts {
            #expect(!everything.contains(sha256Hex(Array(conflict.reason.utf8))), "'\(conflict.reason)' by its hash")
            #expect(!everything.contains(conflict.reason), "'\(conflict.reason)' in words")
        }
        for draw in try harness.store.draws() {
            let folder = Engine.publicFolder(draw, config: harness.config)
            let inspectors = try String(contentsOfFile: "\(folder)/roster/inspectors.csv", encoding: .utf8)
            let header = inspectors.prefix { $0 != "\n" }
            #expect(!header.contains("login"), "\(header)")
            let published = try RosterParser.parse(
                RosterWriter.Files(
                    departments: Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/roster/departments.csv"))),
                    inspectors: Array(inspectors.utf8),
                    conflicts: Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/roster/conflicts.csv"))),
                    history: Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/roster/history.csv")))
                ).named(in: folder))
            #expect(published.snapshotGrammar == 3)
            for inspector in published.inspectors {
                #expect(inspector.unavailable.ranges.allSatisfy { $0.lower == draw.date && $0.upper == draw.date })
                #expect(inspector.login.isEmpty)
            }
            for login in roster.inspectors.map(\.login) {
                #expect(!inspectors.contains(",\(login),"), "login \(login) published")
            }
            // Both verifiers still re-derive the draw from what is published.
            let failures = try PublicRecordTests.verifyBoth(
                folder, date: draw.date.description, name: URL(fileURLWithPath: folder).lastPathComponent,
                publicRoot: harness.config.paths.publicRecords)
            #expect(failures.isEmpty, "\(failures)")
        }
    }

    @Test func auditorsOpenEveryPublishedReasonWithThePrivateSaltsAndATamperedSaltIsNamed() throws {
        let harness = try PublicRecordTests.twoPools()
        try harness.tick("2026-12-01", "08:00")
        try harness.tick("2026-12-01", "18:00")
        let draw = try #require(try harness.store.draws().first)
        let folder = Engine.publicFolder(draw, config: harness.config)
        let salts = Engine.conflictSaltsFile(state: harness.config.paths.state)
        var info = stat()
        #expect(stat(salts, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let stored = try harness.store.allConflictSalts()
        #expect(!stored.isEmpty && Set(stored.map(\.salt)).count == stored.count)
        let run = try ControlTests.run(
            "/usr/bin/env", ["python3", PublicRecordTests.verifier, folder, "--conflict-salts", salts])
        #expect(run.status == 0, "\(run.output)")
        // Another salt for one row: its commitment is opened by nothing.
        var lines = try String(contentsOfFile: salts, encoding: .utf8).split(separator: "\n").map(String.init)
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[3] = String(repeating: "ab", count: 32)
        lines[1] = fields.joined(separator: ",")
        let tampered = harness.folder.appendingPathComponent("salts-tampered.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: tampered, atomically: true, encoding: .utf8)
        let broken = try ControlTests.run(
            "/usr/bin/env", ["python3", PublicRecordTests.verifier, folder, "--conflict-salts", tampered])
        #expect(broken.status == 1 && broken.output.contains("the salt and reason give"), "\(broken.output)")
        // The same conflict keeps its salt, so every later draw publishes the same commitment.
        try harness.tick("2026-12-02", "08:00")
        #expect(try harness.store.allConflictSalts() == stored)
    }
}
