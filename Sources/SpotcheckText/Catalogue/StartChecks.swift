// What spotcheckd checks before it starts, beyond the configuration's syntax: a system clock
// behind the newest entry of the state database (docs/operations.md, "The clock"), and what
// `--check-config` reads from the database (the running campaign).

extension Catalogue {
    public enum StartChecks {
        /// The start refused: the clock is behind what the database already holds.
        public static func clockBehind(
            _ clock: String, _ entry: String, _ written: String, _ behind: String, _ database: String
        ) -> Localized {
            Localized(
                en: "the system clock (\(clock)) is behind the newest entry of the state database \(database) "
                    + "(\(entry), written at \(written), \(behind) later): entries written now would be dated before "
                    + "it, out of order in the audit trail and the public chain, so spotcheckd does not start. If the "
                    + "clock is wrong, set it right (timedatectl status; an NTP service such as systemd-timesyncd) and "
                    + "start again. If it is right, the database was written under a clock set ahead (a test run "
                    + "under a changed clock, a clock corrected backwards since): restore the backup taken before "
                    + "that (docs/operations.md, \"Restoring\"), or start again after \(written)",
                zh: "系统时钟（\(clock)）早于状态数据库 \(database) 中最新的记录（\(entry)，写入于 \(written)，"
                    + "晚 \(behind)）：此时写入的记录将早于该记录，审计记录和公开哈希链的时间顺序将被打乱，因此 "
                    + "spotcheckd 不启动。如系统时钟有误，请校正（timedatectl status；systemd-timesyncd 等 NTP 服务）"
                    + "后再启动。如时钟无误，说明数据库是在调快的时钟下写入的（在改动的时钟下试运行过，或时钟此后被往回调）："
                    + "请恢复此前所做的备份（docs/operations.md，“Restoring”），或在 \(written) 之后再启动")
        }

        /// `--check-config`: the same, as a warning (the configuration itself is fine).
        public static func clockBehindWarning(_ told: String) -> Localized {
            Localized(en: "warning: a start now would be refused: \(told)", zh: "警告：现在启动将被拒绝：\(told)")
        }

        /// `--check-config`: the database could not be read to check the running campaign.
        public static func stateUnreadable(_ database: String, _ error: String) -> Localized {
            Localized(
                en: "warning: the state database \(database) cannot be read (\(error)): the running campaign and the "
                    + "clock were not checked against it; run --check-config as root or as the service's user",
                zh: "警告：无法读取状态数据库 \(database)（\(error)）：未据此检查正在进行的专项整治和系统时钟；"
                    + "请以 root 或服务的用户身份运行 --check-config")
        }

        /// A file of the configuration (the roster, the configuration itself, the prohibitions list)
        /// the daemon may not open, naming the user it runs as (`DaemonConfig.readFile`).
        public static func notReadableBy(_ user: String, _ group: String) -> Localized {
            Localized(
                en: "cannot be read by \(user), the user spotcheckd runs as (no permission): let that user read the "
                    + "file and enter its folders, e.g. chgrp \(group) FILE && chmod g+r FILE (deploy/tmpfiles.d/"
                    + "spotcheck.conf does so for /etc/spotcheck/roster), then check again",
                zh: "spotcheckd 的运行用户 \(user) 无法读取（没有权限）：请让该用户可读此文件并可进入其所在文件夹，"
                    + "例如 chgrp \(group) FILE && chmod g+r FILE（deploy/tmpfiles.d/spotcheck.conf 对 "
                    + "/etc/spotcheck/roster 即如此设置），然后重新检查")
        }

        /// The daemon's English problems of this file, told in the reader's language
        /// (`ConfigProblems.all`).
        public static let patterns: [TextPattern] = [TextPattern { user, group in notReadableBy(user, group) }]

        /// The newest stored entry, by its table (`NewestEntry`).
        public static func storedEntry(_ table: String, _ id: Int64, _ column: String) -> Localized {
            switch table {
            case "audit": Localized(en: "audit entry \(id)", zh: "第 \(id) 条审计记录")
            case "draw": Localized(en: "draw \(id), \(column)", zh: "第 \(id) 次抽签，\(column)")
            case "replacement": Localized(en: "replacement \(id)", zh: "第 \(id) 次替换")
            case "roster_version": Localized(en: "roster version \(id)", zh: "第 \(id) 版名册")
            case "campaign_transition": Localized(en: "campaign step \(id)", zh: "第 \(id) 次专项整治阶段推进")
            case "ledger_event": Localized(en: "ledger history entry \(id)", zh: "第 \(id) 条问题台账记录")
            case "chain_entry", "chain_pending": Localized(en: "chain link \(id)", zh: "第 \(id) 个哈希链环节")
            default: Localized(en: "row \(id) of \(table)", zh: "\(table) 第 \(id) 行")
            }
        }

        /// A span of time, in the largest whole units: `2 days 3 h`, `5 min`, `12 s`.
        public static func days(_ count: Int) -> Localized { Localized(en: "\(count) d", zh: "\(count) 天") }
        public static func hours(_ count: Int) -> Localized { Localized(en: "\(count) h", zh: "\(count) 小时") }
        public static func minutes(_ count: Int) -> Localized { Localized(en: "\(count) min", zh: "\(count) 分钟") }
        public static func seconds(_ count: Int) -> Localized { Localized(en: "\(count) s", zh: "\(count) 秒") }
    }
}
