import Foundation
import SpotcheckCore
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The findings, campaign and complaints commands against a running spotcheckd: their `--json`
/// meets docs/schema/findings, campaign and complaints.schema.json and the naming rule, and the
/// daemon's refusals (sent in English) reach a Chinese reader in Chinese.
@Suite(.serialized) struct LedgerCampaignLanguageTests {
    @Test func findingsJSONMeetsItsSchemaAndTheLedgersRefusalsAreToldInChinese() throws {
        let daemon = try DaemonProcess.started(revealIn: 4, extra: DaemonProcess.ledgerSection)
        defer { daemon.stop() }
        let (_, draw, assignment) = try daemon.revealedAssignment()
        func run(_ arguments: [String], locale: String = "C.UTF-8") throws -> (status: Int32, output: String) {
            try daemon.spotcheck(["findings"] + arguments, locale: locale)
        }

        let added = try run([
            "add", "--assignment", "\(draw.id)/\(assignment.department)", "--category", "sluggish", "--rule", "P03",
            "--facts", "窗口无人值守", "--json",
        ])
        try DaemonJSONConventionTests.expectValid(added, schema: "findings")
        let id = try #require(
            (try JSONSerialization.jsonObject(with: Data(added.output.utf8)) as? [String: Any])?["id"] as? String)
        // A refusal the daemon words in English: the Chinese reader reads it in Chinese, the
        // English reader as before; the code and the exit status are the same.
        let early = ["measure", id, "--text", "建立值班制度", "--owner", "办公室主任", "--due", "2099-01-01"]
        let tooEarly = try run(early, locale: "zh_CN.UTF-8")
        #expect(tooEarly.status == 65, "\(tooEarly.output)")
        #expect(tooEarly.output.contains("被拒绝（wrongState）：问题处于“已登记”状态时不能制定整改措施"), "\(tooEarly.output)")
        try DaemonJSONConventionTests.expectValid(try run(["confirm", id, "--json"]), schema: "findings")
        try DaemonJSONConventionTests.expectValid(try run(["list", "--json"]), schema: "findings")
        try DaemonJSONConventionTests.expectValid(try run(["show", id, "--json"]), schema: "findings")
        try DaemonJSONConventionTests.expectValid(try run(["export", "--json"]), schema: "findings")
        // A date the department sets beyond the office's limit: refused, told in Chinese.
        let far = ["measure", id, "--text", "建立值班制度", "--owner", "办公室主任", "--due", "2099-01-01"]
        let farChinese = try run(far, locale: "zh_CN.UTF-8")
        #expect(farChinese.status == 65, "\(farChinese.output)")
        #expect(farChinese.output.contains("（measureDueBeyondLimit）"), "\(farChinese.output)")
        #expect(farChinese.output.contains("完成时限 2099-01-01 晚于"), "\(farChinese.output)")
        #expect(!farChinese.output.contains("the latest a minor finding"), "\(farChinese.output)")
        let due = assignment.date.adding(days: 7).description
        try DaemonJSONConventionTests.expectValid(
            try run(["measure", id, "--text", "建立值班制度", "--owner", "办公室主任", "--due", due, "--json"]),
            schema: "findings")

        let past = ["measure", id, "--text", "补课", "--owner", "主任", "--due", "2001-01-01"]
        let english = try run(past)
        let chinese = try run(past, locale: "zh_CN.UTF-8")
        #expect(english.status == 65 && chinese.status == 65, "\(english.output)\(chinese.output)")
        #expect(english.output.contains("due date 2001-01-01 is before today"), "\(english.output)")
        #expect(chinese.output.contains("完成时限 2001-01-01 早于今天"), "\(chinese.output)")
        #expect(!chinese.output.contains("is before today"), "\(chinese.output)")
    }

    @Test func campaignAndComplaintsJSONMeetTheirSchemasAndTheirRefusalsAreToldInChinese() throws {
        let daemon = try DaemonProcess.started(revealIn: 3, extra: campaignSection(), prohibitions: "1. 违规吃喝\n")
        defer { daemon.stop() }
        func run(_ arguments: [String], locale: String = "C.UTF-8") throws -> (status: Int32, output: String) {
            try daemon.spotcheck(arguments, locale: locale)
        }

        try DaemonJSONConventionTests.expectValid(try run(["campaign", "status", "--json"]), schema: "campaign")
        #expect(try run(["campaign", "advance", "self-inspection", "--reason", "动员部署完成"]).status == 0)
        try DaemonJSONConventionTests.expectValid(try run(["campaign", "status", "--json"]), schema: "campaign")

        let registered = try run([
            "complaints", "register", "--channel", "hotline", "--department", "d-shuiwu", "--category", "违规吃喝",
            "--allegation", "局长在酒店宴请",
        ])
        #expect(registered.status == 0, "\(registered.output)")
        let number = try #require(CampaignDaemonTests.registeredNumber(registered.output), "\(registered.output)")
        try DaemonJSONConventionTests.expectValid(try run(["complaints", "list", "--json"]), schema: "complaints")
        try DaemonJSONConventionTests.expectValid(
            try run(["complaints", "show", number, "--json"]), schema: "complaints")
        let code = try #require(
            registered.output.split(separator: "\n").first { $0.hasPrefix("receipt code: ") }?.dropFirst(14))
        try DaemonJSONConventionTests.expectValid(
            try run(["complaints", "lookup", String(code), "--json"]), schema: "complaints")

        for (arguments, english, chinese) in [
            (["campaign", "advance", "nowhere", "--reason", "x"], "'nowhere' is not a step", "'nowhere' 不是阶段步骤"),
            (
                [
                    "complaints", "register", "--channel", "hotline", "--department", "d-shuiwu", "--category", "违规吃喝",
                    "--allegation", "x", "--received", "2999-01-01",
                ], "the received time 2999-01-01 is in the future", "收到时间 2999-01-01 晚于当前时间"
            ),
        ] {
            let inEnglish = try run(arguments)
            let inChinese = try run(arguments, locale: "zh_CN.UTF-8")
            #expect(inEnglish.status == inChinese.status && inEnglish.status != 0, "\(inEnglish.output)")
            #expect(inEnglish.output.contains(english), "\(inEnglish.output)")
            #expect(inChinese.output.contains(chinese), "\(inChinese.output)")
            #expect(!inChinese.output.contains(english), "\(inChinese.output)")
        }
    }

    @Test func aRefusedReplacementGivesItsReasonsInTheReadersLanguage() throws {
        let daemon = try ControlTests.startedDaemon()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let store = try Store(path: daemon.statePath)
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil })
        let draw = try #require(try store.draws().first)
        // A member on one team of the draw only (an inspector whose daily cap is 2 may be on two,
        // and `replace DRAW INSPECTOR` then takes the first of them).
        let assignments = try store.assignments(drawID: draw.id)
        let member = try #require(
            assignments.first { one in
                one.role == "member" && assignments.filter { $0.inspector == one.inspector }.count == 1
            })
        let roster = try #require(try store.currentRoster()).roster()
        // Someone who works in the department under inspection: never eligible there.
        let insider = try #require(roster.inspectors.first { $0.home == member.department })
        let arguments = ["replace", String(draw.id), member.inspector, "--with", insider.id, "--reason", "病假"]
        let english = try daemon.spotcheck(arguments)
        let chinese = try daemon.spotcheck(arguments, locale: "zh_CN.UTF-8")
        #expect(english.status == 65 && chinese.status == 65, "\(english.output)\(chinese.output)")
        #expect(english.output.contains("\(insider.id) may not take the place: own department"), "\(english.output)")
        #expect(chinese.output.contains("\(insider.id) 不能接替：本单位"), "\(chinese.output)")
        #expect(!chinese.output.contains("own department"), "\(chinese.output)")
    }
}
