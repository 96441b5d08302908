import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A pool whose `lead_from` or `member_from` names no department of the roster would draw no team
/// on any day: `--check-config` and start-up refuse it, naming the key, the id and the nearest id.
@Suite(.serialized) struct CompositionTypoConfigTests {
    static let typo = """
        [pool.policy]
        lead_from = "d-zhifaa"
        member_from = ["d-caizheng d-shenjii"]
        """

    @Test func checkConfigRefusesALeadFromThatNamesNoDepartmentAndSuggestsTheNearest() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 60, revealIn: 120, extra: Self.typo)
        let result = try ControlTests.run(DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath])
        #expect(result.status == 78, "\(result.output)")
        #expect(
            result.output.contains("pool.policy.lead_from: pool 'county': lead_from names 'd-zhifaa'")
                && result.output.contains("did you mean 'd-zhifa'?"), "\(result.output)")
        #expect(
            result.output.contains("pool.policy.member_from: pool 'county': member_from names 'd-shenjii'")
                && result.output.contains("did you mean 'd-shenji'?"), "\(result.output)")
        #expect(!result.output.contains("OK:"), "\(result.output)")

        // The daemon does not start with it either, and says why.
        try daemon.start()
        let status = daemon.waitForExit()
        #expect(status == 78, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("lead_from names 'd-zhifaa'"), "\(daemon.stderr)")

        // Spelled right, both pass.
        try daemon.writeConfig(
            drawIn: 60, revealIn: 120,
            extra: Self.typo.replacing("d-zhifaa", with: "d-zhifa").replacing("d-shenjii", with: "d-shenji"))
        let fixed = try ControlTests.run(DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath])
        #expect(fixed.status == 0 && fixed.output.contains("OK: 1 pool(s)"), "\(fixed.output)")
    }
}
