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

/// The address and the order's reason in task files, and the "withdrawn" assignment a
/// replacement leaves in the outgoing inspector's file.
@Suite(.serialized) struct TaskDetailsTests {
    static func taskFile(_ daemon: DaemonProcess, _ login: String, _ date: Day) throws -> TaskFile {
        try JSONDecoder().decode(
            TaskFile.self, from: try Data(contentsOf: URL(fileURLWithPath: "\(daemon.tasksPath)/\(login)/\(date).json"))
        )
    }

    @Test func anOrderedTaskSaysWhyAndWhereAndAReplacedInspectorIsToldTheyAreWithdrawn() throws {
        let daemon = try DailyUseTests.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let set = try DailyUseTests.spotcheck(
            daemon, ["departments", "set", "d-shuiwu", "--address", "青山县人民路 1 号, 3 楼"])
        #expect(set.status == 0 && set.output.contains("address: (empty) → 青山县人民路 1 号, 3 楼"), "\(set.output)")
        let ordered = try DailyUseTests.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", "群众投诉"])
        #expect(ordered.status == 0, "\(ordered.output)")
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        let team = try store.assignments(drawID: draw.id)
        for member in team {
            let file = try Self.taskFile(daemon, member.login, draw.date)
            let assignment = try #require(file.assignments.first)
            #expect(assignment.target.address == "青山县人民路 1 号, 3 楼")
            #expect(assignment.orderReason == "群众投诉")
            #expect(assignment.status == nil)
        }
        var replaced: StoredAssignment?
        for member in team where member.role == "member" {
            let result = try DailyUseTests.spotcheck(
                daemon, ["replace", String(draw.id), member.inspector, "--reason", "病假"])
            if result.status == 0 {
                replaced = member
                break
            }
        }
        let gone = try #require(replaced, "no member could be replaced")
        let withdrawn = try Self.taskFile(daemon, gone.login, draw.date)
        #expect(withdrawn.assignments.count == 1)
        #expect(withdrawn.assignments.first?.status == "withdrawn")
        #expect(withdrawn.assignments.first?.target.id == "d-shuiwu")
        #expect(
            withdrawn.assignments.first?.team.isEmpty == true, "a withdrawn inspector is not told who replaced them")
        let newcomer = try #require(
            try store.assignments(drawID: draw.id).first { !team.map(\.inspector).contains($0.inspector) })
        let standing = try Self.taskFile(daemon, newcomer.login, draw.date)
        #expect(standing.assignments.first?.status == nil && standing.assignments.first?.team.count == team.count)
        // `today` of the withdrawn inspector says so.
        let today = try ControlTests.run(
            ControlTests.cli,
            ["today", "--login", gone.login, "--tasks", daemon.tasksPath, "--date", draw.date.description])
        #expect(today.output.contains("WITHDRAWN"), "\(today.output)")
    }
}
