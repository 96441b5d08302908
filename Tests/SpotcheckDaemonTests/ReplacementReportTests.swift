import Foundation
import GRDB
import SpotcheckProtocol
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A newcomer by replacement is told at the replacement, so the pool's notice can put their
/// report time after the team's: `spotcheck replace` tells the coordinator, in both languages.
@Suite struct ReplacementReportTests {
    @Test func replaceTellsTheCoordinatorWhenTheNewcomerReportsLaterThanTheTeam() throws {
        // Revealed an hour ago: the team reports half an hour after the reveal (already past),
        // the newcomer half an hour from now. (The daemon draws and reveals the day at its start,
        // after the times: its reveal is moved back to the planned time, as if it had run then.)
        let daemon = try DailyUseTests.started(drawIn: -3660, revealIn: -3600)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        #expect(draw.revealedAt != nil)
        try DatabaseQueue(path: daemon.statePath).write {
            try $0.execute(sql: "UPDATE draw SET revealed_at = revealed_at - 3600 WHERE id = ?", arguments: [draw.id])
        }
        /// Replaces the first member that can be replaced; the CLI's output, or nil.
        func replaceOne(_ extra: [String], language: String = "C.UTF-8") throws -> String? {
            for member in try store.assignments(drawID: draw.id) where member.role == "member" {
                let result = try ControlTests.run(
                    ControlTests.cli, ["replace", String(draw.id), member.inspector, "--reason", "病假"] + extra,
                    environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "TZ": "UTC", "LANG": language])
                if result.status == 0 { return result.output }
            }
            return nil
        }
        let said = try #require(try replaceOne([]), "no member could be replaced")
        #expect(said.contains("replaces") && said.contains("Note:") && said.contains("tell the team"), "\(said)")
        if let output = try replaceOne(["--json"]) {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let mine = try #require(json["reportTime"] as? String)
            let theirs = try #require(json["teamReportTime"] as? String)
            #expect(mine > theirs, "\(json)")
        }
        if let chinese = try replaceOne([], language: "zh_CN.UTF-8") {
            #expect(chinese.contains("注意") && chinese.contains("请告知检查组"), "\(chinese)")
        }
    }

    @Test func aReplacementBeforeTheTeamsNoticeRunsOutSaysNothingMore() throws {
        // Revealed just now: the newcomer and the team report at the same quarter hour or the
        // team's own report_time, far ahead.
        let daemon = try DaemonProcess()
        try daemon.writeConfig(
            drawIn: -60, revealIn: -30, extra: "report_time = \"\(daemon.localTime(in: 4 * 3600))\"",
            roles: RosterEditTests.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        for member in try store.assignments(drawID: draw.id) where member.role == "member" {
            let result = try DailyUseTests.spotcheck(
                daemon, ["replace", String(draw.id), member.inspector, "--reason", "病假"])
            guard result.status == 0 else { continue }
            #expect(result.output.contains("replaces") && !result.output.contains("Note:"), "\(result.output)")
            return
        }
        Issue.record("no member could be replaced")
    }
}
