public import SpotcheckCore

extension Catalogue {
    /// `spotcheck today`: an inspector's own assignments.
    public enum Today {
        public static let abstract = Localized(
            en: "Show your inspection assignments: where, with whom, in what role.",
            zh: "查看您的检查任务：去哪里、与谁同行、担任什么角色。")
        public static let discussion = Localized(
            en: """
                Reads your own task files (TASKS/LOGIN/DATE.json), written by spotcheckd at the \
                reveal time into a folder only you can enter, so it works when the daemon is down. \
                Shows the given day (today by default) and the revealed days after it, up to --days \
                ahead. With --ics, prints an RFC 5545 calendar with one event per assignment, from the \
                report time to the end of the inspection day, at the department; importing it again \
                updates events that a replacement changed.
                """,
            zh: """
                读取您自己的任务文件（TASKS/LOGIN/DATE.json）。spotcheckd 在揭晓时把它们写入只有您能进入的\
                文件夹，因此守护进程停止时也能查看。显示指定日期（默认今天）及其后 --days 天内已揭晓的任务。\
                加 --ics 时输出 RFC 5545 日历，每项任务一个事件，从报到时间到检查日结束，地点为被检查单位；\
                再次导入会更新因替换而变化的事件。
                """)
        public static let dateHelp = Localized(
            en: "The first day to show, YYYY-MM-DD. Default: today in spotcheckd's time zone "
                + "(this machine's when the daemon cannot be asked).",
            zh: "显示的第一天，YYYY-MM-DD。默认：spotcheckd 时区的今天（无法询问守护进程时用本机时区）。")
        public static let daysHelp = Localized(
            en: "How many days after the first to look for revealed tasks.",
            zh: "在第一天之后查找多少天内已揭晓的任务。")
        public static let tasksHelp = Localized(
            en: "The folder of task files. Default: $SPOTCHECK_TASKS, else /var/lib/spotcheck/tasks.",
            zh: "任务文件所在文件夹。默认：$SPOTCHECK_TASKS，否则为 /var/lib/spotcheck/tasks。")
        public static let loginHelp = Localized(
            en: "Whose tasks (default: yours; others' files are not readable to you).",
            zh: "查看谁的任务（默认：您自己；您无法读取他人的文件）。")
        public static let jsonHelp = Localized(en: "Print the task files as JSON.", zh: "以 JSON 格式输出任务文件。")
        public static let icsHelp = Localized(en: "Print iCalendar events.", zh: "输出 iCalendar 日历事件。")
        public static let daysRange = Localized(en: "--days must be from 0 to 366", zh: "--days 必须在 0 到 366 之间")

        public static func noLogin(_ uid: UInt32) -> Localized {
            Localized(
                en: "cannot tell your login (uid \(uid)); give --login",
                zh: "无法确定您的登录名（uid \(uid)）；请用 --login 指定")
        }
        public static func noTasksFolder(_ folder: String) -> Localized {
            Localized(
                en: "\(folder): no such folder. spotcheckd writes task files there: is the state folder mounted, "
                    + "or does spotcheckd's configuration name another tasks folder? "
                    + "Give --tasks DIR or set SPOTCHECK_TASKS.",
                zh: "\(folder)：文件夹不存在。spotcheckd 把任务文件写在那里：状态文件夹是否已挂载？"
                    + "spotcheckd 的配置是否指定了别的任务文件夹？请用 --tasks DIR 指定或设置 SPOTCHECK_TASKS。")
        }
        public static func unreadable(_ login: String, _ folder: String) -> Localized {
            Localized(
                en: "the task files of \(login) can be read by \(login) only (or \(folder) cannot be entered)",
                zh: "\(login) 的任务文件只有 \(login) 本人能读取（或无法进入 \(folder)）")
        }
        public static func noFolderFor(_ login: String, _ folder: String) -> Localized {
            Localized(
                en: "\(folder) holds no task folder for \(login): spotcheckd makes one for every login of the "
                    + "roster, so \(login) is not an inspector there, or \(folder) is not spotcheckd's tasks "
                    + "folder (--tasks, SPOTCHECK_TASKS)",
                zh: "\(folder) 中没有 \(login) 的任务文件夹：spotcheckd 为名册中每个登录名都建一个，"
                    + "所以 \(login) 不是那里的检查人员，或 \(folder) 不是 spotcheckd 的任务文件夹（--tasks、SPOTCHECK_TASKS）")
        }
        public static func newerSchema(_ path: String, _ schema: String) -> Localized {
            Localized(
                en: "\(path): schema \(schema) is newer than this spotcheck understands; update it",
                zh: "\(path)：格式 \(schema) 比此版本 spotcheck 能理解的更新；请升级 spotcheck")
        }
        public static func notATaskFile(_ path: String, _ error: String) -> Localized {
            Localized(en: "\(path): not a task file: \(error)", zh: "\(path)：不是任务文件：\(error)")
        }
        public static func nothingRevealed(_ login: String, _ first: Day, _ last: Day) -> Localized {
            Localized(
                en: "No inspection for \(login) from \(first) to \(last) has been revealed.\n",
                zh: "\(login) 在 \(first) 至 \(last) 期间没有已揭晓的检查任务。\n")
        }
        public static func inspect(_ date: Day, _ name: String, _ id: String, _ role: String) -> Localized {
            Localized(
                en: "\(date): inspect \(name) (\(id)) as \(role)\n",
                zh: "\(date)：检查 \(name)（\(id)），担任\(role)\n")
        }
        public static func reportAt(_ time: String, _ pool: String, _ drawID: Int64) -> Localized {
            Localized(
                en: "  report at \(time)  ·  pool \(pool), draw \(drawID)\n",
                zh: "  报到时间 \(time)  ·  抽签池 \(pool)，第 \(drawID) 次抽签\n")
        }
        /// A ledger draw's visit: what it checks.
        public static func ledgerCheck(_ kind: String, _ findings: [String]) -> Localized {
            let list = findings.joined(separator: ", ")
            return switch kind {
            case "verification":
                Localized(
                    en:
                        "  verify the rectification of \(list) (spotcheck findings verify); if a conflict with the department arose since the draw, tell a coordinator, who replaces you\n",
                    zh: "  核验 \(list) 的整改情况（spotcheck findings verify）；抽签后与该单位产生回避情形的，请告知协调员另行替换\n")
            case "recheck":
                Localized(
                    en:
                        "  re-check of closed finding(s) \(list): a failure reopens it (spotcheck findings reopen --recheck)\n",
                    zh: "  回头看：复查已销号问题 \(list)；仍存在问题的重新整改（spotcheck findings reopen --recheck）\n")
            default:
                Localized(
                    en:
                        "  honesty sample: the department reported no problem in its self-inspection; check that it is so\n",
                    zh: "  自查真实性抽查：该单位自查未报告问题，请核实\n")
            }
        }
        public static let lookFor = Localized(en: "Look for:\n", zh: "检查要点：\n")
        public static let team = Localized(en: "Team", zh: "检查组")
        public static let covert = Localized(
            en: "  covert visit: do not announce yourselves\n", zh: "  暗访：不得事先通知，不得亮明身份\n")
        public static let name = Localized(en: "Name", zh: "姓名")
        public static let home = Localized(en: "Home", zh: "所在单位")
        public static let role = Localized(en: "Role", zh: "角色")
    }

    /// Roles in a team, as people read them; the codes ("lead", "member") stay in files.
    public enum Role {
        public static let lead = Localized(en: "lead", zh: "组长")
        public static let member = Localized(en: "member", zh: "组员")

        /// The role code's name, or the code itself when it is not one of ours.
        public static func name(_ code: String) -> String {
            switch code {
            case "lead": lead.text
            case "member": member.text
            default: code
            }
        }
    }
}
