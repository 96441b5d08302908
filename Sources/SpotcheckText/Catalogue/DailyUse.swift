extension Catalogue {
    /// `spotcheck candidates` from spotcheckd, and cancelling an order.
    public enum DailyUse {
        public static let candidatesDiscussion = Localized(
            en: """
                With --roster, the roster files are asked, as if nobody had been drawn on the day. \
                Without it, spotcheckd is asked (coordinators and auditors): its current roster, with \
                the history of revealed draws and the teams already revealed on the day counted (an \
                inspector who has reached the daily cap is not listed), as `spotcheck why` answers. \
                The output has the same shape either way.
                """,
            zh: """
                给出 --roster 时，按名册文件回答，视同当天尚无人被抽中。\
                不给时，询问 spotcheckd（协调员和审计员）：按其当前名册，计入已公布抽签的历史以及当天已公布的检查组\
                （已达每日上限的检查人员不列出），与 `spotcheck why` 的回答一致。两种方式输出格式相同。
                """)

        public static func cancelled(_ date: String, _ department: String, _ id: String, _ reason: String) -> Localized
        {
            Localized(
                en:
                    "\(date): CANCELLED: the ordered inspection of \(department) (\(id)) was called off: \(reason); do not go.\n",
                zh: "\(date)：已取消：对 \(department)（\(id)）的指定检查已撤销，事由：\(reason)；请勿前往。\n")
        }
        public static func cancelledSummary(_ department: String) -> Localized {
            Localized(en: "Cancelled: inspection of \(department)", zh: "已取消：检查 \(department)")
        }
        public static func cancelReason(_ reason: String) -> Localized {
            Localized(en: "Cancelled by a coordinator: \(reason)", zh: "协调员已取消：\(reason)")
        }

        public static let cancelAbstract = Localized(
            en: "Cancel an ordered inspection before its day ends (coordinators).",
            zh: "在检查日结束前取消一次指定检查（协调员）。")
        public static let cancelDiscussion = Localized(
            en: """
                An ordered inspection is revealed the moment it is drawn, so cancelling it cannot \
                unsay it: the draw, its record and its teams stay, in the store and in the hash chain. \
                A cancellation entry with the reason joins the chain after them (published as \
                cancellation.json beside the record, and checked by both verifiers); every member's \
                task file keeps the assignment marked withdrawn with the reason (`spotcheck today` \
                says CANCELLED, the calendar event is CANCELLED), the notice hooks run with the \
                withdrawn event, and the journal and the audit trail say who cancelled it and why. \
                Only an ordered draw can be cancelled, once, until its inspection day ends. Its teams \
                still count for the rest of that day's draws, as recorded.
                """,
            zh: """
                指定检查在抽出时即公布，取消并不能将其抹去：该次抽签、其记录和检查组都保留在数据库和哈希链中。\
                哈希链在其后增加一条带事由的取消记录（与记录一起公开为 cancellation.json，两个验证程序都会检查）；\
                每位成员的任务文件保留该任务并标记为已撤回，附上事由（`spotcheck today` 显示“已取消”，日历事件为 CANCELLED），\
                通知程序以 withdrawn 事件运行，日志和审计记录写明由谁取消、为何取消。\
                只有指定检查可以取消，只能取消一次，且须在其检查日结束前。当天其后的抽签仍按记录计入这些检查组。
                """)
        public static let cancelDrawHelp = Localized(
            en: "The ordered draw's id (spotcheck order prints it; spotcheck teams lists it).",
            zh: "指定检查的抽签编号（spotcheck order 会显示；spotcheck teams 中可查）。")
        public static let cancelReasonHelp = Localized(
            en: "Why it is cancelled (kept in the record, the journal and the audit trail).",
            zh: "取消的事由（保存在记录、日志和审计记录中）。")
        public static func cancelDone(_ draw: Int, _ departments: String, _ withdrawn: Int) -> Localized {
            Localized(
                en:
                    "Cancelled the ordered inspection of draw \(draw) (\(departments)): \(withdrawn) assignment(s) withdrawn; the inspectors are notified.\n",
                zh: "已取消第 \(draw) 次抽签的指定检查（\(departments)）：撤回 \(withdrawn) 项任务，已通知相关检查人员。\n")
        }
        public static func cancelRefused(_ said: String) -> Localized {
            Localized(en: "the cancellation is refused: \(said)", zh: "取消被拒绝：\(said)")
        }
        public static let cancelNeedsReason = Localized(
            en: "give the reason for the cancellation (--reason)", zh: "请给出取消的事由（--reason）")
        public static func cancelNoDraw(_ draw: String) -> Localized {
            Localized(en: "no revealed draw \(draw)", zh: "没有已公布的第 \(draw) 次抽签")
        }
        public static func cancelNotOrdered(_ draw: String) -> Localized {
            Localized(
                en:
                    "draw \(draw) is a scheduled draw; only an ordered inspection can be cancelled (replace inspectors instead: spotcheck replace)",
                zh: "第 \(draw) 次抽签是定时抽签；只有指定检查可以取消（如需换人，请用 spotcheck replace）")
        }
        public static func cancelDayOver(_ draw: String) -> Localized {
            Localized(
                en: "the inspection day of draw \(draw) is over; it can no longer be cancelled",
                zh: "第 \(draw) 次抽签的检查日已结束，不能再取消")
        }
        public static func cancelAlready(_ draw: String) -> Localized {
            Localized(en: "draw \(draw) is cancelled already", zh: "第 \(draw) 次抽签已经取消")
        }

        public static func replaceCancelled(_ draw: String) -> Localized {
            Localized(
                en: "draw \(draw) was cancelled; its teams are withdrawn and nobody can join them",
                zh: "第 \(draw) 次抽签已取消；其检查组已撤回，不能再补人")
        }

        public static func teamCancelled(_ pool: String, _ draw: Int64, _ reason: String) -> Localized {
            Localized(
                en: "  pool \(pool), draw \(draw): ordered, then CANCELLED, reason: \(reason)\n",
                zh: "  抽签池 \(pool)，第 \(draw) 次抽签：指定检查，已取消，事由：\(reason)\n")
        }

        public static let teamsHTMLHelp = Localized(
            en: "Print the dispatch sheet as an HTML page to print (one block per team).",
            zh: "以 HTML 页面输出派遣单，便于打印（每个检查组一块）。")
    }
}
