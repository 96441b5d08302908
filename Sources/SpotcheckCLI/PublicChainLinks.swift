import Foundation
import SpotcheckCore

/// The ledger changes and campaign steps of a public records folder: `PUBLIC/chain/ID.json`,
/// each an `EventLink` (docs/draw-algorithm.md §6).
extension PublicChain {
    struct EventLinks {
        var links: [ChainLink] = []
        var decoded: [String: EventLink] = [:]
        var problems: [String] = []
    }

    /// Reads `base/chain/*.json`: each must be a ledger or campaign link in canonical JSON.
    static func eventLinks(_ base: String) throws(CLIFailure) -> EventLinks {
        var out = EventLinks()
        let folder = "\(base)/chain"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return out }
        for name in names.sorted() where name.hasSuffix(".json") {
            let label = "chain/\(name)"
            let bytes = try Files.read("\(folder)/\(name)")
            guard let link = try? JSONDecoder().decode(EventLink.self, from: Data(bytes)) else {
                out.problems.append("\(label): not a ledger or campaign link (kind, day, digest, previousRecordHash)")
                continue
            }
            out.problems += link.problems(name: label, bytes: bytes)
            out.links.append(ChainLink(name: label, hash: link.hash, previous: link.previousRecordHash))
            out.decoded[label] = link
        }
        return out
    }

    /// The campaign links in chain order: each campaign's steps forward, one at a time.
    static func campaignProblems(order: [String], events: EventLinks) -> [String] {
        EventLink.campaignProblems(order.compactMap { name in events.decoded[name].map { (name, $0) } })
    }
}
