import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// "Every inspector is recused from departments they work in, used to work in, or have a declared
/// tie to" holds for the roster as it is when the teams are told, not only as it was committed:
/// roster edits between the draw and the reveal, declarations (pending or approved after the
/// reveal) and transfers.
@Suite(.serialized) struct RosterRecheckTests {
    static func index(_ roster: Roster, _ id: String) throws -> Int {
        try #require(roster.inspectors.firstIndex { $0.id == id })
    }

    /// Whose assignment (inspector, department) the store and the task files hold for a draw.
    static func issued(_ harness: Harness, _ draw: StoredDraw) throws -> Set<String> {
        Set(try harness.store.assignments(drawID: draw.id).map { "\($0.inspector) \($0.department)" })
    }

    @Test func rosterEditsBetweenTheDrawAndTheRevealAreAppliedBeforeAnyoneIsTold() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        let draw = try #require(try harness.store.draws().first)
        #expect(draw.revealedAt == nil)
        let record = try #require(try draw.decodedRecord())
        try #require(record.teams.count >= 3)
        let first = record.teams[0]
        let second = record.teams[1]
        let closed = record.teams[2]
        try #require(first.members.count >= 2 && second.members.count >= 2)
        let day = Day(iso: "2026-12-01")!
        var roster = try #require(try harness.store.currentRoster()).roster()
        let conflicted = first.members[0].inspector
        let absent = first.members[1].inspector
        let retired = second.members[0].inspector
        let moved = second.members[1].inspector
        roster.conflicts.append(Conflict(inspector: conflicted, department: first.department, reason: "配偶在该单位任职"))
        let absentIndex = try Self.index(roster, absent)
        let retiredIndex = try Self.index(roster, retired)
        let movedIndex = try Self.index(roster, moved)
        roster.inspectors[absentIndex].unavailable.insert(DayRange(day, day)!)
        roster.inspectors[retiredIndex].active = false
        roster.inspectors[movedIndex].home = second.department
        let closedIndex = try #require(roster.departments.firstIndex { $0.id == closed.department })
        roster.departments[closedIndex].active = false
        try harness.store.saveRoster(roster, source: "test", actor: "test", at: harness.at("2026-12-01", "07:30"))

        try harness.tick("2026-12-01", "08:00")
        let revealed = try #require(try harness.store.draw(id: draw.id))
        #expect(revealed.revealedAt != nil)
        // The committed draw is unchanged.
        #expect(revealed.record == draw.record && revealed.recordHash == draw.recordHash)
        let forbidden = [
            (conflicted, first.department), (absent, first.department), (retired, second.department),
            (moved, second.department),
        ]
        let assignments = try Self.issued(harness, draw)
        let replacements = try harness.store.replacements(drawID: draw.id)
        let withheld = try harness.store.withheld(drawID: draw.id)
        let logins = Dictionary(roster.inspectors.map { ($0.id, $0.login) }, uniquingKeysWith: { a, _ in a })
        for (inspector, department) in forbidden {
            #expect(!assignments.contains("\(inspector) \(department)"), "\(inspector) still on \(department)")
            // Replaced by the rule, or withheld when nobody can take the place.
            let replaced = replacements.contains {
                $0.oldInspector == inspector && $0.reason == Engine.rosterChangedReason && $0.actor == "spotcheckd"
            }
            let held = withheld.contains { $0.inspector == inspector && $0.department == department }
            #expect(replaced || held, "\(inspector): \(replacements) \(withheld)")
            // Never told: no assignment (not even a withdrawn one) for that department.
            let login = try #require(logins[inspector])
            if let data = FileManager.default.contents(atPath: harness.taskPath("2026-12-01", login)) {
                let file = try TaskFile.decode(data)
                #expect(!file.assignments.contains { $0.target.id == department }, "\(login): \(file.assignments)")
            }
        }
        // The closed department's team is withheld as a whole, with a warning in the journal.
        #expect(!assignments.contains { $0.hasSuffix(" \(closed.department)") })
        #expect(
            Set(withheld.filter { $0.department == closed.department }.map(\.inspector))
                == Set(closed.members.map(\.inspector)))
        #expect(
            harness.events(.memberWithheld).contains {
                $0.fields["DEPARTMENT"] == closed.department
                    && $0.fields["REASON"] == "department closed after the draw"
            })
        // Every newcomer is allowed by the current roster.
        let eligibility = try Eligibility(roster: roster, policy: draw.policy ?? Policy(), date: day)
        for replacement in replacements {
            #expect(
                Engine.rosterForbids(
                    eligibility, inspector: replacement.newInspector, department: replacement.department
                )
                .isEmpty)
        }
        // The team sheet shows the teams as they now are.
        let current = try harness.engine.currentTeams(revealed, record)
        for (inspector, department) in forbidden {
            let members = current.teams.first(where: { $0.department == department })?.members ?? []
            #expect(!members.contains(where: { $0.inspector == inspector }))
        }
        #expect(current.teams.first { $0.department == closed.department }?.members.isEmpty == true)
        // The coordinator's team sheet says which team goes without whom, and why.
        let sheet = try TeamSheet.build(
            date: day, pool: nil, store: harness.store, engine: harness.engine, config: harness.config,
            local: harness.local)
        let closedSheet = try #require(sheet.teams.first { $0.department == closed.department })
        #expect(closedSheet.kind == "withheld" && closedSheet.members.isEmpty)
        #expect(closedSheet.reason?.contains("department closed after the draw") == true, "\(closedSheet)")
        // The chain holds, and both verifiers accept the published day.
        #expect(try harness.engine.verifyChain().broken == nil)
        try harness.tick("2026-12-01", "18:00")
        let folder = Engine.publicFolder(revealed, config: harness.config)
        let failures = try PublicRecordTests.verifyBoth(
            folder, date: "2026-12-01", name: URL(fileURLWithPath: folder).lastPathComponent,
            publicRoot: harness.config.paths.publicRecords)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The inspector the rule would choose for a seat declares a conflict with the department
    /// (pending): neither a hand-pick nor the rule puts them there, and `why` says why.
    @Test func aPendingConflictDeclarationKeepsTheDeclarantOffThatTeamAndWhySaysSo() throws {
        // The rule's choice for the seat, in this very harness (PassOverEditTests.revealed).
        let (harness, draw, team, leaving, declarant) = try PassOverEditTests.revealed()
        let department = team.department
        let choice = declarant.id
        let roster = try #require(try harness.store.currentRoster()).roster()
        _ = try harness.store.declare(
            kind: .conflict, login: declarant.login, inspector: declarant.id, department: department, from: nil,
            to: nil, reason: "配偶在该单位任职", actor: "test", at: harness.at("2026-12-01", "08:30"))
        // By hand: refused, naming the declared conflict.
        do {
            _ = try harness.engine.replace(
                drawID: draw.id, inspector: leaving, with: choice, reason: "病假", actor: "coordinator",
                now: harness.at("2026-12-01", "09:00"), config: harness.config)
            Issue.record("a declarant with a pending conflict joined the team for \(department)")
        } catch let error as Engine.ReplaceError {
            #expect("\(error)".contains("declared conflict"), "\(error)")
        }
        // The rule's own choice passes them over.
        let made = try harness.engine.replace(
            drawID: draw.id, inspector: leaving, with: nil, reason: "病假", actor: "coordinator",
            now: harness.at("2026-12-01", "09:10"), config: harness.config)
        #expect(made.newInspector != choice)
        // `why` through the daemon says the same.
        let stored = try #require(try harness.store.currentRoster())
        let eligibility = try harness.engine.eligibility(
            roster: roster, rosterID: stored.id, department: department, date: Day(iso: "2026-12-01")!,
            config: harness.config)
        guard case .excluded(let reasons) = eligibility.why(inspector: choice, department: department) else {
            Issue.record("why says \(choice) may inspect \(department)")
            return
        }
        #expect(reasons.contains { $0.code == "declared-conflict" })
    }

    @Test func approvingAConflictDeclarationTakesTheDeclarantOffTheIssuedTeam() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let team = try #require(try draw.decodedRecord()?.teams.first)
        let declarantID = try #require(team.members.last).inspector
        let roster = try #require(try harness.store.currentRoster()).roster()
        let declarantIndex = try Self.index(roster, declarantID)
        let declarant = roster.inspectors[declarantIndex]
        let control = SecrecyTests.control(harness)
        try DeclarationTests.declareAndApprove(control, login: declarant.login, department: team.department)
        #expect(!(try Self.issued(harness, draw)).contains("\(declarantID) \(team.department)"))
        let replaced = try harness.store.replacements(drawID: draw.id).contains {
            $0.oldInspector == declarantID && $0.reason == Engine.rosterChangedReason
        }
        let held = try harness.store.withheld(drawID: draw.id).contains { $0.inspector == declarantID }
        #expect(replaced || held)
        #expect(try harness.engine.verifyChain().broken == nil)
    }

    @Test func aTransferThroughTheDaemonLeavesTheOldHomeAsAFormerPost() throws {
        let harness = try Harness()
        let control = SecrecyTests.control(harness)
        let stored = try #require(try harness.store.currentRoster())
        let roster = try stored.roster()
        let mover = try #require(roster.inspectors.first { $0.former.isEmpty })
        let newHome = try #require(roster.departments.first { $0.id != mover.home && $0.active }).id
        let moverIndex = try Self.index(roster, mover.id)
        var edited = roster
        edited.inspectors[moverIndex].home = newHome
        let files = RosterWriter.write(edited)
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        let request = ControlMessages.ImportParameters(
            files: ControlMessages.Files(
                departments: text(files.departments), inspectors: text(files.inspectors),
                conflicts: text(files.conflicts), history: text(files.history)),
            baseSha256: nil, dryRun: false)
        let reply = SecrecyTests.call(control, "ImportRoster", request, as: SecrecyTests.coordinator)
        #expect(!reply.contains("\"error\""), "\(reply)")
        let today = LocalTime(zone: TimeZone(identifier: harness.config.calendar.timeZone)!).day(of: Date())
        let now = try #require(try harness.store.currentRoster()).roster()
        let movedIndex = try Self.index(now, mover.id)
        let moved = now.inspectors[movedIndex]
        #expect(moved.home == newHome)
        #expect(moved.former == [FormerPost(department: mover.home, left: today)])
        // The former post excludes the old home from now on.
        let eligibility = try Eligibility(roster: now, policy: Policy(), date: today.adding(days: 1))
        #expect(
            Engine.rosterForbids(eligibility, inspector: mover.id, department: mover.home).contains("former-department")
        )
        // A new roster that already names the old home as a former post is taken as it is.
        var named = roster
        named.inspectors[moverIndex].home = newHome
        named.inspectors[moverIndex].former = [
            FormerPost(department: mover.home, left: today.adding(days: -3))
        ]
        let kept = HomeChanges.recordFormerPosts(new: named, old: roster, today: today)
        let keptIndex = try Self.index(kept, mover.id)
        #expect(kept.inspectors[keptIndex].former.count == 1)
        #expect(kept.inspectors[keptIndex].former.first?.left == today.adding(days: -3))
    }
    @Test func aReplacementCannotPutSomeoneOnASecondTeamOfTheDayBeyondTheirCap() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let first = try #require(try harness.store.draws().first)
        let team = try #require(try first.decodedRecord()?.teams.first)
        // The same department ordered again: a second team for it, the same day.
        let ordered = try harness.engine.orderTargeted(
            pool: "county", departments: [team.department], reason: "群众投诉", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let second = try harness.store.assignments(drawID: ordered.id)
        let busy = try #require(
            second.first { assignment in
                roster.inspectors.first { $0.id == assignment.inspector }?.dailyCap == 1
                    && !team.members.contains { $0.inspector == assignment.inspector }
            })
        let leaving = try #require(team.members.last { $0.role != .lead }).inspector
        do {
            _ = try harness.engine.replace(
                drawID: first.id, inspector: leaving, with: busy.inspector, reason: "病假", actor: "coordinator",
                now: harness.at("2026-12-01", "10:00"), config: harness.config)
            Issue.record("\(busy.inspector) (cap 1) joined a second team of the day")
        } catch let error as Engine.ReplaceError {
            #expect("\(error)".contains("daily cap of 1 reached"), "\(error)")
        }
    }
}
