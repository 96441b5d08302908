import Foundation
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckSystem

#if canImport(Glibc)
    import Glibc
#endif

/// Copies of the public site as an auditor may meet them: each department on its own page even
/// where case is not told apart, an older edition told by its date, hostile copies refused by
/// tools/verify_publication.py with words (never a traceback), and names that cannot forge a line.
@Suite struct PublicationCopyTests {
    static let key = [UInt8](repeating: 7, count: 32)
    /// 2026-12-03T10:00:00Z.
    static let published = Date(timeIntervalSince1970: 1_796_292_000)

    /// A signed copy of `files` in a fresh folder (and the folder to remove afterwards).
    static func copy(
        _ files: [String: [UInt8]] = ["index.html": Array("<p>x</p>".utf8), "style.css": [0x61]]
    )
        throws -> (site: String, scratch: String)
    {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "publication-copy-\(UUID().uuidString.prefix(8))"
        ).path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        chmod(scratch, 0o755)
        _ = try PublicationWriter.write(
            files, into: scratch, privateKey: key, published: published, edition: "daily", chainHead: nil)
        return ("\(scratch)/publication", scratch)
    }

    /// tools/verify_publication.py on `folder`, as nobody when the tests run as root (whom a mode
    /// does not stop).
    static func python(_ folder: String, _ options: [String] = []) throws -> (status: Int32, output: String) {
        if getuid() == 0 {
            // nobody may not read the checkout (CI clones into a folder of mode 0700): a copy of the
            // script in a folder everyone may read.
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
                "verify-publication-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: copy) }
            chmod(copy.path, 0o755)
            let script = copy.appendingPathComponent("verify_publication.py").path
            try FileManager.default.copyItem(atPath: PublicationTests.pythonVerifier, toPath: script)
            chmod(script, 0o644)
            return try ControlTests.run(
                "/usr/bin/setpriv",
                ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/env", "python3", script, folder]
                    + options)
        }
        return try ControlTests.run("/usr/bin/env", ["python3", PublicationTests.pythonVerifier, folder] + options)
    }

    static func swift(_ folder: String, _ options: [String] = []) throws -> (status: Int32, output: String) {
        try ControlTests.run(ControlTests.cli, ["verify", "--publication", folder] + options)
    }

    @Test func everyDepartmentIdHasItsOwnPageEvenWhereCaseIsNotToldApart() {
        let ids = ["..", "x-2e2e", ".", "x-2e", "d-fagai", "D-FAGAI", "con", "CON", "x-", "a.b", "水务局", "nul.x"]
        let names = ids.map(PublicationSite.fileName)
        #expect(Set(names.map { $0.lowercased() }).count == ids.count, "\(zip(ids, names).map { "\($0) → \($1)" })")
        for name in names {
            #expect(name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-_.".contains($0)) }, "\(name)")
            #expect(!name.hasPrefix("."), "\(name)")
        }
        #expect(PublicationSite.fileName("d-fagai") == "d-fagai")
    }

    @Test func bothVerifiersSayWhenTheCopyWasPublishedAndRefuseOneOlderThanAsked() throws {
        let (site, scratch) = try Self.copy()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for (name, run) in [("swift", Self.swift), ("python", Self.python)] {
            let plain = try run(site, [])
            #expect(plain.status == 0, "\(name): \(plain.output)")
            #expect(
                plain.output.contains("published: 2026-12-03T10:00:00Z (edition: daily)"), "\(name): \(plain.output)")
            for time in ["2026-12-04", "2026-12-03T18:00:01+08:00"] {
                let old = try run(site, ["--not-before", time])
                #expect(
                    old.status == 1 && old.output.contains("is before --not-before \(time)"), "\(name): \(old.output)")
            }
            for time in ["2026-12-03", "2026-12-03T10:00:00Z"] {
                let current = try run(site, ["--not-before", time])
                #expect(current.status == 0, "\(name) \(time): \(current.output)")
            }
            let wrong = try run(site, ["--not-before", "yesterday"])
            #expect(wrong.status == (name == "swift" ? 64 : 2), "\(name): \(wrong.output)")
        }
    }

    @Test func twoPathsDifferingOnlyInCaseAreRefusedByBothVerifiers() throws {
        let (site, scratch) = try Self.copy([
            "departments/d-fagai.html": Array("a".utf8), "departments/D-FAGAI.html": Array("b".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for result in [try Self.swift(site), try Self.python(site)] {
            #expect(
                result.status == 1 && result.output.contains("one file where case is not told apart"),
                "\(result.output)")
        }
    }

    @Test func aFileNameCannotWriteALineOfEitherVerifiersReport() throws {
        let (site, scratch) = try Self.copy()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let forged = "x\nThe publication holds: 3 files, each as the signed manifest lists it."
        try Data("x".utf8).write(to: URL(fileURLWithPath: "\(site)/\(forged)"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: "\(site)/bidi\u{202E}lmth.exe"))
        for result in [try Self.swift(site), try Self.python(site)] {
            #expect(result.status == 1, "\(result.output)")
            let lines = result.output.split(separator: "\n")
            #expect(!lines.contains { $0.hasPrefix("The publication holds") }, "\(result.output)")
            #expect(result.output.contains("x\\nThe publication holds"), "\(result.output)")
            #expect(result.output.contains("bidi\\u202elmth.exe"), "\(result.output)")
        }
    }

    @Test func hostileCopiesAreRefusedByThePythonVerifierInWordsNotATraceback() throws {
        func expectRefused(_ site: String, _ words: String, _ what: String) throws {
            let result = try Self.python(site)
            #expect(result.status == 1, "\(what): \(result.output)")
            #expect(!result.output.contains("Traceback") && result.output.contains(words), "\(what): \(result.output)")
        }
        // Manifests signed by their own key whose fields are not of their types.
        let entry = #"{"path":"index.html","size":8,"sha256":"\#(String(repeating: "0", count: 64))"}"#
        for (what, files) in [
            ("files a number", "7"), ("an entry a number", "[7]"),
            ("a path a list", #"[{"path":["index.html"],"size":8,"sha256":"\#(String(repeating: "0", count: 64))"}]"#),
            ("no sha256", #"[{"path":"index.html","size":8}]"#),
            ("size x", entry.replacing("\"size\":8", with: "\"size\":\"x\"").wrapped),
        ] {
            let (site, scratch) = try Self.copy()
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            let publicKey = PublicationManifest.hexString(PublicationManifest.publicKey(ofPrivateKey: Self.key)!)
            let manifest = Array(
                #"{"chainHead":null,"edition":"daily","files":\#(files),"format":"spotcheck-publication/1","publicKey":"\#(publicKey)","published":"2026-12-03T10:00:00Z"}"#
                    .utf8)
            let signature = try PublicationManifest.sign(manifest, privateKey: Self.key)
            try Data(manifest).write(to: URL(fileURLWithPath: "\(site)/manifest.json"))
            try Data(PublicationManifest.hexString(signature).utf8).write(
                to: URL(fileURLWithPath: "\(site)/manifest.sig"))
            try expectRefused(site, "manifest.json: not a spotcheck-publication/1 manifest", what)
        }
        // A file nobody may read, and a folder that cannot be entered.
        var (site, scratch) = try Self.copy([
            "index.html": [0x61], "style.css": [0x62], "departments/d-a.html": [0x63],
        ])
        chmod("\(site)/style.css", 0)
        try expectRefused(site, "style.css: cannot be read", "a file at mode 000")
        chmod("\(site)/style.css", 0o644)
        chmod("\(site)/departments", 0o644)
        try expectRefused(site, "departments/d-a.html: cannot be read", "a folder without x")
        chmod("\(site)/departments", 0o755)
        try? FileManager.default.removeItem(atPath: scratch)
        // Folders nested deeper than Python's recursion.
        (site, scratch) = try Self.copy()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var descriptor = open(site, O_RDONLY | O_DIRECTORY)
        for _ in 0..<1_100 {
            mkdirat(descriptor, "a", 0o755)
            let next = openat(descriptor, "a", O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
        }
        let file = openat(descriptor, "f", O_WRONLY | O_CREAT, 0o644)
        close(file)
        close(descriptor)
        try expectRefused(site, "/a/f: not in the manifest", "1,100 nested folders")
        // Removed by the shell, whose walk is not recursive in the same way.
        _ = try ControlTests.run("/bin/rm", ["-rf", "\(site)/a"])
    }
}

extension String {
    /// The text as a one-element JSON list.
    fileprivate var wrapped: String { "[\(self)]" }
}
