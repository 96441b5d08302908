extension Catalogue.Findings {
    // `spotcheck findings check` and `spotcheck findings checks`: the outcomes of re-checks
    // (回头看) and honesty visits.

    public static let checkAbstract = Localized(
        en: "Record how a re-check or honesty visit went (its team lead, or a coordinator).",
        zh: "登记回头看或诚信抽查的结果（由检查组组长或协调员登记）。")
    public static let checkDiscussion = Localized(
        en: """
            On or after the visit's day, the lead of the team drawn for a re-check or an \
            honesty visit records its outcome once: --passed (the rectification held, or the \
            department's "no problem" stood), --failed (a re-check's finding is reopened and a \
            recurrence counted; an honesty visit's problems are recorded with findings add \
            --assignment) or --not-carried-out (say why in --note). The visit is DRAW/DEPARTMENT \
            from the task file; --finding picks one of several findings the visit re-checks. The \
            outcome is audited, a link of the hash chain, and shown by findings show and findings checks.
            """,
        zh: """
            回头看或诚信抽查的检查日当天或之后，由抽取的检查组组长登记一次结果：--passed（整改到位，\
            或单位“未发现问题”属实）、--failed（回头看的问题重新打开并计一次反弹；诚信抽查发现的问题\
            用 findings add --assignment 登记）或 --not-carried-out（在 --note 中说明原因）。检查任务\
            写作 DRAW/DEPARTMENT（见任务文件）；一次回头看涉及多个问题时用 --finding 指定其一。结果\
            记入审计记录和哈希链，可用 findings show 和 findings checks 查看。
            """)
    public static let visitHelp = Localized(
        en: "The visit: draw id and department, as in the task file.", zh: "检查任务：抽取编号和单位，与任务文件一致。")
    public static let passedHelp = Localized(
        en: "The rectification held (or no problem was found).", zh: "整改到位（或未发现问题）。")
    public static let failedHelp = Localized(
        en: "It did not hold (a re-check reopens the finding).", zh: "整改不到位（回头看将重新打开该问题）。")
    public static let visitNotCarriedOutHelp = Localized(en: "The visit did not take place.", zh: "检查未开展。")
    public static let checkedFindingHelp = Localized(
        en: "The finding re-checked, when the visit checks several.", zh: "一次回头看涉及多个问题时，指定所核查的问题。")
    public static let checkNoteHelp = Localized(
        en: "What was seen, or why the visit did not take place.", zh: "现场所见，或未开展的原因。")
    public static let oneOutcome = Localized(
        en: "give one of --passed, --failed, --not-carried-out",
        zh: "请给出 --passed、--failed、--not-carried-out 之一")
    public static let outcomeNeedsNote = Localized(
        en: "--failed and --not-carried-out need --note", zh: "--failed 和 --not-carried-out 需要同时给出 --note")
    public static let checksAbstract = Localized(
        en: "The ledger's checks (verifications, re-checks, honesty visits) and their outcomes.",
        zh: "问题台账的核查（销号核验、回头看、诚信抽查）及其结果。")
    public static let checkKindHelp = Localized(
        en: "Only checks of this kind: verification, recheck or honesty.",
        zh: "只列出此类核查：verification、recheck 或 honesty。")
    public static let noChecks = Localized(en: "No checks.\n", zh: "没有核查。\n")
    public static let columnCheckKind = Localized(en: "Kind", zh: "类型")
    public static let columnVisit = Localized(en: "Visit", zh: "检查任务")
    public static let columnDay = Localized(en: "Day", zh: "日期")
    public static let columnLead = Localized(en: "Lead", zh: "组长")
    public static let columnOutcome = Localized(en: "Outcome", zh: "结果")
    public static let columnNote = Localized(en: "Note", zh: "说明")
}

extension Catalogue.Findings {
    // `spotcheck findings sample-check`: an auditor's check of a sample's population.

    public static let sampleCheckAbstract = Localized(
        en: "Compare a re-check or honesty sample's population with the ledger (auditors).",
        zh: "将回头看或诚信抽查样本的总体与问题台账核对（审计员）。")
    public static let sampleCheckDiscussion = Localized(
        en: """
            FOLDER is the public folder of a ledger draw that carries ledger-sample.json \
            (PUBLIC/DATE/ledger-ordered-ID). The population it was drawn from is recomputed from \
            each finding's history (read from the daemon) and the roster published with the draw: \
            for a re-check, the findings closed before the draw's day by a verification accepted \
            in the period; for the honesty sample, the departments with no self-inspection finding \
            recorded before that day. Members a change on the draw's day itself may add or remove \
            are listed as undecided. Exit status 1 when the populations differ.
            """,
        zh: """
            FOLDER 为带有 ledger-sample.json 的台账抽取公开目录（PUBLIC/DATE/ledger-ordered-ID）。\
            根据每个问题的历史记录（从守护进程读取）和随该次抽取公开的名册重新计算抽样总体：回头看为\
            抽取日之前、经该期间内验收通过而销号的问题；诚信抽查为抽取日之前没有自查问题的单位。\
            抽取当日的变动可能增减的成员列为“待定”。总体不一致时退出状态为 1。
            """)
    public static let sampleFolderHelp = Localized(
        en: "The public folder of the sample's draw.", zh: "样本所属抽取的公开目录。")
    public static func notASample(_ path: String, _ error: String) -> Localized {
        Localized(en: "\(path): not a ledger sample (\(error))", zh: "\(path)：不是台账抽样文件（\(error)）")
    }
    public static func sampleFolderNotDated(_ folder: String) -> Localized {
        Localized(
            en: "\(folder): not in a dated folder (PUBLIC/YYYY-MM-DD/ledger-ordered-ID)",
            zh: "\(folder)：不在以日期命名的目录中（PUBLIC/YYYY-MM-DD/ledger-ordered-ID）")
    }
    public static func noIDColumn(_ path: String) -> Localized {
        Localized(en: "\(path): line 1: no column id", zh: "\(path)：第 1 行：没有 id 列")
    }
    public static func sampleHolds(_ kind: String, _ period: String, _ count: Int) -> Localized {
        Localized(
            en: "The \(kind) sample of \(period) was drawn from the ledger's population (\(count) members).\n",
            zh: "\(period) 的 \(kind) 样本取自台账的总体（\(count) 个成员）。\n")
    }
    public static func sampleDiffers(_ kind: String, _ period: String) -> Localized {
        Localized(
            en: "The \(kind) sample of \(period) was NOT drawn from the ledger's population:\n",
            zh: "\(period) 的 \(kind) 样本与台账的总体不一致：\n")
    }
    public static func sampleUnexpected(_ item: String) -> Localized {
        Localized(en: "  published but not in the ledger's population: \(item)\n", zh: "  已公开但不在台账总体中：\(item)\n")
    }
    public static func sampleMissing(_ item: String) -> Localized {
        Localized(en: "  in the ledger's population but not published: \(item)\n", zh: "  在台账总体中但未公开：\(item)\n")
    }
    public static func sampleUndecided(_ item: String) -> Localized {
        Localized(
            en: "  undecided (changed on the draw's day; compare with its commitment time): \(item)\n",
            zh: "  待定（抽取当日有变动，请与承诺时间核对）：\(item)\n")
    }
}
