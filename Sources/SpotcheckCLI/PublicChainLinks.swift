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
        for name in names.sorted() {
            let label = "chain/\(name)"
            guard linkNumber(name) != nil else {
                out.problems.append(
                    "\(label): not a link's name (eight digits, then .json, as the daemon numbers its links); "
                        + "nothing else belongs in chain/")
                continue
            }
            let bytes = try Files.readJSON("\(folder)/\(name)")
            // A field of the wrong type is named (ChainLinkFields.swift), not the link merely unreadable.
            let fields = ChainLinkFields.problems(name: label, bytes)
            if !fields.isEmpty {
                out.problems += fields
                continue
            }
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

    /// The number a link's file name gives (`00000042.json` → 42), or nil for any other name:
    /// eight digits (more only past 99999999, never with a leading zero then).
    static func linkNumber(_ name: String) -> Int? {
        let bytes = Array(name.utf8)
        guard bytes.count >= 13, bytes.suffix(5) == Array(".json".utf8) else { return nil }
        let digits = bytes.dropLast(5)
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), digits.count == 8 || digits.first != 0x30,
            digits.count <= 18, let number = Int(String(decoding: digits, as: UTF8.self)), number > 0
        else { return nil }
        return number
    }

    /// Each `chain/ID.json` must be the ID-th link of the chain (records, orders and replacements
    /// counted too, from 1), as the daemon numbered it: a renamed, renumbered or swapped file is named.
    static func linkPlaceProblems(_ order: [String]) -> [String] {
        order.enumerated().compactMap { index, name in
            guard name.hasPrefix("chain/"), let number = linkNumber(String(name.dropFirst(6))), number != index + 1
            else { return nil }
            return "\(name): is link \(index + 1) of the chain, but its name says \(number)"
        }
    }

    /// The campaign links in chain order: each campaign's steps forward, one at a time.
    static func campaignProblems(order: [String], events: EventLinks) -> [String] {
        EventLink.campaignProblems(order.compactMap { name in events.decoded[name].map { (name, $0) } })
    }
}
