import Foundation
import Testing

/// `spotcheck log` shows this machine's local time, like the rest of the command line, with its
/// offset; `--json` keeps its ISO 8601 stamps for programs.
@Suite struct LogLocalTimeTests {
    /// A journal folder with one draw commitment at 2026-12-01 00:30:05 UTC.
    static func journal() throws -> String {
        let folder = try Run.temporaryDirectory()
        let export = """
            __CURSOR=s=0;i=1
            __REALTIME_TIMESTAMP=1796085005000000
            __MONOTONIC_TIMESTAMP=1
            _BOOT_ID=00000000000000000000000000000001
            SYSLOG_IDENTIFIER=spotcheckd
            MESSAGE_ID=1db5e38a1f2241d9a06971cb4e154efb
            MESSAGE=pool county on 2026-12-01: committed
            SPOTCHECK_DATE=2026-12-01
            _SYSTEMD_UNIT=spotcheckd.service
            _SYSTEMD_INVOCATION_ID=\(String(repeating: "a", count: 32))


            """
        let input = folder.appendingPathComponent("export.txt")
        try export.write(to: input, atomically: true, encoding: .utf8)
        let result = try Run.run(
            "/bin/sh",
            [
                "-c", "\"$0\" -o \"$1\" - < \"$2\"", LogInstanceTests.remote!,
                folder.appendingPathComponent("remote.journal").path, input.path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        try FileManager.default.removeItem(at: input)
        return folder.path
    }

    /// `spotcheck ARGUMENTS` with TZ set to `zone`.
    static func inZone(_ zone: String, _ arguments: [String]) throws -> Run.Result {
        try Run.run("/usr/bin/env", ["TZ=\(zone)", Run.binary.path] + arguments)
    }

    @Test(.enabled(if: LogInstanceTests.remote != nil, "needs systemd-journal-remote"))
    func logShowsLocalTimeWithItsOffsetAndJSONKeepsItsStamps() throws {
        let folder = try Self.journal()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shanghai = try Self.inZone("Asia/Shanghai", ["log", "--directory", folder])
        #expect(shanghai.status == 0, "\(shanghai.stderr)")
        #expect(shanghai.stdout.contains("2026-12-01 08:30:05 +08:00"), "\(shanghai.stdout)")
        #expect(!shanghai.stdout.contains("T00:30:05") && !shanghai.stdout.contains("Z "), "\(shanghai.stdout)")
        let york = try Self.inZone("America/New_York", ["log", "--directory", folder])
        #expect(york.stdout.contains("2026-11-30 19:30:05 -05:00"), "\(york.stdout)")
        let utc = try Self.inZone("UTC", ["log", "--directory", folder])
        #expect(utc.stdout.contains("2026-12-01 00:30:05 +00:00"), "\(utc.stdout)")
        // --json: ISO 8601 as before, for programs.
        let json = try Self.inZone("Asia/Shanghai", ["log", "--directory", folder, "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.first?["time"] as? String == "2026-12-01T08:30:05+08:00", "\(json.stdout)")
    }
}
