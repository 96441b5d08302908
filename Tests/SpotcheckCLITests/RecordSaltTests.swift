import Foundation
import SpotcheckRoster
import Testing

@testable import SpotcheckCore

/// A record's hash is public before its reveal (the next commitment's `previousRecordHash`); the
/// record's `salt`, a value of the secret seed, keeps that hash from telling which department will
/// be inspected.
@Suite struct RecordSaltTests {
    static let date = Day(year: 2026, month: 12, day: 1)!

    /// Four departments of one pool and eight inspectors, one target a draw.
    static func town() -> (Roster, Policy) {
        let departments = ["d-a", "d-b", "d-c", "d-d"].map {
            Department(id: $0, name: "部门 \($0)", weight: 3, pools: ["town"])
        }
        let inspectors = (1...8).map { number in
            Inspector(
                id: "i\(number)", name: "检查人员 \(number)", login: "u\(number)",
                home: departments[number % 4].id, canLead: true)
        }
        var policy = Policy()
        policy.targetsPerDraw = 1
        policy.teamSize = 2
        policy.minHomeDepartments = 2
        return (Roster(departments: departments, inspectors: inspectors), policy)
    }

    static func seed(_ byte: UInt8) -> Seed { Seed(bytes: [UInt8](repeating: byte, count: 32))! }

    /// Every record an outsider can make up from what is public before the reveal: the roster and
    /// policy, the commitment, and draws of the same pool made with seeds of their own (the draw
    /// is public, and eligibility does not depend on the seed): each department with every ticket,
    /// first attempts, and every lead and member. The salt is the seed's, so it is left out.
    static func candidates(roster: Roster, policy: Policy, commitment: Commitment) throws -> [DrawRecord] {
        var template = try draw(
            DrawInput(
                roster: roster, policy: policy, date: commitment.date, pool: commitment.pool, seed: seed(0x42),
                previousRecordHash: commitment.previousRecordHash, visit: commitment.visit))
        template.seedCommitment = commitment.seedCommitment
        template.snapshotHash = commitment.snapshotHash
        template.salt = nil
        let people = roster.inspectors
        var out: [DrawRecord] = []
        for department in roster.departments {
            for ticket in 0..<template.eligibleWeight {
                for attempt in 0..<3 {
                    for lead in people {
                        for member in people where member.id != lead.id {
                            var candidate = template
                            candidate.picks = [
                                DrawRecord.Pick(
                                    order: 1, department: department.id, weight: department.weight,
                                    remainingWeight: template.eligibleWeight, ticket: String(ticket),
                                    attempt: attempt, outcome: .target)
                            ]
                            candidate.teams = [
                                DrawRecord.Team(
                                    department: department.id, departmentName: department.name,
                                    members: [
                                        DrawRecord.Member(
                                            inspector: lead.id, name: lead.name, home: lead.home, role: .lead),
                                        DrawRecord.Member(
                                            inspector: member.id, name: member.name, home: member.home,
                                            role: .member),
                                    ])
                            ]
                            out.append(candidate)
                        }
                    }
                }
            }
        }
        return out
    }

    @Test func theRecordHashPublishedBeforeTheRevealNamesNoDepartment() throws {
        let (roster, policy) = Self.town()
        let secret = Self.seed(0x17)
        let record = try draw(
            DrawInput(roster: roster, policy: policy, date: Self.date, pool: "town", seed: secret))
        try #require(record.picks.count == 1 && record.teams.count == 1)
        #expect(record.salt == DrawRecord.salt(seed: secret))
        // Public before the reveal: the record's commitment and the next draw's, which chains it.
        let published = RecordCoding.hash(RecordCoding.encode(record))
        let next = DrawInput(
            roster: roster, policy: policy, date: Self.date.adding(days: 1), pool: "town", seed: Self.seed(0x18),
            previousRecordHash: published)
        let nextCommitment = try JSONDecoder().decode(
            Commitment.self, from: Data(next.commitment.canonicalJSON))
        #expect(nextCommitment.previousRecordHash == published)

        let candidates = try Self.candidates(roster: roster, policy: policy, commitment: record.commitment)
        let hashes = candidates.map { RecordCoding.hash(RecordCoding.encode($0)) }
        // The salted record is none of them.
        #expect(!hashes.contains(nextCommitment.previousRecordHash!))
        // Without the salt (records made before it) the same search finds the department.
        var unsalted = record
        unsalted.salt = nil
        let found = zip(candidates, hashes).filter { $0.1 == RecordCoding.hash(RecordCoding.encode(unsalted)) }
        #expect(found.map(\.0.targets) == [record.targets])
    }

    @Test func aChangedSaltIsCaughtByBoth() throws {
        let honest = try HonestDraw()
        #expect(honest.record.salt == DrawRecord.salt(seed: Seed(hex: honest.seed)!))
        var record = honest.record
        record.salt = String(repeating: "0", count: 64)
        TamperTests().expectCaught(try honest.verifyBoth(record: record), naming: "salt")
    }

    @Test func aRecordMadeBeforeSaltsStillVerifiesInBoth() throws {
        let honest = try HonestDraw()
        var record = honest.record
        record.salt = nil
        let results = try honest.verifyBoth(record: record)
        #expect(results.swift.status == 0, "\(results.swift.stdout)\(results.swift.stderr)")
        #expect(results.python.status == 0, "\(results.python.stdout)\(results.python.stderr)")
    }
}
