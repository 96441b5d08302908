extension Catalogue {
    /// `spotcheck log`, and the table `spotcheck draw` prints.
    public enum Log {
        public static let abstract = Localized(
            en: "Read spotcheckd's journal entries, filtered by inspection day and kind.",
            zh: "读取 spotcheckd 的系统日志条目，可按检查日和类型筛选。")
        public static func discussion(_ kinds: String) -> Localized {
            Localized(
                en: """
                    Reads the journal through libsystemd (the same entries as journalctl, with their \
                    SPOTCHECK_* fields). Reading the system journal needs membership of the \
                    systemd-journal or adm group, or root.

                    Kinds: \(kinds).
                    """,
                zh: """
                    通过 libsystemd 读取系统日志（与 journalctl 相同的条目，含 SPOTCHECK_* 字段）。\
                    读取系统日志需要属于 systemd-journal 或 adm 组，或者是 root。

                    类型：\(kinds)。
                    """)
        }
        public static let dateHelp = Localized(
            en: "Only entries about this inspection day (SPOTCHECK_DATE).", zh: "只显示关于该检查日的条目（SPOTCHECK_DATE）。")
        public static let kindHelp = Localized(
            en: "Only entries of this kind (repeat for several).", zh: "只显示此类型的条目（可重复指定多个）。")
        public static let directoryHelp = Localized(
            en: "Read journal files from this folder instead of the system journal.",
            zh: "从此文件夹读取日志文件，而不是系统日志。")
        public static let jsonHelp = Localized(
            en: "Print the entries as JSON, with all their fields.", zh: "以 JSON 格式输出条目及其全部字段。")
        public static func unknownKind(_ name: String, _ kinds: String) -> Localized {
            Localized(en: "unknown kind '\(name)'; the kinds are \(kinds)", zh: "未知的类型 '\(name)'；可用的类型为 \(kinds)")
        }
        public static func cannotRead(_ error: String) -> Localized {
            Localized(en: "cannot read the journal: \(error)", zh: "无法读取系统日志：\(error)")
        }
        public static let columnTime = Localized(en: "Time", zh: "时间")
        public static let columnKind = Localized(en: "Kind", zh: "类型")
        public static let columnMessage = Localized(en: "Message", zh: "消息")
        public static func entries(_ count: Int) -> Localized {
            Localized(en: "\(count) entries\n", zh: "共 \(count) 条\n")
        }
    }
}
