import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `spotcheck status` and `spotcheck campaign status` show the campaign, its active phase, the
/// gate into the next step and, when it does not hold, what blocks it, in the reader's language.
@Suite struct CampaignStatusTests {
    @Test func statusNamesWhatBlocksTheGateIntoTheNextStep() throws {
        let daemon = try DaemonProcess()
        // The prohibitions list is missing: the gate into self-inspection does not hold.
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700, extra: campaignSection(prohibitions: "missing.txt"))
        try daemon.start()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        func run(_ arguments: [String], language: String = "C.UTF-8") throws -> (status: Int32, output: String) {
            try ControlTests.run(
                ControlTests.cli, arguments, environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "LANG": language])
        }
        for arguments in [["status"], ["campaign", "status"]] {
            let english = try run(arguments)
            #expect(english.status == 0, "\(english.output)")
            #expect(english.output.contains("campaign: 专项整治"), "\(english.output)")
            #expect(
                english.output.contains("(self-inspection)") && english.output.contains("blocked"), "\(english.output)")
            #expect(english.output.contains("BLOCKS") && english.output.contains("missing.txt"), "\(english.output)")
            let chinese = try run(arguments, language: "zh_CN.UTF-8")
            #expect(chinese.output.contains("未满足") && chinese.output.contains("missing.txt"), "\(chinese.output)")
        }
        let advance = try run(["campaign", "advance", "self-inspection", "--reason", "动员部署完成"])
        #expect(advance.status == 1 && advance.output.contains("missing.txt"), "\(advance.output)")
    }
}
