extension Catalogue {
    /// `spotcheck declare` and `spotcheck declarations`: self-service declarations.
    public enum Declarations {
        public static let declareAbstract = Localized(
            en: "Declare your own conflict of interest or absence (inspectors).",
            zh: "申报本人的利益冲突或缺勤（检查人员）。")
        public static let declareDiscussion = Localized(
            en: """
                An inspector declares, as themself (the login is taken from the connection): a \
                conflict of interest with a department, or days away. The declaration is pending \
                until a coordinator other than you approves it, which puts it into the roster (a \
                conflict, or unavailable days), or rejects it. Both steps are in the audit trail \
                and the journal. `spotcheck declarations` shows where yours stand.
                """,
            zh: """
                检查人员以本人身份申报（登录名取自连接）：与某单位的利益冲突，或缺勤日期。\
                申报在由您以外的协调员批准（写入名册：利益冲突或不可用日期）或驳回之前处于待审核状态。\
                两个步骤都记入审计记录和日志。`spotcheck declarations` 可查看您申报的状态。
                """)
        public static let conflictAbstract = Localized(
            en: "Declare a conflict of interest with a department.", zh: "申报与某单位的利益冲突。")
        public static let absenceAbstract = Localized(
            en: "Declare days away (FIRST [LAST], or FIRST..LAST).", zh: "申报缺勤日期（起始日 [截止日]，或 起始日..截止日）。")
        public static let departmentHelp = Localized(en: "The department (id).", zh: "单位（编号）。")
        public static let reasonHelp = Localized(
            en: "Why (seen by coordinators; never published).", zh: "事由（协调员可见；不公开）。")
        public static let untilHelp = Localized(
            en: "The last day the conflict applies, YYYY-MM-DD. Default: for good.",
            zh: "利益冲突适用的最后一天，YYYY-MM-DD。默认：长期。")
        public static let fromHelp = Localized(en: "The first day away, YYYY-MM-DD.", zh: "缺勤起始日，YYYY-MM-DD。")
        public static let toHelp = Localized(
            en: "The last day away, YYYY-MM-DD. Default: the first day.", zh: "缺勤截止日，YYYY-MM-DD。默认：起始日当天。")
        public static func declared(_ id: Int64) -> Localized {
            Localized(
                en: "Declaration \(id) is made and waits for a coordinator's decision (spotcheck declarations).\n",
                zh: "第 \(id) 号申报已提交，等待协调员审核（spotcheck declarations）。\n")
        }
        public static let listAbstract = Localized(
            en: "List declarations: a coordinator's all, an inspector's own; approve, reject or withdraw them.",
            zh: "列出申报：协调员看全部，检查人员看本人的；批准、驳回或撤回申报。")
        public static let listDiscussion = Localized(
            en: """
                Coordinators see every declaration and decide pending ones (never their own); an \
                approved conflict or absence enters the roster at once. Anyone else sees their own, \
                and may withdraw one of theirs while it is pending.
                """,
            zh: "协调员可查看全部申报并审核待审核的申报（不能审核本人的）；获批的利益冲突或缺勤立即写入名册。其他人只能查看本人的申报，并可在待审核时撤回本人的申报。")
        public static let stateHelp = Localized(
            en: "Only declarations in this state: pending, approved, rejected or withdrawn.",
            zh: "只列出此状态的申报：pending（待审核）、approved（已批准）、rejected（已驳回）或 withdrawn（已撤回）。")
        public static let approveAbstract = Localized(
            en: "Approve a pending declaration (coordinators).", zh: "批准待审核的申报（协调员）。")
        public static let rejectAbstract = Localized(
            en: "Reject a pending declaration (coordinators).", zh: "驳回待审核的申报（协调员）。")
        public static let idHelp = Localized(en: "The declaration's number.", zh: "申报编号。")
        public static let noteHelp = Localized(
            en: "A note for the inspector and the audit trail.", zh: "给检查人员和审计记录的说明。")
        public static func approved(_ id: Int64, _ inspector: String) -> Localized {
            Localized(
                en: "Declaration \(id) of \(inspector) is approved and in the roster.\n",
                zh: "\(inspector) 的第 \(id) 号申报已批准并写入名册。\n")
        }
        public static func rejected(_ id: Int64, _ inspector: String) -> Localized {
            Localized(en: "Declaration \(id) of \(inspector) is rejected.\n", zh: "\(inspector) 的第 \(id) 号申报已驳回。\n")
        }
        public static let none = Localized(en: "No declaration.\n", zh: "没有申报。\n")
        public static let columnID = Localized(en: "No.", zh: "编号")
        public static let columnInspector = Localized(en: "Inspector", zh: "检查人员")
        public static let columnWhat = Localized(en: "Declared", zh: "申报内容")
        public static let columnReason = Localized(en: "Reason", zh: "事由")
        public static let columnState = Localized(en: "State", zh: "状态")
        public static func conflictWith(_ department: String, _ until: String?) -> Localized {
            guard let until else { return Localized(en: "conflict with \(department)", zh: "与 \(department) 的利益冲突") }
            return Localized(
                en: "conflict with \(department) until \(until)", zh: "与 \(department) 的利益冲突，至 \(until)")
        }
        public static func absentFrom(_ from: String, _ to: String) -> Localized {
            Localized(en: "away \(from)..\(to)", zh: "缺勤 \(from)..\(to)")
        }
        public static func state(_ state: String, _ note: String?) -> Localized {
            guard let note else {
                return switch state {
                case "approved": Localized(en: "approved", zh: "已批准")
                case "rejected": Localized(en: "rejected", zh: "已驳回")
                case "withdrawn": Localized(en: "withdrawn", zh: "已撤回")
                default: Localized(en: "pending", zh: "待审核")
                }
            }
            return switch state {
            case "approved": Localized(en: "approved: \(note)", zh: "已批准：\(note)")
            case "rejected": Localized(en: "rejected: \(note)", zh: "已驳回：\(note)")
            case "withdrawn": Localized(en: "withdrawn: \(note)", zh: "已撤回：\(note)")
            default: Localized(en: "pending: \(note)", zh: "待审核：\(note)")
            }
        }
        public static func refused(_ said: String) -> Localized {
            Localized(en: "the declaration is refused: \(said)", zh: "申报操作被拒绝：\(said)")
        }
        public static let notAnInspector = Localized(
            en: "your login is no inspector of the roster; only inspectors declare",
            zh: "您的登录名不是名册中的检查人员；只有检查人员可以申报")
        public static let needsReason = Localized(en: "give the reason (--reason)", zh: "请给出事由（--reason）")
        public static func noSuchDeclaration(_ id: String) -> Localized {
            Localized(en: "no declaration \(id)", zh: "没有第 \(id) 号申报")
        }
        public static func decidedAlready(_ id: String) -> Localized {
            Localized(en: "declaration \(id) is decided already", zh: "第 \(id) 号申报已审核")
        }
        public static func ownDeclaration(_ id: String) -> Localized {
            Localized(
                en: "declaration \(id) is your own; another coordinator decides it",
                zh: "第 \(id) 号申报是您本人的，须由其他协调员审核")
        }
    }
}
