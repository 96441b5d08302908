/// Everything a draw decided and everything needed to check it, except the seed itself, which is
/// revealed separately after the inspection day.
public struct DrawRecord: Sendable, Hashable, Codable {
    public static let currentAlgorithm = "spotcheck-draw/3"
    /// Every algorithm this build draws and verifies (DayReciprocal.swift tells them apart).
    public static let knownAlgorithms: Set<String> = ["spotcheck-draw/2", "spotcheck-draw/3"]

    public enum Mode: String, Sendable, Hashable, Codable {
        /// Targets sampled by weight from the pool.
        case random
        /// Targets named by a coordinator; only the teams are drawn.
        case targeted
    }

    public var algorithm: String
    public var date: Day
    public var pool: String
    /// Scheduled (targets sampled from the pool) or ordered (targets named by a coordinator).
    public var kind: Commitment.Kind
    /// The departments of an ordered draw, in the order named; `nil` for a scheduled draw.
    public var orderedDepartments: [String]?
    /// The policy the draw was made under, for readers. Verifiers take the policy from a policy
    /// file and check it against `policyHash`; they never trust this copy.
    public var policy: Policy
    /// SHA-256 of the policy's canonical text.
    public var policyHash: String
    /// SHA-256 of the roster's canonical text.
    public var snapshotHash: String
    /// SHA-256 of the seed.
    public var seedCommitment: String
    /// Hash of the record before this one in the chain, if any.
    public var previousRecordHash: String?
    /// Departments that could be drawn (in the pool, weight > 0, not cooling down).
    public var eligibleDepartments: Int
    /// Their total weight.
    public var eligibleWeight: Int
    /// Every department considered, in sample order.
    public var picks: [Pick]
    /// The inspections: one team per target, in sample order.
    public var teams: [Team]
    /// How many targets the policy asked for that could not be filled.
    public var shortfall: Int
    /// A scheduled draw with a hidden complaint-driven slot: the hash that binds its department
    /// (`HiddenSlot.commitment`); absent otherwise.
    public var hiddenSlot: String? = nil
    /// The visit mode fixed at commitment (`open` or `covert`), bound into the record and the
    /// commitment since visit modes are; absent in records made before (docs/draw-algorithm.md §1).
    public var visit: String? = nil
    /// `DrawRecord.salt(seed:)`: a value of the secret seed, so that the record's hash, public
    /// before the reveal (the next commitment's `previousRecordHash`), cannot be matched by trying
    /// candidate records; absent in records made before (docs/draw-algorithm.md §1).
    public var salt: String? = nil

    /// The record's salt: `HMAC(seed, "spotcheck/v2/record-salt")` in lowercase hex.
    public static func salt(seed: Seed) -> String {
        Hex.encode(seed.mac("spotcheck/v2/record-salt"))
    }

    public struct Pick: Sendable, Hashable, Codable {
        public enum Outcome: String, Sendable, Hashable, Codable {
            /// Drawn and staffed.
            case target
            /// Could not be staffed; the next department in sample order took its place.
            case replaced
            /// Named by a coordinator but could not be staffed.
            case unstaffed
        }

        /// 1-based position in sample order.
        public var order: Int
        public var department: String
        /// The department's weight when drawn (random draws).
        public var weight: Int?
        /// The total weight still undrawn at this pick; the ticket is uniform below it.
        public var remainingWeight: Int?
        /// The random value that chose the department.
        public var ticket: String?
        /// Which HMAC attempt produced the ticket (0 unless a value was rejected).
        public var attempt: Int?
        public var outcome: Outcome
        /// Why it could not be staffed.
        public var blocker: Blocker?
        /// The department that took its place.
        public var replacedBy: String?
    }

    public struct Team: Sendable, Hashable, Codable {
        public var department: String
        public var departmentName: String
        public var members: [Member]
    }

    public struct Member: Sendable, Hashable, Codable {
        public enum Role: String, Sendable, Hashable, Codable {
            case lead
            case member
        }

        public var inspector: String
        public var name: String
        public var home: String
        public var role: Role

        public init(inspector: String, name: String, home: String, role: Role) {
            self.inspector = inspector
            self.name = name
            self.home = home
            self.role = role
        }
    }

    /// The departments that received a team.
    public var targets: [String] { teams.map(\.department) }

    /// Random for a scheduled draw, targeted for an ordered one.
    public var mode: Mode { kind == .scheduled ? .random : .targeted }

    /// The commitment this record binds: the same fields, published before the result.
    public var commitment: Commitment {
        Commitment(
            algorithm: algorithm, date: date, pool: pool, kind: kind, orderedDepartments: orderedDepartments,
            seedCommitment: seedCommitment, snapshotHash: snapshotHash, policyHash: policyHash,
            previousRecordHash: previousRecordHash, hiddenSlot: hiddenSlot, visit: visit)
    }
}

extension DrawRecord {
    enum CodingKeys: String, CodingKey {
        case algorithm, date, pool, kind, orderedDepartments, policy, policyHash, snapshotHash, seedCommitment
        case previousRecordHash, eligibleDepartments, eligibleWeight, picks, teams, shortfall
        case hiddenSlot, visit, salt
    }

    /// The key `spotcheck-draw/1` records used instead of `kind`.
    fileprivate enum LegacyKeys: String, CodingKey {
        case mode
    }

    /// Reads `spotcheck-draw/2` records, and `spotcheck-draw/1` ones well enough to show them and
    /// to say that they are of the old algorithm: their `mode` stands in for `kind`, and their
    /// policy hash is left empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        algorithm = try container.decode(String.self, forKey: .algorithm)
        date = try container.decode(Day.self, forKey: .date)
        pool = try container.decode(String.self, forKey: .pool)
        picks = try container.decode([Pick].self, forKey: .picks)
        if let kind = try container.decodeIfPresent(Commitment.Kind.self, forKey: .kind) {
            self.kind = kind
            orderedDepartments = try container.decodeIfPresent([String].self, forKey: .orderedDepartments)
        } else {
            let legacy = try decoder.container(keyedBy: LegacyKeys.self)
            let mode = try legacy.decode(Mode.self, forKey: .mode)
            kind = mode == .random ? .scheduled : .ordered
            orderedDepartments = mode == .random ? nil : picks.map(\.department)
        }
        policy = try container.decode(Policy.self, forKey: .policy)
        policyHash = try container.decodeIfPresent(String.self, forKey: .policyHash) ?? ""
        snapshotHash = try container.decode(String.self, forKey: .snapshotHash)
        seedCommitment = try container.decode(String.self, forKey: .seedCommitment)
        previousRecordHash = try container.decodeIfPresent(String.self, forKey: .previousRecordHash)
        eligibleDepartments = try container.decode(Int.self, forKey: .eligibleDepartments)
        eligibleWeight = try container.decode(Int.self, forKey: .eligibleWeight)
        teams = try container.decode([Team].self, forKey: .teams)
        shortfall = try container.decode(Int.self, forKey: .shortfall)
        hiddenSlot = try container.decodeIfPresent(String.self, forKey: .hiddenSlot)
        visit = try container.decodeIfPresent(String.self, forKey: .visit)
        salt = try container.decodeIfPresent(String.self, forKey: .salt)
    }
}

/// What a draw is bound to before its result is computed: only hashes and names known in
/// advance, nothing that reveals a target. Published as `commitment.json` (`canonicalJSON`).
public struct Commitment: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The pool's scheduled draw: targets sampled by weight.
        case scheduled
        /// A coordinator's order: the named departments, in order; only the teams are drawn.
        case ordered
    }

    public var algorithm: String
    public var date: Day
    public var pool: String
    public var kind: Kind
    /// The departments of an ordered draw, in the order named; `nil` for a scheduled draw.
    public var orderedDepartments: [String]?
    /// SHA-256 of the seed.
    public var seedCommitment: String
    /// SHA-256 of the roster's canonical text.
    public var snapshotHash: String
    /// SHA-256 of the policy's canonical text.
    public var policyHash: String
    /// Hash of the record before this one in the chain, if any.
    public var previousRecordHash: String?
    /// The hash binding a hidden complaint-driven slot's department (`HiddenSlot.commitment`).
    public var hiddenSlot: String?
    /// The draw's visit mode (`open` or `covert`), when the commitment binds it.
    public var visit: String?

    /// The values `visit` may take.
    public static let visitModes: Set<String> = ["open", "covert"]

    public init(
        algorithm: String = DrawRecord.currentAlgorithm, date: Day, pool: String, kind: Kind,
        orderedDepartments: [String]?, seedCommitment: String, snapshotHash: String, policyHash: String,
        previousRecordHash: String?, hiddenSlot: String? = nil, visit: String? = nil
    ) {
        self.hiddenSlot = hiddenSlot
        self.visit = visit
        self.algorithm = algorithm
        self.date = date
        self.pool = pool
        self.kind = kind
        self.orderedDepartments = orderedDepartments
        self.seedCommitment = seedCommitment
        self.snapshotHash = snapshotHash
        self.policyHash = policyHash
        self.previousRecordHash = previousRecordHash
    }

    /// The canonical JSON bytes: keys sorted, two-space indentation, `"key" : value`, absent
    /// optional fields left out, a final line feed (the same form as records).
    public var canonicalJSON: [UInt8] {
        var fields: [(String, JSONText)] = [
            ("algorithm", .string(algorithm)), ("date", .string(date.description)), ("kind", .string(kind.rawValue)),
            ("policyHash", .string(policyHash)), ("pool", .string(pool)), ("seedCommitment", .string(seedCommitment)),
            ("snapshotHash", .string(snapshotHash)),
        ]
        if let orderedDepartments {
            fields.append(("orderedDepartments", .array(orderedDepartments.map { .string($0) })))
        }
        if let previousRecordHash { fields.append(("previousRecordHash", .string(previousRecordHash))) }
        if let hiddenSlot { fields.append(("hiddenSlot", .string(hiddenSlot))) }
        if let visit { fields.append(("visit", .string(visit))) }
        var out = JSONText.object(fields).rendered()
        out.append(10)
        return out
    }

    /// The differences between two commitments, each naming the field.
    public func differences(from other: Commitment) -> [String] {
        var out: [String] = []
        func compare(_ name: String, _ a: String?, _ b: String?) {
            if a != b {
                out.append("\(name): the commitment says \(a ?? "nothing"), the record says \(b ?? "nothing")")
            }
        }
        compare("algorithm", algorithm, other.algorithm)
        compare("date", date.description, other.date.description)
        compare("pool", pool, other.pool)
        compare("kind", kind.rawValue, other.kind.rawValue)
        compare(
            "orderedDepartments", orderedDepartments?.joined(separator: ","),
            other.orderedDepartments?.joined(separator: ","))
        compare("seedCommitment", seedCommitment, other.seedCommitment)
        compare("snapshotHash", snapshotHash, other.snapshotHash)
        compare("policyHash", policyHash, other.policyHash)
        compare("previousRecordHash", previousRecordHash, other.previousRecordHash)
        compare("hiddenSlot", hiddenSlot, other.hiddenSlot)
        compare("visit", visit, other.visit)
        return out
    }
}

/// A JSON value written the way the project writes records: Foundation's pretty printing with
/// sorted keys and unescaped slashes.
indirect enum JSONText {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([JSONText])
    case object([(String, JSONText)])

    func rendered() -> [UInt8] {
        var out: [UInt8] = []
        write(&out, indent: 0)
        return out
    }

    private func write(_ out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): JSONText.quote(text, &out)
        case .integer(let value): out += Array(String(value).utf8)
        case .boolean(let value): out += Array((value ? "true" : "false").utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            out.append(10)
            for (index, item) in items.enumerated() {
                out += [UInt8](repeating: 32, count: indent + 2)
                item.write(&out, indent: indent + 2)
                if index + 1 < items.count { out.append(UInt8(ascii: ",")) }
                out.append(10)
            }
            out += [UInt8](repeating: 32, count: indent)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            out.append(10)
            let sorted = fields.sorted { idLess($0.0, $1.0) }
            for (index, (key, value)) in sorted.enumerated() {
                out += [UInt8](repeating: 32, count: indent + 2)
                JSONText.quote(key, &out)
                out += Array(" : ".utf8)
                value.write(&out, indent: indent + 2)
                if index + 1 < sorted.count { out.append(UInt8(ascii: ",")) }
                out.append(10)
            }
            out += [UInt8](repeating: 32, count: indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func quote(_ text: String, _ out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [92, UInt8(ascii: "\"")]
            case 92: out += [92, 92]
            case 10: out += [92, UInt8(ascii: "n")]
            case 13: out += [92, UInt8(ascii: "r")]
            case 9: out += [92, UInt8(ascii: "t")]
            case 8: out += [92, UInt8(ascii: "b")]
            case 12: out += [92, UInt8(ascii: "f")]
            case 0..<32: out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
