// Texts worded in English elsewhere in Spotcheck (the roster parser, the core's verifier, the
// daemon) and told to people by the command line: each is recognised from its English form
// (`TextPattern`) and said in the reader's language. Their values (ids, file names, field names,
// numbers) are kept as they came.

extension Catalogue {
    /// Problems of roster files (`InputError` messages: the file, line and column are told apart).
    public enum InputProblems {
        public static let patterns: [TextPattern] = [
            TextPattern { count in
                Localized(en: "a row has more than \(count) fields", zh: "一行超过 \(count) 个字段")
            },
            TextPattern(
                Localized(
                    en: "is not valid UTF-8; save the file as UTF-8",
                    zh: "不是有效的 UTF-8 编码；请将文件另存为 UTF-8 编码")),
            TextPattern(Localized(en: "is not valid UTF-8", zh: "不是有效的 UTF-8 编码")),
            TextPattern { count in
                Localized(
                    en: "the file has more than \(count) rows; split it or remove old rows",
                    zh: "文件超过 \(count) 行；请拆分文件或删除旧记录")
            },
            TextPattern(Localized(en: "a quoted field is never closed", zh: "带引号的字段没有闭合")),
            TextPattern(
                Localized(en: "text after the closing quote of a quoted field", zh: "带引号字段的右引号之后还有文字")),
            TextPattern(
                Localized(
                    en: "a quote inside an unquoted field; quote the whole field and double the quote",
                    zh: "未加引号的字段中含有引号；请给整个字段加上引号，并将字段中的引号写两遍")),
            TextPattern { count in Localized(en: "and at least \(count) more errors", zh: "另有至少 \(count) 处错误") },
            TextPattern { count in Localized(en: "and \(count) more errors", zh: "另有 \(count) 处错误") },
            TextPattern { count in
                Localized(
                    en: "and at least \(count) references to departments that could not be read; "
                        + "fix the errors above first",
                    zh: "另有至少 \(count) 处引用了无法读取的单位；请先改正上面的错误")
            },
            TextPattern { count in
                Localized(
                    en: "and \(count) reference to departments that could not be read; fix the errors above first",
                    zh: "另有 \(count) 处引用了无法读取的单位；请先改正上面的错误")
            },
            TextPattern { count in
                Localized(
                    en: "and \(count) references to departments that could not be read; fix the errors above first",
                    zh: "另有 \(count) 处引用了无法读取的单位；请先改正上面的错误")
            },
            TextPattern { count in
                Localized(
                    en: "and at least \(count) references to inspectors that could not be read; "
                        + "fix the errors above first",
                    zh: "另有至少 \(count) 处引用了无法读取的检查人员；请先改正上面的错误")
            },
            TextPattern { count in
                Localized(
                    en: "and \(count) reference to inspectors that could not be read; fix the errors above first",
                    zh: "另有 \(count) 处引用了无法读取的检查人员；请先改正上面的错误")
            },
            TextPattern { count in
                Localized(
                    en: "and \(count) references to inspectors that could not be read; fix the errors above first",
                    zh: "另有 \(count) 处引用了无法读取的检查人员；请先改正上面的错误")
            },
            TextPattern { id, line in
                Localized(
                    en: "department \(id) is already defined on line \(line)", zh: "单位 \(id) 已在第 \(line) 行定义")
            },
            TextPattern { id, line in
                Localized(
                    en: "inspector \(id) is already defined on line \(line)", zh: "检查人员 \(id) 已在第 \(line) 行定义")
            },
            TextPattern { power in
                Localized(
                    en: "unknown power \(power); use approval, enforcement or fund-allocation, separated by ';'",
                    zh: "未知的职权 \(power)；请使用 approval、enforcement 或 fund-allocation，以 ';' 分隔")
            },
            TextPattern { skill, ordinal, most in
                Localized(
                    en: "\(skill) is the \(ordinal)th distinct required skill; a draw supports at most \(most) "
                        + "across all departments; merge or drop skills",
                    zh: "\(skill) 是第 \(ordinal) 种不同的必备技能，而一次抽签在所有单位中至多支持 \(most) 种；"
                        + "请合并或删去一些技能")
            },
            TextPattern { login in
                Localized(en: "\(login) is not a valid Unix login name", zh: "\(login) 不是有效的 Unix 登录名")
            },
            TextPattern { item in
                Localized(
                    en: "\(item) is not DEPARTMENT@YYYY-MM-DD (the day they left)",
                    zh: "\(item) 不符合 DEPARTMENT@YYYY-MM-DD 格式（调离原单位之日）")
            },
            TextPattern { item in
                Localized(
                    en: "\(item) is not a range YYYY-MM-DD..YYYY-MM-DD (at most ten years)",
                    zh: "\(item) 不是 YYYY-MM-DD..YYYY-MM-DD 形式的日期范围（最长十年）")
            },
            TextPattern { item in
                Localized(
                    en: "\(item) is not a date YYYY-MM-DD or a range", zh: "\(item) 不是 YYYY-MM-DD 形式的日期或日期范围")
            },
            TextPattern { item in
                Localized(en: "\(item) is not a date YYYY-MM-DD", zh: "\(item) 不是 YYYY-MM-DD 形式的日期")
            },
            TextPattern { hash in
                Localized(
                    en: "'\(hash)' is not a SHA-256 in hex (64 digits)", zh: "'\(hash)' 不是十六进制的 SHA-256 值（64 位）")
            },
            TextPattern { id in Localized(en: "unknown inspector \(id)", zh: "未知的检查人员 \(id)") },
            TextPattern { id in Localized(en: "unknown department \(id)", zh: "未知的单位 \(id)") },
            TextPattern { size, limit in
                Localized(
                    en: "is \(size) bytes, more than the \(limit) MiB a roster file may hold",
                    zh: "大小为 \(size) 字节，超过名册文件 \(limit) MiB 的上限")
            },
            TextPattern { columns in
                Localized(
                    en: "the file is empty; it needs a header row: \(columns)", zh: "文件为空；文件需要表头行：\(columns)")
            },
            TextPattern { name, columns in
                Localized(
                    en: "unknown column \(name); the columns are \(columns)", zh: "未知的列 \(name)；可用的列为 \(columns)")
            },
            TextPattern { name in Localized(en: "column \(name) appears twice", zh: "列 \(name) 出现了两次") },
            TextPattern { name in Localized(en: "the header has no column \(name)", zh: "表头中没有列 \(name)") },
            TextPattern { fields, header in
                Localized(
                    en: "has \(fields) fields, the header has \(header); quote fields that contain commas",
                    zh: "有 \(fields) 个字段，而表头有 \(header) 个；含逗号的字段请加引号")
            },
            TextPattern(Localized(en: "must not be empty", zh: "不能为空")),
            TextPattern(
                Localized(
                    en: "contains a line break, a control character or a bidirectional override; remove it",
                    zh: "含有换行符、控制字符或双向文本控制符；请删除")),
            TextPattern { value in
                Localized(
                    en: "\(value) is not an identifier (1-64 ASCII letters, digits, '.', '_' or '-')",
                    zh: "\(value) 不是标识符（由 1 至 64 个 ASCII 字母、数字、'.'、'_' 或 '-' 组成）")
            },
            TextPattern { count in Localized(en: "has more than \(count) items", zh: "超过 \(count) 项") },
            TextPattern { value, low, high in
                Localized(
                    en: "\(value) is not a whole number from \(low) to \(high)",
                    zh: "\(value) 不是 \(low) 至 \(high) 之间的整数")
            },
            TextPattern { value in Localized(en: "\(value) is not yes or no", zh: "\(value) 不是 yes 或 no") },
            // Policy files and spotcheckd.toml (TOML).
            TextPattern(Localized(en: "there is no [policy] section", zh: "缺少 [policy] 节")),
            TextPattern { word, low, high in
                Localized(
                    en: "\(word) is too large an integer (from \(low) to \(high)); write a smaller number",
                    zh: "\(word) 作为整数太大（范围为 \(low) 至 \(high)）；请写一个较小的数")
            },
            TextPattern { escape in
                Localized(
                    en: "\(escape) is not a Unicode escape; write \\u and 4 hex digits or \\U and 8",
                    zh: "\(escape) 不是 Unicode 转义；请写 \\u 加 4 位十六进制数字，或 \\U 加 8 位")
            },
            TextPattern { escape in
                Localized(
                    en:
                        "\(escape) is no Unicode character (a surrogate or beyond U+10FFFF); write the character itself",
                    zh: "\(escape) 不是 Unicode 字符（代理码位或超出 U+10FFFF）；请直接写出该字符")
            },
            TextPattern { value, size in
                Localized(
                    en: "is \(value), more than team_size \(size)", zh: "为 \(value)，大于 team_size \(size)")
            },
            TextPattern(Localized(en: "unknown key", zh: "未知的键")),
            TextPattern { table in Localized(en: "unknown key in [\(table)]", zh: "[\(table)] 中有未知的键") },
            TextPattern { type in Localized(en: "must be an integer, not \(type)", zh: "必须是整数，而不是 \(type)") },
            TextPattern { low, high, value in
                Localized(
                    en: "must be from \(low) to \(high) (is \(value))", zh: "必须在 \(low) 至 \(high) 之间（现为 \(value)）")
            },
            TextPattern { type in
                Localized(en: "must be true or false, not \(type)", zh: "必须是 true 或 false，而不是 \(type)")
            },
            TextPattern { type in Localized(en: "must be a string, not \(type)", zh: "必须是字符串，而不是 \(type)") },
            TextPattern { table, type in
                Localized(en: "must be a table [\(table)], not \(type)", zh: "必须是表 [\(table)]，而不是 \(type)")
            },
            TextPattern(
                Localized(
                    en:
                        "is no longer a policy key: since spotcheck-draw/2 every staffing question is answered exactly, "
                        + "with no search budget; delete this line",
                    zh: "已不再是策略键：自 spotcheck-draw/2 起，每个配组问题都精确求解，不再有搜索预算；请删除此行")),
            TextPattern { character in
                Localized(
                    en: "unexpected \(character) after the value; one key = value per line",
                    zh: "值之后出现意外的 \(character)；每行只能写一个 key = value")
            },
            TextPattern(Localized(en: "an array-of-tables header ends with ']]'", zh: "表数组的标题须以 ']]' 结尾")),
            TextPattern { table in Localized(en: "table [\(table)] is defined twice", zh: "表 [\(table)] 定义了两次") },
            TextPattern(Localized(en: "a value is missing after '='", zh: "'=' 之后缺少值")),
            TextPattern { character in
                Localized(
                    en: "unexpected \(character) where a key should be", zh: "此处应为键，却出现了 \(character)")
            },
            TextPattern(Localized(en: "a key is missing", zh: "缺少键")),
            TextPattern { key, most in
                Localized(en: "the key \(key)… has more than \(most) parts", zh: "键 \(key)… 超过 \(most) 段")
            },
            TextPattern { terminator, key in
                Localized(
                    en: "expected '\(terminator)' after the key \(key)", zh: "键 \(key) 之后应为 '\(terminator)'")
            },
            TextPattern { most in
                Localized(en: "arrays nest more than \(most) levels deep", zh: "数组嵌套超过 \(most) 层")
            },
            TextPattern(Localized(en: "internal: table path not found", zh: "内部错误：找不到表路径")),
            TextPattern(Localized(en: "expected ',' or ']' in the array", zh: "数组中此处应为 ',' 或 ']'")),
            TextPattern(
                Localized(
                    en: "inline tables are not supported here; use a [table] section",
                    zh: "此处不支持内联表；请使用 [table] 节")),
            TextPattern { word in
                Localized(en: "\(word) is not a value; strings need quotes", zh: "\(word) 不是有效的值；字符串须加引号")
            },
            TextPattern(Localized(en: "a string is not closed on its line", zh: "字符串在本行内没有闭合")),
            TextPattern { escape in
                Localized(en: "unknown escape \(escape) in a string", zh: "字符串中有未知的转义序列 \(escape)")
            },
            TextPattern(Localized(en: "a string is not closed", zh: "字符串没有闭合")),
            TextPattern { key in Localized(en: "\(key) is already defined", zh: "\(key) 已经定义过") },
            TextPattern { key in Localized(en: "\(key) is a value, not a table", zh: "\(key) 是值，而不是表") },
            TextPattern { key, line in
                Localized(en: "\(key) is already set on line \(line)", zh: "\(key) 已在第 \(line) 行设置")
            },
        ]
    }

    /// Why an inspector may not take a place on a team (a refused replacement), besides the
    /// exclusions of `Catalogue.Why`.
    public enum ReplacementReasons {
        public static let patterns: [TextPattern] = [
            TextPattern(Localized(en: "unknown inspector", zh: "不是名册中的检查人员")),
            TextPattern(Localized(en: "already on the team", zh: "已在该检查组中")),
            TextPattern { finding in
                Localized(
                    en: "found \(finding), whose rectification this draw verifies",
                    zh: "是发现问题 \(finding) 的人员，不能核验其整改")
            },
            TextPattern { finding in
                Localized(
                    en: "found \(finding), whose rectification this draw re-checks",
                    zh: "是发现问题 \(finding) 的人员，不能回头看其整改")
            },
            TextPattern { finding, draw in
                Localized(
                    en: "was called off verifying \(finding) when draw \(draw) was cancelled",
                    zh: "在抽签 \(draw) 取消时已被撤下，不再核验问题 \(finding)")
            },
            TextPattern { finding, draw in
                Localized(
                    en: "was called off re-checking \(finding) when draw \(draw) was cancelled",
                    zh: "在抽签 \(draw) 取消时已被撤下，不再回头看问题 \(finding)")
            },
            TextPattern { finding, draw in
                Localized(
                    en: "verifies \(finding), which this team found (draw \(draw))",
                    zh: "是问题 \(finding) 的核验人员（抽签 \(draw)），而该问题由本检查组发现")
            },
            TextPattern { finding, draw in
                Localized(
                    en: "re-checks \(finding), which this team found (draw \(draw))",
                    zh: "回头看问题 \(finding)（抽签 \(draw)），而该问题由本检查组发现")
            },
            TextPattern { id in
                Localized(en: "the team needs a lead and \(id) may not lead", zh: "该检查组需要组长，而 \(id) 不能担任组长")
            },
            TextPattern { skill in
                Localized(en: "the team would lack the skill '\(skill)'", zh: "该检查组将缺少技能 '\(skill)'")
            },
            TextPattern { homes, needed in
                Localized(
                    en: "the team would come from \(homes) home department(s), \(needed) needed",
                    zh: "该检查组成员将只来自 \(homes) 个所在单位，至少需要 \(needed) 个")
            },
        ]
    }

    /// What `verify` found different between a draw record and its recomputation (the core names
    /// the field at fault in English; the field's name is kept).
    public enum VerifyDifferences {
        public static let patterns: [TextPattern] = [
            TextPattern { field, record, recomputed in
                Localized(
                    en: "\(field): the record says \(record), recomputed \(recomputed)",
                    zh: "\(field)：记录为 \(record)，重新计算为 \(recomputed)")
            },
            TextPattern { record, build in
                Localized(
                    en: "algorithm: the record says '\(record)'; this build verifies '\(build)'",
                    zh: "algorithm：记录使用算法 '\(record)'；本程序验证的是 '\(build)'")
            },
            TextPattern { field, commitment, record in
                Localized(
                    en: "commitment \(field): the commitment says \(commitment), the record says \(record)",
                    zh: "commitment \(field)：承诺文件为 \(commitment)，记录为 \(record)")
            },
            TextPattern { field, commitment, record in
                Localized(
                    en: "\(field): the commitment says \(commitment), the record says \(record)",
                    zh: "\(field)：承诺文件为 \(commitment)，记录为 \(record)")
            },
            TextPattern { record, seed in
                Localized(
                    en: "seedCommitment: the record says \(record), the seed hashes to \(seed)",
                    zh: "seedCommitment：记录为 \(record)，种子的哈希值为 \(seed)")
            },
            TextPattern { record, snapshot in
                Localized(
                    en: "snapshotHash: the record says \(record), the roster and the seed hash to \(snapshot): "
                        + "the roster or the seed is not the one the draw was made on (the snapshot is salted with the seed)",
                    zh: "snapshotHash：记录为 \(record)，名册和种子算出的哈希值为 \(snapshot)："
                        + "名册或种子不是抽签时所用的（快照哈希以种子加盐）")
            },
            TextPattern { record, policy in
                Localized(
                    en: "policyHash: the record says \(record), the policy hashes to \(policy)",
                    zh: "policyHash：记录为 \(record)，策略的哈希值为 \(policy)")
            },
            TextPattern { key, record, file in
                Localized(
                    en: "policy.\(key): the record says \(record), the policy file says \(file)",
                    zh: "policy.\(key)：记录为 \(record)，策略文件为 \(file)")
            },
            TextPattern(
                Localized(
                    en: "policy.composition: the record's lead_from/member_from differ from the policy file's",
                    zh: "policy.composition：记录中的 lead_from/member_from 与策略文件不一致")),
            TextPattern(
                Localized(
                    en: "orderedDepartments: present exactly when the kind is ordered",
                    zh: "orderedDepartments：当且仅当 kind 为 ordered 时才应出现")),
            TextPattern { slot in
                Localized(
                    en: "hiddenSlot: the draw hides a complaint-driven slot (\(slot)); "
                        + "verify it with its opening (verifyHidden)",
                    zh: "hiddenSlot：本次抽签含有一个由群众举报引发的隐藏名额（\(slot)）；请用其开启值核验（verifyHidden）")
            },
            TextPattern { error in
                Localized(en: "the draw cannot be recomputed: \(error)", zh: "无法重新计算本次抽签：\(error)")
            },
            TextPattern(
                Localized(
                    en: "the record differs from the recomputed one in a field not compared above",
                    zh: "记录与重新计算的结果在上面未列出的字段中不一致")),
            TextPattern { error in
                Localized(
                    en: "replacements: the roster cannot be read: \(error)", zh: "replacements：无法读取名册：\(error)")
            },
            TextPattern { entry in Localized(en: "\(entry).reason: is empty", zh: "\(entry).reason：为空") },
            TextPattern { entry in Localized(en: "\(entry).at: is empty", zh: "\(entry).at：为空") },
            TextPattern { entry, department in
                Localized(
                    en: "\(entry).department: \(department) has no team in this draw",
                    zh: "\(entry).department：\(department) 在本次抽签中没有检查组")
            },
            TextPattern { entry, inspector, department in
                Localized(
                    en: "\(entry).out: \(inspector) is not on the team for \(department)",
                    zh: "\(entry).out：\(inspector) 不在 \(department) 的检查组中")
            },
            TextPattern { entry, inspector in
                Localized(
                    en: "\(entry).in: \(inspector) is not an inspector of the roster",
                    zh: "\(entry).in：\(inspector) 不是名册中的检查人员")
            },
            TextPattern { entry, inspector, department in
                Localized(
                    en: "\(entry).in: \(inspector) is already on the team for \(department)",
                    zh: "\(entry).in：\(inspector) 已在 \(department) 的检查组中")
            },
            TextPattern { entry, department, rule in
                Localized(
                    en: "\(entry): the team for \(department) after it: \(rule)",
                    zh: "\(entry)：替换后 \(department) 的检查组：\(rule)")
            },
            TextPattern { error in
                Localized(en: "order.json: not an order entry (\(error))", zh: "order.json：不是点名检查的条目（\(error)）")
            },
            TextPattern(
                Localized(
                    en: "order.json: missing (an ordered draw publishes its order)",
                    zh: "order.json：缺失（点名抽签须公开其点名指令）")),
        ]
    }

    /// A degraded or failed state in `status`'s `next:` line (the daemon's STATUS= text).
    public enum StatusHealth {
        public static let patterns: [TextPattern] = [
            TextPattern { days, reason in
                Localized(
                    en:
                        "degraded: task files of \(days) may disagree with the store (\(reason)); retrying every minute",
                    zh: "运行降级：\(days) 的任务文件可能与数据库不一致（\(reason)）；每分钟重试一次")
            },
            TextPattern { path, reason in
                Localized(
                    en: "degraded: the audit anchor \(path) cannot be written (\(reason)); retrying every minute",
                    zh: "运行降级：无法写入审计锚点 \(path)（\(reason)）；每分钟重试一次")
            },
            TextPattern { path, reason in
                Localized(
                    en: "degraded: the state database \(path) cannot be written (\(reason)); changes are refused",
                    zh: "运行降级：无法写入状态数据库 \(path)（\(reason)）；所有更改均被拒绝")
            },
            TextPattern { error in
                Localized(
                    en: "a scheduled step failed: \(error); retrying", zh: "一项计划步骤执行失败：\(error)；将稍后重试")
            },
            TextPattern { reason in held(reason) },
        ]

        /// The schedule held while the clock is behind the state (ClockWatch.swift): the reason is
        /// `StartChecks.clockSetBack`.
        public static func held(_ reason: String) -> Localized {
            Localized(en: "held: \(reason)", zh: "已暂停：\(reason)")
        }
    }

    /// Refusals of the ledger (问题台账), told from the text of `io.spotcheck.Ledger.Refused`; those
    /// naming the ledger's actions, states and outcomes are `LedgerStateWords.patterns`.
    public enum LedgerRefusals {
        /// These and the refusals about the office's limit and a verifier's conflict (LedgerDeadlines.swift)
        /// and about who sets a severity (LedgerSeverity.swift).
        public static var patterns: [TextPattern] {
            own + LedgerDeadlineRefusals.patterns + LedgerSeverity.patterns + LedgerIntegrity.patterns
        }

        static let own: [TextPattern] = [
            TextPattern { field in Localized(en: "\(field) is empty; give it", zh: "\(field) 为空；请填写") },
            TextPattern { text in
                Localized(
                    en: "'\(text)' is not a finding id; write F-YYYY-NNNNNN (for example F-2026-483920)",
                    zh: "'\(text)' 不是问题编号；请写作 F-YYYY-NNNNNN（例如 F-2026-483920）")
            },
            TextPattern { code in
                Localized(
                    en: "prohibition code '\(code)' is empty or contains spaces; use a short code such as P03",
                    zh: "禁止性规定代码 '\(code)' 为空或含有空格；请使用 P03 这样的简短代码")
            },
            TextPattern { code in
                Localized(
                    en: "rule code '\(code)' appears twice; list each code once", zh: "规定代码 '\(code)' 出现了两次；每个代码只列一次")
            },
            TextPattern { code in
                Localized(
                    en: "rule code '\(code)' is not in the configured prohibitions list; use one of its codes",
                    zh: "规定代码 '\(code)' 不在配置的禁止性规定清单中；请使用清单中的代码")
            },
            TextPattern { text in
                Localized(
                    en: "evidence '\(text)' is neither a SHA-256 (64 lower-case hex digits) nor a one-line reference",
                    zh: "佐证材料 '\(text)' 既不是 SHA-256 值（64 位小写十六进制数字），也不是单行的材料索引")
            },
            TextPattern { id in
                Localized(
                    en: "\(id) has no category; classify it as detached, sluggish, evasive, arrogant or hollow first",
                    zh: "\(id) 尚未定性；请先将其归入 detached、sluggish、evasive、arrogant 或 hollow 之一")
            },
            TextPattern { id in
                Localized(
                    en:
                        "\(id) needs at least one open measure with an owner and a due date before rectification starts",
                    zh: "\(id) 开始整改前，至少需要一项明确责任人和完成时限的整改措施")
            },
            TextPattern { number in
                Localized(
                    en: "there is no measure \(number); list the finding's measures",
                    zh: "没有第 \(number) 项整改措施；请先查看该问题的整改措施")
            },
            TextPattern { number in
                Localized(
                    en: "measure \(number) is already done; add evidence to it instead",
                    zh: "整改措施 \(number) 已完成；如需补充，请为其添加佐证材料")
            },
            TextPattern { number in
                Localized(
                    en: "measure \(number) is not done; complete it before submitting for verification",
                    zh: "整改措施 \(number) 尚未完成；请完成后再提请核查")
            },
            TextPattern { number in
                Localized(
                    en: "measure \(number) has no evidence; add a file hash or a reference",
                    zh: "整改措施 \(number) 没有佐证材料；请添加文件哈希值或材料索引")
            },
            TextPattern { due, today in
                Localized(
                    en: "due date \(due) is before today (\(today)); choose a later date",
                    zh: "完成时限 \(due) 早于今天（\(today)）；请选择更晚的日期")
            },
            TextPattern { due, deadline in
                Localized(
                    en: "due date \(due) is after the finding's deadline \(deadline); request an extension first",
                    zh: "完成时限 \(due) 晚于该问题的整改期限 \(deadline)；请先申请延期")
            },
            TextPattern { verifier, department in
                Localized(
                    en:
                        "\(verifier) works in \(department), the department under check; another verifier must be drawn",
                    zh: "\(verifier) 在被检查单位 \(department) 工作，应当回避；须另行抽取核查人员")
            },
            TextPattern { verifier in
                Localized(
                    en:
                        "\(verifier) was not drawn to verify this finding; only the drawn verifier may record the result",
                    zh: "\(verifier) 未被抽中核查此问题；只有抽中的核查人员才能登记核查结果")
            },
            TextPattern { due, today in
                Localized(
                    en: "an extension must be requested before the due date (\(due)); today is \(today)",
                    zh: "延期须在期限（\(due)）届满前申请；今天是 \(today)")
            },
            TextPattern { id in
                Localized(
                    en: "\(id) already has an extension request waiting for a decision", zh: "\(id) 已有一项待审批的延期申请")
            },
            TextPattern { id in
                Localized(en: "\(id) has no extension request to decide", zh: "\(id) 没有待审批的延期申请")
            },
            TextPattern { cap in
                Localized(
                    en: "this finding already had \(cap) extension(s) granted, the configured maximum",
                    zh: "该问题已获准延期 \(cap) 次，已达配置的上限")
            },
            TextPattern { requested, due in
                Localized(
                    en: "the requested date \(requested) is not after the current due date \(due)",
                    zh: "申请的日期 \(requested) 不晚于当前期限 \(due)")
            },
            TextPattern { login in
                Localized(
                    en: "\(login) requested this extension and cannot decide it; another coordinator must",
                    zh: "\(login) 是该延期的申请人，不能自行审批；须由另一名协调员审批")
            },
            TextPattern { id in
                Localized(
                    en: "\(id) already has a dismissal proposal; a second coordinator approves it",
                    zh: "\(id) 已有撤销提议；由第二名协调员审批")
            },
            TextPattern { id in
                Localized(
                    en: "\(id) has no dismissal proposal to approve; propose one first", zh: "\(id) 没有待审批的撤销提议；请先提出")
            },
            TextPattern { proposer in
                Localized(
                    en: "\(proposer) proposed the dismissal; a different coordinator must approve it",
                    zh: "撤销提议由 \(proposer) 提出；须由另一名协调员审批")
            },
            TextPattern { offsets in
                Localized(
                    en: "escalation offsets \(offsets) must be three increasing working-day counts ≥ 1 "
                        + "(reminder, notice, referral)",
                    zh: "督办节点 \(offsets) 必须是三个递增且不小于 1 的工作日数（催办、通报、移送）")
            },
        ]
    }
}

extension Catalogue {
    /// `verify`'s own words that were English only: usage refusals, the public chain's verdict.
    public enum VerifyWords {
        public static let chainTakesNothingElse = Localized(
            en: "--chain takes no seed, roster or policy: it asks spotcheckd, or reads the public folder given",
            zh: "--chain 不接受种子、名册或策略：它询问 spotcheckd，或读取所给的公开目录")
        public static let giveRecord = Localized(en: "give a record file, or --chain", zh: "请给出记录文件，或使用 --chain")
        public static let giveRoster = Localized(
            en: "give the roster folder the draw was made on with --roster", zh: "请用 --roster 给出抽签所依据的名册目录")
        public static let giveSeed = Localized(
            en: "give the seed with exactly one of --seed or --seed-file", zh: "请用 --seed 或 --seed-file 之一（且只用其一）给出种子")
        public static func noPublishedRecord(_ folder: String) -> Localized {
            Localized(
                en: "no published record in \(folder) (records are published when the inspection day is over)",
                zh: "\(folder) 中没有已公开的记录（记录在检查日结束后公开）")
        }
        public static let badSeed = Localized(
            en: "the seed must be 64 hex digits (32 bytes)", zh: "种子必须是 64 位十六进制数字（32 字节）")
        /// A seed file (--seed-file, a public folder's seed.hex) that does not hold one.
        public static func badSeedFile(_ path: String) -> Localized {
            Localized(
                en: "\(path): not a seed: a seed file holds 64 hex digits (0-9, a-f) and nothing else; "
                    + "copy the revealed seed into it again",
                zh: "\(path)：不是种子：种子文件只含 64 位十六进制数字（0-9、a-f）；请重新复制公开的种子")
        }
        public static func policyRefused(_ problems: String) -> Localized {
            Localized(en: "the policy is refused:\n\(problems)", zh: "策略文件未被接受：\n\(problems)")
        }
        public static func notA(_ path: String, _ what: String, _ error: String) -> Localized {
            Localized(en: "\(path): not a \(what): \(error)", zh: "\(path)：不是有效的 \(what)：\(error)")
        }
        public static let chainHoldsLabel = Localized(en: "The chain holds:", zh: "链条完整：")
        public static func chainHoldsDetail(_ links: Int, _ head: String) -> Localized {
            Localized(
                en: " \(links) records and entries, each linked to the one before.\nhead: \(head)\n",
                zh: "共 \(links) 条记录和条目，每条都与前一条相链接。\n链头：\(head)\n")
        }
        public static let noHead = Localized(en: "none (the folder holds no draw)", zh: "无（该目录中没有抽签）")
        public static let chainBrokenLabel = Localized(en: "The chain is BROKEN:", zh: "链条已断裂：")
        public static let publicationAlone = Localized(
            en:
                "--publication DIR takes only --key HEX and --not-before TIME (and --json); --key goes with --publication",
            zh: "--publication DIR 只接受 --key HEX 和 --not-before TIME（以及 --json）；--key 须与 --publication 一起使用")
        public static let headWithChain = Localized(
            en: "--head goes with --chain DIR: the hash the public folder's chain must end at",
            zh: "--head 须与 --chain DIR 一起使用：它是公开目录中链条必须终止于的哈希值")
        public static let badHead = Localized(
            en: "--head must be a SHA-256 hash, 64 hex digits", zh: "--head 必须是 SHA-256 哈希值，即 64 位十六进制数字")
        public static let dateAndPool = Localized(
            en: "give --date YYYY-MM-DD and --pool together to verify a published record",
            zh: "要核验已公开的记录，请同时给出 --date YYYY-MM-DD 和 --pool")
        public static let dateAndPoolAlone = Localized(
            en: "--date and --pool read the record, seed and roster from the public folder; give nothing else",
            zh: "--date 和 --pool 会从公开目录读取记录、种子和名册；请勿再给出其他参数")
    }
}
