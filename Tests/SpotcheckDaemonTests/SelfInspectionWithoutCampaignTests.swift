import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Without a `[campaign]`, `spotcheck self-inspection status` says there are no forms and exits 0,
/// as `spotcheck campaign status` says there is no campaign: reading what does not exist is no
/// refused request (README, exit codes).
@Suite struct SelfInspectionWithoutCampaignTests {
    @Test func selfInspectionStatusWithoutACampaignSaysSoAndSucceedsLikeCampaignStatus() throws {
        let daemon = try ControlTests.startedDaemon()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let campaign = try RosterEditTests.spotcheck(daemon, ["campaign", "status"])
        #expect(campaign.status == 0 && campaign.output.contains("no campaign is configured"), "\(campaign.output)")

        let forms = try RosterEditTests.spotcheck(daemon, ["self-inspection", "status"])
        #expect(forms.status == 0, "\(forms.output)")
        #expect(
            forms.output.contains("no campaign is configured, so there are no self-inspection forms"), "\(forms.output)"
        )
        let listed = try RosterEditTests.spotcheck(daemon, ["self-inspection", "list", "--json"])
        #expect(listed.status == 0, "\(listed.output)")
        let json = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any]
        #expect((json?["forms"] as? [Any])?.isEmpty == true, "\(listed.output)")

        let chinese = try ChineseOutputTests.spotcheck(daemon, ["self-inspection", "status"], locale: "zh_CN.UTF-8")
        #expect(chinese.status == 0 && chinese.output.contains("未配置专项整治，因此没有自查自纠表"), "\(chinese.output)")

        // Issuing forms still needs a campaign: a change, refused as before (exit 65).
        #expect(try RosterEditTests.spotcheck(daemon, ["self-inspection", "issue"]).status == 65)
    }
}
