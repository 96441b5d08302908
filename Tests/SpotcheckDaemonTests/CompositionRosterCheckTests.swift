import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// A pool's team-composition rule read against the roster as it stands: warned about when no
/// active inspector of `lead_from` can lead (every team short of a lead), refused when a roster
/// edit through the socket closes or removes a department a rule names.
@Suite(.serialized) struct CompositionRosterCheckTests {
    static func config(_ policy: String) -> String { "[pool.policy]\n\(policy)\n" }

    @Test func checkConfigStartReloadAndAnEditWarnWhenNoInspectorOfLeadFromCanLead() throws {
        let daemon = try DaemonProcess()
        // d-beihu's inspectors may none of them lead.
        try daemon.writeConfig(
            drawIn: 3600, revealIn: 3700, extra: Self.config(#"lead_from = "d-beihu""#),
            roles: RosterEditTests.coordinatorRoles)
        let checked = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath])
        #expect(checked.status == 0 && checked.output.contains("OK:"), "a warning, not a refusal: \(checked.output)")
        #expect(
            checked.output.contains(
                "warning: pool 'county': lead_from names d-beihu, but no active inspector of them can lead"),
            "\(checked.output)")
        let chinese = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath],
            environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 0 && chinese.output.contains("没有在职且可任组长的检查人员"), "\(chinese.output)")

        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let warning = "lead_from names d-beihu, but no active inspector of them can lead"
        #expect(daemon.stderr.contains(warning), "at start: \(daemon.stderr)")
        daemon.signal(SIGHUP)
        #expect(
            DaemonProcess.eventually { daemon.stderr.components(separatedBy: warning).count == 3 },
            "again on reload: \(daemon.stderr)")

        // Making one of them able to lead puts it right: the next reload says nothing.
        let leader = try #require(
            try Store(path: daemon.statePath).currentRoster()?.roster().inspectors.first { $0.home == "d-beihu" })
        let set = try DailyUseTests.spotcheck(daemon, ["inspectors", "set", leader.id, "--lead"])
        #expect(set.status == 0, "\(set.output)")
        daemon.signal(SIGHUP)
        #expect(DaemonProcess.eventually { daemon.stderr.contains("configuration reloaded") })
        Thread.sleep(forTimeInterval: 0.5)
        #expect(daemon.stderr.components(separatedBy: warning).count == 3, "\(daemon.stderr)")

        // Retiring that last lead through the socket brings the warning back at once.
        let retire = try DailyUseTests.spotcheck(daemon, ["inspectors", "retire", leader.id])
        #expect(retire.status == 0, "\(retire.output)")
        #expect(
            DaemonProcess.eventually { daemon.stderr.components(separatedBy: warning).count == 4 },
            "after the edit: \(daemon.stderr)")
    }

    @Test func anEditClosingADepartmentARuleNamesIsRefusedWholeNamingThePoolAndTheRule() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(
            drawIn: 3600, revealIn: 3700,
            extra: Self.config(
                """
                lead_from = "d-caizheng d-gongan"
                member_from = ["d-shenji d-shichang"]
                """), roles: RosterEditTests.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let store = try Store(path: daemon.statePath)
        let before = try #require(try store.currentRoster()).snapshotHash

        let closed = try DailyUseTests.spotcheck(daemon, ["departments", "close", "d-shenji"])
        #expect(closed.status != 0, "\(closed.output)")
        #expect(
            closed.output.contains("pool 'county' names d-shenji in member_from")
                && closed.output.contains("spotcheckd.toml"), "\(closed.output)")
        let lead = try ControlTests.run(
            ControlTests.cli, ["departments", "close", "d-gongan"],
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "TZ": "UTC", "LANG": "zh_CN.UTF-8"])
        #expect(lead.status != 0, "\(lead.output)")
        #expect(
            lead.output.contains("抽签池“county”的 lead_from 指定了 d-gongan")
                && lead.output.contains("检查组组成规则指定的单位不能撤销或删除"), "\(lead.output)")
        // Nothing of it was stored; a department no rule names closes as before.
        #expect(try store.currentRoster()?.snapshotHash == before)
        #expect(try store.currentRoster()?.roster().departments.first { $0.id == "d-shenji" }?.active == true)
        let other = try DailyUseTests.spotcheck(daemon, ["departments", "close", "d-fagai"])
        #expect(other.status == 0, "\(other.output)")
    }

    @Test func aFolderRosterThatDropsANamedDepartmentIsRefusedOnReloadAndThePreviousOneStays() throws {
        let daemon = try DaemonProcess()
        let copy = daemon.folder.appendingPathComponent("roster").path
        try FileManager.default.copyItem(atPath: Harness.county, toPath: copy)
        try daemon.writeConfig(
            drawIn: 3600, revealIn: 3700, extra: Self.config(#"member_from = ["d-shenji d-shichang"]"#))
        let text = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
        try text.replacingOccurrences(of: Harness.county, with: copy).write(
            toFile: daemon.configPath, atomically: true, encoding: .utf8)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }

        // d-shenji leaves the folder, with its inspectors and every row that names them.
        func read(_ name: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(copy)/\(name)")))
        }
        var roster = try RosterParser.parse(
            RosterWriter.Files(
                departments: try read("departments.csv"), inspectors: try read("inspectors.csv"),
                conflicts: try read("conflicts.csv"), history: try read("history.csv")
            ).named(in: copy))
        let gone = Set(roster.inspectors.filter { $0.home == "d-shenji" }.map(\.id))
        roster.departments.removeAll { $0.id == "d-shenji" }
        roster.inspectors.removeAll { gone.contains($0.id) }
        for index in roster.inspectors.indices {
            roster.inspectors[index].former.removeAll { $0.department == "d-shenji" }
        }
        roster.conflicts.removeAll { $0.department == "d-shenji" || gone.contains($0.inspector) }
        roster.history.removeAll { $0.department == "d-shenji" || gone.contains($0.inspector) }
        let files = RosterWriter.write(roster)
        for (name, bytes) in [
            ("departments.csv", files.departments), ("inspectors.csv", files.inspectors),
            ("conflicts.csv", files.conflicts), ("history.csv", files.history),
        ] {
            try Data(bytes).write(to: URL(fileURLWithPath: "\(copy)/\(name)"))
        }
        daemon.signal(SIGHUP)
        #expect(
            DaemonProcess.eventually { daemon.stderr.contains("refused whole, the previous one stays") },
            "\(daemon.stderr)")
        #expect(daemon.stderr.contains("member_from names 'd-shenji'"), "\(daemon.stderr)")
        let stored = try #require(try Store(path: daemon.statePath).currentRoster()).roster()
        #expect(stored.departments.contains { $0.id == "d-shenji" })
    }

    @Test func removingOrClosingANamedDepartmentIsAProblemAndWhatWasAlreadyClosedIsNot() throws {
        let config = try DaemonConfig.parse(
            Array(
                """
                [[pool]]
                name = "county"
                draw_time = "07:00"
                reveal_time = "08:00"
                [pool.policy]
                lead_from = "d-jiwei"
                member_from = ["d-caizheng d-shenji"]
                """.utf8), file: "/etc/spotcheck/spotcheckd.toml")
        let old = Roster(
            departments: [
                Department(id: "d-jiwei", name: "纪委"), Department(id: "d-caizheng", name: "财政"),
                Department(id: "d-shenji", name: "审计", active: false),
            ], inspectors: [])
        var new = old
        new.departments.removeAll { $0.id == "d-jiwei" }
        new.departments[0].active = false
        new.departments[1].active = true
        let files = RosterWriter.write(new)
        let problems = CompositionRosterChecks.editProblems(config, old: old, new: new, departments: files.departments)
        #expect(problems.count == 2, "\(problems.map(\.message))")
        let removed = try #require(problems.first { $0.field == "id" })
        #expect(removed.line == 0 && removed.message.hasPrefix("pool 'county' names d-jiwei in lead_from"))
        let closed = try #require(problems.first { $0.field == "active" })
        #expect(closed.line == 2 && closed.message.hasPrefix("pool 'county' names d-caizheng in member_from"))
        // Reopening d-shenji, already closed before, is no problem; nor is leaving it closed.
        #expect(
            CompositionRosterChecks.editProblems(config, old: new, new: new, departments: files.departments).isEmpty)
    }
}
