/// A random sample the problem ledger checks on site: the re-checks (回头看) of findings closed
/// in a period, or the honesty sample among departments whose self-inspection reported no
/// problem. It is drawn from the seed of the ordered draw that staffs the visits, so the seed
/// revealed with that draw lets anyone recompute it (docs/ledger.md, "Ledger draws").
///
/// `ledger-sample.json` in the draw's public folder is this value in canonical JSON; the draw's
/// order reason names its SHA-256, so the sample is a link of the chain like the order itself.
public struct LedgerSample: Sendable, Hashable, Codable {
    public static let currentFormat = "spotcheck-ledger-sample/1"

    public enum Kind: String, Sendable, Hashable, Codable {
        /// Findings closed in the period, re-inspected on site.
        case recheck
        /// Departments with no self-inspection finding, inspected to see whether that is true.
        case honesty
    }

    /// One member of the population: a finding and its department (re-checks), or a department
    /// standing for itself (honesty sample).
    public struct Item: Sendable, Hashable, Codable {
        public var id: String
        public var department: String

        public init(id: String, department: String) {
            self.id = id
            self.department = department
        }
    }

    public var format: String
    public var kind: Kind
    /// The period the sample is for, `YYYY-MM`.
    public var period: String
    /// Re-checks: the configured share in percent; `count` is `ceil(population × share / 100)`.
    public var share: Int?
    /// How many members are selected.
    public var count: Int
    /// Every member that could be selected, sorted by id bytes.
    public var population: [Item]
    /// The selected members, in rank order.
    public var selected: [Item]

    /// Draws the sample: the population sorted by id bytes, ranked by
    /// `HMAC(seed, "spotcheck/ledger/KIND/PERIOD/" + id)` (32 bytes compared as bytes, ties by id),
    /// the first `count` of them. `count` is clamped to the population.
    public static func draw(
        kind: Kind, period: String, share: Int?, count: Int, population: [Item], seed: Seed
    ) -> LedgerSample {
        let sorted = population.sorted { idLess($0.id, $1.id) }
        let keys = sorted.map { seed.mac("spotcheck/ledger/\(kind.rawValue)/\(period)/\($0.id)") }
        let order = sorted.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            return a < b
        }
        let wanted = max(0, min(count, sorted.count))
        return LedgerSample(
            format: currentFormat, kind: kind, period: period, share: share, count: wanted, population: sorted,
            selected: order.prefix(wanted).map { sorted[$0] })
    }

    /// How many of `population` findings a share of `percent` re-checks: rounded up, so that any
    /// share above zero checks at least one.
    public static func recheckCount(population: Int, percent: Int) -> Int {
        guard population > 0, percent > 0 else { return 0 }
        return min(population, (population * percent + 99) / 100)
    }

    /// The departments the sample visits: those of the selected members, each once, in rank order.
    public var departments: [String] {
        var seen = Set<String>()
        return selected.map(\.department).filter { seen.insert($0).inserted }
    }

    /// The canonical JSON (docs/draw-algorithm.md §1), as published.
    public var canonicalJSON: [UInt8] {
        func item(_ item: Item) -> JSONText {
            .object([("department", .string(item.department)), ("id", .string(item.id))])
        }
        var fields: [(String, JSONText)] = [
            ("count", .integer(count)), ("format", .string(format)), ("kind", .string(kind.rawValue)),
            ("period", .string(period)), ("population", .array(population.map(item))),
            ("selected", .array(selected.map(item))),
        ]
        if let share { fields.append(("share", .integer(share))) }
        return JSONText.object(fields).rendered() + [10]
    }

    /// SHA-256 of the canonical JSON, lowercase hex: what the order reason names.
    public var hash: String { sha256Hex(canonicalJSON) }

    /// The order reason of the draw that visits the sample; it binds the sample into the chain.
    public var orderReason: String {
        "ledger \(kind.rawValue) \(period): sample \(hash)"
    }

    /// Checks a published sample against the seed of its draw, the draw's ordered departments
    /// and its order reason: the format, the population's order, the count, the selection
    /// recomputed from the seed, the departments visited, and the hash the reason names. Each
    /// problem names the field at fault; empty when all holds.
    public func problems(seed: Seed, orderedDepartments: [String]?, orderReason: String?, bytes: [UInt8]?) -> [String] {
        var problems: [String] = []
        let file = "ledger-sample.json"
        if format != Self.currentFormat {
            problems.append("\(file) format: is '\(format)', this build checks '\(Self.currentFormat)'")
        }
        if let bytes, bytes != canonicalJSON {
            problems.append("\(file): not in canonical JSON, or holds fields that are not part of a sample")
        }
        if Set(population.map(\.id)).count != population.count {
            problems.append("\(file) population: an id appears more than once")
        }
        if kind == .recheck {
            let expected = Self.recheckCount(population: population.count, percent: share ?? 0)
            if share == nil { problems.append("\(file) share: missing (a re-check sample states its share)") }
            if count != expected {
                problems.append(
                    "\(file) count: is \(count), a share of \(share ?? 0)% of \(population.count) is \(expected)")
            }
        }
        let again = Self.draw(
            kind: kind, period: period, share: share, count: count, population: population, seed: seed)
        if again.population != population {
            problems.append("\(file) population: not sorted by id")
        }
        if again.selected != selected {
            problems.append(
                "\(file) selected: the file says [\(selected.map(\.id).joined(separator: ", "))], the seed selects [\(again.selected.map(\.id).joined(separator: ", "))]"
            )
        }
        if let orderedDepartments, orderedDepartments != again.departments {
            problems.append(
                "orderedDepartments: the record visits [\(orderedDepartments.joined(separator: ", "))], the sample's departments are [\(again.departments.joined(separator: ", "))]"
            )
        }
        // The reason names the hash of the file as published.
        let named = orderReasonNaming(bytes.map(sha256Hex) ?? hash)
        if orderReason != named {
            problems.append(
                "order.json reason: is '\(orderReason ?? "missing")', the sample's hash makes it '\(named)'")
        }
        return problems
    }

    private func orderReasonNaming(_ hash: String) -> String {
        "ledger \(kind.rawValue) \(period): sample \(hash)"
    }
}
