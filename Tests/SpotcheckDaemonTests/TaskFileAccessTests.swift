import Foundation
import SpotcheckCore
import SpotcheckProtocol
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckRoster

#if canImport(Glibc)
    import Glibc
#endif

/// Who can read a task file, checked by reading it as other Unix users.
@Suite(.enabled(if: getuid() == 0, "needs root to read files as other users"))
struct TaskFileAccessTests {
    static func runAs(_ user: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        process.arguments = ["-u", user, "--"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func onlyTheInspectorAndTheDaemonReadATaskFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tasks-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o755)
        let writer = TaskWriter(directory: folder.appendingPathComponent("tasks").path)
        let file = TaskFile(
            schema: TaskFile.currentSchema, date: Day(iso: "2026-12-01")!,
            inspector: .init(id: "i1", name: "张三", login: "nobody"), assignments: [], checklist: TaskFile.checklist)
        let warning = try writer.write(file, encode: RecordCoding.encode)
        #expect(warning == nil)
        let path = writer.path(date: file.date, login: "nobody")
        #expect(try Self.runAs("nobody", ["cat", path]) == 0)
        #expect(try Self.runAs("daemon", ["cat", path]) != 0)
        // Nobody but the daemon can list the day's folder, so logins of the day stay unknown.
        #expect(try Self.runAs("nobody", ["ls", "\(writer.directory)/2026-12-01"]) != 0)
        #expect(try Self.runAs("daemon", ["ls", writer.directory]) != 0)
    }
}
