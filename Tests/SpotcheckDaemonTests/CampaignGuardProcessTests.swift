import Foundation
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The running campaign against the real daemon: a reload that swaps its basis is refused (the
/// campaign stays where it was) until a coordinator releases it through the command line; a start
/// with such a configuration is refused too.
@Suite struct CampaignGuardProcessTests {
    @Test func aReloadSwappingTheBasisIsRefusedUntilReleasedAndAStartWithItToo() throws {
        let daemon = try DaemonProcess()
        try "1. 违规吃喝\n".write(
            to: daemon.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        let old = String(repeating: "0f", count: 32)
        let other = String(repeating: "ab", count: 32)
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700, extra: campaignSection())
        try daemon.start()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let cli = { (arguments: [String]) in try CampaignDaemonTests.spotcheck(daemon, arguments) }
        #expect(try cli(["campaign", "advance", "self-inspection", "--reason", "动员会已开"]).status == 0)

        try daemon.writeConfig(
            drawIn: 3600, revealIn: 3700, extra: campaignSection().replacingOccurrences(of: old, with: other))
        daemon.signal(SIGHUP)
        #expect(
            DaemonProcess.eventually(timeout: 10) { daemon.stderr.contains("change of the running campaign refused") },
            "\(daemon.stderr)")
        let kept = try cli(["campaign", "status", "--json"])
        #expect(kept.output.contains(old) && !kept.output.contains(other), "\(kept.output)")
        // --check-config (what `systemctl reload` runs first) refuses it too, beside the running daemon.
        let checkConfig = {
            try ControlTests.run(DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath])
        }
        let checked = try checkConfig()
        #expect(checked.status == 78, "\(checked.output)")
        #expect(
            checked.output.contains("campaign.basis_sha256: the configuration names another campaign"),
            "\(checked.output)")
        #expect(!checked.output.contains("OK:"), "\(checked.output)")
        let chinese = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath],
            environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 78, "\(chinese.output)")
        #expect(
            chinese.output.contains(
                "campaign.basis_sha256: 配置指定了另一项专项整治（basis_sha256 \(other)），它将从动员部署开始，"
                    + "而正在进行的专项整治 \(old) 已经开始，当前处于 自查自纠 (self-inspection)"),
            "\(chinese.output)")

        // Stopped and started again with it: refused as well (exit 78), nothing changed.
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0, "\(daemon.stderr)")
        try daemon.start()
        #expect(daemon.waitForExit() == 78, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("on start"), "\(daemon.stderr)")

        // Back to the running campaign, released by a coordinator (root), then reloaded: replaced.
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700, extra: campaignSection())
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let released = try cli(["campaign", "release", "--reason", "依据文件重新印发"])
        #expect(released.status == 0 && released.output.contains(old), "\(released.output)")
        // campaign status shows the pending release: who, until when, why.
        let pending = try cli(["campaign", "status"])
        #expect(pending.output.contains("released:  by uid 0 (root) at "), "\(pending.output)")
        #expect(pending.output.contains("reason: 依据文件重新印发"), "\(pending.output)")
        try daemon.writeConfig(
            drawIn: 3600, revealIn: 3700, extra: campaignSection().replacingOccurrences(of: old, with: other))
        let admitted = try checkConfig()
        #expect(admitted.status == 0, "a released campaign may be changed: \(admitted.output)")
        daemon.signal(SIGHUP)
        #expect(
            DaemonProcess.eventually(timeout: 10) { daemon.stderr.contains("replaced by \(other)") }, "\(daemon.stderr)"
        )
        let replaced = try cli(["campaign", "status", "--json"])
        #expect(replaced.output.contains(other) && replaced.output.contains("mobilisation"), "\(replaced.output)")
    }
}
