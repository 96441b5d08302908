extension Catalogue {
    /// An ordered inspection's public category (`spotcheck order --category`); the reason itself
    /// is published only as a salted commitment (docs/draw-algorithm.md §6).
    public enum OrderPrivacy {
        public static let categoryHelp = Localized(
            en:
                "The public category of the order: complaint, leadership or other (default). Only the category and a salted commitment of the reason are published.",
            zh: "指定检查的公开类别：complaint（投诉）、leadership（领导交办）或 other（其他，默认）。公开的只有类别和事由的加盐承诺值。")
        public static let conflictSaltsHelp = Localized(
            en:
                "Auditors: the daemon's private conflict salts (STATE/private/conflict-salts.csv); every published reason commitment must open to a declared reason.",
            zh: "审计人员：守护进程私有的利益冲突盐值文件（STATE/private/conflict-salts.csv）；每个公开的事由承诺值都必须能以申报的事由打开。")
        public static let orderReasonsHelp = Localized(
            en:
                "Auditors: the daemon's private order reasons (STATE/private/order-reasons.csv); the order's reason commitment must open to its reason.",
            zh: "审计人员：守护进程私有的指定检查事由文件（STATE/private/order-reasons.csv）；指定检查的事由承诺值必须能以其事由打开。")
        public static let publishedRosterHelp = Localized(
            en:
                "Draw in snapshot grammar 3, as the daemon does: commit to the roster as the draw's date reads it, with each conflict's reason as a salted commitment, and write the roster files a public folder carries into this folder (verify with --roster on it).",
            zh: "按快照语法 3 抽签（与守护进程相同）：承诺抽签日当天所读取的名册，每条利益冲突事由以加盐承诺值代替，并把公开文件夹所含的名册文件写入此文件夹（验证时以 --roster 指向它）。")
        public static let drawConflictSaltsHelp = Localized(
            en:
                "With --published-roster: the private file of the conflict reasons' salts (mode 0600); read when it exists, new salts added to it. Keep it private; auditors open the commitments with it.",
            zh: "与 --published-roster 一起使用：利益冲突事由盐值的私有文件（权限 0600）；存在时读取，新的盐值追加到其中。请妥善保密；审计人员用它打开承诺值。")
        public static let saltsNeedPublishedRoster = Localized(
            en: "--conflict-salts goes with --published-roster DIR (a draw of snapshot grammar 3)",
            zh: "--conflict-salts 须与 --published-roster DIR 一起使用（快照语法 3 的抽签）")
        public static func badCategory(_ category: String) -> Localized {
            Localized(
                en: "category '\(category)' is not one of complaint, leadership, other",
                zh: "类别 '\(category)' 不是 complaint、leadership、other 之一")
        }
    }
}
