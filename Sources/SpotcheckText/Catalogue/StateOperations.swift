// Installing, checking, backing up and restoring spotcheckd's state: what `spotcheckd
// --check-config` and `--accept-restored-state` print, and why a start on a state it cannot use
// is refused (the journal keeps the English).

extension Catalogue {
    public enum StateOperations {
        /// A file or folder of the state belongs to another user than the one spotcheckd runs as.
        public static func wrongOwner(
            _ path: String, _ found: String, _ foundID: String, _ running: String, _ runningID: String,
            _ state: String
        ) -> Localized {
            Localized(
                en:
                    "\(path) belongs to \(found) (uid \(foundID)), but spotcheckd runs as \(running) (uid \(runningID)) "
                    + "and cannot use it (a backup copied back as root is the usual cause); give the state back "
                    + "to its user: chown -R \(running): \(state)",
                zh: "\(path) 属于 \(found)（uid \(foundID)），而 spotcheckd 以 \(running)（uid \(runningID)）身份运行，"
                    + "无法使用它（通常是以 root 身份拷回备份所致）；请把状态交还给其用户：chown -R \(running): \(state)")
        }

        /// The anchor exists but cannot be read.
        public static func anchorUnreadable(_ path: String, _ reason: String, _ running: String) -> Localized {
            Localized(
                en: "cannot read the audit anchor \(path): \(reason); it must be readable by spotcheckd's user "
                    + "\(running) (chown \(running): \(path); chmod 600 \(path))",
                zh: "无法读取审计锚点 \(path)：\(reason)；它必须可由 spotcheckd 的用户 \(running) 读取"
                    + "（chown \(running): \(path)；chmod 600 \(path)）")
        }

        /// Run as root on a state folder that belongs to the service's user: the command became that user.
        public static func runningAsOwner(_ user: String, _ state: String) -> Localized {
            Localized(
                en: "running as \(user), the owner of \(state), as the service does: "
                    + "what is written there stays the service's",
                zh: "以 \(state) 的所有者 \(user) 的身份运行（与服务相同）：写入其中的文件仍归服务所有")
        }

        /// Switching to the state folder's owner failed.
        public static func cannotBecomeOwner(_ user: String, _ state: String, _ reason: String) -> Localized {
            Localized(
                en: "cannot run as \(user), the owner of \(state): \(reason); run it as that user: "
                    + "runuser -u \(user) -- spotcheckd …",
                zh: "无法以 \(state) 的所有者 \(user) 的身份运行：\(reason)；请以该用户运行：runuser -u \(user) -- spotcheckd …")
        }

        /// `--check-config` run as root on a state folder not made yet.
        public static func checkedAsRootNoState(_ state: String) -> Localized {
            Localized(
                en: "note: checked as root (\(state) does not exist yet); the service runs as "
                    + "its own user, which must be able to read the roster (root:spotcheck, 0640)",
                zh: "注意：以 root 身份检查（\(state) 尚不存在）；服务以其自己的用户运行，"
                    + "该用户必须能读取名册（root:spotcheck，0640）")
        }

        /// `--check-config` run as root on a state folder that belongs to root.
        public static func checkedAsRootOwnedByRoot(_ state: String) -> Localized {
            Localized(
                en: "note: checked as root (\(state) belongs to root); the service runs as "
                    + "its own user, which must be able to read the roster (root:spotcheck, 0640)",
                zh: "注意：以 root 身份检查（\(state) 属于 root）；服务以其自己的用户运行，"
                    + "该用户必须能读取名册（root:spotcheck，0640）")
        }

        /// A folder of `[paths]` the daemon cannot write into.
        public static func folderNotWritable(
            _ key: String, _ path: String, _ reason: String, _ user: String
        )
            -> Localized
        {
            Localized(
                en: "[paths] \(key) = \"\(path)\": spotcheckd (as \(user)) cannot write there (\(reason)). "
                    + "Under the unit's ProtectSystem=strict only /var/lib/spotcheck and /run/spotcheck are "
                    + "writable: put it under /var/lib/spotcheck, or allow it (systemctl edit spotcheckd: "
                    + "[Service] ReadWritePaths=\(path)) and make it belong to \(user)",
                zh: "[paths] \(key) = \"\(path)\"：spotcheckd（以 \(user) 身份）无法写入该处（\(reason)）。"
                    + "在该单元的 ProtectSystem=strict 下只有 /var/lib/spotcheck 和 /run/spotcheck 可写："
                    + "请把它放到 /var/lib/spotcheck 下，或予以放行（systemctl edit spotcheckd："
                    + "[Service] ReadWritePaths=\(path)），并使其属于 \(user)")
        }

        /// A folder of `[paths]` that is a file.
        public static func notAFolder(_ key: String, _ path: String) -> Localized {
            Localized(
                en: "[paths] \(key) = \"\(path)\": \(path) is not a folder",
                zh: "[paths] \(key) = \"\(path)\"：\(path) 不是文件夹")
        }

        /// The database does not hold commitments already public: restoring it is refused.
        public static func olderThanPublished(
            _ database: String, _ count: Int, _ list: String, _ publicFolder: String
        ) -> Localized {
            Localized(
                en: "the state database \(database) does not hold \(count) commitment(s) spotcheckd already "
                    + "published in \(publicFolder): \(list). It is a copy older than these draws: going on from "
                    + "it would draw their days again (a second seed for a day already announced) or leave their "
                    + "teams without a record, so it is refused and nothing was changed. Restore a copy taken "
                    + "after the newest of them, or put back the database spotcheckd last ran on; a backup older "
                    + "than a public commitment cannot be restored",
                zh: "状态数据库 \(database) 缺少 spotcheckd 已在 \(publicFolder) 公开的 \(count) 项承诺：\(list)。"
                    + "它是早于这些抽签的副本：从它继续会重抽这些日子（为已公布的一天再取一个种子），"
                    + "或使这些检查组没有记录，因此被拒绝，未做任何更改。请恢复在其中最新一项之后做的副本，"
                    + "或放回 spotcheckd 上次运行时的数据库；早于某项公开承诺的备份无法恢复")
        }

        /// One of the commitments above, and why it does not match.
        public static func missingCommitment(_ path: String) -> Localized {
            Localized(en: "\(path) (no such draw stored)", zh: "\(path)（数据库中无此抽签）")
        }

        public static func otherCommitment(_ path: String) -> Localized {
            Localized(en: "\(path) (another commitment stored)", zh: "\(path)（数据库中为另一项承诺）")
        }

        /// `spotcheckd --backup DIR`.
        public static let backupHelp = Localized(
            en: "Copy the state database (consistent, also while the daemon runs) and the private files a restore "
                + "needs into a folder, each 0600, and exit.",
            zh: "把状态数据库（一致的副本，守护进程运行时也可）及恢复所需的私有文件复制到一个文件夹中（每个文件 0600）后退出。")

        public static func backupWritten(_ folder: String, _ files: String) -> Localized {
            Localized(
                en: "\(folder): backup written (\(files)); it holds unrevealed seeds: keep it private",
                zh: "\(folder)：已写出备份（\(files)）；其中含有尚未公开的种子，请妥善保密")
        }

        public static func noDatabase(_ path: String) -> Localized {
            Localized(
                en: "there is no state database at \(path) to back up (check [paths] state)",
                zh: "\(path) 处没有可备份的状态数据库（请检查 [paths] state）")
        }

        public static func backupExists(_ path: String) -> Localized {
            Localized(
                en: "\(path) exists already; name a new or empty folder for the backup",
                zh: "\(path) 已存在；请为备份指定一个新的或空的文件夹")
        }

        public static func backupFailed(_ source: String, _ target: String, _ reason: String) -> Localized {
            Localized(
                en: "cannot copy \(source) to \(target): \(reason)",
                zh: "无法把 \(source) 复制到 \(target)：\(reason)")
        }

        /// A backup that found no room on its folder's file system; nothing of it was kept.
        public static func backupNoRoom(_ target: String, _ folder: String) -> Localized {
            Localized(
                en: "cannot write the backup \(target): no room left on the file system of \(folder) (df \(folder)); "
                    + "nothing of the backup was kept there. Free space, or name a folder on another file system",
                zh: "无法写入备份 \(target)：\(folder) 所在文件系统已无剩余空间（df \(folder)）；该处未保留任何备份文件。"
                    + "请释放空间，或指定另一个文件系统上的文件夹")
        }

        /// An inspector's task file holds an assignment the restored database does not.
        public static func toldButLost(
            _ login: String, _ draw: Int64, _ department: String, _ date: String
        )
            -> Localized
        {
            Localized(
                en: "warning: \(login) was told of draw \(draw) (\(department) on \(date)), which the restored "
                    + "database does not hold (made after the backup); the next start rewrites their task file "
                    + "without it: tell them",
                zh: "警告：\(login) 已被告知抽签 \(draw)（\(date) 检查 \(department)），而恢复的数据库中没有它"
                    + "（在备份之后产生）；下次启动时其任务文件将不再包含它：请通知本人")
        }

        public static func andMore(_ count: Int) -> Localized {
            Localized(en: " and \(count) more", zh: " 等另外 \(count) 项")
        }
    }
}
