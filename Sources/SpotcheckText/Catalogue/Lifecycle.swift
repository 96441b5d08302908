extension Catalogue {
    /// Retiring inspectors and closing departments (the roster's `active` column).
    public enum Lifecycle {
        public static let retireAbstract = Localized(
            en: "Retire an inspector: never staffed again, their history kept (coordinators).",
            zh: "停用检查人员：不再被派出检查，保留其历史记录（协调员）。")
        public static let reinstateAbstract = Localized(
            en: "Reinstate a retired inspector (coordinators).", zh: "恢复已停用的检查人员（协调员）。")
        public static let closeAbstract = Localized(
            en: "Close a department: never drawn nor ordered again, its history kept (coordinators).",
            zh: "关闭单位：不再被抽中或指定检查，保留其历史记录（协调员）。")
        public static let reopenAbstract = Localized(
            en: "Reopen a closed department (coordinators).", zh: "重新开放已关闭的单位（协调员）。")
        public static let retireDiscussion = Localized(
            en: """
                The inspector stays in the roster with `active` = no: the history, the conflicts and \
                every past record that names them keep their meaning, and each draw's snapshot says \
                who was retired when it was drawn. Teams already issued are not changed; replace the \
                inspector there with `spotcheck replace`.
                """,
            zh: """
                该检查人员仍保留在名册中，`active` 为 no：历史记录、利益冲突以及提及此人的所有既往记录保持原义，\
                每次抽签的快照都载明抽签时哪些人员已停用。已派出的检查组不会改变；如需更换，请使用 `spotcheck replace`。
                """)
        public static let closeDiscussion = Localized(
            en: """
                The department stays in the roster with `active` = no: its history and its staff \
                remain (its inspectors still inspect others and are still recused from it), and each \
                draw's snapshot says which departments were closed when it was drawn.
                """,
            zh: """
                该单位仍保留在名册中，`active` 为 no：其历史记录和人员都保留（其检查人员仍可检查其他单位，\
                并继续回避本单位），每次抽签的快照都载明抽签时哪些单位已关闭。
                """)
        public static let addressHelp = Localized(
            en: "The department's address, shown in task files and calendars (empty to remove).",
            zh: "单位地址，显示在任务文件和日历中（留空则删除）。")
        public static let columnStatus = Localized(en: "Status", zh: "状态")
        public static let columnAvailability = Localized(en: "Availability", zh: "出勤情况")
        public static let available = Localized(en: "available", zh: "可出勤")
        public static let awayNow = Localized(en: "away ", zh: "不可出勤 ")
        public static let awaySoon = Localized(en: "available; away ", zh: "可出勤；不可出勤 ")
        public static func more(_ count: Int) -> Localized {
            Localized(en: "and \(count) more", zh: "另有 \(count) 段")
        }
        public static let retired = Localized(en: "retired", zh: "已停用")
        public static let closed = Localized(en: "closed", zh: "已关闭")
        public static func alreadyRetired(_ id: String) -> Localized {
            Localized(
                en: "inspector \(id) is already retired; nothing changed",
                zh: "检查人员 \(id) 已经停用；未做任何更改")
        }
        public static func notRetired(_ id: String) -> Localized {
            Localized(
                en: "inspector \(id) is not retired; nothing changed", zh: "检查人员 \(id) 并未停用；未做任何更改")
        }
        public static func alreadyClosed(_ id: String) -> Localized {
            Localized(en: "department \(id) is already closed; nothing changed", zh: "单位 \(id) 已经关闭；未做任何更改")
        }
        public static func notClosed(_ id: String) -> Localized {
            Localized(en: "department \(id) is not closed; nothing changed", zh: "单位 \(id) 并未关闭；未做任何更改")
        }
    }
}
