extension Catalogue {
    /// `spotcheck history`: who inspected what, when.
    public enum History {
        public static let abstract = Localized(
            en: "Who inspected which department, when (coordinators and auditors).",
            zh: "谁在何时检查了哪个单位（协调员和审计员）。")
        public static let discussion = Localized(
            en: """
                Lists the roster's history (history.csv) and the teams of every revealed draw, with \
                the replacements made to them, oldest first. Teams not yet revealed are left out.
                """,
            zh: """
                列出名册的历史记录（history.csv）以及每次已公布抽签的检查组（含之后的人员更换），按时间先后排列。\
                尚未公布的检查组不列出。
                """)
        public static let inspectorHelp = Localized(en: "Only this inspector (id).", zh: "只看此检查人员（编号）。")
        public static let departmentHelp = Localized(en: "Only this department (id).", zh: "只看此单位（编号）。")
        public static let fromHelp = Localized(
            en: "The first day, YYYY-MM-DD (inclusive).", zh: "起始日期，YYYY-MM-DD（含当天）。")
        public static let toHelp = Localized(en: "The last day, YYYY-MM-DD (inclusive).", zh: "截止日期，YYYY-MM-DD（含当天）。")
        public static let csvHelp = Localized(
            en: "Print CSV (UTF-8 with a byte order mark), one row per inspection.",
            zh: "输出 CSV（UTF-8 带字节顺序标记），每次检查一行。")
        public static let jsonHelp = Localized(en: "Print as JSON.", zh: "以 JSON 格式输出。")
        public static func fromAfterTo(_ from: String, _ to: String) -> Localized {
            Localized(en: "--from \(from) is after --to \(to)", zh: "--from \(from) 晚于 --to \(to)")
        }
        public static let none = Localized(en: "No inspection matches.\n", zh: "没有符合条件的检查。\n")
        public static let columnDate = Localized(en: "Date", zh: "日期")
        public static let columnInspector = Localized(en: "Inspector", zh: "检查人员")
        public static let columnName = Localized(en: "Name", zh: "姓名")
        public static let columnDepartment = Localized(en: "Department", zh: "单位")
        public static let columnDepartmentName = Localized(en: "Department name", zh: "单位名称")
        public static let columnRole = Localized(en: "Role", zh: "角色")
        public static let columnSource = Localized(en: "Source", zh: "来源")
        public static let lead = Localized(en: "lead", zh: "组长")
        public static let member = Localized(en: "member", zh: "组员")
        public static let fromRoster = Localized(en: "roster history", zh: "名册历史")
        public static func fromDraw(_ id: Int64, _ pool: String) -> Localized {
            Localized(en: "draw \(id) (\(pool))", zh: "抽签 \(id)（\(pool)）")
        }
    }
}
