import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `candidates` from spotcheckd (the day's load counted, the same shape as offline), `cancel` of an
/// ordered inspection from the command line, and the task files spotcheckd writes
/// (`spotcheck-task/2`, meeting their published schema).
@Suite(.serialized) struct DailyUseDaemonTests {
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    @Test func candidatesFromTheDaemonCountTheDaysLoadAndHaveTheOfflineShape() throws {
        let daemon = try DailyUseTests.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let store = try Store(path: daemon.statePath)
        // The day's load counts from the reveal on (before it, nothing may hint at the teams).
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).last?.revealedAt != nil })
        let draw = try #require(try store.draws().last)
        let team = try store.assignments(drawID: draw.id)
        let roster = try store.currentRoster()!.roster()
        // An inspector of the day's teams whose daily cap is 1 (the example roster gives some a cap
        // of 2: one team does not use up their day).
        let capOne = Set(roster.inspectors.filter { $0.dailyCap == 1 }.map(\.id))
        let busy = try #require(team.first { capOne.contains($0.inspector) }, "\(team)")
        let today = daemon.localDate()
        // A department the busy inspector could inspect by the roster alone.
        let departments = roster.departments.map(\.id)
        var chosen: (department: String, offline: [String])?
        for department in departments where !team.contains(where: { $0.department == department }) {
            let offline = try ControlTests.run(
                ControlTests.cli,
                ["candidates", department, "--roster", Harness.county, "--date", today, "--json", "--compact"])
            let ids = try #require(try Self.json(offline.output) as? [String], "\(offline.output)")
            if ids.contains(busy.inspector) {
                chosen = (department, ids)
                break
            }
        }
        let (department, offline) = try #require(chosen)
        let online = try DailyUseTests.spotcheck(daemon, ["candidates", department, "--json", "--compact"])
        try DaemonJSONConventionTests.expectValid(online, schema: "candidates")
        let ids = try #require(try Self.json(online.output) as? [String])
        // Already on a team today (daily cap 1): not a candidate any more, as `why` says.
        #expect(!ids.contains(busy.inspector), "\(ids)")
        #expect(Set(ids).isSubset(of: Set(offline)))
        let why = try DailyUseTests.spotcheck(daemon, ["why", busy.inspector, department])
        #expect(why.output.contains("cap") || why.output.contains("上限"), "\(why.output)")
        // The text has the offline columns and the count line, with the daemon's date.
        let text = try DailyUseTests.spotcheck(daemon, ["candidates", department])
        #expect(text.status == 0, "\(text.output)")
        #expect(text.output.contains("may inspect \(department) on \(today)"), "\(text.output)")
        let unknown = try DailyUseTests.spotcheck(daemon, ["candidates", "d-none"])
        #expect(unknown.status == 67, "\(unknown.output)")

        // The task files the daemon writes: spotcheck-task/2, meeting the published schema.
        let path = "\(daemon.tasksPath)/\(busy.login)/\(draw.date).json"
        let file = try String(contentsOfFile: path, encoding: .utf8)
        #expect(file.contains("\"schema\" : \"spotcheck-task/2\"") && file.contains("\"drawId\""), "\(file)")
        let problems = try DaemonJSONConventionTests.problems(file, schema: "task-file")
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func aCoordinatorCancelsAnOrderFromTheCommandLineOnceAndOnlyAnOrder() throws {
        let daemon = try DailyUseTests.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let store = try Store(path: daemon.statePath)
        let scheduled = try #require(try store.draws().last)
        let drawn = Set(try store.assignments(drawID: scheduled.id).map(\.department))
        let target = try #require(
            try store.currentRoster()!.roster().departments.map(\.id).first { !drawn.contains($0) })
        let order = try DailyUseTests.spotcheck(daemon, ["order", "county", target, "--reason", "群众投诉", "--json"])
        #expect(order.status == 0, "\(order.output)")
        let ordered = try #require(try store.draws().last)
        #expect(ordered.id != scheduled.id)
        let lead = try #require(try store.assignments(drawID: ordered.id).first { $0.role == "lead" })
        let onTeam = try DailyUseTests.spotcheck(daemon, ["why", lead.inspector, target])
        #expect(onTeam.output.contains("is on today's team for \(target), as lead"), "\(onTeam.output)")

        let cancelled = try DailyUseTests.spotcheck(
            daemon, ["cancel", String(ordered.id), "--reason", "上级巡视组已进驻 <b>&", "--json", "--compact"])
        #expect(cancelled.status == 0, "\(cancelled.output)")
        let reply = try #require(try Self.json(cancelled.output) as? [String: Any])
        #expect(reply["drawId"] as? Int == Int(ordered.id) && reply["departments"] as? [String] == [target])
        #expect((reply["withdrawn"] as? Int ?? 0) > 0)
        // The called-off team is no team of the day: `why` no longer puts its lead on it.
        let after = try DailyUseTests.spotcheck(daemon, ["why", lead.inspector, target, "--json"])
        let answer = try #require(try Self.json(after.output) as? [String: Any], "\(after.output)")
        #expect(answer["teamRole"] == nil, "\(after.output)")
        // The team sheet tells it; the chain still verifies with the cancellation in it.
        let teams = try DailyUseTests.spotcheck(daemon, ["teams"])
        #expect(teams.output.contains("CANCELLED, reason: 上级巡视组已进驻 <b>&"), "\(teams.output)")
        // The printable dispatch sheet: one page, every value escaped.
        let page = try DailyUseTests.spotcheck(daemon, ["teams", "--html"])
        #expect(page.status == 0 && page.output.hasPrefix("<!DOCTYPE html>"), "\(page.output)")
        #expect(page.output.contains("上级巡视组已进驻 &lt;b&gt;&amp;") && !page.output.contains("<b>"), "\(page.output)")
        #expect(page.output.components(separatedBy: "<section>").count == 1 + 4, "\(page.output)")
        let chain = try DailyUseTests.spotcheck(daemon, ["verify", "--chain"])
        #expect(chain.status == 0, "\(chain.output)")

        let again = try DailyUseTests.spotcheck(daemon, ["cancel", String(ordered.id), "--reason", "x"])
        #expect(again.status == 65 && again.output.contains("cancelled already"), "\(again.output)")
        let notOrdered = try ControlTests.run(
            ControlTests.cli, ["cancel", String(scheduled.id), "--reason", "x"],
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "LANG": "zh_CN.UTF-8"])
        #expect(notOrdered.status == 65 && notOrdered.output.contains("只有指定检查可以取消"), "\(notOrdered.output)")
        let missing = try DailyUseTests.spotcheck(daemon, ["cancel", "999", "--reason", "x"])
        #expect(missing.status == 67, "\(missing.output)")
        let escape = try DailyUseTests.spotcheck(daemon, ["cancel", String(ordered.id), "--reason", "x\u{1B}[2J"])
        // Refused before it is sent, naming the option and the character (one free-text rule).
        #expect(
            escape.status == 65 && escape.output.contains("--reason") && escape.output.contains("U+001B"),
            "\(escape.output)")
        let noReason = try DailyUseTests.spotcheck(daemon, ["cancel", String(ordered.id), "--reason", " "])
        #expect(noReason.status == 65 && noReason.output.contains("reason"), "\(noReason.output)")
    }
}
