import Foundation
import SpotcheckLedger
import SpotcheckRoster
import Testing

@testable import SpotcheckDaemon

/// A campaign's self-inspection forms ask about `[ledger] prohibitions`: a `[campaign]` without
/// them would step into self-inspection issuing no form, and the gate into supervision would never
/// hold. Such a configuration is refused when it is read, naming the key and what to write.
@Suite(.serialized) struct CampaignProhibitionsRequiredTests {
    static let message =
        "is required with a [campaign]: the prohibitions its self-inspection forms ask about and findings cite; "
        + "write prohibitions = [\"P01 text\", \"P02 text\", …] under [ledger], each \"CODE text\""

    static func parse(_ daemon: DaemonProcess) throws(InputErrors) -> DaemonConfig {
        let bytes = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: daemon.configPath)))) ?? []
        return try DaemonConfig.parse(bytes, file: daemon.configPath)
    }

    /// The 1-based line of the configuration file that starts with `prefix`.
    static func line(_ daemon: DaemonProcess, _ prefix: String) throws -> Int {
        let text = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.hasPrefix(prefix) }) + 1
    }

    @Test func aCampaignWithoutTheLedgersProhibitionsIsRefusedAtTheLineToChange() throws {
        let daemon = try DaemonProcess()
        // No [ledger] at all: named at the [campaign] header.
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700, extra: campaignSection(ledger: nil))
        do {
            _ = try Self.parse(daemon)
            Issue.record("a [campaign] without [ledger] prohibitions was read")
        } catch {
            #expect(error.errors.count == 1, "\(error)")
            #expect(error.errors.first?.field == "ledger.prohibitions", "\(error)")
            #expect(error.errors.first?.message == Self.message, "\(error)")
            #expect(error.errors.first?.line == (try Self.line(daemon, "[campaign]")), "\(error)")
        }
        // An empty list: named at the list.
        try daemon.writeConfig(
            drawIn: 3600, revealIn: 3700,
            extra: campaignSection(ledger: "[ledger]\nextension_cap = 1\nprohibitions = []"))
        do {
            _ = try Self.parse(daemon)
            Issue.record("a [campaign] with an empty [ledger] prohibitions was read")
        } catch {
            #expect(error.errors.map(\.field) == ["ledger.prohibitions"], "\(error)")
            #expect(error.errors.first?.line == (try Self.line(daemon, "prohibitions = []")), "\(error)")
        }
        // With the list, or without a campaign, it is read.
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700, extra: campaignSection())
        #expect(try Self.parse(daemon).ledger.rules.prohibitions.rules.map(\.code) == ["P01", "P02"])
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        #expect(try Self.parse(daemon).campaign == nil)
    }

    @Test func checkConfigAndStartRefuseItWithExit78InTheReadersLanguage() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700, extra: campaignSection(ledger: nil))
        let checked = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath])
        #expect(checked.status == 78, "\(checked.output)")
        #expect(checked.output.contains("ledger.prohibitions: \(Self.message)"), "\(checked.output)")
        let chinese = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath],
            environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 78, "\(chinese.output)")
        #expect(
            chinese.output.contains("ledger.prohibitions: 配置了 [campaign] 时为必填项：自查自纠表逐条询问"),
            "\(chinese.output)")
        try daemon.start()
        #expect(daemon.waitForExit() == 78, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("ledger.prohibitions"), "\(daemon.stderr)")
    }
}
