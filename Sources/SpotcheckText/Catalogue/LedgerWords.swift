// Words of the ledger that travel as codes (`open`, `done`, `not-carried-out`) and that the
// command line shows to people. Categories, severities, states and deadline statuses have their
// Chinese names in the ledger's model (`FindingCategory.label`, …), which the published CSV
// export uses too.

extension Catalogue {
    public enum LedgerWords {
        /// A measure's state.
        public static let measureOpen = Localized(en: "open", zh: "未完成")
        public static let measureDone = Localized(en: "done", zh: "已完成")
        /// An assignment's outcome (`findings assignment`).
        public static let outcomeDone = Localized(en: "done", zh: "已检查")
        public static let outcomeNotCarriedOut = Localized(en: "not-carried-out", zh: "未开展检查")
    }
}
