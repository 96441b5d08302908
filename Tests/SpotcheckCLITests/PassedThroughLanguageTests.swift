import Foundation
import SpotcheckCore
import SpotcheckLedger
import SpotcheckRoster
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// Texts that other parts word in English (roster parse errors, `verify`'s differences, the
/// ledger's refusals, a degraded status, a refused replacement) reach a Chinese reader in Chinese,
/// with the file, line, column, field and ids as they were; an English reader sees exactly what
/// they saw before.
@Suite struct PassedThroughLanguageTests {
    static let chinese = "zh_CN.UTF-8"

    /// A copy of the example county with `change` applied to one file.
    static func brokenCounty(_ file: String, _ change: (String) -> String) throws -> String {
        let folder = try Run.temporaryDirectory()
        for name in ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv", "policy.toml"] {
            var text = try String(contentsOfFile: "\(Run.county)/\(name)", encoding: .utf8)
            if name == file { text = change(text) }
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    @Test func aMisspelledHeaderIsToldInChineseWithItsFileLineAndColumn() throws {
        let roster = try Self.brokenCounty("inspectors.csv") {
            $0.replacingOccurrences(of: "daily_cap", with: "dailycap")
        }
        let english = try Run.spotcheck(["check-roster", "--roster", roster], locale: "C")
        let chinese = try Run.spotcheck(["check-roster", "--roster", roster], locale: Self.chinese)
        #expect(english.status == chinese.status && english.status != 0)
        #expect(
            english.stderr.contains("inspectors.csv:1:9: unknown column 'dailycap'; the columns are id,name"),
            "\(english.stderr)")
        #expect(chinese.stderr.contains("inspectors.csv:1:9: 未知的列 'dailycap'；可用的列为 id,name"), "\(chinese.stderr)")
        #expect(!chinese.stderr.contains("unknown column"), "\(chinese.stderr)")
    }

    @Test func everyRosterProblemOfABrokenRosterIsToldInChinese() throws {
        let roster = try Self.brokenCounty("inspectors.csv") { text in
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines[1] = "i001,杨涛,Yang Tao,d-nowhere,d-renshe@2026-13-07,,maybe,someday,0"
            lines[2] = "i001,胡超,huchao,d-caizheng,,,yes,2026-02-30,101"
            return lines.joined(separator: "\n")
        }
        let chinese = try Run.spotcheck(["check-roster", "--roster", roster], locale: Self.chinese)
        #expect(chinese.status != 0)
        let problems = chinese.stderr.split(separator: "\n").filter { $0.contains(".csv:") }
        #expect(problems.count >= 8, "\(chinese.stderr)")
        for line in problems {
            // Each line's message (after the place) has Chinese in it: nothing passed through untold.
            #expect(line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "untold: \(line)")
        }
        let english = try Run.spotcheck(["check-roster", "--roster", roster], locale: "C")
        #expect(
            english.stderr.contains("is not yes or no") || english.stderr.contains("never closed"), "\(english.stderr)")
    }

    @Test func aPolicyProblemIsToldInTheReadersLanguage() throws {
        let roster = try Self.brokenCounty("policy.toml") { text in
            text.replacingOccurrences(of: "team_size = ", with: "team_size = 99\nteam_sizes = ")
        }
        let arguments = ["draw", "--roster", roster, "--date", "2026-12-01", "--seed", Run.seed(3)]
        let english = try Run.spotcheck(arguments, locale: "C")
        let chinese = try Run.spotcheck(arguments, locale: Self.chinese)
        #expect(english.status == chinese.status && english.status != 0)
        #expect(english.stderr.contains("the policy is refused:"), "\(english.stderr)")
        #expect(english.stderr.contains("policy.team_size: must be from 1 to 32 (is 99)"), "\(english.stderr)")
        #expect(chinese.stderr.contains("策略文件未被接受："), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("policy.team_size: 必须在 1 至 32 之间（现为 99）"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("policy.team_sizes: [policy] 中有未知的键"), "\(chinese.stderr)")
    }

    @Test func verifyNamesWhatDiffersInTheReadersLanguage() throws {
        let honest = try HonestDraw()
        var tampered = honest.record
        tampered.eligibleWeight += 1
        try honest.write("tampered.json", RecordCoding.encode(tampered))
        let arguments = [
            "verify", honest.path("tampered.json"), "--seed-file", honest.path("seed.hex"), "--roster", Run.county,
            "--policy", honest.path("policy.txt"),
        ]
        let english = try Run.spotcheck(arguments, locale: "C")
        let chinese = try Run.spotcheck(arguments, locale: Self.chinese)
        #expect(english.status == chinese.status && english.status != 0)
        let weight = honest.record.eligibleWeight
        #expect(
            english.stdout.contains("eligibleWeight: the record says \(weight + 1), recomputed \(weight)"),
            "\(english.stdout)")
        #expect(chinese.stdout.contains("eligibleWeight：记录为 \(weight + 1)，重新计算为 \(weight)"), "\(chinese.stdout)")
        // The JSON stays English, as every JSON output does.
        let json = try Run.spotcheck(arguments + ["--json"], locale: Self.chinese)
        #expect(json.stdout.contains("eligibleWeight: the record says"), "\(json.stdout)")
    }

    @Test func verifysOwnRefusalsAreInTheReadersLanguage() throws {
        let chinese = try Run.spotcheck(["verify", "record.json", "--seed", "00"], locale: Self.chinese)
        #expect(chinese.status == 64)
        #expect(chinese.stderr.contains("请用 --roster 给出抽签所依据的名册目录"), "\(chinese.stderr)")
        let english = try Run.spotcheck(["verify", "record.json", "--seed", "00"], locale: "C")
        #expect(
            english.stderr.contains("give the roster folder the draw was made on with --roster"), "\(english.stderr)")
    }

    @Test func benchAndSpotcheckdHelpAreInTheReadersLanguage() throws {
        let daemon = Run.binary.deletingLastPathComponent().appendingPathComponent("spotcheckd").path
        for (command, english, chinese) in [
            (Run.binary.path, ["bench", "--help"], ["bench", "--help"]),
            (daemon, ["--help"], ["--help"]),
        ].map({ ($0.0, $0.1, $0.2) }) {
            let inEnglish = try Run.run(command, english, locale: "C")
            let inChinese = try Run.run(command, chinese, locale: Self.chinese)
            #expect(inEnglish.status == 0 && inChinese.status == 0, "\(inEnglish.stderr)\(inChinese.stderr)")
            #expect(inEnglish.stdout.contains("EXIT CODES:") && inChinese.stdout.contains("退出码："))
            #expect(
                !inEnglish.stdout.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
                "\(inEnglish.stdout)")
        }
        let bench = try Run.spotcheck(["bench", "--help"], locale: Self.chinese)
        #expect(bench.stdout.contains("在生成的名册上测量抽签的耗时和内存"), "\(bench.stdout)")
        #expect(bench.stdout.contains("每种规模的抽签次数"), "\(bench.stdout)")
        let english = try Run.spotcheck(["bench", "--help"], locale: "C")
        #expect(english.stdout.contains("Measure the draw's time and memory on generated rosters."))
        let help = try Run.run(daemon, ["--help"], locale: Self.chinese)
        #expect(help.stdout.contains("按计划抽取不打招呼的检查"), "\(help.stdout)")
        #expect(help.stdout.contains("检查配置及其指定的名册"), "\(help.stdout)")
        let repeats = try Run.spotcheck(["bench", "--repeat", "0"], locale: Self.chinese)
        #expect(repeats.status == 64 && repeats.stderr.contains("--repeat 必须在 1 到 100 之间"), "\(repeats.stderr)")
    }

    @Test func spotcheckdCheckConfigTellsRosterProblemsInTheReadersLanguage() throws {
        let daemon = Run.binary.deletingLastPathComponent().appendingPathComponent("spotcheckd").path
        let roster = try Self.brokenCounty("inspectors.csv") {
            $0.replacingOccurrences(of: "daily_cap", with: "dailycap")
        }
        let config = try Run.temporaryDirectory().appendingPathComponent("spotcheckd.toml")
        try """
        [paths]
        roster = "\(roster)"
        state = "\(config.deletingLastPathComponent().path)/state"
        tasks = "\(config.deletingLastPathComponent().path)/tasks"
        public = "\(config.deletingLastPathComponent().path)/public"
        control_socket = "\(config.deletingLastPathComponent().path)/control"

        [calendar]
        time_zone = "Asia/Shanghai"

        [[pool]]
        name = "county"
        targets_per_day = 2
        draw_time = "07:00"
        reveal_time = "08:00"
        """.write(to: config, atomically: true, encoding: .utf8)
        let chinese = try Run.run(daemon, ["--check-config", "--config", config.path], locale: Self.chinese)
        let english = try Run.run(daemon, ["--check-config", "--config", config.path], locale: "C")
        #expect(chinese.status == 78 && english.status == 78, "\(english.stderr)")
        #expect(english.stderr.contains("unknown column 'dailycap'"), "\(english.stderr)")
        #expect(chinese.stderr.contains("未知的列 'dailycap'"), "\(chinese.stderr)")
    }

    @Test func everyRefusalOfTheLedgerIsRecognisedAndToldInChinese() throws {
        let today = Day(iso: "2026-12-01")!
        let later = Day(iso: "2026-12-20")!
        let id = try FindingID("F-2026-0007")
        let errors: [LedgerError] = [
            .wrongState(action: .confirm, state: .closed), .missingField("facts"), .invalidFindingID("X-1"),
            .invalidRuleCode("P 3"), .duplicateRuleCode("P03"), .unknownRuleCode("P99"), .invalidEvidence("a\nb"),
            .categoryMissing(id), .noPlannedMeasure(id), .noSuchMeasure(3), .measureAlreadyDone(2),
            .measureNotDone(2), .measureWithoutEvidence(1), .dueDateInPast(due: today, today: later),
            .measureDueAfterDeadline(due: later, deadline: today),
            .verifierFromDepartment(verifier: "i003", department: "d-shuiwu"), .verifierNotDrawn("i004"),
            .extensionTooLate(due: today, today: later), .extensionPending(id), .noExtensionPending(id),
            .extensionCapReached(cap: 2), .extensionNotLater(requested: today, due: later),
            .extensionDecidedByRequester("wang"), .dismissalAlreadyProposed(id), .noDismissalProposed(id),
            .dismissalNeedsSecondCoordinator(proposedBy: "li"), .invalidEscalationOffsets([5, 1]),
            .measureDueBeyondLimit(measure: 2, due: later, latest: today, severity: .minor, workingDays: 20),
            .measureDueBeyondLimit(measure: 1, due: later, latest: today, severity: .serious, workingDays: 40),
            .measureDueBeyondLimit(measure: 1, due: later, latest: today, severity: .grave, workingDays: 60),
            .verifierConflicted(verifier: "i004", department: "d-shuiwu", reason: "own department"),
            .verifierConflicted(verifier: "i004", department: "d-shuiwu", reason: "former department until 2027-01-05"),
            .verifierConflicted(verifier: "i004", department: "d-shuiwu", reason: "declared conflict: 亲属在该单位"),
            .extensionDecidedByDepartmentSide(decider: "zhao", department: "d-shuiwu", reason: "own department"),
            .extensionDecidedByDepartmentSide(decider: "zhao", department: "d-shuiwu", reason: "declared conflict: 配偶"),
            .severityNotSet(id, proposed: .minor, workingDays: 10),
            .severityNotSet(id, proposed: .serious, workingDays: 40),
            .severityNotSet(id, proposed: .grave, workingDays: 60),
            .severitySetByDepartmentSide(setter: "zhao", department: "d-shuiwu", reason: "own department"),
            .severitySetByDepartmentSide(setter: "zhao", department: "d-shuiwu", reason: "declared conflict: 配偶"),
            .verifierFoundIt(verifier: "zhao", finding: id),
            .recheckerFoundIt(rechecker: "zhao", finding: id),
        ]
        // Every case but notPermitted (sent as PermissionDenied) is in the list above: a new
        // case fails to compile here until it is added to the list and to the catalogue.
        func listed(_ error: LedgerError) -> Bool {
            switch error {
            case .notPermitted: false
            case .wrongState, .missingField, .invalidFindingID, .invalidRuleCode, .duplicateRuleCode, .unknownRuleCode,
                .invalidEvidence, .categoryMissing, .noPlannedMeasure, .noSuchMeasure, .measureAlreadyDone,
                .measureNotDone, .measureWithoutEvidence, .dueDateInPast, .measureDueAfterDeadline,
                .verifierFromDepartment, .verifierNotDrawn, .extensionTooLate, .extensionPending, .noExtensionPending,
                .extensionCapReached, .extensionNotLater, .extensionDecidedByRequester, .dismissalAlreadyProposed,
                .noDismissalProposed, .dismissalNeedsSecondCoordinator, .invalidEscalationOffsets,
                .measureDueBeyondLimit, .verifierConflicted, .extensionDecidedByDepartmentSide, .severityNotSet,
                .severitySetByDepartmentSide, .verifierFoundIt, .recheckerFoundIt:
                true
            }
        }
        #expect(errors.allSatisfy(listed) && errors.count == 42)
        for error in errors {
            #expect(PassedThroughText.ledger(error.description, in: .english) == error.description)
            let chinese = PassedThroughText.ledger(error.description, in: .chinese)
            #expect(chinese != error.description, "not in the catalogue: \(error.description)")
            #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        }
    }

    @Test func aRecognisedTextKeepsItsValuesAndAnUnknownOneComesThroughAsItIs() {
        let patterns = Catalogue.InputProblems.patterns
        #expect(
            patterns.told("unknown column 'a; b'; the columns are id,name", in: .chinese)
                == "未知的列 'a; b'；可用的列为 id,name")
        #expect(patterns.told("and at least 12 more errors", in: .chinese) == "另有至少 12 处错误")
        #expect(patterns.told("something nobody wrote", in: .chinese) == "something nobody wrote")
        #expect(
            patterns.told("unknown column 'x'; the columns are id", in: .english)
                == "unknown column 'x'; the columns are id")
        #expect(
            Catalogue.StatusHealth.patterns.told(
                "degraded: task files of 2026-12-01 may disagree with the store (disk full); retrying every minute",
                in: .chinese) == "运行降级：2026-12-01 的任务文件可能与数据库不一致（disk full）；每分钟重试一次")
    }

    @Test func theReasonsOfARefusedReplacementAreToldOneByOne() {
        let joined = [
            Exclusion.ownDepartment.message, Exclusion.rotation(until: Day(iso: "2027-01-05")!).message,
            "the team would lack the skill 'finance'", "the team needs a lead and i009 may not lead",
        ].joined(separator: "; ")
        #expect(
            PassedThroughText.reasons(joined, in: .chinese)
                == "本单位；轮换期，至 2027-01-05；该检查组将缺少技能 'finance'；该检查组需要组长，而 i009 不能担任组长")
        #expect(PassedThroughText.reasons(joined, in: .english) == joined)
    }
}

/// No sentence for people is written as a bare literal in the files that were moved to the
/// catalogue: a new English text there must go through `Catalogue` (and so get its Chinese).
@Suite struct NoLiteralEscapesTheCatalogueTests {
    /// Each file, and the line that ends the part checked (nil: the whole file).
    static let files: [(path: String, until: String?)] = [
        ("Sources/SpotcheckCLI/PassedThroughText.swift", nil),
        ("Sources/SpotcheckCLI/VerifyCommand.swift", nil),
        ("Sources/SpotcheckCLI/BenchCommand.swift", "    func run() throws {"),
        ("Sources/SpotcheckDaemon/DaemonCommand.swift", "struct Daemon {"),
        ("Sources/SpotcheckDaemon/CommandLineText.swift", nil),
    ]

    /// Literals that are not sentences for people: command lines of examples, the differences
    /// `verify --json` reports in English (told in the reader's language when printed as text),
    /// and the English an exclusion is recognised by (`after("…")`).
    static func allowed(_ line: String) -> Bool {
        line.contains("\"spotcheck ") || line.contains("\"swift run ") || line.contains("differences.append(")
            || line.contains("preconditionFailure(") || line.contains("after(\"")
    }

    static func sentences(in path: String, until: String?) throws -> [String] {
        let text = try String(contentsOf: Run.packageRoot.appendingPathComponent(path), encoding: .utf8)
        return try sentences(text, until: until).map { "\(path):\($0)" }
    }

    static func sentences(_ text: String, until: String?) throws -> [String] {
        let sentence = try Regex("\"[^\"]*[A-Za-z']{2,} [a-z']{2,} [a-z']{2,}[^\"]*\"")
        var found: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let until, line == until { break }
            let code = line.drop { $0 == " " }
            if code.hasPrefix("//") || allowed(String(line)) { continue }
            if line.contains(sentence) { found.append("\(number + 1): \(code)") }
        }
        return found
    }

    @Test func theCheckedFilesHoldNoEnglishSentenceOutsideTheCatalogue() throws {
        for (path, until) in Self.files {
            let found = try Self.sentences(in: path, until: until)
            #expect(found.isEmpty, "user-facing literals outside the catalogue:\n\(found.joined(separator: "\n"))")
        }
    }

    @Test func theCheckFindsASentenceWrittenAsALiteralAndSparesCatalogueUse() throws {
        #expect(try Self.sentences("    throw CLIFailure(\"the seed is not valid\")", until: nil).count == 1)
        #expect(try Self.sentences("    throw CLIFailure(Catalogue.VerifyWords.badSeed.text)", until: nil).isEmpty)
        #expect(try Self.sentences("    // the seed is not valid", until: nil).isEmpty)
    }
}

/// Reads the messages of calls from the source (`fail("…")`, `message: "…"`), for the tests that
/// check every wording of a parser has its message in the catalogue.
@Suite struct SourceMessageReaderTests {
    /// The messages of the calls after `marker`: each run of string literals joined by `+` among
    /// the call's own arguments, its interpolations and joined expressions replaced by "v".
    static func messages(_ source: String, after marker: String) -> [String] {
        let text = Array(source)
        let mark = Array(marker)
        var found: [String] = []
        var index = 0
        while index + mark.count <= text.count {
            guard Array(text[index..<index + mark.count]) == mark else {
                index += 1
                continue
            }
            var cursor = index + mark.count
            // A label (`message:`) counts only where a literal follows it, not in a declaration.
            if marker.hasSuffix(":") {
                var next = cursor
                while next < text.count, text[next].isWhitespace { next += 1 }
                guard next < text.count, text[next] == "\"" else {
                    index = cursor
                    continue
                }
            }
            var depth = 1
            var run: String?
            var joined = false
            while cursor < text.count, depth > 0 {
                let c = text[cursor]
                if c == "\"" {
                    let literal = Self.literal(text, &cursor)
                    // Literals inside a nested call (`joined(separator: ",")`) are no message.
                    guard depth == 1 else { continue }
                    if let current = run, joined {
                        run = current + literal
                    } else {
                        if let current = run { found.append(current) }
                        run = literal
                    }
                    joined = false
                    continue
                }
                if c == "+" {
                    joined = true
                } else if !c.isWhitespace {
                    // A value joined on (`+ columns.joined(…)`) stands for one more value.
                    if joined, let current = run { run = current + "v" }
                    joined = false
                }
                if c == "(" { depth += 1 }
                if c == ")" { depth -= 1 }
                cursor += 1
            }
            if let run { found.append(run) }
            index = cursor
        }
        return found
    }

    /// The string literal at `cursor` (a quote), its interpolations as "v"; moves past it.
    static func literal(_ text: [Character], _ cursor: inout Int) -> String {
        var value = ""
        cursor += 1
        while cursor < text.count, text[cursor] != "\"" {
            if text[cursor] == "\\", cursor + 1 < text.count, text[cursor + 1] == "(" {
                cursor += 2
                var depth = 1
                while cursor < text.count, depth > 0 {
                    if text[cursor] == "\"" {
                        _ = literal(text, &cursor)
                        continue
                    }
                    if text[cursor] == "(" { depth += 1 }
                    if text[cursor] == ")" { depth -= 1 }
                    cursor += 1
                }
                value += "v"
                continue
            }
            if text[cursor] == "\\", cursor + 1 < text.count {
                value.append(text[cursor + 1])
                cursor += 2
                continue
            }
            value.append(text[cursor])
            cursor += 1
        }
        cursor += 1
        return value
    }

    /// The message with an interpolation glued to a word (a hint such as " ('x' is y)", a
    /// conditional " in [table]") left out: it may be empty.
    static func unglued(_ message: String) -> String {
        let chars = Array(message)
        var unglued = ""
        for (offset, c) in chars.enumerated() {
            let glued =
                c == "v" && offset > 0 && chars[offset - 1].isLetter
                && (offset + 1 == chars.count || !chars[offset + 1].isLetter)
            if !glued { unglued.append(c) }
        }
        return unglued
    }

    @Test func theReaderSeesEachAlternativeAndJoinsWhatPlusJoins() {
        let source = """
            throw Self.refused(
                CampaignMessages.complaintsInterface,
                empty ? "no roster, so '\\(department)' cannot be checked"
                    : "'\\(department.map { "x" }.joined(separator: ", "))' is not known; "
                        + "give the id")
            """
        #expect(
            Self.messages(source, after: "Self.refused(")
                == ["no roster, so 'v' cannot be checked", "'v' is not known; give the id"])
        #expect(
            Self.messages("fail(\"the columns are \" + columns.joined(separator: \",\"))", after: "fail(")
                == ["the columns are v"])
    }
}

/// The same for the problems of roster, policy and TOML files: every wording the parsers use is
/// one `Catalogue.InputProblems` recognises.
@Suite struct InputProblemWordingTests {
    static let calls: [(file: String, marker: String)] = [
        ("Sources/SpotcheckRoster/RosterParser.swift", "fail("),
        ("Sources/SpotcheckRoster/RosterParser.swift", "message:"),
        ("Sources/SpotcheckRoster/CSV.swift", "message:"),
        ("Sources/SpotcheckRoster/TableReader.swift", "fail("),
        ("Sources/SpotcheckRoster/TOML.swift", "fail("),
        ("Sources/SpotcheckRoster/PolicyFile.swift", "message:"),
    ]

    @Test func everyParserWordingIsInTheCatalogue() throws {
        var count = 0
        for (file, marker) in Self.calls {
            let source = try String(contentsOf: Run.packageRoot.appendingPathComponent(file), encoding: .utf8)
            // A column or key name alone, or a fragment glued on by a condition, is no message.
            for message in SourceMessageReaderTests.messages(source, after: marker)
            where message.contains(" ") && !message.hasPrefix(" ") && message.filter(\.isLetter).count >= 3 {
                count += 1
                #expect(
                    Catalogue.InputProblems.patterns.match(message) != nil
                        || Catalogue.InputProblems.patterns.match(SourceMessageReaderTests.unglued(message)) != nil,
                    "\(file): \"\(message)\" has no Chinese in Catalogue.InputProblems")
            }
        }
        #expect(count >= 30, "the reader found only \(count) problems")
    }
}
