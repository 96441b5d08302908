extension Catalogue {
    /// `spotcheck` itself.
    public enum Main {
        public static let abstract = Localized(
            en: "Draw unannounced and cross inspections at random, staffed by teams with no conflict of interest.",
            zh: "随机抽取不打招呼的交叉检查对象，并配备无利益冲突的检查组。")
        public static let discussion = Localized(
            en: """
                Spotcheck draws departments for inspection in proportion to their risk weight and staffs \
                each with a team of inspectors under every recusal rule. A draw is a pure function of \
                the roster, the policy, the date and a 32-byte seed from the kernel: anyone with the \
                revealed seed can recompute it (spotcheck verify, tools/verify_draw.py).
                """,
            zh: """
                Spotcheck 按风险权重随机抽取被检查单位，并在遵守全部回避规则的前提下为每个单位配备检查组。\
                每次抽签完全由名册、策略、日期和来自内核的 32 字节种子决定：任何人拿到揭晓的种子都能\
                重新计算验证（spotcheck verify、tools/verify_draw.py）。
                """)
    }

    /// `spotcheck status`.
    public enum Status {
        public static let abstract = Localized(
            en: "Show what spotcheckd is doing: next event, pools, roster, last draw, campaign phase and its gate.",
            zh: "查看 spotcheckd 的运行状态：下一事件、抽签池、名册、最近一次抽签、专项整治阶段及其关口。")
        public static let discussion = Localized(
            en: "Any user may ask. Nothing here names a target before its reveal.",
            zh: "任何用户都可查询。揭晓之前，这里不会出现任何被检查单位。")
        public static let jsonHelp = Localized(en: "Print the status as JSON.", zh: "以 JSON 格式输出状态。")
        public static func zone(_ zone: String) -> Localized {
            Localized(en: "zone:   \(zone)", zh: "时区：  \(zone)")
        }
        public static func today(_ day: String) -> Localized {
            Localized(en: ", today is \(day)", zh: "，今天是 \(day)")
        }
        public static func next(_ event: String) -> Localized {
            Localized(en: "next:   \(event)\n", zh: "下一步：\(event)\n")
        }
        public static let nothingScheduled = Localized(en: "nothing scheduled", zh: "无计划事件")
        public static func roster(_ departments: Int, _ inspectors: Int, _ loaded: String) -> Localized {
            Localized(
                en: "roster: \(departments) departments, \(inspectors) inspectors, loaded \(loaded)\n",
                zh: "名册：  \(departments) 个单位，\(inspectors) 名检查人员，载入于 \(loaded)\n")
        }
        public static func snapshot(_ hash: String) -> Localized {
            Localized(en: "        snapshot \(hash)\n", zh: "        快照 \(hash)\n")
        }
        public static let noRoster = Localized(en: "roster: none loaded\n", zh: "名册：  未载入\n")
        public static func teams(_ count: Int) -> Localized {
            Localized(en: "\(count) teams", zh: "\(count) 个检查组")
        }
        public static let teamsNotRevealed = Localized(en: "teams not yet revealed", zh: "检查组尚未揭晓")
        public static func lastDraw(
            _ id: Int64, _ pool: String, _ date: String, _ state: String, _ teams: String
        )
            -> Localized
        {
            Localized(
                en: "last draw: #\(id) pool \(pool) on \(date): \(state), \(teams)",
                zh: "最近抽签：第 \(id) 次，抽签池 \(pool)，\(date)：\(state)，\(teams)")
        }
        public static let seedPublished = Localized(en: ", seed published", zh: "，种子已公布")
        public static let columnPool = Localized(en: "Pool", zh: "抽签池")
        public static let columnDepartments = Localized(en: "Departments", zh: "单位数")
        public static let columnTargets = Localized(en: "Targets/day", zh: "每日抽取")
        public static let columnDraw = Localized(en: "Draw", zh: "抽签")
        public static let columnReveal = Localized(en: "Reveal", zh: "揭晓")
        public static let columnDayEnd = Localized(en: "Day ends", zh: "检查日结束")

        /// A draw's state as people read it.
        public static func state(_ code: String) -> String {
            switch code {
            case "committed": Localized(en: "committed", zh: "已承诺").text
            case "revealed": Localized(en: "revealed", zh: "已揭晓").text
            case "published": Localized(en: "published", zh: "已公布").text
            default: code
            }
        }
    }
}
