extension Catalogue {
    /// Help and tables of the roster commands (departments, inspectors, conflicts, import, export).
    public enum RosterHelp {
        public static let dryRunHelp = Localized(
            en: "Show what would change; change nothing.", zh: "只显示将要做的更改，不实际更改。")
        public static let changesJSONHelp = Localized(en: "Print the changes as JSON.", zh: "以 JSON 格式输出更改。")
        public static let listJSONHelp = Localized(en: "Print as JSON.", zh: "以 JSON 格式输出。")

        public static let importAbstract = Localized(
            en: "Replace the daemon's roster with CSV files, all or nothing (coordinators).",
            zh: "用 CSV 文件整体替换守护进程的名册，要么全部生效，要么全不生效（协调员）。")
        public static let importDiscussion = Localized(
            en: """
                Reads departments.csv, inspectors.csv and, when present, conflicts.csv and \
                history.csv from the folder (docs/roster-format.md). Any error in any file refuses \
                the whole import, listing each problem with file, line and column; nothing changes. \
                Every changed row is kept in the audit trail with who, when, before and after.
                """,
            zh: """
                从文件夹读取 departments.csv、inspectors.csv，以及（如有）conflicts.csv 和 history.csv\
                （见 docs/roster-format.md）。任一文件有任何错误，整个导入都会被拒绝，并逐条列出文件、行号和列号；\
                不做任何更改。每一行更改都记入审计记录：谁、何时、更改前后的内容。
                """)
        public static let importFolderHelp = Localized(en: "The roster folder.", zh: "名册文件夹。")
        public static let exportAbstract = Localized(
            en: "Write the daemon's roster as CSV files into a folder (coordinators and auditors).",
            zh: "把守护进程的名册以 CSV 文件写入文件夹（协调员和审计员）。")
        public static let exportFolderHelp = Localized(
            en: "The folder to write (created if missing).", zh: "要写入的文件夹（不存在时自动创建）。")
        public static func cannotCreate(_ folder: String, _ error: String) -> Localized {
            Localized(en: "\(folder): cannot be created: \(error)", zh: "\(folder)：无法创建：\(error)")
        }

        public static let departmentsAbstract = Localized(
            en: "List, add, edit or remove departments, their weights and pools (coordinators).",
            zh: "列出、添加、修改或删除单位及其权重和抽签池（协调员）。")
        public static let departmentsListAbstract = Localized(en: "List the departments.", zh: "列出单位。")
        public static let departmentsSetAbstract = Localized(
            en: "Add a department or change some of its fields.", zh: "添加单位，或修改其部分字段。")
        public static let departmentsRemoveAbstract = Localized(
            en: "Remove a department (refused while inspectors, conflicts or history name it).",
            zh: "删除单位（仍有检查人员、利益冲突或检查历史引用它时会被拒绝）。")
        public static let departmentIDHelp = Localized(en: "The department's id.", zh: "单位编号。")
        public static let displayNameHelp = Localized(en: "Display name.", zh: "显示名称。")
        public static let weightHelp = Localized(en: "Risk weight, 0 = never drawn.", zh: "风险权重，0 表示永不抽中。")
        public static let weightFromPowersHelp = Localized(
            en: "Take the weight from the policy's power weights.", zh: "按策略中的职权权重计算权重。")
        public static let powersHelp = Localized(
            en: "Powers: approval, enforcement, fund-allocation (comma-separated).",
            zh: "职权：approval（审批）、enforcement（执法）、fund-allocation（资金分配），以逗号分隔。")
        public static let requiredSkillsHelp = Localized(
            en: "Skills the team must include (comma-separated).", zh: "检查组必须具备的专长（以逗号分隔）。")
        public static let poolsHelp = Localized(
            en: "Pools the department belongs to (comma-separated).", zh: "单位所属的抽签池（以逗号分隔）。")

        public static let inspectorsAbstract = Localized(
            en: "List, add, edit or remove inspectors and their availability (coordinators).",
            zh: "列出、添加、修改或删除检查人员及其可出勤情况（协调员）。")
        public static let inspectorsListAbstract = Localized(en: "List the inspectors.", zh: "列出检查人员。")
        public static let inspectorsSetAbstract = Localized(
            en: "Add an inspector or change some of their fields.", zh: "添加检查人员，或修改其部分字段。")
        public static let inspectorsRemoveAbstract = Localized(
            en: "Remove an inspector (refused while conflicts or history name them).",
            zh: "删除检查人员（仍有利益冲突或检查历史引用时会被拒绝）。")
        public static let unavailableAbstract = Localized(
            en: "Mark an inspector unavailable on dates, or available again with --remove.",
            zh: "标记检查人员在某些日期不可出勤，或用 --remove 恢复可出勤。")
        public static let inspectorIDHelp = Localized(en: "The inspector's id.", zh: "检查人员编号。")
        public static let loginHelp = Localized(en: "Unix login.", zh: "Unix 登录名。")
        public static let homeHelp = Localized(en: "Home department id.", zh: "所在单位编号。")
        public static let formerHelp = Localized(
            en: "Former departments as DEPT@YYYY-MM-DD (comma-separated).",
            zh: "原单位，格式 DEPT@YYYY-MM-DD（以逗号分隔）。")
        public static let skillsHelp = Localized(en: "Skills (comma-separated).", zh: "专长（以逗号分隔）。")
        public static let leadHelp = Localized(en: "May lead a team.", zh: "可担任组长。")
        public static let capHelp = Localized(en: "Inspections per day.", zh: "每日检查次数上限。")
        public static let datesHelp = Localized(
            en: "A date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD.",
            zh: "日期 YYYY-MM-DD，或日期范围 YYYY-MM-DD..YYYY-MM-DD。")
        public static let removeDatesHelp = Localized(
            en: "Make the inspector available again on these dates.", zh: "恢复该检查人员在这些日期的可出勤状态。")
        public static func notFormer(_ item: String) -> Localized {
            Localized(en: "'\(item)' is not DEPT@YYYY-MM-DD", zh: "'\(item)' 不是 DEPT@YYYY-MM-DD 格式")
        }
        public static func notARange(_ shown: String) -> Localized {
            Localized(
                en: "\(shown) is not a range YYYY-MM-DD..YYYY-MM-DD",
                zh: "\(shown) 不是 YYYY-MM-DD..YYYY-MM-DD 格式的日期范围")
        }
        public static func notADate(_ shown: String) -> Localized {
            Localized(en: "\(shown) is not a date YYYY-MM-DD", zh: "\(shown) 不是 YYYY-MM-DD 格式的日期")
        }
        public static func tooLong(_ shown: String) -> Localized {
            Localized(en: "\(shown) is not a range of at most a year", zh: "\(shown) 超过一年，不能作为日期范围")
        }

        public static let conflictsAbstract = Localized(
            en: "List, declare or withdraw conflicts of interest (coordinators).",
            zh: "列出、申报或撤销利益冲突（协调员）。")
        public static let conflictsListAbstract = Localized(en: "List the declared conflicts.", zh: "列出已申报的利益冲突。")
        public static let conflictsAddAbstract = Localized(
            en: "Declare a conflict between an inspector and a department.", zh: "申报检查人员与单位之间的利益冲突。")
        public static let conflictsRemoveAbstract = Localized(
            en: "Withdraw every conflict between an inspector and a department.",
            zh: "撤销检查人员与单位之间的全部利益冲突。")
        public static let tieHelp = Localized(en: "The declared tie.", zh: "申报的关系。")
        public static let untilHelp = Localized(
            en: "Last day it applies, YYYY-MM-DD (default: for good).", zh: "适用的最后一天，YYYY-MM-DD（默认：长期有效）。")
        public static func untilNotADate(_ until: String) -> Localized {
            Localized(en: "--until '\(until)' is not a date", zh: "--until '\(until)' 不是日期")
        }
        public static func noConflict(_ inspector: String, _ department: String) -> Localized {
            Localized(
                en: "no conflict between \(inspector) and \(department)",
                zh: "\(inspector) 与 \(department) 之间没有利益冲突")
        }

        public static let columnID = Localized(en: "Id", zh: "编号")
        public static let columnName = Localized(en: "Name", zh: "名称")
        public static let columnWeight = Localized(en: "Weight", zh: "权重")
        public static let columnPowers = Localized(en: "Powers", zh: "职权")
        public static let columnSkills = Localized(en: "Skills", zh: "专长")
        public static let columnPools = Localized(en: "Pools", zh: "抽签池")
        public static let columnPersonName = Localized(en: "Name", zh: "姓名")
        public static let columnLogin = Localized(en: "Login", zh: "登录名")
        public static let columnHome = Localized(en: "Home", zh: "所在单位")
        public static let columnLead = Localized(en: "Lead", zh: "可任组长")
        public static let columnCap = Localized(en: "Cap", zh: "每日上限")
        public static let columnInspector = Localized(en: "Inspector", zh: "检查人员")
        public static let columnDepartment = Localized(en: "Department", zh: "单位")
        public static let columnReason = Localized(en: "Reason", zh: "事由")
        public static let columnUntil = Localized(en: "Until", zh: "截止")
    }
}
