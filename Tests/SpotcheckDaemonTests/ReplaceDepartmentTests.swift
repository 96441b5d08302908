import Foundation
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An inspector whose daily cap is 2 can sit on two teams of one draw: `spotcheck replace DRAW
/// INSPECTOR` then names the team by `--department`, and without it is refused with the teams to
/// choose from, never made on whichever team comes first.
@Suite struct ReplaceDepartmentTests {
    /// Two departments drawn every day (d-a, d-b; d-h is never drawn, weight 0), teams of two
    /// with a lead: the leads l1 and l2 (cap 1) lead one team each, and the other seat of each
    /// goes to one of x1 (cap 2), y1, y2, s1.
    static func roster() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "replace-department-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            (
                "departments.csv",
                "id,name,weight,powers,required_skills,pools\nd-a,甲局,,,,county\nd-b,乙局,,,,county\nd-h,丙局,0,,,county\n"
            ),
            (
                "inspectors.csv",
                "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\n"
                    + "l1,组长一,lead1,d-h,,,yes,,1\nl2,组长二,lead2,d-h,,,yes,,1\n"
                    + "x1,两组人员,twoteams,d-h,,,no,,2\n"
                    + "y1,组员一,member1,d-h,,,no,,1\ny2,组员二,member2,d-h,,,no,,1\ns1,备员,spare1,d-h,,,no,,1\n"
            ),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder.path
    }

    /// A daemon that drew today's two teams at its start, revealed then or `revealIn` seconds later.
    /// Runs `body` on a daemon over `roster()` whose draw is completed but not revealed yet (drawn
    /// at the start, revealed `revealIn` seconds later); stops the daemon and removes the roster after.
    static func unrevealed(revealIn: Int = 20, _ body: (DaemonProcess, Store, StoredDraw) throws -> Void) throws {
        let roster = try roster()
        defer { try? FileManager.default.removeItem(atPath: roster) }
        let daemon = try started(roster: roster, revealIn: revealIn)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        #expect(draw.revealedAt == nil)
        try body(daemon, store, draw)
    }

    static func started(roster: String, revealIn: Int = -30) throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let config = """
            [paths]
            state = "state"
            control_socket = "control"
            roster = "\(roster)"
            \(RosterEditTests.coordinatorRoles)
            [calendar]
            time_zone = "\(daemon.zone)"
            weekend = []
            day_end = "23:59:59"
            [policy]
            team_size = 2
            lead_required = true
            min_home_departments = 1
            reciprocal_ban = false
            cooldown_days = 0
            [[pool]]
            name = "county"
            targets_per_day = 2
            draw_time = "\(daemon.localTime(in: -60))"
            reveal_time = "\(daemon.localTime(in: revealIn))"
            """
        try config.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        return daemon
    }

    /// Today's draw with x1 on both teams: where the draw did not put them, a coordinator named
    /// them in a replacement (`--with`), which their cap of 2 allows.
    static func onBothTeams(_ daemon: DaemonProcess) throws -> Int64 {
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        #expect(draw.revealedAt != nil)
        for department in ["d-a", "d-b"] {
            let team = try store.assignments(drawID: draw.id).filter { $0.department == department }
            #expect(team.count == 2, "\(team)")
            guard !team.contains(where: { $0.inspector == "x1" }) else { continue }
            let member = try #require(team.first { $0.role == "member" })
            let named = try DailyUseTests.spotcheck(
                daemon, ["replace", String(draw.id), member.inspector, "--with", "x1", "--reason", "调整"])
            #expect(named.status == 0, "\(named.output)")
        }
        let teams = try store.assignments(drawID: draw.id).filter { $0.inspector == "x1" }.map(\.department)
        #expect(teams.sorted() == ["d-a", "d-b"], "\(teams)")
        return draw.id
    }

    static func run(
        _ daemon: DaemonProcess, _ arguments: [String], chinese: Bool = false
    ) throws -> (
        status: Int32, output: String
    ) {
        try ControlTests.run(
            ControlTests.cli, arguments,
            environment: [
                "SPOTCHECK_SOCKET": daemon.controlPath, "TZ": "UTC", "LANG": chinese ? "zh_CN.UTF-8" : "C.UTF-8",
            ])
    }

    @Test func anInspectorOnTwoTeamsIsReplacedOnlyOnTheTeamNamedAndRefusedWithoutOne() throws {
        let roster = try Self.roster()
        defer { try? FileManager.default.removeItem(atPath: roster) }
        let daemon = try Self.started(roster: roster)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let draw = try Self.onBothTeams(daemon)
        let store = try Store(path: daemon.statePath)
        let before = try store.replacements(drawID: draw).count

        // Without --department: refused (65), naming both teams and how to choose, in both languages.
        let refused = try Self.run(daemon, ["replace", String(draw), "x1", "--reason", "病假"])
        #expect(refused.status == 65, "\(refused.output)")
        #expect(
            refused.output.contains("x1 is on more than one team of draw \(draw): the teams for d-a, d-b"),
            "\(refused.output)")
        #expect(refused.output.contains("--department d-a"), "\(refused.output)")
        let 拒绝 = try Self.run(daemon, ["replace", String(draw), "x1", "--reason", "病假"], chinese: true)
        #expect(拒绝.status == 65, "\(拒绝.output)")
        #expect(拒绝.output.contains("x1 同时在第 \(draw) 次抽签的多个检查组中：d-a, d-b 的检查组"), "\(拒绝.output)")
        #expect(拒绝.output.contains("--department") && !拒绝.output.contains("more than one"), "\(拒绝.output)")
        // Nothing changed: x1 is still on both teams.
        #expect(try store.replacements(drawID: draw).count == before)
        #expect(try store.assignments(drawID: draw).filter { $0.inspector == "x1" }.count == 2)

        // A department whose team x1 is not on: refused (65), saying where x1 is.
        let elsewhere = try Self.run(
            daemon, ["replace", String(draw), "x1", "--department", "d-h", "--reason", "病假"])
        #expect(elsewhere.status == 65, "\(elsewhere.output)")
        #expect(
            elsewhere.output.contains(
                "x1 is not on the team for d-h in draw \(draw); they are on the team for d-a, d-b"),
            "\(elsewhere.output)")
        let 别处 = try Self.run(
            daemon, ["replace", String(draw), "x1", "--department", "d-h", "--reason", "病假"], chinese: true)
        #expect(别处.output.contains("x1 不在第 \(draw) 次抽签 d-h 的检查组中；其所在的是 d-a, d-b 的检查组"), "\(别处.output)")

        // With --department d-b: x1 leaves that team only, and keeps their seat on d-a's.
        let replaced = try Self.run(
            daemon, ["replace", String(draw), "x1", "--department", "d-b", "--reason", "病假"])
        #expect(replaced.status == 0, "\(replaced.output)")
        #expect(replaced.output.contains("replaces x1 as member on the team for d-b"), "\(replaced.output)")
        let x1 = try store.assignments(drawID: draw).filter { $0.inspector == "x1" }.map(\.department)
        #expect(x1 == ["d-a"], "\(x1)")
        let made = try #require(try store.replacements(drawID: draw).last)
        #expect(made.oldInspector == "x1" && made.department == "d-b")
        #expect(try store.assignments(drawID: draw).filter { $0.department == "d-b" }.count == 2)

        // On one team now, x1 needs no --department any more.
        let again = try Self.run(daemon, ["replace", String(draw), "x1", "--reason", "病假"])
        #expect(again.status == 0, "\(again.output)")
        #expect(again.output.contains("replaces x1 as member on the team for d-a"), "\(again.output)")
        #expect(try store.assignments(drawID: draw).filter { $0.inspector == "x1" }.isEmpty)
    }

    @Test func replaceHelpTellsOfDepartmentInBothLanguages() throws {
        let english = try ControlTests.run(ControlTests.cli, ["replace", "--help"])
        #expect(english.output.contains("--department <department>"), "\(english.output)")
        #expect(english.output.contains("more than one team"), "\(english.output)")
        let chinese = try ControlTests.run(
            ControlTests.cli, ["replace", "--help"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.output.contains("--department") && chinese.output.contains("多个检查组"), "\(chinese.output)")
    }
}
