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

        /// While running: the clock went behind the newest entry (ClockWatch.swift). The journal's
        /// entry and the refusal of a change; reading goes on.
        public static func clockSetBack(
            _ clock: String, _ entry: String, _ written: String, _ behind: String
        )
            -> Localized
        {
            Localized(
                en: "the system clock (\(clock)) is behind the newest entry of the state database (\(entry), written "
                    + "at \(written), \(behind) later): a change now would be dated before it, so spotcheckd refuses "
                    + "changes and holds its schedule (no draw, reveal or publication) until the clock reaches "
                    + "\(written); reading goes on. Nothing was changed. If the clock is wrong, set it right "
                    + "(timedatectl status; an NTP service such as systemd-timesyncd), then try again. If it is "
                    + "right, the entries since it was ahead are dated in the future: wait until \(written), or stop "
                    + "spotcheckd and restore the backup taken before (docs/operations.md, \"The clock\")",
                zh: "系统时钟（\(clock)）早于状态数据库中最新的记录（\(entry)，写入于 \(written)，晚 \(behind)）："
                    + "此时所做的更改将早于该记录，因此 spotcheckd 拒绝更改，并暂停计划中的步骤（不抽签、不揭示、不公布），"
                    + "直到时钟到达 \(written)；查询不受影响。未做任何更改。如系统时钟有误，请校正（timedatectl status；"
                    + "systemd-timesyncd 等 NTP 服务）后再试。如时钟无误，说明此前时钟调快期间写入的记录时间在未来："
                    + "请等到 \(written)，或停止 spotcheckd 并恢复此前所做的备份（docs/operations.md，“The clock”）")
        }

        /// A reload asked for while the clock is behind (ClockWatch.swift).
        public static func reloadHeld(_ told: String) -> Localized {
            Localized(
                en: "reload held, the configuration and the roster in force stay: \(told); send SIGHUP again "
                    + "(systemctl reload spotcheckd) once the clock has caught up",
                zh: "暂不重新载入，现行配置和名册保持不变：\(told)；时钟追上后请再次发送 SIGHUP"
                    + "（systemctl reload spotcheckd）")
        }

        /// While running: the clock caught up again (ClockWatch.swift).
        public static func clockCaughtUp(_ clock: String, _ written: String) -> Localized {
            Localized(
                en: "the system clock (\(clock)) has reached the newest entry of the state database (written at "
                    + "\(written)) again: changes are accepted and the schedule goes on",
                zh: "系统时钟（\(clock)）已再次到达状态数据库中最新的记录（写入于 \(written)）："
                    + "恢复接受更改，计划中的步骤继续进行")
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

        /// A configuration that replaces or removes the running campaign without a release
        /// (CampaignGuard.swift), refused at start, on reload and by `--check-config`.
        public static func campaignChangeRefused(_ change: String, _ running: String, _ phase: String) -> Localized {
            Localized(
                en: "the configuration \(change), while the running campaign \(running) has begun and is in "
                    + "\(phase); put its [campaign] back as it was, or have a coordinator run 'spotcheck campaign "
                    + "release --reason TEXT' first and then reload (docs/campaign.md, \"Keeping to the plan\")",
                zh: "配置\(change)，而正在进行的专项整治 \(running) 已经开始，当前处于 \(phase)；请将其 [campaign] "
                    + "改回原样，或先由协调员运行 'spotcheck campaign release --reason TEXT' 再重新载入"
                    + "（docs/campaign.md，“Keeping to the plan”）")
        }
        public static let removesCampaign = Localized(
            en: "removes [campaign], which would end every phase rule at once",
            zh: "删除了 [campaign]，这将立即取消全部阶段规则")
        public static func namesAnotherCampaign(_ key: String) -> Localized {
            Localized(
                en: "names another campaign (basis_sha256 \(key)), which would start in mobilisation",
                zh: "指定了另一项专项整治（basis_sha256 \(key)），它将从动员部署开始")
        }
        /// The running campaign re-planned without a release.
        public static func campaignReplanRefused(
            _ key: String, _ phase: String, _ from: String, _ to: String
        )
            -> Localized
        {
            Localized(
                en: "the configuration changes the plan of the running campaign \(key), which has begun and is in "
                    + "\(phase), from \(from) to \(to); put [campaign.phases] back as it was, or have a coordinator "
                    + "run 'spotcheck campaign release --reason TEXT' first and then reload (docs/campaign.md, "
                    + "\"Keeping to the plan\")",
                zh: "配置更改了正在进行的专项整治 \(key) 的计划（该专项整治已经开始，当前处于 \(phase)），由 \(from) "
                    + "改为 \(to)；请将 [campaign.phases] 改回原样，或先由协调员运行 'spotcheck campaign release "
                    + "--reason TEXT' 再重新载入（docs/campaign.md，“Keeping to the plan”）")
        }

        /// The `[ledger] prohibitions` of the running campaign changed without a release.
        public static func ledgerProhibitionsRefused(
            _ key: String, _ phase: String, _ frozen: String, _ current: String
        ) -> Localized {
            Localized(
                en: "the configuration changes [ledger] prohibitions of the running campaign \(key), which is in "
                    + "\(phase) and whose self-inspection forms ask about the list as frozen (SHA-256 \(frozen), now "
                    + "\(current)); put the list back as it was, or have a coordinator run 'spotcheck campaign release "
                    + "--reason TEXT' first and then reload (docs/campaign.md, \"Keeping to the plan\")",
                zh: "配置更改了正在进行的专项整治 \(key) 的 [ledger] prohibitions（当前处于 \(phase)，其自查表按冻结时的清单填报："
                    + "SHA-256 \(frozen)，现为 \(current)）；请将该清单改回原样，或先由协调员运行 'spotcheck campaign release "
                    + "--reason TEXT' 再重新载入（docs/campaign.md，“Keeping to the plan”）")
        }

        /// The daemon's English problems of this file, told in the reader's language
        /// (`ConfigProblems.all`).
        public static let patterns: [TextPattern] = [
            TextPattern { user, group in notReadableBy(user, group) },
            TextPattern { change, running, phase in campaignChangeRefused(change, running, phase) },
            TextPattern { key, phase, from, to in campaignReplanRefused(key, phase, from, to) },
            TextPattern { key, phase, frozen, current in ledgerProhibitionsRefused(key, phase, frozen, current) },
        ]

        /// Values of those problems that are words of their own (`ConfigProblems.told`).
        public static let values: [TextPattern] = [
            TextPattern(removesCampaign), TextPattern { key in namesAnotherCampaign(key) },
        ]

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
            default: Localized(en: "row \(id) of \(table), \(column)", zh: "\(table) 第 \(id) 行，\(column)")
            }
        }

        /// A span of time, in the largest whole units: `2 days 3 h`, `5 min`, `12 s`.
        public static func days(_ count: Int) -> Localized { Localized(en: "\(count) d", zh: "\(count) 天") }
        public static func hours(_ count: Int) -> Localized { Localized(en: "\(count) h", zh: "\(count) 小时") }
        public static func minutes(_ count: Int) -> Localized { Localized(en: "\(count) min", zh: "\(count) 分钟") }
        public static func seconds(_ count: Int) -> Localized { Localized(en: "\(count) s", zh: "\(count) 秒") }
    }
}
