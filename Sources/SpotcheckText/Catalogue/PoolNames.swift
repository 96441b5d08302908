extension Catalogue {
    /// Why a name cannot name a pool (PoolName.swift), as spotcheckd's configuration (`[[pool]]
    /// name`, `[ledger] draw_pool`) and the roster's `pools` column say it.
    public enum PoolNames {
        /// A roster's `pools` cell naming the ledger's draw pool (RosterLedgerPool.swift).
        public static func ledgerPool(_ name: String) -> Localized {
            Localized(
                en: "\(name) is the name the problem ledger's draws are recorded under ([ledger] draw_pool in "
                    + "spotcheckd's configuration), not a pool a department is drawn from: take it out of this "
                    + "department's pools",
                zh: "\(name) 是问题台账抽签记录所用的名称（spotcheckd 配置中的 [ledger] draw_pool），"
                    + "不是单位可被抽中的抽签池：请将其从该单位的抽签池中删去")
        }
        public static let patterns: [TextPattern] = [
            TextPattern { name in ledgerPool(name) },
            TextPattern { name in
                Localized(
                    en: "\(name) is not a pool name: use 1-64 lower-case ASCII letters, digits, '-' and '_', "
                        + "beginning with a letter or digit (the name is a folder of the public site)",
                    zh: "\(name) 不能作抽签池名称：请用 1-64 个小写 ASCII 字母、数字、'-' 和 '_'，以字母或数字开头"
                        + "（该名称是公开网站的目录名）")
            },
            TextPattern { name in
                Localized(
                    en: "\(name) is not a pool name: '-ordered' is kept for the folders of orders (POOL-ordered-ID)",
                    zh: "\(name) 不能作抽签池名称：'-ordered' 留作指定检查抽签的目录名（POOL-ordered-ID）")
            },
            TextPattern { name in
                Localized(
                    en: "\(name) is not a pool name: it is a device name on Windows (con, prn, aux, nul, com1-9, "
                        + "lpt1-9), where a copy of the public site could not hold its folder",
                    zh: "\(name) 不能作抽签池名称：它在 Windows 上是设备名（con、prn、aux、nul、com1-9、lpt1-9），"
                        + "公开网站复制到那里时无法建立该目录")
            },
        ]
    }
}
