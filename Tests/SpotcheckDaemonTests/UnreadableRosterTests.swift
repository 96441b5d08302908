import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A roster file the daemon's user may not read is refused naming that user and its group and what
/// to do, in the reader's language (the administrator who reads it is usually root, who could).
@Suite struct UnreadableRosterTests {
    typealias Restore = RestoreProcedureTests

    @Test(.enabled(if: Restore.canSwitch, "needs root, setpriv and the user nobody"))
    func aRosterFileTheServicesUserCannotReadNamesThatUserAndTheFix() throws {
        let daemon = try DaemonProcess()
        chmod(daemon.folder.path, 0o777)
        let roster = try Restore.rosterBesideConfiguration(daemon)
        chmod("\(roster)/departments.csv", 0o600)
        let command =
            Array(Restore.asUser.dropFirst()) + [
                DaemonProcess.binary.path, "--config", daemon.configPath, "--check-config",
            ]
        let english = try ControlTests.run(Restore.asUser[0], command)
        #expect(english.status == 78, "\(english.output)")
        #expect(
            english.output.contains(
                "departments.csv: cannot be read by nobody (uid 65534), the user spotcheckd runs as (no permission)"),
            "\(english.output)")
        #expect(english.output.contains("chgrp nogroup FILE && chmod g+r FILE"), "\(english.output)")
        let chinese = try ControlTests.run(Restore.asUser[0], command, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 78, "\(chinese.output)")
        #expect(
            chinese.output.contains("spotcheckd 的运行用户 nobody (uid 65534) 无法读取（没有权限）"), "\(chinese.output)")

        // A file that is missing is still said to be missing.
        try FileManager.default.removeItem(atPath: "\(roster)/departments.csv")
        let missing = try ControlTests.run(Restore.asUser[0], command)
        #expect(missing.status == 78 && missing.output.contains("missing"), "\(missing.output)")
        #expect(!missing.output.contains("the user spotcheckd runs as"), "\(missing.output)")
    }
}
