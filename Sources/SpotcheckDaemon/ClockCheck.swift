import Foundation
import SpotcheckStore
import SpotcheckText

/// The system clock against the state database (docs/operations.md, "The clock"): every entry the
/// daemon writes (the audit trail, draws, the chain's links, ledger history, campaign steps) is
/// stamped with the clock, and the chain is public and read in time order. A clock behind the
/// newest stored entry (not yet synchronised at boot, corrected backwards, or a database written
/// by a run under a clock set ahead) would date new entries before earlier ones, so the daemon
/// does not start on it (exit 1, which systemd restarts: a clock synchronised meanwhile lets the
/// next start go on).
enum ClockCheck {
    /// Why a start at `now` is refused, in both languages; nil when the clock is not behind.
    static func refusal(
        store: Store, database: String, now: Date, local: LocalTime
    ) throws -> (
        told: Localized, fields: [String: String]
    )? {
        guard let newest = try store.newestEntry(), newest.at > now else { return nil }
        let written = local.format(newest.at)
        let clock = local.format(now)
        let span = Self.span(newest.at.timeIntervalSince(now))
        let entry = Catalogue.StartChecks.storedEntry(newest.table, newest.id, newest.column)
        let told = Localized(
            en: Catalogue.StartChecks.clockBehind(clock, entry.english, written, span.english, database).english,
            zh: Catalogue.StartChecks.clockBehind(clock, entry.chinese, written, span.chinese, database).chinese)
        return (
            told,
            [
                "REASON": "clock-behind-state", "CLOCK": clock, "NEWEST": written, "NEWEST_ENTRY": newest.description,
                "BEHIND_SECONDS": String(Int(newest.at.timeIntervalSince(now).rounded(.up))), "DATABASE": database,
            ]
        )
    }

    /// A span in its two largest units: `2 d 3 h`, `4 h 10 min`, `12 s`.
    static func span(_ interval: TimeInterval) -> Localized {
        let total = max(1, Int(interval.rounded(.up)))
        let parts: [(Int, (Int) -> Localized)] = [
            (total / 86400, Catalogue.StartChecks.days), (total / 3600 % 24, Catalogue.StartChecks.hours),
            (total / 60 % 60, Catalogue.StartChecks.minutes), (total % 60, Catalogue.StartChecks.seconds),
        ]
        guard let first = parts.firstIndex(where: { $0.0 > 0 }) else { return Catalogue.StartChecks.seconds(total) }
        let shown = parts[first...].prefix(2).filter { $0.0 > 0 }.map { $0.1($0.0) }
        return Localized(
            en: shown.map(\.english).joined(separator: " "), zh: shown.map(\.chinese).joined(separator: " "))
    }
}
