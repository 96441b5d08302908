import Foundation
import SpotcheckProtocol
import Testing

/// The journal catalog in English and Simplified Chinese: `journalctl -x` explains every event
/// in the reader's language.
@Suite struct CatalogLanguageTests {
    struct Entry {
        var subject: String
        var fields: [String]
    }

    /// The entries of a catalog file by MESSAGE_ID: the subject and the @FIELDS@ the text uses.
    static func entries(_ path: String) throws -> [String: Entry] {
        let text = try String(contentsOf: Harness.packageRoot.appendingPathComponent(path), encoding: .utf8)
        var entries: [String: Entry] = [:]
        for block in text.components(separatedBy: "\n-- ").dropFirst() {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
            let id = String(lines[0].split(separator: " ")[0])
            let subject = lines.first { $0.hasPrefix("Subject: ") }.map { String($0.dropFirst(9)) } ?? ""
            let fields = block.matches(of: /@[A-Z0-9_]+@/).map { String($0.output) }
            entries[id] = Entry(subject: subject, fields: Array(Set(fields)).sorted())
        }
        return entries
    }

    @Test func everyEventIsExplainedInEnglishAndInChineseWithTheSameFields() throws {
        let english = try Self.entries("deploy/spotcheck.catalog")
        let chinese = try Self.entries("deploy/spotcheck.zh_CN.catalog")
        #expect(Set(english.keys) == Set(chinese.keys), "the two catalogs explain different events")
        for event in SpotcheckProtocol.Event.allCases {
            let id = event.messageID
            let inChinese = try #require(chinese[id], "\(event) has no Chinese catalog entry")
            let inEnglish = try #require(english[id], "\(event) has no English catalog entry")
            #expect(inChinese.fields == inEnglish.fields, "\(event): the Chinese entry uses other fields")
            #expect(inChinese.subject.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(event)")
            #expect(!inChinese.subject.isEmpty && !inEnglish.subject.isEmpty)
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/journalctl"), "needs journalctl"))
    func theInstalledChineseCatalogIsCompiledIntoTheDatabase() throws {
        let root = try DeployTests.install()
        let catalogs = root.appendingPathComponent("usr/local/lib/systemd/catalog")
        #expect(FileManager.default.fileExists(atPath: catalogs.appendingPathComponent("spotcheck.zh_CN.catalog").path))
        // journalctl --root reads catalogs from the root's /usr/lib/systemd/catalog.
        let system = root.appendingPathComponent("usr/lib/systemd/catalog")
        try FileManager.default.createDirectory(at: system, withIntermediateDirectories: true)
        for name in ["spotcheck.catalog", "spotcheck.zh_CN.catalog"] {
            try? FileManager.default.removeItem(at: system.appendingPathComponent(name))
            try FileManager.default.copyItem(
                at: catalogs.appendingPathComponent(name), to: system.appendingPathComponent(name))
        }
        let result = try DeployTests.run("/usr/bin/journalctl", ["--update-catalog", "--root", root.path])
        #expect(result.status == 0, "\(result.output)")
        let database = try Data(contentsOf: root.appendingPathComponent("var/lib/systemd/catalog/database"))
        let text = String(decoding: database, as: UTF8.self)
        for entry in try Self.entries("deploy/spotcheck.zh_CN.catalog").values {
            #expect(text.contains(entry.subject), "\(entry.subject) is not in the catalog database")
        }
    }
}
