import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckRoster

#if canImport(Glibc)
    import Glibc
#endif

/// What other Unix users can learn from the task files, checked by probing them as those users.
@Suite(.serialized, .enabled(if: getuid() == 0, "needs root to create test users and run commands as them"))
struct TaskFileAccessTests {
    static func runAs(_ user: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try ControlTests.run("/usr/sbin/runuser", ["-u", user, "--"] + arguments)
    }

    /// The CLI copied into a folder every user may enter, so that this works from a checkout
    /// inside a private (0700) folder too.
    static func reachableCLI() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spotcheck-bin-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o755)
        let target = folder.appendingPathComponent("spotcheck").path
        try FileManager.default.copyItem(atPath: ControlTests.cli, toPath: target)
        chmod(target, 0o755)
        return target
    }

    @Test func nobodyButTheInspectorLearnsWhetherTheyHaveATask() throws {
        // Given: a draw stored, then two inspectors given Unix accounts — one drawn (A), one not
        // (C) — and a third user (B) who probes.
        let harness = try Harness()
        chmod(harness.folder.path, 0o755)
        try harness.tick("2026-12-01", "07:30")
        chmod(harness.config.paths.state, 0o711)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let drawn = Set(try harness.store.assignments().map(\.login))
        let a = try #require(drawn.sorted().first)
        let c = try #require(roster.inspectors.map(\.login).sorted().first { !drawn.contains($0) })
        let b = "sc-prober"
        for user in [a, c, b] { try RoleTests.useradd(user) }
        defer { for user in [a, c, b] { _ = try? ControlTests.run("/usr/sbin/userdel", [user]) } }
        try harness.tick("2026-12-01", "08:00")
        let tasks = harness.config.paths.tasks
        let cli = try Self.reachableCLI()

        // The inspectors read their own day.
        let own = try Self.runAs(a, [cli, "today", "--tasks", tasks, "--date", "2026-12-01"])
        #expect(own.status == 0 && own.output.contains("inspect "), "\(own.output)")
        let none = try Self.runAs(c, [cli, "today", "--tasks", tasks, "--date", "2026-12-01"])
        #expect(none.status == 0 && none.output.contains("No inspection"), "\(none.output)")

        // The prober sees the same of both: folders alike, nothing inside reachable.
        let stat = ["/usr/bin/stat", "-c", "%a %s %h %Y %X %U"]
        let folderA = try Self.runAs(b, stat + ["\(tasks)/\(a)"])
        let folderC = try Self.runAs(b, stat + ["\(tasks)/\(c)"])
        #expect(folderA.status == 0 && folderA.output == folderC.output, "\(folderA.output) ≠ \(folderC.output)")
        for login in [a, c] {
            let file = try Self.runAs(b, ["/usr/bin/stat", "\(tasks)/\(login)/2026-12-01.json"])
            #expect(file.status != 0 && file.output.contains("Permission denied"), "\(file.output)")
            #expect(try Self.runAs(b, ["/bin/ls", "\(tasks)/\(login)"]).status != 0)
        }
        let askA = try Self.runAs(b, [cli, "today", "--tasks", tasks, "--login", a, "--date", "2026-12-01"])
        let askC = try Self.runAs(b, [cli, "today", "--tasks", tasks, "--login", c, "--date", "2026-12-01"])
        #expect(askA.status == askC.status && askA.status != 0)
        #expect(askA.output.replacing(a, with: "LOGIN") == askC.output.replacing(c, with: "LOGIN"))
        // Every roster login has its folder, so a folder's presence says nothing; the tasks
        // folder itself cannot be listed.
        #expect(try Self.runAs(b, ["/bin/ls", tasks]).status != 0)
        let present = try Self.runAs(
            b,
            [
                "/bin/sh", "-c",
                "for l in \(roster.inspectors.map(\.login).joined(separator: " ")); do test -d \(tasks)/$l || echo $l; done",
            ])
        #expect(present.status == 0 && present.output.isEmpty, "folders missing: \(present.output)")
        // The other inspector cannot read A's file either.
        #expect(try Self.runAs(c, ["/bin/cat", "\(tasks)/\(a)/2026-12-01.json"]).status != 0)
    }
}
