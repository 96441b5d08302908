import Foundation
import SpotcheckProtocol
import SpotcheckStore
import Testing

/// The main commands against a running spotcheckd, read by a Chinese official (LANG=zh_CN.UTF-8)
/// and by anyone else (LANG=C): the same facts, each in its language.
@Suite(.serialized) struct ChineseOutputTests {
    static func spotcheck(
        _ daemon: DaemonProcess, _ arguments: [String], locale: String
    ) throws -> (
        status: Int32, output: String
    ) {
        try ControlTests.run(
            ControlTests.cli, arguments,
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "TZ": "UTC", "LANG": locale])
    }

    @Test func statusTeamsOrderAndRefusalsSpeakTheReadersLanguage() throws {
        let daemon = try DailyUseTests.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        #expect(DaemonProcess.eventually { (try? Store(path: daemon.statePath).draws().first?.revealedAt) != nil })

        let status = try Self.spotcheck(daemon, ["status"], locale: "C")
        let 状态 = try Self.spotcheck(daemon, ["status"], locale: "zh_CN.UTF-8")
        #expect(status.status == 0 && 状态.status == 0, "\(status.output)\(状态.output)")
        #expect(status.output.contains("roster: ") && status.output.contains("Targets/day"), "\(status.output)")
        #expect(状态.output.contains("名册：") && 状态.output.contains("每日抽取"), "\(状态.output)")
        #expect(!状态.output.contains("Targets/day") && !状态.output.contains("roster:"), "\(状态.output)")

        let order = ["order", "county", "d-shuiwu", "--reason", "群众投诉"]
        let ordered = try Self.spotcheck(daemon, order, locale: "zh_CN.UTF-8")
        #expect(ordered.status == 0, "\(ordered.output)")
        #expect(ordered.output.contains("指定检查，第 ") && ordered.output.contains("组长"), "\(ordered.output)")

        let teams = try Self.spotcheck(daemon, ["teams"], locale: "C")
        let 名单 = try Self.spotcheck(daemon, ["teams"], locale: "zh_CN.UTF-8")
        #expect(teams.output.contains("ordered, reason: 群众投诉") && teams.output.contains("report at"))
        #expect(名单.output.contains("指定检查，事由：群众投诉"), "\(名单.output)")
        #expect(名单.output.contains("报到时间") && 名单.output.contains("随机抽取"), "\(名单.output)")
        #expect(!名单.output.contains("report at") && !名单.output.contains(" lead "), "\(名单.output)")

        // A refused edit: the refusal's frame in Chinese, the department named as the user knows it.
        let refused = try Self.spotcheck(
            daemon, ["departments", "set", "d-shuiwu", "--pools", "countyy"], locale: "zh_CN.UTF-8")
        #expect(refused.status != 0)
        #expect(refused.output.contains("未知的抽签池 'countyy'"), "\(refused.output)")
        let weight = try Self.spotcheck(
            daemon, ["departments", "set", "d-shuiwu", "--weight", "-5"], locale: "zh_CN.UTF-8")
        #expect(weight.status == 64 && weight.output.contains("权重须为 0 到 1000000 之间的整数"), "\(weight.output)")

        let why = try Self.spotcheck(daemon, ["why", "i001", "d-fagai"], locale: "zh_CN.UTF-8")
        #expect(why.output.contains("d-fagai") && why.output.contains("检查"), "\(why.output)")
        #expect(!why.output.contains("may "), "\(why.output)")
        // The daemon's reason (a code and English) is told in Chinese too: i001 works in d-fagai.
        #expect(why.output.contains("  - 本单位"), "\(why.output)")
    }
}
