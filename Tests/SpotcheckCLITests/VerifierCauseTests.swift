import Foundation
import SpotcheckCore
import SpotcheckSystem
import SpotcheckText
import Testing

/// Each difference the verifiers report names its real cause, in the reader's language, and a
/// folder that is not there is named and said to be missing.
@Suite struct VerifierCauseTests {
    static let otherSeed = Run.seed(12)

    /// Every line of a verifier's report.
    static func lines(_ result: Run.Result) -> String { result.stdout + result.stderr }

    /// Only seed.hex replaced: the roster files are the same bytes, so nothing may blame the roster
    /// or the salts; the seed is named, and what comes from it is said not to be checked.
    @Test func anotherSeedAloneIsBlamedOnTheSeedNotOnTheRosterOrTheSalts() throws {
        let draw = try PublishedDraw()
        try draw.write("seed.hex", Array((Self.otherSeed + "\n").utf8))
        let chain = (
            swift: try Run.spotcheck(["verify", "--chain", draw.root.path]),
            python: try Run.python(["--chain", draw.root.path])
        )
        let folder = try draw.verifyBoth()
        for (what, result) in [
            ("spotcheck verify --date", folder.swift), ("verify_draw.py FOLDER", folder.python),
            ("spotcheck verify --chain", chain.swift), ("verify_draw.py --chain", chain.python),
        ] {
            let text = Self.lines(result)
            #expect(result.status == 1, "\(what): \(text)")
            #expect(text.contains("seedCommitment") || text.contains("seed.hex: hashes to"), "\(what): \(text)")
            #expect(!text.contains("roster hashes to") && !text.contains("/roster: hashes to"), "\(what): \(text)")
            #expect(!text.contains("salt: not HMAC"), "\(what): \(text)")
            #expect(text.contains("not checked, nor the salts"), "\(what): \(text)")
        }
        // A changed roster with the right seed is still blamed on the roster.
        try draw.write("seed.hex", Array((draw.honest.seed + "\n").utf8))
        let inspectors = draw.folder.appendingPathComponent("roster/inspectors.csv")
        var lines = try String(contentsOf: inspectors, encoding: .utf8).components(separatedBy: "\n")
        var fields = lines[1].components(separatedBy: ",")
        fields[1] += "甲"  // a name changed: the snapshot differs
        lines[1] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: inspectors, atomically: true, encoding: .utf8)
        let changed = try draw.verifyBoth()
        #expect(Self.lines(changed.swift).contains("snapshotHash: the record says"), "\(Self.lines(changed.swift))")
        #expect(Self.lines(changed.python).contains("snapshotHash: the record says"), "\(Self.lines(changed.python))")
    }

    /// seed.hex replaced and record.json's seedCommitment edited to match it: the roster files are
    /// the published ones, so the roster alone is not blamed. With commitment.json the seed is
    /// named as not the committed one; without it, the roster or the seed.
    @Test func anotherSeedWithTheRecordEditedToMatchIsNotBlamedOnTheRosterAlone() throws {
        let draw = try PublishedDraw()
        let other = try #require(Seed(hex: Self.otherSeed)).commitment
        let honest = try #require(Seed(hex: draw.honest.seed)).commitment
        let record = String(decoding: try draw.read("record.json"), as: UTF8.self)
        #expect(record.contains(honest))
        try draw.write("record.json", Array(record.replacingOccurrences(of: honest, with: other).utf8))
        try draw.write("seed.hex", Array((Self.otherSeed + "\n").utf8))
        let folder = try draw.verifyBoth()
        let chain = (
            swift: try Run.spotcheck(["verify", "--chain", draw.root.path]),
            python: try Run.python(["--chain", draw.root.path])
        )
        for (what, result) in [
            ("spotcheck verify --date", folder.swift), ("verify_draw.py FOLDER", folder.python),
            ("spotcheck verify --chain", chain.swift), ("verify_draw.py --chain", chain.python),
        ] {
            let text = Self.lines(result)
            #expect(result.status == 1, "\(what): \(text)")
            #expect(text.contains("seedCommitment"), "\(what): \(text)")
            #expect(!text.contains("roster hashes to") && !text.contains("/roster: hashes to"), "\(what): \(text)")
            #expect(text.contains("not checked, nor the salts"), "\(what): \(text)")
            #expect(text.contains("commitment.json commits to"), "\(what): \(text)")
        }
        let chinese = try Run.spotcheck(
            ["verify", "--date", "2026-12-01", "--pool", "county", "--public", draw.root.path], locale: "zh_CN.UTF-8")
        #expect(chinese.stdout.contains("commitment.json 所承诺的种子"), "\(chinese.stdout)")

        // A record file without its commitment: the snapshot names the roster or the seed.
        let recordFile = draw.path("record.json")
        let policy = draw.path("policy.txt")
        let alone = (
            swift: try Run.spotcheck([
                "verify", recordFile, "--seed", Self.otherSeed, "--roster", Run.county, "--policy", policy,
            ]),
            python: try Run.python([recordFile, "--seed", Self.otherSeed, "--roster", Run.county, "--policy", policy])
        )
        for (what, result) in [("spotcheck verify RECORD", alone.swift), ("verify_draw.py RECORD", alone.python)] {
            let text = Self.lines(result)
            #expect(result.status == 1, "\(what): \(text)")
            #expect(!text.contains("roster hashes to"), "\(what): \(text)")
            #expect(text.contains("the roster or the seed is not the one the draw was made on"), "\(what): \(text)")
        }
        let aloneChinese = try Run.spotcheck(
            ["verify", recordFile, "--seed", Self.otherSeed, "--roster", Run.county, "--policy", policy],
            locale: "zh_CN.UTF-8")
        #expect(aloneChinese.stdout.contains("名册或种子不是抽签时所用的"), "\(aloneChinese.stdout)")
    }

    @Test func anotherSeedIsToldInChinese() throws {
        let draw = try PublishedDraw()
        try draw.write("seed.hex", Array((Self.otherSeed + "\n").utf8))
        let folder = try Run.spotcheck(
            ["verify", "--date", "2026-12-01", "--pool", "county", "--public", draw.root.path], locale: "zh_CN.UTF-8")
        #expect(folder.stdout.contains("未核对"), "\(folder.stdout)")
        #expect(!folder.stdout.contains("not checked"), "\(folder.stdout)")
        let chain = try Run.spotcheck(["verify", "--chain", draw.root.path], locale: "zh_CN.UTF-8")
        #expect(chain.stdout.contains("未核对"), "\(chain.stdout)")
        #expect(!chain.stdout.contains("not checked"), "\(chain.stdout)")
    }

    /// A replacement's salt edited (the seed is right): the difference is told in Chinese.
    @Test func aReplacementSaltDifferenceIsToldInChinese() throws {
        let draw = try PublishedDraw()
        var text = String(decoding: try draw.read("replacements.json"), as: UTF8.self)
        let salt = DaySoFar.Replacement.salt(seed: Seed(hex: draw.honest.seed)!, index: 0)
        let other = DaySoFar.Replacement.salt(seed: Seed(hex: draw.honest.seed)!, index: 1)
        #expect(text.contains(salt))
        text = text.replacingOccurrences(of: salt, with: other)
        try draw.write("replacements.json", Array(text.utf8))
        let result = try Run.spotcheck(
            ["verify", "--date", "2026-12-01", "--pool", "county", "--public", draw.root.path], locale: "zh_CN.UTF-8")
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("不是用本次抽签的种子计算的"), "\(result.stdout)")
        #expect(!result.stdout.contains("of this draw's seed"), "\(result.stdout)")
    }

    /// `verify --chain` on a record that is not JSON: its own words, in both languages, never Foundation's.
    @Test func aRecordThatIsNotJSONIsSaidSoInBothLanguages() throws {
        let draw = try PublishedDraw()
        try draw.write("record.json", Array("{\n".utf8))
        let english = try Run.spotcheck(["verify", "--chain", draw.root.path])
        #expect(english.status == 65, "\(english.stderr)")
        #expect(english.stderr.contains("record.json") && english.stderr.contains("not readable JSON"))
        #expect(!english.stderr.contains("The given data"), "\(english.stderr)")
        let chinese = try Run.spotcheck(["verify", "--chain", draw.root.path], locale: "zh_CN.UTF-8")
        #expect(chinese.status == 65, "\(chinese.stderr)")
        #expect(chinese.stderr.contains("不是可读取的 JSON"), "\(chinese.stderr)")
        #expect(!chinese.stderr.contains("not a draw record"), "\(chinese.stderr)")
    }

    /// A signed publication folder (as the daemon writes one) of two files, and its key.
    static func publication() throws -> (folder: URL, key: String) {
        let folder = try Run.temporaryDirectory().appendingPathComponent("publication")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let privateKey = (0..<32).map { UInt8($0 * 7 + 1) }
        let publicKey = PublicationManifest.hexString(PublicationManifest.publicKey(ofPrivateKey: privateKey)!)
        try Data("<html>draws</html>\n".utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data((publicKey + "\n").utf8).write(to: folder.appendingPathComponent(PublicationManifest.keyName))
        let manifest = PublicationManifest(
            published: "2026-12-01T16:00:00Z", edition: "daily", chainHead: nil, publicKey: publicKey,
            files: try PublicationManifest.files(in: folder.path))
        try Data(manifest.encoded).write(to: folder.appendingPathComponent(PublicationManifest.manifestName))
        let signature = try PublicationManifest.sign(manifest.encoded, privateKey: privateKey)
        try Data((PublicationManifest.hexString(signature) + "\n").utf8).write(
            to: folder.appendingPathComponent(PublicationManifest.signatureName))
        return (folder, publicKey)
    }

    @Test func everyProblemOfAPublicationIsToldInChinese() throws {
        let (folder, key) = try Self.publication()
        let honest = try Run.spotcheck(["verify", "--publication", folder.path, "--key", key], locale: "zh_CN.UTF-8")
        #expect(honest.status == 0, "\(honest.stdout)\(honest.stderr)")

        let other = String(repeating: "1", count: 64)  // a point, not of small order (all zeros is refused)
        let pinned = try Run.spotcheck(
            ["verify", "--publication", folder.path, "--key", other], locale: "zh_CN.UTF-8")
        #expect(pinned.status == 1)
        #expect(pinned.stdout.contains("签名所用的公钥"), "\(pinned.stdout)")
        #expect(!pinned.stdout.contains("signed with"), "\(pinned.stdout)")

        try Data("<html>forged</html>\n".utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data("x\n".utf8).write(to: folder.appendingPathComponent("added.txt"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent(PublicationManifest.keyName))
        let changed = try Run.spotcheck(["verify", "--publication", folder.path, "--key", key], locale: "zh_CN.UTF-8")
        #expect(changed.status == 1)
        let problems = changed.stdout.split(separator: "\n").filter { $0.hasPrefix("  - ") }
        #expect(problems.count == 3, "\(changed.stdout)")
        for problem in problems {
            // Only names, hashes and numbers stay as they are.
            #expect(
                !problem.contains("changed") && !problem.contains("missing") && !problem.contains("manifest says")
                    && !problem.contains("not in the manifest"), "\(problem)")
        }
        let english = try Run.spotcheck(["verify", "--publication", folder.path, "--key", key])
        #expect(english.stdout.contains("index.html: changed (SHA-256"), "\(english.stdout)")

        // A key under which anyone signs, refused as the option in Chinese.
        let weak = try Run.spotcheck(
            ["verify", "--publication", folder.path, "--key", String(repeating: "0", count: 64)], locale: "zh_CN.UTF-8")
        #expect(weak.status == 64, "\(weak.stderr)")
        #expect(weak.stderr.contains("--key：不接受为 Ed25519 公钥：这是小阶点"), "\(weak.stderr)")

        let empty = try Run.temporaryDirectory()
        let none = try Run.spotcheck(["verify", "--publication", empty.path], locale: "zh_CN.UTF-8")
        #expect(none.status == 1)
        #expect(none.stdout.contains("缺失或无法读取"), "\(none.stdout)")
    }

    /// Every problem a publication's check words is told from the catalogue.
    @Test func everyProblemOfAPublicationIsInTheCatalogue() throws {
        var count = 0
        for (file, markers) in [
            (
                "Sources/SpotcheckSystem/PublicationManifest.swift", ["problems.append(", "problems: [", "refused("]
            ),
            ("Sources/SpotcheckCLI/VerifyFiles.swift", ["problems.append("]),
            ("Sources/SpotcheckSystem/PublicationRules.swift", ["return "]),
        ] {
            // "\(path): \(kind)" is the kinds' own patterns.
            for message in try WordingInTheCatalogueTests.assigned(file, markers)
            where message.filter(\.isLetter).count >= 3 {
                count += 1
                #expect(
                    WordingInTheCatalogueTests.recognised(message, by: Catalogue.VerifyCauses.publicationPatterns),
                    "\(file): \"\(message)\" has no Chinese in Catalogue.VerifyCauses")
            }
        }
        #expect(count >= 15, "the reader found only \(count) problems")
    }

    @Test func theDrawHeadingNamesTheKindInChinese() throws {
        let common = ["draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Run.seed(1)]
        let scheduled = try Run.spotcheck(common, locale: "zh_CN.UTF-8")
        #expect(scheduled.status == 0, "\(scheduled.stderr)")
        let first = scheduled.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.contains("定时随机抽签") && !first.contains("scheduled"), "\(first)")
        let ordered = try Run.spotcheck(common + ["--target", "d-shuiwu"], locale: "zh_CN.UTF-8")
        #expect(ordered.status == 0 || ordered.status == 3, "\(ordered.stderr)")
        let heading = ordered.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(heading.contains("指定检查") && !heading.contains("ordered"), "\(heading)")
        let english = try Run.spotcheck(common)
        #expect(english.stdout.split(separator: "\n").first?.contains("· scheduled ·") == true, "\(english.stdout)")
    }

    /// seed.hex missing or not hex digits: both verifiers name the file and say what to do, with
    /// their codes for an input that cannot be opened or is malformed; never errno's or the hex
    /// parser's own words.
    @Test func aMissingOrMalformedSeedFileIsNamedWithWhatToDo() throws {
        let draw = try PublishedDraw()
        let seedFile = draw.path("seed.hex")
        // Hex digits with a space between them, or a no-break space around them: refused by both
        // (Python's bytes.fromhex alone skips the space; Swift once trimmed the no-break space).
        let seed = try String(contentsOfFile: draw.path("seed.hex"), encoding: .utf8).filter(\.isHexDigit)
        #expect(seed.count == 64, "\(seed)")
        for (what, text) in [
            ("a space between digits", String(seed.prefix(2)) + " " + seed.dropFirst(2) + "\n"),
            ("a no-break space after them", seed + "\u{00A0}\n"),
        ] {
            try draw.write("seed.hex", Array(text.utf8))
            let spaced = try draw.verifyBoth()
            #expect(spaced.python.status == 2, "\(what): \(spaced.python.stderr)")
            #expect(spaced.swift.status == 65, "\(what): \(spaced.swift.stderr)")
        }
        try draw.write("seed.hex", Array("not a seed\n".utf8))
        let malformed = try draw.verifyBoth()
        #expect(malformed.python.status == 2, "\(malformed.python.stderr)")
        #expect(malformed.python.stderr.contains("\(seedFile): not a seed: a seed file holds 64 hex digits"))
        #expect(!malformed.python.stderr.contains("non-hexadecimal"), "\(malformed.python.stderr)")
        #expect(malformed.swift.status == 65, "\(malformed.swift.stderr)")
        #expect(malformed.swift.stderr.contains("\(seedFile): not a seed: a seed file holds 64 hex digits"))
        let chinese = try Run.spotcheck(
            ["verify", "--date", "2026-12-01", "--pool", "county", "--public", draw.root.path], locale: "zh_CN.UTF-8")
        #expect(chinese.stderr.contains("种子文件只含 64 位十六进制数字"), "\(chinese.stderr)")

        try FileManager.default.removeItem(atPath: seedFile)
        let missing = try draw.verifyBoth()
        #expect(missing.python.status == 2, "\(missing.python.stderr)")
        #expect(missing.python.stderr.contains("\(seedFile): missing ("), "\(missing.python.stderr)")
        #expect(!missing.python.stderr.contains("Errno"), "\(missing.python.stderr)")
        #expect(missing.swift.status == 66, "\(missing.swift.stderr)")
        #expect(missing.swift.stderr.contains(seedFile), "\(missing.swift.stderr)")
        let given = try Run.python([
            draw.path("record.json"), "--seed-file", seedFile, "--roster", Run.county, "--policy",
            draw.path("policy.txt"),
        ])
        #expect(given.status == 2 && given.stderr.contains("\(seedFile): missing ("), "\(given.stderr)")
    }

    /// A record folder that does not exist: named and said to be missing (not a usage hint).
    @Test func aMissingRecordFolderIsNamedByThePythonVerifier() throws {
        let draw = try PublishedDraw()
        let missing = draw.root.appendingPathComponent("2026-12-01/nosuch").path
        let result = try Run.python([missing])
        #expect(result.status == 2)
        #expect(result.stderr.contains(missing) && result.stderr.contains("missing"), "\(result.stderr)")
        #expect(!result.stderr.contains("give --roster"), "\(result.stderr)")
    }

    /// `verify --chain DIR/draws` before the first draw is published (the site exists, draws/ not
    /// yet): both say nothing is published yet, with the documented codes (66 and 2); a folder
    /// whose parent is missing too is said not to exist.
    @Test func aChainFolderBeforeTheFirstDrawSaysNothingIsPublishedYet() throws {
        let site = try Run.temporaryDirectory()
        let draws = site.appendingPathComponent("draws").path
        let swift = try Run.spotcheck(["verify", "--chain", draws])
        #expect(swift.status == 66)
        #expect(swift.stderr.contains(draws) && swift.stderr.contains("no draw has been published"), "\(swift.stderr)")
        let python = try Run.python(["--chain", draws])
        #expect(python.status == 2)
        #expect(python.stderr.contains(draws) && python.stderr.contains("no draw has been published"))
        #expect(!python.stderr.contains("Errno"), "\(python.stderr)")
        let chinese = try Run.spotcheck(["verify", "--chain", draws], locale: "zh_CN.UTF-8")
        #expect(chinese.stderr.contains("还没有公开任何抽签"), "\(chinese.stderr)")

        let nowhere = site.appendingPathComponent("nowhere/draws").path
        let swiftNowhere = try Run.spotcheck(["verify", "--chain", nowhere])
        #expect(swiftNowhere.status == 66)
        #expect(swiftNowhere.stderr.contains("no such folder"), "\(swiftNowhere.stderr)")
        let pythonNowhere = try Run.python(["--chain", nowhere])
        #expect(pythonNowhere.status == 2)
        #expect(pythonNowhere.stderr.contains("no such folder"), "\(pythonNowhere.stderr)")
    }
}
