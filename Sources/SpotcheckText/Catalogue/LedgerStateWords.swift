// The ledger's actions, states and outcomes named in its refusals (`io.spotcheck.Ledger.Refused`),
// as words in the reader's language: "requesting an extension is not possible while the finding is
// confirmed", 问题处于“已确认”状态时不能申请延期. The daemon words them in English
// (`LedgerAction.phrase`, `FindingState.words`); each value is told by its own list.

extension Catalogue {
    public enum LedgerStateWords {
        /// `LedgerAction.phrase` of each action.
        public static let actions: [TextPattern] = [
            TextPattern(Localized(en: "recording a finding", zh: "登记问题")),
            TextPattern(Localized(en: "classifying the finding", zh: "定性分类")),
            TextPattern(Localized(en: "confirming the finding", zh: "确认问题")),
            TextPattern(Localized(en: "adding a measure", zh: "制定整改措施")),
            TextPattern(Localized(en: "starting the rectification", zh: "开始整改")),
            TextPattern(Localized(en: "completing a measure", zh: "完成整改措施")),
            TextPattern(Localized(en: "adding evidence", zh: "补充整改证明")),
            TextPattern(Localized(en: "submitting for verification", zh: "申请核验")),
            TextPattern(Localized(en: "recording a verification", zh: "登记核验结果")),
            TextPattern(Localized(en: "requesting an extension", zh: "申请延期")),
            TextPattern(Localized(en: "deciding an extension", zh: "审批延期申请")),
            TextPattern(Localized(en: "proposing a dismissal", zh: "提议撤销")),
            TextPattern(Localized(en: "approving a dismissal", zh: "批准撤销")),
            TextPattern(Localized(en: "transferring the finding", zh: "移交")),
            TextPattern(Localized(en: "reopening the finding", zh: "重新打开")),
        ]

        /// A finding's state by its code (`awaiting-verification`) in words, its English
        /// `FindingState.words` (the refusals' words and the public site's labels); a code this
        /// build does not know as it came.
        public static func state(_ code: String) -> Localized {
            switch code {
            case "identified": Localized(en: "identified", zh: "已登记")
            case "confirmed": Localized(en: "confirmed", zh: "已确认")
            case "rectifying": Localized(en: "rectifying", zh: "整改中")
            case "awaiting-verification": Localized(en: "awaiting verification", zh: "待核验")
            case "closed": Localized(en: "closed", zh: "已销号")
            case "dismissed": Localized(en: "dismissed", zh: "已撤销")
            case "transferred": Localized(en: "transferred", zh: "已移交")
            case "reopened": Localized(en: "reopened", zh: "重新整改")
            default: .verbatim(code)
            }
        }

        /// A finding's category by its code (`sluggish`), the campaign's own names in Chinese
        /// (`FindingCategory.label`, the public site's labels); a code this build does not know as
        /// it came.
        public static func category(_ code: String) -> Localized {
            switch code {
            case "detached": Localized(en: "detached from reality and the people", zh: "脱离实际脱离基层脱离群众")
            case "sluggish": Localized(en: "sluggish and idle", zh: "慵懒散")
            case "evasive": Localized(en: "evasive, shifting responsibility", zh: "推拖绕")
            case "arrogant": Localized(en: "arrogant and cold", zh: "横冷硬")
            case "hollow": Localized(en: "hollow and boastful", zh: "假大空")
            default: .verbatim(code)
            }
        }

        /// A severity by its code (`serious`), in Chinese `Severity.label` (the export's column, the
        /// self-inspection form's answers); a code this build does not know as it came.
        public static func severity(_ code: String) -> Localized {
            switch code {
            case "minor": Localized(en: "minor", zh: "一般")
            case "serious": Localized(en: "serious", zh: "较重")
            case "grave": Localized(en: "grave", zh: "严重")
            default: .verbatim(code)
            }
        }

        /// A ledger check's kind by its code (`recheck`), as `spotcheck findings checks` lists it;
        /// a code this build does not know as it came.
        public static func checkKind(_ code: String) -> Localized {
            switch code {
            case "verification": Localized(en: "verification", zh: "整改核验")
            case "recheck": Localized(en: "recheck", zh: "回头看")
            case "honesty": Localized(en: "honesty", zh: "诚信抽查")
            default: .verbatim(code)
            }
        }

        /// A ledger check's recorded outcome by its code (`not-carried-out`), as `spotcheck
        /// findings checks` lists it; a code this build does not know as it came.
        public static func checkOutcome(_ code: String) -> Localized {
            switch code {
            case "passed": Localized(en: "passed", zh: "通过")
            case "failed": Localized(en: "failed", zh: "未通过")
            case "not-carried-out": Localized(en: "not-carried-out", zh: "未开展")
            default: .verbatim(code)
            }
        }

        /// The codes of `FindingState`, in its order.
        public static let stateCodes = [
            "identified", "confirmed", "rectifying", "awaiting-verification", "closed", "dismissed", "transferred",
            "reopened",
        ]

        /// `FindingState.words` of each state.
        public static let states: [TextPattern] = stateCodes.map { TextPattern(state($0)) }

        /// An assignment's or a visit's recorded outcome.
        public static let outcomes: [TextPattern] = [
            TextPattern(Localized(en: "done", zh: "已完成")),
            TextPattern(Localized(en: "not carried out", zh: "未开展")),
            TextPattern(Localized(en: "passed", zh: "通过")),
            TextPattern(Localized(en: "failed", zh: "未通过")),
        ]

        /// Refusals that name such words, with the list each value is told by (none: kept as it came).
        public static let patterns: [(pattern: TextPattern, values: [[TextPattern]])] = [
            (
                TextPattern { action, state in
                    Localized(
                        en: "\(action) is not possible while the finding is \(state)",
                        zh: "问题处于“\(state)”状态时不能\(action)")
                }, [actions, states]
            ),
            (
                TextPattern { actor, outcome in
                    Localized(
                        en: "\(actor) recorded this assignment as \(outcome); ask a coordinator to change it",
                        zh: "\(actor) 已将此项任务登记为“\(outcome)”；如需更改，请联系协调员")
                }, [[], outcomes]
            ),
            (
                TextPattern { actor, outcome in
                    Localized(
                        en: "\(actor) recorded this visit as \(outcome) already; an outcome is final",
                        zh: "\(actor) 已将此次检查的结果登记为“\(outcome)”；结果一经登记即不能更改")
                }, [[], outcomes]
            ),
        ]

        /// `english` in `language` when one of `patterns` recognises it, each value told by its list.
        public static func told(_ english: String, in language: Language = .current) -> String? {
            for (pattern, lists) in patterns {
                guard let values = pattern.values(english) else { continue }
                let told = values.enumerated().map { index, value in
                    index < lists.count && !lists[index].isEmpty ? lists[index].told(value, in: language) : value
                }
                return pattern.message(told)(language)
            }
            return nil
        }
    }
}
