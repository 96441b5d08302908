extension Catalogue {
    /// Options and messages every command shares: JSON layout, the socket's timeout.
    public enum Conventions {
        public static let compactHelp = Localized(
            en: "Print JSON on one line (the default when standard output is not a terminal).",
            zh: "JSON 输出为单行（标准输出不是终端时的默认方式）。")
        public static let prettyHelp = Localized(
            en: "Print JSON indented (the default on a terminal).", zh: "JSON 输出带缩进（在终端上的默认方式）。")
        public static let timeoutHelp = Localized(
            en: "Give up when spotcheckd has not answered after this many seconds (0: wait). "
                + "Default: $SPOTCHECK_TIMEOUT, else 60.",
            zh: "spotcheckd 在这么多秒内未答复则放弃（0：一直等待）。默认：$SPOTCHECK_TIMEOUT，否则为 60。")
        public static func badTimeout(_ source: String, _ value: String) -> Localized {
            Localized(
                en: "\(source) '\(value)' is not a number of seconds (0 or more)",
                zh: "\(source) '\(value)' 不是有效的秒数（0 或更大）")
        }
        public static func timedOut(_ path: String, _ seconds: Int) -> Localized {
            Localized(
                en: "spotcheckd at \(path) did not answer within \(seconds) s; "
                    + "is it stuck? (systemctl status spotcheckd; wait longer with --timeout or SPOTCHECK_TIMEOUT)",
                zh: "\(path) 上的 spotcheckd 在 \(seconds) 秒内未答复；它是否卡住了？"
                    + "（systemctl status spotcheckd；用 --timeout 或 SPOTCHECK_TIMEOUT 延长等待）")
        }
    }

    /// Refusals spotcheckd sends with a code and values, told in the reader's language.
    public enum DaemonText {
        public static func unknownPool(_ pool: String) -> Localized {
            Localized(
                en: "no pool '\(pool)' is configured (spotcheck status lists the pools)",
                zh: "未配置抽签池 '\(pool)'（spotcheck status 列出全部抽签池）")
        }
        public static func unknownDepartment(_ id: String) -> Localized {
            Localized(
                en: "no department '\(id)' in the roster (spotcheck departments list)",
                zh: "名册中没有单位 '\(id)'（spotcheck departments list）")
        }
        public static func closedDepartment(_ id: String) -> Localized {
            Localized(
                en: "department '\(id)' is closed; reopen it first (spotcheck departments reopen \(id))",
                zh: "单位 '\(id)' 已撤销；如需检查请先恢复（spotcheck departments reopen \(id)）")
        }
        public static func cancelledToday(_ id: String, _ draw: String) -> Localized {
            Localized(
                en:
                    "department '\(id)' was ordered today and the order (draw \(draw)) cancelled; it cannot be ordered again before tomorrow (a new order would draw a new team)",
                zh: "单位 '\(id)' 今天已被指定检查，该指定（第 \(draw) 次抽取）已取消；明天之前不能再次指定（再次指定会抽出另一支检查组）")
        }
        public static let badTargets = Localized(
            en: "name one or more departments, each once", zh: "请指定一个或多个单位，每个只写一次")
        public static let noRoster = Localized(
            en: "no roster is loaded (spotcheck import DIR)", zh: "尚未载入名册（spotcheck import DIR）")
        public static func notComputed(_ draw: String) -> Localized {
            Localized(
                en: "draw \(draw) could not be computed; the journal says why (spotcheck log)",
                zh: "第 \(draw) 次抽签无法计算；原因见系统日志（spotcheck log）")
        }
        public static func orderBeforeReveal(_ draw: String, _ pool: String) -> Localized {
            Localized(
                en: "draw \(draw) of pool \(pool) today is not revealed yet; order again after its reveal time",
                zh: "抽签池 \(pool) 今天的第 \(draw) 次抽签尚未揭晓；请在揭晓时间之后再指定检查")
        }
        public static func outsidePhase(_ phase: String, _ pool: String) -> Localized {
            Localized(
                en: "the campaign is in \(phase), in which pool \(pool) does not draw",
                zh: "专项整治处于\(phase)阶段，抽签池 \(pool) 在此阶段不抽签")
        }
        public static let orderNeedsReason = Localized(
            en: "give the reason for the order (--reason)", zh: "请说明指定检查的事由（--reason）")
        public static func badVisit(_ visit: String) -> Localized {
            Localized(en: "visit '\(visit)' is neither open nor covert", zh: "检查方式 '\(visit)' 既不是公开也不是暗访")
        }
        public static func noSuchDraw(_ draw: String) -> Localized {
            Localized(en: "no completed draw \(draw)", zh: "没有已完成的第 \(draw) 次抽签")
        }
        public static func notRevealed(_ draw: String) -> Localized {
            Localized(
                en: "draw \(draw) is not revealed yet; nothing has been issued to replace",
                zh: "第 \(draw) 次抽签尚未揭晓；还没有可替换的任务")
        }
        public static func dayOver(_ draw: String) -> Localized {
            Localized(
                en: "the day of draw \(draw) is over and its record is published",
                zh: "第 \(draw) 次抽签的检查日已结束，其记录已公开")
        }
        public static func notOnATeam(_ inspector: String, _ draw: String) -> Localized {
            Localized(en: "\(inspector) is on no team of draw \(draw)", zh: "\(inspector) 不在第 \(draw) 次抽签的任何检查组中")
        }
        public static func notEligible(_ inspector: String, _ reasons: String) -> Localized {
            Localized(en: "\(inspector) may not take the place: \(reasons)", zh: "\(inspector) 不能接替：\(reasons)")
        }
        public static func nobodyEligible(_ department: String) -> Localized {
            Localized(
                en: "no inspector can take the place on the team for \(department) under every rule",
                zh: "在遵守全部规则的前提下，没有检查人员能接替 \(department) 检查组中的位置")
        }
        public static func replaceBeforeReveal(_ draw: String, _ pool: String) -> Localized {
            Localized(
                en: "draw \(draw) of pool \(pool) that day is not revealed yet; replace after its reveal time",
                zh: "抽签池 \(pool) 当天的第 \(draw) 次抽签尚未揭晓；请在揭晓时间之后再替换")
        }
        public static func noInspector(_ id: String) -> Localized {
            Localized(
                en: "no inspector '\(id)' in the roster (spotcheck inspectors list)",
                zh: "名册中没有检查人员 '\(id)'（spotcheck inspectors list）")
        }
        public static func noDepartment(_ id: String) -> Localized {
            Localized(
                en: "no department '\(id)' in the roster (spotcheck departments list)",
                zh: "名册中没有单位 '\(id)'（spotcheck departments list）")
        }
        public static func noDraw(_ pool: String, _ date: String) -> Localized {
            Localized(en: "no draw of pool \(pool) on \(date)", zh: "抽签池 \(pool) 在 \(date) 没有抽签")
        }
        public static func noLogin(_ uid: String) -> Localized {
            Localized(
                en: "your user (uid \(uid)) is the login of no inspector in the roster",
                zh: "您的用户（uid \(uid)）不是名册中任何检查人员的登录名")
        }
        public static func tooFewInspectors(_ eligible: String, _ needed: String) -> Localized {
            Localized(
                en: "only \(eligible) eligible inspectors, a team needs \(needed)",
                zh: "只有 \(eligible) 名符合条件的检查人员，一个检查组需要 \(needed) 名")
        }
        public static let noLead = Localized(
            en: "no eligible inspector can lead", zh: "没有符合条件的检查人员能担任组长")
        public static func noSkill(_ skill: String) -> Localized {
            Localized(
                en: "no eligible inspector has the required skill '\(skill)'",
                zh: "没有符合条件的检查人员具备所需技能 '\(skill)'")
        }
        public static func homeDepartments(_ homes: String, _ needed: String) -> Localized {
            Localized(
                en: "eligible inspectors come from \(homes) home departments, a team needs \(needed)",
                zh: "符合条件的检查人员只来自 \(homes) 个单位，一个检查组需要 \(needed) 个")
        }
        public static func teamRules(_ size: String) -> Localized {
            Localized(
                en: "no team of \(size) meets the lead, skill and home-department rules together",
                zh: "没有任何 \(size) 人的检查组能同时满足组长、技能和来源单位的规则")
        }
        public static func reciprocalBlock(_ names: String) -> Localized {
            Localized(
                en:
                    "the reciprocal cross-inspection ban leaves no staffing together with the earlier targets (\(names))",
                zh: "互查禁止使其无法与先抽中的单位（\(names)）同时配齐检查组")
        }
        public static func jointBlock(_ names: String) -> Localized {
            Localized(
                en: "no staffing of it together with the earlier targets (\(names)) meets every rule",
                zh: "与先抽中的单位（\(names)）一起配备检查组时，没有方案满足全部规则")
        }
        public static func leadsExhausted(_ targets: String, _ places: String) -> Localized {
            Localized(
                en: "\(targets) targets need a lead each but only \(places) eligible lead places are available to them",
                zh: "\(targets) 个被检查单位各需一名组长，但只有 \(places) 个符合条件的组长位置可用")
        }
        public static func skillExhausted(_ targets: String, _ skill: String, _ places: String) -> Localized {
            Localized(
                en:
                    "\(targets) targets need skill '\(skill)' but only \(places) eligible places with it are available to them",
                zh: "\(targets) 个被检查单位需要技能 '\(skill)'，但只有 \(places) 个具备该技能的符合条件的位置可用")
        }
        public static func seatsExhausted(_ teams: String, _ places: String, _ available: String) -> Localized {
            Localized(
                en: "\(teams) teams need \(places) places but only \(available) eligible places are available to them",
                zh: "\(teams) 个检查组共需 \(places) 个位置，但只有 \(available) 个符合条件的位置可用")
        }
        public static func recused(_ counts: String) -> Localized {
            Localized(en: " (recused: \(counts))", zh: "（回避：\(counts)）")
        }
        public static let replacementNeedsReason = Localized(
            en: "give the reason for the replacement (--reason)", zh: "请说明替换的事由（--reason）")
    }
}

extension Catalogue {
    /// `spotcheck log`: which daemon's entries, and a journal this user cannot read.
    public enum LogInstance {
        public static let unitHelp = Localized(
            en:
                "Only entries of this systemd unit (a name without a dot gets .service); without it, the entries "
                + "of every spotcheckd on this machine.",
            zh: "只显示此 systemd 单元的条目（不带点的名称自动加 .service）；不给出时显示本机所有 spotcheckd 的条目。")
        public static let invocationHelp = Localized(
            en: "Only entries of this run of the daemon: its invocation id (systemctl show -p InvocationID "
                + "spotcheckd), or 'current' for the running one.",
            zh: "只显示守护进程某一次运行的条目：其 invocation id（systemctl show -p InvocationID spotcheckd），"
                + "或用 'current' 表示正在运行的那次。")
        public static let columnRun = Localized(en: "Run", zh: "运行实例")
        public static func badInvocation(_ value: String) -> Localized {
            Localized(
                en: "--invocation '\(value)' is neither 'current' nor an invocation id (32 lowercase hex digits)",
                zh: "--invocation '\(value)' 既不是 'current' 也不是 invocation id（32 位小写十六进制数字）")
        }
        public static let noJournal = Localized(
            en: "no system journal under /var/log/journal or /run/log/journal; is systemd-journald running? "
                + "(read journal files elsewhere with --directory DIR)",
            zh: "/var/log/journal 和 /run/log/journal 下没有系统日志；systemd-journald 在运行吗？"
                + "（其他位置的日志文件用 --directory DIR 读取）")
        public static func cannotReadJournal(_ folder: String, _ login: String) -> Localized {
            Localized(
                en: "cannot read the system journal (\(folder)): your user is in neither the systemd-journal "
                    + "nor the adm group; ask an administrator for 'usermod -aG systemd-journal \(login)' "
                    + "(then log in again), or run as root",
                zh: "无法读取系统日志（\(folder)）：您的用户既不属于 systemd-journal 组也不属于 adm 组；"
                    + "请管理员执行 'usermod -aG systemd-journal \(login)'（然后重新登录），或以 root 运行")
        }
        public static func noCurrentInvocation(_ unit: String) -> Localized {
            Localized(
                en: "\(unit) is not running, so it has no current invocation; give its id with --invocation ID "
                    + "(journalctl -u \(unit) -o verbose shows _SYSTEMD_INVOCATION_ID)",
                zh: "\(unit) 未在运行，没有当前的 invocation；请用 --invocation ID 指定"
                    + "（journalctl -u \(unit) -o verbose 可显示 _SYSTEMD_INVOCATION_ID）")
        }
    }
}

extension Catalogue {
    /// argument-parser's own words in help, usage and parse errors (it writes them in English);
    /// the Chinese replaces them when the reader's language is Chinese.
    public enum ParserWords {
        public static let usage = Localized(en: "USAGE:", zh: "用法：")
        public static let all: [Localized] = [
            Localized(en: "OVERVIEW:", zh: "概述："),
            usage,
            Localized(en: "ARGUMENTS:", zh: "参数："),
            Localized(en: "OPTIONS:", zh: "选项："),
            Localized(en: "SUBCOMMANDS:", zh: "子命令："),
            Localized(en: "Show help information.", zh: "显示帮助信息。"),
            Localized(en: "Show the version.", zh: "显示版本号。"),
            Localized(en: "(default: ", zh: "（默认："),
            Localized(en: "Error: ", zh: "错误："),
            Localized(en: "Usage: ", zh: "用法："),
            Localized(en: "Help:  ", zh: "帮助："),
            Localized(en: "Missing expected argument ", zh: "缺少参数 "),
            Localized(en: "Unknown option ", zh: "未知选项 "),
            Localized(en: "Missing value for ", zh: "缺少取值："),
            Localized(en: "Unexpected argument ", zh: "多余的参数 "),
            Localized(en: ". Did you mean ", zh: "。您是否想输入 "),
            Localized(en: "The value '", zh: "取值 '"),
            Localized(en: "' is invalid for '", zh: "' 不适用于 '"),
            Localized(en: "' is invalid.", zh: "' 无效。"),
            Localized(en: " unexpected arguments: ", zh: " 个多余的参数："),
            Localized(en: "Missing one of: ", zh: "缺少以下之一："),
            Localized(en: "' does not take any value, but '", zh: "' 不接受取值，却给出了 '"),
            Localized(en: "' was specified.", zh: "' 这一取值。"),
            Localized(en: "The option '", zh: "选项 '"),
            Localized(en: "Value to be set with ", zh: "重复给出的取值："),
            Localized(en: " had already been set with ", zh: "，此前已由以下给出："),
        ]
        public static func seeDetailed(_ command: String) -> Localized {
            Localized(en: "See '\(command)' for detailed help.", zh: "详细帮助见 '\(command)'。")
        }
        public static func seeMore(_ command: String) -> Localized {
            Localized(en: "See '\(command)' for more information.", zh: "更多信息见 '\(command)'。")
        }
    }
}

extension Catalogue {
    /// The daemon's next event, as `spotcheck status` shows it.
    public enum NextEvent {
        public static func draw(_ pool: String, _ at: String) -> Localized {
            Localized(en: "next draw: pool \(pool), \(at)", zh: "下次抽签：抽签池 \(pool)，\(at)")
        }
        public static func reveal(_ pool: String, _ at: String) -> Localized {
            Localized(en: "next reveal: pool \(pool), \(at)", zh: "下次揭晓：抽签池 \(pool)，\(at)")
        }
        public static func publication(_ pool: String, _ at: String) -> Localized {
            Localized(en: "next publication: pool \(pool), \(at)", zh: "下次公开记录：抽签池 \(pool)，\(at)")
        }
        public static let noDraws = Localized(en: "no draws scheduled", zh: "没有计划中的抽签")
        public static let then = Localized(en: "; next: ", zh: "；下一步：")
    }
}
