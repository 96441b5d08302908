import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// An ordered inspection's reason (it can name a complainant) is published only as a public
/// category and a salted commitment; auditors open it with the private file, and open the
/// conflict commitments with either verifier.
@Suite struct OrderReasonPrivacyTests {
    static let reason = "群众投诉：王小明举报窗口办事拖延"

    static func orderedDay(category: OrderCategory = .complaint) throws -> (Harness, StoredDraw, String) {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let drawn = Set(try harness.store.draws().compactMap { try $0.decodedRecord() }.flatMap(\.targets))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let target = try #require(roster.departments.map(\.id).sorted().first { !drawn.contains($0) })
        let ordered = try harness.engine.orderTargeted(
            pool: "county", departments: [target], reason: reason, actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config, category: category)
        try harness.tick("2026-12-01", "18:00")
        return (harness, ordered, Engine.publicFolder(ordered, config: harness.config))
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ControlTests.run("/usr/bin/env", ["python3", PublicRecordTests.verifier] + arguments)
    }

    static func swift(_ harness: Harness, _ folder: String, _ extra: [String]) throws -> (status: Int32, output: String)
    {
        let name = URL(fileURLWithPath: folder).lastPathComponent
        return try ControlTests.run(
            ControlTests.cli,
            ["verify", "--date", "2026-12-01", "--pool", name, "--public", harness.config.paths.publicRecords] + extra)
    }

    @Test func anOrdersReasonIsPublishedOnlyAsItsCategoryAndASaltedCommitment() throws {
        let (harness, ordered, folder) = try Self.orderedDay()
        let bytes = try #require(FileManager.default.contents(atPath: "\(folder)/order.json"))
        let entry = try JSONDecoder().decode(OrderEntry.self, from: bytes)
        #expect(entry.category == "complaint" && entry.reason == nil)
        let commitment = try #require(entry.reasonCommitment)
        // Nowhere in the public folder: not in words, not by its plain hash.
        let everything = try PublishedRosterTests.allText(harness.config.paths.publicRecords)
        for secret in [Self.reason, "王小明", sha256Hex(Array(Self.reason.utf8))] {
            #expect(!everything.contains(secret), "'\(secret)' is published")
        }
        // Auditors open it with the private file (0600), and both verifiers check the order.
        let reasons = Engine.orderReasonsFile(state: harness.config.paths.state)
        var info = stat()
        #expect(stat(reasons, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let text = try String(contentsOfFile: reasons, encoding: .utf8)
        #expect(text.contains(Self.reason) && text.contains(commitment) && text.contains(",complaint,"), "\(text)")
        let salts = try harness.store.orderReasonSalts()
        #expect(salts.map(\.drawID) == [ordered.id])
        #expect(OrderCategory.commitment(salt: salts[0].salt, reason: Self.reason) == commitment)
        #expect(
            try PublicRecordTests.verifyBoth(
                folder, date: "2026-12-01", name: URL(fileURLWithPath: folder).lastPathComponent,
                publicRoot: harness.config.paths.publicRecords
            ).isEmpty)
        let opened = try Self.python([folder, "--order-reasons", reasons])
        #expect(opened.status == 0, "\(opened.output)")
        let openedSwift = try Self.swift(harness, folder, ["--order-reasons", reasons])
        #expect(openedSwift.status == 0, "\(openedSwift.output)")
        // Another reason behind the same commitment: both name the file's row.
        let forged = harness.folder.appendingPathComponent("order-reasons-forged.csv").path
        try text.replacing(Self.reason, with: "专项督查").write(toFile: forged, atomically: true, encoding: .utf8)
        let python = try Self.python([folder, "--order-reasons", forged])
        let swift = try Self.swift(harness, folder, ["--order-reasons", forged])
        #expect(python.status == 1 && python.output.contains("the salt and reason give"), "\(python.output)")
        #expect(
            swift.status == 1 && swift.output.contains("order-reasons-forged.csv line 2")
                && swift.output.contains("is opened by no row"), "\(swift.output)")
    }

    @Test func anOrderWithItsReasonPutBackInClearOrAnotherCategoryIsRefusedByBothVerifiers() throws {
        let (harness, _, folder) = try Self.orderedDay(category: .leadership)
        let path = "\(folder)/order.json"
        let original = try #require(FileManager.default.contents(atPath: path))
        let entry = try JSONDecoder().decode(OrderEntry.self, from: original)
        #expect(entry.category == "leadership")
        var inClear = entry
        inClear.reason = Self.reason
        var otherCategory = entry
        otherCategory.category = "complaint"
        var unknown = entry
        unknown.category = "gossip"
        for (tampered, named) in [
            (inClear, "reason"), (otherCategory, "hashes to"), (unknown, "category"),
        ] {
            try Data(tampered.canonicalJSON).write(to: URL(fileURLWithPath: path))
            let failures = try PublicRecordTests.verifyBoth(
                folder, date: "2026-12-01", name: URL(fileURLWithPath: folder).lastPathComponent,
                publicRoot: harness.config.paths.publicRecords)
            #expect(
                failures.count == 2 && failures.allSatisfy { $0.contains("order.json") && $0.contains(named) },
                "\(failures)")
        }
        try original.write(to: URL(fileURLWithPath: path))
    }

    @Test func aCoordinatorCannotGiveALedgerCategoryOrAnUnknownOne() throws {
        for name in ["ledger-recheck", "gossip", ""] {
            #expect(throws: (any Error).self) { try DaemonControl.orderCategory(name) }
        }
        #expect(try DaemonControl.orderCategory(nil) == .other)
        #expect(try DaemonControl.orderCategory("complaint") == .complaint)
    }

    @Test func swiftOpensConflictCommitmentsAsThePythonVerifierDoesNamingFileAndLine() throws {
        let harness = try PublicRecordTests.twoPools()
        try harness.tick("2026-12-01", "08:00")
        try harness.tick("2026-12-01", "18:00")
        let draw = try #require(try harness.store.draws().first)
        let folder = Engine.publicFolder(draw, config: harness.config)
        let salts = Engine.conflictSaltsFile(state: harness.config.paths.state)
        let good = try Self.swift(harness, folder, ["--conflict-salts", salts])
        #expect(good.status == 0, "\(good.output)")
        // Another salt on the first row: both name it (Swift by file and line).
        var lines = try String(contentsOfFile: salts, encoding: .utf8).split(separator: "\n").map(String.init)
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[3] = String(repeating: "ab", count: 32)
        lines[1] = fields.joined(separator: ",")
        let tampered = harness.folder.appendingPathComponent("salts-tampered.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: tampered, atomically: true, encoding: .utf8)
        let swift = try Self.swift(harness, folder, ["--conflict-salts", tampered])
        let python = try Self.python([folder, "--conflict-salts", tampered])
        #expect(
            swift.status == 1 && swift.output.contains("salts-tampered.csv line 2")
                && swift.output.contains("the salt and reason give"), "\(swift.output)")
        #expect(python.status == 1 && python.output.contains("the salt and reason give"), "\(python.output)")
        // A salt that is not 64 hex digits, a file that is missing, a header that is wrong.
        fields[3] = "xyz"
        lines[1] = fields.joined(separator: ",")
        try (lines.joined(separator: "\n") + "\n").write(toFile: tampered, atomically: true, encoding: .utf8)
        let short = try Self.swift(harness, folder, ["--conflict-salts", tampered])
        #expect(
            short.status == 1 && short.output.contains("line 2") && short.output.contains("salt is not 64 hex digits"))
        let missing = try Self.swift(harness, folder, ["--conflict-salts", "/nonexistent/salts.csv"])
        #expect(missing.status == 66 && missing.output.contains("/nonexistent/salts.csv"), "\(missing.output)")
        try "inspector,department,reason\n".write(toFile: tampered, atomically: true, encoding: .utf8)
        let header = try Self.swift(harness, folder, ["--conflict-salts", tampered])
        #expect(header.status == 65 && header.output.contains("salts-tampered.csv line 1"), "\(header.output)")
    }
}
