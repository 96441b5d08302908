import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `spotcheck log` picks one daemon's entries (its unit, one run of it), and says so when the
/// journal cannot be read instead of showing an empty table.
@Suite struct LogInstanceTests {
    static let remote = ["/lib/systemd/systemd-journal-remote", "/usr/lib/systemd/systemd-journal-remote"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// A journal folder with draw commitments of two runs of spotcheckd.service and one of
    /// spotcheckd-test.service (journal-remote writes the trusted fields journald would).
    static func journal() throws -> URL {
        let folder = try Run.temporaryDirectory()
        var export = ""
        let now = Int(Date().timeIntervalSince1970 * 1_000_000)
        for (index, (unit, run, message)) in [
            ("spotcheckd.service", "a", "first run"), ("spotcheckd.service", "b", "second run"),
            ("spotcheckd-test.service", "c", "test unit"),
        ].enumerated() {
            export += """
                __CURSOR=s=0;i=\(index + 1)
                __REALTIME_TIMESTAMP=\(now + index)
                __MONOTONIC_TIMESTAMP=\(index + 1)
                _BOOT_ID=00000000000000000000000000000001
                SYSLOG_IDENTIFIER=spotcheckd
                MESSAGE_ID=1db5e38a1f2241d9a06971cb4e154efb
                MESSAGE=\(message)
                SPOTCHECK_DATE=2026-12-01
                _SYSTEMD_UNIT=\(unit)
                _SYSTEMD_INVOCATION_ID=\(String(repeating: run, count: 32))


                """
        }
        let input = folder.appendingPathComponent("export.txt")
        try export.write(to: input, atomically: true, encoding: .utf8)
        let result = try Run.run(
            "/bin/sh",
            [
                "-c", "\"$0\" -o \"$1\" - < \"$2\"", remote!, folder.appendingPathComponent("remote.journal").path,
                input.path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        try FileManager.default.removeItem(at: input)
        return folder
    }

    @Test(.enabled(if: remote != nil, "needs systemd-journal-remote"))
    func logShowsOneRunOrOneUnitWhenAsked() throws {
        let folder = try Self.journal().path
        let all = try Run.spotcheck(["log", "--directory", folder])
        #expect(all.status == 0 && all.stdout.contains("3 entries"), "\(all.stdout)\(all.stderr)")
        // Entries of several runs say which run each is.
        #expect(all.stdout.contains("Run") && all.stdout.contains("bbbbbbbb"), "\(all.stdout)")

        let second = try Run.spotcheck([
            "log", "--directory", folder, "--invocation", String(repeating: "b", count: 32),
        ])
        #expect(second.stdout.contains("second run") && !second.stdout.contains("first run"), "\(second.stdout)")
        #expect(second.stdout.contains("1 entries") && !second.stdout.contains("bbbbbbbb"), "\(second.stdout)")

        let unit = try Run.spotcheck(["log", "--directory", folder, "--unit", "spotcheckd-test", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(unit.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 1 && entries.first?["unit"] as? String == "spotcheckd-test.service")
        #expect(entries.first?["invocationId"] as? String == String(repeating: "c", count: 32))
        try JSONCheck.expectValid(unit.stdout, schema: "log")

        let service = try Run.spotcheck(["log", "--directory", folder, "--unit", "spotcheckd.service"])
        #expect(service.stdout.contains("2 entries") && !service.stdout.contains("test unit"), "\(service.stdout)")

        let bad = try Run.spotcheck(["log", "--directory", folder, "--invocation", "yesterday"])
        #expect(bad.status == 64 && bad.stderr.contains("32 lowercase hex digits"), "\(bad.stderr)")
    }

    @Test(
        .enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser"), "needs root"))
    func aUserWhoCannotReadTheJournalIsToldWhyNotShownAnEmptyTable() throws {
        // nobody is in neither systemd-journal nor adm. The checkout may sit in a folder only
        // root can enter, so nobody runs a copy of the CLI from a folder of its own (0755).
        var template = Array("/tmp/spotcheck-log-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw POSIXError(.EIO) }
        let folder = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        chmod(folder, 0o755)
        let cli = "\(folder)/spotcheck"
        try FileManager.default.copyItem(atPath: Run.binary.path, toPath: cli)
        chmod(cli, 0o755)
        let result = try Run.run("/usr/sbin/runuser", ["-u", "nobody", "--", cli, "log"])
        #expect(result.status == 77 || result.status == 66, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("entries"), "\(result.stdout)")
        if result.status == 77 {
            #expect(
                result.stderr.contains("systemd-journal") && result.stderr.contains("usermod -aG"), "\(result.stderr)")
            #expect(result.stderr.contains("nobody"), "\(result.stderr)")
        } else {
            #expect(result.stderr.contains("no system journal"), "\(result.stderr)")
        }
        let chinese = try Run.run(
            "/usr/sbin/runuser", ["-u", "nobody", "--", cli, "log"], locale: "zh_CN.UTF-8")
        #expect(chinese.status == result.status && chinese.stderr.contains("系统日志"), "\(chinese.stderr)")
    }
}
