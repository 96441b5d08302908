extension Catalogue {
    /// `spotcheck self-inspection …` and the self-inspection form's file.
    public enum SelfInspection {
        /// The campaign's own names, shown beside the English in both languages.
        public enum Term {
            public static let form = "自查自纠表"
            public static let yes = "是"
            public static let no = "否"
        }

        // Help.
        public static let abstract = Localized(
            en: "Self-inspection forms: issue, fill in, return, follow up.",
            zh: "自查自纠表：下发、填写、交回、跟踪。")
        public static let discussion = Localized(
            en: """
                Each department gets one self-inspection form (\(Term.form)) per campaign, asking \
                about every prohibition of the list. Coordinators issue the forms (they are also \
                issued on entering the self-inspection phase); a department's contacts \
                (departments.csv, column contacts) write their form to a file, fill it in a \
                spreadsheet or a text editor, and return it once, by its due date. A returned form \
                is checked whole: any problem refuses it, naming the file, line and column, and \
                nothing is stored. Each prohibition answered with a problem found becomes a finding \
                of the problem ledger (source self-inspection). A form not returned by its due date \
                is locked as late and journaled.
                """,
            zh: """
                每个单位在每次专项整治中有一份\(Term.form)，逐条列出禁止性规定。协调员下发（进入自查自纠阶段时\
                也会自动下发）；单位联络人（departments.csv 的 contacts 列）将本单位的表写成文件，用电子表格或\
                文本编辑器填写，在截止日期前交回一次。交回的表整体检查：有任何问题即整体退回，并指出文件、行和列，\
                不保存任何内容。每条填写“存在问题”的规定都成为问题台账中的一条问题（来源：自查）。截止日期前未交回\
                的表被锁定为逾期并记入日志。
                """)
        public static let issueAbstract = Localized(
            en: "Issue a form to every department without one (coordinators).",
            zh: "向尚无自查自纠表的每个单位下发（协调员）。")
        public static let issueDiscussion = Localized(
            en: """
                Issues a form to each department of the roster that has none in the campaign, \
                asking about the prohibitions of [ledger] prohibitions, due on --due or on the last \
                planned day of the self-inspection phase. Forms already issued are left as they are.
                """,
            zh: """
                向名册中本次专项整治尚无自查自纠表的每个单位下发，表中列出 [ledger] prohibitions 的禁止性规定，\
                截止日期为 --due，未给出时为自查自纠阶段计划的最后一天。已下发的表保持不变。
                """)
        public static let dueHelp = Localized(
            en: "The due date, YYYY-MM-DD (default: the last planned day of self-inspection).",
            zh: "截止日期，格式 YYYY-MM-DD（默认：自查自纠阶段计划的最后一天）。")
        public static let statusAbstract = Localized(
            en: "Every department's form: returned, outstanding or late (coordinators, auditors).",
            zh: "各单位自查自纠表的情况：已交回、未交回或逾期（协调员、审计员）。")
        public static let statusDiscussion = Localized(
            en: "Lists the forms of the campaign with their state, due date, who returned them and the findings made. "
                + "Without a campaign it says so and exits 0, as campaign status does.",
            zh: "列出本次专项整治的自查自纠表，包括状态、截止日期、交回人及形成的问题。"
                + "未配置专项整治时如实说明并以 0 退出，与 campaign status 相同。")
        public static let mineAbstract = Localized(
            en: "The forms of the departments whose contact you are.",
            zh: "您作为联络人的单位的自查自纠表。")
        public static let formAbstract = Localized(
            en: "Write your department's form to a file to fill in (contacts).",
            zh: "将本单位的自查自纠表写入文件以便填写（联络人）。")
        public static let formDiscussion = Localized(
            en: """
                Writes the form as CSV (UTF-8 with a byte-order mark, for Excel and WPS): lines \
                starting with # explain it, then a header and one row per prohibition. Fill in the \
                answer (\(Term.yes) or \(Term.no), yes or no), the description and the planned \
                measures; leave the department and code as they are. Its headers are in your \
                language; either language is accepted back.
                """,
            zh: """
                以 CSV 格式（带字节顺序标记的 UTF-8，Excel 和 WPS 可直接打开）写出自查自纠表：以 # 开头的行是\
                填写说明，其后是表头和每条禁止性规定一行。填写是否存在问题（\(Term.yes)或\(Term.no)，也可写 \
                yes 或 no）、问题描述和拟采取的整改措施；部门和编号保持不变。表头使用您的语言；交回时中英文表头\
                均可。
                """)
        public static let departmentHelp = Localized(
            en: "The department (needed only when you are the contact of several).",
            zh: "单位（仅当您是多个单位的联络人时需要）。")
        public static let outputHelp = Localized(
            en: "Write the form to this file (default: standard output).",
            zh: "将表写入此文件（默认：标准输出）。")
        public static let submitAbstract = Localized(
            en: "Return your department's filled form (contacts).",
            zh: "交回本单位填好的自查自纠表（联络人）。")
        public static let submitDiscussion = Localized(
            en: """
                Checks the file whole and returns it: any problem refuses it, each named by file, \
                line and column, and nothing is stored. A form is returned once, by its due date; \
                each problem found becomes a finding (spotcheck findings mine).
                """,
            zh: """
                整体检查文件后交回：有任何问题即退回，逐条指出文件、行和列，不保存任何内容。每份表只能在截止日期\
                前交回一次；每个存在的问题都成为一条问题（spotcheck findings mine）。
                """)
        public static let fileHelp = Localized(
            en: "The filled form (CSV).", zh: "填好的自查自纠表（CSV）。")
        public static let jsonHelp = Localized(en: "Print the forms as JSON.", zh: "以 JSON 格式输出。")

        // Calling the daemon.
        public static func permissionDenied(_ command: String) -> Localized {
            Localized(
                en: "\(command) is refused: only coordinators issue forms, coordinators and auditors list "
                    + "them, and only a department's contacts return its form",
                zh: "\(command) 被拒绝：只有协调员可下发，协调员和审计员可查看全部，只有单位联络人可交回本单位的表")
        }
        public static let notConfigured = Localized(
            en: "no campaign is configured: add a [campaign] section to spotcheckd.toml (docs/campaign.md)",
            zh: "未配置专项整治：请在 spotcheckd.toml 中添加 [campaign] 节（见 docs/campaign.md）")
        public static func noForm(_ department: String) -> Localized {
            Localized(
                en:
                    "no self-inspection form was issued to \(department); ask a coordinator (spotcheck self-inspection issue)",
                zh: "尚未向 \(department) 下发自查自纠表；请联系协调员（spotcheck self-inspection issue）")
        }
        public static func alreadyReturned(_ department: String, _ at: String) -> Localized {
            Localized(
                en: "the form of \(department) was returned at \(at); a form is returned once",
                zh: "\(department) 的自查自纠表已于 \(at) 交回；每份表只能交回一次")
        }
        public static func locked(_ department: String, _ due: String) -> Localized {
            Localized(
                en: "the form of \(department) was due on \(due) and is locked as late; it is no longer accepted",
                zh: "\(department) 的自查自纠表应于 \(due) 前交回，已逾期锁定，不再接收")
        }
        public static func invalid(_ count: Int, _ problems: String) -> Localized {
            Localized(
                en: "\(problems)\nthe form was not returned: \(count) problem(s); correct them and submit it again",
                zh: "\(problems)\n自查自纠表未交回：共 \(count) 处问题；请改正后重新提交")
        }
        public static func refused(_ message: String) -> Localized {
            Localized(en: "refused: \(message); nothing changed", zh: "被拒绝：\(message)；未做任何更改")
        }
        public static let noForms = Localized(
            en: "no self-inspection form is issued to a department you are the contact of",
            zh: "您作为联络人的单位均未下发自查自纠表")
        public static func chooseDepartment(_ departments: String) -> Localized {
            Localized(
                en:
                    "you are the contact of several departments with forms (\(departments)); name one with --department",
                zh: "您是多个有自查自纠表的单位的联络人（\(departments)）；请用 --department 指定一个")
        }
        public static func notYourForm(_ department: String) -> Localized {
            Localized(
                en: "\(department) has no form you can see; you are not its contact, or none was issued",
                zh: "\(department) 没有您可查看的自查自纠表：您不是其联络人，或尚未下发")
        }

        // Results.
        public static func issued(_ count: Int) -> Localized {
            Localized(en: "issued \(count) form(s)\n", zh: "已下发 \(count) 份自查自纠表\n")
        }
        public static func written(_ department: String, _ path: String, _ due: String) -> Localized {
            Localized(
                en: "the form of \(department) is in \(path); fill it in and return it by \(due) with spotcheck "
                    + "self-inspection submit \(path)\n",
                zh: "\(department) 的自查自纠表已写入 \(path)；请填写后于 \(due) 前用 spotcheck self-inspection submit "
                    + "\(path) 交回\n")
        }
        public static func returned(_ department: String, _ problems: Int) -> Localized {
            Localized(
                en: "the form of \(department) is returned; \(problems) problem(s) found\n",
                zh: "\(department) 的自查自纠表已交回；存在问题 \(problems) 个\n")
        }
        public static func findings(_ ids: String) -> Localized {
            Localized(
                en: "recorded as findings: \(ids) (spotcheck findings mine)\n",
                zh: "已记入问题台账：\(ids)（spotcheck findings mine）\n")
        }
        public static let columnDepartment = Localized(en: "Department", zh: "单位")
        public static let columnName = Localized(en: "Name", zh: "名称")
        public static let columnState = Localized(en: "State", zh: "状态")
        public static let columnDue = Localized(en: "Due", zh: "截止日期")
        public static let columnReturned = Localized(en: "Returned", zh: "交回")
        public static let columnFindings = Localized(en: "Findings", zh: "问题")
        public static let stateIssued = Localized(en: "issued", zh: "已下发")
        public static let stateReturned = Localized(en: "returned", zh: "已交回")
        public static let stateLocked = Localized(en: "late (locked)", zh: "逾期（已锁定）")
        public static func summary(_ returned: Int, _ outstanding: Int, _ late: Int) -> Localized {
            Localized(
                en: "\(returned) returned, \(outstanding) outstanding, \(late) late\n",
                zh: "已交回 \(returned) 份，未交回 \(outstanding) 份，逾期 \(late) 份\n")
        }

        // The form's file.
        public static func formTitle(_ department: String, _ name: String, _ due: String) -> Localized {
            Localized(
                en: "Self-inspection form of \(department) \(name); return it by \(due)",
                zh: "自查自纠表：\(department) \(name)；请于 \(due) 前交回")
        }
        public static let formInstructions = Localized(
            en: """
                One row per prohibition. Keep the department and code columns as they are.
                problem found: yes or no. For yes give the description and the planned measures.
                Lines starting with # are ignored. Return it with: spotcheck self-inspection submit FILE
                """,
            zh: """
                每条禁止性规定一行。部门和编号两列请勿改动。
                是否存在问题：填是或否。填是的须写明问题描述和拟采取的整改措施。
                以 # 开头的行不计入。填好后用 spotcheck self-inspection submit 文件名 交回。
                """)

        // Problems of a returned file (the location is printed before each).
        public static func tooLarge(_ kib: Int) -> Localized {
            Localized(
                en: "the file is larger than \(kib) KiB; a form is one row per prohibition",
                zh: "文件超过 \(kib) KiB；每条禁止性规定只占一行")
        }
        public static func noHeader(_ columns: String) -> Localized {
            Localized(
                en: "no header row; the first row that is not a # comment must name the columns (\(columns))",
                zh: "缺少表头；第一个不以 # 开头的行必须是列名（\(columns)）")
        }
        public static func unknownColumn(_ name: String) -> Localized {
            Localized(
                en: "'\(name)' is not a column of the form; do not add or rename columns",
                zh: "“\(name)”不是自查自纠表的列；请勿增加或改名")
        }
        public static let duplicateColumn = Localized(en: "the column appears twice", zh: "该列出现了两次")
        public static let missingColumn = Localized(
            en: "the column is missing; use the form as issued", zh: "缺少该列；请使用下发的表")
        public static let extraCells = Localized(
            en: "the row has more cells than the header; remove them or quote a text with commas",
            zh: "该行的单元格比表头多；请删除多余内容，含逗号的文字请加引号")
        public static func wrongDepartment(_ found: String, _ expected: String) -> Localized {
            Localized(
                en: "'\(found)' is not this form's department \(expected); each department returns its own form",
                zh: "“\(found)”不是本表的单位 \(expected)；各单位只交回本单位的表")
        }
        public static let missingCode = Localized(
            en: "the code is empty; keep the code of each prohibition as issued", zh: "编号为空；请保留下发时的编号")
        public static func unknownCode(_ code: String) -> Localized {
            Localized(
                en: "'\(code)' is not a prohibition of this form; keep the codes as issued",
                zh: "“\(code)”不是本表的禁止性规定；请保留下发时的编号")
        }
        public static func duplicateCode(_ code: String, _ first: Int) -> Localized {
            Localized(
                en: "\(code) is answered twice (first on line \(first)); answer it once",
                zh: "\(code) 填写了两次（第一次在第 \(first) 行）；每条只填一次")
        }
        public static func missingRow(_ code: String) -> Localized {
            Localized(
                en: "the prohibition \(code) is not answered; add its row back from the form as issued",
                zh: "禁止性规定 \(code) 未填写；请从下发的表中补回该行")
        }
        public static func badAnswer(_ value: String) -> Localized {
            Localized(
                en: "'\(value)' is not an answer; write \(Term.yes) or \(Term.no) (yes or no)",
                zh: "“\(value)”不是有效回答；请填\(Term.yes)或\(Term.no)（yes 或 no）")
        }
        public static let descriptionRequired = Localized(
            en: "a problem found needs its description", zh: "存在问题的须填写问题描述")
        public static let measuresRequired = Localized(
            en: "a problem found needs the measures planned against it", zh: "存在问题的须填写拟采取的整改措施")
        public static func tooLong(_ limit: Int) -> Localized {
            Localized(en: "longer than \(limit) characters; shorten it", zh: "超过 \(limit) 个字符；请精简")
        }
        public static func controlCharacter(_ hex: String) -> Localized {
            Localized(
                en: "holds the invisible control character U+\(hex); retype the text without it",
                zh: "含有不可见的控制字符 U+\(hex)；请删除后重新填写")
        }
    }
}
