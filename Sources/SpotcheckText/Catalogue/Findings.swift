extension Catalogue {
    /// `spotcheck findings …`: the problem ledger (问题台账).
    public enum Findings {
        /// The campaign's own names of the categories, shown beside their codes in both languages.
        public enum Term {
            public static let detached = "脱离实际脱离基层脱离群众"
            public static let sluggish = "慵懒散"
            public static let evasive = "推拖绕"
            public static let arrogant = "横冷硬"
            public static let hollow = "假大空"
            public static let closing = "销号"
            public static let officeDirector = "办公室主任"
        }

        public static let abstract = Localized(
            en: "The problem ledger: record findings, rectify them, verify and close them.",
            zh: "问题台账：登记问题，限期整改，验收销号。")
        public static let discussion = Localized(
            en: """
                Every problem found — by an inspection team, a department's self-inspection or a \
                complaint — is a finding (F-2026-0001). Its department rectifies it by a deadline in \
                working days; it is closed only when a drawn verifier accepts the rectification. \
                What you may see and do follows your role: inspectors record findings on their own \
                revealed assignment (the team lead confirms them); a department's contacts \
                (departments.csv, column contacts) see and rectify their department's findings; \
                coordinators see everything, confirm, dismiss (two of them), transfer and decide \
                extensions; auditors read everything.

                Categories: detached (\(Term.detached)), sluggish (\(Term.sluggish)), evasive (\(Term.evasive)), \
                arrogant (\(Term.arrogant)), hollow (\(Term.hollow)). Severities: minor, serious, grave.
                """,
            zh: """
                发现的每个问题（无论来自检查组、单位自查自纠还是群众举报）都登记为一条问题（F-2026-0001），\
                记入问题台账。所在单位须在以工作日计的期限内限期整改；只有经随机抽取的验收人认可整改后，\
                问题才能销号。您能查看和办理什么取决于您的角色：检查人员在自己已揭晓的检查任务上登记问题\
                （由组长确认）；单位联络人（departments.csv 的 contacts 列）查看并整改本单位的问题；\
                协调员查看全部问题，负责确认、撤销（须两人）、移交和审批延期；审计员可查阅全部内容。

                问题类别：\(Term.detached)（detached）、\(Term.sluggish)（sluggish）、\(Term.evasive)（evasive）、\
                \(Term.arrogant)（arrogant）、\(Term.hollow)（hollow）。严重程度：一般（minor）、较重（serious）、\
                严重（grave）。
                """)

        // Calling the daemon.
        public static func findingNotFound(_ id: String) -> Localized {
            Localized(
                en: "no finding \(id) that you may see; list yours with spotcheck findings list (or mine)",
                zh: "没有您可查看的问题 \(id)；用 spotcheck findings list（或 mine）列出您的问题")
        }
        public static func notYourAssignment(_ draw: String, _ department: String) -> Localized {
            Localized(
                en: "draw \(draw) to \(department) is not a revealed assignment of yours; see spotcheck today",
                zh: "抽签 \(draw) 对 \(department) 的检查不是您已揭晓的检查任务；请查看 spotcheck today")
        }
        public static func refused(_ code: String, _ message: String) -> Localized {
            Localized(en: "refused (\(code)): \(message)", zh: "被拒绝（\(code)）：\(message)")
        }

        // Tables and details.
        public static let noFindings = Localized(en: "no findings\n", zh: "没有问题\n")
        public static let columnFinding = Localized(en: "Finding", zh: "问题")
        public static let columnDepartment = Localized(en: "Department", zh: "单位")
        public static let columnCategory = Localized(en: "Category", zh: "类别")
        public static let columnSeverity = Localized(en: "Severity", zh: "严重程度")
        public static let columnState = Localized(en: "State", zh: "状态")
        public static let columnDue = Localized(en: "Due", zh: "整改期限")
        public static let columnStatus = Localized(en: "Status", zh: "期限情况")
        public static func source(_ source: String) -> Localized {
            Localized(en: "source:    \(source)\n", zh: "来源：      \(source)\n")
        }
        // Where a finding came from, in words (the daemon sends the ledger's label, as the
        // Chinese below: 自查, 督查（抽签 12，d-shuiwu）, 投诉, 投诉（7）).
        public static let sourceSelf = Localized(en: "self-inspection", zh: "自查")
        public static func sourceInspection(_ draw: String, _ department: String) -> Localized {
            Localized(en: "inspection (draw \(draw), \(department))", zh: "督查（抽签 \(draw)，\(department)）")
        }
        public static let sourceComplaint = Localized(en: "complaint", zh: "投诉")
        public static func sourceComplaintNumbered(_ complaint: String) -> Localized {
            Localized(en: "complaint (\(complaint))", zh: "投诉（\(complaint)）")
        }
        public static func category(_ category: String) -> Localized {
            Localized(en: "category:  \(category)\n", zh: "类别：      \(category)\n")
        }
        public static let notYetClassified = Localized(en: "not yet classified", zh: "尚未定类")
        public static func rules(_ rules: String) -> Localized {
            Localized(en: "rules:     \(rules)\n", zh: "违反规定：  \(rules)\n")
        }
        public static func severity(_ severity: String) -> Localized {
            Localized(en: "severity:  \(severity)\n", zh: "严重程度：  \(severity)\n")
        }
        /// A self-inspection finding's severity while it is the department's proposal, which the
        /// office sets when confirming (`severityProposed`).
        public static func severityProposed(_ severity: String, _ id: String) -> Localized {
            Localized(
                en: "severity:  \(severity), proposed by the department: not yet set by the office (a coordinator "
                    + "not on the department's side confirms it with spotcheck findings confirm \(id) --severity …)\n",
                zh: "严重程度：  \(severity)，为单位自报的建议：尚未由纪检监察机关核定（由不属于该单位一方的协调员以 "
                    + "spotcheck findings confirm \(id) --severity … 确认时核定）\n")
        }
        public static func found(_ day: String, _ finder: String) -> Localized {
            Localized(en: "found:     \(day) by \(finder)\n", zh: "发现：      \(day)，发现人 \(finder)\n")
        }
        public static func facts(_ facts: String) -> Localized {
            Localized(en: "facts:     \(facts)\n", zh: "问题事实：  \(facts)\n")
        }
        public static func due(_ due: String) -> Localized {
            Localized(en: "due:       \(due)\n", zh: "整改期限：  \(due)\n")
        }
        public static func pendingExtension(_ due: String) -> Localized {
            Localized(
                en: "extension: to \(due) requested, not yet decided\n", zh: "延期：      已申请延至 \(due)，尚未审批\n")
        }
        public static func dismissalProposed(_ proposer: String) -> Localized {
            Localized(
                en: "dismissal: proposed by \(proposer); a second coordinator approves\n",
                zh: "撤销：      由 \(proposer) 提议；须另一名协调员批准\n")
        }
        public static func reopened(_ times: Int) -> Localized {
            Localized(en: "reopened:  \(times) time(s)\n", zh: "重新打开：  \(times) 次\n")
        }
        public static func measure(_ number: Int, _ state: String, _ text: String) -> Localized {
            Localized(en: "measure \(number) [\(state)]: \(text)", zh: "整改措施 \(number) [\(state)]：\(text)")
        }
        public static func measureOwner(_ owner: String) -> Localized {
            Localized(en: "; owner \(owner)", zh: "；责任人 \(owner)")
        }
        public static func measureDue(_ due: String) -> Localized {
            Localized(en: "; due \(due)", zh: "；完成期限 \(due)")
        }
        public static func evidence(_ evidence: String) -> Localized {
            Localized(en: "    evidence: \(evidence)\n", zh: "    佐证材料：\(evidence)\n")
        }
        public static let history = Localized(en: "\nhistory:\n", zh: "\n办理记录：\n")

        // Shared argument help.
        public static let idHelp = Localized(en: "The finding.", zh: "问题编号。")
        public static let categoryHelp = Localized(
            en: "detached, sluggish, evasive, arrogant or hollow.",
            zh: "类别：detached、sluggish、evasive、arrogant 或 hollow。")
        public static let overdueHelp = Localized(
            en: "Only rectifications past their due date.", zh: "只列出已超过整改期限的问题。")
        public static let onlyDepartmentHelp = Localized(en: "Only this department.", zh: "只列出此单位的问题。")
        public static let onlyCategoryHelp = Localized(en: "Only this category.", zh: "只列出此类别的问题。")
        public static let onlyStateHelp = Localized(
            en: "Only this state (identified, confirmed, rectifying, awaiting-verification, closed, …).",
            zh: "只列出此状态的问题（identified、confirmed、rectifying、awaiting-verification、closed 等）。")

        // add
        public static let addAbstract = Localized(
            en: "Record a finding (inspectors on their assignment, contacts for self-inspection, coordinators).",
            zh: "登记问题（检查人员在其检查任务上、联络人为自查自纠、协调员）。")
        public static let addDiscussion = Localized(
            en: """
                An inspector records findings on their own revealed assignment: --assignment names \
                the draw and the department (DRAW/DEPARTMENT, or DRAW with --department). A \
                department's contact records its own self-inspection with --self. Coordinators may \
                also record a complaint with --complaint. The facts come from --facts or from a \
                UTF-8 text file with --facts-file.
                """,
            zh: """
                检查人员在自己已揭晓的检查任务上登记问题：--assignment 指明抽签和单位（DRAW/DEPARTMENT，\
                或 DRAW 加 --department）。单位联络人用 --self 登记本单位自查自纠发现的问题。协调员还可用 \
                --complaint 登记群众举报反映的问题。问题事实由 --facts 给出，或用 --facts-file 从 UTF-8 \
                文本文件读取。
                """)
        public static let assignmentHelp = Localized(
            en: "The assignment: DRAW/DEPARTMENT (see spotcheck today).",
            zh: "检查任务：DRAW/DEPARTMENT（见 spotcheck today）。")
        public static let departmentHelp = Localized(
            en: "The department (with --assignment DRAW or --complaint).",
            zh: "单位（与 --assignment DRAW 或 --complaint 一起使用）。")
        public static let selfHelp = Localized(en: "Self-inspection of this department.", zh: "此单位的自查自纠。")
        public static let complaintHelp = Localized(
            en: "A complaint's number (spotcheck complaints list): the finding comes from it, in its department.",
            zh: "群众举报的编号（spotcheck complaints list）：问题来源于该举报，记入其所涉单位。")
        public static let addCategoryHelp = Localized(
            en: "detached, sluggish, evasive, arrogant or hollow (may wait until confirmation).",
            zh: "类别：detached、sluggish、evasive、arrogant 或 hollow（可待确认时再定）。")
        public static let ruleHelp = Localized(
            en: "A rule code it breaks (repeat).", zh: "所违反规定的代码（可重复）。")
        public static let severityHelp = Localized(
            en: "minor (default), serious or grave; for a self-inspection finding, a proposal the office confirms.",
            zh: "严重程度：minor（一般，默认）、serious（较重）或 grave（严重）；自查问题的严重程度为单位自报，由督查机关确认。")
        public static let factsHelp = Localized(en: "What was found.", zh: "发现的问题事实。")
        public static let factsFileHelp = Localized(
            en: "Read the facts from this file.", zh: "从此文件读取问题事实。")
        public static let oneSource = Localized(
            en: "give exactly one of --assignment, --self and --complaint",
            zh: "--assignment、--self 和 --complaint 须且只能给出一个")
        public static let factsOnce = Localized(
            en: "give the facts with --facts TEXT or --facts-file FILE (one of them)",
            zh: "请用 --facts TEXT 或 --facts-file FILE 给出问题事实（二者选一）")
        public static func notUTF8(_ file: String) -> Localized {
            Localized(en: "\(file): is not UTF-8 text; save it as UTF-8", zh: "\(file)：不是 UTF-8 文本；请另存为 UTF-8")
        }
        public static func notAnAssignment(_ assignment: String) -> Localized {
            Localized(
                en: "--assignment: '\(assignment)' is not DRAW/DEPARTMENT (for example 12/d-shuiwu)",
                zh: "--assignment：'\(assignment)' 不是 DRAW/DEPARTMENT 格式（例如 12/d-shuiwu）")
        }
        public static let nameTheDepartment = Localized(
            en: "--assignment: name the department, as DRAW/DEPARTMENT or with --department",
            zh: "--assignment：请指明单位，写成 DRAW/DEPARTMENT 或加 --department")
        public static let complaintNeedsDepartment = Localized(
            en: "--complaint needs --department", zh: "--complaint 需要同时给出 --department")
        public static func recorded(_ id: String, _ department: String, _ state: String) -> Localized {
            Localized(
                en: "recorded \(id) (\(department)), state \(state)\n", zh: "已登记问题 \(id)（\(department)），状态 \(state)\n")
        }

        // confirm
        public static let confirmAbstract = Localized(
            en: "Confirm a finding (the team lead of its assignment, or a coordinator).",
            zh: "确认问题（该检查任务的组长或协调员）。")
        public static let confirmDiscussion = Localized(
            en: """
                A finding needs a category to be confirmed; give it here if it has none yet. The severity \
                sets the office's limit on the rectification deadline: the severity of a self-inspection \
                finding is the department's proposal, and one above the shortest limit is confirmed only \
                with --severity, by a coordinator not on the department's side.
                """,
            zh: """
                问题须有类别才能确认；尚未定类的，请在此给出。严重程度决定整改期限的上限：自查问题的严重程度\
                由单位自报，超过最短期限的，须由不属于该单位一方的协调员在确认时用 --severity 认定。
                """)
        public static let replaceRulesHelp = Localized(
            en: "A rule code (repeat; replaces the list).", zh: "规定代码（可重复；替换原有列表）。")

        // list, mine, show
        public static let listAbstract = Localized(
            en: "List the findings you may see, with their deadline status.", zh: "列出您可查看的问题及其整改期限情况。")
        public static let mineAbstract = Localized(
            en: "The findings of the departments whose contact you are.", zh: "您担任联络人的单位的问题。")
        public static let notAContact = Localized(
            en: "you are no department's contact (the contacts column of departments.csv lists logins)",
            zh: "您不是任何单位的联络人（departments.csv 的 contacts 列列出登录名）")
        public static func contactOf(_ departments: String) -> Localized {
            Localized(en: "contact of: \(departments)\n\n", zh: "联络单位：\(departments)\n\n")
        }
        public static let showAbstract = Localized(
            en: "Show a finding with its whole history.", zh: "查看一条问题及其全部办理记录。")

        // export
        public static let exportAbstract = Localized(
            en: "Export the findings you may see for a spreadsheet (CSV with a UTF-8 BOM) or as JSON.",
            zh: "导出您可查看的问题台账，供电子表格使用（带 UTF-8 BOM 的 CSV）或为 JSON。")
        public static let exportDiscussion = Localized(
            en: """
                One row per finding with its status on the daemon's today. The CSV starts with a \
                byte-order mark and ends lines with CRLF, so that Excel on Chinese Windows opens it \
                correctly; cells a spreadsheet would read as formulas are prefixed with an apostrophe.
                """,
            zh: """
                每条问题一行，附其在守护进程当日的期限情况。CSV 以字节顺序标记开头、以 CRLF 换行，\
                中文 Windows 上的 Excel 可正确打开；电子表格会当作公式的单元格前加一个撇号。
                """)
        public static let outputHelp = Localized(
            en: "Write to this file instead of standard output.", zh: "写入此文件，而不是标准输出。")
        public static let exportJSONHelp = Localized(
            en: "Print the findings as JSON instead of CSV.", zh: "以 JSON 而不是 CSV 格式输出问题。")

        // measure
        public static let measureAbstract = Localized(
            en: "Add a rectification measure, or start the rectification (contacts, coordinators).",
            zh: "添加整改措施，或开始整改（联络人、协调员）。")
        public static let measureDiscussion = Localized(
            en: """
                Rectification starts (--start) once at least one measure has an owner and a due \
                date; the finding's deadline is then the latest due date.
                """,
            zh: "至少一项整改措施有责任人和完成期限后，才能开始整改（--start）；问题的整改期限即为最晚的完成期限。")
        public static let textHelp = Localized(en: "What will be done.", zh: "整改措施的内容。")
        public static let ownerHelp = Localized(
            en: "The role answerable for it (for example \(Term.officeDirector)).",
            zh: "负责落实的职务（例如 \(Term.officeDirector)）。")
        public static let measureDueHelp = Localized(en: "When it is due.", zh: "完成期限。")
        public static let startHelp = Localized(
            en: "Start the rectification with the measures given so far.", zh: "以目前已给出的措施开始整改。")
        public static let textOrStart = Localized(
            en: "give --text (a new measure) or --start", zh: "请给出 --text（新的整改措施）或 --start")
        public static func measureAdded(_ number: Int, _ id: String) -> Localized {
            Localized(en: "measure \(number) added to \(id)\n", zh: "已为 \(id) 添加整改措施 \(number)\n")
        }

        // evidence
        public static let evidenceAbstract = Localized(
            en: "Add evidence to a measure, and with --done complete it.", zh: "为整改措施添加佐证材料，加 --done 表示该措施已完成。")
        public static let evidenceDiscussion = Localized(
            en: """
                Files never go into the ledger: --file records the file's SHA-256 (keep the file), \
                --sha256 a hash computed elsewhere, --reference a document number or archive place.
                """,
            zh: """
                文件本身不进入问题台账：--file 记录文件的 SHA-256（请保存好文件），--sha256 记录在别处\
                算出的哈希值，--reference 记录文号或归档位置。
                """)
        public static let measureNumberHelp = Localized(en: "The measure's number.", zh: "整改措施的编号。")
        public static let fileHelp = Localized(
            en: "A file whose SHA-256 is recorded (repeat).", zh: "记录其 SHA-256 的文件（可重复）。")
        public static let sha256Help = Localized(en: "A file's SHA-256 (repeat).", zh: "文件的 SHA-256（可重复）。")
        public static let referenceHelp = Localized(en: "A reference (repeat).", zh: "文号或归档位置（可重复）。")
        public static let doneHelp = Localized(en: "The measure is done.", zh: "该整改措施已完成。")
        public static let giveEvidence = Localized(
            en: "give evidence: --file, --sha256 or --reference", zh: "请给出佐证材料：--file、--sha256 或 --reference")

        // submit, verify
        public static let submitAbstract = Localized(
            en: "Submit the rectification for verification (every measure done, with evidence).",
            zh: "提交整改验收（每项措施均已完成并有佐证材料）。")
        public static let verifyAbstract = Localized(
            en: "Record the verification of a rectification (the drawn verifier).", zh: "登记整改验收结果（随机抽取的验收人）。")
        public static let verifyDiscussion = Localized(
            en: """
                Accepting closes the finding (\(Term.closing)); rejecting needs a note and sends it back to \
                rectification. Only the verifier drawn for the finding, from another department, \
                may record the result.
                """,
            zh: """
                验收通过即\(Term.closing)；不通过须写明说明，问题退回整改。只有为该问题抽取的、\
                来自其他单位的验收人才能登记验收结果。
                """)
        public static let acceptHelp = Localized(en: "The rectification holds.", zh: "整改到位，验收通过。")
        public static let rejectHelp = Localized(en: "It does not.", zh: "整改不到位，验收不通过。")
        public static let noteHelp = Localized(en: "What was checked, or why it fails.", zh: "核查了什么，或不通过的原因。")
        public static let acceptOrReject = Localized(en: "give --accept or --reject", zh: "请给出 --accept 或 --reject")

        // extend, decide
        public static let extendAbstract = Localized(
            en: "Request a later due date, before the current one (contacts, coordinators).",
            zh: "在当前整改期限届满前申请延期（联络人、协调员）。")
        public static let extendDiscussion = Localized(
            en: "A coordinator who did not request it decides (spotcheck findings decide).",
            zh: "由未提出申请的协调员审批（spotcheck findings decide）。")
        public static let toHelp = Localized(en: "The new due date.", zh: "新的整改期限。")
        public static let extendReasonHelp = Localized(en: "Why more time is needed.", zh: "需要延期的原因。")
        public static let decideAbstract = Localized(
            en: "Grant or refuse a pending extension (a coordinator who did not request it).",
            zh: "批准或不批准待审批的延期申请（未提出申请的协调员）。")
        public static let grantHelp = Localized(en: "Grant the extension.", zh: "批准延期。")
        public static let refuseHelp = Localized(en: "Refuse it.", zh: "不批准延期。")
        public static let grantOrRefuse = Localized(en: "give --grant or --refuse", zh: "请给出 --grant 或 --refuse")

        // dismiss, transfer, reopen
        public static let dismissAbstract = Localized(
            en: "Propose dismissing a finding, or approve a proposal as a second coordinator.",
            zh: "提议撤销问题，或作为第二名协调员批准撤销提议。")
        public static let dismissDiscussion = Localized(
            en: """
                The first coordinator proposes with a reason; a different coordinator runs the same \
                command to approve, and the finding is dismissed.
                """,
            zh: "第一名协调员写明理由提议撤销；另一名协调员执行同一命令予以批准，问题即被撤销。")
        public static let dismissReasonHelp = Localized(en: "Why (to propose).", zh: "撤销理由（提议时填写）。")
        public static func dismissed(_ id: String) -> Localized {
            Localized(en: "\(id) is dismissed\n", zh: "\(id) 已撤销\n")
        }
        public static func dismissalProposedOf(_ id: String) -> Localized {
            Localized(
                en:
                    "dismissal of \(id) proposed; a second coordinator approves it with spotcheck findings dismiss \(id)\n",
                zh: "已提议撤销 \(id)；须另一名协调员用 spotcheck findings dismiss \(id) 批准\n")
        }
        public static let transferAbstract = Localized(
            en: "Hand a finding to case handling (coordinators); it leaves the ledger.",
            zh: "将问题移交案件办理（协调员）；问题移出台账。")
        public static let transferReferenceHelp = Localized(en: "The case-handling reference.", zh: "案件办理的编号。")
        public static let reopenAbstract = Localized(
            en:
                "Reopen a closed finding after a failed re-check or a new complaint (coordinators; a failed re-check also its team lead).",
            zh: "回头看未通过或有新的群众举报时，重新打开已销号的问题（协调员；回头看未通过时也可由回头看组长）。")
        public static let recheckHelp = Localized(en: "What the failed re-check found.", zh: "回头看发现的问题。")
        public static let newComplaintHelp = Localized(
            en:
                "Reopen because a new complaint says the problem is back: the complaint's number (spotcheck complaints list), about the finding's department. Coordinators who also handle complaints only.",
            zh: "因新的群众举报反映问题再次出现而重新打开：给出该举报的编号（spotcheck complaints list），须是关于该问题所属单位的举报。仅限同时负责处理群众举报的协调员。")
        public static let recheckOrComplaint = Localized(
            en: "give --recheck or --complaint", zh: "请给出 --recheck 或 --complaint")

        // assignment
        public static let assignmentAbstract = Localized(
            en: "Report an assignment done, or not carried out with a reason (the team lead).",
            zh: "报告检查任务已完成，或写明原因报告未开展（组长）。")
        public static let assignmentDiscussion = Localized(
            en: "From the inspection day on (on the day itself once the visit is over), the team lead says how the "
                + "assignment ended (a coordinator may record or correct it); before that day it is refused, for everyone.",
            zh: "自检查当日起（当日检查结束后即可），由组长报告检查任务的结果（协调员也可登记或更正）；检查日之前任何人报告均会被拒绝。")
        public static let theAssignmentHelp = Localized(en: "The assignment.", zh: "检查任务。")
        public static let carriedOutHelp = Localized(en: "The inspection was carried out.", zh: "检查已开展。")
        public static let notCarriedOutHelp = Localized(en: "It was not.", zh: "检查未开展。")
        public static let notCarriedOutReasonHelp = Localized(
            en: "Why it was not carried out.", zh: "未开展的原因。")
        public static let doneOrNot = Localized(
            en: "give --done or --not-carried-out", zh: "请给出 --done 或 --not-carried-out")
        public static let needsReason = Localized(
            en: "--not-carried-out needs --reason", zh: "--not-carried-out 需要同时给出 --reason")
        public static func notDrawDepartment(_ assignment: String) -> Localized {
            Localized(
                en: "'\(assignment)' is not DRAW/DEPARTMENT (for example 12/d-shuiwu)",
                zh: "'\(assignment)' 不是 DRAW/DEPARTMENT 格式（例如 12/d-shuiwu）")
        }
        public static func outcome(_ assignment: String, _ state: String) -> Localized {
            Localized(en: "assignment \(assignment): \(state)\n", zh: "检查任务 \(assignment)：\(state)\n")
        }
    }
}
