import Foundation
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckSystem

#if canImport(Glibc)
    import Glibc
#endif

/// The two publication verifiers (`spotcheck verify --publication` and tools/verify_publication.py)
/// on the same hostile copies, each signed by its own key: the same verdict, in the same words.
@Suite struct PublicationAgreementTests {
    static let publicKey = PublicationManifest.hexString(
        PublicationManifest.publicKey(ofPrivateKey: PublicationCopyTests.key)!)
    static let zeros = String(repeating: "0", count: 64)

    /// The problems a verifier listed (its "  - " lines), or its whole output when it listed none.
    static func problems(_ output: String) -> [String] {
        let lines = output.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  - ") }
        return lines.isEmpty ? [output] : lines
    }

    /// Both verifiers on `site`: the same exit (1 from both, or 0 from both) and the same problems.
    static func expectAgreement(
        _ site: String, _ options: [String] = [], holds: Bool = false, says words: String? = nil, _ what: String
    ) throws {
        let swift = try PublicationCopyTests.swift(site, options)
        let python = try PublicationCopyTests.python(site, options)
        #expect(swift.status == (holds ? 0 : 1), "\(what): swift: \(swift.output)")
        #expect(python.status == swift.status, "\(what): python: \(python.output)")
        if !holds {
            #expect(problems(swift.output) == problems(python.output), "\(what)\n\(swift.output)\n\(python.output)")
        }
        if let words {
            #expect(swift.output.contains(words), "\(what): swift: \(swift.output)")
            #expect(python.output.contains(words), "\(what): python: \(python.output)")
        }
    }

    /// A fresh signed copy whose manifest.json is replaced by `manifest`, signed by the same key.
    static func selfSigned(_ manifest: [UInt8], signature: String? = nil) throws -> (site: String, scratch: String) {
        let (site, scratch) = try PublicationCopyTests.copy()
        let signed = try PublicationManifest.sign(manifest, privateKey: PublicationCopyTests.key)
        try Data(manifest).write(to: URL(fileURLWithPath: "\(site)/manifest.json"))
        try Data((signature ?? PublicationManifest.hexString(signed)).utf8).write(
            to: URL(fileURLWithPath: "\(site)/manifest.sig"))
        return (site, scratch)
    }

    /// A manifest of the copy's two files with `change` applied to its text.
    static func manifest(_ change: (String) -> String = { $0 }) throws -> String {
        let (site, scratch) = try PublicationCopyTests.copy()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        return change(try String(contentsOfFile: "\(site)/manifest.json", encoding: .utf8))
    }

    @Test func hostileSelfSignedManifestsGetTheSameVerdictInTheSameWords() throws {
        let key = Self.publicKey
        let spaced = stride(from: 0, to: 64, by: 2).map { offset in
            let start = key.index(key.startIndex, offsetBy: offset)
            return String(key[start..<key.index(start, offsetBy: 2)])
        }.joined(separator: " ")
        let notAManifest = "manifest.json: not a spotcheck-publication/1 manifest"
        let cases: [(String, (String) -> String, String)] = [
            ("publicKey with spaces", { $0.replacing(key, with: spaced) }, "publicKey: not 64 lowercase hex digits"),
            (
                "publicKey with a line break", { $0.replacing(key, with: spaced.replacing(" ", with: "\\n")) },
                "publicKey: not 64 lowercase hex digits"
            ),
            ("publicKey in capitals", { $0.replacing(key, with: key.uppercased()) }, "not 64 lowercase hex digits"),
            (
                "files twice", { $0.replacing(#""format""#, with: #""files":[],"format""#) },
                "\(notAManifest) (the key files appears twice in one object)"
            ),
            (
                "a key twice, spelt with an escape",
                { $0.replacing(#""edition""#, with: #""editio\u006e":"x","edition""#) },
                "(the key edition appears twice in one object)"
            ),
            (
                "a lone surrogate", { $0.replacing(#""daily""#, with: #""daily\ud800""#) },
                "\(notAManifest) (a string holds a lone surrogate)"
            ),
            (
                "a size of 1.0", { $0.replacing("\"size\" : 1\n", with: "\"size\" : 1.0\n") },
                "\(notAManifest) (a number has a fraction or an exponent)"
            ),
            (
                "a size of 1e0", { $0.replacing("\"size\" : 1\n", with: "\"size\" : 1e0\n") },
                "a fraction or an exponent"
            ),
            ("a byte order mark", { "\u{FEFF}" + $0 }, "\(notAManifest) (it begins with a byte order mark)"),
            ("NaN", { $0.replacing(#""format""#, with: #""x":NaN,"format""#) }, notAManifest),
            (
                "a size of 2^63", { $0.replacing("\"size\" : 1\n", with: "\"size\" : 9223372036854775808\n") },
                notAManifest
            ),
            ("a negative size", { $0.replacing("\"size\" : 1\n", with: "\"size\" : -1\n") }, notAManifest),
            (
                "published free text", { $0.replacing("2026-12-03T10:00:00Z", with: "yesterday") },
                "manifest.json published: not an RFC 3339 date-time"
            ),
            ("published in year 10000", { $0.replacing("2026-12-03", with: "10000-12-03") }, "not an RFC 3339"),
            ("published on 30 February", { $0.replacing("2026-12-03", with: "2026-02-30") }, "not an RFC 3339"),
            ("published without an offset", { $0.replacing("10:00:00Z", with: "10:00:00") }, "not an RFC 3339"),
            ("published in small letters", { $0.replacing("T10:00:00Z", with: "t10:00:00z") }, "not an RFC 3339"),
            (
                "a sha256 not hex", { $0.replacing(#""sha256" : ""#, with: #""sha256" : "zz"#) },
                "manifest.json files[0].sha256: not 64 lowercase hex digits"
            ),
        ]
        for (what, change, words) in cases {
            let text = try Self.manifest(change)
            #expect(text != (try Self.manifest()), "\(what): the change did not apply")
            let (site, scratch) = try Self.selfSigned(Array(text.utf8))
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            try Self.expectAgreement(site, says: words, what)
        }
    }

    @Test func signaturesAndKeysAreReadTheSameWay() throws {
        let text = Array(try Self.manifest().utf8)
        let signature = PublicationManifest.hexString(
            try PublicationManifest.sign(text, privateKey: PublicationCopyTests.key))
        // White space around the digits is no fault; between them, or a second line, is.
        for (what, written, holds) in [
            ("a final line break", signature + "\n", true), ("capitals", signature.uppercased(), true),
            ("a space between bytes", String(signature.prefix(2)) + " " + signature.dropFirst(2), false),
            ("a second line", signature + "\n00", false),
        ] {
            let (site, scratch) = try Self.selfSigned(text, signature: written)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            try Self.expectAgreement(site, holds: holds, what)
        }
        let (site, scratch) = try Self.selfSigned(text)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for bad in [String(Self.publicKey.prefix(2)) + " " + Self.publicKey.dropFirst(2), Self.publicKey + "00"] {
            let swift = try PublicationCopyTests.swift(site, ["--key", bad])
            let python = try PublicationCopyTests.python(site, ["--key", bad])
            #expect(swift.status == 64 && python.status == 2, "\(bad)\n\(swift.output)\n\(python.output)")
        }
        try Self.expectAgreement(site, ["--key", Self.publicKey.uppercased()], holds: true, "--key in capitals")
    }

    @Test func notBeforeReadsTheSameTimesTheSameWay() throws {
        // Published 2026-12-03T10:00:00Z. nil: refused as an option (64 and 2).
        let times: [(String, Bool?)] = [
            ("2026-12-03", true), ("2026-12-04", false), ("2026-12-03T10:00:00Z", true),
            ("2026-12-03T18:00:00+08:00", true), ("2026-12-03T10:00:00.000000001Z", false),
            ("2026-12-03T09:59:59.9999999999Z", true), ("9999-12-31T23:59:59+14:00", false),
            ("2026-11-30 21:42:58+00:00", nil), ("2026-12-03T10:00:00z", nil), ("2026-12-03t10:00:00Z", nil),
            ("2026-12-03T24:00:00+08:00", nil), ("2026-12-03T10:00:60Z", nil), ("2026-12-03T10:00:00", nil),
            ("2026-12-03T10:00:00+24:00", nil), ("0000-12-03", nil), ("2026-02-29", nil), ("2026-12-3", nil),
            ("\u{FF12}026-12-03", nil), ("2026-12-03\n", nil), ("yesterday", nil), ("", nil),
        ]
        let (site, scratch) = try PublicationCopyTests.copy()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for (time, holds) in times {
            if let holds {
                try Self.expectAgreement(site, ["--not-before", time], holds: holds, "--not-before \(time)")
            } else {
                let swift = try PublicationCopyTests.swift(site, ["--not-before", time])
                let python = try PublicationCopyTests.python(site, ["--not-before", time])
                #expect(swift.status == 64, "\(time): swift: \(swift.output)")
                #expect(python.status == 2, "\(time): python: \(python.output)")
                for output in [swift.output, python.output] {
                    #expect(output.contains("--not-before must be YYYY-MM-DD (00:00 at UTC+08:00) or an RFC 3339 time"))
                }
            }
        }
    }

    @Test func aFileNameThatIsNotUTF8IsShownAndToldTheSameWay() throws {
        let (site, scratch) = try PublicationCopyTests.copy()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        func create(_ name: [UInt8], folder: Bool = false) {
            let path = Array("\(site)/".utf8) + name + [0]
            path.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { path in
                    if folder {
                        _ = mkdir(path.baseAddress!, 0o755)
                    } else {
                        close(open(path.baseAddress!, O_WRONLY | O_CREAT, 0o644))
                    }
                }
            }
        }
        create([0xFF, 0xFE])
        create([0xE4, 0xB8, 0x61])  // a character cut short, then "a"
        create([0x80], folder: true)
        create([0x80, 0x2F, 0x78])
        try Self.expectAgreement(site, says: "\\xff\\xfe: not in the manifest (a file was added)", "names not UTF-8")
        let swift = try PublicationCopyTests.swift(site)
        for words in ["\\xe4\\xb8a: not in the manifest", "\\x80/x: not in the manifest"] {
            #expect(swift.output.contains(words), "\(swift.output)")
        }
        #expect(!swift.output.contains("\u{FFFD}"), "\(swift.output)")
    }

    /// Every encoding of a point of small order (the eight points, either sign bit) and every
    /// non-canonical encoding (y from p = 2^255 - 19 to 2^255 - 1, either sign bit), little-endian hex.
    static let weakKeys: [(key: String, nonCanonical: Bool)] = {
        let high = [UInt8](repeating: 0xFF, count: 30) + [0x7F]
        var ys: [([UInt8], Bool)] = [
            ([UInt8](repeating: 0, count: 32), false), ([1] + [UInt8](repeating: 0, count: 31), false),
            ([0xEC] + high, false),
            (PublicationManifest.hexBytes("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")!, false),
            (PublicationManifest.hexBytes("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a")!, false),
        ]
        ys += (0xED...0xFF).map { ([UInt8($0)] + high, true) }
        return ys.flatMap { y, nonCanonical in
            var signed = y
            signed[31] |= 0x80
            return [
                (PublicationManifest.hexString(y), nonCanonical), (PublicationManifest.hexString(signed), nonCanonical),
            ]
        }
    }()

    /// A key under which anyone signs is refused before any signature is checked, by both verifiers,
    /// in the manifest and as --key: with R = identity and S = 0, Swift Crypto took y = p + 1 (the
    /// identity written non-canonically) as a key that "signed" every manifest.
    @Test func keysOfSmallOrderOrNonCanonicalAreRefusedByBoth() throws {
        #expect(Self.weakKeys.count == 48)
        let anySignature = "01" + String(repeating: "0", count: 126)  // R = identity, S = 0
        for (key, nonCanonical) in Self.weakKeys {
            let words =
                nonCanonical
                ? "publicKey: refused as an Ed25519 public key: a non-canonical encoding"
                : "publicKey: refused as an Ed25519 public key: a point of small order"
            let text = try Self.manifest { $0.replacing(Self.publicKey, with: key) }
            let (site, scratch) = try Self.selfSigned(Array(text.utf8), signature: anySignature)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            try Self.expectAgreement(site, says: "manifest.json " + words, "publicKey \(key)")
            let swift = try PublicationCopyTests.swift(site, ["--key", key])
            let python = try PublicationCopyTests.python(site, ["--key", key])
            #expect(swift.status == 64 && python.status == 2, "--key \(key)\n\(swift.output)\n\(python.output)")
            for output in [swift.output, python.output] { #expect(output.contains("--key: refused as"), "\(output)") }
            #expect(
                !PublicationManifest.isValid(
                    signature: PublicationManifest.hexBytes(anySignature)!, of: Array(text.utf8),
                    publicKey: PublicationManifest.hexBytes(key)!), "\(key)")
        }
    }

    /// A signature whose R is non-canonical or of small order, or whose S is not below L, is named
    /// for what it is by both verifiers.
    @Test func signaturesOfUnsoundFormAreNamedTheSameWay() throws {
        let text = Array(try Self.manifest().utf8)
        var signature = try PublicationManifest.sign(text, privateKey: PublicationCopyTests.key)
        // S + L: the same signature written a second way.
        var carry = 0
        for index in 0..<32 {
            let sum = Int(signature[32 + index]) + Int(PublicationManifest.groupOrder[index]) + carry
            signature[32 + index] = UInt8(sum & 0xFF)
            carry = sum >> 8
        }
        let zeroS = String(repeating: "0", count: 64)
        for (what, written, words) in [
            ("S + L", PublicationManifest.hexString(signature), "its S is not below the group order L"),
            ("R = p", "ed" + String(repeating: "ff", count: 30) + "7f" + zeroS, "its R is a non-canonical encoding"),
            ("R = identity", "01" + String(repeating: "0", count: 62) + zeroS, "its R is a point of small order"),
        ] {
            let (site, scratch) = try Self.selfSigned(text, signature: written)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            try Self.expectAgreement(site, says: "manifest.sig: not a valid signature: " + words, what)
        }
    }

    /// A name that holds U+10FF80 to U+10FFFF (private use) is printed `\U0010ffNN` by both, and a
    /// byte that is not UTF-8 `\xNN` by both: the Swift verifier printed both as `\xNN`.
    @Test func privateUseCodePointsAndStrayBytesArePrintedApart() throws {
        let (site, scratch) = try PublicationCopyTests.copy()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for name in [[0x61, 0xF4, 0x8F, 0xBE, 0x80], [0x62, 0x80], [0x63, 0xF4, 0x8F, 0xBF, 0xBF]] as [[UInt8]] {
            let path = Array("\(site)/".utf8) + name + [0]
            _ = path.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { close(open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644)) }
            }
        }
        try Self.expectAgreement(site, says: "a\\U0010ff80: not in the manifest", "private use in a name")
        let swift = try PublicationCopyTests.swift(site)
        for words in ["b\\x80: not in the manifest", "c\\U0010ffff: not in the manifest"] {
            #expect(swift.output.contains(words), "\(swift.output)")
        }
        // Listed by the manifest and missing: the name comes from JSON.
        let text = try Self.manifest { $0.replacing("style.css", with: "s\\udbff\\udf80.css") }
        let (listed, other) = try Self.selfSigned(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: other) }
        try Self.expectAgreement(
            listed, says: "s\\U0010ff80.css: missing (the manifest lists it)", "private use listed")
    }

    /// One cap on every file of a copy, 256 MiB, in both (a sparse file, so nothing is written):
    /// the Swift verifier read and hashed a listed file of any size, and any manifest.json.
    @Test func aFileOverTheCapCannotBeReadByEither() throws {
        let cap = off_t(PublicationManifest.maximumFileSize)
        let (site, scratch) = try PublicationCopyTests.copy()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        #expect(truncate("\(site)/style.css", cap + 1) == 0)
        try Self.expectAgreement(site, says: "style.css: cannot be read", "a listed file over the cap")
        #expect(truncate("\(site)/style.css", cap) == 0)
        try Self.expectAgreement(site, says: "style.css: changed (SHA-256", "a listed file at the cap")
        #expect(truncate("\(site)/manifest.json", cap + 1) == 0)
        try Self.expectAgreement(site, says: "manifest.json: missing or unreadable", "manifest.json over the cap")
    }

    /// A FIFO is never opened for reading (it would wait for a writer for ever), nor a link followed.
    @Test func onlyARegularFileIsRead() throws {
        let (site, scratch) = try PublicationCopyTests.copy()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        #expect(mkfifo("\(site)/fifo", 0o644) == 0)
        #expect(PublicationManifest.readRegular("\(site)/fifo") == nil)
        #expect(symlink("\(site)/index.html", "\(site)/link") == 0)
        #expect(PublicationManifest.readRegular("\(site)/link") == nil)
        #expect(PublicationManifest.readRegular("\(site)/index.html") == Array("<p>x</p>".utf8))
    }

    /// verify.html tells the public what --not-before is for: a whole older edition, replayed.
    @Test func theVerifyPageSaysWhatNotBeforeIsFor() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "08:00")
        let page = "\(PublicationTests.site(harness))/verify.html"
        let html = try #require(FileManager.default.contents(atPath: page).map { String(decoding: $0, as: UTF8.self) })
        #expect(html.contains("--not-before YYYY-MM-DD"), "\(html)")
        #expect(html.contains("较旧的完整版本"), "\(html)")
    }
}
