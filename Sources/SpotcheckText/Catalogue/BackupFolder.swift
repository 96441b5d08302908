extension Catalogue {
    /// `spotcheckd --backup DIR` refusing a folder that is not the caller's own, or a database it
    /// cannot read (StateBackup.swift).
    public enum BackupFolder {
        public static func symbolicLink(_ path: String) -> Localized {
            Localized(
                en: "\(path) is a symbolic link; name a real folder for the backup (nothing was written)",
                zh: "\(path) 是符号链接；请为备份指定一个真实的文件夹（未写入任何内容）")
        }
        public static func notOwned(_ path: String, _ owner: String, _ you: String) -> Localized {
            Localized(
                en: "\(path) belongs to \(owner), not to \(you) who takes the backup: its owner could read or "
                    + "replace the copy; name a folder of your own (nothing was written)",
                zh: "\(path) 属于 \(owner)，不属于执行备份的 \(you)：其所有者可以读取或替换备份；"
                    + "请指定您自己的文件夹（未写入任何内容）")
        }
        public static func unreadable(_ path: String, _ reason: String) -> Localized {
            Localized(
                en: "the state database \(path) cannot be read (\(reason)); run the backup as root or as the "
                    + "service's user (runuser -u spotcheck -- spotcheckd --backup DIR)",
                zh: "无法读取状态数据库 \(path)（\(reason)）；请以 root 或服务用户身份执行备份"
                    + "（runuser -u spotcheck -- spotcheckd --backup DIR）")
        }
    }
}
