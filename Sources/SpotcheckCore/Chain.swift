/// The hash chain of what was decided (docs/draw-algorithm.md §6): draw records, the orders that
/// ordered draws were made for, and the replacements made to issued teams, each naming the hash
/// of the one made before it in `previousRecordHash`. An entry's hash is the SHA-256 of its
/// canonical JSON (a record's: of its bytes, which are canonical JSON).

/// A coordinator's order of a targeted inspection: published as `order.json`. Made when the
/// order is given, just before its draw commits, so the ordered draw's `previousRecordHash` is
/// this entry's hash.
public struct OrderEntry: Sendable, Hashable, Codable {
    public var date: Day
    public var pool: String
    /// The departments named, in the order named (the record's `orderedDepartments`).
    public var departments: [String]
    public var reason: String
    /// `HMAC(seed, "spotcheck/v2/order-salt")` in hex, the seed being the ordered draw's: until
    /// the seed is published, the entry's hash confirms no guess of the reason.
    public var salt: String
    public var previousRecordHash: String?

    public init(
        date: Day, pool: String, departments: [String], reason: String, seed: Seed, previousRecordHash: String?
    ) {
        self.date = date
        self.pool = pool
        self.departments = departments
        self.reason = reason
        self.salt = Self.salt(seed: seed)
        self.previousRecordHash = previousRecordHash
    }

    public static func salt(seed: Seed) -> String {
        Hex.encode(seed.mac("spotcheck/v2/order-salt"))
    }

    public var canonicalJSON: [UInt8] {
        var fields: [(String, JSONText)] = [
            ("date", .string(date.description)), ("pool", .string(pool)),
            ("departments", .array(departments.map { .string($0) })), ("reason", .string(reason)),
            ("salt", .string(salt)),
        ]
        if let previousRecordHash { fields.append(("previousRecordHash", .string(previousRecordHash))) }
        return JSONText.object(fields).rendered() + [10]
    }

    public var hash: String { sha256Hex(canonicalJSON) }

    /// Where the entry does not belong to `record` (drawn with `seed`), each naming the field;
    /// with `bytes` (the file as published), also when they are not the entry's canonical JSON.
    public func differences(record: DrawRecord, seed: Seed, bytes: [UInt8]? = nil) -> [String] {
        var out: [String] = []
        if let bytes, bytes != canonicalJSON {
            out.append("order.json: not in canonical JSON, or holds a field an order entry does not have")
        }
        if record.previousRecordHash != hash {
            out.append(
                "order.json: hashes to \(hash), but the record's previousRecordHash is \(record.previousRecordHash ?? "nothing") (the order was edited, or is not the one this draw was made for)"
            )
        }
        if date != record.date { out.append("order.json date: \(date), the record says \(record.date)") }
        if pool != record.pool { out.append("order.json pool: \(pool), the record says \(record.pool)") }
        if departments != (record.orderedDepartments ?? []) {
            out.append(
                "order.json departments: \(departments.joined(separator: ",")), the record's orderedDepartments are \((record.orderedDepartments ?? []).joined(separator: ","))"
            )
        }
        if reason.allSatisfy({ $0 == " " || $0 == "\t" }) { out.append("order.json reason: is empty") }
        if salt != Self.salt(seed: seed) {
            out.append("order.json salt: not HMAC(seed, \"spotcheck/v2/order-salt\") of this draw's seed")
        }
        return out
    }
}

extension DaySoFar.Replacement {
    /// The salt of a draw's replacement number `index` (0 for the first):
    /// `HMAC(seed, "spotcheck/v2/replacement-salt/{index}")` in hex, the seed being the draw's.
    public static func salt(seed: Seed, index: Int) -> String {
        Hex.encode(seed.mac("spotcheck/v2/replacement-salt/\(index)"))
    }

    /// The entry's canonical JSON: what its chain hash is taken over.
    public var canonicalJSON: [UInt8] { jsonText.rendered() + [10] }

    /// SHA-256 of `canonicalJSON`.
    public var hash: String { sha256Hex(canonicalJSON) }

    var jsonText: JSONText {
        var fields: [(String, JSONText)] = [
            ("draw", .string(draw)), ("department", .string(department)), ("out", .string(outgoing)),
            ("in", .string(incoming)), ("reason", .string(reason)), ("at", .string(at)),
        ]
        if let salt { fields.append(("salt", .string(salt))) }
        if let previousRecordHash { fields.append(("previousRecordHash", .string(previousRecordHash))) }
        return .object(fields)
    }

    /// A `replacements.json` file: the entries in the order made, as a canonical JSON array.
    public static func canonicalJSON(_ entries: [DaySoFar.Replacement]) -> [UInt8] {
        JSONText.array(entries.map(\.jsonText)).rendered() + [10]
    }
}

/// The chain fields of a draw's replacements: each entry carries the salt of its place and the
/// hash it follows. (Whether each leaves a valid team is `verifyReplacements`'s question.)
public func verifyReplacementEntries(_ entries: [DaySoFar.Replacement], seed: Seed, bytes: [UInt8]? = nil) -> [String] {
    var out: [String] = []
    if let bytes, bytes != DaySoFar.Replacement.canonicalJSON(entries) {
        out.append("replacements.json: not in canonical JSON, or holds a field a replacement entry does not have")
    }
    for (index, entry) in entries.enumerated() {
        let name = "replacements[\(index)]"
        if entry.previousRecordHash == nil {
            out.append("\(name).previousRecordHash: missing (every replacement is an entry of the hash chain)")
        }
        if entry.salt != DaySoFar.Replacement.salt(seed: seed, index: index) {
            out.append(
                "\(name).salt: not HMAC(seed, \"spotcheck/v2/replacement-salt/\(index)\") of this draw's seed (an entry was edited, moved, deleted or reordered)"
            )
        }
    }
    return out
}

/// One link of a chain as read from a public folder: a name for messages (file and field), the
/// hash of its canonical bytes and the hash it says it follows.
public struct ChainLink: Sendable, Hashable {
    public var name: String
    public var hash: String
    public var previous: String?

    public init(name: String, hash: String, previous: String?) {
        self.name = name
        self.hash = hash
        self.previous = previous
    }
}

/// Puts links in chain order and names every way they fail to form one chain: a chain starts
/// once (the first link follows nothing), every other link follows a link present, and no two
/// links follow the same one. Returns the names in chain order (as far as the links allow) and
/// the problems.
public func orderChain(_ links: [ChainLink]) -> (order: [String], problems: [String]) {
    var problems: [String] = []
    var byHash: [String: ChainLink] = [:]
    for link in links {
        if let other = byHash[link.hash] {
            problems.append("\(link.name): the same bytes as \(other.name)")
        } else {
            byHash[link.hash] = link
        }
    }
    let starts = links.filter { $0.previous == nil }
    if starts.isEmpty, !links.isEmpty {
        problems.append("no record or entry starts the chain (the first one is missing)")
    } else if starts.count > 1 {
        problems.append(
            "the chain starts more than once: \(starts.map(\.name).joined(separator: ", ")) follow nothing")
    }
    var next: [String: [ChainLink]] = [:]
    for link in links {
        guard let previous = link.previous else { continue }
        if byHash[previous] == nil {
            problems.append(
                "\(link.name) previousRecordHash: \(previous) is the hash of no record or entry in the folder (the one before it was deleted or edited)"
            )
        }
        next[previous, default: []].append(link)
    }
    for (previous, followers) in next.sorted(by: { $0.key < $1.key }) where followers.count > 1 {
        problems.append(
            "\(followers.map(\.name).joined(separator: " and ")) all follow \(byHash[previous]?.name ?? previous)")
    }
    // One link ends the chain; another that nothing follows was edited (its follower names the
    // bytes it had) or lost what came after it.
    let ends = links.filter { next[$0.hash] == nil }
    if ends.count > 1 {
        problems.append(
            "the chain ends more than once: nothing follows \(ends.map(\.name).joined(separator: ", ")) (one was edited, or what followed it is missing)"
        )
    }
    var order: [String] = []
    var current = starts.count == 1 ? starts.first : nil
    var seen = Set<String>()
    while let link = current, seen.insert(link.hash).inserted {
        order.append(link.name)
        current = next[link.hash]?.first
    }
    return (order, problems)
}
