import Foundation
import SpotcheckText
import Testing

/// The catalogue as written: every `Localized(en: …, zh: …)` of Sources/SpotcheckText/Catalogue,
/// read from the source so that no message escapes the check.
enum CatalogueSource {
    struct Message {
        var file: String
        var line: Int
        var english: [String]
        var chinese: [String]
    }

    static let folder = Run.packageRoot.appendingPathComponent("Sources/SpotcheckText/Catalogue")

    static func messages() throws -> [Message] {
        var messages: [Message] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        for name in files.sorted() {
            // Comments may show the form of a message; they are not messages (lines kept for numbering).
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let text = Array(
                source.split(separator: "\n", omittingEmptySubsequences: false).map {
                    $0.drop { $0 == " " }.hasPrefix("//") ? "" : String($0)
                }
                .joined(separator: "\n"))
            var index = 0
            let marker = Array("Localized(")
            while index + marker.count <= text.count {
                guard Array(text[index..<index + marker.count]) == marker else {
                    index += 1
                    continue
                }
                let line = text[..<index].filter { $0 == "\n" }.count + 1
                var cursor = index + marker.count
                skipSpace(text, &cursor)
                guard expect(text, &cursor, "en:") else {
                    index = cursor
                    continue
                }
                let english = try literals(text, &cursor, file: name, line: line)
                skipSpace(text, &cursor)
                guard expect(text, &cursor, ",") else { throw Failure("\(name):\(line): no zh: after en:") }
                skipSpace(text, &cursor)
                guard expect(text, &cursor, "zh:") else { throw Failure("\(name):\(line): no zh: after en:") }
                let chinese = try literals(text, &cursor, file: name, line: line)
                messages.append(Message(file: name, line: line, english: english, chinese: chinese))
                index = cursor
            }
        }
        return messages
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func skipSpace(_ text: [Character], _ cursor: inout Int) {
        while cursor < text.count, text[cursor].isWhitespace { cursor += 1 }
    }

    static func expect(_ text: [Character], _ cursor: inout Int, _ word: String) -> Bool {
        let chars = Array(word)
        guard cursor + chars.count <= text.count, Array(text[cursor..<cursor + chars.count]) == chars else {
            return false
        }
        cursor += chars.count
        return true
    }

    /// String literals joined by `+`, as their raw source (escapes kept).
    static func literals(_ text: [Character], _ cursor: inout Int, file: String, line: Int) throws -> [String] {
        var parts: [String] = []
        while true {
            skipSpace(text, &cursor)
            let multiline = expect(text, &cursor, "\"\"\"")
            guard multiline || expect(text, &cursor, "\"") else {
                throw Failure("\(file):\(line): a message must be string literals (joined by +)")
            }
            var body = ""
            while cursor < text.count {
                if multiline, expect(text, &cursor, "\"\"\"") { break }
                if !multiline, text[cursor] == "\"" {
                    cursor += 1
                    break
                }
                if text[cursor] == "\\", cursor + 1 < text.count, text[cursor + 1] == "(" {
                    // An interpolation: up to its matching parenthesis.
                    body.append(text[cursor])
                    cursor += 1
                    var depth = 0
                    repeat {
                        if text[cursor] == "(" { depth += 1 }
                        if text[cursor] == ")" { depth -= 1 }
                        body.append(text[cursor])
                        cursor += 1
                    } while depth > 0 && cursor < text.count
                    continue
                }
                if text[cursor] == "\\", cursor + 1 < text.count {
                    body.append(text[cursor])
                    body.append(text[cursor + 1])
                    cursor += 2
                    continue
                }
                body.append(text[cursor])
                cursor += 1
            }
            parts.append(body)
            skipSpace(text, &cursor)
            guard expect(text, &cursor, "+") else { return parts }
        }
    }

    /// The interpolations of a message's literals, in order (`\(login)`, `\(first)`…).
    static func placeholders(_ parts: [String]) -> [String] {
        var found: [String] = []
        for part in parts {
            let text = Array(part)
            var index = 0
            while index + 1 < text.count {
                if text[index] == "\\", text[index + 1] == "(" {
                    var depth = 0
                    var placeholder = "\\"
                    index += 1
                    repeat {
                        if text[index] == "(" { depth += 1 }
                        if text[index] == ")" { depth -= 1 }
                        placeholder.append(text[index])
                        index += 1
                    } while depth > 0 && index < text.count
                    found.append(placeholder)
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    /// What a reader sees besides the placeholders and line continuations.
    static func words(_ parts: [String]) -> String {
        var text = parts.joined()
        for placeholder in placeholders(parts) { text = text.replacing(placeholder, with: "") }
        return text.replacing("\\\n", with: "").replacing("\\n", with: "").trimmingCharacters(
            in: .whitespacesAndNewlines)
    }
}

@Suite struct MessageCatalogueTests {
    @Test func everyMessageHasEnglishAndChineseWithTheSamePlaceholders() throws {
        let messages = try CatalogueSource.messages()
        #expect(messages.count > 150, "the catalogue reader found only \(messages.count) messages")
        for message in messages {
            let place = "\(message.file):\(message.line)"
            #expect(!CatalogueSource.words(message.english).isEmpty, "\(place): the English text is empty")
            #expect(!CatalogueSource.words(message.chinese).isEmpty, "\(place): the Chinese text is empty")
            #expect(
                CatalogueSource.placeholders(message.english).sorted()
                    == CatalogueSource.placeholders(message.chinese).sorted(),
                "\(place): English and Chinese differ in placeholders")
            // A Chinese text with no Chinese in it is a copy of the English one.
            #expect(
                CatalogueSource.words(message.chinese).unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
                "\(place): the Chinese text has no Chinese character")
            #expect(
                !CatalogueSource.words(message.english).unicodeScalars.contains {
                    (0x4E00...0x9FFF).contains($0.value)
                },
                "\(place): the English text has Chinese characters")
        }
    }

    @Test func theCatalogueReaderCatchesAMissingPlaceholder() {
        let english = ["No inspection for \\(login) from \\(first) to \\(last)."]
        let chinese = ["\\(login) 在 \\(first) 期间没有检查任务。"]
        #expect(CatalogueSource.placeholders(english).sorted() != CatalogueSource.placeholders(chinese).sorted())
        #expect(CatalogueSource.placeholders(["a \\(f(x, (y))) b"]) == ["\\(f(x, (y)))"])
        #expect(CatalogueSource.words(["\\(login)\\n"]).isEmpty)
    }

    @Test func messagesInterpolateTheirValuesInBothLanguages() {
        let message = Catalogue.Teams.heading("2026-12-01", "Asia/Shanghai", 3)
        #expect(message(.english) == "Teams of 2026-12-01 (times in Asia/Shanghai): 3\n")
        #expect(message(.chinese) == "2026-12-01 的检查组（时间为 Asia/Shanghai）：共 3 个\n")
    }
}

@Suite struct LanguageChoiceTests {
    func language(_ environment: [String: String]) -> Language { Language(environment: environment) }

    @Test func chineseLocalesGiveChinese() {
        for locale in ["zh", "zh_CN", "zh_CN.UTF-8", "zh_SG", "zh_CN.GB18030", "zh_TW.UTF-8"] {
            #expect(language(["LANG": locale]) == .chinese, "\(locale)")
        }
    }

    @Test func plainOrMissingOrOtherLocalesGiveEnglish() {
        #expect(language([:]) == .english)
        for locale in ["C", "POSIX", "C.UTF-8", "en_US.UTF-8", "fr_FR.UTF-8", ""] {
            #expect(language(["LANG": locale]) == .english, "\(locale)")
        }
    }

    @Test func precedenceIsLcAllThenLcMessagesThenLang() {
        #expect(language(["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "C", "LANG": "C"]) == .chinese)
        #expect(language(["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(language(["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .chinese)
        #expect(language(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"]) == .chinese)
    }

    @Test func languageListDecidesUnlessTheLocaleIsC() {
        #expect(language(["LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"]) == .chinese)
        #expect(language(["LANGUAGE": "fr:en:zh", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(language(["LANGUAGE": "de:zh_CN", "LANG": "en_US.UTF-8"]) == .chinese)
        // gettext ignores LANGUAGE when the locale is C.
        #expect(language(["LANGUAGE": "zh_CN", "LANG": "C"]) == .english)
        #expect(language(["LANGUAGE": "zh_CN"]) == .english)
        #expect(language(["LANGUAGE": "", "LANG": "zh_CN.UTF-8"]) == .chinese)
    }
}

@Suite struct ChineseAndEnglishOutputTests {
    static let chinese = "zh_CN.UTF-8"

    @Test func helpOfTheMainCommandsIsChineseInAChineseLocaleAndEnglishOtherwise() throws {
        let cases: [(command: [String], english: String, chinese: String)] = [
            ([], "Draw unannounced and cross inspections", "随机抽取不打招呼的交叉检查对象"),
            (["today"], "Show your inspection assignments", "查看您的检查任务"),
            (["status"], "Show what spotcheckd is doing", "查看 spotcheckd 的运行状态"),
            (["teams"], "The team sheet of a day", "某日的检查组名单"),
            (["why"], "Explain whether an inspector may inspect", "说明某检查人员某日能否检查某单位"),
            (["order"], "Order a targeted inspection", "今天对指定单位开展定向检查"),
            (["replace"], "Replace an inspector on an issued team", "替换已派出检查组中的检查人员"),
        ]
        for (command, english, chinese) in cases {
            let inEnglish = try Run.spotcheck(command + ["--help"], locale: "C")
            let inChinese = try Run.spotcheck(command + ["--help"], locale: Self.chinese)
            #expect(inEnglish.status == 0 && inChinese.status == 0)
            #expect(inEnglish.stdout.contains(english), "\(command): \(inEnglish.stdout)")
            #expect(!inEnglish.stdout.contains(chinese))
            #expect(inChinese.stdout.contains(chinese), "\(command): \(inChinese.stdout)")
            #expect(inChinese.stdout.contains("退出码："))
            #expect(inEnglish.stdout.contains("EXIT CODES:"))
        }
        // The help of an option too.
        let today = try Run.spotcheck(["today", "--help"], locale: Self.chinese)
        #expect(today.stdout.contains("任务文件所在文件夹"))
        #expect(today.stdout.contains("守护进程的控制套接字"))
    }

    @Test func anUnreachableDaemonIsToldInTheReadersLanguage() throws {
        let socket = "/nonexistent/spotcheck-\(UUID().uuidString)/control"
        let english = try Run.spotcheck(["status", "--socket", socket], locale: "C")
        let chinese = try Run.spotcheck(["status", "--socket", socket], locale: Self.chinese)
        #expect(english.status == 69 && chinese.status == 69)
        #expect(english.stderr.contains("cannot reach spotcheckd at \(socket)"), "\(english.stderr)")
        #expect(chinese.stderr.contains("无法连接 \(socket) 上的 spotcheckd"), "\(chinese.stderr)")
    }

    @Test func todaySpeaksChineseToAChineseInspectorAndEnglishOtherwise() throws {
        let folder = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A missing tasks folder fails loudly in both languages.
        let missing = folder.appendingPathComponent("missing").path
        let english = try Run.spotcheck(
            ["today", "--tasks", missing, "--login", "i001", "--date", "2026-12-01"], locale: "C")
        let chinese = try Run.spotcheck(
            ["today", "--tasks", missing, "--login", "i001", "--date", "2026-12-01"], locale: Self.chinese)
        #expect(english.status == 66 && chinese.status == 66)
        #expect(english.stderr.contains("no such folder"))
        #expect(chinese.stderr.contains("文件夹不存在"), "\(chinese.stderr)")
        // An empty folder of the login: nothing revealed.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("i001"), withIntermediateDirectories: true)
        let none = ["today", "--tasks", folder.path, "--login", "i001", "--date", "2026-12-01", "--days", "2"]
        #expect(
            try Run.spotcheck(none, locale: "C").stdout
                == "No inspection for i001 from 2026-12-01 to 2026-12-03 has been revealed.\n")
        #expect(
            try Run.spotcheck(none, locale: Self.chinese).stdout == "i001 在 2026-12-01 至 2026-12-03 期间没有已揭晓的检查任务。\n")
    }

    @Test func anOfflineDrawReadsInEitherLanguageAndItsJSONIsTheSameInBoth() throws {
        let arguments = ["draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Run.seed(7)]
        let english = try Run.spotcheck(arguments, locale: "C")
        let chinese = try Run.spotcheck(arguments, locale: Self.chinese)
        #expect(english.status == 0 && chinese.status == 0, "\(english.stderr)\(chinese.stderr)")
        #expect(english.stdout.contains("targets staffed") && english.stdout.contains(" lead "))
        #expect(chinese.stdout.contains("已配齐检查组") && chinese.stdout.contains("组长"), "\(chinese.stdout)")
        #expect(!chinese.stdout.contains("targets staffed") && !chinese.stdout.contains(" lead "))
        let json = try Run.spotcheck(arguments + ["--json"], locale: "C")
        let 记录 = try Run.spotcheck(arguments + ["--json"], locale: Self.chinese)
        #expect(json.stdout == 记录.stdout && !json.stdout.isEmpty, "JSON must not depend on the language")
    }

    @Test func offlineWhyAnswersInTheReadersLanguage() throws {
        let arguments = ["why", "i001", "d-shuiwu", "--roster", Run.county, "--date", "2026-12-01"]
        let english = try Run.spotcheck(arguments, locale: "C")
        let chinese = try Run.spotcheck(arguments, locale: Self.chinese)
        #expect(english.status == chinese.status)
        #expect(english.stdout.contains("may") && english.stdout.contains("inspect"), "\(english.stdout)")
        #expect(chinese.stdout.contains("检查"), "\(chinese.stdout)")
        #expect(!chinese.stdout.contains("inspect"), "\(chinese.stdout)")
        let unknown = try Run.spotcheck(["why", "nobody", "d-shuiwu", "--roster", Run.county], locale: Self.chinese)
        #expect(unknown.status == 67)
        #expect(unknown.stderr.contains("未知的检查人员 'nobody'"), "\(unknown.stderr)")
    }
}

@Suite struct ChineseManPageTests {
    @Test func everyManPageHasAChineseOneWrittenFromTheCurrentHelp() throws {
        let english = Run.packageRoot.appendingPathComponent("deploy/man")
        let chinese = english.appendingPathComponent("zh_CN/man1")
        let pages = try FileManager.default.contentsOfDirectory(atPath: english.path).filter { $0.hasSuffix(".1") }
        #expect(pages.count >= 9)
        let fresh = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: fresh) }
        let script = Run.packageRoot.appendingPathComponent("scripts/generate-man.py").path
        let result = try Run.run(
            "/usr/bin/env", ["python3", script, Run.binary.path, fresh.path], locale: "zh_CN.UTF-8")
        #expect(result.status == 0, "\(result.stderr)")
        func body(_ url: URL) throws -> String {
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix(".Dd ") }
                .joined(separator: "\n")
        }
        for page in pages {
            let shipped = chinese.appendingPathComponent(page)
            #expect(FileManager.default.fileExists(atPath: shipped.path), "no Chinese \(page)")
            guard FileManager.default.fileExists(atPath: shipped.path) else { continue }
            #expect(
                try body(shipped) == body(fresh.appendingPathComponent(page)),
                "\(page) is out of date: run scripts/generate-docs.sh")
        }
        let today = try String(contentsOf: chinese.appendingPathComponent("spotcheck-today.1"), encoding: .utf8)
        // Break points (\:) between Chinese characters let groff wrap the lines.
        #expect(today.replacing("\\:", with: "").contains("查看您的检查任务"))
    }
}
