/// A change of the problem ledger or a step of the campaign as a link of the hash chain
/// (docs/draw-algorithm.md §6), in the form that is published (`PUBLIC/chain/ID.json`).
///
/// The link carries only what may be public: its kind, the day it was made and, for a campaign
/// step, the step and the hashes the step froze. Everything else — who, when to the second,
/// the finding, its facts, the reason — is in the daemon's private entry, whose SHA-256 is the
/// link's `digest`. The private entry holds 32 random bytes of salt, so the digest confirms no
/// guess of its content; auditors read the private entry from the daemon and check the digest.
public struct EventLink: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case ledger, campaign
    }

    public var kind: Kind
    /// The civil day the link was made on (the daemon's zone).
    public var day: Day
    /// Public facts; a campaign step: `campaign` (the basis document's SHA-256), `from`, `to`,
    /// and what the step froze (`roster_sha256`, `prohibitions_sha256`, `unchecked`). Absent for
    /// a ledger change.
    public var facts: [String: String]?
    /// SHA-256 (hex) of the private entry's bytes.
    public var digest: String
    public var previousRecordHash: String?

    public init(kind: Kind, day: Day, facts: [String: String]?, digest: String, previousRecordHash: String?) {
        self.kind = kind
        self.day = day
        self.facts = facts.flatMap { $0.isEmpty ? nil : $0 }
        self.digest = digest
        self.previousRecordHash = previousRecordHash
    }

    /// The campaign's steps in their order, as named in a campaign link.
    public static let campaignSteps = ["mobilisation", "self-inspection", "supervision", "summing-up", "closed"]

    public var canonicalJSON: [UInt8] {
        var fields: [(String, JSONText)] = [
            ("kind", .string(kind.rawValue)), ("day", .string(day.description)), ("digest", .string(digest)),
        ]
        if let facts, !facts.isEmpty {
            fields.append(("facts", .object(facts.map { ($0.key, JSONText.string($0.value)) })))
        }
        if let previousRecordHash { fields.append(("previousRecordHash", .string(previousRecordHash))) }
        return JSONText.object(fields).rendered() + [10]
    }

    /// SHA-256 of `canonicalJSON`: the hash the next link names.
    public var hash: String { sha256Hex(canonicalJSON) }

    /// What is wrong with the link on its own, each problem naming `name` and the field; with
    /// `bytes` (the file as published), also when they are not the link's canonical JSON.
    public func problems(name: String, bytes: [UInt8]? = nil) -> [String] {
        var out: [String] = []
        if let bytes, bytes != canonicalJSON {
            out.append("\(name): not in canonical JSON, or holds a field a chain link does not have")
        }
        if digest.count != 64 || !digest.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) {
            out.append("\(name) digest: not 64 lower-case hex digits")
        }
        switch kind {
        case .ledger:
            if facts != nil { out.append("\(name) facts: a ledger link publishes no facts") }
        case .campaign:
            for key in ["campaign", "from", "to"] where facts?[key] == nil {
                out.append("\(name) facts.\(key): missing (a campaign link names its campaign and step)")
            }
            for key in ["from", "to"] {
                if let step = facts?[key], !Self.campaignSteps.contains(step) {
                    out.append("\(name) facts.\(key): '\(step)' is not a campaign step")
                }
            }
        }
        return out
    }

    /// The campaign links in chain order, each `(name, link)`: every campaign's steps must go
    /// forward one at a time from mobilisation, each from the step the one before it went to.
    public static func campaignProblems(_ links: [(name: String, link: EventLink)]) -> [String] {
        var out: [String] = []
        var active: [String: String] = [:]
        for (name, link) in links where link.kind == .campaign {
            guard let facts = link.facts, let campaign = facts["campaign"], let from = facts["from"],
                let to = facts["to"], let fromIndex = campaignSteps.firstIndex(of: from),
                let toIndex = campaignSteps.firstIndex(of: to)
            else { continue }
            let current = active[campaign] ?? campaignSteps[0]
            if from != current {
                out.append(
                    "\(name) facts.from: \(from), but the campaign's step before it in the chain is \(current)")
            }
            if toIndex != fromIndex + 1 {
                out.append(
                    "\(name) facts.to: \(to) is not the step after \(from) (campaign steps go forward one at a time)")
            }
            active[campaign] = to
        }
        return out
    }
}
