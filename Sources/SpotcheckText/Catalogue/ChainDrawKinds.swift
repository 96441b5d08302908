extension Catalogue {
    /// A draw named by its kind inside a chain problem (`record.json is a ordered draw of pool
    /// county`): the kind told too, before the catalogue's general naming keeps it as it came.
    public enum ChainDrawKinds {
        public static let values: [TextPattern] = [
            TextPattern { pool in Localized(en: "scheduled draw of pool \(pool)", zh: "抽签池 \(pool) 的定时随机抽签") },
            TextPattern { pool in Localized(en: "ordered draw of pool \(pool)", zh: "抽签池 \(pool) 的点名抽签") },
        ]
    }
}
