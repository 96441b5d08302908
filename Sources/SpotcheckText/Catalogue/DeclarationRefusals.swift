extension Catalogue {
    /// The daemon's refusals of a declaration, by the case it names (`detail`), in the reader's
    /// language (DeclarationControl.swift).
    public enum DeclarationRefusals {
        public static func unknownDepartment(_ id: String) -> Localized {
            Localized(
                en: "no department '\(id)' in the roster (spotcheck departments list shows the ids)",
                zh: "名册中没有单位 '\(id)'（单位编号见 spotcheck departments list）")
        }
        public static func notADay(_ text: String) -> Localized {
            Localized(
                en: "'\(text)' is not a day YYYY-MM-DD", zh: "'\(text)' 不是 YYYY-MM-DD 形式的日期")
        }
        public static func past(_ last: String) -> Localized {
            Localized(
                en: "\(last) is in the past; a declaration covers today or later days",
                zh: "\(last) 已经过去；申报只能针对今天或以后的日期")
        }
        public static let conflictFrom = Localized(
            en: "a conflict has no first day, only an optional last one (--until)",
            zh: "利益冲突没有起始日，只可给出截止日（--until）")
        public static let absenceDays = Localized(
            en: "an absence needs its first and last day, the first not after the last",
            zh: "缺勤须给出起始日和结束日，且起始日不得晚于结束日")
        public static func absenceTooLong(_ range: String) -> Localized {
            Localized(
                en:
                    "the absence \(range) is longer than the roster takes (at most ten years); declare it in parts of at most ten years",
                zh: "缺勤 \(range) 超过名册所能记录的期限（最长十年）；请分段申报，每段不超过十年")
        }
        public static let absenceDepartment = Localized(
            en: "an absence names no department", zh: "缺勤申报不指定单位")
        public static func kind(_ kind: String) -> Localized {
            Localized(
                en: "kind '\(kind)' is neither conflict nor absence", zh: "申报类型 '\(kind)' 既不是利益冲突也不是缺勤")
        }
        public static let withdrawAbstract = Localized(
            en: "Withdraw one of your own declarations while it is pending (inspectors).",
            zh: "撤回本人待审核的申报（检查人员）。")
        public static func withdrawn(_ id: Int64) -> Localized {
            Localized(en: "Declaration \(id) is withdrawn.\n", zh: "第 \(id) 号申报已撤回。\n")
        }
        public static func withdrawnAlready(_ id: String) -> Localized {
            Localized(
                en: "declaration \(id) was withdrawn by the inspector; nothing is left to decide",
                zh: "第 \(id) 号申报已由检查人员撤回，无需再审核")
        }
        public static let needsNote = Localized(
            en: "a rejection needs a note saying why (--note)", zh: "驳回须在备注中说明理由（--note）")
        public static func reasonFormula(_ character: String) -> Localized {
            Localized(
                en: "--reason: starts with \(character), which a spreadsheet reads as a formula; an approved "
                    + "conflict's reason goes into the roster, which the public site serves as CSV, so begin the "
                    + "reason otherwise (nothing was declared)",
                zh: "--reason：以 \(character) 开头，电子表格会把它当作公式；利益冲突获批后其理由写入名册，"
                    + "公开网站以 CSV 文件提供名册，请换一种写法开头（未提交申报）")
        }
        public static func reasonInvisible(_ character: String, _ position: String) -> Localized {
            Localized(
                en: "--reason: holds the invisible mark \(character) at character \(position); it hides in the "
                    + "text or turns it around on screen, so retype the reason without it (nothing was declared)",
                zh: "--reason：第 \(position) 个字符是不可见标记 \(character)，它会藏在文字中或在屏幕上颠倒文字方向；"
                    + "请去掉它后重新输入理由（未提交申报）")
        }
        public static func storedReasonFormula(_ id: String, _ character: String) -> Localized {
            Localized(
                en: "the reason of declaration \(id) starts with \(character), which a spreadsheet reads as a "
                    + "formula, and the roster takes no such reason; reject it (spotcheck declarations reject "
                    + "\(id) --note …) and ask the inspector to declare again",
                zh: "第 \(id) 号申报的理由以 \(character) 开头，电子表格会把它当作公式，名册不接受这样的理由；"
                    + "请驳回该申报（spotcheck declarations reject \(id) --note …）并请检查人员重新申报")
        }
        public static func storedReasonInvisible(_ id: String, _ character: String, _ position: String) -> Localized {
            Localized(
                en: "the reason of declaration \(id) holds the invisible mark \(character) at character "
                    + "\(position), and the roster takes no such reason; reject it (spotcheck declarations "
                    + "reject \(id) --note …) and ask the inspector to declare again",
                zh: "第 \(id) 号申报的理由第 \(position) 个字符是不可见标记 \(character)，名册不接受这样的理由；"
                    + "请驳回该申报（spotcheck declarations reject \(id) --note …）并请检查人员重新申报")
        }
        public static let badText = Localized(
            en:
                "the text holds a control character, terminal escape or direction override, or is longer than 1000 characters",
            zh: "文字中含有控制字符、终端转义序列或方向控制符，或超过 1000 个字符")
    }
}
