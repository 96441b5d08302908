import Foundation
import SpotcheckStore
import Testing

/// `--json` against a running spotcheckd: each output meets its schema in docs/schema and the
/// naming rule (docs/json.md); `why` answers in one shape whichever path answers; an unknown id
/// exits with one code; refusals with a code are told in the reader's language.
@Suite(.serialized) struct DaemonJSONConventionTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/schema")

    static func problems(_ text: String, schema name: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("spotcheck-json-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for error in errors: print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """
        let result = try ControlTests.run(
            "/usr/bin/env",
            ["python3", "-c", script, schemas.appendingPathComponent("\(name).schema.json").path, file.path])
        return result.status == 0 ? "" : result.output
    }

    static func keys(_ value: Any) -> [String] {
        if let object = value as? [String: Any] {
            return object.flatMap { key, value in key == "fields" ? [key] : [key] + keys(value) }
        }
        if let array = value as? [Any] { return array.flatMap(keys) }
        return []
    }

    static func expectValid(
        _ output: (status: Int32, output: String), schema: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(output.status == 0, "\(schema): \(output.output)", sourceLocation: sourceLocation)
        let problems = try problems(output.output, schema: schema)
        #expect(problems.isEmpty, "\(schema): \(problems)\n\(output.output)", sourceLocation: sourceLocation)
        let value = try JSONSerialization.jsonObject(with: Data(output.output.utf8), options: [.fragmentsAllowed])
        let rule = try Regex("^[a-z][a-z0-9]*([A-Z][a-z0-9]+)*$")
        let bad = Set(keys(value)).filter { (try? rule.wholeMatch(in: $0)) == nil }.sorted()
        #expect(bad.isEmpty, "\(schema): keys break the naming rule: \(bad)", sourceLocation: sourceLocation)
    }

    @Test func everyDaemonCommandsJSONMeetsItsSchemaAndWhyHasOneShape() throws {
        let daemon = try DailyUseTests.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        #expect(DaemonProcess.eventually { (try? Store(path: daemon.statePath).draws().first?.revealedAt) != nil })
        func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
            try DailyUseTests.spotcheck(daemon, arguments)
        }

        let status = try run(["status", "--json"])
        try Self.expectValid(status, schema: "status")
        #expect(status.output.split(separator: "\n").count == 1, "compact in a pipe: \(status.output)")
        let teams = try run(["teams", "--json"])
        try Self.expectValid(teams, schema: "teams")
        // A department the day's random draw did not take, so that no "already has a team today"
        // warning (on stderr, which `run` joins) comes before the order's JSON.
        let sheet = try JSONSerialization.jsonObject(with: Data(teams.output.utf8)) as? [String: Any]
        let taken = Set(((sheet?["teams"] as? [[String: Any]]) ?? []).compactMap { $0["department"] as? String })
        let free =
            ["d-shuiwu", "d-jiaoyu", "d-keji", "d-tongji", "d-wenlv", "d-linye", "d-shangwu", "d-gongxin"]
            .first { !taken.contains($0) } ?? "d-shuiwu"
        try Self.expectValid(try run(["departments", "list", "--json"]), schema: "departments")
        try Self.expectValid(try run(["inspectors", "list", "--json"]), schema: "inspectors")
        try Self.expectValid(try run(["conflicts", "list", "--json"]), schema: "conflicts")
        try Self.expectValid(
            try run(["departments", "set", "d-shuiwu", "--weight", "7", "--dry-run", "--json"]),
            schema: "roster-changes")
        try Self.expectValid(try run(["verify", "--chain", "--json"]), schema: "verify")

        let ordered = try run(["order", "county", free, "--reason", "群众投诉", "--json"])
        // Staffed (0) or not (3, documented): either way the JSON meets the schema.
        #expect(ordered.status == 0 || ordered.status == 3, "\(ordered.output)")
        try Self.expectValid((0, ordered.output), schema: "order")

        // why: the daemon's answer and the roster files' answer have the same keys and facts.
        let day = daemon.localDate()
        for (inspector, department) in [("i001", "d-fagai"), ("i012", "d-shuiwu")] {
            let fromDaemon = try run(["why", inspector, department, "--date", day, "--json"])
            try Self.expectValid(fromDaemon, schema: "why")
            let offline = try run(["why", inspector, department, "--date", day, "--json", "--roster", Harness.county])
            try Self.expectValid(offline, schema: "why")
            let a = try JSONSerialization.jsonObject(with: Data(fromDaemon.output.utf8)) as! [String: Any]
            let b = try JSONSerialization.jsonObject(with: Data(offline.output.utf8)) as! [String: Any]
            // teamRole: only the daemon knows the day's teams (present when the draw put the inspector on one).
            #expect(Set(a.keys).subtracting(["teamRole"]) == Set(b.keys))
            #expect(a["eligible"] as? Bool == b["eligible"] as? Bool || inspector == "i012")
        }
        // Without --date the daemon's today is the date.
        let today = try run(["why", "i001", "d-fagai", "--json"])
        #expect(today.output.contains("\"date\":\"\(day)\""), "\(today.output)")
    }

    @Test func anUnknownIdExits67FromTheDaemonAsOffline() throws {
        let daemon = try DailyUseTests.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        func run(_ arguments: [String], locale: String = "C") throws -> (status: Int32, output: String) {
            try ControlTests.run(
                ControlTests.cli, arguments,
                environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "TZ": "UTC", "LANG": locale])
        }
        let why = try run(["why", "i999", "d-shuiwu"])
        #expect(why.status == 67 && why.output.contains("i999"), "\(why.output)")
        let offline = try run(["why", "i999", "d-shuiwu", "--roster", Harness.county])
        #expect(offline.status == 67, "\(offline.output)")

        let order = try run(["order", "county", "d-nowhere", "--reason", "x"])
        #expect(order.status == 67 && order.output.contains("no department 'd-nowhere'"), "\(order.output)")
        for edit in [
            ["departments", "remove", "d-nowhere"], ["departments", "close", "d-nowhere"],
            ["inspectors", "retire", "i999"], ["inspectors", "remove", "i999"],
        ] {
            let refused = try run(edit)
            #expect(refused.status == 67, "\(edit): \(refused.output)")
        }
        let pool = try run(["order", "countyy", "d-shuiwu", "--reason", "x"])
        #expect(pool.status == 67 && pool.output.contains("no pool 'countyy'"), "\(pool.output)")
        let replace = try run(["replace", "999", "i001", "--reason", "病假"])
        #expect(replace.status == 67 && replace.output.contains("999"), "\(replace.output)")

        // The daemon sends a code and values; the refusal is told in the reader's language.
        let 指定 = try run(["order", "county", "d-nowhere", "--reason", "x"], locale: "zh_CN.UTF-8")
        #expect(指定.status == 67 && 指定.output.contains("名册中没有单位 'd-nowhere'"), "\(指定.output)")
        #expect(!指定.output.contains("no department"), "\(指定.output)")
        let 替换 = try run(["replace", "999", "i001", "--reason", "病假"], locale: "zh_CN.UTF-8")
        #expect(替换.output.contains("没有已完成的第 999 次抽签"), "\(替换.output)")
        // The next event, which the daemon words in English, in the reader's language.
        let status = try run(["status"])
        let 状态 = try run(["status"], locale: "zh_CN.UTF-8")
        #expect(status.output.contains("next:   next "), "\(status.output)")
        #expect(状态.output.contains("下一步：下次") && 状态.output.contains("抽签池 county"), "\(状态.output)")
        #expect(!状态.output.contains("next "), "\(状态.output)")
        let 查询 = try run(["why", "i999", "d-shuiwu"], locale: "zh_CN.UTF-8")
        #expect(查询.status == 67 && 查询.output.contains("名册中没有检查人员 'i999'"), "\(查询.output)")
    }

    @Test func anOrderThatCannotBeStaffedExitsWith3AndSaysWhyInTheReadersLanguage() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(
            drawIn: 3600, revealIn: 3700, extra: "[pool.policy]\nteam_size = 32",
            roles: RosterEditTests.coordinatorRoles)
        try daemon.start()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        func run(_ arguments: [String], locale: String = "C") throws -> (status: Int32, output: String) {
            try ControlTests.run(
                ControlTests.cli, arguments,
                environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "TZ": "UTC", "LANG": locale])
        }
        // Six teams of 32 at once: more places than the roster's eligible inspectors can fill.
        let six = ["d-shuiwu", "d-fagai", "d-gongan", "d-yibao", "d-nanshan", "d-shangwu"]
        let order = try run(["order", "county"] + six + ["--reason", "群众投诉"])
        #expect(order.status == 3, "\(order.output)")
        #expect(order.output.contains("not staffed") || order.output.contains("eligible"), "\(order.output)")
        // Other departments, so that no "already ordered today" warning joins the JSON on stderr.
        let other = ["d-caizheng", "d-shichang", "d-ziran", "d-zhujian", "d-jiaotong", "d-shuili"]
        let json = try run(["order", "county"] + other + ["--reason", "群众投诉", "--json"])
        #expect(json.status == 3, "\(json.output)")
        try Self.expectValid((0, json.output), schema: "order")
        let 指定 = try run(["order", "county"] + six + ["--reason", "群众投诉"], locale: "zh_CN.UTF-8")
        #expect(指定.status == 3 && 指定.output.contains("符合条件的"), "\(指定.output)")
        #expect(!指定.output.contains("eligible"), "\(指定.output)")
    }
}
