extension Catalogue {
    /// Verifying a draw that hides a complaint-driven slot (docs/draw-algorithm.md §8).
    public enum HiddenSlot {
        public static let verifyHelp = Localized(
            en: "The opening of a hidden complaint-driven slot, DEPARTMENT:SALT (64 hex digits), published once "
                + "the complaint is closed.",
            zh: "隐藏的举报驱动抽查位的揭示值，格式为 单位:盐值（64 位十六进制），在举报办结后公布。")
        public static let badOpening = Localized(
            en: "--hidden-slot must be DEPARTMENT:SALT, the salt 64 hex digits",
            zh: "--hidden-slot 的格式须为 单位:盐值，盐值为 64 位十六进制数字")
    }
}
