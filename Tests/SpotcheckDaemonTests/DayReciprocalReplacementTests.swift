import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// The replacement rule under `spotcheck-draw/3`: the reciprocal ban spans the day's draws, so the
/// daemon passes over an inspector whose home is inspected today by the team's department's staff,
/// and both verifiers refuse a rule entry that brings one in (docs/draw-algorithm.md §2, §5).
@Suite struct DayReciprocalReplacementTests {
    /// d-a (pool p, drawn first) can be inspected by d-b's staff only (d-c's worked there until a
    /// month ago); d-b (pool q, drawn after) by d-a's or d-c's staff, but d-b's staff inspect d-a
    /// that day, so d-a's six inspectors are kept from d-b by the day-wide ban, though valid within
    /// q's draw. (No conflicts: their reasons' salts would change the order from run to run.)
    static func roster() throws -> String {
        let staff =
            (1...6).map { "a\($0),A\($0),ua\($0),d-a,,,yes,,\n" }.joined()
            + "b1,B1,ub1,d-b,,,yes,,\nb2,B2,ub2,d-b,,,yes,,\n"
            + (1...3).map { "c\($0),C\($0),uc\($0),d-c,d-a@2026-11-01,,yes,,\n" }.joined()
        return try DayReciprocalDaemonTests.rosterFolder([
            ("departments.csv", "id,name,weight,powers,required_skills,pools\nd-a,甲,,,,p\nd-b,乙,,,,q\nd-c,丙,,,,x\n"),
            ("inspectors.csv", "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\n" + staff),
        ])
    }

    /// The day drawn and revealed, one member of q's team replaced by the rule, the day published.
    static func publishedDay() throws -> (harness: Harness, folder: String, entries: [DaySoFar.Replacement]) {
        let harness = try DayReciprocalDaemonTests.twoDepartmentHarness(
            roster: try roster(), more: DayReciprocalDaemonTests.poolQ)
        try harness.tick("2026-12-01", "08:00")
        let draws = try harness.store.draws()
        let teams = try draws.compactMap { try $0.decodedRecord() }.flatMap(\.teams)
        #expect(teams.map(\.department) == ["d-a", "d-b"], "\(teams)")
        let second = try #require(draws.last)
        let leaving = try #require(teams.last?.members.last).inspector
        _ = try harness.engine.replace(
            drawID: second.id, inspector: leaving, with: nil, reason: "病假", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        try harness.tick("2026-12-01", "18:00")
        let folder = Engine.publicFolder(try #require(try harness.store.draw(id: second.id)), config: harness.config)
        let entries = try JSONDecoder().decode(
            [DaySoFar.Replacement].self,
            from: try #require(FileManager.default.contents(atPath: "\(folder)/replacements.json")))
        return (harness, folder, entries)
    }

    static func write(_ entries: [DaySoFar.Replacement], to folder: String) throws {
        try Data(DaySoFar.Replacement.canonicalJSON(entries)).write(
            to: URL(fileURLWithPath: "\(folder)/replacements.json"))
    }

    @Test func theDaemonPassesOverTheBannedAndItsChainVerifiesInBoth() throws {
        let (harness, folder, entries) = try Self.publishedDay()
        let entry = try #require(entries.first)
        #expect(entry.chosenBy == "rule")
        #expect(entry.incoming.hasPrefix("c"), "\(entry)")
        // Some of d-a's staff came first in the rule's order: passed over, by name.
        let passed = try #require(entry.passedOver, "the rule met no one of d-a first: \(entry)")
        #expect(!passed.isEmpty && passed.allSatisfy { $0.hasPrefix("a") }, "\(passed)")
        let result = try ReplacementChoiceTests.verify(harness, folder, pool: "q")
        #expect(result.swift.isEmpty && result.python.isEmpty, "\(result)")
    }

    @Test func aRuleEntryBringingInSomeoneTheDayWideBanKeepsAwayIsRefusedByBoth() throws {
        let (harness, folder, entries) = try Self.publishedDay()
        let banned = try #require(entries.first?.passedOver?.first)
        // The attacker's edit: the first inspector passed over brought in instead, the list dropped.
        var tampered = entries
        tampered[0].incoming = banned
        tampered[0].passedOver = nil
        try Self.write(tampered, to: folder)
        let result = try ReplacementChoiceTests.verify(harness, folder, pool: "q")
        for (name, output) in [("swift", result.swift), ("python", result.python)] {
            #expect(
                output.contains(
                    "replacements.json: replacements[0].in: \(banned) is marked as the rule's choice, but the "
                        + "reciprocal ban across the day keeps \(banned) from d-b"), "\(name): \(output)")
            #expect(output.contains("picks \(entries[0].incoming)"), "\(name): \(output)")
            // The team after it breaks the ban as the snapshot shows it.
            #expect(output.contains("replacements[0]: the team for d-b after it: \(banned): reciprocal"), "\(output)")
        }
        // Listing fewer of them changes nothing: the rule never brings in one the ban keeps away.
        var fewer = entries
        fewer[0].passedOver = Array(entries[0].passedOver!.dropFirst())
        try Self.write(fewer, to: folder)
        let dropped = try ReplacementChoiceTests.verify(harness, folder, pool: "q")
        #expect(dropped.swift.isEmpty && dropped.python.isEmpty, "\(dropped)")
    }

    @Test func recordsOfTheSecondAlgorithmKeepTheBanWithinTheirDraw() throws {
        let (harness, _, entries) = try Self.publishedDay()
        let draw = try #require(try harness.store.draws().last)
        var record = try #require(try draw.decodedRecord())
        let committed = try #require(try harness.engine.committedRoster(draw))
        let policy = draw.policy ?? Policy()
        let banned = try #require(entries.first?.passedOver?.first)
        var tampered = entries
        tampered[0].incoming = banned
        tampered[0].passedOver = nil
        let hash = try #require(draw.recordHash)
        let third = ReplacementRule.problems(
            tampered, of: record, recordHash: hash, roster: committed, policy: policy)
        #expect(third.contains { $0.contains("reciprocal ban across the day keeps \(banned)") }, "\(third)")
        #expect(
            verifyReplacements(tampered, of: record, roster: committed, policy: policy).contains {
                $0.hasSuffix("\(banned): reciprocal")
            })
        // Under spotcheck-draw/2 the same entry is the rule's choice and valid.
        record.algorithm = "spotcheck-draw/2"
        #expect(
            ReplacementRule.problems(tampered, of: record, recordHash: hash, roster: committed, policy: policy)
                .isEmpty)
        #expect(verifyReplacements(tampered, of: record, roster: committed, policy: policy).isEmpty)
    }
}
