import SpotcheckCampaign
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
}
