import Foundation
import GRDB
import SpotcheckCore
import SpotcheckStore
import SpotcheckText

/// The commitments already public (`PUBLIC/DATE/POOL/commitment.json`,
/// `PUBLIC/DATE/POOL-ordered-ID/commitment.json`) against the draws the database holds. A
/// database that lacks one, or holds another commitment at its place, is a copy older than a
/// draw already announced: the daemon would draw that day again, or leave its told team without
/// a record (and empty their task files). Such a state is refused before anything is written,
/// at start and by `--accept-restored-state`.
enum PublishedCommitments {
    struct Unheld: Equatable {
        var path: String
        /// The database has no draw at that place (false: it has one with another commitment).
        var missing: Bool
    }

    /// Every public commitment the store does not hold, in path order.
    static func unheld(store: Store, publicRecords: String) throws -> [Unheld] {
        let manager = FileManager.default
        guard let dates = try? manager.contentsOfDirectory(atPath: publicRecords) else { return [] }
        struct Key: Hashable {
            var date: String
            var name: String
        }
        let rows = try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, pool, date, commitment FROM draw").map { row in
                let id: Int64 = row["id"]
                let kind: String = row["kind"]
                let pool: String = row["pool"]
                let date: String = row["date"]
                let name = kind == StoredDraw.Kind.scheduled.rawValue ? pool : "\(pool)-ordered-\(id)"
                return (Key(date: date, name: name), (row["commitment"] as Data?).map { [UInt8]($0) })
            }
        }
        var stored: [Key: [UInt8]?] = [:]
        for (key, commitment) in rows { stored[key] = commitment }
        var found: [Unheld] = []
        for date in dates.sorted() where Day(iso: date)?.description == date {
            let folder = "\(publicRecords)/\(date)"
            for name in ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
                let path = "\(folder)/\(name)/commitment.json"
                guard let published = manager.contents(atPath: path) else { continue }
                guard let entry = stored[Key(date: date, name: name)] else {
                    found.append(Unheld(path: path, missing: true))
                    continue
                }
                // A draw stored without its commitment's bytes (an older version) cannot be compared.
                if let entry, entry != [UInt8](published) {
                    found.append(Unheld(path: path, missing: false))
                }
            }
        }
        return found
    }

    /// Refuses (nothing written) when the store lacks a public commitment.
    static func refuseOlder(store: Store, paths: DaemonConfig.Paths) throws {
        let unheld = try unheld(store: store, publicRecords: paths.publicRecords)
        guard !unheld.isEmpty else { return }
        let shown = 5
        var list = unheld.prefix(shown).map {
            $0.missing
                ? Catalogue.StateOperations.missingCommitment($0.path)
                : Catalogue.StateOperations.otherCommitment($0.path)
        }
        .reduce(Localized.verbatim("")) { $0.english.isEmpty ? $1 : $0 + Localized.verbatim(", ") + $1 }
        if unheld.count > shown { list = list + Catalogue.StateOperations.andMore(unheld.count - shown) }
        let told = { (list: String) in
            Catalogue.StateOperations.olderThanPublished(paths.database, unheld.count, list, paths.publicRecords)
        }
        throw StateProblem(Localized(en: told(list.english).english, zh: told(list.chinese).chinese))
    }
}
