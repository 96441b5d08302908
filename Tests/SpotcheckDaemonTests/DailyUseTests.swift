import Foundation
import SpotcheckCore
import SpotcheckDaemon
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The report time a team is told: never less than the pool's notice after the reveal.
@Suite struct ReportTimeTests {
    static let local = LocalTime(zone: TimeZone(identifier: "Asia/Shanghai")!)

    static func config(notice: Int? = nil) throws -> DaemonConfig {
        let text = """
            [calendar]
            time_zone = "Asia/Shanghai"
            day_end = "18:00"
            [[pool]]
            name = "county"
            draw_time = "07:00"
            reveal_time = "08:00"
            report_time = "08:30"
            \(notice.map { "report_notice = \($0)" } ?? "")
            """
        return try DaemonConfig.parse(Array(text.utf8), file: "/etc/spotcheck/spotcheckd.toml")
    }

    static func report(_ config: DaemonConfig, draw: String, revealed: String) -> String {
        let parts = revealed.split(separator: " ")
        let instant = local.instant(Day(iso: String(parts[0]))!, TimeOfDay(String(parts[1]))!)
        return local.format(
            ReportTime.instant(
                draw: Day(iso: draw)!, revealedAt: instant, pool: config.pools[0],
                calendar: config.calendar.workCalendar, local: local))
    }

    @Test func aTeamRevealedOnTimeReportsAtThePoolsReportTime() throws {
        let config = try Self.config()
        #expect(Self.report(config, draw: "2026-12-01", revealed: "2026-12-01 08:00") == "2026-12-01T08:30:00+08:00")
    }

    @Test func aLateRevealGivesTheNoticeRoundedToTheQuarterHour() throws {
        let config = try Self.config()
        #expect(Self.report(config, draw: "2026-12-01", revealed: "2026-12-01 08:05") == "2026-12-01T08:45:00+08:00")
        #expect(Self.report(config, draw: "2026-12-01", revealed: "2026-12-01 10:05") == "2026-12-01T10:45:00+08:00")
        let longer = try Self.config(notice: 90)
        #expect(Self.report(longer, draw: "2026-12-01", revealed: "2026-12-01 08:00") == "2026-12-01T09:30:00+08:00")
    }

    @Test func anOrderLateAtNightReportsTheNextWorkingMorning() throws {
        let config = try Self.config()
        // Tuesday 23:26: Wednesday morning.
        #expect(Self.report(config, draw: "2026-12-01", revealed: "2026-12-01 23:26") == "2026-12-02T08:30:00+08:00")
        // Friday 17:50, after the day's end less the notice: Monday morning, past the weekend.
        #expect(Self.report(config, draw: "2026-12-04", revealed: "2026-12-04 17:50") == "2026-12-07T08:30:00+08:00")
    }

    @Test func theReportTimeNeverPrecedesTheRevealByLessThanTheNotice() throws {
        for notice in [0, 30, 45, 240] {
            let config = try Self.config(notice: notice)
            let day = Day(iso: "2026-12-01")!
            for minute in stride(from: 0, to: 24 * 60, by: 7) {
                let revealed = Self.local.instant(day, TimeOfDay(hour: minute / 60, minute: minute % 60)!)
                let report = ReportTime.instant(
                    draw: day, revealedAt: revealed, pool: config.pools[0], calendar: config.calendar.workCalendar,
                    local: Self.local)
                #expect(report.timeIntervalSince(revealed) >= Double(notice * 60), "notice \(notice), reveal \(minute)")
            }
        }
    }

    @Test func anInspectionEndsAtThePoolsDayEndOnItsReportDay() throws {
        let config = try Self.config()
        let report = Self.local.instant(Day(iso: "2026-12-02")!, TimeOfDay(hour: 8, minute: 30)!)
        let end = try #require(ReportTime.end(of: report, pool: config.pools[0], local: Self.local))
        #expect(Self.local.format(end) == "2026-12-02T18:00:00+08:00")
        let late = Self.local.instant(Day(iso: "2026-12-02")!, TimeOfDay(hour: 18, minute: 30)!)
        #expect(ReportTime.end(of: late, pool: config.pools[0], local: Self.local) == nil)
    }

    @Test func aNoticeOutOfRangeIsRefusedWithItsLine() {
        #expect(throws: InputErrors.self) { try Self.config(notice: -5) }
    }
}

/// What coordinators and inspectors meet using the daemon day to day.
@Suite(.serialized) struct DailyUseTests {
    static func spotcheck(
        _ daemon: DaemonProcess, _ arguments: [String], zone: String = "UTC"
    ) throws -> (
        status: Int32, output: String
    ) {
        try ControlTests.run(
            ControlTests.cli, arguments, environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "TZ": zone])
    }

    static func started(drawIn: Int = -60, revealIn: Int = -30) throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: drawIn, revealIn: revealIn, roles: RosterEditTests.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        return daemon
    }

    @Test func statusShowsTheDaemonsZoneAndTodaysDateInIt() throws {
        let daemon = try Self.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let status = try Self.spotcheck(daemon, ["status"])
        #expect(status.status == 0, "\(status.output)")
        #expect(status.output.contains("zone:   \(daemon.zone), today is \(daemon.localDate())"), "\(status.output)")
    }

    @Test func todayDefaultsToTheDateInTheDaemonsZoneNotTheMachines() throws {
        let daemon = try Self.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        // A tasks folder of one login, and a machine zone 12 hours away from the daemon's:
        // whichever side of midnight, the daemon's date is the one shown.
        let tasks = daemon.folder.appendingPathComponent("own-tasks")
        try FileManager.default.createDirectory(
            at: tasks.appendingPathComponent("wangfang"), withIntermediateDirectories: true)
        // The daemon's zone has it near noon; twelve hours or more away the date differs.
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let machine = parts.tm_hour < 12 ? "Etc/GMT+12" : "Pacific/Kiritimati"
        let machineDate = try ControlTests.run("/bin/date", ["+%F"], environment: ["TZ": machine]).output
        #expect(!machineDate.hasPrefix(daemon.localDate()), "the machine's date differs: \(machineDate)")
        let result = try Self.spotcheck(
            daemon, ["today", "--tasks", tasks.path, "--login", "wangfang", "--days", "0"], zone: machine)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("from \(daemon.localDate()) to \(daemon.localDate())"), "\(result.output)")
    }

    @Test func aMissingTasksFolderFailsLoudlyInsteadOfSayingThereIsNoInspection() throws {
        let missing = "/tmp/spotcheck-no-such-folder-\(UUID().uuidString.prefix(8))"
        let result = try ControlTests.run(
            ControlTests.cli, ["today", "--tasks", missing, "--login", "wangfang", "--date", "2026-12-01"])
        #expect(result.status == 66, "\(result.output)")
        #expect(result.output.contains("\(missing): no such folder") && !result.output.contains("No inspection"))
        // A folder that is not spotcheckd's (no folder for the login) fails too.
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("tasks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: other) }
        let wrong = try ControlTests.run(
            ControlTests.cli, ["today", "--tasks", other.path, "--login", "wangfang", "--date", "2026-12-01"])
        #expect(wrong.status == 66 && wrong.output.contains("holds no task folder for wangfang"), "\(wrong.output)")
    }

    @Test func aMistypedPoolIsRefusedNamingTheConfiguredPools() throws {
        let daemon = try Self.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let result = try Self.spotcheck(daemon, ["departments", "set", "d-shuiwu", "--pools", "countyy"])
        #expect(result.status == 64, "\(result.output)")
        #expect(result.output.contains("unknown pool 'countyy'") && result.output.contains("are: county"))
        let list = try Self.spotcheck(daemon, ["departments", "list", "--json"])
        #expect(list.output.contains("\"county\""), "the department keeps its pools")
    }

    @Test func anImportNamingAPoolNoPoolDefinesIsWarnedAbout() throws {
        let daemon = try Self.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let folder = daemon.folder.appendingPathComponent("export").path
        #expect(try Self.spotcheck(daemon, ["export", folder]).status == 0)
        let departments = "\(folder)/departments.csv"
        let text = try String(contentsOfFile: departments, encoding: .utf8)
        try text.replacing(
            "d-shuiwu,国家税务总局青山县税务局,,enforcement,law,county", with: "d-shuiwu,国家税务总局青山县税务局,,enforcement,law,countyy"
        )
        .write(toFile: departments, atomically: true, encoding: .utf8)
        let result = try Self.spotcheck(daemon, ["import", folder, "--dry-run"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("warning: pool 'countyy' (departments d-shuiwu) is defined by no [[pool]]"))
        // The example's key-posts pool is not configured in this daemon either.
        #expect(result.output.contains("warning: pool 'key-posts'"), "\(result.output)")
    }

    @Test func editRefusalsNameTheInspectorNotALineOfAnInternalFile() throws {
        let daemon = try Self.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let removal = try Self.spotcheck(daemon, ["departments", "remove", "d-fagai"])
        #expect(removal.status == 65, "\(removal.output)")
        #expect(removal.output.contains("spotcheck departments remove is refused, nothing changed"))
        #expect(removal.output.contains("inspector i001: home: unknown department 'd-fagai'"), "\(removal.output)")
        #expect(!removal.output.contains(".csv:"), "\(removal.output)")
    }

    @Test func editsSayWhatChangedFieldByFieldAndTheListShowsEffectiveWeights() throws {
        let daemon = try Self.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let edit = try Self.spotcheck(daemon, ["departments", "set", "d-shuiwu", "--weight", "9", "--skills", "law"])
        #expect(edit.status == 0, "\(edit.output)")
        #expect(edit.output.contains("~ department d-shuiwu\n    weight: (empty) → 9\n"), "\(edit.output)")
        #expect(!edit.output.contains("required_skills"), "an unchanged field is not shown: \(edit.output)")
        let added = try Self.spotcheck(
            daemon, ["departments", "set", "d-tiyu", "--name", "青山县体育局", "--pools", "county"])
        #expect(added.output.contains("+ department d-tiyu\n    name: 青山县体育局\n"), "\(added.output)")
        let list = try Self.spotcheck(daemon, ["departments", "list"])
        let row = { (id: String) in list.output.split(separator: "\n").first { $0.hasPrefix(id + " ") } ?? "" }
        #expect(row("d-shuiwu").contains(" 9 "), "\(list.output)")
        // Approval and fund allocation, no weight of its own: 1 + 2 + 2 under the default policy.
        #expect(row("d-fagai").contains(" 5 (powers) "), "\(list.output)")
    }

    @Test func aNegativeWeightIsTakenAsAValueAndRefusedForWhatItIs() throws {
        let result = try ControlTests.run(ControlTests.cli, ["departments", "set", "d-shuiwu", "--weight", "-5"])
        #expect(result.status == 64, "\(result.output)")
        #expect(result.output.contains("--weight -5: a weight is a whole number from 0 to 1000000"), "\(result.output)")
        let power = try ControlTests.run(ControlTests.cli, ["departments", "set", "d-shuiwu", "--powers", "approve"])
        #expect(power.status == 64 && power.output.contains("the powers are approval, enforcement, fund-allocation"))
    }

    @Test(.enabled(if: getuid() == 0, "needs root to run the command as another user"))
    func aPermissionRefusalNamesTheCommandNotTheMethod() throws {
        let daemon = try Self.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let result = try ControlTests.run(
            "/usr/sbin/runuser", ["-u", "nobody", "--", ControlTests.cli, "teams"],
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath])
        #expect(result.status == 77, "\(result.output)")
        #expect(result.output.contains("spotcheck teams is refused") && !result.output.contains("io.spotcheck"))
    }

    @Test func checkConfigWarnsOfRosterPoolsThatNoPoolDefines() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        let result = try ControlTests.run(
            DaemonProcess.binary.path, ["--config", daemon.configPath, "--check-config"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("warning: pool 'key-posts' of the roster"), "\(result.output)")
    }

    @Test func theTeamSheetListsScheduledAndOrderedTeamsWithReasonsAndHomes() throws {
        let daemon = try Self.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        #expect(DaemonProcess.eventually { (try? Store(path: daemon.statePath).draws().first?.revealedAt) != nil })
        let ordered = try Self.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", "群众投诉"])
        #expect(ordered.status == 0, "\(ordered.output)")
        let orderedAt = Date()

        let text = try Self.spotcheck(daemon, ["teams"])
        #expect(text.status == 0, "\(text.output)")
        #expect(text.output.contains("Teams of \(daemon.localDate()) (times in \(daemon.zone)):"), "\(text.output)")
        #expect(text.output.contains("ordered, reason: 群众投诉") && text.output.contains("drawn at random"))
        #expect(text.output.contains("国家税务总局青山县税务局 (d-shuiwu)"), "\(text.output)")

        let json = try Self.spotcheck(daemon, ["teams", "--json"])
        let sheet = try JSONDecoder().decode(ControlMessages.TeamsReply.self, from: Data(json.output.utf8))
        let order = try #require(sheet.teams.first { $0.kind == "ordered" })
        #expect(order.members.filter { $0.role == "lead" }.count == 1)
        #expect(order.members.allSatisfy { !$0.homeName.hasPrefix("d-") && $0.homeName != $0.home })
        // Ordered now, long after the pool's report time: the team is given the notice.
        let formatter = ISO8601DateFormatter()
        let report = try #require(formatter.date(from: order.reportTime))
        #expect(report.timeIntervalSince(orderedAt) >= 29 * 60, "\(order.reportTime)")

        let csv = try ControlTests.run(
            ControlTests.cli, ["teams", "--csv", "--pool", "county"],
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath])
        #expect(csv.output.utf8.starts(with: [0xEF, 0xBB, 0xBF]), "a byte order mark for Excel")
        let rows = csv.output.split(separator: "\r\n")
        #expect(
            rows.first?.hasSuffix(
                "date,pool,draw,kind,reason,department,department_name,report_time,role,inspector,name,home,home_name,chosen_by"
            )
                == true)
        #expect(rows.count == 1 + sheet.teams.map(\.members.count).reduce(0, +))

        // Every draw of the day can be fetched, the ordered one too.
        let client = try VarlinkClient(path: daemon.controlPath)
        let record = try client.call(
            "io.spotcheck.GetRecord",
            ControlMessages.RecordParameters(pool: "county", date: daemon.localDate(), drawId: order.drawId),
            returning: ControlMessages.RecordReply.self)
        #expect(record.record.contains("\"orderedDepartments\""), "\(record.record.prefix(300))")
        let scheduled = try client.call(
            "io.spotcheck.GetRecord", ControlMessages.RecordParameters(pool: "county", date: daemon.localDate()),
            returning: ControlMessages.RecordReply.self)
        #expect(scheduled.recordSha256 != record.recordSha256)
    }
}
