import Testing

@testable import SpotcheckCore

/// A later pool's commitment covers the teams issued earlier that day, which nobody may know
/// before their reveal. Someone who knows the roster (and so the few teams a tiny pool can have)
/// must not be able to tell from the published snapshot hash which one was issued.
@Suite struct SnapshotSecrecyTests {
    /// A tiny pool `tiny` (one department, one-member teams) drawn first; then `big` commits.
    static let roster = Roster(
        departments: [
            Fixture.department("T", pools: ["tiny"]),
            Fixture.department("A", pools: ["big"]),
            Fixture.department("B", pools: ["big"]),
        ],
        inspectors: ["x1", "x2", "x3", "x4"].map { Fixture.inspector($0, home: "H") })
    static let policy = Fixture.policy()

    /// The tiny pool's team, and the later draw's commitment with the day so far in its snapshot.
    static func day() throws -> (team: String, laterInput: DrawInput, later: Commitment) {
        let first = try draw(
            DrawInput(roster: roster, policy: policy, date: Fixture.date, pool: "tiny", seed: Fixture.seed(11)))
        var day = DaySoFar(date: Fixture.date)
        try day.issue(draw: "1", record: first)
        let input = DrawInput(
            roster: day.roster(roster), policy: policy, date: Fixture.date, pool: "big", seed: Fixture.seed(12))
        return (try #require(first.members(of: "T")?.first), input, input.commitment)
    }

    @Test func theLaterCommitmentConfirmsNoGuessOfAnUnrevealedTeam() throws {
        let (team, _, later) = try Self.day()
        // Every team the tiny pool could have issued, the true one among them: with the roster
        // known, each guess gives a candidate snapshot. Nothing computable without the later
        // draw's seed may match the commitment.
        var guesses = 0
        for guess in Self.roster.inspectors.map(\.id) {
            var guessed = Self.roster
            guessed.history.append(PastAssignment(date: Fixture.date, inspector: guess, department: "T"))
            guesses += 1
            #expect(guessed.snapshotHash != later.snapshotHash, "the commitment confirms the guess \(guess)")
            #expect(sha256Hex(guessed.canonicalBytes) != later.snapshotHash)
            // A seed other than the draw's gives another salt: no use either.
            #expect(guessed.snapshotHash(seed: Fixture.seed(99)) != later.snapshotHash)
        }
        #expect(guesses == 4)
        #expect(Self.roster.inspectors.contains { $0.id == team })
    }

    @Test func onceTheSeedIsRevealedTheSnapshotVerifies() throws {
        let (team, input, later) = try Self.day()
        let record = try draw(input)
        #expect(record.snapshotHash == later.snapshotHash)
        #expect(
            verify(record, seed: input.seed, roster: input.roster, policy: Self.policy, commitment: later).reproduces)
        // With the seed, the history it covers is checked exactly: another team fails.
        var other = Self.roster
        let wrong = try #require(Self.roster.inspectors.map(\.id).first { $0 != team })
        other.history.append(PastAssignment(date: Fixture.date, inspector: wrong, department: "T"))
        let result = verify(record, seed: input.seed, roster: other, policy: Self.policy, commitment: later)
        #expect(result.differences.first?.hasPrefix("snapshotHash:") == true)
    }

    @Test func theSaltedTextIsTheRosterTextWithTheSaltOnItsSecondLine() {
        let seed = Fixture.seed(5)
        let plain = Self.roster.canonicalText
        let salted = String(decoding: Self.roster.canonicalBytes(salt: seed.snapshotSalt), as: UTF8.self)
        let header = "spotcheck-snapshot/2\n"
        #expect(salted == header + "salt\t" + Hex.encode(seed.snapshotSalt) + "\n" + plain.dropFirst(header.count))
        #expect(seed.snapshotSalt == seed.mac("spotcheck/v2/snapshot-salt"))
        #expect(Self.roster.snapshotHash(seed: seed) == sha256Hex(Array(salted.utf8)))
        // The roster's own identity (roster versions) stays unsalted.
        #expect(Self.roster.snapshotHash == sha256Hex(Array(plain.utf8)))
    }
}
