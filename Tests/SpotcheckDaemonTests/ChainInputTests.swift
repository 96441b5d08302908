import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile copies of a public records folder that both verifiers must refuse alike: record files
/// with a key twice, chain link files renamed, renumbered, swapped or added, and files that are
/// huge, endless, or nested too deeply to read.
@Suite struct ChainInputTests {
    /// Both verifiers refuse (any non-zero status), each naming `naming`, never with a traceback.
    static func expectRefused(_ results: [(status: Int32, output: String)], naming: String, _ what: String) {
        for (index, result) in results.enumerated() {
            let who = index == 0 ? "spotcheck verify --chain" : "verify_draw.py --chain"
            #expect(result.status != 0, "\(what): \(who) accepted it: \(result.output)")
            #expect(result.output.contains(naming), "\(what): \(who) does not name \(naming): \(result.output)")
            #expect(!result.output.contains("Traceback"), "\(what): \(who) crashed: \(result.output)")
        }
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The canonical JSON object with `key` inserted once more, first or last.
    static func withDuplicate(_ json: String, key: String, value: String, first: Bool) -> String {
        let line = "  \"\(key)\" : \"\(value)\""
        if first { return json.replacingOccurrences(of: "{\n", with: "{\n\(line),\n", options: .anchored) }
        return String(json.dropLast(3)) + ",\n\(line)\n}\n"
    }

    @Test func aCommitmentWithAKeyTwiceIsRefusedByBothWhicheverComesFirst() throws {
        let (harness, first, _) = try ChainTamperTests.twoDays()
        let name = URL(fileURLWithPath: Engine.publicFolder(first, config: harness.config)).lastPathComponent
        for placeFirst in [true, false] {
            let root = try ChainTamperTests.copy(harness)
            let path = "\(root)/2026-12-01/\(name)/commitment.json"
            let original = try Self.text(path)
            #expect(original.hasPrefix("{\n") && original.hasSuffix("\n}\n"))
            try Self.withDuplicate(
                original, key: "seedCommitment", value: String(repeating: "0", count: 64), first: placeFirst
            ).write(toFile: path, atomically: true, encoding: .utf8)
            ChainTamperTests.expectCaught(
                try ChainTamperTests.verifyChain(root),
                naming: "\(name)/commitment.json: the key \"seedCommitment\" appears twice",
                "commitment with a second seedCommitment \(placeFirst ? "first" : "last")")
        }
    }

    @Test func aRecordOrderOrChainLinkWithAKeyTwiceIsRefusedByBothNamingFileAndKey() throws {
        let (harness, _) = try ChainLinkTests.ledgerDays()
        let publicRoot = harness.config.paths.publicRecords
        let draws = try harness.store.draws(on: Day(iso: "2026-12-01")!)
        let draw = try #require(draws.first)
        let folder =
            "2026-12-01/"
            + URL(fileURLWithPath: Engine.publicFolder(draw, config: harness.config))
            .lastPathComponent
        let link = try #require(try ChainLinkTests.chainFiles(publicRoot).first)
        let cases: [(file: String, key: String)] = [
            ("\(folder)/record.json", "snapshotHash"), ("chain/\(link)", "digest"),
        ]
        for (file, key) in cases {
            for placeFirst in [true, false] {
                let root = try ChainTamperTests.copy(harness)
                let path = "\(root)/\(file)"
                try Self.withDuplicate(
                    try Self.text(path), key: key, value: String(repeating: "1", count: 64), first: placeFirst
                ).write(toFile: path, atomically: true, encoding: .utf8)
                Self.expectRefused(
                    try ChainTamperTests.verifyChain(root), naming: "\(file): the key \"\(key)\" appears twice",
                    "\(file) with \(key) twice")
            }
        }
    }

    @Test func chainLinkFilesRenamedRenumberedSwappedOrAddedAreNamedByBoth() throws {
        let (harness, _) = try ChainLinkTests.ledgerDays()
        let names = try ChainLinkTests.chainFiles(harness.config.paths.publicRecords)
        #expect(names.count >= 2 && names.allSatisfy { $0.utf8.count == 13 }, "\(names)")
        let files = FileManager.default
        // Not eight digits, or not .json, or hidden: nothing else belongs in chain/.
        for other in ["abc.json", "0000002.json", "\(names[0].dropLast(5)).JSON", ".\(names[0])", "000000002.json"] {
            let root = try ChainTamperTests.copy(harness)
            try files.moveItem(atPath: "\(root)/chain/\(names[0])", toPath: "\(root)/chain/\(other)")
            ChainTamperTests.expectCaught(
                try ChainTamperTests.verifyChain(root), naming: "chain/\(other): not a link's name", "renamed \(other)")
        }
        for extra in ["\(names[0]).bak", "notes.txt"] {
            let root = try ChainTamperTests.copy(harness)
            try files.copyItem(atPath: "\(root)/chain/\(names[0])", toPath: "\(root)/chain/\(extra)")
            ChainTamperTests.expectCaught(
                try ChainTamperTests.verifyChain(root), naming: "chain/\(extra): not a link's name", "extra \(extra)")
        }
        // Renumbered: a place the link does not have.
        var root = try ChainTamperTests.copy(harness)
        try files.moveItem(atPath: "\(root)/chain/\(names[0])", toPath: "\(root)/chain/00000099.json")
        ChainTamperTests.expectCaught(
            try ChainTamperTests.verifyChain(root), naming: "chain/00000099.json: is link", "renumbered link")
        // Swapped names.
        root = try ChainTamperTests.copy(harness)
        try files.moveItem(atPath: "\(root)/chain/\(names[0])", toPath: "\(root)/chain/swap")
        try files.moveItem(atPath: "\(root)/chain/\(names[1])", toPath: "\(root)/chain/\(names[0])")
        try files.moveItem(atPath: "\(root)/chain/swap", toPath: "\(root)/chain/\(names[1])")
        ChainTamperTests.expectCaught(
            try ChainTamperTests.verifyChain(root), naming: "chain/\(names[0]): is link", "swapped links")
    }

    @Test func aHugeEndlessOrDeeplyNestedLinkIsRefusedAtOnceNamingTheFile() throws {
        let (harness, _) = try ChainLinkTests.ledgerDays()
        let names = try ChainLinkTests.chainFiles(harness.config.paths.publicRecords)
        // Larger than 64 MiB (sparse: costs no disk).
        var root = try ChainTamperTests.copy(harness)
        var path = "\(root)/chain/\(names[0])"
        #expect(truncate(path, 65 << 20) == 0)
        Self.expectRefused(try ChainTamperTests.verifyChain(root), naming: "64 MiB", "huge link")
        // A FIFO (an ordinary open would wait for a writer for ever) and a link to a device.
        root = try ChainTamperTests.copy(harness)
        path = "\(root)/chain/\(names[0])"
        try FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o644) == 0)
        Self.expectRefused(try ChainTamperTests.verifyChain(root), naming: "chain/\(names[0])", "FIFO link")
        root = try ChainTamperTests.copy(harness)
        path = "\(root)/chain/\(names[0])"
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        Self.expectRefused(try ChainTamperTests.verifyChain(root), naming: "chain/\(names[0])", "link to /dev/zero")
        // Nested deeper than any reader recurses.
        root = try ChainTamperTests.copy(harness)
        path = "\(root)/chain/\(names[0])"
        try (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).write(
            toFile: path, atomically: true, encoding: .utf8)
        Self.expectRefused(try ChainTamperTests.verifyChain(root), naming: "chain/\(names[0])", "deep JSON")
    }
}
