import SpotcheckLedger
import SpotcheckText

/// The ledger's codes as people read them: in Chinese the names of the ledger's model (慵懒散,
/// 整改中, 一般, 逾期2个工作日) and the catalogue's, in English the codes themselves, as `--json`
/// and the CSV keep them. A code this build does not know is shown as it came.
enum LedgerWords {
    static func category(_ code: String, in language: Language = .current) -> String {
        language == .chinese ? FindingCategory(rawValue: code)?.label ?? code : code
    }

    static func severity(_ code: String, in language: Language = .current) -> String {
        language == .chinese ? Severity(rawValue: code)?.label ?? code : code
    }

    static func state(_ code: String, in language: Language = .current) -> String {
        language == .chinese ? FindingState(rawValue: code)?.label ?? code : code
    }

    /// A deadline status (`DeadlineStatus.description`: on-track, caution, due-today, overdue-N).
    static func status(_ code: String, in language: Language = .current) -> String {
        guard language == .chinese else { return code }
        let status: DeadlineStatus? =
            switch code {
            case "on-track": .onTrack
            case "caution": .caution
            case "due-today": .dueToday
            default:
                code.hasPrefix("overdue-")
                    ? Int(code.dropFirst(8)).map { DeadlineStatus.overdue(workingDays: $0) } : nil
            }
        return status?.label ?? code
    }

    static func measureState(_ code: String, in language: Language = .current) -> String {
        switch code {
        case "open": Catalogue.LedgerWords.measureOpen(language)
        case "done": Catalogue.LedgerWords.measureDone(language)
        default: code
        }
    }

    /// Where a finding came from, from the ledger's label as the daemon sends it (`自查`,
    /// `督查（抽签 12，d-shuiwu）`, `投诉`, `投诉（7）`, the Chinese of `Catalogue.Findings`' source
    /// messages); a label this build does not know as it came.
    static func source(_ label: String) -> Localized {
        typealias Say = Catalogue.Findings
        if label == Say.sourceSelf.chinese { return Say.sourceSelf }
        if label == Say.sourceComplaint.chinese { return Say.sourceComplaint }
        // The messages' Chinese as patterns, to find their values in the label.
        let inspection = TextPattern { draw, department in .verbatim(Say.sourceInspection(draw, department).chinese) }
        if let values = inspection.values(label) { return Say.sourceInspection(values[0], values[1]) }
        let complaint = TextPattern { complaint in .verbatim(Say.sourceComplaintNumbered(complaint).chinese) }
        if let values = complaint.values(label) { return Say.sourceComplaintNumbered(values[0]) }
        return .verbatim(label)
    }

    /// An assignment's outcome as `SetAssignmentOutcome` answers it.
    static func outcome(_ code: String, in language: Language = .current) -> String {
        switch code {
        case "done": Catalogue.LedgerWords.outcomeDone(language)
        case "not-carried-out": Catalogue.LedgerWords.outcomeNotCarriedOut(language)
        default: state(code, in: language)
        }
    }

    /// The ledger's `InvalidField` refusal, `field: problem`, in the reader's language.
    static func invalidField(_ field: String, _ problem: String, in language: Language = .current) -> String {
        Catalogue.LedgerFields.refused(field, Catalogue.LedgerFields.all.told(problem, in: language))(language)
    }
}

extension LedgerWords {
    /// A history entry's action code (`finding.confirmed`) by its Chinese name.
    static func action(_ code: String, in language: Language = .current) -> String {
        language == .chinese ? Catalogue.LedgerHistoryWords.actions[code] ?? code : code
    }

    /// The role an entry's actor acted in (`coordinator`, `contact of D`).
    static func role(_ name: String, in language: Language = .current) -> String {
        guard language == .chinese else { return name }
        if name.hasPrefix("contact of ") { return Catalogue.LedgerHistoryWords.contact(String(name.dropFirst(11))) }
        return Catalogue.LedgerHistoryWords.roles[name] ?? name
    }
}
