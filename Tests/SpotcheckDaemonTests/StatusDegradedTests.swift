import Foundation
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A degraded `spotcheck status` (task files that could not be written) keeps the system's own
/// error text, inside a sentence in the reader's language.
@Suite struct StatusDegradedTests {
    @Test func aTaskFileThatCannotBeWrittenIsToldInTheReadersLanguageWithTheSystemsOwnError() throws {
        try ReplaceDepartmentTests.unrevealed { daemon, store, draw in
            // A plain file where each login's task folder goes: writing into it fails (ENOTDIR),
            // whoever the daemon runs as.
            if !FileManager.default.fileExists(atPath: daemon.tasksPath) {
                try FileManager.default.createDirectory(atPath: daemon.tasksPath, withIntermediateDirectories: true)
            }
            for login in ["lead1", "lead2", "twoteams", "member1", "member2", "spare1"] {
                let path = "\(daemon.tasksPath)/\(login)"
                try? FileManager.default.removeItem(atPath: path)
                #expect(FileManager.default.createFile(atPath: path, contents: Data("in the way".utf8)))
            }
            var english = ""
            #expect(
                DaemonProcess.eventually(timeout: 60) {
                    english = (try? ReplaceDepartmentTests.run(daemon, ["status"]).output) ?? ""
                    return english.contains("cannot write the task file of ")
                }, "\(english)")
            let chinese = try ReplaceDepartmentTests.run(daemon, ["status"], chinese: true)
            #expect(chinese.output.contains("无法写入 ") && chinese.output.contains(" 的任务文件，系统报告："), "\(chinese.output)")
            #expect(!chinese.output.contains("cannot write the task file"), "\(chinese.output)")
            // The system's own words stay as the system wrote them, in both.
            let system = try #require(
                english.split(separator: "\n").first { $0.contains("cannot write the task file of ") }.flatMap { line in
                    line.range(of: "\(draw.date): ").map { String(line[$0.upperBound...].prefix(12)) }
                })
            #expect(!system.isEmpty && chinese.output.contains(system), "\(system) in \(chinese.output)")
        }
    }
}
