import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore
import SpotcheckText
import Testing

@testable import SpotcheckDaemon

/// Before a draw's reveal nobody, coordinators included, can tell its targets or members from
/// the rest: not by what a roster edit is refused for, nor by what the ledger accepts.
@Suite struct UnrevealedSecrecyTests {
    @Test func beforeTheRevealDeletingAMemberIsRefusedJustLikeDeletingAnyoneElse() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:30")
        let draw = try #require(try harness.store.draws().first)
        #expect(draw.revealedAt == nil && draw.state == .completed)
        let assignments = try harness.store.assignments(drawID: draw.id)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let member = try #require(assignments.first).inspector
        let other = try #require(
            roster.inspectors.first { person in !assignments.contains { $0.inspector == person.id } })
        let target = try #require(assignments.first).department
        let undrawn = try #require(roster.departments.first { d in !assignments.contains { $0.department == d.id } })
        let today = Day(iso: "2026-12-01")!
        func refusal(inspector: String? = nil, department: String? = nil) throws -> [String] {
            var edited = roster
            edited.inspectors.removeAll { $0.id == inspector }
            edited.departments.removeAll { $0.id == department }
            return try RosterRecordGuard.problems(new: edited, old: roster, store: harness.store, today: today).map {
                $0.message.replacing(inspector ?? department ?? "", with: "X")
            }
        }
        let drawnMember = try refusal(inspector: member)
        #expect(
            drawnMember == [
                "inspector 'X' is in the roster draw \(draw.id) of 2026-12-01 committed to and cannot be deleted before its reveal; retire them instead (spotcheck inspectors retire X)"
            ])
        #expect(try refusal(inspector: other.id) == drawnMember)
        let drawnTarget = try refusal(department: target)
        #expect(drawnTarget.count == 1 && drawnTarget.first?.contains("before its reveal") == true, "\(drawnTarget)")
        #expect(try refusal(department: undrawn.id) == drawnTarget)
        for problem in drawnMember + drawnTarget {
            #expect(Catalogue.RosterRecords.patterns.match(problem) != nil, "\(problem)")
        }

        // Revealed: who served is known, and only they are kept.
        try harness.tick("2026-12-01", "08:00")
        #expect(try refusal(inspector: member).first?.contains("served in draw \(draw.id)") == true)
        #expect(try refusal(inspector: other.id).isEmpty)
    }

    @Test func beforeTheRevealTheLedgerKnowsNoAssignmentOfTheDrawEvenForACoordinator() throws {
        let world = try LedgerWorld(at: "07:30")
        func add(_ department: String) -> LedgerWorld.Answer {
            world.call(
                "AddFinding",
                LedgerMessages.AddParameters(
                    source: "inspection", department: department, drawId: world.draw, facts: "x"),
                as: LedgerWorld.coordinatorA)
        }
        func words(_ answer: LedgerWorld.Answer, _ department: String) -> String {
            "\(answer.parameters["field"] ?? "") \(answer.parameters["message"] ?? "")".replacing(department, with: "X")
        }
        let drawn = add(world.target)
        let undrawn = add(world.otherDepartment)
        #expect(drawn.parameters["field"] as? String == "draw_id", "\(drawn)")
        #expect(words(drawn, world.target) == words(undrawn, world.otherDepartment))
        let outcome = world.call(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(drawId: world.draw, department: world.target, done: false, reason: "未能进入"),
            as: LedgerWorld.coordinatorA)
        #expect(outcome.parameters["field"] as? String == "draw_id", "\(outcome)")
        #expect(try world.harness.store.findings().isEmpty)
    }
}
