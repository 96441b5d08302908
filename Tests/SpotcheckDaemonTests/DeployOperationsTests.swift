import Foundation
import Testing

/// What deploy/ promises an administrator beyond a running service: a configuration error is
/// not restarted for ever, a failing start gives up, install.sh prints commands that work, and
/// backups and restores are written down (scripts/e2e-systemd.sh checks the same under systemd).
@Suite struct DeployOperationsTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOf: Harness.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The lines of one `[Section]` of a unit file.
    static func section(_ name: String, of unit: String) -> [String] {
        var inside = false
        var lines: [String] = []
        for line in unit.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("[") { inside = line == "[\(name)]" } else if inside { lines.append(String(line)) }
        }
        return lines
    }

    @Test func aConfigurationErrorIsNotRestartedAndAFailingStartGivesUp() throws {
        let unit = try Self.text("deploy/spotcheckd.service")
        let service = Self.section("Service", of: unit)
        #expect(service.contains("Restart=on-failure"))
        #expect(service.contains("RestartPreventExitStatus=78"))
        // systemd reads the start limit only in [Unit]; there it must stop restarts every 5 s.
        let header = Self.section("Unit", of: unit)
        let burst = try #require(header.first { $0.hasPrefix("StartLimitBurst=") }?.split(separator: "=").last)
        let interval = try #require(header.first { $0.hasPrefix("StartLimitIntervalSec=") })
        #expect(Int(burst).map { $0 >= 3 && $0 <= 10 } == true)
        #expect(interval == "StartLimitIntervalSec=2min")
        #expect(Int(burst)! * 5 < 120, "restarts 5 s apart must reach the limit within its interval")
    }

    @Test func installPrintsCommandsThatNameTheirSnippetsAndTheRestartAfterAnUpgrade() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("spotcheck-ops-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (prefix, tmpfiles) in [("/usr/local", "/etc/tmpfiles.d"), ("/usr", "/usr/lib/tmpfiles.d")] {
            let result = try DeployTests.run(
                "/bin/bash", ["deploy/install.sh"],
                environment: [
                    "DESTDIR": root.path, "PREFIX": prefix,
                    "SPOTCHECK_BIN": DaemonProcess.binary.deletingLastPathComponent().path,
                ])
            #expect(result.status == 0, "\(result.output)")
            #expect(
                result.output.contains("systemd-tmpfiles --create \(tmpfiles)/spotcheck.conf\n"), "\(result.output)")
            #expect(result.output.contains("systemctl daemon-reload && systemctl restart spotcheckd"))
            #expect(!result.output.contains("note: journalctl reads catalogs"))
        }
        let other = try DeployTests.run(
            "/bin/bash", ["deploy/install.sh"],
            environment: [
                "DESTDIR": root.path, "PREFIX": "/opt/spotcheck",
                "SPOTCHECK_BIN": DaemonProcess.binary.deletingLastPathComponent().path,
            ])
        #expect(other.output.contains("note: journalctl reads catalogs"), "\(other.output)")
    }

    @Test func backupRestoreAndTheirLimitsAreDocumentedWhereTheReadmeSends() throws {
        let readme = try Self.text("README.md")
        #expect(readme.contains("docs/operations.md"))
        #expect(readme.contains("| 75 |"))
        let operations = try Self.text("docs/operations.md")
        for needed in [
            ".backup", "umask 077", "publication-key", "conflict-salts.csv", "anchor.json",
            "/etc/credstore.encrypted/spotcheck-", "spotcheckd --accept-restored-state",
            "cannot be restored", "ReadWritePaths=", "RestartPreventExitStatus=78", "reset-failed",
            "systemctl daemon-reload && systemctl restart spotcheckd", "## Uninstalling",
        ] {
            #expect(operations.contains(needed), "docs/operations.md does not say \(needed)")
        }
    }
}
