// Replacement report times, composition rules checked against the roster, and complaint
// statistics by closed month.

extension Catalogue {
    /// What `spotcheck replace` adds when the newcomer's report time is not the team's.
    public enum ReplaceReport {
        public static func laterThanTeam(_ newcomer: String, _ time: String, _ team: String) -> Localized {
            Localized(
                en: "Note: \(newcomer) is told only now and reports at \(time), not with the team at \(team) "
                    + "(the pool's notice runs from the replacement); tell the team.\n",
                zh: "注意：\(newcomer) 现在才接到通知，报到时间为 \(time)，而非检查组的 \(team)"
                    + "（抽签池的提前通知时间自替换时起算）；请告知检查组。\n")
        }
    }
}

extension Catalogue {
    /// A pool's team-composition rule (`lead_from`, `member_from`) read against the roster: what
    /// `spotcheckd --check-config`, start-up and reload warn about, and why a roster edit through
    /// the socket is refused.
    public enum CompositionRules {
        /// `lead_from` names departments none of whose active inspectors may lead.
        public static func noLead(_ pool: String, _ departments: String) -> Localized {
            Localized(
                en: "warning: pool '\(pool)': lead_from names \(departments), but no active inspector of them can "
                    + "lead: every team of the pool would go without a lead (a shortfall in every draw); mark one "
                    + "able to lead (spotcheck inspectors set ID --lead) or change lead_from",
                zh: "警告：抽签池“\(pool)”的 lead_from 指定了 \(departments)，但这些单位没有在职且可任组长的检查人员："
                    + "该池每个检查组都将缺组长（每次抽签都有缺额）；请将其中一人设为可任组长"
                    + "（spotcheck inspectors set ID --lead），或修改 lead_from")
        }

        /// A `member_from` group none of whose departments has an active inspector.
        public static func noMember(_ pool: String, _ departments: String) -> Localized {
            Localized(
                en: "warning: pool '\(pool)': member_from names \(departments), but no active inspector comes from "
                    + "them: every team of the pool would lack that member (a shortfall in every draw)",
                zh: "警告：抽签池“\(pool)”的 member_from 指定了 \(departments)，但这些单位没有在职的检查人员："
                    + "该池每个检查组都将缺少这一成员（每次抽签都有缺额）")
        }

        /// A department a rule names is closed (its inspectors still inspect; the rule is stale).
        public static func closedNamed(_ pool: String, _ key: String, _ department: String) -> Localized {
            Localized(
                en: "warning: pool '\(pool)': \(key) names \(department), which is closed in the roster; "
                    + "take it out of \(key) if it is gone",
                zh: "警告：抽签池“\(pool)”的 \(key) 指定了 \(department)，该单位在名册中已撤销；"
                    + "如该单位已不存在，请将其从 \(key) 中删去")
        }

        /// Why a roster edit through the socket is refused: it closes or removes a department a
        /// pool's rule names (the daemon would refuse its own configuration at the next start).
        public static func namedDepartmentEdit(_ pool: String, _ key: String, _ department: String) -> Localized {
            Localized(
                en: "pool '\(pool)' names \(department) in \(key): a department a team-composition rule names cannot "
                    + "be closed or removed; take it out of the pool's \(key) in spotcheckd.toml and reload "
                    + "(systemctl reload spotcheckd) first",
                zh: "抽签池“\(pool)”的 \(key) 指定了 \(department)：检查组组成规则指定的单位不能撤销或删除；"
                    + "请先在 spotcheckd.toml 中将其从该池的 \(key) 中删去并重新加载配置（systemctl reload spotcheckd）")
        }

        /// The refusal above, recognised from its English text in the problems the daemon sends.
        public static let inputPatterns: [TextPattern] = [
            TextPattern { pool, key, department in namedDepartmentEdit(pool, key, department) }
        ]
    }
}

extension Catalogue {
    /// The publication's complaint statistics, counted by closed calendar month.
    public enum ComplaintMonths {
        public static func heading(_ month: String) -> Localized {
            Localized(en: "Complaints received in \(month)", zh: "\(month) 收到的举报")
        }
        public static let note = Localized(
            en: "Complaints are counted by calendar month, once the month is over. A month's counts are final "
                + "when first published and never change afterwards, so that comparing one day's publication with "
                + "another's tells nothing more; a complaint registered after its month was published is counted "
                + "in the next month still to be published. States are as they stood when the month was counted.",
            zh: "举报按自然月统计，当月结束后才公布。某月的数量首次公布后即为最终数字，此后不再变动，"
                + "因此比较不同日期的公开版本也得不到更多信息；在所属月份公布后才登记的举报，计入下一个尚未公布的月份。"
                + "状态为该月统计时的状态。")
    }
}

extension Catalogue.InputProblems {
    /// The problems of roster files, and the refusal of a roster edit that closes or removes a
    /// department a pool's composition rule names.
    public static let withComposition: [TextPattern] =
        patterns + Catalogue.CompositionRules.inputPatterns + Catalogue.RecheckSafety.inputPatterns
        + Catalogue.PoolNames.patterns + Catalogue.RosterTextRules.patterns
}
