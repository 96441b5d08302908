// The ledger's `InvalidField` refusals (a value of a call the daemon cannot take: an unknown
// category, a date that is no date, a draw that sent no team), worded in English by the daemon
// and told by `spotcheck findings …` in the reader's language; the field's name stays as it is.

extension Catalogue {
    /// `io.spotcheck.Ledger.InvalidField` messages (LedgerControl, LedgerChecks, ComplaintFindings).
    public enum LedgerFields {
        /// A refused field, `field: problem`, in the reader's language.
        public static func refused(_ field: String, _ problem: String) -> Localized {
            Localized(en: "\(field): \(problem)", zh: "字段 \(field)：\(problem)")
        }

        /// Every wording of the daemon's `InvalidField`, and the ledger's own errors (an invalid
        /// finding id or piece of evidence) it passes on.
        public static var all: [TextPattern] { patterns + LedgerRefusals.patterns }

        public static let patterns: [TextPattern] = [
            TextPattern(
                Localized(
                    en: "give either the failed re-check's note or the new complaint's id",
                    zh: "请给出未通过的回头看的说明，或新投诉的编号，二者选一")),
            TextPattern { department in
                Localized(
                    en: "\(department) is not a department of the roster", zh: "\(department) 不是名册中的单位")
            },
            TextPattern(
                Localized(
                    en: "an inspection finding names its draw (the draw id of the task file)",
                    zh: "督查发现的问题须写明其抽签（任务文件中的抽签编号）")),
            TextPattern { source in
                Localized(
                    en: "\(source) is not a source; use inspection, self or complaint",
                    zh: "\(source) 不是问题来源；请使用 inspection（督查）、self（自查）或 complaint（投诉）")
            },
            TextPattern { day in
                Localized(
                    en: "the inspection day is \(day); report the outcome on or after that day",
                    zh: "检查日为 \(day)；请在当天或之后报告检查结果")
            },
            TextPattern(Localized(en: "say why the inspection was not carried out", zh: "请说明未开展检查的原因")),
            TextPattern { draw, department in
                Localized(
                    en: "draw \(draw) sent no team to \(department); give the draw id of its inspection",
                    zh: "第 \(draw) 次抽签没有向 \(department) 派出检查组；请给出对该单位检查的抽签编号")
            },
            TextPattern { draw in
                Localized(
                    en: "draw \(draw) is not revealed yet; give the draw id of an inspection after its reveal",
                    zh: "第 \(draw) 次抽签尚未揭晓；请在揭晓后给出检查的抽签编号")
            },
            TextPattern { phase in
                Localized(
                    en: "the campaign is in \(phase), not self-inspection: a self-inspection finding (--self) is "
                        + "recorded only during self-inspection; record the problem as a finding of an inspection "
                        + "(--assignment DRAW/DEPARTMENT) or of a complaint (--complaint ID)",
                    zh: "专项整治处于 \(phase) 阶段，而非自查阶段：自查发现的问题（--self）只能在自查阶段登记；"
                        + "请将该问题登记为检查发现的问题（--assignment 抽签编号/单位）或投诉中发现的问题（--complaint 编号）")
            },
            TextPattern { text, categories in
                Localized(
                    en: "\(text) is not a category; use \(categories)", zh: "\(text) 不是问题类别；请使用 \(categories)")
            },
            TextPattern { text in
                Localized(
                    en: "\(text) is not a severity; use minor, serious or grave",
                    zh: "\(text) 不是严重程度；请使用 minor（一般）、serious（较重）或 grave（严重）")
            },
            TextPattern { text, states in
                Localized(en: "\(text) is not a state; use \(states)", zh: "\(text) 不是问题状态；请使用 \(states)")
            },
            TextPattern { text in
                Localized(en: "\(text) is not a date YYYY-MM-DD", zh: "\(text) 不是 YYYY-MM-DD 形式的日期")
            },
            TextPattern { text in
                Localized(
                    en: "\(text) is not a kind of check; use verification, recheck or honesty",
                    zh: "\(text) 不是核查种类；请使用 verification（整改核验）、recheck（回头看）或 honesty（诚信抽查）")
            },
            TextPattern { text in
                Localized(
                    en: "\(text) is not an outcome; use passed, failed or not-carried-out",
                    zh: "\(text) 不是核查结果；请使用 passed（通过）、failed（未通过）或 not-carried-out（未开展）")
            },
            TextPattern(
                Localized(
                    en: "say what did not hold (it is kept with the outcome)", zh: "请说明哪些方面未通过（将与结果一并保存）")),
            TextPattern(Localized(en: "say why the visit was not carried out", zh: "请说明未开展实地核查的原因")),
            TextPattern { draw, department in
                Localized(
                    en: "draw \(draw) made no re-check or honesty visit to \(department); "
                        + "give the draw id and department of the visit's task file",
                    zh: "第 \(draw) 次抽签没有对 \(department) 安排回头看或诚信抽查；请给出该次核查任务文件中的抽签编号和单位")
            },
            TextPattern { day in
                Localized(
                    en: "the visit is on \(day); record its outcome on or after that day",
                    zh: "核查日为 \(day)；请在当天或之后登记其结果")
            },
            TextPattern { finding in
                Localized(
                    en: "\(finding) is not re-checked by this visit; its task file lists the findings",
                    zh: "本次核查不回头看 \(finding)；任务文件中列有所查的问题")
            },
            TextPattern { count in
                Localized(
                    en: "this visit re-checks \(count) findings; name the one that did not hold",
                    zh: "本次核查回头看 \(count) 个问题；请指明未通过的那一个")
            },
            TextPattern(
                Localized(
                    en: "a complaint finding names the complaint's number (spotcheck complaints list)",
                    zh: "由投诉发现的问题须写明投诉编号（见 spotcheck complaints list）")),
            TextPattern { id in
                Localized(en: "there is no complaint \(id) you may handle", zh: "没有您可办理的投诉 \(id)")
            },
            TextPattern { id in
                Localized(
                    en: "complaint \(id) is about another department; record its finding in that department",
                    zh: "投诉 \(id) 涉及的是另一个单位；请在该单位下登记问题")
            },
            TextPattern(
                Localized(
                    en: "a reopening names the new complaint's number (spotcheck complaints list)",
                    zh: "因新投诉重新打开问题须写明该投诉编号（见 spotcheck complaints list）")),
            TextPattern { id, finding, department, same in
                Localized(
                    en: "complaint \(id) is about another department than \(finding) (\(department)); "
                        + "name a complaint about \(same)",
                    zh: "投诉 \(id) 涉及的不是问题 \(finding) 所在的单位（\(department)）；请写明涉及 \(same) 的投诉")
            },
        ]
    }
}
