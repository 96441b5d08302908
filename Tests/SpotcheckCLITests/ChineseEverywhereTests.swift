import Foundation
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// English words a Chinese reader would still find in `text`: ASCII words of two letters or
/// more, leaving out what is no word of a language — quoted values, paths, ids and codes (with a
/// digit, `.`, `_`, `-`, `/` or `@`), acronyms in capitals (HMAC, JSON) and the `allowed` keys.
enum EnglishLeft {
    static func words(_ text: String, allowing allowed: Set<String> = []) -> [String] {
        var cleaned = text
        cleaned = cleaned.replacing(/'[^'\n]*'/, with: " ")
        cleaned = cleaned.replacing(/"[^"\n]*"/, with: " ")
        // TOML's table names ([[pool]], [campaign.phases]) are the file's syntax.
        cleaned = cleaned.replacing(/\[\[?[a-z_.]+\]\]?/, with: " ")
        var found: [String] = []
        let separators = Set(" \t\n，。：；、（）()[]「」,;:=→?？！…")
        for token in cleaned.split(whereSeparator: { separators.contains($0) || !$0.isASCII }) {
            let word = String(token)
            guard word.count >= 2, !word.contains(where: { "/._-@0123456789".contains($0) }),
                word.allSatisfy({ $0.isASCII && $0.isLetter }), word != word.uppercased(), !allowed.contains(word)
            else { continue }
            found.append(word)
        }
        return found
    }

}

@Suite struct EnglishLeftTests {
    @Test func theCheckFindsEnglishAndLeavesCodesAlone() {
        #expect(EnglishLeft.words("'x y' 不是标识符；[[pool]] 与 [campaign.phases]") == [])
        #expect(EnglishLeft.words("第 3 次抽签 d-shuiwu F-2026-0001 sha256:9f86d0 HMAC") == [])
        #expect(EnglishLeft.words("抽签池 county 定义了两次", allowing: ["county"]) == [])
        #expect(EnglishLeft.words("pool 'x' is defined twice") == ["pool", "is", "defined", "twice"])
    }
}

/// What spotcheckd says on its command line — `--help`, parse errors, `--check-config`'s
/// problems of every section of spotcheckd.toml — is Chinese for a Chinese reader, with the file,
/// line and key as they are; the English reader reads what they read before.
@Suite struct DaemonCommandLineLanguageTests {
    static let chinese = "zh_CN.UTF-8"
    static var daemon: String { Run.binary.deletingLastPathComponent().appendingPathComponent("spotcheckd").path }

    /// `--check-config` of a configuration whose body is `body` (before a valid `[paths]`).
    static func checkConfig(_ body: String) throws -> (english: Run.Result, chinese: Run.Result, file: String) {
        let folder = try Run.temporaryDirectory()
        let config = folder.appendingPathComponent("spotcheckd.toml")
        try """
        \(body)
        [paths]
        roster = "\(Run.county)"
        state = "\(folder.path)/state"
        control_socket = "\(folder.path)/control"
        """.write(to: config, atomically: true, encoding: .utf8)
        let english = try Run.run(daemon, ["--check-config", "--config", config.path], locale: "C")
        let chinese = try Run.run(daemon, ["--check-config", "--config", config.path], locale: Self.chinese)
        return (english, chinese, config.path)
    }

    /// The problem lines of `output` without their `file:line: key: ` part.
    static func messages(_ output: String, file: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { !$0.isEmpty }.map { line in
            guard line.hasPrefix(file) else { return line }
            var rest = line.dropFirst(file.count)
            if rest.hasPrefix(":") { rest = rest.drop { $0 == ":" || $0.isNumber } }
            rest = rest.drop { $0 == " " }
            // The key, when one is named: up to the first ": " or "：".
            if let colon = rest.firstRange(of: ": "), !rest[..<colon.lowerBound].contains(" ") {
                rest = rest[colon.upperBound...]
            } else if let colon = rest.firstIndex(of: "："), !rest[..<colon].contains(" ") {
                rest = rest[rest.index(after: colon)...]
            }
            return String(rest)
        }
    }

    static let brokenSections = """
        [calendar]
        time_zone = "Mars/Olympus"
        weekend = ["funday"]
        day_end = "25:99"
        holidays = ["2026-01-01..2028-01-01"]

        [[pool]]
        targets_per_day = 2
        reveal_time = "08:00"
        visit = "loud"
        phases = ["nope"]

        [[pool]]
        name = "county"
        draw_time = "09:00"
        reveal_time = "08:00"

        [[pool]]
        name = "county"
        draw_time = "07:00"
        reveal_time = "08:00"

        [ledger]
        prohibitions = ["P01"]
        escalation_after = [1, 2]
        draw_pool = "no spaces"

        [publication]
        language = "fr"

        [campaign]
        basis_sha256 = "xyz"
        """

    @Test func everySectionsProblemIsToldInChineseWithItsFileLineAndKey() throws {
        let (english, chinese, file) = try Self.checkConfig(Self.brokenSections)
        #expect(english.status == 78 && chinese.status == 78, "\(english.stderr)")
        for phrase in [
            "'Mars/Olympus' is not a known time zone", "'funday' is not a weekday name", "'25:99' is not HH:MM",
            "is not a range YYYY-MM-DD..YYYY-MM-DD of at most a year", "every [[pool]] needs a name",
            "draw_time: is required (HH:MM)", "'loud' is not a visit mode", "names a phase that does not exist",
            "08:00 is before draw_time 09:00", "pool 'county' is defined twice", "is not \"CODE text\"",
            "must be three working-day counts", "'no spaces' is not a pool name", "is not a language of the site",
            "is required: the campaign's title", "is not a SHA-256", "is required: a [campaign.phases] table",
        ] {
            #expect(english.stderr.contains(phrase), "English lost \(phrase): \(english.stderr)")
        }
        for phrase in [
            "time_zone: 'Mars/Olympus' 不是已知的时区", "weekend: 'funday' 不是星期的名称", "每个 [[pool]] 都须有名称",
            "draw_time: 为必填项（HH:MM）", "'loud' 不是检查方式", "抽签池 'county' 定义了两次", "不是公开网站可用的语言",
            "为必填项：专项整治的标题", "prohibitions: 'P01' 不是 \"代码 条文\" 形式", "reveal_time: 08:00 早于 draw_time 09:00",
        ] {
            #expect(chinese.stderr.contains(phrase), "Chinese lacks \(phrase): \(chinese.stderr)")
        }
        // The same problems, one a line, each at the same place.
        let englishLines = english.stderr.split(separator: "\n")
        let chineseLines = chinese.stderr.split(separator: "\n")
        #expect(englishLines.count == chineseLines.count && englishLines.count >= 17, "\(chinese.stderr)")
        for (line, told) in zip(englishLines, chineseLines) {
            #expect(line.prefix { $0 != " " } == told.prefix { $0 != " " }, "\(line) / \(told)")
        }
        for message in Self.messages(chinese.stderr, file: file) {
            #expect(
                EnglishLeft.words(message, allowing: ["monday", "sunday", "mobilisation", "supervision", "name"])
                    .isEmpty,
                "English left in: \(message)")
        }
    }

    @Test func aConfigurationWithoutPoolsOrWithAPoolOfTheWrongTypeIsToldInChinese() throws {
        let none = try Self.checkConfig("")
        #expect(none.chinese.status == 78, "\(none.chinese.stderr)")
        #expect(none.english.stderr.contains("no [[pool]] is configured; the daemon would never draw"))
        #expect(none.chinese.stderr.contains(":1: 没有配置任何 [[pool]]；守护进程将永远不会抽签"), "\(none.chinese.stderr)")
        let wrong = try Self.checkConfig("pool = 3")
        #expect(wrong.english.stderr.contains("must be written [[pool]] (an array of tables), not an integer"))
        #expect(wrong.chinese.stderr.contains("必须写作 [[pool]]（表数组），而不是整数"), "\(wrong.chinese.stderr)")
        let missing = try Run.run(
            Self.daemon, ["--check-config", "--config", "/nonexistent/spotcheckd.toml"], locale: Self.chinese)
        #expect(missing.stderr.contains("/nonexistent/spotcheckd.toml: 无法读取（文件不存在或没有权限）"), "\(missing.stderr)")
    }

    @Test func aRosterPoolNoPoolDefinesIsWarnedAboutInTheReadersLanguage() throws {
        let config = """
            [[pool]]
            name = "city"
            draw_time = "07:00"
            reveal_time = "08:00"
            """
        let (english, chinese, _) = try Self.checkConfig(config)
        #expect(english.stderr.contains("warning: pool 'county' of the roster (departments"), "\(english.stderr)")
        #expect(chinese.stderr.contains("警告：名册中的抽签池 'county'（单位"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("等另外"), "more than five departments are counted: \(chinese.stderr)")
    }

    @Test func spotcheckdHelpAndParseErrorsUseTheCataloguesWordsInChinese() throws {
        let chinese = try Run.run(Self.daemon, ["--help"], locale: Self.chinese)
        #expect(chinese.status == 0)
        for word in ["USAGE:", "OPTIONS:", "OVERVIEW:", "Show help information."] {
            #expect(!chinese.stdout.contains(word), "\(word) in \(chinese.stdout)")
        }
        #expect(chinese.stdout.contains("用法：") && chinese.stdout.contains("选项："), "\(chinese.stdout)")
        #expect(
            chinese.stdout.contains("  spotcheckd --config /etc/spotcheck/spotcheckd.toml\n"), "examples stay whole")
        for line in chinese.stdout.split(separator: "\n") {
            #expect(line.reduce(0) { $0 + HelpLayout.columns($1) } <= 80 || line.hasPrefix("  spotcheckd"), "\(line)")
        }
        let english = try Run.run(Self.daemon, ["--help"], locale: "C")
        #expect(english.stdout.contains("USAGE: spotcheckd") && english.stdout.contains("Show help information."))
        let wrong = try Run.run(Self.daemon, ["--bogus"], locale: Self.chinese)
        #expect(wrong.status == 64, "\(wrong.stderr)")
        #expect(wrong.stderr.contains("用法：") && !wrong.stderr.contains("Unknown option"), "\(wrong.stderr)")
        let englishWrong = try Run.run(Self.daemon, ["--bogus"], locale: "C")
        #expect(englishWrong.status == 64 && englishWrong.stderr.contains("Unknown option '--bogus'"))
    }
}

/// The wordings of spotcheckd.toml's problems, of the ledger's `InvalidField` and of the chain's
/// problems, read from the source: each must be one the catalogue recognises, or a Chinese
/// reader would get it in English. A problem added or reworded fails here, naming it.
@Suite struct WordingInTheCatalogueTests {
    /// Each message of `file` after one of `markers`.
    static func messages(_ file: String, _ markers: [String]) throws -> [String] {
        let source = try String(contentsOf: Run.packageRoot.appendingPathComponent(file), encoding: .utf8)
        return markers.flatMap { SourceMessageReaderTests.messages(source, after: $0) }
            .filter { $0.contains(" ") && !$0.hasPrefix(" ") && $0.filter(\.isLetter).count >= 3 }
    }

    static func recognised(_ message: String, by patterns: [TextPattern]) -> Bool {
        patterns.match(message) != nil || patterns.match(SourceMessageReaderTests.unglued(message)) != nil
    }

    /// Expects each message of each (file, markers) to be recognised by `patterns` (named
    /// `catalogue` when one is not); returns how many messages were read.
    static func expectCatalogued(
        _ calls: [(String, [String])], by patterns: [TextPattern], in catalogue: String
    ) throws -> Int {
        var count = 0
        for (file, markers) in calls {
            for message in try messages(file, markers) {
                count += 1
                #expect(recognised(message, by: patterns), "\(file): \"\(message)\" has no Chinese in \(catalogue)")
            }
        }
        return count
    }

    @Test func everyProblemOfTheConfigurationIsInTheCatalogue() throws {
        let calls: [(String, [String])] = [
            ("Sources/SpotcheckDaemon/Config.swift", ["fail(", "message:"]),
            ("Sources/SpotcheckDaemon/LedgerConfig.swift", ["fail("]),
            ("Sources/SpotcheckDaemon/LedgerDrawConfig.swift", ["fail("]),
            ("Sources/SpotcheckDaemon/PublicationConfig.swift", ["fail("]),
            ("Sources/SpotcheckDaemon/CampaignSection.swift", ["fail("]),
            ("Sources/SpotcheckDaemon/Notices.swift", ["fail("]),
            ("Sources/SpotcheckDaemon/CompositionCheck.swift", ["message:"]),
            ("Sources/SpotcheckCampaign/CampaignConfig.swift", ["fail("]),
            ("Sources/SpotcheckCampaign/VisitMode.swift", ["fail("]),
            ("Sources/SpotcheckCore/Policy.swift", ["problems.append("]),
        ]
        let count = try Self.expectCatalogued(calls, by: Catalogue.ConfigProblems.all, in: "Catalogue.ConfigProblems")
        #expect(count >= 35, "the reader found only \(count) problems")
        // The composition problem a pool's message carries.
        let told = Catalogue.ConfigProblems.told(
            "pool 'county': lead_from names 'd-x', which is no department id of the roster (did you mean 'd-y'?): "
                + "a draw would silently leave it out, and with no id of the key left every draw inspects nobody",
            in: .chinese)
        #expect(told.hasPrefix("抽签池 'county'：lead_from 中的 'd-x' 不是名册中的单位编号（是否想写 'd-y'？）"), "\(told)")
    }

    @Test func everyInvalidFieldOfTheLedgerIsInTheCatalogue() throws {
        let calls: [(String, [String])] = [
            ("Sources/SpotcheckDaemon/LedgerControl.swift", ["invalid("]),
            ("Sources/SpotcheckDaemon/LedgerChecks.swift", ["invalid("]),
            ("Sources/SpotcheckDaemon/ComplaintFindings.swift", ["invalid("]),
        ]
        let count = try Self.expectCatalogued(calls, by: Catalogue.LedgerFields.all, in: "Catalogue.LedgerFields")
        #expect(count >= 20, "the reader found only \(count) refusals")
        let told = LedgerWords.invalidField(
            "severity", "'huge' is not a severity; use minor, serious or grave", in: .chinese)
        #expect(told == "字段 severity：'huge' 不是严重程度；请使用 minor（一般）、serious（较重）或 grave（严重）")
        #expect(
            LedgerWords.invalidField("severity", "'huge' is not a severity; use minor, serious or grave", in: .english)
                == "severity: 'huge' is not a severity; use minor, serious or grave")
    }

    /// The first run of literals after each marker (an assignment, a `return`).
    static func assigned(_ file: String, _ markers: [String]) throws -> [String] {
        let text = Array(try String(contentsOf: Run.packageRoot.appendingPathComponent(file), encoding: .utf8))
        var found: [String] = []
        for marker in markers.map(Array.init) {
            var index = 0
            while index + marker.count <= text.count {
                guard Array(text[index..<index + marker.count]) == marker else {
                    index += 1
                    continue
                }
                var cursor = index + marker.count
                while cursor < text.count, text[cursor].isWhitespace || text[cursor] == "(" || text[cursor] == "[" {
                    cursor += 1
                }
                var message = ""
                while cursor < text.count, text[cursor] == "\"" {
                    message += SourceMessageReaderTests.literal(text, &cursor)
                    var next = cursor
                    while next < text.count, text[next].isWhitespace { next += 1 }
                    guard next < text.count, text[next] == "+" else { break }
                    next += 1
                    while next < text.count, text[next].isWhitespace { next += 1 }
                    cursor = next
                }
                if message.contains(" ") { found.append(message) }
                index = cursor + 1
            }
        }
        return found
    }

    @Test func everyProblemOfTheChainIsInTheCatalogue() throws {
        let calls: [(String, [String])] = [
            ("Sources/SpotcheckCore/Chain.swift", ["append("]),
            ("Sources/SpotcheckCore/Cancellation.swift", ["append("]),
            ("Sources/SpotcheckCore/EventLink.swift", ["append("]),
            ("Sources/SpotcheckCLI/PublicChain.swift", ["append(", "return [", "return "]),
            ("Sources/SpotcheckCLI/PublicChainLinks.swift", ["append(", "return "]),
            ("Sources/SpotcheckCLI/PublicCancellation.swift", ["return ["]),
            ("Sources/SpotcheckCLI/StrictJSON.swift", ["key: String) -> String {"]),
            ("Sources/SpotcheckDaemon/EngineChain.swift", ["problem =", "what ="]),
            ("Sources/SpotcheckDaemon/EngineLinks.swift", ["return (", "what ="]),
        ]
        var count = 0
        for (file, markers) in calls {
            for message in try Self.assigned(file, markers) where !message.hasPrefix("spotcheck/") {
                count += 1
                #expect(
                    Self.recognised(message, by: ChainText.patterns + Catalogue.ChainProblems.values)
                        || ChainText.problem(message, in: .chinese) != message,
                    "\(file): \"\(message)\" has no Chinese in Catalogue.ChainProblems")
            }
        }
        #expect(count >= 45, "the reader found only \(count) problems")
    }

    @Test func aChainProblemKeepsItsFolderAndNamesTheLinkInChinese() {
        #expect(
            ChainText.problem(
                "2026-12-01/county-ordered-7/order.json date: 2026-12-02, the record says 2026-12-01", in: .chinese)
                == "2026-12-01/county-ordered-7/order.json date：为 2026-12-02，记录为 2026-12-01")
        #expect(
            ChainText.problem(
                "2026-12-01/county/replacements.json replacements[1].previousRecordHash: missing (every replacement is an entry of the hash chain)",
                in: .chinese)
                == "2026-12-01/county/replacements.json replacements[1].previousRecordHash：缺失（每次替换都是哈希链中的一个条目）")
        #expect(
            ChainText.problem("replacement entry 3: the bytes hash to ab12, the chain says cd34", in: .chinese)
                == "替换条目 3：字节的哈希为 ab12，哈希链中记为 cd34")
        #expect(
            ChainText.problem("its record links to nothing, the link before it hashes to ab12", in: .chinese)
                == "其抽签记录 接续的是 无，而它前一项的哈希为 ab12")
        let english = "its record links to nothing, the link before it hashes to ab12"
        #expect(ChainText.problem(english, in: .english) == english)
        #expect(ChainText.problem("something new", in: .chinese) == "something new")
    }
}
