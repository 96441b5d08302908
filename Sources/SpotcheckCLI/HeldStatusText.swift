import SpotcheckText

/// `status`'s next line while the clock is behind the state: `held: ` and the daemon's English
/// reason (`StartChecks.clockSetBack`), told in the reader's language with the stored entry and
/// the span it names told too.
enum HeldStatusText {
    static func of(_ text: String, in language: Language = .current) -> String? {
        guard let reason = TextPattern({ Catalogue.StatusHealth.held($0) }).values(text)?.first,
            let parts = TextPattern({ Catalogue.StartChecks.clockSetBack($0, $1, $2, $3) }).values(reason)
        else { return nil }
        let entry = entry(parts[1])
        let span = span(parts[3])
        let told = Localized(
            en: Catalogue.StartChecks.clockSetBack(parts[0], entry.english, parts[2], span.english).english,
            zh: Catalogue.StartChecks.clockSetBack(parts[0], entry.chinese, parts[2], span.chinese).chinese)
        return Catalogue.StatusHealth.held(told(language))(language)
    }

    /// The entry as `StartChecks.storedEntry` words it, read back from its English.
    static func entry(_ text: String) -> Localized {
        for (prefix, table) in [
            ("audit entry ", "audit"), ("replacement ", "replacement"), ("roster version ", "roster_version"),
            ("campaign step ", "campaign_transition"), ("ledger history entry ", "ledger_event"),
            ("chain link ", "chain_entry"),
        ] where text.hasPrefix(prefix) {
            if let id = Int64(text.dropFirst(prefix.count)) { return Catalogue.StartChecks.storedEntry(table, id, "") }
        }
        if let match = text.wholeMatch(of: /draw (\d+), (.+)/), let id = Int64(match.1) {
            return Catalogue.StartChecks.storedEntry("draw", id, String(match.2))
        }
        if let match = text.wholeMatch(of: /row (\d+) of ([^,]+), (.+)/), let id = Int64(match.1) {
            return Catalogue.StartChecks.storedEntry(String(match.2), id, String(match.3))
        }
        return .verbatim(text)
    }

    /// A span as `ClockCheck.span` words it (`2 d 3 h`), read back from its English.
    static func span(_ text: String) -> Localized {
        let words = text.split(separator: " ")
        var parts: [Localized] = []
        for index in stride(from: 0, to: words.count - 1, by: 2) {
            guard let count = Int(words[index]) else { return .verbatim(text) }
            switch words[index + 1] {
            case "d": parts.append(Catalogue.StartChecks.days(count))
            case "h": parts.append(Catalogue.StartChecks.hours(count))
            case "min": parts.append(Catalogue.StartChecks.minutes(count))
            case "s": parts.append(Catalogue.StartChecks.seconds(count))
            default: return .verbatim(text)
            }
        }
        guard !parts.isEmpty, words.count.isMultiple(of: 2) else { return .verbatim(text) }
        return Localized(
            en: parts.map(\.english).joined(separator: " "), zh: parts.map(\.chinese).joined(separator: " "))
    }
}
