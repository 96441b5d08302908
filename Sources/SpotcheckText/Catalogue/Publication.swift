extension Catalogue {
    /// The public site the daemon writes into its public folder (`publication/`), and
    /// `spotcheck verify --publication`.
    public enum Publication {
        // Pages and their headings.
        public static let siteTitle = Localized(en: "Inspection draws and results", zh: "随机抽查与结果公开")
        public static let home = Localized(en: "Home", zh: "首页")
        public static let byDate = Localized(en: "Draws by date", zh: "按日期查看抽签")
        public static let byDepartment = Localized(en: "By department", zh: "按单位查看")
        public static let byCategory = Localized(en: "Findings by category", zh: "按问题类别查看")
        public static let ledger = Localized(en: "Problem ledger summary", zh: "问题台账汇总")
        public static let complaints = Localized(en: "Complaint statistics", zh: "群众举报统计")
        public static let howToVerify = Localized(en: "How to verify", zh: "如何核验")
        public static let data = Localized(en: "Data (CSV and JSON)", zh: "数据下载（CSV 和 JSON）")
        public static let draw = Localized(en: "Draw", zh: "抽签")
        public static let department = Localized(en: "Department", zh: "单位")
        public static let departmentID = Localized(en: "Department id", zh: "单位编号")
        public static let date = Localized(en: "Date", zh: "日期")
        public static let pool = Localized(en: "Pool", zh: "抽签池")
        public static let kind = Localized(en: "Kind", zh: "类型")
        public static let scheduled = Localized(en: "scheduled", zh: "定时随机抽签")
        public static let ordered = Localized(en: "ordered", zh: "指定检查")
        public static let visit = Localized(en: "Visit", zh: "检查方式")
        public static let targets = Localized(en: "Departments inspected", zh: "被检查单位")
        public static let teams = Localized(en: "Teams", zh: "检查组")
        public static let members = Localized(en: "Members", zh: "成员")
        public static let lead = Localized(en: "lead", zh: "组长")
        public static let member = Localized(en: "member", zh: "组员")
        public static let shortfall = Localized(en: "Shortfall", zh: "缺额")
        public static let commitment = Localized(en: "Commitment (published before the draw)", zh: "承诺值（抽签前公开）")
        public static let seed = Localized(en: "Seed (revealed after the inspection day)", zh: "随机种子（检查日结束后公开）")
        public static let seedCommitment = Localized(en: "SHA-256 of the seed", zh: "种子的 SHA-256")
        public static let snapshotHash = Localized(en: "Roster snapshot hash", zh: "名册快照哈希")
        public static let policyHash = Localized(en: "Policy hash", zh: "规则哈希")
        public static let previousLink = Localized(en: "Previous link of the chain", zh: "哈希链上一环")
        public static let recordHash = Localized(en: "SHA-256 of the record", zh: "抽签记录的 SHA-256")
        public static let files = Localized(en: "Files", zh: "文件")
        public static let count = Localized(en: "Count", zh: "数量")
        public static let total = Localized(en: "Total", zh: "合计")
        public static let state = Localized(en: "State", zh: "状态")
        public static let category = Localized(en: "Category", zh: "类别")
        public static let channel = Localized(en: "Channel", zh: "渠道")
        public static let timesInspected = Localized(en: "Times inspected", zh: "被抽中次数")
        public static let findings = Localized(en: "Findings", zh: "问题数")
        public static let none = Localized(en: "None yet.", zh: "暂无。")
        public static let uncategorised = Localized(en: "not yet classified", zh: "尚未分类")
        public static let otherCategories = Localized(
            en: "other categories (each below the threshold)", zh: "其他类别（均低于公开阈值）")
        public static let chainHead = Localized(en: "Head of the hash chain", zh: "哈希链末端")
        public static let publicKey = Localized(en: "Signing key (Ed25519, public)", zh: "签名公钥（Ed25519）")
        public static let campaignPhase = Localized(en: "Campaign phase", zh: "专项整治阶段")
        public static func generated(_ at: String, _ edition: String) -> Localized {
            Localized(en: "Published \(at) (\(edition)).", zh: "发布时间：\(at)（\(edition)）。")
        }
        public static let editionDaily = Localized(en: "daily edition", zh: "每日更新")
        /// The edition written when the phase `identifier` (`self-inspection`) ended, the phase
        /// named in each language (Catalogue.CampaignPhaseNames).
        public static func editionPhase(_ identifier: String) -> Localized {
            Localized(en: "at the end of the ", zh: "于") + CampaignPhaseNames.name(identifier)
                + Localized(en: " phase", zh: "阶段结束时发布")
        }
        public static let editionFinal = Localized(en: "final edition of the campaign", zh: "专项整治最终版")
        /// A complaint count the site hides (Suppression): a small one, or one that would give a
        /// small one away. It says nothing of its size.
        public static let suppressed = Localized(en: "not shown", zh: "不公开")
        public static func suppressionNote(_ threshold: Int) -> Localized {
            Localized(
                en: "Where a table holds a count from 1 to \(threshold - 1), every non-zero count of that table is "
                    + "\"not shown\" (and its zeros too where the rest would still give one away); a month of fewer "
                    + "than \(threshold) complaints shows none of its counts. So no small count can be worked out "
                    + "from the total or the other counts, and no complainant can be singled out. Names, identities "
                    + "and the text of complaints are never published.",
                zh: "某表中若有 1 至 \(threshold - 1) 的数量，该表所有非零数量均显示为“不公开”（若仍可推算出被隐去的数量，"
                    + "零也一并隐去）；某月举报不足 \(threshold) 件的，该月数量一律不公开。这样，任何较小的数量都无法由合计"
                    + "或其他数量推算出来，以免识别举报人。举报人姓名、身份和举报内容一律不公开。")
        }
        public static let ledgerNote = Localized(
            en:
                "Counts of findings in the problem ledger by category and state. The facts of a finding are not published.",
            zh: "问题台账中问题按类别和状态的数量。问题的具体事实不在此公开。")
        public static let departmentsNote = Localized(
            en:
                "Every department of the roster, how often it was drawn for inspection in the published draws, and its findings.",
            zh: "名册中的每个单位、在已公开的抽签中被抽中检查的次数及其问题数。")
        public static let drawNote = Localized(
            en: "The commitment below was published before the draw was computed; the seed was revealed after the "
                + "inspection day. With the files of this folder anyone can recompute the draw.",
            zh: "下面的承诺值在计算抽签结果之前已经公开；随机种子在检查日结束后公开。任何人都可以用本目录中的文件重新计算抽签结果。")
        public static let covert = Localized(en: "covert (unannounced)", zh: "暗访")
        public static let open = Localized(en: "open", zh: "明察")
        public static let replacements = Localized(en: "Replacements made", zh: "人员调整")
        public static let noDraws = Localized(en: "No draw has been published yet.", zh: "尚无已公开的抽签。")
        public static let verifyIntro = Localized(
            en: "Everything on this site can be checked offline, with the commands below run in this folder.",
            zh: "本网站的全部内容均可离线核验：在本目录中运行下列命令。")
        public static let verifyPublication = Localized(
            en:
                "The whole site: every file against the signed manifest (pin the key published by the inspection office).",
            zh: "整个网站：逐一核对每个文件与签名清单是否一致（请使用纪检监察机关公布的公钥）。")
        public static let verifyNotBefore = Localized(
            en: "A mirror may serve an older edition of this site, whole and signed by the same key: give "
                + "--not-before with the date of the newest edition you know of (YYYY-MM-DD, or an RFC 3339 time "
                + "with its offset), and a copy published before it is refused.",
            zh: "镜像可能提供本网站较旧的完整版本，且由同一公钥签名：请用 --not-before 给出您所知最新版本的日期"
                + "（YYYY-MM-DD，或带时区偏移的 RFC 3339 时间），在此之前发布的副本将被拒绝。")
        public static let verifyDraw = Localized(
            en: "One draw: recompute it from its seed, roster and policy (in Swift or in Python).",
            zh: "单次抽签：根据其种子、名册和规则重新计算（Swift 或 Python 均可）。")
        public static let verifyChain = Localized(
            en: "The hash chain of all published draws, orders and replacements.",
            zh: "所有已公开的抽签、指定检查和人员调整构成的哈希链。")
        public static let thisDraw = Localized(en: "Verify this draw", zh: "核验本次抽签")

        // Labels of codes (the codes stay in CSV and JSON; phases: Catalogue.CampaignPhaseNames,
        // findings' states and categories: Catalogue.LedgerStateWords.state and .category).
        public static func complaintStateLabel(_ code: String) -> Localized {
            switch code {
            case "received": Localized(en: "received", zh: "已受理登记")
            case "accepted": Localized(en: "accepted", zh: "已受理")
            case "not-accepted": Localized(en: "not accepted", zh: "不予受理")
            case "referred": Localized(en: "referred", zh: "已转办")
            case "merged": Localized(en: "merged", zh: "已合并办理")
            case "investigating": Localized(en: "investigating", zh: "调查核实中")
            case "concluded": Localized(en: "concluded", zh: "已办结")
            case "feedback-given": Localized(en: "feedback given", zh: "已反馈")
            case "closed": Localized(en: "closed", zh: "已结案")
            case "reexamining": Localized(en: "re-examining", zh: "复查中")
            default: .verbatim(code)
            }
        }
        public static func channelLabel(_ code: String) -> Localized {
            switch code {
            case "hotline": Localized(en: "hotline", zh: "电话")
            case "mailbox": Localized(en: "mailbox", zh: "信箱")
            case "wechat": Localized(en: "WeChat", zh: "微信")
            case "letter": Localized(en: "letter", zh: "来信")
            case "visit": Localized(en: "visit", zh: "来访")
            default: .verbatim(code)
            }
        }

        // spotcheck verify --publication
        public static let verifyPublicationHelp = Localized(
            en:
                "Check a copy of the public site: every file against its signed manifest (manifest.json, manifest.sig).",
            zh: "核验公开网站的副本：逐一核对每个文件与其签名清单（manifest.json、manifest.sig）。")
        public static let verifyKeyHelp = Localized(
            en: "With --publication: the signing key (64 hex digits) the manifest must be signed with, as the "
                + "inspection office published it (spotcheckd --publication-key prints it).",
            zh: "与 --publication 一起使用：清单必须使用的签名公钥（64 位十六进制），即纪检监察机关公布的公钥"
                + "（由 spotcheckd --publication-key 打印）。")
        public static func holds(_ files: Int, _ head: String, _ key: String) -> Localized {
            Localized(
                en: "The publication holds: \(files) files, each as the signed manifest lists it.\n"
                    + "chain head: \(head)\nsigned by: \(key)\n",
                zh: "公开内容完整：共 \(files) 个文件，均与签名清单一致。\n哈希链末端：\(head)\n签名公钥：\(key)\n")
        }
        public static let unpinned = Localized(
            en: "note: the key was taken from the folder itself; give --key with the key the inspection office "
                + "published to know who signed it\n",
            zh: "提示：公钥取自该目录本身；请用 --key 指定纪检监察机关公布的公钥，才能确认签名者\n")
        public static let broken = Localized(en: "The publication does NOT hold:", zh: "公开内容未通过核验：")
    }
}
