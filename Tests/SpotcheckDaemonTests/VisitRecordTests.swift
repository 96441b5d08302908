import Foundation
import SpotcheckCore
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

/// The visit mode (明察 open / 暗访 covert) in the draw's public folder: published with the
/// commitment before the draw, kept with the record, checked and shown by both verifiers; a
/// folder from before visit modes were public still verifies.
@Suite struct VisitRecordTests {
    @Test func aCovertPoolsDrawSaysSoInItsPublicFolderAndBothVerifiersCheckIt() throws {
        let harness = try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "08:00"
                visit = "covert"
                """)
        try harness.tick("2026-12-01", "07:00")
        let folder = "\(harness.config.paths.publicRecords)/2026-12-01/county"
        let visit = "\(folder)/visit.txt"
        // Public with the commitment, before any result exists.
        #expect(FileManager.default.fileExists(atPath: "\(folder)/commitment.json"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/record.json"))
        #expect(FileManager.default.contents(atPath: visit) == Data("covert\n".utf8))
        try harness.tick("2026-12-01", "08:00")
        try harness.tick("2026-12-01", "18:00")
        #expect(FileManager.default.contents(atPath: visit) == Data("covert\n".utf8))

        let swift = try ControlTests.run(
            ControlTests.cli,
            ["verify", "--date", "2026-12-01", "--pool", "county", "--public", harness.config.paths.publicRecords])
        #expect(swift.status == 0 && swift.output.contains("visit: covert"), "\(swift.output)")
        let python = try ControlTests.run("/usr/bin/env", ["python3", PublicRecordTests.verifier, folder])
        #expect(python.status == 0 && python.output.contains("visit: covert (暗访)"), "\(python.output)")

        // The commitment and the record bind the mode.
        let commitment = try String(contentsOfFile: "\(folder)/commitment.json", encoding: .utf8)
        #expect(commitment.contains("\"visit\" : \"covert\""), "\(commitment)")
        #expect(try harness.store.draws().first?.decodedRecord()?.visit == "covert")
        // A changed mode is named by both, and so is a mode other than the bound one, or none.
        for text in ["secret\n", "open\n"] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: visit))
            let refused = try PublicRecordTests.verifyBoth(
                folder, date: "2026-12-01", name: "county", publicRoot: harness.config.paths.publicRecords)
            #expect(refused.count == 2 && refused.allSatisfy { $0.contains("visit.txt") }, "\(text): \(refused)")
        }
        try FileManager.default.removeItem(atPath: visit)
        let missing = try PublicRecordTests.verifyBoth(
            folder, date: "2026-12-01", name: "county", publicRoot: harness.config.paths.publicRecords)
        #expect(missing.count == 2 && missing.allSatisfy { $0.contains("visit.txt: missing") }, "\(missing)")
    }

    @Test func anOpenPoolsDrawSaysOpen() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        let folder = "\(harness.config.paths.publicRecords)/2026-12-01/county"
        #expect(FileManager.default.contents(atPath: "\(folder)/visit.txt") == Data("open\n".utf8))
    }
}
