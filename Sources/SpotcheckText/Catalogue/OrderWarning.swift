extension Catalogue {
    /// The warning `order` gives for a department that already has a team today.
    public enum OrderWarning {
        public static func alreadyToday(_ department: String, _ date: String, _ draws: String) -> Localized {
            Localized(
                en: "warning: \(department) already has a team on \(date) (\(draws)); this order sends another",
                zh: "警告：\(department) 在 \(date) 已有检查组（\(draws)）；本次指定将再派一个检查组")
        }
        public static func draw(_ id: Int64, _ pool: String, _ ordered: Bool) -> Localized {
            ordered
                ? Localized(en: "ordered draw \(id), pool \(pool)", zh: "指定检查 \(id)，抽签池 \(pool)")
                : Localized(en: "draw \(id), pool \(pool)", zh: "抽签 \(id)，抽签池 \(pool)")
        }
    }
}
