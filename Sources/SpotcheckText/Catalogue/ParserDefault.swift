extension Catalogue {
    /// argument-parser's `(default: VALUE)` after an option's help, as a whole: in Chinese both
    /// brackets are full-width.
    public enum ParserDefault {
        public static func value(_ value: String) -> Localized {
            Localized(en: "(default: \(value))", zh: "（默认：\(value)）")
        }
    }
}
