extension Catalogue {
    /// `spotcheck candidates` and `spotcheck check-roster`: questions asked of roster files.
    public enum RosterFiles {
        public static let candidatesAbstract = Localized(
            en: "List the inspectors who may inspect a department on a date.",
            zh: "列出某日可以检查某单位的检查人员。")
        public static let candidatesDateHelp = Localized(
            en: "The day, YYYY-MM-DD. Default: today.", zh: "日期，YYYY-MM-DD。默认：今天。")
        public static let candidatesJSONHelp = Localized(en: "Print the list as JSON.", zh: "以 JSON 格式输出名单。")
        public static func candidatesCount(
            _ count: Int, _ total: Int, _ department: String, _ day: String
        )
            -> Localized
        {
            Localized(
                en: "\(count) of \(total) inspectors may inspect \(department) on \(day).\n",
                zh: "\(total) 名检查人员中有 \(count) 名可以在 \(day) 检查 \(department)。\n")
        }
        public static let columnLead = Localized(en: "Lead", zh: "可任组长")

        public static let checkAbstract = Localized(
            en: "Validate roster files and a policy without drawing.", zh: "检查名册文件和策略，不进行抽签。")
        public static let checkDiscussion = Localized(
            en: "Prints what the roster holds and its snapshot hash, or every problem with file, line, "
                + "column and field, exiting 65.",
            zh: "输出名册的内容概要及其快照哈希；如有问题，逐条列出文件、行号、列号和字段，并以 65 退出。")
        public static let checkJSONHelp = Localized(en: "Print the summary as JSON.", zh: "以 JSON 格式输出概要。")
        public static func summary(
            _ departments: Int, _ inspectors: Int, _ leads: Int, _ conflicts: Int, _ history: Int
        ) -> Localized {
            Localized(
                en: "\(departments) departments, \(inspectors) inspectors (\(leads) may lead), "
                    + "\(conflicts) declared conflicts, \(history) past assignments\n",
                zh: "\(departments) 个单位，\(inspectors) 名检查人员（\(leads) 名可任组长），"
                    + "\(conflicts) 项申报的利益冲突，\(history) 条既往检查记录\n")
        }
        public static func snapshot(_ hash: String) -> Localized {
            Localized(en: "snapshot \(hash)\n", zh: "快照 \(hash)\n")
        }
        public static func pool(_ name: String, _ departments: Int, _ weight: Int) -> Localized {
            Localized(
                en: "pool \(name): \(departments) departments, total weight \(weight)\n",
                zh: "抽签池 \(name)：\(departments) 个单位，总权重 \(weight)\n")
        }
    }
}
