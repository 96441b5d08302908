import Foundation
import SpotcheckCore
import SpotcheckText
import Testing

/// What a Chinese reader sees beyond the catalogue's own messages: argument-parser's words and
/// line wrapping in help, and why a department could not be staffed.
@Suite struct ChineseHelpAndRefusalTests {
    static let chinese = "zh_CN.UTF-8"

    /// Terminal columns of a line: two for each CJK or full-width character.
    static func columns(_ line: Substring) -> Int {
        line.reduce(0) { width, character in
            let scalar = character.unicodeScalars.first!.value
            return width + ((0x2E80...0xA4CF).contains(scalar) || (0xFF00...0xFF60).contains(scalar) ? 2 : 1)
        }
    }

    @Test(arguments: [["why"], ["today"], ["order"], ["log"], ["departments", "set"], ["status"]])
    func chineseHelpHasChineseHeadingsAndFitsEightyColumns(command: [String]) throws {
        let help = try Run.run(
            "/usr/bin/env", ["COLUMNS=80", Run.binary.path] + command + ["--help"], locale: Self.chinese)
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("用法：") && help.stdout.contains("选项："), "\(help.stdout)")
        #expect(help.stdout.contains("显示帮助信息。"), "\(help.stdout)")
        for word in ["USAGE:", "OPTIONS:", "OVERVIEW:", "Show help information."] {
            #expect(!help.stdout.contains(word), "\(command): \(word)")
        }
        for line in help.stdout.split(separator: "\n") where !line.hasPrefix("  spotcheck ") {
            #expect(Self.columns(line) <= 80, "\(command): \(Self.columns(line)) columns: \(line)")
        }
        // Nothing is lost to the wrapping: every option is still there.
        let english = try Run.spotcheck(command + ["--help"])
        for option in english.stdout.split(separator: " ").filter({ $0.hasPrefix("--") && $0.count > 3 }) {
            let name = option.prefix { $0 == "-" || $0.isLetter || $0 == "-" }
            #expect(help.stdout.contains(name), "\(command): \(name)")
        }
    }

    @Test func englishHelpIsArgumentParsersOwn() throws {
        let help = try Run.spotcheck(["why", "--help"])
        #expect(help.stdout.contains("USAGE: spotcheck why") && help.stdout.contains("OPTIONS:"))
        #expect(!help.stdout.contains("用法"))
    }

    @Test func aParseErrorIsInTheReadersLanguageWithTheSameExitCode() throws {
        let english = try Run.spotcheck(["why"])
        let chinese = try Run.spotcheck(["why"], locale: Self.chinese)
        #expect(english.status == 64 && chinese.status == 64)
        #expect(english.stderr.contains("Error: Missing expected argument '<inspector>'"), "\(english.stderr)")
        #expect(chinese.stderr.contains("错误：缺少参数 '<inspector>'"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("更多信息见 'spotcheck why --help'。"), "\(chinese.stderr)")
        #expect(!chinese.stderr.contains("Error:") && !chinese.stderr.contains("Usage:"), "\(chinese.stderr)")
        // Machine-read output stays as argument-parser writes it in every language.
        let dump = try Run.spotcheck(["--experimental-dump-help"], locale: Self.chinese)
        #expect(dump.stdout.hasPrefix("{"))
        let bash = try Run.spotcheck(["--generate-completion-script", "bash"], locale: Self.chinese)
        #expect(bash.status == 0 && bash.stdout.contains("-F _spotcheck spotcheck"))
    }

    @Test func aBadValueAndExtraArgumentsAreToldInTheReadersLanguage() throws {
        let value = try Run.spotcheck(["replace", "abc", "i044", "--reason", "病假"], locale: Self.chinese)
        #expect(value.status == 64)
        #expect(value.stderr.contains("取值 'abc' 不适用于 '<draw-id>'"), "\(value.stderr)")
        let extra = try Run.spotcheck(["status", "x", "y"], locale: Self.chinese)
        #expect(extra.status == 64)
        #expect(extra.stderr.contains("2 个多余的参数：'x', 'y'"), "\(extra.stderr)")
        for text in [value.stderr, extra.stderr] {
            #expect(!text.contains("The value") && !text.contains("unexpected"), "\(text)")
        }
    }

    @Test func whyATeamCannotBeStaffedIsToldInTheReadersLanguage() throws {
        let policy = try Run.temporaryDirectory().appendingPathComponent("policy.toml")
        try "[policy]\nteam_size = 32\n".write(to: policy, atomically: true, encoding: .utf8)
        let arguments = [
            "draw", "--roster", Run.county, "--policy", policy.path, "--date", "2026-12-01", "--seed",
            String(repeating: "1", count: 64),
        ]
        let english = try Run.spotcheck(arguments)
        let chinese = try Run.spotcheck(arguments, locale: Self.chinese)
        #expect(
            english.stdout.contains("teams need") && english.stdout.contains("eligible places"), "\(english.stdout)")
        #expect(chinese.stdout.contains("个检查组共需") && chinese.stdout.contains("个符合条件的位置可用"), "\(chinese.stdout)")
        #expect(!chinese.stdout.contains("eligible places"), "\(chinese.stdout)")
    }

    @Test func anOfflineDrawThatDrawsNothingSaysWhyInTheReadersLanguage() throws {
        let seed = ["--date", "2026-12-01", "--seed", String(repeating: "1", count: 64)]
        let unknown = ["draw", "--roster", Run.county, "--target", "d-nowhere"] + seed
        let english = try Run.spotcheck(unknown)
        let chinese = try Run.spotcheck(unknown, locale: Self.chinese)
        #expect(english.status == 65 && chinese.status == 65)
        #expect(
            english.stderr.contains("nothing was drawn: target 'd-nowhere' is not a department"), "\(english.stderr)")
        #expect(chinese.stderr.contains("未进行抽签：指定单位“d-nowhere”不是名册中的单位"), "\(chinese.stderr)")
        let empty = ["draw", "--roster", Run.county, "--pool", "no-such-pool"] + seed
        let none = try Run.spotcheck(empty)
        let zh = try Run.spotcheck(empty, locale: Self.chinese)
        #expect(none.status == 65 && zh.status == 65)
        #expect(none.stderr.contains("no department of pool 'no-such-pool' can be drawn"), "\(none.stderr)")
        #expect(zh.stderr.contains("抽签池“no-such-pool”中没有可抽取的单位"), "\(zh.stderr)")
        #expect(!zh.stderr.contains("can be drawn") && !chinese.stderr.contains("nothing was drawn"), "\(zh.stderr)")
    }

    @Test func theDrawsRefusalsReadTheSameInEnglishAsTheDrawSaysThem() {
        let every: [DrawError] = [
            .duplicateDepartment("d-a"), .duplicateInspector("i1"), .tooManySkills(65), .unknownTarget("d-x"),
            .duplicateTarget("d-a"), .invalidPolicy(["team_size: 0", "cooldown_days: -1"]), .noTargets,
            .hiddenSlot("no slot"), .closedTarget("d-b"), .unknownAlgorithm("v0"),
        ]
        for error in every {
            #expect(Catalogue.DrawRefusals.problem(error).english == error.description)
            #expect(!Catalogue.DrawRefusals.problem(error).chinese.isEmpty)
        }
    }
}
