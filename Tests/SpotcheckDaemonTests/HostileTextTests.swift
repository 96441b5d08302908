import Foundation
import SpotcheckCore
import SpotcheckDaemon
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import Testing

/// Free text that could rewrite a reader's terminal, a spreadsheet cell that runs as a formula,
/// and report times that leave less than the notice.
@Suite struct HostileTextRuleTests {
    @Test func oneRuleRefusesControlsAndOverridesEverywhereAndLineBreaksOutsideMultiLineFields() {
        for text in [
            "a\u{1B}]0;T\u{07}", "a\u{0}b", "a\u{85}b", "a\u{9B}31m", "a\u{202E}b", "a\u{2066}b", "a\u{2028}b",
        ] {
            #expect(FreeTextRule.forbidden(in: text, multiLine: true) != nil, "\(text.unicodeScalars.map(\.value))")
            #expect(FreeTextRule.forbidden(in: text, multiLine: false) != nil)
        }
        #expect(FreeTextRule.forbidden(in: "line 1\nline 2\r\nline\t3", multiLine: true) == nil)
        #expect(FreeTextRule.forbidden(in: "line 1\nline 2", multiLine: false) == "\n")
        #expect(FreeTextRule.forbidden(in: "a\rb", multiLine: true) == "\r")
        #expect(FreeTextRule.forbidden(in: "群众投诉 = 正常", multiLine: false) == nil)
        // Nested and listed fields are named; files sent whole are left to their parsers.
        let found = FreeTextRule.firstProblem(
            method: "io.spotcheck.Ledger.AddFinding", in: ["rules": ["P01", "P\u{1B}2"], "facts": "ok\nok"])
        #expect(found?.field == "rules")
        #expect(
            FreeTextRule.firstProblem(
                method: "io.spotcheck.ImportRoster", in: ["files": ["departments": "a\r\nb"]]) == nil)
        #expect(
            FreeTextRule.firstProblem(method: "io.spotcheck.OrderInspection", in: ["reason": "x\ny"])?.field
                == "reason")
    }

    @Test func everyCSVExportGuardsTheSameFormulaLeadersTabAndCarriageReturnIncluded() {
        for text in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=HYPERLINK(\"x\")", "\r=1", "\r\n=1"] {
            #expect(CSVFormula.guarded(text) == "'" + text)
        }
        #expect(CSVFormula.guarded("青山县水务局") == "青山县水务局")
        #expect(CSVFormula.guarded("") == "")
    }

    @Test func aRosterNameAddressOrReasonThatStartsLikeAFormulaIsRefusedAtInputWithItsPlace() throws {
        let departments = """
            id,name,weight,powers,required_skills,pools,address
            d-a,"=HYPERLINK(""http://e/"")",3,,,county,
            d-b,水务局,3,,,county,@SUM(1+1)

            """
        let inspectors = """
            id,name,login,home,former,skills,can_lead,unavailable,daily_cap
            i1,+张三,zhangsan,d-a,,,1,,1
            i2,李四,lisi,d-b,,,1,,1

            """
        // Stored rosters still load (a published snapshot is read as it is).
        let text = try RosterInvisibleMarkTests.inputProblems(departments: departments, inspectors: inspectors)
        #expect(text.contains("departments.csv:2:2: name: starts with '='"), "\(text)")
        #expect(text.contains("departments.csv:3:7: address: starts with '@'"), "\(text)")
        #expect(text.contains("inspectors.csv:2:2: name: starts with '+'"), "\(text)")
    }
}

/// Invisible and bidirectional marks inside a roster's names, and a formula behind a zero-width
/// space, are refused at input with their file, line and column.
@Suite struct RosterInvisibleMarkTests {
    /// The problems `parseInput` finds in roster files `parse` takes (a stored roster still loads),
    /// one a line; records an issue when it takes them.
    static func inputProblems(departments: String, inspectors: String) throws -> String {
        let files = RosterFiles(
            departments: .init(name: "departments.csv", bytes: Array(departments.utf8)),
            inspectors: .init(name: "inspectors.csv", bytes: Array(inspectors.utf8)))
        _ = try RosterParser.parse(files)
        do {
            _ = try RosterParser.parseInput(files)
            Issue.record("the files were taken at input")
            return ""
        } catch {
            return error.description
        }
    }

    @Test func bidirectionalMarksAndZeroWidthCharactersInNamesAreRefusedWithTheirPlace() throws {
        let departments = """
            id,name,weight,powers,required_skills,pools,address
            d-a,水务\u{200F}局,3,,,county,
            d-b,"\u{200B}=HYPERLINK(""http://e/"")",3,,,county,
            d-c,发改\u{FEFF}委,3,,,county,青山路\u{061C}1号

            """
        let inspectors = """
            id,name,login,home,former,skills,can_lead,unavailable,daily_cap
            i1,张\u{200E}三,zhangsan,d-a,,,1,,1
            i2,李四,lisi,d-b,,,1,,1

            """
        let text = try Self.inputProblems(departments: departments, inspectors: inspectors)
        for place in [
            "departments.csv:2:2: name: holds U+200F", "departments.csv:3:2: name: starts with '='",
            "departments.csv:3:2: name: holds U+200B", "departments.csv:4:2: name: holds U+FEFF",
            "departments.csv:4:7: address: holds U+061C", "inspectors.csv:2:2: name: holds U+200E",
        ] {
            #expect(text.contains(place), "\(place): \(text)")
        }
    }

    @Test func everyInvisibleMarkIsRefusedAndAFormulaBehindSpacesOrMarksToo() throws {
        let marks: [Unicode.Scalar] = [
            "\u{200C}", "\u{200D}", "\u{00AD}", "\u{180E}", "\u{034F}", "\u{2061}", "\u{2064}", "\u{3164}",
            "\u{115F}", "\u{1160}", "\u{FFA0}", "\u{FE00}", "\u{FE0F}", "\u{E0000}", "\u{E0020}", "\u{E007F}",
            "\u{E0100}",
            // Beyond any list: every format character and default-ignorable code point, and blanks.
            "\u{206A}", "\u{206F}", "\u{180B}", "\u{180F}", "\u{17B4}", "\u{17B5}", "\u{1D173}", "\u{1D17A}",
            "\u{1BCA0}", "\u{1BCA3}", "\u{13430}", "\u{FFF0}", "\u{0600}", "\u{2800}", "\u{16FE4}",
        ]
        for mark in marks {
            let text = "发改" + String(Character(mark)) + "委"
            #expect(
                RosterParser.textProblem(text) == .invisible(scalar: mark, position: 3), "\(FreeTextRule.hex(mark))")
        }
        for leader in ["\u{034F}", "\u{3000}", "\u{00A0}", "\u{2007}", "\u{202F}", " ", "\u{200B}\u{3000}"] {
            #expect(
                RosterParser.formulaLeader(leader + "=1+1") == "=", "\(leader.unicodeScalars.map(FreeTextRule.hex))")
        }
        // A tab or carriage return is a leader itself, not a space to skip.
        #expect(RosterParser.formulaLeader("\tx") == "\t" && RosterParser.formulaLeader(" \rx") == "\r")
        #expect(RosterParser.textProblem("青山县\u{3000}财政局") == nil && RosterParser.textProblem("A-1 号") == nil)
        // Through the files: located, both rules told.
        let departments = """
            id,name,weight,powers,required_skills,pools,address
            d-a,水务\u{200D}局,3,,,county,
            d-b,"\u{3000}=HYPERLINK(""http://e/"")",3,,,county,路\u{FE0F}1号

            """
        let inspectors = """
            id,name,login,home,former,skills,can_lead,unavailable,daily_cap
            i1,\u{00A0}+张三,zhangsan,d-a,,,1,,1
            i2,李\u{E0020}四,lisi,d-b,,,1,,1

            """
        let text = try Self.inputProblems(departments: departments, inspectors: inspectors)
        for place in [
            "departments.csv:2:2: name: holds U+200D", "departments.csv:3:2: name: starts with '='",
            "departments.csv:3:7: address: holds U+FE0F (an invisible or bidirectional mark) at character 2",
            "inspectors.csv:2:2: name: starts with '+'",
            "inspectors.csv:3:2: name: holds U+E0020",
        ] {
            #expect(text.contains(place), "\(place): \(text)")
        }
    }
}

@Suite struct ReportNoticeTests {
    @Test func aNoticeLongerThanTheNightSkipsToAWorkingDayThatStillLeavesIt() throws {
        let local = ReportTimeTests.local
        for notice in [600, 900, 1440] {
            let config = try ReportTimeTests.config(notice: notice)
            for day in ["2026-12-01", "2026-12-04"] {
                for minute in stride(from: 0, to: 24 * 60, by: 11) {
                    let date = Day(iso: day)!
                    let revealed = local.instant(date, TimeOfDay(hour: minute / 60, minute: minute % 60)!)
                    let report = ReportTime.instant(
                        draw: date, revealedAt: revealed, pool: config.pools[0],
                        calendar: config.calendar.workCalendar, local: local)
                    #expect(
                        report.timeIntervalSince(revealed) >= Double(notice * 60),
                        "notice \(notice), reveal \(day) \(minute)")
                    #expect(config.calendar.workCalendar.isWorkingDay(local.day(of: report)))
                }
            }
        }
        // The attack's case: notice 600 (a night), an order at 23:00 reports the morning after next.
        let night = try ReportTimeTests.config(notice: 600)
        #expect(
            ReportTimeTests.report(night, draw: "2026-12-01", revealed: "2026-12-01 23:00")
                == "2026-12-03T08:30:00+08:00")
    }
}

/// Through the running daemon: text with controls is refused whole, with the field named.
@Suite(.serialized) struct HostileTextDaemonTests {
    @Test func anOrderReasonWithTerminalEscapesIsRefusedWholeByTheCLIAndTheDaemon() throws {
        let daemon = try DailyUseTests.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let draws = try Store(path: daemon.statePath).draws().count
        let reason = "line1\nX-INJECT:1\r\n\u{1B}]0;TITLE\u{07}\u{1B}[31mred"
        let refused = try DailyUseTests.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", reason])
        #expect(refused.status == 65, "\(refused.output)")
        #expect(refused.output.contains("--reason: holds the invisible control character U+000A"), "\(refused.output)")
        #expect(!refused.output.contains("\u{1B}"))
        // In Chinese too.
        let chinese = try ControlTests.run(
            ControlTests.cli, ["order", "county", "d-shuiwu", "--reason", "a\u{1B}[2Jb"],
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 65 && chinese.output.contains("含有不可见的控制字符 U+001B"), "\(chinese.output)")

        // Any client: the daemon refuses before the method runs, naming the field.
        let client = try VarlinkClient(path: daemon.controlPath)
        struct Reply: Codable, Sendable {}
        for (method, parameters) in [
            (
                "io.spotcheck.OrderInspection",
                ControlMessages.OrderParameters(pool: "county", departments: ["d-shuiwu"], reason: "a\u{9B}2Jb")
            )
        ] {
            do {
                _ = try client.call(method, parameters, returning: Reply.self)
                Issue.record("\(method) accepted a control character")
            } catch let failure as Varlink.Failure {
                #expect(failure == .invalidParameter("reason"), "\(failure)")
            }
        }
        struct Finding: Codable, Sendable {
            var source: String
            var department: String
            var rules: [String]
            var facts: String
        }
        do {
            _ = try client.call(
                "io.spotcheck.Ledger.AddFinding",
                Finding(source: "inspection", department: "d-shuiwu", rules: [], facts: "A\u{0}B\u{2066}C"),
                returning: Reply.self)
            Issue.record("facts with NUL accepted")
        } catch let failure as Varlink.Failure {
            #expect(failure == .invalidParameter("facts"), "\(failure)")
        }
        // Several lines of facts are not refused by the text rule (the ledger answers otherwise).
        do {
            _ = try client.call(
                "io.spotcheck.Ledger.AddFinding",
                Finding(source: "inspection", department: "d-shuiwu", rules: [], facts: "line 1\nline 2"),
                returning: Reply.self)
        } catch let failure as Varlink.Failure {
            #expect(failure != .invalidParameter("facts"), "\(failure)")
        }
        #expect(try Store(path: daemon.statePath).draws().count == draws)
    }

    @Test func aDepartmentNameStartingLikeAFormulaIsRefusedBeforeItCanReachASnapshot() throws {
        let daemon = try DailyUseTests.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let refused = try DailyUseTests.spotcheck(
            daemon, ["departments", "set", "d-shuiwu", "--name", "=HYPERLINK(\"http://e/\",\"x\")"])
        #expect(refused.status == 65 && refused.output.contains("read as a formula"), "\(refused.output)")
        let address = try DailyUseTests.spotcheck(daemon, ["departments", "set", "d-shuiwu", "--address", "@SUM(1+1)"])
        #expect(address.status == 65 && address.output.contains("address"), "\(address.output)")
    }
}

/// Replacements and stale task folders, through the running daemon.
@Suite(.serialized) struct NoticeDaemonTests {
    @Test func aReplacementIsToldWhenReplacedAndGetsTheFullNoticeFromThen() throws {
        let daemon = try DailyUseTests.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let ordered = try DailyUseTests.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", "群众投诉"])
        #expect(ordered.status == 0, "\(ordered.output)")
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        Thread.sleep(forTimeInterval: 1.2)
        var newcomer: StoredAssignment?
        var replacedAt: Date?
        for member in try store.assignments(drawID: draw.id) where member.role == "member" {
            let replaced = try DailyUseTests.spotcheck(
                daemon, ["replace", String(draw.id), member.inspector, "--reason", "病假"])
            if replaced.status == 0 {
                let replacement = try #require(try store.replacements(drawID: draw.id).last)
                newcomer = try store.assignments(drawID: draw.id).first { $0.inspector == replacement.newInspector }
                replacedAt = replacement.at
                break
            }
        }
        let joined = try #require(newcomer, "no member could be replaced")
        let file = try TaskDetailsTests.taskFile(daemon, joined.login, draw.date)
        let assignment = try #require(file.assignments.first { $0.drawID == draw.id })
        let parse = ISO8601DateFormatter()
        let told = try #require(parse.date(from: assignment.revealedAt))
        let report = try #require(parse.date(from: assignment.reportTime))
        let revealed = try #require(draw.revealedAt)
        // Told when replaced (the file's stamps have whole seconds), which is after the reveal.
        let at = try #require(replacedAt)
        #expect(at > revealed, "replaced \(at), revealed \(revealed)")
        #expect(abs(told.timeIntervalSince(at)) < 1, "told \(assignment.revealedAt), replaced \(at)")
        #expect(report.timeIntervalSince(told) >= 30 * 60, "\(assignment.reportTime) after \(assignment.revealedAt)")
    }

    @Test func todayOnAStaleFolderFailsWhenTheDaemonSaysTodaysDrawIsRevealed() throws {
        let daemon = try DailyUseTests.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        #expect(draw.revealedAt != nil)
        let login = try #require(try store.assignments(drawID: draw.id).first?.login)
        let stale = daemon.folder.appendingPathComponent("stale-tasks")
        try FileManager.default.createDirectory(
            at: stale.appendingPathComponent(login), withIntermediateDirectories: true)
        let result = try DailyUseTests.spotcheck(daemon, ["today", "--tasks", stale.path, "--login", login])
        #expect(result.status == 66, "\(result.output)")
        #expect(result.output.contains("is revealed") && !result.output.contains("No inspection"), "\(result.output)")
        // The daemon's own folder answers as before.
        let real = try DailyUseTests.spotcheck(daemon, ["today", "--tasks", daemon.tasksPath, "--login", login])
        #expect(real.status == 0, "\(real.output)")
    }
}
