public import SpotcheckCore

extension Catalogue {
    /// `spotcheck teams`: the team sheet.
    public enum Teams {
        public static let abstract = Localized(
            en: "The team sheet of a day, for coordinators: every team, where, when and who.",
            zh: "某日的检查组名单（供协调员使用）：每个检查组去哪里、何时报到、由谁组成。")
        public static let discussion = Localized(
            en: """
                Lists every team of the day's revealed draws, drawn at random or ordered: the \
                department, the report time (in spotcheckd's time zone), the lead and members with \
                their home departments, and the reason of an order. Replacements are applied. Draws \
                not yet revealed are not shown. With --csv, one row per member in UTF-8 with a byte \
                order mark, so that Excel (Chinese Windows too) opens it with the right characters.
                """,
            zh: """
                列出当天已揭晓抽签（随机抽取或指定检查）的每个检查组：被检查单位、报到时间（spotcheckd 时区）、\
                组长和组员及其所在单位，以及指定检查的事由。已计入替换。尚未揭晓的抽签不显示。\
                加 --csv 时每名成员一行，UTF-8 带字节顺序标记，Excel（包括中文 Windows）可正确显示汉字。
                """)
        public static let dateHelp = Localized(
            en: "The day, YYYY-MM-DD. Default: today in spotcheckd's time zone.",
            zh: "日期，YYYY-MM-DD。默认：spotcheckd 时区的今天。")
        public static let poolHelp = Localized(en: "Only this pool's teams.", zh: "只显示此抽签池的检查组。")
        public static let csvHelp = Localized(
            en: "Print CSV (UTF-8 with a byte order mark), one row per member.",
            zh: "输出 CSV（UTF-8 带字节顺序标记），每名成员一行。")
        public static let jsonHelp = Localized(en: "Print the sheet as JSON.", zh: "以 JSON 格式输出名单。")
        public static func heading(_ date: String, _ zone: String, _ count: Int) -> Localized {
            Localized(
                en: "Teams of \(date) (times in \(zone)): \(count)\n",
                zh: "\(date) 的检查组（时间为 \(zone)）：共 \(count) 个\n")
        }
        public static func none(_ date: String) -> Localized {
            Localized(en: "No team of \(date) has been revealed.\n", zh: "\(date) 没有已揭晓的检查组。\n")
        }
        public static func noneInPool(_ date: String, _ pool: String) -> Localized {
            Localized(
                en: "No team of \(date) in pool \(pool) has been revealed.\n",
                zh: "\(date) 抽签池 \(pool) 中没有已揭晓的检查组。\n")
        }
        public static func report(_ time: String) -> Localized {
            Localized(en: "  report at \(time)\n", zh: "  报到时间 \(time)\n")
        }
        public static func ordered(_ pool: String, _ drawID: Int64, _ reason: String) -> Localized {
            Localized(
                en: "  pool \(pool), draw \(drawID): ordered, reason: \(reason)\n",
                zh: "  抽签池 \(pool)，第 \(drawID) 次抽签：指定检查，事由：\(reason)\n")
        }
        public static func random(_ pool: String, _ drawID: Int64) -> Localized {
            Localized(
                en: "  pool \(pool), draw \(drawID): drawn at random\n",
                zh: "  抽签池 \(pool)，第 \(drawID) 次抽签：随机抽取\n")
        }
        public static let columnRole = Localized(en: "Role", zh: "角色")
        public static let columnID = Localized(en: "Id", zh: "编号")
        public static let columnName = Localized(en: "Name", zh: "姓名")
        public static let columnHome = Localized(en: "Home department", zh: "所在单位")
    }

    /// `spotcheck order`: a targeted inspection.
    public enum Order {
        public static let covertHelp = Localized(
            en: "A covert visit: the task files tell the team not to announce itself. Default: the pool's mode.",
            zh: "暗访：任务文件提示检查组不得事先通知被检查单位。默认：按抽签池的设置。")
        public static let abstract = Localized(
            en: "Order a targeted inspection of named departments today (coordinators).",
            zh: "今天对指定单位开展定向检查（协调员）。")
        public static let discussion = Localized(
            en: """
                For a complaint or a lead, a coordinator names the departments; spotcheckd commits a \
                fresh seed, draws the teams under every recusal rule, reveals them at once (task \
                files, journal), and publishes the seed when the day is over. The order and its \
                reason are journaled and kept in the audit trail.
                """,
            zh: """
                针对投诉或线索，协调员指定被检查单位；spotcheckd 承诺一个新种子，在遵守全部回避规则的前提下\
                抽取检查组并立即揭晓（任务文件、系统日志），当天结束后公布种子。指定检查及其事由记入系统日志和审计记录。
                """)
        public static let poolHelp = Localized(en: "The pool whose team policy applies.", zh: "适用其检查组策略的抽签池。")
        public static let departmentsHelp = Localized(en: "The departments to inspect.", zh: "要检查的单位。")
        public static let reasonHelp = Localized(
            en: "Why the inspection is ordered (kept in the audit trail).", zh: "指定检查的事由（记入审计记录）。")
        public static let jsonHelp = Localized(en: "Print the teams as JSON.", zh: "以 JSON 格式输出检查组。")
        public static func ordered(_ drawID: Int64) -> Localized {
            Localized(en: "Ordered inspection, draw \(drawID):\n", zh: "指定检查，第 \(drawID) 次抽签：\n")
        }
        public static func notStaffed(_ reason: String) -> Localized {
            Localized(en: "not staffed: \(reason)", zh: "无法配齐检查组：\(reason)")
        }
        public static let columnDepartment = Localized(en: "Department", zh: "被检查单位")
        public static let columnRole = Localized(en: "Role", zh: "角色")
        public static let columnInspector = Localized(en: "Inspector", zh: "检查人员")
        public static let columnName = Localized(en: "Name", zh: "姓名")
        public static let columnHome = Localized(en: "Home", zh: "所在单位")
    }

    /// `spotcheck replace`.
    public enum Replace {
        public static let abstract = Localized(
            en: "Replace an inspector on an issued team, under every rule (coordinators).",
            zh: "在遵守全部规则的前提下替换已派出检查组中的检查人员（协调员）。")
        public static let discussion = Localized(
            en: """
                For illness and the like. The replacement meets every recusal rule, the daily cap \
                and the reciprocal ban against the whole day's round, and keeps the team's lead, \
                skills and home departments. Without --with, spotcheckd picks the first valid \
                inspector in an order fixed by the draw record's hash. The draw record stays as \
                drawn; the replacement is journaled and audited, and task files are rewritten.
                """,
            zh: """
                用于生病等情况。替换人员须符合全部回避规则、每日上限以及针对当天整轮检查的互查禁止，\
                并保持检查组的组长、专长和所在单位构成。不加 --with 时，spotcheckd 按抽签记录哈希确定的顺序\
                选出第一位符合条件的检查人员。抽签记录保持原样；替换记入系统日志和审计记录，并重写任务文件。
                """)
        public static let drawHelp = Localized(
            en: "The draw's id (spotcheck status, or the task file).", zh: "抽签编号（见 spotcheck status 或任务文件）。")
        public static let inspectorHelp = Localized(en: "The inspector who cannot go.", zh: "不能前往的检查人员。")
        public static let withHelp = Localized(en: "The inspector who should go instead.", zh: "代替前往的检查人员。")
        public static let reasonHelp = Localized(en: "Why (kept in the audit trail).", zh: "事由（记入审计记录）。")
        public static func replaced(
            _ replacement: String, _ inspector: String, _ role: String, _ department: String, _ drawID: Int
        ) -> Localized {
            Localized(
                en: "\(replacement) replaces \(inspector) as \(role) on the team for \(department) (draw \(drawID)).\n",
                zh: "\(replacement) 替换 \(inspector)，在 \(department) 检查组担任\(role)（第 \(drawID) 次抽签）。\n")
        }
    }

    /// `spotcheck why`.
    public enum Why {
        public static let abstract = Localized(
            en: "Explain whether an inspector may inspect a department on a date, and why not.",
            zh: "说明某检查人员某日能否检查某单位，以及不能的原因。")
        public static let discussion = Localized(
            en: """
                Lists every recusal rule that keeps the inspector away: own department, former \
                department, declared conflict, rotation, unavailability, daily cap. With --record, \
                the teams of that draw add the reciprocal ban and the day's load. Without --roster, \
                spotcheckd answers from its current roster and the revealed draws of the day \
                (coordinators and auditors).
                """,
            zh: """
                列出使该检查人员回避的每一条规则：本单位、原单位、申报的利益冲突、轮换、不可出勤、每日上限。\
                加 --record 时，该次抽签的检查组还会带来互查禁止和当天的工作量。不加 --roster 时，\
                由 spotcheckd 根据当前名册和当天已揭晓的抽签作答（协调员和审计员）。
                """)
        public static let inspectorHelp = Localized(en: "The inspector's id.", zh: "检查人员编号。")
        public static let departmentHelp = Localized(en: "The department's id.", zh: "单位编号。")
        public static let dateHelp = Localized(
            en: "The day, YYYY-MM-DD. Default: the record's date, else today.",
            zh: "日期，YYYY-MM-DD。默认：记录的日期，否则为今天。")
        public static let recordHelp = Localized(
            en: "A draw record whose teams form the round.", zh: "一份抽签记录，其检查组构成当天的一轮检查。")
        public static let jsonHelp = Localized(en: "Print the answer as JSON.", zh: "以 JSON 格式输出答复。")
        public static func may(_ inspector: String, _ department: String, _ day: String) -> Localized {
            Localized(
                en: "\(inspector) may inspect \(department) on \(day).\n",
                zh: "\(inspector) 可以在 \(day) 检查 \(department)。\n")
        }
        public static func mayNot(_ inspector: String, _ department: String, _ day: String) -> Localized {
            Localized(
                en: "\(inspector) may not inspect \(department) on \(day):",
                zh: "\(inspector) 不能在 \(day) 检查 \(department)：")
        }
        public static func mayToday(_ inspector: String, _ department: String) -> Localized {
            Localized(en: "\(inspector) may inspect \(department) today.\n", zh: "\(inspector) 今天可以检查 \(department)。\n")
        }
        public static func mayNotToday(_ inspector: String, _ department: String) -> Localized {
            Localized(en: "\(inspector) may not inspect \(department) today:", zh: "\(inspector) 今天不能检查 \(department)：")
        }
        public static func unknownInspector(_ id: String) -> Localized {
            Localized(en: "unknown inspector '\(id)'", zh: "未知的检查人员 '\(id)'")
        }
        public static func unknownDepartment(_ id: String) -> Localized {
            Localized(en: "unknown department '\(id)'", zh: "未知的单位 '\(id)'")
        }

        /// A rule of recusal as people read it.
        public static func exclusion(_ exclusion: Exclusion) -> Localized {
            switch exclusion {
            case .ownDepartment: Localized(en: "own department", zh: "本单位")
            case .formerDepartment(let until):
                Localized(en: "former department until \(until)", zh: "原单位，回避至 \(until)")
            case .declaredConflict(let reason) where reason == Roster.contactConflictReason:
                Localized(en: "contact of the department", zh: "该单位的联络人")
            case .declaredConflict(let reason):
                Localized(en: "declared conflict: \(reason)", zh: "申报的利益冲突：\(reason)")
            case .reciprocal(let department):
                Localized(en: "reciprocal with \(department)", zh: "与 \(department) 互查")
            case .rotation(let until): Localized(en: "rotation until \(until)", zh: "轮换期，至 \(until)")
            case .unavailable: Localized(en: "unavailable", zh: "不可出勤")
            case .dailyCap(let cap): Localized(en: "daily cap of \(cap) reached", zh: "已达每日上限 \(cap) 次")
            case .retired: Localized(en: "retired", zh: "已停用")
            }
        }
    }
}
