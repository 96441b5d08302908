import Foundation
import SpotcheckProtocol
import SystemdKit
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// Nobody is told an assignment the reveal could not check against the roster as it is then, and
/// nothing is committed that a draw would refuse (docs/draw-algorithm.md §5).
@Suite(.serialized) struct RecheckSafetyTests {
    /// The county pool with a composition rule: one `member_from` group is one more skill.
    static let pools = """
        [[pool]]
        name = "county"
        targets_per_day = 3
        draw_time = "07:00"
        reveal_time = "08:00"
        report_time = "08:30"
        [pool.policy]
        member_from = ["d-shichang d-caizheng d-shenji"]
        """

    /// The roster with required skills added to one department until the roster holds 64
    /// distinct ones: the parser accepts it, but with the pool's group a draw would need 65.
    static func saturated(_ roster: Roster) throws -> Roster {
        var roster = roster
        let have = Set(roster.departments.flatMap(\.requiredSkills)).count
        let index = try #require(roster.departments.lastIndex { $0.active })
        roster.departments[index].requiredSkills += (1...(64 - have)).map { "s\($0)" }
        #expect(Set(roster.departments.flatMap(\.requiredSkills)).count == 64)
        return roster
    }

    @Test func aRevealThatCannotCheckTheTeamsWithholdsThemAndWarnsInsteadOfTellingAnyone() throws {
        let harness = try Harness(pools: Self.pools)
        try harness.tick("2026-12-01", "07:00")
        let draw = try #require(try harness.store.draws().first)
        let record = try #require(try draw.decodedRecord())
        try #require(!record.teams.flatMap(\.members).isEmpty)
        // A roster the current draw's rules cannot be built on (stored as an older daemon took it).
        let roster = try Self.saturated(try #require(try harness.store.currentRoster()).roster())
        try harness.store.saveRoster(roster, source: "test", actor: "test", at: harness.at("2026-12-01", "07:30"))

        try harness.tick("2026-12-01", "08:00")
        let revealed = try #require(try harness.store.draw(id: draw.id))
        #expect(revealed.revealedAt != nil)
        // Nobody is told: no assignment in the store, no task file with one.
        #expect(try harness.store.assignments(drawID: draw.id).isEmpty)
        #expect(harness.taskFiles("2026-12-01").isEmpty, "\(harness.taskFiles("2026-12-01"))")
        #expect(harness.events(.assignmentIssued).isEmpty)
        // Every member withheld, and the journal says why.
        let withheld = try harness.store.withheld(drawID: draw.id)
        #expect(withheld.count == record.teams.flatMap(\.members).count)
        #expect(withheld.allSatisfy { $0.reason.hasPrefix("the roster could not be checked again at the reveal") })
        let warning = try #require(harness.events(.recheckFailed).first)
        #expect(warning.fields["DRAW_ID"] == String(draw.id))
        #expect(warning.fields["REASON"]?.contains("65 distinct skills") == true, "\(warning)")
        #expect(warning.event.priority == .warning)
    }

    @Test func aRosterEditBeyondTheSkillsADrawSupportsWithThePoolsGroupsIsRefusedWhole() throws {
        let harness = try Harness(pools: Self.pools)
        let control = SecrecyTests.control(harness)
        let before = try #require(try harness.store.currentRoster())
        let files = RosterWriter.write(try Self.saturated(try before.roster()))
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        let request = ControlMessages.ImportParameters(
            files: ControlMessages.Files(
                departments: text(files.departments), inspectors: text(files.inspectors),
                conflicts: text(files.conflicts), history: text(files.history)),
            dryRun: false)
        let reply = SecrecyTests.call(control, "ImportRoster", request, as: SecrecyTests.coordinator)
        #expect(reply.contains("io.spotcheck.RosterRejected"), "\(reply)")
        #expect(reply.contains("required_skills"), "\(reply)")
        #expect(reply.contains("pool 'county' adds 1 member_from group(s)"), "\(reply)")
        #expect(try harness.store.currentRoster()?.id == before.id)
        // The folder roster on reload (and at start) is refused alike.
        #expect(!CompositionCheck.errors(harness.config, roster: try Self.saturated(try before.roster())).isEmpty)
        #expect(CompositionCheck.errors(harness.config, roster: try before.roster()).isEmpty)
    }

    @Test func anOrderOnARosterTheDrawWouldRefuseCommitsNothingAndLeavesTheDayOpen() throws {
        let harness = try Harness(pools: Self.pools)
        let good = try #require(try harness.store.currentRoster()).roster()
        try harness.store.saveRoster(
            try Self.saturated(good), source: "test", actor: "test", at: harness.at("2026-12-01", "09:00"))
        let department = try #require(good.departments.first { $0.active && $0.pools.contains("county") }).id
        do {
            _ = try harness.engine.orderTargeted(
                pool: "county", departments: [department], reason: "群众投诉", actor: "coordinator",
                now: harness.at("2026-12-01", "09:10"), config: harness.config)
            Issue.record("an order was drawn on a roster a draw refuses")
        } catch let refusal as DrawInputRefusal {
            #expect(refusal.orderParameters["code"] == .string("draw-input"))
            #expect(refusal.description.contains("nothing was committed"), "\(refusal)")
        }
        #expect(try harness.store.draws().isEmpty)
        #expect(harness.events(.drawCommitted).isEmpty)
        // The roster put right, the next order goes ahead.
        try harness.store.saveRoster(good, source: "test", actor: "test", at: harness.at("2026-12-01", "09:20"))
        let ordered = try harness.engine.orderTargeted(
            pool: "county", departments: [department], reason: "群众投诉", actor: "coordinator",
            now: harness.at("2026-12-01", "09:30"), config: harness.config)
        #expect(ordered.revealedAt != nil)
    }

    @Test func aScheduledDrawOnARosterTheDrawWouldRefuseWaitsUncommittedUntilTheRosterIsPutRight() throws {
        let harness = try Harness(pools: Self.pools)
        let good = try #require(try harness.store.currentRoster()).roster()
        try harness.store.saveRoster(
            try Self.saturated(good), source: "test", actor: "test", at: harness.at("2026-12-01", "06:00"))
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "07:01")
        #expect(try harness.store.draws().isEmpty)
        #expect(harness.events(.drawFailed).count == 1, "\(harness.events(.drawFailed))")
        try harness.store.saveRoster(good, source: "test", actor: "test", at: harness.at("2026-12-01", "07:10"))
        try harness.tick("2026-12-01", "07:15")
        #expect(try harness.store.draws().first?.state == .completed)
    }
}
