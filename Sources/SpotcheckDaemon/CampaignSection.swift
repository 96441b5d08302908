import SpotcheckCampaign
import SpotcheckLedger
import SpotcheckRoster

/// `[campaign]` and `[complaints]` of spotcheckd.toml.
enum CampaignSection {
    static func decode(
        _ root: inout TableReader, file: String, resolve: (String) -> String
    ) -> (CampaignPlan?, ComplaintClocks, [InputError]) {
        var errors: [InputError] = []
        var plan: CampaignPlan?
        if let table = root.table("campaign") {
            let decoded = CampaignConfig.decode(table, file: file, resolve: resolve)
            plan = decoded.plan
            errors += decoded.errors
        }
        var clocks = ComplaintClocks()
        if let table = root.table("complaints") {
            var reader = TableReader(table, file: file, name: "complaints")
            clocks.acceptanceDays = reader.integer(
                "acceptance_working_days", default: clocks.acceptanceDays, range: 1...365)
            clocks.feedbackDays = reader.integer("feedback_working_days", default: clocks.feedbackDays, range: 1...365)
            errors += reader.finish()
        }
        return (plan, clocks, errors)
    }

    /// A campaign's self-inspection forms ask about `[ledger] prohibitions` (the codes findings
    /// cite): without any, the step into self-inspection would issue no form and the gate into
    /// supervision could never hold, so a `[campaign]` without them is refused, at the list's
    /// line (or `[ledger]`'s, or `[campaign]`'s when there is no `[ledger]`).
    static func requireProhibitions(
        campaign: TOMLTable?, ledger: TOMLTable?, settings: LedgerSettings, refused: [InputError], file: String
    ) -> [InputError] {
        guard let campaign, settings.rules.prohibitions.rules.isEmpty,
            !refused.contains(where: { $0.field == "ledger.prohibitions" })  // a list already refused as written
        else { return [] }
        var reader = TableReader(ledger ?? TOMLTable(line: campaign.line), file: file, name: "ledger")
        reader.fail(
            "prohibitions",
            "is required with a [campaign]: the prohibitions its self-inspection forms ask about and findings cite; write prohibitions = [\"P01 text\", \"P02 text\", …] under [ledger], each \"CODE text\""
        )
        return reader.errors
    }
}
