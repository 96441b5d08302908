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
    /// The reason in clear: every reason in an order of the first form (no `category`); in the
    /// second form only a ledger sample's reason (`OrderCategory.publicReason`), which names the
    /// hash of the published sample and nothing private.
    public var reason: String?
    /// The second form (docs/draw-algorithm.md §6): the public category of the order.
    public var category: String?
    /// The second form, a category whose reason stays private: `OrderCategory.commitment` of the
    /// reason with a private salt, opened for auditors.
    public var reasonCommitment: String?
    /// `HMAC(seed, "spotcheck/v2/order-salt")` in hex, the seed being the ordered draw's: until
    /// the seed is published, the entry's hash confirms no guess of the reason.
    public var salt: String
    public var previousRecordHash: String?

    /// An order of the first form: the reason published in clear (orders made before categories).
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

    /// An order of the second form: the category, and the reason either in clear (a ledger
    /// sample's) or as its commitment with `reasonSalt` (32 private bytes).
    public init(
        date: Day, pool: String, departments: [String], category: OrderCategory, reason: String,
        reasonSalt: [UInt8], seed: Seed, previousRecordHash: String?
    ) {
        self.date = date
        self.pool = pool
        self.departments = departments
        self.category = category.rawValue
        if category.publicReason {
            self.reason = reason
        } else {
            self.reasonCommitment = OrderCategory.commitment(salt: reasonSalt, reason: reason)
        }
        self.salt = Self.salt(seed: seed)
        self.previousRecordHash = previousRecordHash
    }

    public static func salt(seed: Seed) -> String {
        Hex.encode(seed.mac("spotcheck/v2/order-salt"))
    }

    public var canonicalJSON: [UInt8] {
        var fields: [(String, JSONText)] = [
            ("date", .string(date.description)), ("pool", .string(pool)),
            ("departments", .array(departments.map { .string($0) })),
        ]
        if let reason { fields.append(("reason", .string(reason))) }
        if let category { fields.append(("category", .string(category))) }
        if let reasonCommitment { fields.append(("reasonCommitment", .string(reasonCommitment))) }
        fields.append(("salt", .string(salt)))
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
        out += reasonProblems()
        if salt != Self.salt(seed: seed) {
            out.append("order.json salt: not HMAC(seed, \"spotcheck/v2/order-salt\") of this draw's seed")
        }
        return out
    }

    /// The reason fields of either form: the first form a non-empty reason and nothing else; the
    /// second a known category with the reason in clear exactly for a ledger sample (naming it by
    /// its prefix) and a commitment (64 lowercase hex digits) exactly otherwise.
    func reasonProblems() -> [String] {
        func empty(_ text: String) -> Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }
        guard let category else {
            if reasonCommitment != nil {
                return ["order.json reasonCommitment: an order without a category carries none"]
            }
            return empty(reason ?? "") ? ["order.json reason: is empty"] : []
        }
        guard let known = OrderCategory(rawValue: category) else {
            return [
                "order.json category: '\(category)' is not one of \(OrderCategory.allCases.map(\.rawValue).joined(separator: ", "))"
            ]
        }
        var out: [String] = []
        if known.publicReason {
            if let reasonCommitment {
                out.append(
                    "order.json reasonCommitment: '\(reasonCommitment)', a \(category) order publishes its reason")
            }
            if let reason, let prefix = known.reasonPrefix, !reason.hasPrefix(prefix) {
                out.append("order.json reason: does not begin with '\(prefix)' (category \(category))")
            } else if reason == nil || empty(reason ?? "") {
                out.append("order.json reason: is empty (a \(category) order publishes its reason)")
            }
        } else {
            if reason != nil {
                out.append(
                    "order.json reason: published in clear, a \(category) order publishes only its reasonCommitment")
            }
            if !OrderCategory.isDigest(reasonCommitment ?? "") {
                out.append(
                    "order.json reasonCommitment: \(reasonCommitment.map { "'\($0)'" } ?? "missing"), not a SHA-256 in lowercase hex (64 digits)"
                )
            }
        }
        return out
    }
}

/// The public category of an ordered inspection (docs/draw-algorithm.md §6). A coordinator's
/// order states one of `complaint`, `leadership` or `other`; the daemon's ledger draws are
/// `ledger-verification`, `ledger-recheck` or `ledger-honesty`. The reason itself is published
/// only as a salted commitment, except a ledger sample's, which names nothing but the hash of
/// the sample published beside it.
public enum OrderCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case complaint
    case leadership
    case other
    case ledgerVerification = "ledger-verification"
    case ledgerRecheck = "ledger-recheck"
    case ledgerHonesty = "ledger-honesty"

    /// The categories a coordinator may give an order.
    public static let ordered: [OrderCategory] = [.complaint, .leadership, .other]

    /// The reason is published in clear (a ledger sample's: it names the sample's hash).
    public var publicReason: Bool { self == .ledgerRecheck || self == .ledgerHonesty }

    /// How the daemon's reasons of this category begin.
    public var reasonPrefix: String? {
        switch self {
        case .ledgerVerification: "ledger verification "
        case .ledgerRecheck: "ledger recheck "
        case .ledgerHonesty: "ledger honesty "
        default: nil
        }
    }

    /// The category of a ledger draw's reason, by its prefix; nil for any other reason.
    public static func ofLedgerReason(_ reason: String) -> OrderCategory? {
        [OrderCategory.ledgerVerification, .ledgerRecheck, .ledgerHonesty].first { category in
            category.reasonPrefix.map(reason.hasPrefix) ?? false
        }
    }

    /// The salt length, in bytes.
    public static let saltBytes = 32

    /// Lowercase hex of `SHA-256("spotcheck/v3/order-reason\n" + hex(salt) + "\n" + reason)`.
    public static func commitment(salt: [UInt8], reason: String) -> String {
        sha256Hex(Array("spotcheck/v3/order-reason\n\(Hex.encode(salt))\n".utf8) + Array(reason.utf8))
    }

    static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
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
        if let chosenBy { fields.append(("chosenBy", .string(chosenBy))) }
        if let passedOver { fields.append(("passedOver", .array(passedOver.map { .string($0) }))) }
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
