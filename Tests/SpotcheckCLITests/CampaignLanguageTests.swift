import Foundation
import Testing

/// The problem ledger, the campaign and complaints speak the reader's language, as the other
/// commands do.
@Suite struct ChineseAndEnglishCampaignOutputTests {
    static let chinese = "zh_CN.UTF-8"

    /// True when the text holds a CJK ideograph.
    static func hasChinese(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test func helpOfFindingsCampaignAndComplaintsIsChineseInAChineseLocaleAndEnglishOtherwise() throws {
        let cases: [(command: [String], english: String, chinese: String)] = [
            (["findings"], "The problem ledger: record findings", "问题台账：登记问题，限期整改，验收销号"),
            (["findings", "add"], "Record a finding", "登记问题"),
            (["findings", "verify"], "Accepting closes the finding (销号)", "验收通过即销号"),
            (["findings", "export"], "Export the findings you may see", "导出您可查看的问题台账"),
            (["campaign"], "(动员部署), self-inspection (自查自纠)", "动员部署（mobilisation）"),
            (["campaign", "status"], "Show the campaign, its active phase", "查看专项整治"),
            (["campaign", "advance"], "Take the next step of the campaign", "推进专项整治到下一阶段"),
            (["complaints"], "Complaints from the public (群众举报)", "群众举报：登记、办理、凭回执码查询"),
            (["complaints", "register"], "print its receipt code", "显示回执码"),
            (["complaints", "lookup"], "What the holder of a receipt code may see", "回执码持有人可查看的内容"),
        ]
        for (command, english, chinese) in cases {
            let inEnglish = try Run.spotcheck(command + ["--help"], locale: "C")
            let inChinese = try Run.spotcheck(command + ["--help"], locale: Self.chinese)
            #expect(inEnglish.status == 0 && inChinese.status == 0, "\(command)")
            #expect(inEnglish.stdout.contains(english), "\(command): \(inEnglish.stdout)")
            #expect(!inEnglish.stdout.contains(chinese), "\(command)")
            // Chinese help is wrapped by display width, between any two characters.
            let unwrapped = inChinese.stdout.replacing(/\n */, with: "")
            #expect(unwrapped.contains(chinese), "\(command): \(inChinese.stdout)")
            #expect(!inChinese.stdout.contains(english), "\(command): \(inChinese.stdout)")
            // Examples are the same command lines in both languages.
            #expect(inEnglish.stdout.contains("EXAMPLES:") && inChinese.stdout.contains("示例："), "\(command)")
        }
        // The three groups list the exit codes, in the reader's language.
        for group in ["findings", "campaign", "complaints"] {
            #expect(try Run.spotcheck([group, "--help"], locale: Self.chinese).stdout.contains("退出码："))
            #expect(try Run.spotcheck([group, "--help"], locale: "C").stdout.contains("EXIT CODES:"))
        }
    }

    @Test func theHelpOfEveryOptionIsChineseInAChineseLocale() throws {
        let cases: [(command: [String], english: String, chinese: String)] = [
            (["findings", "add"], "Self-inspection of this department.", "此单位的自查自纠。"),
            (["findings", "list"], "Only rectifications past their due date.", "只列出已超过整改期限的问题。"),
            (["findings", "measure"], "The role answerable for it (for example 办公室主任).", "负责落实的职务"),
            (["campaign", "advance"], "Why the step is taken now", "此时推进的理由"),
            (["complaints", "register"], "Read the complainant's identity", "从此文件读取举报人身份"),
            (["complaints", "identity", "request"], "Why the identity must be read", "必须查看身份的理由"),
        ]
        for (command, english, chinese) in cases {
            let inEnglish = try Run.spotcheck(command + ["--help"], locale: "C")
            let inChinese = try Run.spotcheck(command + ["--help"], locale: Self.chinese)
            #expect(inEnglish.stdout.contains(english), "\(command): \(inEnglish.stdout)")
            // Chinese help is wrapped by display width, between any two characters.
            let unwrapped = inChinese.stdout.replacing(/\n */, with: "")
            #expect(unwrapped.contains(chinese), "\(command): \(inChinese.stdout)")
            #expect(!inChinese.stdout.contains(english), "\(command): \(inChinese.stdout)")
        }
    }

    @Test func englishHelpOfTheseCommandsHasChineseOnlyInItsExamplesAndCampaignTerms() throws {
        // Chinese may appear in English help only inside example command lines and as the
        // campaign's own names in parentheses; any other Chinese line is a translation leaking.
        for command in [
            ["findings"], ["findings", "add"], ["findings", "show"], ["findings", "measure"],
            ["findings", "assignment"], ["campaign"],
            ["campaign", "status"], ["complaints"], ["complaints", "update"], ["complaints", "identity"],
        ] {
            let help = try Run.spotcheck(command + ["--help"], locale: "C").stdout
            // The examples (wrapped at 80 columns, so a command line may take several lines).
            let parts = help.components(separatedBy: "EXAMPLES:")
            #expect(parts.count == 2, "\(command)")
            let rest = parts.last!
            let end = rest.range(of: "EXIT CODES:") ?? rest.range(of: "USAGE:")
            #expect(end != nil, "\(command)")
            let prose = parts.first! + "\n" + (end.map { String(rest[$0.lowerBound...]) } ?? "")
            for line in prose.split(separator: "\n") where Self.hasChinese(line) {
                let terms = [
                    "销号", "群众举报", "办公室主任", "动员部署", "自查自纠", "监督检查", "总结提升", "慵懒散", "推拖绕", "横冷硬",
                    "假大空", "脱离实际脱离基层脱离群众",
                ]
                let allowed = !Self.hasChinese(
                    terms.reduce(String(line)) {
                        $0.replacingOccurrences(of: "(\($1))", with: "").replacingOccurrences(
                            of: "(for example \($1))", with: "")
                    })
                #expect(allowed, "\(command): English help has Chinese: \(line)")
            }
        }
    }

    @Test func refusalsAndAnUnreachableDaemonAreToldInTheReadersLanguage() throws {
        let socket = "/nonexistent/spotcheck-\(UUID().uuidString)/control"
        let calls: [(arguments: [String], status: Int32, english: String, chinese: String)] = [
            (
                ["findings", "list", "--socket", socket], 69, "cannot reach spotcheckd at \(socket)",
                "无法连接 \(socket) 上的 spotcheckd"
            ),
            (
                ["campaign", "status", "--socket", socket], 69, "cannot reach spotcheckd at \(socket)",
                "无法连接 \(socket) 上的 spotcheckd"
            ),
            (
                ["complaints", "list", "--socket", socket], 69, "cannot reach spotcheckd at \(socket)",
                "无法连接 \(socket) 上的 spotcheckd"
            ),
            (
                ["findings", "measure", "F-2026-0001"], 64, "give --text (a new measure) or --start",
                "请给出 --text（新的整改措施）或 --start"
            ),
            (
                ["findings", "verify", "F-2026-0001", "--accept", "--reject"], 64, "give --accept or --reject",
                "请给出 --accept 或 --reject"
            ),
            (
                ["findings", "assignment", "12", "--done"], 64, "'12' is not DRAW/DEPARTMENT",
                "'12' 不是 DRAW/DEPARTMENT 格式"
            ),
            (
                ["complaints", "update", "4", "--socket", socket], 64, "give --state, --note or --reply",
                "请给出 --state、--note 或 --reply"
            ),
        ]
        for call in calls {
            let english = try Run.spotcheck(call.arguments, locale: "C")
            let chinese = try Run.spotcheck(call.arguments, locale: Self.chinese)
            #expect(english.status == call.status && chinese.status == call.status, "\(call.arguments)")
            #expect(english.stderr.contains(call.english), "\(call.arguments): \(english.stderr)")
            #expect(chinese.stderr.contains(call.chinese), "\(call.arguments): \(chinese.stderr)")
            #expect(!Self.hasChinese(english.stderr), "\(call.arguments): \(english.stderr)")
        }
    }
}
