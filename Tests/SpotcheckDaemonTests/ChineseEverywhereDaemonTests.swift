import Foundation
import SpotcheckStore
import SpotcheckText
import Testing

@testable import SpotcheckDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// English words a Chinese reader would still find: ASCII words of two letters or more that are
/// not quoted values, ids, codes, paths or hashes (see the CLI tests' `EnglishLeft`).
enum EnglishWords {
    static func of(_ text: String, allowing allowed: Set<String> = []) -> [String] {
        var cleaned = text.replacing(/'[^'\n]*'/, with: " ")
        cleaned = cleaned.replacing(/"[^"\n]*"/, with: " ")
        let separators = Set(" \t\n，。：；、（）()[]「」,;:=→?？！…#|")
        return cleaned.split(whereSeparator: { separators.contains($0) || !$0.isASCII }).map(String.init).filter {
            word in
            word.count >= 2 && !word.contains(where: { "/._-@+0123456789".contains($0) })
                && word.allSatisfy({ $0.isASCII && $0.isLetter }) && word != word.uppercased()
                && !word.dropFirst().contains(where: \.isUppercase)  // a camelCase key of a file
                && !allowed.contains(word)
        }
    }
}

/// The ledger's words and refusals, `status` and the chain's problems, as a Chinese and an
/// English reader of a running spotcheckd read them.
@Suite(.serialized) struct ChineseEverywhereDaemonTests {
    static let chinese = "zh_CN.UTF-8"
    /// Codes a Chinese reader types as they are: fields of a call and their values.
    static let codes: Set<String> = [
        "spotcheck", "severity", "department", "state", "minor", "serious", "grave", "identified", "confirmed",
        "rectifying", "closed", "dismissed", "transferred", "reopened",
    ]

    @Test func findingsStatusAndTheChainSpeakChineseToAChineseReader() throws {
        let daemon = try DaemonProcess.started(revealIn: 4, extra: DaemonProcess.ledgerSection)
        defer { daemon.stop() }
        let (_, draw, assignment) = try daemon.revealedAssignment()
        func run(_ arguments: [String], locale: String = "C.UTF-8") throws -> (status: Int32, output: String) {
            try daemon.spotcheck(arguments, locale: locale)
        }
        let target = "\(draw.id)/\(assignment.department)"
        let add = [
            "findings", "add", "--assignment", target, "--category", "sluggish", "--rule", "P03", "--facts", "窗口无人值守",
        ]

        // InvalidField refusals: told in Chinese, the field kept, the exit status the same.
        let refusals: [(arguments: [String], english: String, chinese: String)] = [
            (add + ["--severity", "huge"], "severity: 'huge' is not a severity", "字段 severity：'huge' 不是严重程度"),
            (
                ["findings", "add", "--assignment", "\(draw.id)/d-nowhere", "--facts", "x"],
                "department: 'd-nowhere' is not a department of the roster", "字段 department：'d-nowhere' 不是名册中的单位"
            ),
            (["findings", "list", "--state", "done"], "state: 'done' is not a state; use", "字段 state：'done' 不是问题状态"),
        ]
        for refusal in refusals {
            let english = try run(refusal.arguments)
            let chinese = try run(refusal.arguments, locale: Self.chinese)
            #expect(english.status == 65 && chinese.status == 65, "\(english.output)\(chinese.output)")
            #expect(english.output.contains(refusal.english), "\(english.output)")
            #expect(chinese.output.contains(refusal.chinese), "\(chinese.output)")
            #expect(
                EnglishWords.of(chinese.output, allowing: Self.codes).isEmpty,
                "\(chinese.output)")
        }

        // A draw that does not exist is named and exits 67, like any id that names nothing.
        let noDraw = ["findings", "add", "--assignment", "999/\(assignment.department)", "--facts", "x"]
        let noDrawEnglish = try run(noDraw)
        let noDrawChinese = try run(noDraw, locale: Self.chinese)
        #expect(noDrawEnglish.status == 67 && noDrawChinese.status == 67, "\(noDrawEnglish.output)")
        #expect(noDrawEnglish.output.contains("no draw 999 exists"), "\(noDrawEnglish.output)")
        #expect(noDrawChinese.output.contains("不存在第 999 次抽签"), "\(noDrawChinese.output)")

        // Categories, severities and states by their Chinese names; codes in English and JSON.
        let added = try run(add + ["--severity", "serious"], locale: Self.chinese)
        #expect(added.status == 0 && added.output.contains("状态 已登记"), "\(added.output)")
        let id = try #require(added.output.firstMatch(of: /F-\d{4}-\d+/).map { String($0.output) })
        #expect(try run(["findings", "confirm", id]).status == 0)
        let list = try run(["findings", "list"], locale: Self.chinese)
        for name in ["慵懒散", "较重", "已确认"] { #expect(list.output.contains(name), "\(list.output)") }
        #expect(EnglishWords.of(list.output).isEmpty, "\(list.output)")
        let englishList = try run(["findings", "list"])
        for code in ["sluggish", "serious", "confirmed"] {
            #expect(englishList.output.contains(code), "\(englishList.output)")
        }
        let json = try run(["findings", "list", "--json"], locale: Self.chinese)
        #expect(json.output.contains("\"sluggish\"") && json.output.contains("\"confirmed\""), "\(json.output)")
        let show = try run(["findings", "show", id], locale: Self.chinese)
        for name in ["慵懒散", "较重", "已确认", "已登记 → 已确认"] {
            #expect(show.output.contains(name), "\(show.output)")
        }
        #expect(
            EnglishWords.of(
                show.output,
                allowing: Self.codes.union([
                    "root", "coordinator", "inspector", "category", "sluggish", "rules", "source",
                ])
            )
            .isEmpty, "\(show.output)")

        // status: every word in Chinese.
        let status = try run(["status"], locale: Self.chinese)
        #expect(status.status == 0, "\(status.output)")
        #expect(
            EnglishWords.of(status.output, allowing: ["spotcheckd", "county", "Asia", "Shanghai"]).isEmpty,
            "\(status.output)")

        // The daemon's chain, and a tampered one.
        let chain = try run(["verify", "--chain"], locale: Self.chinese)
        #expect(chain.status == 0 && chain.output.contains("哈希链完整"), "\(chain.output)")
    }

    @Test func aTamperedPublicChainIsToldInChineseNamingTheFilesAtFault() throws {
        let (harness, first, ordered) = try ChainTamperTests.twoDays()
        let orderedName = URL(fileURLWithPath: Engine.publicFolder(ordered, config: harness.config)).lastPathComponent
        let firstName = URL(fileURLWithPath: Engine.publicFolder(first, config: harness.config)).lastPathComponent
        func verify(_ root: String, locale: String) throws -> (status: Int32, output: String) {
            try ControlTests.run(ControlTests.cli, ["verify", "--chain", root], environment: ["LANG": locale])
        }
        func expectTold(_ root: String, english: String, chinese: String) throws {
            let inEnglish = try verify(root, locale: "C.UTF-8")
            let inChinese = try verify(root, locale: Self.chinese)
            #expect(inEnglish.status == 1 && inChinese.status == 1, "\(inEnglish.output)")
            #expect(inEnglish.output.contains(english), "\(inEnglish.output)")
            #expect(inChinese.output.contains(chinese), "\(inChinese.output)")
            #expect(
                EnglishWords.of(inChinese.output, allowing: ["county", "ordered", "scheduled", "replacements", "seed"])
                    .isEmpty,
                "\(inChinese.output)")
        }

        // The order deleted; the seed of a draw edited; a replacement entry edited.
        var root = try ChainTamperTests.copy(harness)
        try FileManager.default.removeItem(atPath: "\(root)/2026-12-01/\(orderedName)/order.json")
        try expectTold(
            root, english: "\(orderedName)/order.json: missing (an ordered draw publishes its order)",
            chinese: "\(orderedName)/order.json：缺失（点名抽签须公开其点名指令）")

        root = try ChainTamperTests.copy(harness)
        try String(repeating: "0", count: 64).write(
            toFile: "\(root)/2026-12-01/\(firstName)/seed.hex", atomically: true, encoding: .utf8)
        try expectTold(
            root, english: "\(firstName)/seed.hex: hashes to", chinese: "\(firstName)/seed.hex：哈希为")

        root = try ChainTamperTests.copy(harness)
        let files = FileManager.default
        try files.createDirectory(atPath: "\(root)/2025-01-01", withIntermediateDirectories: true)
        try files.moveItem(atPath: "\(root)/2026-12-01/\(orderedName)", toPath: "\(root)/2025-01-01/key-posts")
        try expectTold(
            root, english: "2025-01-01/key-posts: the folder's date is 2025-01-01",
            chinese: "2025-01-01/key-posts：文件夹的日期为 2025-01-01")
    }

    @Test func theStatusLineOfAStopSpeaksTheDaemonsLanguage() {
        let replaced = StoreError.databaseReplaced(path: "/var/lib/spotcheck/private/state.sqlite", deleted: false)
        let deleted = StoreError.databaseReplaced(path: "/var/lib/spotcheck/private/state.sqlite", deleted: true)
        let rolled = [
            "its audit trail ends at entry 3, entry 9 was written before", "draw 4 is gone",
            "draw 4 now has another seed commitment",
        ].map { StoreError.databaseRolledBack(path: "/var/lib/spotcheck/private/state.sqlite", evidence: $0) }
        for error in [replaced, deleted] + rolled {
            let chinese = StatusText.stopped(error, in: .chinese)
            #expect(chinese.hasPrefix("已停止："), "\(chinese)")
            #expect(EnglishWords.of(chinese, allowing: ["spotcheckd"]).isEmpty, "\(chinese)")
            #expect(StatusText.stopped(error, in: .english) == "stopped: \(error)")
        }
    }
}
