import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What `spotcheckd --check-config` says of the state folder when run as root.
@Suite struct CheckConfigStateTests {
    /// Run as root without an owner to become, it says which case it is: the state folder not
    /// made yet, or one that belongs to root (never "does not exist yet or belongs to root").
    @Test(.enabled(if: geteuid() == 0)) func checkedAsRootSaysWhetherTheStateIsMissingOrRoots() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 600, revealIn: 1200)
        let state = daemon.folder.appendingPathComponent("state").path
        try? FileManager.default.removeItem(atPath: state)
        let missing = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath])
        #expect(missing.status == 0, "\(missing.output)")
        #expect(missing.output.contains("checked as root (\(state) does not exist yet)"), "\(missing.output)")
        #expect(!missing.output.contains("belongs to root"), "\(missing.output)")

        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let roots = try ControlTests.run(DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath])
        #expect(roots.status == 0, "\(roots.output)")
        #expect(roots.output.contains("checked as root (\(state) belongs to root)"), "\(roots.output)")
        #expect(!roots.output.contains("does not exist"), "\(roots.output)")
    }
}
