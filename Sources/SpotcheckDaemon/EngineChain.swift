import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import SpotcheckSystem

/// The hash chain's orders and replacements (docs/draw-algorithm.md §6): made with what they
/// link, published beside the record, checked link by link.
extension Engine {
    /// An ordered draw's order entry, following the chain's head and salted with the draw's seed:
    /// its public category, and its reason as a commitment with `reasonSalt` (a ledger sample's
    /// reason in clear).
    static func orderEntry(
        pool: String, day: Day, departments: [String], category: OrderCategory, reason: String, reasonSalt: [UInt8],
        seed: Seed, head: String?
    ) -> OrderEntry {
        OrderEntry(
            date: day, pool: pool, departments: departments, category: category, reason: reason,
            reasonSalt: reasonSalt, seed: seed, previousRecordHash: head)
    }

    /// The chain entry of a replacement about to be stored as the draw's replacement number
    /// `index`: given the chain's head at that moment, its canonical bytes and hash.
    static func replacementEntry(
        _ replacement: Replacement, draw: StoredDraw, index: Int, chosenBy: ReplacementChoice? = nil,
        passedOver: [String] = []
    )
        -> @Sendable (String?) -> (bytes: [UInt8], hash: String)
    {
        var salted = entry(replacement)
        salted.chosenBy = chosenBy?.rawValue
        salted.passedOver = passedOver.isEmpty ? nil : passedOver
        salted.salt = draw.seed.map { DaySoFar.Replacement.salt(seed: $0, index: index) }
        let entry = salted
        return { head in
            var linked = entry
            linked.previousRecordHash = head
            return (linked.canonicalJSON, linked.hash)
        }
    }

    /// The draw's replacements as chained (made before the chain covered them: as stored).
    func chainedReplacements(_ draw: StoredDraw) throws -> [DaySoFar.Replacement] {
        let chained = try store.chainEntries(drawID: draw.id).filter { $0.kind == .replacement }
        let decoder = JSONDecoder()
        let byID = Dictionary(
            uniqueKeysWithValues: try chained.compactMap { link -> (Int64, DaySoFar.Replacement)? in
                guard let id = link.replacementID, let bytes = link.entry else { return nil }
                return (id, try decoder.decode(DaySoFar.Replacement.self, from: Data(bytes)))
            })
        return try store.replacements(drawID: draw.id).map { stored in
            stored.id.flatMap { byID[$0] } ?? Self.entry(stored)
        }
    }

    /// Writes `order.json` (an ordered draw's order entry, as hashed), `replacements.json` and
    /// `cancellation.json` (EngineCancel.swift).
    func publishChainEntries(_ draw: StoredDraw, folder: String) throws {
        let replacements = try chainedReplacements(draw)
        if !replacements.isEmpty {
            try AtomicFile.write(
                DaySoFar.Replacement.canonicalJSON(replacements), to: "\(folder)/replacements.json", mode: 0o644)
        }
        if let cancellation = try store.chainEntries(drawID: draw.id).first(where: { $0.kind == .cancellation }),
            let bytes = cancellation.entry
        {
            try AtomicFile.write(bytes, to: "\(folder)/cancellation.json", mode: 0o644)
        }
        guard draw.kind == .targeted else { return }
        if let order = try store.chainEntries(drawID: draw.id).first(where: { $0.kind == .order }),
            let bytes = order.entry
        {
            try AtomicFile.write(bytes, to: "\(folder)/order.json", mode: 0o644)
        } else {
            // Ordered before the chain covered orders: the reason alone, as it was published then.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try AtomicFile.write(
                Array(try encoder.encode(["reason": draw.orderReason ?? ""])) + [0x0A], to: "\(folder)/order.json",
                mode: 0o644)
        }
    }

    /// Checks the stored chain link by link: each link's bytes hash to the hash kept, and each
    /// names the one before it.
    func verifyChain() throws -> ControlMessages.ChainReply {
        var previous: String?
        var checked = 0
        var draws: [Int64: StoredDraw] = [:]
        for draw in try store.draws() { draws[draw.id] = draw }
        for link in try store.chainEntries() {
            checked += 1
            let what: String
            let bytes: [UInt8]?
            var linksTo: String?
            switch link.kind {
            case .record:
                what = "its record"
                bytes = draws[link.drawID]?.record
                if let bytes {
                    linksTo = try RecordCoding.decodeRecord(bytes, file: "draw \(link.drawID)").previousRecordHash
                }
            case .order:
                what = "its order entry"
                bytes = link.entry
                if let bytes {
                    linksTo = try JSONDecoder().decode(OrderEntry.self, from: Data(bytes)).previousRecordHash
                }
            case .replacement:
                what = "replacement entry \(link.replacementID.map(String.init) ?? "?")"
                bytes = link.entry
                if let bytes {
                    linksTo = try JSONDecoder().decode(DaySoFar.Replacement.self, from: Data(bytes)).previousRecordHash
                }
            case .cancellation:
                what = "the cancellation of draw \(link.drawID)"
                bytes = link.entry
                if let bytes {
                    linksTo = try JSONDecoder().decode(CancellationEntry.self, from: Data(bytes)).previousRecordHash
                }
            case .ledger, .campaign:
                // Its public bytes and its private entry against the digest (EngineLinks.swift).
                what = "\(link.kind.rawValue) link \(link.id)"
                bytes = link.entry
                let event = Self.eventLinkProblem(link)
                linksTo = event.linksTo
                if let problem = event.problem {
                    return ControlMessages.ChainReply(
                        checked: checked, broken: ControlMessages.ChainLink(drawId: 0, problem: problem))
                }
            }
            var problem: String?
            if let bytes {
                let hash = RecordCoding.hash(bytes)
                if hash != link.hash {
                    problem = "\(what): the bytes hash to \(hash), the chain says \(link.hash)"
                } else if linksTo != previous {
                    problem =
                        "\(what) links to \(linksTo ?? "nothing"), the link before it hashes to \(previous ?? "nothing")"
                }
            } else {
                problem = "\(what) is missing"
            }
            if let problem {
                return ControlMessages.ChainReply(
                    checked: checked, broken: ControlMessages.ChainLink(drawId: link.drawID, problem: problem))
            }
            previous = link.hash
        }
        return ControlMessages.ChainReply(checked: checked, broken: nil)
    }
}
