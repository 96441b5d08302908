extension Catalogue {
    /// `spotcheck draw` (offline draws) and `spotcheck verify`.
    public enum DrawVerify {
        public static let drawAbstract = Localized(
            en: "Draw inspection targets and teams from roster files, offline.",
            zh: "根据名册文件离线抽取被检查单位和检查组。")
        public static let drawDiscussion = Localized(
            en: """
                Reads the roster folder and policy, draws from the pool on the date, and prints the \
                draw record. Without --seed the seed comes fresh from the kernel; it is printed on \
                standard error (or written to --seed-file) because the record holds only its hash. \
                Keep the seed secret until the inspection day is over, then publish it with the \
                record so that anyone can verify the draw.

                With --target, the coordinator names the departments (a targeted inspection, for \
                instance after a complaint) and only the teams are drawn.
                """,
            zh: """
                读取名册文件夹和策略，在指定日期从抽签池中抽签，并输出抽签记录。不加 --seed 时种子新取自内核；\
                因为记录中只含其哈希，种子输出到标准错误（或写入 --seed-file）。检查日结束前请对种子保密，\
                之后与记录一同公布，任何人都可据此验证抽签。

                加 --target 时由协调员指定被检查单位（定向检查，例如收到投诉后），只抽取检查组。
                """)
        public static let drawDateHelp = Localized(
            en: "The inspection day, YYYY-MM-DD. Default: today.", zh: "检查日，YYYY-MM-DD。默认：今天。")
        public static let drawPoolHelp = Localized(en: "The pool to draw from.", zh: "从哪个抽签池抽签。")
        public static let drawSeedHelp = Localized(
            en: "The 32-byte seed as 64 hex digits, to repeat a draw. Default: fresh from the kernel.",
            zh: "32 字节种子（64 位十六进制数），用于重复一次抽签。默认：新取自内核。")
        public static let drawSeedFileHelp = Localized(
            en: "Write the seed (when fresh) to this file, readable by its owner only, instead of standard error.",
            zh: "把（新取的）种子写入此文件（仅所有者可读），而不是输出到标准错误。")
        public static let drawTargetHelp = Localized(
            en: "Name a target department (repeat for several): draw only the teams.",
            zh: "指定被检查单位（可重复指定多个）：只抽取检查组。")
        public static let drawPreviousHelp = Localized(
            en: "Hash of the previous record in the chain.", zh: "哈希链中上一份记录的哈希。")
        public static let drawCommitmentHelp = Localized(
            en: "Write the commitment (commitment.json: what the draw is bound to) to this file before drawing.",
            zh: "抽签前把承诺（commitment.json：抽签所绑定的内容）写入此文件。")
        public static let drawJSONHelp = Localized(
            en: "Print the record as JSON instead of a table.", zh: "以 JSON 而非表格输出记录。")
        public static let drawOutputHelp = Localized(
            en: "Also write the record as JSON to this file (atomically).", zh: "同时把记录以 JSON 写入此文件（原子写入）。")

        public static let verifyAbstract = Localized(
            en: "Check that a draw record reproduces exactly from its seed and roster.",
            zh: "检查抽签记录能否由其种子和名册完全复现。")
        public static let verifyDiscussion = Localized(
            en: """
                Recomputes the draw from the record's date, pool and (for an ordered draw) targets, \
                with the revealed seed, the roster and the policy file, and compares every field: \
                picks, blockers, teams with roles and order, shortfall and hashes. The policy comes \
                from --policy (a TOML policy or a canonical policy text), else policy.toml in the \
                roster folder, and must hash to the record's policyHash; the record's own copy is \
                never trusted. With --commitment the published commitment must match the record; \
                with --replacements every replacement must leave a team that meets every rule and \
                carry its chain salt. A public record folder (--date/--pool) also has its order.json \
                checked against the record. --chain asks spotcheckd to check its hash chain; \
                --chain DIR checks the chain of a public records folder: every record, order, \
                replacement, ledger change and campaign step (chain/) linked to the one before it, \
                campaign steps forward one at a time, each folder's date and name and its \
                commitment.json, seed, roster and policy against its record, and prints the hash the chain ends at \
                (its head). A folder alone cannot show that its newest entries were not cut or \
                edited, nor that whoever holds every seed did not rewrite it all: give --head with \
                a head recorded earlier or read elsewhere (the journal, a later day's \
                commitment.json), and compare each commitment.json with a copy taken before its \
                draw. Exits 0 when everything reproduces, 1 when it does not, listing each difference.
                """,
            zh: """
                用揭晓的种子、名册和策略文件，按记录中的日期、抽签池（指定检查还包括被检查单位）重新计算抽签，\
                并逐项比较：抽中结果、无法配组原因、检查组（含角色和顺序）、缺额和各项哈希。策略取自 --policy\
                （TOML 策略或规范策略文本），否则取名册文件夹中的 policy.toml，其哈希必须等于记录中的 policyHash；\
                绝不采信记录自带的副本。加 --commitment 时公布的承诺必须与记录一致；加 --replacements 时\
                每次替换后的检查组都必须符合全部规则并带有其哈希链盐值。公开记录文件夹（--date/--pool）中的 order.json \
                也要与记录核对。--chain 请 spotcheckd 检查其哈希链；--chain 文件夹 检查公开记录文件夹的哈希链：\
                每份记录、指定检查、替换、问题台账变更和专项整治阶段转换（chain/）都与前一项相连，阶段只能逐一向前，每个文件夹的日期、名称及其 commitment.json、种子、名册和策略都与记录一致，\
                并输出哈希链末端的哈希（链头）。仅凭文件夹无法证明最新的条目未被截去或修改，也无法证明掌握全部种子的人\
                没有整体改写：请用 --head 给出事先记下或从别处读到的链头（日志、之后某日的 commitment.json），\
                并把每个 commitment.json 与抽签前留存的副本比对。全部复现时以 0 退出，否则以 1 退出并列出每处差异。
                """)
        public static let verifyRecordHelp = Localized(
            en: "The draw record (JSON); with --chain, a public records folder.",
            zh: "抽签记录（JSON）；配合 --chain 时为公开记录文件夹。")
        public static let verifyChainHelp = Localized(
            en:
                "Check the hash chain of all of spotcheckd's draws instead (auditors and coordinators), or of the public records folder given.",
            zh: "改为检查 spotcheckd 全部抽签的哈希链（审计员和协调员），或所给公开记录文件夹的哈希链。")
        public static let verifyHeadHelp = Localized(
            en:
                "With --chain DIR: the hash the chain must end at, from a source other than the folder (the journal, a later day's commitment.json).",
            zh: "配合 --chain 文件夹：哈希链必须终止于的哈希，取自文件夹以外的来源（日志、之后某日的 commitment.json）。")
        public static let verifyDateHelp = Localized(
            en: "Verify the published record of this inspection day (with --pool) from the public folder.",
            zh: "从公开文件夹验证该检查日（配合 --pool）已公布的记录。")
        public static let verifyPoolHelp = Localized(
            en: "The pool of the published record to verify.", zh: "要验证的已公布记录所属的抽签池。")
        public static let verifyPublicHelp = Localized(
            en: "The public records folder. Default: $SPOTCHECK_PUBLIC, else /var/lib/spotcheck/public.",
            zh: "公开记录文件夹。默认：$SPOTCHECK_PUBLIC，否则为 /var/lib/spotcheck/public。")
        public static let verifySeedHelp = Localized(
            en: "The revealed seed, 64 hex digits.", zh: "揭晓的种子，64 位十六进制数。")
        public static let verifySeedFileHelp = Localized(en: "A file holding the seed.", zh: "存有种子的文件。")
        public static let verifyRosterHelp = Localized(
            en: "Folder with the roster CSV files the draw was made on.", zh: "抽签所依据的名册 CSV 文件所在文件夹。")
        public static let verifyPolicyHelp = Localized(
            en: "The policy the draw was made under (TOML or canonical text). "
                + "Default: policy.toml in the roster folder, else the built-in policy.",
            zh: "抽签所依据的策略（TOML 或规范文本）。默认：名册文件夹中的 policy.toml，否则为内置策略。")
        public static let verifyCommitmentHelp = Localized(
            en: "The published commitment (commitment.json) to check.", zh: "要核对的已公布承诺（commitment.json）。")
        public static let verifyReplacementsHelp = Localized(
            en: "The replacements made to the draw's teams (JSON array).", zh: "对该次抽签检查组所做的替换（JSON 数组）。")
        public static let reproduces = Localized(en: "The record reproduces:", zh: "记录可以复现：")
        public static func reproducesDetail(_ teams: Int, _ date: String, _ pool: String) -> Localized {
            Localized(
                en: " \(teams) teams on \(date), pool \(pool).\n", zh: " \(date) 抽签池 \(pool) 的 \(teams) 个检查组。\n")
        }
        public static let doesNotReproduce = Localized(
            en: "The record does NOT reproduce:", zh: "记录无法复现：")
        public static func chainBroken(_ drawID: Int64, _ problem: String) -> Localized {
            Localized(
                en: "The chain is BROKEN at draw \(drawID): \(problem)\n", zh: "哈希链在第 \(drawID) 次抽签处断裂：\(problem)\n")
        }
        public static func chainHolds(_ count: Int) -> Localized {
            Localized(
                en:
                    "The chain holds: \(count) records and entries (orders, replacements, ledger changes, campaign steps), each linked to the one before.\n",
                zh: "哈希链完整：\(count) 份记录和条目（指定检查、替换、问题台账变更、阶段转换），每项都与前一项相连。\n")
        }
        /// A broken link that belongs to no draw (a ledger change or campaign step).
        public static func chainBrokenLink(_ problem: String) -> Localized {
            Localized(en: "The chain is BROKEN: \(problem)\n", zh: "哈希链断裂：\(problem)\n")
        }

        public static func seedOnStderr(_ hex: String) -> Localized {
            Localized(
                en: "seed: \(hex)  (secret until the inspection day is over; needed to verify)",
                zh: "种子：\(hex)  （检查日结束前保密；验证时需要）")
        }
        public static func heading(
            _ date: String, _ pool: String, _ kind: String, _ staffed: Int, _ wanted: Int
        )
            -> Localized
        {
            Localized(
                en: "Draw \(date) · pool \(pool) · \(kind) · \(staffed) of \(wanted) targets staffed\n",
                zh: "抽签 \(date) · 抽签池 \(pool) · \(kind) · \(wanted) 个对象中 \(staffed) 个已配齐检查组\n")
        }
        public static func hashes(_ snapshot: String, _ policy: String, _ commitment: String) -> Localized {
            Localized(
                en: "snapshot \(snapshot)\npolicy \(policy)\nseed commitment \(commitment)\n",
                zh: "名册快照 \(snapshot)\n策略 \(policy)\n种子承诺 \(commitment)\n")
        }
        public static func eligible(_ departments: Int, _ weight: Int) -> Localized {
            Localized(
                en: "\(departments) departments could be drawn, total weight \(weight)\n",
                zh: "可抽取 \(departments) 个单位，总权重 \(weight)\n")
        }
        public static let notStaffed = Localized(en: "\nNot staffed\n", zh: "\n未能配齐检查组\n")
        public static func shortfall(_ count: Int) -> Localized {
            Localized(
                en: "\n\(count) target(s) could not be filled: no more departments to draw.\n",
                zh: "\n有 \(count) 个对象未能补足：已没有可抽取的单位。\n")
        }
        public static let columnDepartment = Localized(en: "Department", zh: "被检查单位")
        public static let columnName = Localized(en: "Name", zh: "名称")
        public static let columnRole = Localized(en: "Role", zh: "角色")
        public static let columnInspector = Localized(en: "Inspector", zh: "检查人员")
        public static let columnPersonName = Localized(en: "Name", zh: "姓名")
        public static let columnHome = Localized(en: "Home", zh: "所在单位")
        public static let columnReason = Localized(en: "Reason", zh: "原因")
        public static let columnReplacedBy = Localized(en: "Replaced by", zh: "递补单位")
    }
}
