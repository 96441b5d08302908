import Foundation
import SpotcheckDaemon
import SpotcheckProtocol
import Testing

/// The files in deploy/, installed into a staging root and checked with systemd's own tools.
@Suite(.serialized) struct DeployTests {
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:]
    ) throws -> (
        status: Int32, output: String
    ) {
        try ControlTests.run(executable, arguments, environment: environment, in: Harness.packageRoot)
    }

    /// Installs with deploy/install.sh into a fresh staging root, using the binaries of this build.
    static func install() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spotcheck-root-\(UUID().uuidString.prefix(8))")
        let result = try run(
            "/bin/bash", ["deploy/install.sh"],
            environment: ["DESTDIR": root.path, "SPOTCHECK_BIN": DaemonProcess.binary.deletingLastPathComponent().path])
        #expect(result.status == 0, "\(result.output)")
        return root
    }

    static let analyze = "/usr/bin/systemd-analyze"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyze), "needs systemd-analyze"))
    func theUnitVerifiesCleanly() throws {
        let root = try Self.install()
        let unit = try String(
            contentsOf: root.appendingPathComponent("etc/systemd/system/spotcheckd.service"), encoding: .utf8)
        #expect(unit.contains("ExecStart=/usr/local/bin/spotcheckd --config /etc/spotcheck/spotcheckd.toml"))
        // Verify the installed unit against the installed binary and man pages.
        let staged = root.appendingPathComponent("spotcheckd.service")
        try unit.replacing("/usr/local/bin/", with: root.path + "/usr/local/bin/").write(
            to: staged, atomically: true, encoding: .utf8)
        let result = try Self.run(
            Self.analyze, ["verify", staged.path],
            environment: ["MANPATH": root.appendingPathComponent("usr/local/share/man").path])
        #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyze), "needs systemd-analyze"))
    func theUnitIsHardened() throws {
        let result = try Self.run(Self.analyze, ["security", "--offline=yes", "deploy/spotcheckd.service"])
        let line = try #require(result.output.split(separator: "\n").first { $0.contains("Overall exposure level") })
        let score = try #require(Double(line.split(separator: ":").last!.split(separator: " ").first!))
        #expect(score <= 1.5, "\(line)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/journalctl"), "needs journalctl"))
    func theCatalogExplainsEveryEvent() throws {
        let root = try Self.install()
        let result = try Self.run("/usr/bin/journalctl", ["--update-catalog", "--root", root.path])
        #expect(result.status == 0, "\(result.output)")
        let catalog = try String(contentsOfFile: "deploy/spotcheck.catalog", encoding: .utf8)
        for event in SpotcheckProtocol.Event.allCases {
            #expect(catalog.contains("-- \(event.messageID)\n"), "\(event) has no catalog entry")
        }
    }

    @Test func theUnitHandsTheDaemonBothKeysAsEncryptedCredentialsAndSaysHowToMakeThem() throws {
        let unit = try String(contentsOfFile: "deploy/spotcheckd.service", encoding: .utf8)
        for name in [IdentitySeal.credentialName, PublicationKey.credentialName] {
            #expect(unit.contains("\nLoadCredentialEncrypted=\(name)\n"), "\(name) is not loaded by the unit")
            #expect(
                unit.contains("systemd-creds encrypt --name=\(name) -"), "the unit does not say how to make \(name)")
        }
        let docs = try String(contentsOfFile: "docs/publication.md", encoding: .utf8)
        #expect(docs.contains("systemd-creds encrypt --name=\(PublicationKey.credentialName)"))
    }

    @Test func theExampleConfigurationIsValidAsInstalled() throws {
        let root = try Self.install()
        let config = root.appendingPathComponent("etc/spotcheck/spotcheckd.toml")
        var text = try String(contentsOf: config, encoding: .utf8)
        text = text.replacing("\"/etc/spotcheck/roster\"", with: "\"\(root.path)/etc/spotcheck/roster\"")
        try text.write(to: config, atomically: true, encoding: .utf8)
        let result = try Self.run(DaemonProcess.binary.path, ["--check-config", "--config", config.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("OK: 2 pool(s)"))
    }
}
