import Foundation
import Testing

/// What an administrator finds after `deploy/install.sh`: the documents README.md points to,
/// with their links holding; and a configuration man page that names every key the shipped
/// configuration uses.
@Suite struct ShippedDocsTests {
    /// Every section and key of a TOML file, as `[section]`, `[[array]]` and bare key names.
    static func tomlNames(_ text: String) -> Set<String> {
        var names: Set<String> = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                names.insert(String(line.prefix { $0 != " " && $0 != "#" }))
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#"), !line.hasPrefix("\"") {
                names.insert(line[..<equals].trimmingCharacters(in: .whitespaces))
            }
        }
        return names
    }

    @Test func theConfigurationManPageNamesEveryKeyTheShippedConfigurationUses() throws {
        let config = try String(
            contentsOf: Run.packageRoot.appendingPathComponent("deploy/spotcheckd.toml"), encoding: .utf8)
        let names = Self.tomlNames(config)
        #expect(names.contains("[hooks]") && names.contains("[publication]") && names.contains("overdue_weight"))
        for page in ["deploy/man/spotcheckd.toml.5", "deploy/man/zh_CN/man5/spotcheckd.toml.5"] {
            // groff's escaped hyphen and Chinese break points are not part of a name.
            let source = try String(contentsOf: Run.packageRoot.appendingPathComponent(page), encoding: .utf8)
                .replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\:", with: "")
            for name in names.sorted() {
                let shown = name.hasPrefix("[") ? "\"\(name)\"" : name
                #expect(
                    source.contains(".SH \(shown)") || source.contains(".B \(name)")
                        || source.contains("\\fB\(name)\\fR"), "\(page) does not name \(name)")
            }
        }
    }

    /// What is built is not called unbuilt: the verifier and re-check draws run (LedgerDraws).
    @Test func noDocumentSaysTheVerifierDrawIsNotBuilt() throws {
        for page in ["README.md", "docs/ledger.md"] {
            let text = try String(contentsOf: Run.packageRoot.appendingPathComponent(page), encoding: .utf8)
            for line in text.split(separator: "\n") where line.localizedCaseInsensitiveContains("verifier") {
                #expect(
                    !line.contains("not built yet") && !line.contains("not yet built"), "\(page): \(line)")
            }
        }
    }

    @Test func installPutsTheDocumentsReadmePointsToWithTheirLinksHolding() throws {
        let root = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["deploy/install.sh"]
        process.currentDirectoryURL = Run.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["DESTDIR"] = root.path
        environment["SPOTCHECK_BIN"] = Run.binary.deletingLastPathComponent().path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(said)")
        let doc = root.appendingPathComponent("usr/local/share/doc/spotcheck")
        let readme = try String(contentsOf: doc.appendingPathComponent("README.md"), encoding: .utf8)
        // Every docs/… document README links to is there, where the link points.
        let linked = Set(
            readme.matches(of: /\(docs\/([a-z-]+\.md)\)/).map { String($0.output.1) })
        #expect(linked.count >= 8, "\(linked)")
        for name in linked {
            #expect(
                FileManager.default.fileExists(atPath: doc.appendingPathComponent("docs/\(name)").path),
                "docs/\(name) is not installed")
        }
        // json.md's link to the schemas, and the path the man pages name.
        #expect(
            FileManager.default.fileExists(atPath: doc.appendingPathComponent("docs/schema/status.schema.json").path))
        #expect(FileManager.default.fileExists(atPath: doc.appendingPathComponent("schema/status.schema.json").path))
    }
}
