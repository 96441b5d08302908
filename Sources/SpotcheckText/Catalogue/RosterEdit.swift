extension Catalogue {
    /// What the roster-editing commands (departments, inspectors, conflicts, import…) say.
    public enum RosterEdit {
        public static func refused(_ command: String) -> Localized {
            Localized(en: "\(command) is refused, nothing changed:\n", zh: "\(command) 被拒绝，未做任何更改：\n")
        }
        public static let refusedWhole = Localized(
            en: "the roster is refused whole, nothing changed:\n", zh: "名册整体被拒绝，未做任何更改：\n")
        public static func unknownPower(_ item: String, _ powers: String) -> Localized {
            Localized(
                en: "unknown power \(item); the powers are \(powers)",
                zh: "未知的职权 \(item)；可用的职权为 \(powers)")
        }
        public static func unknownPools(_ names: String, _ defined: String, count: Int) -> Localized {
            count == 1
                ? Localized(
                    en: "unknown pool \(names): a department in no configured pool is never drawn; "
                        + "the pools spotcheckd's configuration defines are: \(defined)",
                    zh: "未知的抽签池 \(names)：不在任何已配置抽签池中的单位永远不会被抽中；"
                        + "spotcheckd 配置中定义的抽签池为：\(defined)")
                : Localized(
                    en: "unknown pools \(names): a department in no configured pool is never drawn; "
                        + "the pools spotcheckd's configuration defines are: \(defined)",
                    zh: "未知的抽签池 \(names)：不在任何已配置抽签池中的单位永远不会被抽中；"
                        + "spotcheckd 配置中定义的抽签池为：\(defined)")
        }
        public static func andMore(_ count: Int) -> Localized {
            Localized(en: " and \(count) more", zh: " 等另外 \(count) 个")
        }
        public static func undefinedPool(_ pool: String, _ departments: String, _ defined: String) -> Localized {
            Localized(
                en: "spotcheck: warning: pool \(pool) (departments \(departments)) is defined by no [[pool]] "
                    + "of spotcheckd's configuration: those departments are never drawn from it; the pools are \(defined)",
                zh: "spotcheck：警告：抽签池 \(pool)（单位 \(departments)）未在 spotcheckd 配置的任何 [[pool]] 中定义："
                    + "这些单位永远不会从中被抽中；已定义的抽签池为 \(defined)")
        }
        public static func outOfRange(
            _ option: String, _ value: Int, _ low: Int, _ high: Int, _ meaning: String
        )
            -> Localized
        {
            Localized(
                en: "\(option) \(value): \(meaning) is a whole number from \(low) to \(high)",
                zh: "\(option) \(value)：\(meaning)须为 \(low) 到 \(high) 之间的整数")
        }
        public static let aWeight = Localized(en: "a weight", zh: "权重")
        public static let aDailyCap = Localized(en: "a daily cap", zh: "每日上限")
        public static func department(_ id: String) -> Localized {
            Localized(en: "department \(id)", zh: "单位 \(id)")
        }
        public static func inspector(_ id: String) -> Localized {
            Localized(en: "inspector \(id)", zh: "检查人员 \(id)")
        }
        public static func conflict(_ inspector: String, _ department: String) -> Localized {
            Localized(en: "conflict of \(inspector) with \(department)", zh: "\(inspector) 与 \(department) 的利益冲突")
        }
        public static func historyEntry(_ inspector: String, _ department: String, _ date: String) -> Localized {
            Localized(
                en: "history entry \(inspector) \(department) at \(date)",
                zh: "检查历史 \(inspector) \(department)（\(date)）")
        }
        /// The kind of a changed row ("department", "inspector", …) as people read it.
        public static func kind(_ code: String) -> String {
            switch code {
            case "department": Localized(en: "department", zh: "单位").text
            case "inspector": Localized(en: "inspector", zh: "检查人员").text
            case "conflict": Localized(en: "conflict", zh: "利益冲突").text
            case "history": Localized(en: "history", zh: "检查历史").text
            default: code
            }
        }
        public static func doesNotParse(_ error: String) -> Localized {
            Localized(en: "the daemon's roster does not parse: \(error)", zh: "守护进程的名册无法解析：\(error)")
        }
        public static let changedMeanwhile = Localized(
            en: "the roster changed on the daemon meanwhile; nothing was applied, run the command again",
            zh: "期间 spotcheckd 上的名册已变更；未做任何更改，请重新执行该命令")
        public static let notUnderstood = Localized(
            en: "spotcheckd sent a reply this spotcheck does not understand",
            zh: "spotcheckd 发来的答复此版本 spotcheck 无法理解")
        public static let noChange = Localized(en: "No change.\n", zh: "没有变化。\n")
        public static func applied(_ count: Int, _ snapshot: String) -> Localized {
            Localized(
                en: "Applied \(count) change(s); roster snapshot \(snapshot).\n",
                zh: "已应用 \(count) 项更改；名册快照 \(snapshot)。\n")
        }
        public static func dryRun(_ count: Int) -> Localized {
            Localized(
                en: "Dry run: \(count) change(s) would be applied; nothing changed.\n",
                zh: "试运行：将应用 \(count) 项更改；未做任何更改。\n")
        }
        public static func wrote(_ snapshot: String, _ folder: String) -> Localized {
            Localized(
                en: "Wrote the roster (snapshot \(snapshot)) to \(folder).\n",
                zh: "已将名册（快照 \(snapshot)）写入 \(folder)。\n")
        }
        public static let newDepartmentNeedsName = Localized(
            en: "a new department needs --name", zh: "新单位需要 --name")
        public static let newInspectorNeeds = Localized(
            en: "a new inspector needs --name, --login and --home", zh: "新检查人员需要 --name、--login 和 --home")
        public static func noDepartment(_ id: String) -> Localized {
            Localized(en: "no department '\(id)'", zh: "没有单位 '\(id)'")
        }
        public static func noInspector(_ id: String) -> Localized {
            Localized(en: "no inspector '\(id)'", zh: "没有检查人员 '\(id)'")
        }
        public static let yes = Localized(en: "yes", zh: "是")
        public static let noPool = Localized(en: "- (no pool)", zh: "-（无抽签池）")
        public static let fromPowers = Localized(en: "(powers)", zh: "（按职权）")
    }
}
