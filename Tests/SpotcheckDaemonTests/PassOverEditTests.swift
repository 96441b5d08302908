import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A coordinator cannot make a hand-pick look like the rule's choice by editing the roster after
/// the reveal to push the rule past the inspectors it ranks first.
@Suite(.serialized) struct PassOverEditTests {
    /// The rule's choice for `leaving`'s place in `draw` when nothing of the day forbids anyone:
    /// the first inspector valid in the draw's committed context, in the rule's order.
    static func ruleChoice(
        _ harness: Harness, _ draw: StoredDraw, _ department: String, _ leaving: String
    ) throws
        -> String
    {
        let record = try #require(try draw.decodedRecord())
        let committed = try #require(try harness.engine.committedRoster(draw))
        return try harness.engine.ruleChoice(
            draw, record, [], department, leaving, "病假", committed, draw.policy ?? Policy(), today: { _ in [] }
        ).id
    }

    /// Draw 1 revealed, its first team, the member leaving and the rule's choice for their place.
    static func revealed() throws -> (Harness, StoredDraw, DrawRecord.Team, String, Inspector) {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let team = try #require(try draw.decodedRecord()?.teams.first)
        let leaving = try #require(team.members.last).inspector
        let choice = try Self.ruleChoice(harness, draw, team.department, leaving)
        let roster = try #require(try harness.store.currentRoster()).roster()
        return (harness, draw, team, leaving, try #require(roster.inspectors.first { $0.id == choice }))
    }

    @Test func aConflictAddedAfterTheRevealToSkipTheRulesChoiceMakesTheReplacementACoordinatorsChoice() throws {
        let (harness, draw, team, leaving, choice) = try Self.revealed()
        // The coordinator adds a conflict for the rule's choice, replaces, and removes it again.
        let before = try #require(try harness.store.currentRoster()).roster()
        var edited = before
        edited.conflicts.append(Conflict(inspector: choice.id, department: team.department, reason: "临时"))
        try harness.store.saveRoster(edited, source: "test", actor: "test", at: harness.at("2026-12-01", "08:30"))
        let made = try harness.engine.replace(
            drawID: draw.id, inspector: leaving, with: nil, reason: "病假", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        try harness.store.saveRoster(before, source: "test", actor: "test", at: harness.at("2026-12-01", "09:10"))
        #expect(made.newInspector != choice.id)
        let entry = try #require(try harness.engine.chainedReplacements(draw).last)
        #expect(entry.chosenBy == ReplacementChoice.coordinator.rawValue, "\(entry)")
        #expect(entry.passedOver == nil, "\(entry)")
        #expect(try harness.engine.verifyChain().broken == nil)
        #expect(try harness.engine.handPicked(draw).contains([team.department, made.newInspector]))
    }

    @Test func anInspectorsOwnDeclarationAfterTheRevealLeavesTheReplacementTheRules() throws {
        let (harness, draw, team, leaving, choice) = try Self.revealed()
        _ = try harness.store.declare(
            kind: .conflict, login: choice.login, inspector: choice.id, department: team.department, from: nil,
            to: nil, reason: "配偶在该单位任职", actor: "test", at: harness.at("2026-12-01", "08:30"))
        let made = try harness.engine.replace(
            drawID: draw.id, inspector: leaving, with: nil, reason: "病假", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        #expect(made.newInspector != choice.id)
        let entry = try #require(try harness.engine.chainedReplacements(draw).last)
        #expect(entry.chosenBy == ReplacementChoice.rule.rawValue, "\(entry)")
        #expect(entry.passedOver?.contains(choice.id) == true, "\(entry)")
    }
}
