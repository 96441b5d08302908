// The severity of a finding, which chooses the office's limit on the rectification deadline
// (限期整改): set by the office when a finding is confirmed, never by the department.

extension Catalogue {
    /// `spotcheck findings confirm --severity`, and the refusals of `io.spotcheck.Ledger.Refused`
    /// about who sets a severity; the refusals are part of `LedgerRefusals.patterns`.
    public enum LedgerSeverity {
        public static let confirmSeverityHelp = Localized(
            en: "The severity the office sets: minor, serious or grave (it sets the limit on the deadline).",
            zh: "由督查机关认定的严重程度：minor（一般）、serious（较重）或 grave（严重）（决定整改期限的上限）。")

        public static let patterns: [TextPattern] = [
            TextPattern { id, days in
                Localized(
                    en: "the severity of \(id), minor (\(days) working days to rectify), is the department's own "
                        + "proposal; confirm it with the severity the office sets "
                        + "(spotcheck findings confirm \(id) --severity minor, serious or grave)",
                    zh: "\(id) 的严重程度“一般”（整改期限 \(days) 个工作日）是单位自报的；"
                        + "请在确认时由督查机关认定严重程度（spotcheck findings confirm \(id) --severity "
                        + "minor、serious 或 grave）")
            },
            TextPattern { id, days in
                Localized(
                    en: "the severity of \(id), serious (\(days) working days to rectify), is the department's own "
                        + "proposal; confirm it with the severity the office sets "
                        + "(spotcheck findings confirm \(id) --severity minor, serious or grave)",
                    zh: "\(id) 的严重程度“较重”（整改期限 \(days) 个工作日）是单位自报的；"
                        + "请在确认时由督查机关认定严重程度（spotcheck findings confirm \(id) --severity "
                        + "minor、serious 或 grave）")
            },
            TextPattern { id, days in
                Localized(
                    en: "the severity of \(id), grave (\(days) working days to rectify), is the department's own "
                        + "proposal; confirm it with the severity the office sets "
                        + "(spotcheck findings confirm \(id) --severity minor, serious or grave)",
                    zh: "\(id) 的严重程度“严重”（整改期限 \(days) 个工作日）是单位自报的；"
                        + "请在确认时由督查机关认定严重程度（spotcheck findings confirm \(id) --severity "
                        + "minor、serious 或 grave）")
            },
            TextPattern { setter, department in
                Localized(
                    en: "\(setter) may not set the severity of a finding of \(department) (own department): "
                        + "the severity sets the limit on the department's deadline; another coordinator sets it",
                    zh: "\(setter) 属于 \(department) 一方（本单位），不能认定其问题的严重程度：严重程度决定该单位的整改期限上限；"
                        + "请由其他协调员认定")
            },
            TextPattern { setter, department, reason in
                Localized(
                    en: "\(setter) may not set the severity of a finding of \(department) (\(reason)): "
                        + "the severity sets the limit on the department's deadline; another coordinator sets it",
                    zh: "\(setter) 与 \(department) 存在回避情形（\(reason)），不能认定其问题的严重程度：严重程度决定该单位的整改期限上限；"
                        + "请由其他协调员认定")
            },
        ]
    }
}
