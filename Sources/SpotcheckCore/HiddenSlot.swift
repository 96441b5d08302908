import Crypto

/// A complaint-driven inspection hidden among a scheduled draw's random picks
/// (docs/draw-algorithm.md §8).
///
/// The department a complaint names is bound at commitment time by `commitment`, the SHA-256
/// of the department and a 32-byte salt from the kernel, independent of the seed. The draw's
/// tickets and the slot the department takes come from a key that needs both the seed and the
/// salt, so that revealing the seed tells nobody which target was not random; the salt is
/// published once the complaint is closed (the *opening*), and from then on anyone re-derives
/// the whole record: the hidden department was fixed before the draw (its hash was published
/// before the result), and every other pick is the sampler's (none was swapped out).
public struct HiddenSlot: Sendable, Hashable {
    public let department: String
    public let salt: [UInt8]

    /// A hidden slot for `department` with a 32-byte `salt`; nil for another length.
    public init?(department: String, salt: [UInt8]) {
        guard salt.count == 32, !department.isEmpty else { return nil }
        self.department = department
        self.salt = salt
    }

    /// Parses the opening as published: the department and 64 hex digits of salt.
    public init?(department: String, saltHex: String) {
        guard let salt = Hex.decode(saltHex) else { return nil }
        self.init(department: department, salt: salt)
    }

    public var saltHex: String { Hex.encode(salt) }

    /// `SHA-256("spotcheck/v2/hidden-slot\n" + department + "\n" + salt hex)`, lowercase hex:
    /// the commitment's and the record's `hiddenSlot`.
    public var commitment: String {
        Hex.encode(SHA256.hash(data: Array("spotcheck/v2/hidden-slot\n\(department)\n\(saltHex)".utf8)))
    }

    /// The key the draw's tickets come from instead of the seed:
    /// `HMAC(seed, "spotcheck/v2/hidden-key/" + salt hex)`.
    func key(seed: Seed) -> Seed {
        Seed(bytes: seed.mac("spotcheck/v2/hidden-key/\(saltHex)"))!
    }

    /// The pick (1-based) the hidden department takes: `1 + uniform(key,
    /// "spotcheck/v2/hidden-position", targets)`.
    func position(key: Seed, targets: Int) -> Int {
        1 + Int(key.uniform("spotcheck/v2/hidden-position", below: UInt64(max(targets, 1))).value)
    }
}

/// How a record with a hidden slot stands.
public struct HiddenSlotVerification: Sendable, Hashable {
    /// Every difference found, each naming the field; empty when all that could be checked holds.
    public var differences: [String]
    /// Whether the whole record was re-derived (the opening was given); false when only the
    /// teams of the record's picks could be checked.
    public var opened: Bool

    public var reproduces: Bool { differences.isEmpty && opened }
}

/// Checks a scheduled record that carries `hiddenSlot`. Without `opening` (before the complaint
/// is closed): the seed, roster and policy against the record, and that the record's picks, taken
/// in its order, give exactly its outcomes, blockers and teams (so every team is conflict-free
/// and canonical); which picks were random waits for the opening. With `opening`: that it hashes
/// to the record's `hiddenSlot`, and the whole record re-derived from seed, roster, policy and
/// opening, field by field.
public func verifyHidden(
    _ record: DrawRecord, seed: Seed, roster: Roster, policy: Policy, opening: HiddenSlot?,
    commitment: Commitment? = nil
) -> HiddenSlotVerification {
    guard let committed = record.hiddenSlot else {
        return HiddenSlotVerification(
            differences: ["hiddenSlot: the record has none; verify it as any other record"], opened: false)
    }
    // Everything but the picks: as for any record.
    var plain = record
    plain.hiddenSlot = nil
    var plainCommitment = commitment
    plainCommitment?.hiddenSlot = nil
    if let commitment, commitment.hiddenSlot != committed {
        return HiddenSlotVerification(
            differences: [
                "commitment hiddenSlot: the commitment says \(commitment.hiddenSlot ?? "nothing"), the record says \(committed)"
            ], opened: false)
    }
    guard let opening else {
        // The picks in the record's order, staffed as an ordered draw would staff them.
        let pickOrder = record.picks.map(\.department)
        var asOrdered = plain
        asOrdered.kind = .ordered
        asOrdered.orderedDepartments = pickOrder
        asOrdered.picks = record.picks.map { pick in
            var pick = pick
            if pick.outcome == .replaced { pick.outcome = .unstaffed }
            pick.replacedBy = nil
            return pick
        }
        asOrdered.shortfall = record.picks.count - record.teams.count
        var differences = verify(asOrdered, seed: seed, roster: roster, policy: policy).differences
        // Random picks are distinct departments of the pool, as many as the policy asks.
        if Set(pickOrder).count != pickOrder.count { differences.append("picks: a department is picked twice") }
        if record.teams.count + record.shortfall != policy.targetsPerDraw {
            differences.append("shortfall: \(record.shortfall) with \(record.teams.count) teams")
        }
        if let plainCommitment {
            differences += plainCommitment.differences(from: plain.commitment).map { "commitment \($0)" }
        }
        return HiddenSlotVerification(differences: differences, opened: false)
    }
    guard opening.commitment == committed else {
        return HiddenSlotVerification(
            differences: [
                "hiddenSlot: the record commits to \(committed), the opening (\(opening.department), salt \(opening.saltHex)) hashes to \(opening.commitment)"
            ], opened: true)
    }
    let recomputed: DrawRecord
    do {
        var input = DrawInput(
            roster: roster, policy: policy, date: record.date, pool: record.pool, seed: seed,
            previousRecordHash: record.previousRecordHash, hidden: opening, visit: record.visit)
        input.algorithm = record.algorithm
        recomputed = try draw(input)
    } catch {
        return HiddenSlotVerification(differences: ["the draw cannot be recomputed: \(error)"], opened: true)
    }
    // The inputs are checked as for any record; the picks and teams come from the opened draw.
    var differences = verify(plain, seed: seed, roster: roster, policy: policy, commitment: plainCommitment)
        .differences.filter {
            $0.hasPrefix("commitment ") || $0.hasPrefix("seedCommitment") || $0.hasPrefix("snapshotHash")
                || $0.hasPrefix("policyHash") || $0.hasPrefix("policy.")
        }
    differences += compare(record, recomputed)
    return HiddenSlotVerification(differences: differences, opened: true)
}
