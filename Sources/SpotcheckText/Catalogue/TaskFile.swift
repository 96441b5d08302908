extension Catalogue {
    /// The human-readable parts of task files: the checklist's explanations (the titles are the
    /// campaign's own Chinese terms and stay as they are) and the calendar events of `today --ics`.
    public enum TaskText {
        public static let detached = Localized(
            en: "Detached from reality and the people: decisions made without asking those affected.",
            zh: "脱离实际、脱离群众：不征求相关群众意见就作决定。")
        public static let sluggish = Localized(
            en: "Sluggish, lazy and lax: work left waiting, duties done late or half-heartedly.",
            zh: "慢作为、懒作为、松懈拖沓：工作积压，履职拖拉或敷衍了事。")
        public static let evasive = Localized(
            en: "Evasive, delaying and shirking: cases passed between desks, hard problems avoided.",
            zh: "推诿扯皮、拖延敷衍、回避矛盾：事情在科室之间来回推，难题绕着走。")
        public static let arrogant = Localized(
            en: "Arrogant, cold and harsh: the public treated with contempt or obstruction.",
            zh: "门难进、脸难看、事难办：对群众冷漠、刁难。")
        public static let hollow = Localized(
            en: "Hollow and fake implementation: slogans and paperwork instead of results.",
            zh: "表态多调门高、落实少行动虚、弄虚作假：只喊口号、只做台账，不见实效。")
        public static func summary(_ department: String) -> Localized {
            Localized(en: "Inspection: \(department)", zh: "检查：\(department)")
        }
        public static func eventDescription(_ role: String, _ team: String) -> Localized {
            Localized(en: "Role: \(role). Team: \(team).", zh: "角色：\(role)。检查组：\(team)。")
        }
    }
}
