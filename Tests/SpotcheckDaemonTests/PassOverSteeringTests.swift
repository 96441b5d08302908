import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// Nobody steers which inspector the rule picks for a replacement by editing the roster (or the
/// day) after the reveal and undoing it: whatever the edit, a choice the roster and the day as
/// they were at the reveal would not give is published as the coordinator's. The honest ways a
/// pass-over comes about stay the rule's.
@Suite(.serialized) struct PassOverSteeringTests {
    /// Draw 1 drawn (07:00), not revealed yet.
    static func drawn() throws -> (Harness, StoredDraw, [DrawRecord.Team]) {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        let draw = try #require(try harness.store.draws().first)
        return (harness, draw, try #require(try draw.decodedRecord()).teams)
    }

    /// The rule's choice for `leaving`'s seat on the team for `department` if it were made now,
    /// with today's checks (the same inputs a replacement uses), and the inspectors it passes over.
    static func honest(
        _ harness: Harness, _ drawID: Int64, _ department: String, _ leaving: String
    ) throws -> (id: String, passedOver: [String]) {
        let engine = harness.engine
        let draw = try #require(try harness.store.draw(id: drawID))
        let original = try #require(try draw.decodedRecord())
        let record = try engine.currentTeams(draw, original)
        let team = try #require(record.teams.first { $0.department == department })
        let member = try #require(team.members.first { $0.inspector == leaving })
        var roster = try engine.withPendingConflicts(try #require(try harness.store.currentRoster()).roster())
        roster.history += try engine.pastInspections(before: draw.date).map(Engine.history)
        let committed = try #require(try engine.committedRoster(draw))
        let earlier = try harness.store.replacements(drawID: draw.id).map(Engine.entry)
        let policy = draw.policy ?? Policy()
        let check = try engine.seatCheck(
            draw, original, team: team, leaving: member, seat: leaving, roster: roster,
            day: try engine.daySoFar(on: draw.date), reason: "病假", committed: committed, earlier: earlier,
            policy: policy)
        let choice = try engine.ruleChoice(
            draw, original, earlier, department, leaving, "病假", committed, policy, today: check.problems)
        return (choice.id, choice.passedOver)
    }

    static func roster(_ harness: Harness) throws -> Roster {
        try #require(try harness.store.currentRoster()).roster()
    }

    static func save(_ harness: Harness, _ roster: Roster, _ time: String) throws {
        _ = try harness.store.saveRoster(
            roster, source: "test", actor: "coordinator", at: harness.at("2026-12-01", time))
    }

    static func edit(
        _ harness: Harness, _ id: String, _ time: String, _ change: (inout Inspector) -> Void
    ) throws {
        var roster = try Self.roster(harness)
        let index = try #require(roster.inspectors.firstIndex { $0.id == id })
        change(&roster.inspectors[index])
        try Self.save(harness, roster, time)
    }

    static func replace(
        _ harness: Harness, _ draw: StoredDraw, _ leaving: String, with: String? = nil, department: String? = nil,
        _ time: String
    ) throws -> Replacement {
        try harness.engine.replace(
            drawID: draw.id, inspector: leaving, with: with, reason: "病假", actor: "coordinator",
            now: harness.at("2026-12-01", time), config: harness.config, department: department)
    }

    /// Hand-picks `choice` onto the first of `teams` (of `draw`) that takes them at 08:30, in
    /// place of one of its members: the team and the member it replaced, or nil if none took them.
    static func park(
        _ harness: Harness, _ choice: String, on draw: StoredDraw, teams: [DrawRecord.Team]
    ) -> (team: DrawRecord.Team, member: String)? {
        for other in teams {
            for member in other.members
            where (try? replace(harness, draw, member.inspector, with: choice, department: other.department, "08:30"))
                != nil
            {
                return (other, member.inspector)
            }
        }
        return nil
    }

    /// At the day's end the draw is published, and both verifiers accept its folder.
    static func expectBothVerifiersAccept(_ harness: Harness, _ draw: StoredDraw) throws {
        try harness.tick("2026-12-01", "18:00")
        let folder = Engine.publicFolder(draw, config: harness.config)
        let failures = try PublicRecordTests.verifyBoth(
            folder, date: "2026-12-01", name: URL(fileURLWithPath: folder).lastPathComponent,
            publicRoot: harness.config.paths.publicRecords)
        #expect(failures.isEmpty, "\(failures)")
    }

    /// The newest published entry, a hand-pick: no `passedOver`, and the chain still holds.
    static func expectCoordinators(_ harness: Harness, _ draw: StoredDraw, at index: Int? = nil) throws {
        let entries = try harness.engine.chainedReplacements(draw)
        let entry = try #require(index.map { entries[$0] } ?? entries.last)
        #expect(entry.chosenBy == ReplacementChoice.coordinator.rawValue, "\(entry)")
        #expect(entry.passedOver == nil, "\(entry)")
        #expect(try harness.engine.verifyChain().broken == nil)
        try Self.expectBothVerifiersAccept(harness, draw)
    }

    /// The newest published entry, the rule's, passing over `id` when given.
    static func expectRules(_ harness: Harness, _ draw: StoredDraw, passedOver id: String?) throws {
        let entry = try #require(try harness.engine.chainedReplacements(draw).last)
        #expect(entry.chosenBy == ReplacementChoice.rule.rawValue, "\(entry)")
        if let id { #expect(entry.passedOver?.contains(id) == true, "\(entry)") }
        #expect(try harness.engine.verifyChain().broken == nil)
        try Self.expectBothVerifiersAccept(harness, draw)
    }

    // MARK: Steering, published as the coordinator's

    @Test func anotherInspectorsHomeMovedForAMinuteMakesTheReplacementACoordinatorsChoice() throws {
        let (harness, draw, teams) = try Self.drawn()
        let (a, b) = (teams[0], teams[1])
        let leaving = try #require(a.members.last).inspector
        let choice = try Self.honest(harness, draw.id, a.department, leaving).id
        // Before the reveal the rule's choice works at the second team's department.
        try Self.edit(harness, choice, "07:30") { $0.home = b.department }
        try harness.tick("2026-12-01", "08:00")
        #expect(try Self.honest(harness, draw.id, a.department, leaving).id == choice)
        // After it, a member of that team is moved to the first team's department for a minute:
        // the choice would inspect a department whose staff inspect theirs (the reciprocal ban).
        let moved = try #require(b.members.last).inspector
        let home = try #require(try Self.roster(harness).inspectors.first { $0.id == moved }).home
        try Self.edit(harness, moved, "08:30") { $0.home = a.department }
        let made = try Self.replace(harness, draw, leaving, "09:00")
        try Self.edit(harness, moved, "09:10") { $0.home = home }
        #expect(made.newInspector != choice)
        try Self.expectCoordinators(harness, draw)
    }

    @Test func aSkillTakenFromTheStayingMembersForAMinuteMakesTheReplacementACoordinatorsChoice() throws {
        let (harness, draw, teams) = try Self.drawn()
        let roster = try Self.roster(harness)
        let people = Dictionary(uniqueKeysWithValues: roster.inspectors.map { ($0.id, $0) })
        // A team whose department requires skills, and a member whose leaving keeps them on it.
        var found: (DrawRecord.Team, String, [String])?
        for team in teams where found == nil {
            let skills = roster.departments.first { $0.id == team.department }?.requiredSkills ?? []
            guard !skills.isEmpty else { continue }
            for member in team.members.reversed() where found == nil {
                let held = Set(team.members.filter { $0 != member }.flatMap { people[$0.inspector]?.skills ?? [] })
                if skills.allSatisfy(held.contains) { found = (team, member.inspector, skills) }
            }
        }
        let (team, leaving, required) = try #require(found)
        let skills = [required[0]]
        let choice = try Self.honest(harness, draw.id, team.department, leaving).id
        // Before the reveal the rule's choice lacks one of the skills (the staying members hold it).
        try Self.edit(harness, choice, "07:30") { $0.skills.removeAll { skills.contains($0) } }
        try harness.tick("2026-12-01", "08:00")
        #expect(try Self.honest(harness, draw.id, team.department, leaving).id == choice)
        // After it, the staying members lose that skill for a minute: everyone without it is
        // passed over ("the team would lack the skill").
        let before = try Self.roster(harness)
        var edited = before
        for index in edited.inspectors.indices
        where team.members.contains(where: { $0.inspector == edited.inspectors[index].id && $0.inspector != leaving }) {
            edited.inspectors[index].skills.removeAll { skills.contains($0) }
        }
        try Self.save(harness, edited, "08:30")
        let made = try Self.replace(harness, draw, leaving, "09:00")
        try Self.save(harness, before, "09:10")
        #expect(made.newInspector != choice)
        try Self.expectCoordinators(harness, draw)
    }

    @Test func aDeclarationMadeThroughALoginPointedAtAnotherAccountIsNotTheInspectorsOwnWord() throws {
        let (harness, draw, teams) = try Self.drawn()
        try harness.tick("2026-12-01", "08:00")
        let team = teams[0]
        let leaving = try #require(team.members.last).inspector
        let choice = try Self.honest(harness, draw.id, team.department, leaving).id
        let login = try #require(try Self.roster(harness).inspectors.first { $0.id == choice }).login
        // The coordinator gives the choice their own account, declares "as" them, and undoes it.
        try Self.edit(harness, choice, "08:30") { $0.login = "coordinator1" }
        _ = try harness.store.declare(
            kind: .conflict, login: "coordinator1", inspector: choice, department: team.department, from: nil,
            to: nil, reason: "配偶在该单位任职", actor: "coordinator1", at: harness.at("2026-12-01", "08:31"))
        try Self.edit(harness, choice, "08:32") { $0.login = login }
        let made = try Self.replace(harness, draw, leaving, "09:00")
        #expect(made.newInspector != choice)
        try Self.expectCoordinators(harness, draw)
    }

    @Test func aFalseHistoryLineImportedForAMinuteMakesTheReplacementACoordinatorsChoice() throws {
        let (harness, draw, teams) = try Self.drawn()
        try harness.tick("2026-12-01", "08:00")
        let team = teams[0]
        let leaving = try #require(team.members.last).inspector
        let choice = try Self.honest(harness, draw.id, team.department, leaving).id
        let before = try Self.roster(harness)
        var edited = before
        // "The choice inspected that department yesterday": rotation passes them over.
        edited.history.append(
            PastAssignment(date: Day(iso: "2026-11-30")!, inspector: choice, department: team.department))
        try Self.save(harness, edited, "08:30")
        let made = try Self.replace(harness, draw, leaving, "09:00")
        try Self.save(harness, before, "09:10")
        #expect(made.newInspector != choice)
        try Self.expectCoordinators(harness, draw)
    }

    @Test func theRulesChoiceParkedOnAnotherTeamByAHandPickMakesTheReplacementACoordinatorsChoice() throws {
        let (harness, draw, teams) = try Self.drawn()
        let team = teams[0]
        let leaving = try #require(team.members.last).inspector
        let choice = try Self.honest(harness, draw.id, team.department, leaving).id
        try Self.edit(harness, choice, "07:30") { $0.dailyCap = 1 }
        try harness.tick("2026-12-01", "08:00")
        #expect(try Self.honest(harness, draw.id, team.department, leaving).id == choice)
        // The choice is hand-picked onto another team (their daily cap is then reached) ...
        let (other, member) = try #require(Self.park(harness, choice, on: draw, teams: Array(teams.dropFirst())))
        // ... the rule replaces on the first team, and the hand-pick is undone.
        let made = try Self.replace(harness, draw, leaving, department: team.department, "09:00")
        _ = try Self.replace(harness, draw, choice, with: member, department: other.department, "09:10")
        #expect(made.newInspector != choice)
        try Self.expectCoordinators(harness, draw, at: 1)
    }

    @Test func theRulesChoiceParkedOnAnotherDrawsTeamByAHandPickMakesTheReplacementACoordinatorsChoice() throws {
        // Two pools: key-posts revealed at 07:05, county at 08:00.
        let harness = try SecrecyTests.harness(countyDraw: "07:00")
        try harness.tick("2026-12-01", "07:00")
        let draws = try harness.store.draws()
        let keyPosts = try #require(draws.first { $0.pool == "key-posts" })
        let county = try #require(draws.first { $0.pool == "county" })
        let team = try #require(try keyPosts.decodedRecord()?.teams.first)
        let leaving = try #require(team.members.last).inspector
        let choice = try Self.honest(harness, keyPosts.id, team.department, leaving).id
        try Self.edit(harness, choice, "07:02") { $0.dailyCap = 1 }
        try harness.tick("2026-12-01", "07:05")
        try harness.tick("2026-12-01", "08:00")
        #expect(try Self.honest(harness, keyPosts.id, team.department, leaving).id == choice)
        // The choice is hand-picked onto a county team, the rule replaces on the key-posts team,
        // and the hand-pick is undone.
        let countyTeams = try #require(try county.decodedRecord()).teams
        let (other, member) = try #require(Self.park(harness, choice, on: county, teams: countyTeams))
        let made = try Self.replace(harness, keyPosts, leaving, department: team.department, "09:00")
        _ = try Self.replace(harness, county, choice, with: member, department: other.department, "09:10")
        #expect(made.newInspector != choice)
        try Self.expectCoordinators(harness, keyPosts)
    }

    @Test func aConflictRemovedForAMinuteToLetSomeoneThroughMakesTheReplacementACoordinatorsChoice() throws {
        let (harness, draw, teams) = try Self.drawn()
        let team = teams[0]
        let leaving = try #require(team.members.last).inspector
        let wanted = try Self.honest(harness, draw.id, team.department, leaving).id
        // At the reveal the one wanted has a conflict with the department: the rule passes them over.
        let line = Conflict(inspector: wanted, department: team.department, reason: "配偶在该单位任职")
        var roster = try Self.roster(harness)
        roster.conflicts.append(line)
        try Self.save(harness, roster, "07:30")
        try harness.tick("2026-12-01", "08:00")
        #expect(try Self.honest(harness, draw.id, team.department, leaving).id != wanted)
        // After it the line is removed for a minute.
        var edited = try Self.roster(harness)
        edited.conflicts.removeAll { $0 == line }
        try Self.save(harness, edited, "08:30")
        let made = try Self.replace(harness, draw, leaving, "09:00")
        try Self.save(harness, roster, "09:10")
        #expect(made.newInspector == wanted)
        try Self.expectCoordinators(harness, draw)
    }

    // MARK: Honest pass-overs, published as the rule's

    @Test func aPassOverAlreadyTrueAtTheRevealLeavesTheReplacementTheRules() throws {
        let (harness, draw, teams) = try Self.drawn()
        let team = teams[0]
        let leaving = try #require(team.members.last).inspector
        let choice = try Self.honest(harness, draw.id, team.department, leaving).id
        var roster = try Self.roster(harness)
        roster.conflicts.append(Conflict(inspector: choice, department: team.department, reason: "配偶在该单位任职"))
        try Self.save(harness, roster, "07:30")
        try harness.tick("2026-12-01", "08:00")
        let made = try Self.replace(harness, draw, leaving, "09:00")
        #expect(made.newInspector != choice)
        try Self.expectRules(harness, draw, passedOver: choice)
    }

    @Test func theDaemonsOwnRecheckAfterUnrelatedEditsIsTheRulesChoice() throws {
        let (harness, draw, teams) = try Self.drawn()
        try harness.tick("2026-12-01", "08:00")
        let team = teams[0]
        let leaving = try #require(team.members.last).inspector
        let choice = try Self.honest(harness, draw.id, team.department, leaving).id
        // The roster is edited after the reveal (the rule's choice gets a conflict), and the
        // member is found to have one too: the daemon's re-check replaces them by the rule.
        var roster = try Self.roster(harness)
        roster.conflicts.append(Conflict(inspector: choice, department: team.department, reason: "临时"))
        roster.conflicts.append(Conflict(inspector: leaving, department: team.department, reason: "配偶在该单位任职"))
        try Self.save(harness, roster, "08:30")
        try harness.engine.recheckIssued(config: harness.config, now: harness.at("2026-12-01", "09:00"))
        let made = try #require(try harness.store.replacements(drawID: draw.id).last)
        #expect(made.actor == Engine.daemonActor && made.oldInspector == leaving)
        try Self.expectRules(harness, draw, passedOver: choice)
        #expect(try !harness.engine.handPicked(draw).contains([team.department, made.newInspector]))
    }

    @Test func aRuleReplacementThatFilledTheChoicesDayLeavesTheNextReplacementTheRules() throws {
        let (harness, draw, teams) = try Self.drawn()
        let team = teams[0]
        let leaving = try #require(team.members.last).inspector
        let choice = try Self.honest(harness, draw.id, team.department, leaving).id
        // A seat of another team whose rule order reaches the choice: the inspectors it ranks
        // first get a conflict with that department before the reveal.
        var found: (DrawRecord.Team, String, [String])?
        let record = try #require(try draw.decodedRecord())
        let committed = try #require(try harness.engine.committedRoster(draw))
        for other in teams.dropFirst() {
            let ranked = ReplacementRule.order(
                recordHash: draw.recordHash ?? "", department: other.department,
                inspectors: committed.inspectors.map(\.id))
            for member in other.members {
                let entry = DaySoFar.Replacement(
                    draw: String(draw.id), department: other.department, outgoing: member.inspector, incoming: "",
                    reason: "病假", at: "now")
                let valid = ranked.filter {
                    ReplacementRule.valid(
                        $0, at: 0, of: [entry], record: record, roster: committed, policy: draw.policy ?? Policy())
                }
                guard let index = valid.firstIndex(of: choice) else { continue }
                if found.map({ index < $0.2.count }) ?? true {
                    found = (other, member.inspector, Array(valid[..<index]))
                }
            }
        }
        let (other, member, earlier) = try #require(found)
        var roster = try Self.roster(harness)
        for id in earlier {
            roster.conflicts.append(Conflict(inspector: id, department: other.department, reason: "配偶在该单位任职"))
        }
        let index = try #require(roster.inspectors.firstIndex { $0.id == choice })
        roster.inspectors[index].dailyCap = 1
        try Self.save(harness, roster, "07:30")
        try harness.tick("2026-12-01", "08:00")
        // The rule puts the choice on the other team; the next replacement passes them over.
        let first = try Self.replace(harness, draw, member, department: other.department, "08:30")
        try #require(first.newInspector == choice)
        // (Both teams are the same draw's: its committed context, where the verifiers check the
        // rule, already keeps the choice away, so they are not listed as passed over.)
        let made = try Self.replace(harness, draw, leaving, department: team.department, "09:00")
        #expect(made.newInspector != choice)
        try Self.expectRules(harness, draw, passedOver: nil)
    }
}
