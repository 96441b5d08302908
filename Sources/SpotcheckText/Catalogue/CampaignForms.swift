extension Catalogue.SelfInspection {
    // The severity column of the form and unlocking a form locked as late.

    public static let severityInstructions = Localized(
        en: "severity (for yes): minor, serious or grave (or their Chinese names); empty means minor.",
        zh: "严重程度（填是的）：一般、较重或严重；不填按一般处理。")

    public static func badSeverity(_ value: String) -> Localized {
        Localized(
            en:
                "'\(value)' is not a severity; write minor, serious or grave (or their Chinese names), or leave it empty",
            zh: "“\(value)”不是严重程度；请填一般、较重或严重，或留空")
    }

    public static let unlockAbstract = Localized(
        en: "Unlock a form locked as late, so that its department may still return it (coordinators).",
        zh: "解锁因逾期而锁定的自查自纠表，使该单位仍可交回（协调员）。")
    public static let unlockDiscussion = Localized(
        en: "The reason is required and kept in the audit trail with who unlocked it and when; the unlocking is "
            + "journaled (self-inspection-form-unlocked). The form is due again on --due (default: seven days from "
            + "today); if it is not returned by then it is locked and journaled as late again.",
        zh: "必须写明理由，理由连同解锁人和时间记入审计记录；解锁写入日志（self-inspection-form-unlocked）。"
            + "该表新的截止日期为 --due（默认为今天起七天）；届时仍未交回的，将再次锁定并再次记录为逾期。")
    public static let unlockDepartmentHelp = Localized(
        en: "The department whose form to unlock (its id).", zh: "要解锁其自查自纠表的单位（单位编号）。")
    public static let unlockReasonHelp = Localized(
        en: "Why the form is unlocked (required; kept in the audit trail).", zh: "解锁理由（必填，记入审计记录）。")
    public static let unlockDueHelp = Localized(
        en: "The new due date, YYYY-MM-DD (default: seven days from today).", zh: "新的截止日期，格式 YYYY-MM-DD（默认为今天起七天）。")
    public static func unlocked(_ department: String, _ due: String) -> Localized {
        Localized(
            en: "the form of \(department) is unlocked; it may be returned until \(due)\n",
            zh: "\(department) 的自查自纠表已解锁，可在 \(due) 前交回\n")
    }
}
