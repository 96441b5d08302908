extension Catalogue {
    /// Keeping the campaign to its plan: the refusals `CampaignGuardCode` names, told from their
    /// values, `campaign advance --before-planned-start` and `campaign release` (docs/campaign.md).
    public enum CampaignGuard {
        public static func beforePlannedStart(_ start: String, _ today: String) -> Localized {
            Localized(
                en: "supervision is planned to start on \(start) and today is \(today): stepping into it now "
                    + "shortens self-inspection; if that is intended, repeat with --before-planned-start (the step "
                    + "then records how early it came)",
                zh: "监督检查计划于 \(start) 开始，今天是 \(today)：现在进入将缩短自查自纠阶段；如确有此意，"
                    + "请加 --before-planned-start 重新执行（推进记录将写明提前的天数）")
        }
        public static let releaseNotNeeded = Localized(
            en: "the campaign has not begun (no step taken, no form issued) or is closed: the configuration may "
                + "change it without a release",
            zh: "专项整治尚未开始（未推进任何阶段、未下发自查自纠表）或已结束：无需准许即可在配置中更改")
        public static func dueBeforePhaseEnd(_ due: String, _ earliest: String) -> Localized {
            Localized(
                en: "due: \(due) is before the planned end of self-inspection (\(earliest)); the departments have "
                    + "until then ([campaign.phases] self_inspection); give \(earliest) or later, or leave --due out",
                zh: "截止日期 \(due) 早于自查自纠阶段的计划结束日（\(earliest)）；各单位可用至该日"
                    + "（[campaign.phases] self_inspection）；请给出 \(earliest) 或更晚的日期，或不加 --due")
        }
        public static func selfInspectionOver(_ phase: String) -> Localized {
            Localized(
                en: "self-inspection is over (the campaign is in \(phase)): forms are no longer issued, unlocked or "
                    + "returned; problems found now are recorded as findings of the inspection (spotcheck findings add)",
                zh: "自查自纠阶段已结束（当前为 \(phase)）：不再下发、解锁或交回自查自纠表；"
                    + "此后发现的问题作为检查发现记录（spotcheck findings add）")
        }

        // campaign advance --before-planned-start
        public static let beforePlannedStartHelp = Localized(
            en: "Step into supervision before its planned start (it shortens self-inspection); the step records "
                + "the planned start and how many days early it came.",
            zh: "在计划开始日之前进入监督检查（将缩短自查自纠阶段）；推进记录写明计划开始日和提前的天数。")

        // campaign release
        public static let releaseAbstract = Localized(
            en: "Allow the configuration to replace or remove the running campaign (coordinators).",
            zh: "准许通过配置更换或删除正在进行的专项整治（协调员）。")
        public static let releaseDiscussion = Localized(
            en: """
                While a campaign has begun (a step taken or a form issued) and is not closed, a \
                configuration naming another basis_sha256, or no [campaign], is refused on reload and \
                at start: it would start another campaign in mobilisation, or end every phase rule at \
                once. Releasing allows it for one day: change spotcheckd.toml and reload within it. The \
                release, who gave it and why are kept in the audit trail and journaled; the replacement is \
                journaled too. The steps and forms of the old campaign stay in the database.
                """,
            zh: """
                专项整治已经开始（已推进阶段或已下发自查自纠表）且未结束时，指定另一 basis_sha256 或没有 \
                [campaign] 的配置在重新载入和启动时均被拒绝：否则将从动员部署开始另一项专项整治，或立即取消全部\
                阶段规则。准许后一天内有效：请在此期间修改 spotcheckd.toml 并重新载入。准许、准许人和理由记入审计\
                记录并写入日志；更换本身也写入日志。原专项整治的阶段和自查自纠表仍保存在数据库中。
                """)
        public static let releaseReasonHelp = Localized(
            en: "Why the campaign is replaced or ended (kept in the audit trail and the journal).",
            zh: "更换或结束专项整治的理由（记入审计记录和日志）。")
        public static func released(_ campaign: String, _ phase: String, _ until: String) -> Localized {
            Localized(
                en: "campaign \(campaign) (\(phase)) may be replaced or removed by a reload or start until \(until)\n",
                zh: "专项整治 \(campaign)（\(phase)）在 \(until) 之前可通过重新载入或启动更换或删除\n")
        }
    }
}
