import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What a newcomer meets first: the example script and the messages of a roster with a typo.
@Suite struct FirstTenMinutesTests {
    /// A copy of the example county in a fresh folder, with `edit` applied to one file.
    static func county(editing name: String, _ edit: (String) -> String) throws -> URL {
        let folder = try Run.temporaryDirectory()
        for file in ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv", "policy.toml"] {
            try FileManager.default.copyItem(
                atPath: "\(Run.county)/\(file)", toPath: folder.appendingPathComponent(file).path)
        }
        let path = folder.appendingPathComponent(name)
        try edit(try String(contentsOf: path, encoding: .utf8)).write(to: path, atomically: true, encoding: .utf8)
        return folder
    }

    @Test(.timeLimit(.minutes(2)))
    func theExampleScriptRunsToTheEndShowsHowToUseTheCLIAndStopsItsDaemon() throws {
        let scratch = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Run.packageRoot.appendingPathComponent("scripts/run-example.sh").path]
        var environment = ProcessInfo.processInfo.environment
        environment["SPOTCHECK_EXAMPLE_BIN"] = Run.binary.deletingLastPathComponent().path
        environment["SPOTCHECK_EXAMPLE_EXIT"] = "1"
        environment["SPOTCHECK_SCRATCH"] = scratch.path
        environment.removeValue(forKey: "JOURNAL_STREAM")
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0, "\(stdout)\n\(stderr)")
        // The task file, then one line to paste that points the CLI at this daemon.
        #expect(stdout.contains("== an inspector's task file:") && stdout.contains("\"drawId\""), "\(stdout)")
        #expect(
            stdout.contains("SPOTCHECK_SOCKET=\(scratch.path)/control SPOTCHECK_TASKS=\(scratch.path)/state/tasks"),
            "\(stdout)")
        #expect(stdout.split(separator: "\n").contains { $0.hasPrefix("export PATH=") })
        #expect(stdout.contains("spotcheck today --login ") && stdout.contains("spotcheck teams"))
        // The status, from the daemon the script started, with its zone.
        #expect(stdout.contains("zone:   Asia/Shanghai"), "\(stdout)")
        // The daemon is stopped by the script itself.
        let line = try #require(stdout.split(separator: "\n").first { $0.hasPrefix("== spotcheckd (pid ") })
        let pid = try #require(Int32(line.dropFirst("== spotcheckd (pid ".count).prefix { $0.isNumber }))
        #expect(kill(pid, 0) != 0, "spotcheckd \(pid) is still running")
        // One format on standard error, every time in the configured zone; no unexplained warning.
        let lines = stderr.split(separator: "\n").filter { $0.contains("spotcheckd: ") }
        #expect(!lines.isEmpty, "\(stderr)")
        for line in lines {
            #expect(line.wholeMatch(of: /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0800 spotcheckd: .*/) != nil, "\(line)")
        }
        #expect(!stderr.contains("readable by the daemon only"), "\(stderr)")
        // The example's logins have no Unix account here: said once, explained, with what to do;
        // never again at each reveal.
        let access = stderr.split(separator: "\n").filter { $0.contains("readable by spotcheckd") }
        #expect(access.count <= 1, "\(stderr)")
        #expect(
            access.allSatisfy { $0.contains("no Unix account") && $0.contains("useradd") && $0.contains("trial") },
            "\(stderr)")
    }

    @Test func aMisspelledHeaderIsToldFirstAndItsCascadeInOneLine() throws {
        let folder = try Self.county(editing: "inspectors.csv") { $0.replacing("daily_cap", with: "dailycap") }
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.spotcheck(["check-roster", "--roster", folder.path])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        // The heading, the two header problems, the one line for the cascade.
        #expect(lines.count <= 5, "\(result.stderr)")
        let roots = lines.dropFirst().prefix(2)
        #expect(roots.allSatisfy { $0.contains("inspectors.csv:1") }, "\(lines)")
        #expect(roots.contains { $0.contains("inspectors.csv:1:9: unknown column 'dailycap'") }, "\(lines)")
        let cascade = try #require(lines.last)
        #expect(cascade.contains("references to inspectors that could not be read; fix the errors above first"))
        #expect(!result.stderr.contains("unknown inspector"), "\(result.stderr)")
    }

    @Test func aStrayQuoteGivesOneError() throws {
        let folder = try Self.county(editing: "departments.csv") {
            $0.replacing("d-caizheng,青山县财政局", with: "d-caizheng,\"青山县财政局")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.spotcheck(["check-roster", "--roster", folder.path])
        #expect(result.status == 65)
        // One error where the quote opens, and one line for everything that names a department.
        let lines = result.stderr.split(separator: "\n").dropFirst()
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.contains("departments.csv:3:2: a quoted field is never closed") == true)
        #expect(lines.last?.contains("references to departments that could not be read") == true)
    }
}

extension FirstTenMinutesTests {
    @Test func aFileSavedAsGBKIsToldToBeSavedAsUTF8Once() throws {
        let folder = try Self.county(editing: "inspectors.csv") { $0 }
        defer { try? FileManager.default.removeItem(at: folder) }
        // Every Chinese name in GBK-like bytes: not UTF-8.
        let path = folder.appendingPathComponent("inspectors.csv")
        let bytes = try Data(contentsOf: path).map { $0 >= 0x80 ? UInt8(0xB0) : $0 }
        try Data(bytes).write(to: path)
        let result = try Run.spotcheck(["check-roster", "--roster", folder.path])
        #expect(result.status == 65)
        let told = result.stderr.components(separatedBy: "save the file as UTF-8").count - 1
        #expect(told == 1, "\(result.stderr)")
        #expect(result.stderr.contains("more fields of this file; it may be GBK"), "\(result.stderr)")
    }
}
