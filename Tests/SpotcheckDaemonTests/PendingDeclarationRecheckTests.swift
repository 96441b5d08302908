import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A declaration counts from the moment it is made (it can only make the rules stricter): at the
/// reveal, a pending conflict or absence declaration keeps the declarant off the team, whatever
/// older lines the roster holds.
@Suite(.serialized) struct PendingDeclarationRecheckTests {
    /// Draws at 07:00 and returns the draw, the first team and its last member.
    static func drawn(_ harness: Harness) throws -> (StoredDraw, DrawRecord.Team, Inspector) {
        try harness.tick("2026-12-01", "07:00")
        let draw = try #require(try harness.store.draws().first)
        let team = try #require(try draw.decodedRecord()?.teams.first)
        let id = try #require(team.members.last).inspector
        let roster = try #require(try harness.store.currentRoster()).roster()
        return (draw, team, try #require(roster.inspectors.first { $0.id == id }))
    }

    /// Whether `inspector` was told of the team for `department`.
    static func told(_ harness: Harness, _ draw: StoredDraw, _ inspector: String, _ department: String) throws -> Bool {
        try harness.store.assignments(drawID: draw.id).contains {
            $0.inspector == inspector && $0.department == department
        }
    }

    @Test func aPendingConflictDeclarationCountsAtTheRevealBesideAnExpiredConflictForTheSamePair() throws {
        let harness = try Harness()
        let (draw, team, declarant) = try Self.drawn(harness)
        // An old tie to the department, ended years ago: it excludes nothing today.
        var roster = try #require(try harness.store.currentRoster()).roster()
        roster.conflicts.append(
            Conflict(
                inspector: declarant.id, department: team.department, reason: "曾任该单位顾问",
                until: Day(iso: "2020-06-30")!))
        try harness.store.saveRoster(roster, source: "test", actor: "test", at: harness.at("2026-12-01", "07:10"))
        // A new tie, declared before the reveal and not yet decided.
        _ = try harness.store.declare(
            kind: .conflict, login: declarant.login, inspector: declarant.id, department: team.department, from: nil,
            to: nil, reason: "配偶在该单位任职", actor: "test", at: harness.at("2026-12-01", "07:20"))
        try harness.tick("2026-12-01", "08:00")
        #expect(try !Self.told(harness, draw, declarant.id, team.department))
        let replaced = try harness.store.replacements(drawID: draw.id).contains { $0.oldInspector == declarant.id }
        let held = try harness.store.withheld(drawID: draw.id).contains { $0.inspector == declarant.id }
        #expect(replaced || held)
        // Nor may the rule's replacement bring them back.
        #expect(try !harness.store.replacements(drawID: draw.id).contains { $0.newInspector == declarant.id })
    }

    @Test func anExpiredConflictLineDoesNotMakeAPendingDeclarationRedundant() throws {
        let harness = try Harness()
        let (_, team, declarant) = try Self.drawn(harness)
        var roster = try #require(try harness.store.currentRoster()).roster()
        roster.conflicts.append(
            Conflict(
                inspector: declarant.id, department: team.department, reason: "曾任该单位顾问",
                until: Day(iso: "2020-06-30")!))
        _ = try harness.store.declare(
            kind: .conflict, login: declarant.login, inspector: declarant.id, department: team.department, from: nil,
            to: nil, reason: "配偶在该单位任职", actor: "test", at: harness.at("2026-12-01", "07:20"))
        let counted = try harness.engine.withPendingConflicts(roster)
        #expect(
            counted.conflicts.contains {
                $0.inspector == declarant.id && $0.department == team.department && $0.until == nil
            })
        // A line already excluding for good leaves nothing to add.
        roster.conflicts.append(Conflict(inspector: declarant.id, department: team.department, reason: "已登记"))
        #expect(try harness.engine.withPendingConflicts(roster).conflicts.count == roster.conflicts.count)
    }

    @Test func aPendingAbsenceDeclarationKeepsTheDeclarantFromBeingToldAtTheReveal() throws {
        let harness = try Harness()
        let (draw, team, declarant) = try Self.drawn(harness)
        let day = Day(iso: "2026-12-01")!
        _ = try harness.store.declare(
            kind: .absence, login: declarant.login, inspector: declarant.id, department: nil, from: day, to: day,
            reason: "病假", actor: "test", at: harness.at("2026-12-01", "07:20"))
        try harness.tick("2026-12-01", "08:00")
        #expect(try !Self.told(harness, draw, declarant.id, team.department))
        if let data = FileManager.default.contents(atPath: harness.taskPath("2026-12-01", declarant.login)) {
            #expect(try TaskFile.decode(data).assignments.isEmpty)
        }
        let replaced = try harness.store.replacements(drawID: draw.id).contains { $0.oldInspector == declarant.id }
        let held = try harness.store.withheld(drawID: draw.id).contains { $0.inspector == declarant.id }
        #expect(replaced || held)
    }

    @Test func aPendingAbsenceDeclarationIsPassedOverByTheRulesReplacementAndWhySaysUnavailable() throws {
        let harness = try Harness()
        let (draw, team, _) = try Self.drawn(harness)
        try harness.tick("2026-12-01", "08:00")
        let leaving = try #require(team.members.last).inspector
        let choice = try PassOverEditTests.ruleChoice(harness, draw, team.department, leaving)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let declarant = try #require(roster.inspectors.first { $0.id == choice })
        let day = Day(iso: "2026-12-01")!
        _ = try harness.store.declare(
            kind: .absence, login: declarant.login, inspector: declarant.id, department: nil, from: day, to: day,
            reason: "病假", actor: "test", at: harness.at("2026-12-01", "08:30"))
        let made = try harness.engine.replace(
            drawID: draw.id, inspector: leaving, with: nil, reason: "病假", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        #expect(made.newInspector != choice)
        #expect(try harness.engine.chainedReplacements(draw).last?.passedOver?.contains(choice) == true)
        let stored = try #require(try harness.store.currentRoster())
        let eligibility = try harness.engine.eligibility(
            roster: roster, rosterID: stored.id, department: team.department, date: day, config: harness.config)
        guard case .excluded(let reasons) = eligibility.why(inspector: choice, department: team.department) else {
            Issue.record("why says \(choice) may inspect \(team.department) on a declared absence")
            return
        }
        #expect(reasons.contains { $0.code == "unavailable" })
    }
}

/// An approved declaration reaches a revealed team at once, even when another draw of the day is
/// still hidden: the replacement is made then, and the hidden draw stays hidden.
@Suite(.serialized) struct DeferredRecheckTests {
    /// attack16 F9: with the county draw still hidden, a transfer into the inspected department
    /// and a conflict added on the revealed key-posts team take those members off at once.
    @Test func aTransferAndAConflictOnARevealedTeamActWhileAnotherDrawIsHidden() throws {
        let harness = try SecrecyTests.harness(countyDraw: "07:00")
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "07:05")
        _ = try harness.engine.recheckAfterTransfer(config: harness.config, now: harness.at("2026-12-01", "07:06"))
        let draws = try harness.store.draws()
        let keyPosts = try #require(draws.first { $0.pool == "key-posts" })
        let county = try #require(draws.first { $0.pool == "county" })
        let team = try #require(try keyPosts.decodedRecord()?.teams.first)
        let lead = try #require(team.members.first { $0.role == .lead }).inspector
        let member = try #require(team.members.last { $0.role != .lead }).inspector
        var roster = try #require(try harness.store.currentRoster()).roster()
        let index = try #require(roster.inspectors.firstIndex { $0.id == lead })
        roster.inspectors[index].former.append(
            FormerPost(department: roster.inspectors[index].home, left: Day(iso: "2026-12-01")!))
        roster.inspectors[index].home = team.department
        roster.conflicts.append(Conflict(inspector: member, department: team.department, reason: "配偶在该单位任职"))
        try harness.store.saveRoster(roster, source: "test", actor: "test", at: harness.at("2026-12-01", "07:10"))
        #expect(try harness.engine.recheckAfterTransfer(config: harness.config, now: harness.at("2026-12-01", "07:10")))
        let seated = try harness.store.assignments(drawID: keyPosts.id).filter { $0.department == team.department }
            .map(\.inspector)
        #expect(!seated.contains(lead) && !seated.contains(member), "\(seated)")
        let gone = Set(try harness.store.replacements(drawID: keyPosts.id).map(\.oldInspector))
            .union(try harness.store.withheld(drawID: keyPosts.id).map(\.inspector))
        #expect(gone.isSuperset(of: [lead, member]), "\(gone)")
        // The county draw stays hidden: nobody is told of it.
        #expect(try harness.store.draw(id: county.id)?.revealedAt == nil)
        for login in harness.taskFiles("2026-12-01") {
            let data = try #require(FileManager.default.contents(atPath: harness.taskPath("2026-12-01", login)))
            #expect(try TaskFile.decode(data).assignments.allSatisfy { $0.drawID != county.id }, "\(login)")
        }
        try harness.tick("2026-12-01", "08:00")
        #expect(try harness.engine.verifyChain().broken == nil)
    }

    @Test func aDeclarationApprovedWhileAnotherDrawIsHiddenTakesTheDeclarantOffAtOnce() throws {
        let harness = try SecrecyTests.harness(countyDraw: "07:00")
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "07:05")
        let draws = try harness.store.draws()
        let keyPosts = try #require(draws.first { $0.pool == "key-posts" })
        let county = try #require(draws.first { $0.pool == "county" })
        #expect(keyPosts.revealedAt != nil && county.revealedAt == nil)
        let team = try #require(try keyPosts.decodedRecord()?.teams.first)
        let declarantID = try #require(team.members.last).inspector
        let roster = try #require(try harness.store.currentRoster()).roster()
        let declarant = try #require(roster.inspectors.first { $0.id == declarantID })
        let control = SecrecyTests.control(harness)
        try DeclarationTests.declareAndApprove(control, login: declarant.login, department: team.department)
        func onTeam() throws -> Bool {
            try harness.store.assignments(drawID: keyPosts.id).contains {
                $0.inspector == declarantID && $0.department == team.department
            }
        }
        // The county draw is still hidden, and stays so: its teams are told nobody.
        #expect(try !onTeam())
        #expect(try harness.store.draw(id: county.id)?.revealedAt == nil)
        for login in harness.taskFiles("2026-12-01") {
            let data = try #require(FileManager.default.contents(atPath: harness.taskPath("2026-12-01", login)))
            #expect(try TaskFile.decode(data).assignments.allSatisfy { $0.drawID != county.id }, "\(login)")
        }
        try harness.tick("2026-12-01", "08:00")
        #expect(try !onTeam())
        let replaced = try harness.store.replacements(drawID: keyPosts.id).contains {
            $0.oldInspector == declarantID && $0.reason == Engine.rosterChangedReason
        }
        let held = try harness.store.withheld(drawID: keyPosts.id).contains { $0.inspector == declarantID }
        #expect(replaced || held)
        if let data = FileManager.default.contents(atPath: harness.taskPath("2026-12-01", declarant.login)) {
            // Told at the first reveal, so the file keeps the assignment, marked withdrawn.
            #expect(
                try TaskFile.decode(data).assignments.allSatisfy {
                    $0.target.id != team.department || $0.status == "withdrawn"
                })
        }
        #expect(try harness.engine.verifyChain().broken == nil)
    }
}
