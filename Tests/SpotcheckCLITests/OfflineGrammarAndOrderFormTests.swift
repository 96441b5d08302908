import Foundation
import SpotcheckCore
import SpotcheckRoster
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Offline draws in snapshot grammar 3 (`spotcheck draw --published-roster DIR --conflict-salts
/// FILE`), and both forms of `order.json` (the reason in clear before categories; a category and
/// a salted commitment since) as both verifiers read them.
@Suite struct OfflineGrammarAndOrderFormTests {
    static let seed = Run.seed(31)

    /// The roster files of `folder` as the verifiers read them.
    static func roster(_ folder: String) throws -> Roster {
        func read(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)")))
        }
        return try RosterParser.parse(
            RosterWriter.Files(
                departments: try read("departments.csv"), inspectors: try read("inspectors.csv"),
                conflicts: try read("conflicts.csv"), history: try read("history.csv")
            ).named(in: folder))
    }

    static func policy() throws -> Policy {
        let path = "\(Run.county)/policy.toml"
        return try PolicyFile.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
    }

    @Test func anOfflineDrawWithAPublishedRosterCommitsToGrammarThreeAndBothVerifiersCheckIt() throws {
        let dir = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let arguments = [
            "draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Self.seed, "--json",
            "--published-roster", path("pub"), "--conflict-salts", path("salts.csv"),
        ]
        let made = try Run.spotcheck(arguments)
        #expect(made.status == 0, "\(made.stderr)")
        // The salts are private and hold the reasons; the published files hold neither.
        var info = stat()
        #expect(stat(path("salts.csv"), &info) == 0 && info.st_mode & 0o777 == 0o600)
        let salts = try String(contentsOfFile: path("salts.csv"), encoding: .utf8)
        #expect(salts.hasPrefix("inspector,department,reason,salt,reason_commitment\n") && salts.contains("配偶在该单位任职"))
        let conflicts = try String(contentsOfFile: path("pub/conflicts.csv"), encoding: .utf8)
        #expect(conflicts.hasPrefix("inspector,department,reason_commitment,until") && !conflicts.contains("配偶"))
        let inspectors = try String(contentsOfFile: path("pub/inspectors.csv"), encoding: .utf8)
        #expect(!inspectors.prefix { $0 != "\n" }.contains("login"))
        let record = try RecordCoding.decodeRecord(Array(made.stdout.utf8), file: "record")
        let published = try Self.roster(path("pub"))
        #expect(published.snapshotGrammar == 3)
        #expect(published.snapshotHash(seed: try #require(Seed(hex: Self.seed))) == record.snapshotHash)
        try Data(made.stdout.utf8).write(to: dir.appendingPathComponent("record.json"))
        try Data((Self.seed + "\n").utf8).write(to: dir.appendingPathComponent("seed.hex"))

        // Both verifiers check it on the published roster, and open the commitments with the salts.
        let policy = "\(Run.county)/policy.toml"
        for extra in [[], ["--conflict-salts", path("salts.csv")]] {
            let swift = try Run.spotcheck(
                ["verify", path("record.json"), "--seed", Self.seed, "--roster", path("pub"), "--policy", policy]
                    + extra)
            #expect(swift.status == 0, "\(extra): \(swift.stdout)\(swift.stderr)")
            let python = try Run.python(
                [path("record.json"), "--seed-file", path("seed.hex"), "--roster", path("pub"), "--policy", policy]
                    + extra)
            #expect(python.status == 0, "\(extra): \(python.stdout)\(python.stderr)")
        }
        let printed = try Run.python([
            path("record.json"), "--seed-file", path("seed.hex"), "--roster", path("pub"), "--policy", policy,
            "--print",
        ])
        #expect(printed.stdout == made.stdout)
        // The private roster is not what it committed to.
        let privateRoster = try Run.spotcheck([
            "verify", path("record.json"), "--seed", Self.seed, "--roster", Run.county,
        ])
        #expect(privateRoster.status == 1 && privateRoster.stdout.contains("snapshotHash"), "\(privateRoster.stdout)")

        // The same salts again: the same bytes, and the file unchanged.
        let again = try Run.spotcheck(arguments)
        #expect(again.status == 0 && again.stdout == made.stdout)
        #expect(try String(contentsOfFile: path("salts.csv"), encoding: .utf8) == salts)

        // Salts without a published roster, and a grammar-3 draw of conflicts without salts, are refused.
        let alone = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Self.seed, "--conflict-salts",
            path("other.csv"),
        ])
        #expect(alone.status == 64 && alone.stderr.contains("--published-roster"), "\(alone.stderr)")
        let noSalts = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Self.seed, "--published-roster",
            path("pub2"),
        ])
        #expect(noSalts.status == 64 && noSalts.stderr.contains("--conflict-salts"), "\(noSalts.stderr)")
    }

    /// A public record folder of an ordered draw whose `order.json` is `entry`.
    static func orderedFolder(_ entry: OrderEntry, root: URL) throws -> String {
        let folder = root.appendingPathComponent("2026-12-01/county-ordered-1")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("roster"), withIntermediateDirectories: true)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        for name in ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv"] {
            try FileManager.default.copyItem(atPath: "\(Run.county)/\(name)", toPath: path("roster/\(name)"))
        }
        try Data(try Self.policy().canonicalText.utf8).write(to: URL(fileURLWithPath: path("policy.txt")))
        let made = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Self.seed, "--json", "--target",
            "d-fagai", "--previous", entry.hash, "--commitment", path("commitment.json"), "--output",
            path("record.json"),
        ])
        #expect(made.status == 0, "\(made.stderr)")
        try Data((Self.seed + "\n").utf8).write(to: URL(fileURLWithPath: path("seed.hex")))
        try Data(entry.canonicalJSON).write(to: URL(fileURLWithPath: path("order.json")))
        return folder.path
    }

    static func verifyBoth(_ folder: String, root: URL, _ extra: [String] = []) throws -> [String] {
        var out: [String] = []
        let swift = try Run.spotcheck(
            ["verify", "--date", "2026-12-01", "--pool", "county-ordered-1", "--public", root.path] + extra)
        if swift.status != 0 { out.append("swift \(swift.status): \(swift.stdout)\(swift.stderr)") }
        let python = try Run.python([folder] + extra)
        if python.status != 0 { out.append("python \(python.status): \(python.stdout)\(python.stderr)") }
        return out
    }

    @Test func bothVerifiersAcceptAnOrderOfEitherFormAndRefuseAMixedOne() throws {
        let day = try #require(Day(iso: "2026-12-01"))
        let seed = try #require(Seed(hex: Self.seed))
        let salt = [UInt8](repeating: 0x5a, count: 32)
        let first = OrderEntry(
            date: day, pool: "county", departments: ["d-fagai"], reason: "群众投诉", seed: seed, previousRecordHash: nil)
        let second = OrderEntry(
            date: day, pool: "county", departments: ["d-fagai"], category: .complaint, reason: "群众投诉：李四",
            reasonSalt: salt, seed: seed, previousRecordHash: nil)
        #expect(
            second.reason == nil && second.reasonCommitment == OrderCategory.commitment(salt: salt, reason: "群众投诉：李四"))
        #expect(!String(decoding: second.canonicalJSON, as: UTF8.self).contains("李四"))
        // A ledger sample's reason stays in clear, under its category.
        let ledger = OrderEntry(
            date: day, pool: "county", departments: ["d-fagai"], category: .ledgerRecheck,
            reason: "ledger recheck 2026-11: sample abc", reasonSalt: salt, seed: seed, previousRecordHash: nil)
        #expect(ledger.reason != nil && ledger.reasonCommitment == nil)

        var mixed = second
        mixed.reason = "群众投诉：李四"
        var wrongPrefix = ledger
        wrongPrefix.reason = "例行检查"
        var commitmentOnFirst = first
        commitmentOnFirst.reasonCommitment = second.reasonCommitment
        var badDigest = second
        badDigest.reasonCommitment = "ABC"
        for (entry, failing) in [
            (first, nil), (second, nil), (mixed, "reason"), (wrongPrefix, "does not begin with"),
            (commitmentOnFirst, "reasonCommitment"), (badDigest, "reasonCommitment"),
        ] as [(OrderEntry, String?)] {
            let root = try Run.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: root) }
            let folder = try Self.orderedFolder(entry, root: root)
            let failures = try Self.verifyBoth(folder, root: root)
            if let failing {
                #expect(
                    failures.count == 2 && failures.allSatisfy { $0.contains("order.json") && $0.contains(failing) },
                    "\(failing): \(failures)")
            } else {
                #expect(failures.isEmpty, "\(failures)")
            }
        }

        // Auditors open the second form's commitment with the private file; a wrong reason is named.
        let root = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try Self.orderedFolder(second, root: root)
        let reasons = root.appendingPathComponent("order-reasons.csv").path
        func reasonsFile(_ reason: String) throws {
            let row = [
                "1", "2026-12-01", "county", "complaint", reason, Hex.encode(salt),
                OrderCategory.commitment(salt: salt, reason: reason),
            ]
            try ("draw,date,pool,category,reason,salt,reason_commitment\n" + row.joined(separator: ",") + "\n").write(
                toFile: reasons, atomically: true, encoding: .utf8)
        }
        try reasonsFile("群众投诉：李四")
        #expect(try Self.verifyBoth(folder, root: root, ["--order-reasons", reasons]).isEmpty)
        try reasonsFile("专项督查")
        let wrong = try Self.verifyBoth(folder, root: root, ["--order-reasons", reasons])
        #expect(wrong.count == 2 && wrong.allSatisfy { $0.contains("is opened by no row") }, "\(wrong)")
    }

    @Test func aRecordFromBeforeVisitModesWereBoundVerifiesWithItsVisitFileAndABoundOneNeedsIt() throws {
        let root = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let day = try #require(Day(iso: "2026-12-01"))
        let seed = try #require(Seed(hex: Self.seed))
        let first = OrderEntry(
            date: day, pool: "county", departments: ["d-fagai"], reason: "群众投诉", seed: seed, previousRecordHash: nil)
        let folder = try Self.orderedFolder(first, root: root)
        // An older record binds no mode: its visit.txt is checked alone.
        try Data("covert\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/visit.txt"))
        #expect(try Self.verifyBoth(folder, root: root).isEmpty)
        // The record and commitment binding another mode than visit.txt: named by both.
        for name in ["record.json", "commitment.json"] {
            let path = "\(folder)/\(name)"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacing("\n}", with: ",\n  \"visit\" : \"open\"\n}").write(
                toFile: path, atomically: true, encoding: .utf8)
        }
        let failures = try Self.verifyBoth(folder, root: root)
        #expect(failures.count == 2 && failures.allSatisfy { $0.contains("visit.txt") }, "\(failures)")
    }
}
