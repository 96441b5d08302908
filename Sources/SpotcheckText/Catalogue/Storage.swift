// The state database failing under the daemon for a reason the administrator can act on.

extension Catalogue {
    public enum Storage {
        /// SQLite said the disk is full: nothing of the change was stored.
        public static func diskFull(_ path: String) -> Localized {
            Localized(
                en: "the state database \(path) cannot be written: its disk is full, and nothing of this change was "
                    + "stored; free space on that file system (df \(path)) and try again",
                zh: "无法写入状态数据库 \(path)：所在磁盘已满，本次更改未保存任何内容；请释放该文件系统的空间（df \(path)）后重试")
        }

        /// SQLite said the database may not be written (a read-only mount or file).
        public static func readOnly(_ path: String) -> Localized {
            Localized(
                en: "the state database \(path) cannot be written: it or its file system is read-only, and nothing of "
                    + "this change was stored; make it writable for spotcheckd's user and try again",
                zh: "无法写入状态数据库 \(path)：该文件或其文件系统为只读，本次更改未保存任何内容；请使其对 spotcheckd 的用户可写后重试")
        }

        /// SQLite could not write or open the database's files, and the file system is not full: a
        /// file or folder spotcheckd may no longer write (`reason` names it, with the system's word).
        public static func unwritable(_ path: String, _ reason: String) -> Localized {
            Localized(
                en: "the state database \(path) cannot be written (\(reason)), and nothing of this change was "
                    + "stored; make the file, its -wal and -shm files and its folder writable for spotcheckd's user "
                    + "(ls -l, lsattr, findmnt) and try again",
                zh: "无法写入状态数据库 \(path)（\(reason)），本次更改未保存任何内容；请使该文件、其 -wal 和 -shm 文件及所在目录"
                    + "对 spotcheckd 的用户可写（ls -l、lsattr、findmnt）后重试")
        }

        /// The state could not be opened at start, and its file system has no room left.
        public static func noRoomAtStart(_ state: String) -> Localized {
            Localized(
                en: "its file system is full (df \(state)); free space on it and start spotcheckd again",
                zh: "其所在文件系统已满（df \(state)）；请释放该文件系统的空间后再启动 spotcheckd")
        }

        /// The messages above, recognised from the English the daemon sends.
        public static let patterns: [TextPattern] = [
            TextPattern { path in diskFull(path) },
            TextPattern { path in readOnly(path) },
            TextPattern { path, reason in unwritable(path, reason) },
        ]
    }
}
