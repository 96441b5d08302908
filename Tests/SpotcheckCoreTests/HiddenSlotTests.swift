import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

/// A complaint-driven department hidden among a scheduled draw's random picks: bound before the
/// draw, unrecognisable once the seed is revealed, checkable by anyone once the salt is published,
/// and neither it nor any random pick can be swapped.
@Suite struct HiddenSlotTests {
    static let roster = RosterGenerator(departments: 40, inspectors: 200).make(seed: 11)
    static let seed = Fixture.seed(42)
    static let policy = Policy(targetsPerDraw: 6)
    static let plain = try! draw(
        DrawInput(roster: roster, policy: policy, date: Fixture.date, pool: "main", seed: seed))
    /// A department of the pool that the plain draw does not pick.
    static let complained = roster.departments.map(\.id).sorted().first { id in
        !plain.picks.contains { $0.department == id }
            && roster.departments.first { $0.id == id }!.pools.contains("main")
    }!
    static let opening = HiddenSlot(department: complained, salt: Array(repeating: 0x5A, count: 32))!
    static let record = try! draw(
        DrawInput(roster: roster, policy: policy, date: Fixture.date, pool: "main", seed: seed, hidden: opening))

    @Test func theHiddenDepartmentIsDrawnInsideTheBatchAndVerifiesOnceTheSaltIsPublished() throws {
        let record = Self.record
        #expect(record.hiddenSlot == Self.opening.commitment)
        #expect(record.commitment.hiddenSlot == Self.opening.commitment)
        #expect(record.picks.contains { $0.department == Self.complained })
        #expect(record.targets.count == Self.policy.targetsPerDraw)
        let opened = verifyHidden(
            record, seed: Self.seed, roster: Self.roster, policy: Self.policy, opening: Self.opening,
            commitment: record.commitment)
        #expect(opened.reproduces, "\(opened.differences)")
        // The same draw every time: the record is a function of seed, roster, policy and opening.
        let again = try draw(
            DrawInput(
                roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Self.seed,
                hidden: Self.opening))
        #expect(again == record)
    }

    @Test func beforeTheSaltTheSeedShowsTeamsButNotWhichPickWasNotRandom() throws {
        let record = Self.record
        // No pick carries a ticket, so none stands out as the one without.
        #expect(record.picks.allSatisfy { $0.ticket == nil && $0.weight == nil && $0.attempt == nil })
        // The seed alone does not reproduce the picks (they need the salt's key)…
        #expect(Self.plain.picks.map(\.department) != record.picks.map(\.department))
        #expect(!verify(record, seed: Self.seed, roster: Self.roster, policy: Self.policy).reproduces)
        // …but it does show that every team is the canonical, conflict-free staffing of the picks.
        let partial = verifyHidden(
            record, seed: Self.seed, roster: Self.roster, policy: Self.policy, opening: nil,
            commitment: record.commitment)
        #expect(partial.differences.isEmpty && !partial.opened, "\(partial.differences)")
        // The commitment and the record name no department and no salt.
        let commitment = String(decoding: record.commitment.canonicalJSON, as: UTF8.self)
        #expect(commitment.contains("\"hiddenSlot\" : \"\(Self.opening.commitment)\""))
        #expect(!commitment.contains(Self.complained) && !commitment.contains(Self.opening.saltHex))
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        #expect(!json.contains(Self.opening.saltHex))
    }

    @Test func aSwappedRandomPickIsCaughtBeforeAndAfterTheOpening() throws {
        let record = Self.record
        let index = try #require(record.picks.firstIndex { $0.department != Self.complained && $0.outcome == .target })
        let outsider = try #require(
            Self.roster.departments.map(\.id).sorted().first { id in
                !record.picks.contains { $0.department == id } && id != Self.complained
            })
        var swapped = record
        swapped.picks[index].department = outsider
        if let team = swapped.teams.firstIndex(where: { $0.department == record.picks[index].department }) {
            swapped.teams[team].department = outsider
        }
        let opened = verifyHidden(
            swapped, seed: Self.seed, roster: Self.roster, policy: Self.policy, opening: Self.opening)
        #expect(opened.differences.contains { $0.hasPrefix("picks[\(index)].department:") }, "\(opened.differences)")
        let partial = verifyHidden(swapped, seed: Self.seed, roster: Self.roster, policy: Self.policy, opening: nil)
        #expect(!partial.differences.isEmpty, "the teams no longer match the picks")
        // A whole draw re-made honestly with another salt still has other random picks: it needs
        // another commitment, which was published before the result.
        let remade = try draw(
            DrawInput(
                roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Self.seed,
                hidden: HiddenSlot(department: Self.complained, salt: Array(repeating: 0x11, count: 32))!))
        // The random picks themselves depend on the salt, not on the seed alone.
        #expect(
            remade.picks.filter { $0.department != Self.complained }.map(\.department)
                != record.picks.filter { $0.department != Self.complained }.map(\.department))
        let caught = verifyHidden(
            remade, seed: Self.seed, roster: Self.roster, policy: Self.policy, opening: Self.opening,
            commitment: record.commitment)
        #expect(!caught.reproduces && caught.differences.first?.hasPrefix("commitment hiddenSlot") == true)
    }

    @Test func theTargetedDepartmentCannotBeSwappedAfterTheCommitment() throws {
        let record = Self.record
        // Claiming afterwards that another department (or another salt) was the hidden one.
        let other = try #require(record.picks.first { $0.department != Self.complained }?.department)
        for claim in [
            HiddenSlot(department: other, salt: Self.opening.salt)!,
            HiddenSlot(department: Self.complained, salt: Array(repeating: 0x5B, count: 32))!,
        ] {
            let result = verifyHidden(record, seed: Self.seed, roster: Self.roster, policy: Self.policy, opening: claim)
            #expect(result.opened && !result.reproduces)
            #expect(result.differences.first?.hasPrefix("hiddenSlot: the record commits to") == true)
        }
        // Re-drawing with another department after the commitment was published is named there.
        let redrawn = try draw(
            DrawInput(
                roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Self.seed,
                hidden: HiddenSlot(department: other, salt: Self.opening.salt)!))
        let result = verifyHidden(
            redrawn, seed: Self.seed, roster: Self.roster, policy: Self.policy,
            opening: HiddenSlot(department: other, salt: Self.opening.salt)!, commitment: record.commitment)
        #expect(result.differences.first?.hasPrefix("commitment hiddenSlot") == true)
    }

    @Test func onlyAScheduledDrawOfAPoolDepartmentHidesASlot() {
        let ordered = DrawInput(
            roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Self.seed,
            fixedTargets: [Self.complained], hidden: Self.opening)
        #expect(throws: DrawError.self) { try draw(ordered) }
        let unknown = DrawInput(
            roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Self.seed,
            hidden: HiddenSlot(department: "d-nowhere", salt: Self.opening.salt)!)
        #expect(throws: DrawError.hiddenSlot("'d-nowhere' is not a department the pool may draw today")) {
            try draw(unknown)
        }
        #expect(HiddenSlot(department: "d", salt: [1, 2, 3]) == nil)
    }

    @Test func recordsWithoutAHiddenSlotAreUnchanged() throws {
        let json = String(decoding: Self.plain.commitment.canonicalJSON, as: UTF8.self)
        #expect(!json.contains("hiddenSlot"))
        #expect(Self.plain.picks.allSatisfy { $0.ticket != nil })
        #expect(verify(Self.plain, seed: Self.seed, roster: Self.roster, policy: Self.policy).reproduces)
    }

    @Test func theSlotIsAnywhereInTheBatchOverSalts() throws {
        var positions = Set<Int>()
        for byte in 0..<40 {
            let slot = HiddenSlot(department: Self.complained, salt: Array(repeating: UInt8(byte), count: 32))!
            let record = try draw(
                DrawInput(
                    roster: Self.roster, policy: Self.policy, date: Fixture.date, pool: "main", seed: Self.seed,
                    hidden: slot))
            if let index = record.picks.firstIndex(where: { $0.department == Self.complained }) {
                positions.insert(index)
            }
            #expect(
                verifyHidden(record, seed: Self.seed, roster: Self.roster, policy: Self.policy, opening: slot)
                    .reproduces)
        }
        #expect(positions.count >= 4, "\(positions)")
    }
}
