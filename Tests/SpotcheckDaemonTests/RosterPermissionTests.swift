import Foundation
import Testing

/// The roster in /etc holds personal data: root and the daemon's group only.
@Suite struct RosterPermissionTests {
    @Test func theInstalledRosterIsReadableByRootAndTheDaemonsGroupOnly() throws {
        let root = try DeployTests.install()
        let folder = root.appendingPathComponent("etc/spotcheck/roster").path
        let manager = FileManager.default
        #expect((try manager.attributesOfItem(atPath: folder)[.posixPermissions] as? Int) == 0o750)
        let files = try manager.contentsOfDirectory(atPath: folder)
        #expect(files.contains("conflicts.csv"))
        for file in files {
            let mode = try manager.attributesOfItem(atPath: "\(folder)/\(file)")[.posixPermissions] as? Int
            #expect(mode == 0o640, "\(file) is \(String(mode ?? 0, radix: 8))")
        }
        let tmpfiles = try String(
            contentsOf: root.appendingPathComponent("etc/tmpfiles.d/spotcheck.conf"), encoding: .utf8)
        #expect(tmpfiles.contains("d /etc/spotcheck/roster 0750 root spotcheck -"))
        #expect(tmpfiles.contains("Z /etc/spotcheck/roster ~0750 root spotcheck -"))
    }
}
