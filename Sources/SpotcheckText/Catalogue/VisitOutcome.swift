extension Catalogue {
    /// What `today` says of a re-check's or honesty visit's recorded outcome (the task file's
    /// `check.outcome`).
    public enum VisitOutcome {
        public static func recorded(_ outcome: String, _ note: String?) -> Localized {
            let said: Localized =
                switch outcome {
                case "passed": Localized(en: "passed", zh: "通过")
                case "failed": Localized(en: "failed", zh: "未通过")
                case "not-carried-out": Localized(en: "not carried out", zh: "未实施")
                default: Localized(en: "recorded as \(outcome)", zh: "记录为 \(outcome)")
                }
            let lead = Localized(en: "  outcome recorded: ", zh: "  已记录结果：")
            guard let note, !note.isEmpty else { return lead + said + .verbatim("\n") }
            return lead + said + Localized(en: " (note: \(note))\n", zh: "（说明：\(note)）\n")
        }
    }
}
