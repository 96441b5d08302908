import Crypto

// The snapshot a draw commits to and publishes since `spotcheck-snapshot/3`
// (docs/draw-algorithm.md §1): only what the draw on its date reads, and each conflict's reason
// as a salted commitment. The salts are private data handed in by the caller.

/// The published value of a declared conflict's reason: SHA-256 over a domain-separated salt and
/// reason, so that nobody without the salt can confirm a guess of the reason.
public enum ConflictCommitment {
    /// The salt length, in bytes.
    public static let saltBytes = 32

    /// Lowercase hex of `SHA-256("spotcheck/v3/conflict-reason\n" + hex(salt) + "\n" + reason)`.
    public static func value(salt: [UInt8], reason: String) -> String {
        sha256Hex(Array("spotcheck/v3/conflict-reason\n\(Hex.encode(salt))\n".utf8) + Array(reason.utf8))
    }
}

extension Roster {
    /// The grammar of the snapshot text that carries salted conflict commitments and only what a
    /// draw on one date reads.
    public static let publishedGrammar = 3

    /// What a draw on `date` under `policy` commits to and publishes: the same draw, byte for
    /// byte, from less personal data. Logins stay in the value (the daemon issues assignments by
    /// them) but grammar 3 leaves them out of the text and the published files; an inspector's
    /// unavailable days become
    /// the date alone when it is one of them (nothing otherwise); former posts are kept only
    /// while they still exclude on the date; conflicts that ended before the date are left out,
    /// and each remaining reason is replaced by its commitment with `salt(conflict)`.
    public func published(on date: Day, policy: Policy, salt: (Conflict) -> [UInt8]) -> Roster {
        var out = self
        out.snapshotGrammar = Self.publishedGrammar
        out.inspectors = inspectors.map { inspector in
            var copy = inspector
            copy.unavailable = inspector.unavailable.contains(date) ? DaySet([date]) : DaySet()
            copy.former = inspector.former.filter {
                date <= $0.left.adding(days: policy.formerDepartmentWindowDays - 1)
            }
            return copy
        }
        out.conflicts = conflicts.compactMap { conflict in
            if let until = conflict.until, until < date { return nil }
            return Conflict(
                inspector: conflict.inspector, department: conflict.department, reason: "", until: conflict.until,
                reasonSHA256: ConflictCommitment.value(salt: salt(conflict), reason: conflict.reason))
        }
        return out
    }
}
