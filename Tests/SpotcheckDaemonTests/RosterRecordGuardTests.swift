import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A coordinator cannot steer the draw through the roster's own records: deleting whom the
/// daemon's draws name, or writing history the daemon did not record, is refused whole; and an
/// order called off is no inspection on later days.
@Suite(.serialized) struct RosterRecordGuardTests {
    @Test func aCancelledOrderPutsItsDepartmentIntoNoCoolDownOnLaterDays() throws {
        let (harness, _, ordered) = try CancelOrderTests.cancelledDay()
        let target = try #require(ordered.fixedTargets?.first)
        _ = try harness.engine.cancelOrder(
            drawID: ordered.id, reason: "误操作", actor: "coordinator", now: harness.at("2026-12-01", "09:30"),
            config: harness.config)
        try harness.tick("2026-12-02", "08:00")
        let next = try #require(try harness.store.draws(on: Day(iso: "2026-12-02")!).first)
        let history = String(decoding: try #require(next.snapshotHistory), as: UTF8.self)
        // The scheduled teams of day one are history; the cancelled order's are not.
        let scheduled = try harness.store.draws(on: Day(iso: "2026-12-01")!).filter { $0.id != ordered.id }
        let kept = try scheduled.flatMap { try harness.store.assignments(drawID: $0.id) }
        #expect(!kept.isEmpty)
        for assignment in kept {
            #expect(history.contains("2026-12-01,\(assignment.inspector),\(assignment.department)"), "\(history)")
        }
        for assignment in try harness.store.assignments(drawID: ordered.id) {
            #expect(!history.contains("2026-12-01,\(assignment.inspector),\(target)"), "\(history)")
        }
    }

    @Test func aDepartmentCalledOffTodayCannotBeOrderedAgainForAFreshTeamUntilTomorrow() throws {
        let (harness, _, ordered) = try CancelOrderTests.cancelledDay()
        let target = try #require(ordered.fixedTargets?.first)
        _ = try harness.engine.cancelOrder(
            drawID: ordered.id, reason: "误操作", actor: "coordinator", now: harness.at("2026-12-01", "09:30"),
            config: harness.config)
        let drawsBefore = try harness.store.draws().count
        #expect(throws: Engine.OrderError.cancelledToday(target, ordered.id)) {
            try harness.engine.orderTargeted(
                pool: "county", departments: [target], reason: "群众投诉", actor: "coordinator",
                now: harness.at("2026-12-01", "09:40"), config: harness.config)
        }
        #expect(try harness.store.draws().count == drawsBefore)
        // The next working day it may be ordered again.
        try harness.tick("2026-12-02", "08:00")
        let again = try harness.engine.orderTargeted(
            pool: "county", departments: [target], reason: "群众投诉", actor: "coordinator",
            now: harness.at("2026-12-02", "09:40"), config: harness.config)
        #expect(again.fixedTargets == [target])
        #expect(
            Engine.OrderError.cancelledToday(target, ordered.id).parameters["code"]?.description == "cancelled-today")
    }

    @Test func deletingAnInspectedDepartmentOrAnInspectorWhoServedIsRefused() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let served = try #require(try harness.store.assignments(drawID: draw.id).first)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let today = Day(iso: "2026-12-01")!

        var withoutDepartment = roster
        withoutDepartment.departments.removeAll { $0.id == served.department }
        let departmentProblems = try RosterRecordGuard.problems(
            new: withoutDepartment, old: roster, store: harness.store, today: today)
        #expect(
            departmentProblems.contains {
                $0.file == "departments.csv"
                    && $0.message.contains("department '\(served.department)' was inspected in draw \(draw.id)")
                    && $0.message.contains("close it instead")
            }, "\(departmentProblems.map(\.message))")

        var withoutInspector = roster
        withoutInspector.inspectors.removeAll { $0.id == served.inspector }
        let inspectorProblems = try RosterRecordGuard.problems(
            new: withoutInspector, old: roster, store: harness.store, today: today)
        #expect(
            inspectorProblems.map(\.message) == [
                "inspector '\(served.inspector)' served in draw \(draw.id) on 2026-12-01 and cannot be deleted; retire them instead (spotcheck inspectors retire \(served.inspector))"
            ])
        // Every text has its Chinese (the command line says it in the reader's language).
        for problem in departmentProblems + inspectorProblems {
            #expect(Catalogue.RosterRecords.patterns.match(problem.message) != nil, "\(problem.message)")
        }
        // Closing instead is fine.
        var closed = roster
        if let index = closed.departments.firstIndex(where: { $0.id == served.department }) {
            closed.departments[index].active = false
        }
        #expect(try RosterRecordGuard.problems(new: closed, old: roster, store: harness.store, today: today).isEmpty)
    }

    @Test func aSnapshotThatWouldNotReadBackCommitsNoSeed() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let served = try #require(try harness.store.assignments().first)
        // A roster that lost a department the daemon's draws name, its staff and every other line
        // naming it kept (stored past every guard): no snapshot of it reads back.
        var roster = try #require(try harness.store.currentRoster()).roster()
        roster.departments.removeAll { $0.id == served.department }
        _ = try harness.store.saveRoster(roster, source: "test", actor: "test", at: harness.at("2026-12-01", "18:00"))
        let before = try harness.store.draws().count
        #expect(throws: (any Error).self) { try harness.tick("2026-12-02", "08:00") }
        // No seed was committed to a snapshot no draw could be computed from.
        #expect(try harness.store.draws().count == before)
    }

    @Test func historyTheDaemonDidNotRecordCannotBeAddedAndOlderLinesCan() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let roster = try #require(try harness.store.currentRoster()).roster()
        let inspector = try #require(roster.inspectors.first)
        let department = try #require(roster.departments.first { $0.id != inspector.home }).id
        func with(_ date: String) -> Roster {
            var changed = roster
            changed.history.append(
                PastAssignment(date: Day(iso: date)!, inspector: inspector.id, department: department))
            return changed
        }
        let today = Day(iso: "2026-12-03")!
        let future = try RosterRecordGuard.problems(
            new: with("2027-01-28"), old: roster, store: harness.store, today: today)
        #expect(future.count == 1 && future[0].file == "history.csv" && future[0].line == roster.history.count + 2)
        #expect(future[0].message.contains("has not happened yet"), "\(future)")
        // Between the first draw and today: the daemon's own draws are the record of those days.
        let made = try RosterRecordGuard.problems(
            new: with("2026-12-02"), old: roster, store: harness.store, today: today)
        #expect(made.count == 1 && made[0].message.contains("history from 2026-12-01 on is recorded by the daemon"))
        for problem in future + made {
            #expect(Catalogue.RosterRecords.patterns.match(problem.message) != nil, "\(problem.message)")
        }
        // Before the daemon drew: the inspections of the spreadsheet days may still be entered.
        #expect(
            try RosterRecordGuard.problems(new: with("2026-11-20"), old: roster, store: harness.store, today: today)
                .isEmpty)
        // A line already there is no addition.
        let existing = with("2026-12-02")
        #expect(
            try RosterRecordGuard.problems(new: existing, old: existing, store: harness.store, today: today).isEmpty)
    }

    @Test func anImportRefusedForTheDaemonsRecordsSaysWhatToDoInBothLanguages() throws {
        let daemon = try DailyUseTests.started()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        let served = try #require(try store.assignments(drawID: draw.id).first)
        let folder = daemon.folder.appendingPathComponent("export-guard").path
        #expect(try RosterEditTests.spotcheck(daemon, ["export", folder]).status == 0)
        let before = try RosterEditTests.currentSHA(daemon)
        // Delete the inspector who served, and every line that names them.
        for name in ["inspectors.csv", "conflicts.csv", "history.csv"] {
            let path = "\(folder)/\(name)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let kept = lines.enumerated().filter { index, line in
                index == 0 || !line.split(separator: ",").contains { $0 == served.inspector }
            }.map { String($0.element) }
            try kept.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let refused = try RosterEditTests.spotcheck(daemon, ["import", folder, "--force"])
        #expect(refused.status == 65, "\(refused.output)")
        #expect(refused.output.contains("cannot be deleted; retire them instead"), "\(refused.output)")
        let chinese = try ControlTests.run(
            ControlTests.cli, ["import", folder, "--force"],
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 65 && chinese.output.contains("不能删除；请改为停用该人员"), "\(chinese.output)")
        #expect(try RosterEditTests.currentSHA(daemon) == before)
    }
}
