// The ledger's deadlines that the office bounds (限期整改) and the verifier who may no longer
// close a finding: refusals the daemon words in English (`LedgerError`), told in the reader's
// language.

extension Catalogue {
    /// Refusals of `io.spotcheck.Ledger.Refused` about the rectification limit and a verifier's
    /// conflict; part of `LedgerRefusals.patterns`.
    public enum LedgerDeadlineRefusals {
        public static let patterns: [TextPattern] = [
            TextPattern { measure, due, latest, days in
                Localized(
                    en: "measure \(measure) is due \(due), after \(latest), the latest a minor finding may take "
                        + "(\(days) working days from the start); choose an earlier date: a later one needs an "
                        + "extension (spotcheck findings extend), which a coordinator decides",
                    zh: "整改措施 \(measure) 的完成时限 \(due) 晚于 \(latest)，即一般问题整改期限的最后一天"
                        + "（自开始整改起 \(days) 个工作日）；请选择更早的日期：更晚的期限须申请延期"
                        + "（spotcheck findings extend），由协调员审批")
            },
            TextPattern { measure, due, latest, days in
                Localized(
                    en: "measure \(measure) is due \(due), after \(latest), the latest a serious finding may take "
                        + "(\(days) working days from the start); choose an earlier date: a later one needs an "
                        + "extension (spotcheck findings extend), which a coordinator decides",
                    zh: "整改措施 \(measure) 的完成时限 \(due) 晚于 \(latest)，即较重问题整改期限的最后一天"
                        + "（自开始整改起 \(days) 个工作日）；请选择更早的日期：更晚的期限须申请延期"
                        + "（spotcheck findings extend），由协调员审批")
            },
            TextPattern { measure, due, latest, days in
                Localized(
                    en: "measure \(measure) is due \(due), after \(latest), the latest a grave finding may take "
                        + "(\(days) working days from the start); choose an earlier date: a later one needs an "
                        + "extension (spotcheck findings extend), which a coordinator decides",
                    zh: "整改措施 \(measure) 的完成时限 \(due) 晚于 \(latest)，即严重问题整改期限的最后一天"
                        + "（自开始整改起 \(days) 个工作日）；请选择更早的日期：更晚的期限须申请延期"
                        + "（spotcheck findings extend），由协调员审批")
            },
            TextPattern { verifier, department in
                Localized(
                    en: "\(verifier) may not verify a rectification of \(department) any more (own department); "
                        + "a coordinator should replace them on the verification draw (spotcheck replace)",
                    zh: "\(verifier) 现属被核验单位 \(department)（本单位），不能再核验其整改；"
                        + "应由协调员在核验抽签中将其替换（spotcheck replace）")
            },
            TextPattern { verifier, department, until in
                Localized(
                    en: "\(verifier) may not verify a rectification of \(department) any more "
                        + "(former department until \(until)); "
                        + "a coordinator should replace them on the verification draw (spotcheck replace)",
                    zh: "\(verifier) 与被核验单位 \(department) 存在回避情形（原单位，回避至 \(until)），不能再核验其整改；"
                        + "应由协调员在核验抽签中将其替换（spotcheck replace）")
            },
            TextPattern { verifier, department, reason in
                Localized(
                    en: "\(verifier) may not verify a rectification of \(department) any more "
                        + "(declared conflict: \(reason)); "
                        + "a coordinator should replace them on the verification draw (spotcheck replace)",
                    zh: "\(verifier) 与被核验单位 \(department) 存在回避情形（申报的利益冲突：\(reason)），不能再核验其整改；"
                        + "应由协调员在核验抽签中将其替换（spotcheck replace）")
            },
            TextPattern { verifier, department, reason in
                Localized(
                    en: "\(verifier) may not verify a rectification of \(department) any more (\(reason)); "
                        + "a coordinator should replace them on the verification draw (spotcheck replace)",
                    zh: "\(verifier) 与被核验单位 \(department) 存在回避情形（\(reason)），不能再核验其整改；"
                        + "应由协调员在核验抽签中将其替换（spotcheck replace）")
            },
            TextPattern { decider, department in
                Localized(
                    en: "\(decider) may not decide an extension for \(department) (own department): "
                        + "the department does not set its own deadline; another coordinator decides it",
                    zh: "\(decider) 属于 \(department) 一方（本单位），不能审批其延期申请：整改期限不由被查单位自定；"
                        + "请由其他协调员审批")
            },
            TextPattern { decider, department, reason in
                Localized(
                    en: "\(decider) may not decide an extension for \(department) (\(reason)): "
                        + "the department does not set its own deadline; another coordinator decides it",
                    zh: "\(decider) 与 \(department) 存在回避情形（\(reason)），不能审批其延期申请：整改期限不由被查单位自定；"
                        + "请由其他协调员审批")
            },
        ]
    }
}
