import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// `journalctl MESSAGE_ID=…` finds every publication written and every one that failed.
@Suite struct PublicationEventTests {
    @Test func aWrittenPublicationIsJournaledWithItsEditionFilesAndKeyAndAFailureOncePerState() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "08:00")
        try harness.tick("2026-12-01", "18:00")
        let written = harness.events(.publicationWritten)
        #expect(!written.isEmpty)
        let last = try #require(written.last)
        let key = try PublicationKey.publicKeyHex(state: harness.config.paths.state, create: false)
        #expect(last.fields["PUBLIC_KEY"] == key && last.fields["EDITION"] == "daily", "\(last.fields)")
        #expect(last.fields["FOLDER"] == PublicationWriter.folder(config: harness.config))
        let manifest = try JSONDecoder().decode(
            ManifestFiles.self,
            from: try Data(contentsOf: URL(fileURLWithPath: "\(last.fields["FOLDER"]!)/manifest.json")))
        #expect(last.fields["FILES"] == String(manifest.files.count))
        #expect(last.fields["CHAIN_HEAD"] == (try harness.store.lastRecordHash()))
        #expect(harness.events(.publicationFailed).isEmpty)

        // The signing key becomes unreadable: the next pass fails, is journaled once however many
        // checks follow, and the site as last written stays.
        let keyFile = "\(harness.config.paths.state)/private/publication-key"
        try "not a key\n".write(toFile: keyFile, atomically: true, encoding: .utf8)
        let before = written.count
        try harness.tick("2026-12-02", "18:00")
        try harness.tick("2026-12-02", "18:01")
        try harness.tick("2026-12-02", "18:02")
        let failed = harness.events(.publicationFailed)
        #expect(failed.count == 1, "\(failed.map(\.message))")
        #expect(failed.first?.fields["ERROR"]?.isEmpty == false)
        #expect(harness.events(.publicationWritten).count == before)
        #expect(FileManager.default.fileExists(atPath: "\(last.fields["FOLDER"]!)/manifest.json"))
        #expect(Event.publicationWritten.messageID != Event.publicationFailed.messageID)
    }

    struct ManifestFiles: Decodable {
        struct File: Decodable { var path: String }
        var files: [File]
    }
}
