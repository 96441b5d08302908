import SpotcheckCore
import SpotcheckDaemon
import SpotcheckRoster
import Testing

/// The team-composition keys in a pool's `[pool.policy]` table of the daemon configuration.
@Suite struct CompositionConfigTests {
    static func parse(_ text: String) throws(InputErrors) -> DaemonConfig {
        try DaemonConfig.parse(Array(text.utf8), file: "/etc/spotcheck/spotcheckd.toml")
    }

    @Test func aPoolMayRequireTheCommissionAsLeadAndAFinanceAuditOrMarketMember() throws {
        let config = try Self.parse(
            """
            [[pool]]
            name = "county"
            draw_time = "07:00"
            reveal_time = "08:00"
            [pool.policy]
            lead_from = "d-jiwei"
            member_from = ["d-shichang d-caizheng d-shenji"]
            """)
        #expect(
            config.pools[0].policy.composition
                == Composition(leadFrom: ["d-jiwei"], memberFrom: [["d-caizheng", "d-shenji", "d-shichang"]]))
        #expect(config.pools[0].policy.canonicalText.hasSuffix("member_from\td-caizheng d-shenji d-shichang\n"))
    }

    @Test func leadFromWithoutARequiredLeadIsRefusedByName() {
        do {
            _ = try Self.parse(
                """
                [[pool]]
                name = "county"
                draw_time = "07:00"
                reveal_time = "08:00"
                [pool.policy]
                lead_required = false
                lead_from = "d-jiwei"
                """)
            Issue.record("accepted lead_from without lead_required")
        } catch {
            #expect(error.errors.contains { $0.field == "pool.policy.lead_from" }, "\(error.errors)")
        }
    }
}
