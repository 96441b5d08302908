extension Catalogue {
    /// A release of the running campaign not yet used, in `spotcheck campaign status` and
    /// `spotcheck status` (docs/campaign.md, "Keeping to the plan").
    public enum CampaignRelease {
        public static func pending(_ actor: String, _ at: String, _ until: String, _ reason: String) -> Localized {
            Localized(
                en: "released:  by \(actor) at \(at), until \(until): a reload or start may replace or remove the "
                    + "campaign (or change its plan) once\n           reason: \(reason)\n",
                zh: "已准许更换：由 \(actor) 于 \(at) 准许，有效至 \(until)：其间可通过一次重新载入或启动更换或删除本专项整治"
                    + "（或更改其计划）\n            理由：\(reason)\n")
        }
    }

    /// `spotcheck self-inspection status` without a campaign: nothing to list, as `campaign status`
    /// says (exit 0).
    public enum SelfInspectionWithoutCampaign {
        public static let none = Localized(
            en: "no campaign is configured, so there are no self-inspection forms (a [campaign] section in "
                + "spotcheckd.toml starts one: docs/campaign.md)\n",
            zh: "未配置专项整治，因此没有自查自纠表（在 spotcheckd.toml 中添加 [campaign] 节即可开始：见 docs/campaign.md）\n")
    }
}
