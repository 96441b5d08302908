extension Catalogue {
    /// `spotcheck complaints …`: complaints from the public (群众举报).
    public enum Complaints {
        /// The campaign's own name of complaints from the public, shown in both languages.
        public enum Term {
            public static let complaints = "群众举报"
            public static let state = "状态"
        }

        public static let abstract = Localized(
            en: "Complaints from the public (\(Term.complaints)): register, handle, look up by receipt code.",
            zh: "\(Term.complaints)：登记、办理、凭回执码查询。")
        public static let discussion = Localized(
            en: """
                Handlers (root and the [roles] complaints groups) register and handle complaints. The \
                complainant gets a receipt code, shown once; anyone holding it can read the state, the \
                dates and the replies meant for the complainant, never the identity or internal notes. \
                An identity is read only with a written reason and a second person's approval.
                """,
            zh: """
                举报受理人（root 和 [roles] 中的 complaints 组）登记和办理群众举报。举报人获得一个回执码，\
                只显示一次；持有回执码的任何人都可查看办理状态、日期和给举报人的答复，但看不到举报人身份\
                和内部备注。只有写明理由并经第二人批准，才能查看举报人身份。
                """)

        // A complaint as handlers see it.
        public static func heading(_ id: String, _ label: String, _ state: String) -> Localized {
            Localized(en: "complaint \(id): \(label) (\(state))\n", zh: "举报 \(id)：\(label)（\(state)）\n")
        }
        public static func received(_ date: String, _ channel: String) -> Localized {
            Localized(en: "  received \(date) by \(channel)", zh: "  \(date) 经 \(channel) 收到")
        }
        public static let stub = Localized(
            en: ", about the commission's leadership: forwarded to the level above (stub)\n",
            zh: "，反映本委领导班子的问题：已转报上一级（仅存登记）\n")
        public static func department(_ department: String, _ category: String) -> Localized {
            Localized(
                en: "  department \(department), category \(category)\n", zh: "  被举报单位 \(department)，类别 \(category)\n")
        }
        public static func allegation(_ allegation: String) -> Localized {
            Localized(en: "  allegation: \(allegation)\n", zh: "  举报内容：\(allegation)\n")
        }
        public static let identityOnFile = Localized(en: "  identity: on file, sealed\n", zh: "  举报人身份：已存档，已加密\n")
        public static let identityNone = Localized(en: "  identity: none given\n", zh: "  举报人身份：未提供\n")
        public static func clock(_ clock: String, _ due: String, _ status: String) -> Localized {
            Localized(en: "  \(clock) due \(due) (\(status))\n", zh: "  \(clock) 期限 \(due)（\(status)）\n")
        }
        public static func entry(_ date: String, _ what: String, _ actor: String) -> Localized {
            Localized(en: "  \(date) \(what) by \(actor)", zh: "  \(date) \(what)，办理人 \(actor)")
        }
        public static func entryText(_ text: String) -> Localized {
            Localized(en: ": \(text)", zh: "，内容：\(text)")
        }

        // register
        public static let registerAbstract = Localized(
            en: "Register a complaint and print its receipt code (shown once).", zh: "登记群众举报并显示回执码（只显示一次）。")
        public static let registerDiscussion = Localized(
            en: """
                The identity, if the complainant gives one, is read from a file or standard input \
                (--identity-file -), never from the command line (which other users can see). It is \
                stored encrypted and never shown again except through `spotcheck complaints identity`.
                """,
            zh: """
                举报人如提供身份，从文件或标准输入（--identity-file -）读取，绝不从命令行读取（其他用户\
                可以看到命令行）。身份加密保存，除通过 `spotcheck complaints identity` 外不再显示。
                """)
        public static let channelHelp = Localized(
            en: "hotline, mailbox, wechat, letter or visit.",
            zh: "举报渠道：hotline（热线）、mailbox（信箱）、wechat（微信）、letter（来信）或 visit（来访）。")
        public static let departmentHelp = Localized(
            en: "The department concerned (its id).", zh: "被举报单位（其编号）。")
        public static let allegationHelp = Localized(en: "What is alleged.", zh: "举报内容。")
        public static let categoryHelp = Localized(en: "The category.", zh: "问题类别。")
        public static let receivedHelp = Localized(
            en: "When it was received: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now).",
            zh: "收到时间：YYYY-MM-DD 或 YYYY-MM-DDTHH:MM（默认：现在）。")
        public static let identityFileHelp = Localized(
            en: "Read the complainant's identity from this file ('-': standard input).",
            zh: "从此文件读取举报人身份（'-'：标准输入）。")
        public static let leadershipHelp = Localized(
            en: "About the commission's own leadership: keep only a content-free stub (forwarded to the level above).",
            zh: "反映本委领导班子的问题：只保留不含内容的登记（转报上一级）。")
        public static func cannotRead(_ file: String) -> Localized {
            Localized(en: "\(file): cannot be read", zh: "\(file)：无法读取")
        }
        public static func registered(_ id: String, _ code: String) -> Localized {
            Localized(
                en: """
                    complaint \(id) registered
                    receipt code: \(code)
                    Give this code to the complainant now: it is not stored and cannot be shown again.

                    """,
                zh: """
                    已登记举报 \(id)
                    回执码：\(code)
                    请现在把回执码交给举报人：系统不保存回执码，之后无法再次显示。

                    """)
        }

        // list, show
        public static let listAbstract = Localized(
            en: "List complaints with their state and clock (handlers).", zh: "列出群众举报及其办理状态和期限（举报受理人）。")
        public static let jsonHelp = Localized(en: "Print as JSON.", zh: "以 JSON 格式输出。")
        public static let columnReceived = Localized(en: "Received", zh: "收到时间")
        public static let columnChannel = Localized(en: "Channel", zh: "渠道")
        public static let columnDepartment = Localized(en: "Department", zh: "被举报单位")
        public static let columnCategory = Localized(en: "Category", zh: "类别")
        public static let columnState = Localized(en: "State", zh: "状态")
        public static let columnDue = Localized(en: "Due", zh: "期限")
        public static let columnClock = Localized(en: "Clock", zh: "期限情况")
        public static let showAbstract = Localized(
            en: "Show one complaint with its history (handlers; never the identity).",
            zh: "查看一件举报及其办理记录（举报受理人；不显示举报人身份）。")
        public static let idHelp = Localized(en: "The complaint's number.", zh: "举报编号。")

        // update
        public static let updateAbstract = Localized(
            en: "Move a complaint to a state, add an internal note, or a reply for the complainant.",
            zh: "变更举报的办理状态，添加内部备注，或添加给举报人的答复。")
        public static let updateDiscussion = Localized(
            en: """
                States: received → accepted / not-accepted / referred / merged → investigating → \
                concluded → feedback-given → closed; an objection reopens it (reexamining). Accepting, \
                not accepting, referring, merging and giving feedback each need --reply, which the \
                complainant reads with the receipt code. Notes are for handlers only.
                """,
            zh: """
                状态：received（已收到）→ accepted（受理）/ not-accepted（不予受理）/ referred（转办）/ \
                merged（合并）→ investigating（调查核实）→ concluded（办结）→ feedback-given（已反馈）→ \
                closed（结案）；举报人提出异议则重新打开（reexamining，复核）。受理、不予受理、转办、合并和\
                反馈都须给出 --reply，举报人凭回执码查看。备注仅供举报受理人查看。
                """)
        public static let stateHelp = Localized(en: "The new state.", zh: "新的办理状态。")
        public static let noteHelp = Localized(
            en: "An internal note (never shown to the complainant).", zh: "内部备注（从不向举报人显示）。")
        public static let replyHelp = Localized(
            en: "A reply for the complainant (shown on receipt lookup).", zh: "给举报人的答复（凭回执码查询时显示）。")
        public static let giveSomething = Localized(
            en: "give --state, --note or --reply", zh: "请给出 --state、--note 或 --reply")

        // lookup
        public static let lookupAbstract = Localized(
            en: "What the holder of a receipt code may see: state, dates, replies.",
            zh: "回执码持有人可查看的内容：办理状态、日期、答复。")
        public static let lookupDiscussion = Localized(
            en: "Anyone may ask; the code is the credential. Give '-' to read it from standard input.",
            zh: "任何人都可查询；回执码即凭证。给出 '-' 则从标准输入读取。")
        public static let codeHelp = Localized(en: "The receipt code, or '-'.", zh: "回执码，或 '-'。")
        public static func lookupState(_ label: String, _ state: String) -> Localized {
            Localized(
                en: "\(Term.state) state: \(label) (\(state))\n", zh: "办理\(Term.state)：\(label)（\(state)）\n")
        }
        public static func lookupReceived(_ date: String, _ channel: String) -> Localized {
            Localized(en: "received \(date) by \(channel)\n", zh: "\(date) 经 \(channel) 收到\n")
        }
        public static func nextDue(_ date: String) -> Localized {
            Localized(en: "next answer due by \(date)\n", zh: "下次答复期限 \(date)\n")
        }
        public static func reply(_ date: String, _ text: String) -> Localized {
            Localized(en: "reply \(date): \(text)\n", zh: "答复 \(date)：\(text)\n")
        }

        // identity
        public static let identityAbstract = Localized(
            en: "Read a complainant's identity: request with a reason, a second person approves, then read once.",
            zh: "查看举报人身份：写明理由提出申请，经第二人批准后可查看一次。")
        public static let requestAbstract = Localized(
            en: "Ask to read a complaint's identity, with a written reason.", zh: "写明理由，申请查看举报人身份。")
        public static let identityReasonHelp = Localized(
            en: "Why the identity must be read (kept in the audit trail).", zh: "必须查看身份的理由（记入审计记录）。")
        public static func requested(_ request: String) -> Localized {
            Localized(
                en:
                    "request \(request): a second handler approves it with `spotcheck complaints identity approve \(request)`\n",
                zh: "申请 \(request)：须另一名举报受理人用 `spotcheck complaints identity approve \(request)` 批准\n")
        }
        public static let approveAbstract = Localized(
            en: "Approve another handler's request to read an identity.", zh: "批准其他举报受理人查看举报人身份的申请。")
        public static let requestHelp = Localized(en: "The request's number.", zh: "申请编号。")
        public static func approved(_ request: String) -> Localized {
            Localized(en: "request \(request) approved\n", zh: "申请 \(request) 已批准\n")
        }
        public static let readAbstract = Localized(
            en: "Read the identity of an approved request (once, by the one who asked).",
            zh: "查看已批准申请的举报人身份（仅限申请人，仅一次）。")
    }
}
