import SpotcheckCore
import SpotcheckRoster
import SpotcheckText

/// Why a date or date range typed on the command line was not taken: a wrong form, a form that
/// names no day (2026-13-01, 2026-02-30), or a range whose end comes before its start.
enum DateInputText {
    /// Ten characters NNNN-NN-NN, whatever the numbers.
    static func hasDateForm(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        return bytes.indices.allSatisfy { index in
            index == 4 || index == 7
                ? bytes[index] == UInt8(ascii: "-")
                : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
        }
    }

    /// The refusal of a `--date` value that `Day(iso:)` did not take.
    static func dateOption(_ text: String) -> String {
        hasDateForm(text)
            ? Catalogue.DateInput.dateOptionNoSuchDay(text).text : Catalogue.Common.badDate(text).text
    }

    /// The refusal of a day or `FIRST..LAST` range that `DayRange(parsing:)` did not take.
    static func range(_ text: String) -> String {
        let shown = InputText.quoted(text)
        guard let separator = text.firstRange(of: "..") else {
            return hasDateForm(text)
                ? Catalogue.DateInput.noSuchDay(shown).text : Catalogue.RosterHelp.notADate(shown).text
        }
        let parts = [text[..<separator.lowerBound], text[separator.upperBound...]]
        if let first = Day(iso: parts[0]), let last = Day(iso: parts[1]), last < first {
            return Catalogue.DateInput.reversed(shown, String(parts[0]), String(parts[1])).text
        }
        for part in parts where Day(iso: part) == nil && hasDateForm(part) {
            return Catalogue.DateInput.noSuchDay(InputText.quoted(String(part))).text
        }
        return Catalogue.RosterHelp.notARange(shown).text
    }
}
