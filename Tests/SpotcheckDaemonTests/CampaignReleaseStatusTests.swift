import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckDaemon

/// A coordinator's release of the running campaign shows in `GetCampaign` (and so in `spotcheck
/// campaign status` and `spotcheck status`) while a reload or start could still use it: who gave
/// it, when, why and until when; it is gone once used or expired.
@Suite struct CampaignReleaseStatusTests {
    typealias Guard = CampaignGuardTests

    static func release(_ control: DaemonControl) -> [String: Any]? {
        let reply = CampaignControlTests.call(
            control, "io.spotcheck.Campaign.GetCampaign", Varlink.Empty(), as: CampaignControlTests.root)
        let campaign = (reply["parameters"] as? [String: Any])?["campaign"] as? [String: Any]
        return campaign?["release"] as? [String: Any]
    }

    @Test func aPendingReleaseShowsWhoGaveItWhyAndUntilWhenUntilItIsUsed() throws {
        let (harness, events, control) = try Guard.inSelfInspection()
        #expect(Self.release(control) == nil)

        let released = CampaignControlTests.call(
            control, "io.spotcheck.Campaign.Release", CampaignMessages.ReleaseParameters(reason: "依据文件重新印发"),
            as: CampaignControlTests.root)
        let until = try #require(SelfInspectionServiceTests.parameters(released)["valid_until"] as? String)
        let shown = try #require(Self.release(control))
        #expect(shown["reason"] as? String == "依据文件重新印发", "\(shown)")
        #expect((shown["actor"] as? String)?.contains("root") == true, "\(shown)")
        #expect(shown["valid_until"] as? String == until, "\(shown)")
        #expect(shown["at"] as? String != nil, "\(shown)")

        // Used by a reload that removes the campaign's section... then the campaign comes back
        // (it has begun, but the release is used up): nothing is pending any more.
        try CampaignGuard.admit(
            Guard.changed(harness.config, basis: nil), when: "reload", store: harness.store, events: events,
            now: Date())
        #expect(Self.release(control) == nil)
    }

    @Test func anExpiredReleaseIsNotShown() throws {
        let (harness, _, control) = try Guard.inSelfInspection()
        _ = CampaignControlTests.call(
            control, "io.spotcheck.Campaign.Release", CampaignMessages.ReleaseParameters(reason: "结束"),
            as: CampaignControlTests.root)
        let plan = try #require(harness.config.campaign)
        let local = LocalTime(zone: TimeZone(identifier: "Asia/Shanghai")!)
        #expect(try CampaignGuard.pendingRelease(plan, store: harness.store, now: Date(), local: local) != nil)
        #expect(
            try CampaignGuard.pendingRelease(
                plan, store: harness.store, now: Date().addingTimeInterval(25 * 3600), local: local) == nil)
    }
}
