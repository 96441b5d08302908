public import SpotcheckCore

/// The ledger as a spreadsheet: CSV text that Excel on Chinese Windows opens correctly (UTF-8
/// with a byte-order mark, CRLF line ends), one row per finding with its status on `today`.
public enum LedgerExport {
    public static let headers = [
        "编号", "部门", "来源", "问题类别", "违反规定", "严重程度", "问题事实", "发现人", "发现日期", "状态", "整改期限",
        "期限状态", "逾期工作日", "整改措施数", "已完成措施数", "延期次数", "复发次数",
    ]

    /// The rows, in finding-id order, as plain strings (before CSV quoting).
    public static func rows(
        _ findings: [Finding], on today: Day, calendar: WorkCalendar, policy: DeadlinePolicy = .standard,
        prohibitions: Prohibitions
    ) -> [[String]] {
        findings.sorted { $0.id < $1.id }.map { finding in
            let status = finding.status(on: today, calendar: calendar, policy: policy)
            let overdue: String
            if case .overdue(let days) = status { overdue = String(days) } else { overdue = "" }
            let rules = finding.ruleCodes.map { code in
                prohibitions.rule(code).map { "\(code) \($0.text)" } ?? code
            }
            return [
                finding.id.description, finding.department, finding.source.label, finding.category?.label ?? "",
                rules.joined(separator: "；"), finding.severity.label, finding.facts, finding.finder,
                finding.found.day.description, finding.state.label, finding.deadline?.due.description ?? "",
                status?.label ?? "", overdue, String(finding.measures.count),
                String(finding.measures.count { $0.state == .done }), String(finding.grantedExtensions),
                String(finding.recurrences),
            ]
        }
    }

    /// The whole CSV text, beginning with the byte-order mark U+FEFF.
    public static func csv(
        _ findings: [Finding], on today: Day, calendar: WorkCalendar, policy: DeadlinePolicy = .standard,
        prohibitions: Prohibitions
    ) -> String {
        let lines =
            [headers] + rows(findings, on: today, calendar: calendar, policy: policy, prohibitions: prohibitions)
        return "\u{FEFF}" + lines.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// Quotes a cell for CSV (RFC 4180). A cell that a spreadsheet would read as a formula
    /// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe,
    /// so that text from a complaint can never run as a formula.
    public static func cell(_ text: String) -> String {
        var text = text
        text = CSVFormula.guarded(text)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
