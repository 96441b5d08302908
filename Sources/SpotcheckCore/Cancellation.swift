/// A coordinator's cancellation of an ordered inspection (docs/draw-algorithm.md §6): an entry of
/// the hash chain after the draw's record (and its replacements). The draw and its record stay;
/// the entry says that its teams were called off, when and why. Published as `cancellation.json`
/// beside the record.
public struct CancellationEntry: Sendable, Hashable, Codable {
    /// The draw's id, as replacement entries name it.
    public var draw: String
    /// SHA-256 of the cancelled draw's record.
    public var record: String
    public var reason: String
    /// When, as local time with offset.
    public var at: String
    /// `HMAC(seed, "spotcheck/v2/cancellation-salt")` in hex, the seed being the draw's: until
    /// the seed is published, the entry's hash confirms no guess of the reason.
    public var salt: String
    public var previousRecordHash: String?

    public init(draw: String, record: String, reason: String, at: String, seed: Seed, previousRecordHash: String?) {
        self.draw = draw
        self.record = record
        self.reason = reason
        self.at = at
        self.salt = Self.salt(seed: seed)
        self.previousRecordHash = previousRecordHash
    }

    /// The fields a cancellation entry has.
    public static let keys: Set<String> = ["draw", "record", "reason", "at", "salt", "previousRecordHash"]

    public static func salt(seed: Seed) -> String {
        Hex.encode(seed.mac("spotcheck/v2/cancellation-salt"))
    }

    public var canonicalJSON: [UInt8] {
        var fields: [(String, JSONText)] = [
            ("draw", .string(draw)), ("record", .string(record)), ("reason", .string(reason)), ("at", .string(at)),
            ("salt", .string(salt)),
        ]
        if let previousRecordHash { fields.append(("previousRecordHash", .string(previousRecordHash))) }
        return JSONText.object(fields).rendered() + [10]
    }

    public var hash: String { sha256Hex(canonicalJSON) }

    /// Where the entry does not belong to the ordered draw whose record is `recordBytes` (drawn
    /// with `seed`), each naming the field; with `bytes` (the file as published), also when they
    /// are not the entry's canonical JSON.
    public func differences(record: DrawRecord, recordBytes: [UInt8], seed: Seed, bytes: [UInt8]? = nil) -> [String] {
        var out: [String] = []
        if let bytes, bytes != canonicalJSON {
            out.append("cancellation.json: not in canonical JSON, or holds a field a cancellation entry does not have")
        }
        if record.kind != .ordered {
            out.append("cancellation.json: the draw is not an ordered one (only an order can be cancelled)")
        }
        let recordHash = sha256Hex(recordBytes)
        if self.record != recordHash {
            out.append("cancellation.json record: \(self.record), the record hashes to \(recordHash)")
        }
        if reason.allSatisfy({ $0 == " " || $0 == "\t" }) { out.append("cancellation.json reason: is empty") }
        if previousRecordHash == nil {
            out.append("cancellation.json previousRecordHash: missing (a cancellation is an entry of the hash chain)")
        }
        if salt != Self.salt(seed: seed) {
            out.append("cancellation.json salt: not HMAC(seed, \"spotcheck/v2/cancellation-salt\") of this draw's seed")
        }
        return out
    }
}
