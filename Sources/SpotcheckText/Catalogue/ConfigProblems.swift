// Problems of spotcheckd.toml particular to its sections (`[calendar]`, `[[pool]]`, `[ledger]`,
// `[campaign]`, `[publication]`, …), worded in English by the daemon's configuration reader and
// told by `spotcheckd --check-config` in the reader's language; the file, line and key stay as
// they are.

extension Catalogue {
    /// Problems of spotcheckd.toml's sections (`InputError` messages of `DaemonConfig.parse`).
    public enum ConfigProblems {
        /// Every problem the configuration reader words: its own, the roster's and TOML's
        /// (`InputProblems`) and the ledger's (`LedgerRefusals`, for `[ledger]`'s rules).
        public static var all: [TextPattern] {
            patterns + InputProblems.withComposition + RosterRecords.patterns + LedgerRefusals.patterns
                + StartChecks.patterns
        }

        /// A problem in the reader's language, the values that are themselves words (a TOML type,
        /// the problem of a pool's rule) told too.
        public static func told(_ english: String, in language: Language = .current) -> String {
            all.told(english, in: language, values: values + patterns + StartChecks.values)
        }

        /// Values that are words: the types TOML names (`TOMLValue.typeName`).
        public static let values: [TextPattern] = [
            TextPattern(Localized(en: "a string", zh: "字符串")),
            TextPattern(Localized(en: "an integer", zh: "整数")),
            TextPattern(Localized(en: "a boolean", zh: "布尔值")),
            TextPattern(Localized(en: "an array", zh: "数组")),
            TextPattern(Localized(en: "a table", zh: "表")),
            TextPattern(Localized(en: "an array of tables", zh: "表数组")),
        ]

        public static let patterns: [TextPattern] = [
            // The file itself (DaemonConfig.readFile).
            TextPattern(
                Localized(en: "cannot be read (missing, or no permission)", zh: "无法读取（文件不存在或没有权限）")),
            TextPattern { size in
                Localized(
                    en: "is larger than \(size) MiB, the most such a file may hold; nothing was read",
                    zh: "大于 \(size) MiB，超过此类文件的上限；未读取任何内容")
            },
            TextPattern { error in Localized(en: "cannot be read: \(error)", zh: "无法读取：\(error)") },
            // [calendar]
            TextPattern { zone in
                Localized(
                    en: "\(zone) is not a known time zone (e.g. Asia/Shanghai)",
                    zh: "\(zone) 不是已知的时区（例如 Asia/Shanghai）")
            },
            TextPattern { name in
                Localized(
                    en: "\(name) is not a weekday name (monday … sunday)",
                    zh: "\(name) 不是星期的名称（monday … sunday）")
            },
            TextPattern { text in
                Localized(en: "\(text) is not HH:MM or HH:MM:SS", zh: "\(text) 不是 HH:MM 或 HH:MM:SS 形式的时间")
            },
            TextPattern { count in Localized(en: "lists more than \(count) days", zh: "列出的日期超过 \(count) 天") },
            TextPattern { item in
                Localized(
                    en: "\(item) is not a range YYYY-MM-DD..YYYY-MM-DD of at most a year",
                    zh: "\(item) 不是不超过一年的 YYYY-MM-DD..YYYY-MM-DD 日期范围")
            },
            TextPattern { type in
                Localized(en: "must be an array of strings, not \(type)", zh: "必须是字符串数组，而不是\(type)")
            },
            TextPattern(Localized(en: "must be an array of strings", zh: "必须是字符串数组")),
            // [[pool]]
            TextPattern { count in
                Localized(
                    en: "more than \(count) [[pool]] tables; each pool draws every working day",
                    zh: "[[pool]] 表超过 \(count) 个；每个抽签池每个工作日都要抽签")
            },
            TextPattern(Localized(en: "every [[pool]] needs a name", zh: "每个 [[pool]] 都须有名称（name）")),
            TextPattern { name in Localized(en: "\(name) is not an identifier", zh: "\(name) 不是标识符") },
            TextPattern { name in Localized(en: "pool '\(name)' is defined twice", zh: "抽签池 '\(name)' 定义了两次") },
            TextPattern(Localized(en: "is required (HH:MM)", zh: "为必填项（HH:MM）")),
            TextPattern { reveal, draw in
                Localized(en: "\(reveal) is before draw_time \(draw)", zh: "\(reveal) 早于 draw_time \(draw)")
            },
            TextPattern { end, reveal in
                Localized(en: "\(end) is not after reveal_time \(reveal)", zh: "\(end) 不晚于 reveal_time \(reveal)")
            },
            TextPattern(
                Localized(
                    en: "no [[pool]] is configured; the daemon would never draw",
                    zh: "没有配置任何 [[pool]]；守护进程将永远不会抽签")),
            TextPattern { type in
                Localized(
                    en: "must be written [[pool]] (an array of tables), not \(type)",
                    zh: "必须写作 [[pool]]（表数组），而不是\(type)")
            },
            TextPattern { pool, problem in Localized(en: "pool '\(pool)': \(problem)", zh: "抽签池 '\(pool)'：\(problem)")
            },
            TextPattern { key, id, nearest in
                Localized(
                    en: "\(key) names '\(id)', which is no department id of the roster (did you mean '\(nearest)'?): "
                        + "a draw would silently leave it out, and with no id of the key left every draw inspects nobody",
                    zh: "\(key) 中的 '\(id)' 不是名册中的单位编号（是否想写 '\(nearest)'？）：抽签会悄悄略过它；"
                        + "若该键中没有剩下任何编号，每次抽签都不会检查任何单位")
            },
            TextPattern { key, id in
                Localized(
                    en: "\(key) names '\(id)', which is no department id of the roster: "
                        + "a draw would silently leave it out, and with no id of the key left every draw inspects nobody",
                    zh: "\(key) 中的 '\(id)' 不是名册中的单位编号：抽签会悄悄略过它；"
                        + "若该键中没有剩下任何编号，每次抽签都不会检查任何单位")
            },
            // A pool's policy (Policy.problems).
            TextPattern { value in
                Localized(
                    en: "targets_per_draw must be at least 1 (is \(value))", zh: "targets_per_draw 至少为 1（现为 \(value)）")
            },
            TextPattern { value in
                Localized(
                    en: "team_size must be from 1 to 32 (is \(value))", zh: "team_size 必须在 1 至 32 之间（现为 \(value)）")
            },
            TextPattern { value in
                Localized(
                    en: "min_home_departments must be from 1 to team_size (is \(value))",
                    zh: "min_home_departments 必须在 1 至 team_size 之间（现为 \(value)）")
            },
            TextPattern { name, value in
                Localized(
                    en: "\(name) must be from 0 to 1000000 (is \(value))",
                    zh: "\(name) 必须在 0 至 1000000 之间（现为 \(value)）")
            },
            TextPattern { text, open, covert in
                Localized(
                    en: "\(text) is not a visit mode; use \"open\" \(open) or \"covert\" \(covert)",
                    zh: "\(text) 不是检查方式；请使用 \"open\" \(open) 或 \"covert\" \(covert)")
            },
            // [ledger]
            TextPattern(
                Localized(en: "must be an array of strings \"CODE text\"", zh: "必须是 \"代码 条文\" 形式的字符串数组")),
            TextPattern { text in
                Localized(
                    en: "\(text) is not \"CODE text\" (a code, a space, the rule)",
                    zh: "\(text) 不是 \"代码 条文\" 形式（代码、一个空格、条文）")
            },
            TextPattern { entry, code, other in
                Localized(
                    en: "\(entry): the code \(code) differs from \(other) only in case; give each rule its own code",
                    zh: "\(entry)：代码 \(code) 与 \(other) 仅大小写不同；请为每条规定使用各自的代码")
            },
            TextPattern { entry, code in
                Localized(
                    en:
                        "\(entry): the code \(code) is not letters and digits (and . _ - after the first), at most 32 characters; findings cite it as --rule CODE",
                    zh: "\(entry)：代码 \(code) 须由字母和数字组成（第二个字符起可用 . _ -），最多 32 个字符；问题以 --rule 代码 引用")
            },
            TextPattern { entry, scalar in
                Localized(
                    en:
                        "\(entry): the rule holds \(scalar) (a control character, line break or direction mark); write it on one line without it",
                    zh: "\(entry)：条文含有 \(scalar)（控制字符、换行符或方向标记）；请去掉后写成一行")
            },
            TextPattern(
                Localized(
                    en:
                        "is required with a [campaign]: the prohibitions its self-inspection forms ask about and findings cite; write prohibitions = [\"P01 text\", \"P02 text\", …] under [ledger], each \"CODE text\"",
                    zh:
                        "配置了 [campaign] 时为必填项：自查自纠表逐条询问、问题所引用的禁止性规定；请在 [ledger] 下写 prohibitions = [\"P01 条文\", \"P02 条文\", …]，每项为 \"代码 条文\""
                )),
            TextPattern { type in
                Localized(
                    en: "must be an array of strings \"CODE text\", not \(type)",
                    zh: "必须是 \"代码 条文\" 形式的字符串数组，而不是\(type)")
            },
            TextPattern(
                Localized(
                    en: "must be three working-day counts [reminder, notice, referral], e.g. [1, 5, 10]",
                    zh: "必须是三个工作日数 [催办, 通报, 移交问责]，例如 [1, 5, 10]")),
            // A pool's name: Catalogue.PoolNames (through InputProblems.withComposition).
            TextPattern { name in
                Localized(
                    en: "pool '\(name)' has the name the ledger's draws are recorded under ([ledger] draw_pool, "
                        + "'ledger' unless set); name the pool otherwise",
                    zh: "抽签池 '\(name)' 与台账抽签记录所用的名称相同（[ledger] draw_pool，未设置时为 'ledger'）；"
                        + "请给该抽签池另取名称")
            },
            // [publication]
            TextPattern { text in
                Localized(
                    en: "\(text) is not a language of the site: write \"zh_CN\" or \"en\"",
                    zh: "\(text) 不是公开网站可用的语言：请写 \"zh_CN\" 或 \"en\"")
            },
            // [campaign]
            TextPattern(Localized(en: "is required: the campaign's title", zh: "为必填项：专项整治的标题")),
            TextPattern(
                Localized(
                    en: "is required: the title of the document the campaign is based on",
                    zh: "为必填项：专项整治所依据文件的标题")),
            TextPattern(
                Localized(
                    en: "is required: the SHA-256 of the basis document (sha256sum FILE)",
                    zh: "为必填项：依据文件的 SHA-256 值（sha256sum 文件）")),
            TextPattern { hash in
                Localized(
                    en: "\(hash) is not a SHA-256 (64 lowercase hex digits; sha256sum FILE)",
                    zh: "\(hash) 不是 SHA-256 值（64 位小写十六进制数字；sha256sum 文件）")
            },
            TextPattern { phase in
                Localized(
                    en: "the planned dates of \(phase) are required, as \"YYYY-MM-DD..YYYY-MM-DD\"",
                    zh: "须填写\(phase)的计划日期，格式为 \"YYYY-MM-DD..YYYY-MM-DD\"")
            },
            TextPattern { text in
                Localized(
                    en: "\(text) is not a range \"YYYY-MM-DD..YYYY-MM-DD\"",
                    zh: "\(text) 不是 \"YYYY-MM-DD..YYYY-MM-DD\" 形式的日期范围")
            },
            TextPattern { end, start in
                Localized(en: "ends (\(end)) before it starts (\(start))", zh: "结束日期（\(end)）早于开始日期（\(start)）")
            },
            TextPattern { start, earlier, end in
                Localized(
                    en: "starts on \(start), before \(earlier) ends (\(end)); phases follow one another",
                    zh: "开始于 \(start)，早于 \(earlier) 的结束日期（\(end)）；各阶段须依次衔接")
            },
            TextPattern(
                Localized(
                    en: "is required: a [campaign.phases] table with the four phases' planned dates",
                    zh: "为必填项：须有 [campaign.phases] 表，写明四个阶段的计划日期")),
            TextPattern(
                Localized(
                    en: "must be a non-empty array of phase names (e.g. [\"supervision\"])",
                    zh: "必须是非空的阶段名称数组（例如 [\"supervision\"]）")),
            TextPattern { phases in
                Localized(
                    en: "names a phase that does not exist; use \(phases) or their Chinese names",
                    zh: "所列阶段不存在；请使用 \(phases) 或其中文名称")
            },
        ]

        /// `--check-config`'s warning about pools the roster names and no `[[pool]]` defines.
        public static func undefinedPool(
            _ pool: String, _ departments: String, _ file: String, _ pools: String
        )
            -> Localized
        {
            Localized(
                en: "warning: pool '\(pool)' of the roster (departments \(departments)) is defined by no [[pool]] "
                    + "in \(file): those departments are never drawn from it; the pools are \(pools)",
                zh: "警告：名册中的抽签池 '\(pool)'（单位 \(departments)）在 \(file) 中没有对应的 [[pool]]："
                    + "这些单位永远不会从该池中抽到；已配置的抽签池为 \(pools)")
        }
    }
}
