extension Catalogue {
    /// `verify --chain` refusing the auditors' openings, which it would not check.
    public enum VerifyChainUsage {
        public static let noOpenings = Localized(
            en: """
                --conflict-salts and --order-reasons open one draw's commitments and are not checked with \
                --chain: give them with that draw instead (spotcheck verify --date DATE --pool POOL \
                --conflict-salts FILE), and check the chain with --chain alone
                """,
            zh: """
                --conflict-salts 和 --order-reasons 用于打开某一次抽签的承诺，--chain 不检查它们：\
                请改为对该次抽签使用（spotcheck verify --date 日期 --pool 抽签池 --conflict-salts 文件），\
                并单独用 --chain 检查哈希链
                """)
    }
}
