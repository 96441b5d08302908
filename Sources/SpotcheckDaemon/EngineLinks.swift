import Foundation
import SpotcheckCore
import SpotcheckStore
import SpotcheckSystem
import Synchronization

/// Ledger changes and campaign steps as links of the hash chain (docs/draw-algorithm.md §6):
/// linked under the engine's serial lock, so that no draw takes the head between its commitment
/// and its record, and published in `PUBLIC/chain/` once every link before them is public.
extension Engine {
    /// Links the ledger changes and campaign steps waiting in the store. Called with `serial`
    /// held (each tick, each campaign step).
    func linkChainEvents(config: DaemonConfig) throws {
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        try store.linkPendingEvents { local.day(of: $0) }
    }

    /// Links the pending ledger changes now (after a change through the socket), taking the
    /// engine's serial lock; a tick links them otherwise.
    public func linkChainEventsNow(config: DaemonConfig) throws {
        try serial.withLock { _ in try linkChainEvents(config: config) }
    }

    /// The public file of a ledger or campaign link: `PUBLIC/chain/ID.json`, ID its place in the
    /// store's chain, eight digits or more.
    static func publicLinkPath(_ id: Int64, config: DaemonConfig) -> String {
        let digits = String(id)
        return
            "\(config.paths.publicRecords)/chain/\(String(repeating: "0", count: max(0, 8 - digits.count)))\(digits).json"
    }

    /// Writes the ledger and campaign links whose every predecessor is public: the chain is read
    /// in order and stops at the first draw link not yet published (its record comes at the end
    /// of its day), so the public folder always holds an unbroken chain.
    func publishChainLinks(config: DaemonConfig, now: Date) throws {
        let links = try store.chainEntries()
        guard links.contains(where: { ($0.kind == .ledger || $0.kind == .campaign) && $0.publishedAt == nil })
        else { return }
        var published: [Int64: Bool] = [:]
        for draw in try store.draws() { published[draw.id] = draw.publishedAt != nil }
        for link in links {
            switch link.kind {
            case .record, .order, .replacement, .cancellation:
                guard published[link.drawID] == true else { return }
            case .ledger, .campaign:
                guard link.publishedAt == nil else { continue }
                guard let bytes = link.entry else { return }
                try Folder.make(config.paths.publicRecords, mode: 0o755)
                try Folder.make("\(config.paths.publicRecords)/chain", mode: 0o755)
                try AtomicFile.write(bytes, to: Self.publicLinkPath(link.id, config: config), mode: 0o644)
                try store.markLinkPublished(id: link.id, at: now)
            }
        }
    }

    /// A ledger or campaign link checked by the daemon: its public bytes and its private entry
    /// (which the public cannot see) against the digest. Nil when it holds.
    static func eventLinkProblem(_ link: StoredChainEntry) -> (problem: String?, linksTo: String?) {
        let what = "\(link.kind.rawValue) link \(link.id)"
        guard let bytes = link.entry, let decoded = try? JSONDecoder().decode(EventLink.self, from: Data(bytes)) else {
            return ("\(what) is missing or unreadable", nil)
        }
        if let problem = decoded.problems(name: what, bytes: bytes).first {
            return (problem, decoded.previousRecordHash)
        }
        guard let secret = link.privateEntry else { return ("\(what): its private entry is missing", nil) }
        let digest = sha256Hex(secret)
        if digest != decoded.digest {
            return (
                "\(what): its private entry hashes to \(digest), the link's digest is \(decoded.digest) (the entry was edited)",
                decoded.previousRecordHash
            )
        }
        return (nil, decoded.previousRecordHash)
    }
}
