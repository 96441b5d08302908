extension Catalogue {
    /// spotcheckd's own `--help` and what it prints on the command line (`--check-config`,
    /// `--accept-restored-state`); its journal and log lines stay English (the catalogs explain them).
    public enum DaemonHelp {
        public static let abstract = Localized(
            en: "Draw unannounced inspections on schedule and hand every inspector their task.",
            zh: "按计划抽取不打招呼的检查，并向每名检查人员下达任务。")
        public static let discussion = Localized(
            en: "On each working day, at each pool's draw time, spotcheckd takes a fresh seed from the "
                + "kernel, commits its hash and the roster snapshot to the store and the journal, then "
                + "computes the draw. At the reveal time it writes one task file per inspector; when the "
                + "day is over it journals the seed and writes the public record. A pool's day is drawn "
                + "once, however often the daemon restarts; a day missed entirely is journaled as missed.\n\n"
                + "Signals: SIGHUP reloads the configuration and the roster (a bad one is refused and the "
                + "running one stays; SIGHUPs that arrive during a reload make one more); SIGTERM and "
                + "SIGINT stop gracefully, at once.",
            zh: "每个工作日，在各抽签池的抽签时间，spotcheckd 从内核取得新的种子，先把种子的哈希值和名册快照"
                + "提交到数据库和系统日志，再计算抽签结果。到揭晓时间，它为每名检查人员写出一份任务文件；"
                + "检查日结束后，它把种子记入系统日志并写出公开记录。无论守护进程重启多少次，一个抽签池的"
                + "一天只抽签一次；整天错过的抽签记入系统日志为“已错过”。\n\n"
                + "信号：SIGHUP 重新加载配置和名册（有误的配置或名册不被接受，继续使用正在运行的；"
                + "重新加载期间收到的 SIGHUP 会再触发一次加载）；SIGTERM 和 SIGINT 立即平稳停止。")
        public static let exitCodes = Localized(
            en: "EXIT CODES:\n"
                + "  0   stopped normally, or --check-config found no problem\n"
                + "  1   the daemon failed (the journal says why)\n"
                + "  78  the configuration or the roster is invalid (each problem as FILE:LINE: …)",
            zh: "退出码：\n"
                + "  0   正常停止，或 --check-config 未发现问题\n"
                + "  1   守护进程出错（原因见系统日志）\n"
                + "  78  配置或名册无效（每个问题以 FILE:LINE: … 的形式列出）")
        public static let configHelp = Localized(en: "The configuration file.", zh: "配置文件。")
        public static let checkConfigHelp = Localized(
            en: "Check the configuration and the roster it names (and, against the state database, the running "
                + "campaign and the clock), print the result, and exit.",
            zh: "检查配置及其指定的名册（并对照状态数据库检查正在进行的专项整治和系统时钟），打印结果后退出。")
        public static let acceptRestoredHelp = Localized(
            en:
                "Accept the state database as it is (a backup restored on purpose): write the audit anchor anew, and exit.",
            zh: "按现状接受状态数据库（有意恢复的备份）：重新写入审计锚点后退出。")
        public static let acceptRestoredDiscussion = Localized(
            en: "Without it, spotcheckd refuses to start on a database older than its anchor. Run as root on a "
                + "state folder of another user (the service's), it runs as that user. A database that lacks a draw "
                + "whose commitment is already public is refused, and nothing is changed (docs/operations.md).",
            zh: "不加此选项时，若数据库比其锚点旧，spotcheckd 拒绝启动。以 root 身份对属于其他用户（服务的用户）的状态"
                + "文件夹运行时，它以该用户身份运行。缺少其承诺已公开的抽签的数据库被拒绝，不做任何更改"
                + "（docs/operations.md）。")
        public static let publicationKeyHelp = Localized(
            en: "Print the public key (hex) that signs the publications' manifests, and exit.",
            zh: "打印为公开材料清单签名的公钥（十六进制）后退出。")
        public static func configOK(
            _ file: String, _ pools: Int, _ names: String, _ roster: String, _ departments: Int, _ inspectors: Int
        ) -> Localized {
            Localized(
                en: "\(file): OK: \(pools) pool(s) (\(names)); "
                    + "roster \(roster): \(departments) departments, \(inspectors) inspectors",
                zh: "\(file)：正常：\(pools) 个抽签池（\(names)）；名册 \(roster)：\(departments) 个单位，\(inspectors) 名检查人员")
        }
        public static func cannotAcceptState(_ folder: String, _ error: String) -> Localized {
            Localized(
                en: "cannot accept the state in \(folder): \(error)", zh: "无法接受 \(folder) 中的状态：\(error)")
        }
        public static func anchorWritten(_ path: String) -> Localized {
            Localized(en: "\(path): written for the database as it is", zh: "\(path)：已按数据库现状写入")
        }
    }
}
