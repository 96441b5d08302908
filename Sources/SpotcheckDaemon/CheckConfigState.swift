import Foundation
import SpotcheckRoster
import SpotcheckStore
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// `spotcheckd --check-config` against the state database, read as it is (nothing written, no
/// lock taken, so also beside the running daemon, as `systemctl reload` runs it): it refuses what
/// the start or the reload would refuse because of what the database holds (a configuration that
/// replaces, removes or re-plans the running campaign without a release, CampaignGuard.swift), and
/// warns of what would stop a start though the configuration is fine (the system clock behind the
/// newest stored entry, ClockCheck.swift).
enum CheckConfigState {
    struct Outcome {
        var refused: (any Error)?
        var warnings: [String] = []
    }

    static func check(_ config: DaemonConfig, now: Date) -> Outcome {
        let database = config.paths.database
        // The audit anchor (StateLayout.swift), read before the database, which only grows: a
        // database older than it, or gone while it stayed, is refused in the start's words.
        let anchor = StateAnchor(state: config.paths.state)
        var info = stat()
        guard stat(database, &info) == 0 else {
            if errno == ENOENT {
                // No database: the first start makes it, unless the anchor says one was there.
                do {
                    return Outcome(refused: try anchor.check(nil, database: database))
                } catch {
                    return Outcome(
                        refused: nil, warnings: [Catalogue.StartChecks.stateUnreadable(database, "\(error)").text])
                }
            }
            return Outcome(
                refused: nil,
                warnings: [Catalogue.StartChecks.stateUnreadable(database, Catalogue.SystemErrors.text(errno)).text])
        }
        do {
            let store = try Store(readingOnly: database)
            if let mismatch = try anchor.check(store, database: database) { return Outcome(refused: mismatch) }
            // The ledger's draw pool against the roster kept through the socket (RosterLedgerPool.swift).
            let ledger = RosterLedgerPool.storedErrors(config, store: store)
            if !ledger.isEmpty { return Outcome(refused: InputErrors(ledger)) }
            var outcome = Outcome(refused: try CampaignGuard.refusal(config, store: store, now: now))
            let zone = TimeZone(identifier: config.calendar.timeZone) ?? .current
            if let clock = try ClockCheck.refusal(
                store: store, database: database, now: now, local: LocalTime(zone: zone))
            {
                outcome.warnings.append(Catalogue.StartChecks.clockBehindWarning(clock.told.text).text)
            }
            return outcome
        } catch {
            return Outcome(refused: nil, warnings: [Catalogue.StartChecks.stateUnreadable(database, "\(error)").text])
        }
    }
}
