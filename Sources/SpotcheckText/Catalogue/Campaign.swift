extension Catalogue {
    /// `spotcheck campaign …` and the campaign's lines in `spotcheck status`.
    public enum Campaign {
        /// The campaign's own names of its phases, shown beside their codes in both languages.
        public enum Term {
            public static let mobilisation = "动员部署"
            public static let selfInspection = "自查自纠"
            public static let supervision = "监督检查"
            public static let summingUp = "总结提升"
        }

        // Calling the daemon (campaign and complaints).
        public static let notConfigured = Localized(
            en: "no campaign is configured: add a [campaign] section to spotcheckd.toml (docs/campaign.md)",
            zh: "未配置专项整治：请在 spotcheckd.toml 中添加 [campaign] 节（见 docs/campaign.md）")
        public static func gateBlocked(_ into: String, _ blockers: String) -> Localized {
            Localized(
                en: "the gate into \(into) does not hold: \(blockers); nothing changed",
                zh: "进入 \(into) 的条件未满足：\(blockers)；未做任何更改")
        }
        public static func refused(_ message: String) -> Localized {
            Localized(en: "refused: \(message); nothing changed", zh: "被拒绝：\(message)；未做任何更改")
        }
        public static let receiptNotFound = Localized(
            en: "no complaint has this receipt code; check it (25 letters and digits, dashes optional)",
            zh: "没有与此回执码对应的举报；请核对回执码（25 个字母和数字，短横线可有可无）")
        public static let noIdentityKey = Localized(
            en: "spotcheckd has no key to seal identities (credential spotcheck-complaints-key; docs/campaign.md); "
                + "nothing was stored",
            zh: "spotcheckd 没有加密举报人身份的密钥（凭据 spotcheck-complaints-key；见 docs/campaign.md）；"
                + "未保存任何内容")
        public static func tooOld(_ method: String) -> Localized {
            Localized(
                en: "this spotcheckd does not know \(method); it is older than this command",
                zh: "此 spotcheckd 不认识 \(method)；它的版本比本命令旧")
        }

        // campaign
        public static let abstract = Localized(
            en: "The campaign's phases: show them, or take the next step.", zh: "专项整治的阶段：查看阶段，或进入下一阶段。")
        public static let discussion = Localized(
            en: """
                A campaign ([campaign] in spotcheckd.toml) runs in four phases: mobilisation (\(Term.mobilisation)), \
                self-inspection (\(Term.selfInspection)), supervision (\(Term.supervision)) and summing-up (\(Term.summingUp)), then closes. \
                Exactly one is active; steps are taken forward only, one at a time, once the gate into \
                the next holds. Scheduled draws run only in supervision unless a pool names other phases.
                """,
            zh: """
                专项整治（spotcheckd.toml 中的 [campaign]）分四个阶段：\(Term.mobilisation)（mobilisation）、\
                \(Term.selfInspection)（self-inspection）、\(Term.supervision)（supervision）和\
                \(Term.summingUp)（summing-up），之后结束。任何时候只有一个阶段处于进行中；只能向前推进，\
                每次一步，且须满足进入下一阶段的条件。定时抽签只在监督检查阶段进行，除非抽签池指定了其他阶段。
                """)

        // campaign status
        public static let statusAbstract = Localized(
            en: "Show the campaign, its active phase, the gate into the next step and what blocks it.",
            zh: "查看专项整治、当前阶段、进入下一阶段的条件及尚未满足的条件。")
        public static let statusDiscussion = Localized(en: "Any user may ask.", zh: "任何用户都可查询。")
        public static let jsonHelp = Localized(en: "Print the campaign as JSON.", zh: "以 JSON 格式输出专项整治。")
        public static let none = Localized(
            en: "no campaign is configured; draws run on every working day\n", zh: "未配置专项整治；每个工作日都进行抽签\n")
        public static let columnPhase = Localized(en: "Phase", zh: "阶段")
        public static let columnPlanned = Localized(en: "Planned", zh: "计划时间")
        public static let columnActive = Localized(en: "Active", zh: "进行中")
        public static let stepsTaken = Localized(en: "\nSteps taken:\n", zh: "\n已推进的阶段：\n")
        public static func step(
            _ at: String, _ from: String, _ to: String, _ actor: String, _ reason: String
        )
            -> Localized
        {
            Localized(
                en: "  \(at)  \(from) → \(to)  by \(actor): \(reason)\n",
                zh: "  \(at)  \(from) → \(to)  由 \(actor) 推进：\(reason)\n")
        }

        // The summary.
        public static func title(_ title: String) -> Localized {
            Localized(en: "campaign: \(title)\n", zh: "专项整治：\(title)\n")
        }
        public static func basis(_ title: String, _ sha256: String) -> Localized {
            Localized(
                en: "          based on \(title) (sha256 \(sha256))\n",
                zh: "            依据 \(title)（sha256 \(sha256)）\n")
        }
        public static func phase(_ label: String, _ code: String) -> Localized {
            Localized(en: "phase:    \(label) (\(code))", zh: "阶段：      \(label)（\(code)）")
        }
        public static func since(_ day: String) -> Localized {
            Localized(en: " since \(day)\n", zh: "，自 \(day) 起\n")
        }
        public static func gate(_ label: String, _ code: String) -> Localized {
            Localized(en: "gate into \(label) (\(code)): ", zh: "进入 \(label)（\(code)）的条件：")
        }
        public static let holds = Localized(en: "holds", zh: "已满足")
        public static let blocked = Localized(en: "blocked", zh: "未满足")
        public static let autoAdvance = Localized(
            en: ", taken by itself on its planned date\n", zh: "，到计划日期自动进入\n")
        public static let markHolds = Localized(en: "ok     ", zh: "满足   ")
        public static let markBlocks = Localized(en: "BLOCKS ", zh: "未满足 ")
        public static let markUnchecked = Localized(en: "unchecked", zh: "未检查")

        // campaign advance
        public static let advanceAbstract = Localized(
            en: "Take the next step of the campaign, once its gate holds (coordinators).",
            zh: "满足条件后推进专项整治到下一阶段（协调员）。")
        public static let advanceDiscussion = Localized(
            en: """
                Name the step to take: it must be the next one (self-inspection, supervision, \
                summing-up, closed). The step, its reason, the caller and what the gate froze (the \
                roster and prohibitions hashes on entering self-inspection) are stored linked by hash \
                to the previous step, kept in the audit trail and journaled. A step never goes back.
                """,
            zh: """
                指明要进入的阶段，须为下一阶段（self-inspection、supervision、summing-up、closed）。\
                推进记录、理由、执行人以及条件冻结的内容（进入自查自纠时名册和禁止事项的哈希值）\
                以哈希与上一次推进相链接保存，记入审计记录并写入日志。阶段不能回退。
                """)
        public static let phaseHelp = Localized(
            en: "The step to take: self-inspection, supervision, summing-up or closed (or its Chinese name).",
            zh: "要进入的阶段：self-inspection、supervision、summing-up 或 closed（或其中文名称）。")
        public static let reasonHelp = Localized(
            en: "Why the step is taken now (kept in the audit trail and the journal).",
            zh: "此时推进的理由（记入审计记录和日志）。")
        public static func advanced(_ from: String, _ to: String, _ at: String) -> Localized {
            Localized(en: "campaign: \(from) → \(to) at \(at)\n", zh: "专项整治：\(from) → \(to)，时间 \(at)\n")
        }
        /// The step into self-inspection after its planned end (or without one): when the forms it
        /// issued are due instead.
        public static func formsDueLate(_ planned: String, _ due: String, _ days: String) -> Localized {
            Localized(
                en:
                    "  self-inspection was planned to end on \(planned), which is past: the forms are due on \(due), \(days) working days from today\n",
                zh: "  自查自纠阶段计划结束日期 \(planned) 已过：自查表的填报截止日期为 \(due)，即今天起第 \(days) 个工作日\n")
        }
        public static func formsDueUnplanned(_ due: String, _ days: String) -> Localized {
            Localized(
                en:
                    "  self-inspection has no planned end: the forms are due on \(due), \(days) working days from today\n",
                zh: "  自查自纠阶段未设计划结束日期：自查表的填报截止日期为 \(due)，即今天起第 \(days) 个工作日\n")
        }
        public static func transitionHash(_ hash: String) -> Localized {
            Localized(en: "  transition hash \(hash)\n", zh: "  推进记录哈希 \(hash)\n")
        }
    }
}
