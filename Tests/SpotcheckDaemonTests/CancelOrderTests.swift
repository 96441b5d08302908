import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// A coordinator calls off an ordered inspection: the draw stays in the record and the chain, the
/// team is told it is withdrawn, and both verifiers accept (and check) the cancellation.
@Suite(.serialized) struct CancelOrderTests {
    /// Day one: the scheduled draws, an order at 09:00 cancelled at 09:30; day two drawn after it,
    /// so that the cancellation has a follower in the chain.
    static func cancelledDay(hooks: String? = nil) throws -> (Harness, StoredDraw, StoredDraw) {
        let harness = try Harness(
            calendar: hooks.map { "\n[hooks]\nfolder = \"\($0)\"\ntimeout = 5\n" } ?? "")
        try harness.tick("2026-12-01", "08:00")
        let drawn = Set(try harness.store.draws().compactMap { try $0.decodedRecord() }.flatMap(\.targets))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let target = try #require(roster.departments.map(\.id).sorted().first { !drawn.contains($0) })
        let ordered = try harness.engine.orderTargeted(
            pool: "county", departments: [target], reason: "群众投诉", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        let scheduled = try #require(try harness.store.draws().first)
        return (harness, scheduled, ordered)
    }

    @Test func aCancelledOrderIsWithdrawnForItsTeamAndStaysInTheRecordAndTheChain() throws {
        let hooks = FileManager.default.temporaryDirectory.appendingPathComponent("cancel-hooks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: hooks) }
        let log = hooks.appendingPathComponent("notices.log").path
        let hook = hooks.appendingPathComponent("10-log").path
        try "#!/bin/sh\necho \"$1 $2\" >>\(log)\n".write(toFile: hook, atomically: true, encoding: .utf8)
        chmod(hook, 0o755)

        let (harness, scheduled, ordered) = try Self.cancelledDay(hooks: hooks.path)
        let team = try harness.store.assignments(drawID: ordered.id)
        #expect(!team.isEmpty)
        let linksBefore = try harness.store.chainEntries().count

        let cancellation = try harness.engine.cancelOrder(
            drawID: ordered.id, reason: "上级巡视组已进驻", actor: "coordinator",
            now: harness.at("2026-12-01", "09:30"), config: harness.config)
        #expect(cancellation.reason == "上级巡视组已进驻")

        // Nothing erased: the draw, its record and its assignments stay; one more chain link.
        let stored = try #require(try harness.store.draw(id: ordered.id))
        #expect(stored.record == ordered.record && stored.recordHash == ordered.recordHash)
        #expect(try harness.store.assignments(drawID: ordered.id).count == team.count)
        let links = try harness.store.chainEntries()
        #expect(links.count == linksBefore + 1 && links.last?.kind == .cancellation)
        let reply = try harness.engine.verifyChain()
        #expect(reply.broken == nil && reply.checked == links.count, "\(String(describing: reply.broken))")

        // Every member's task file keeps the assignment, withdrawn, with the reason.
        for member in team {
            let data = try #require(FileManager.default.contents(atPath: harness.taskPath("2026-12-01", member.login)))
            let file = try TaskFile.decode(data)
            #expect(file.schema == "spotcheck-task/2")
            let assignment = try #require(file.assignments.first { $0.drawID == ordered.id })
            #expect(assignment.status == "withdrawn" && assignment.cancelReason == "上级巡视组已进驻")
            #expect(assignment.team.isEmpty)
            let today = try ControlTests.run(
                ControlTests.cli,
                [
                    "today", "--tasks", harness.config.paths.tasks, "--login", member.login, "--date", "2026-12-01",
                    "--days", "0",
                ])
            #expect(today.output.contains("CANCELLED") && today.output.contains("上级巡视组已进驻"), "\(today.output)")
            let calendar = try ControlTests.run(
                ControlTests.cli,
                [
                    "today", "--tasks", harness.config.paths.tasks, "--login", member.login, "--date", "2026-12-01",
                    "--days", "0", "--ics",
                ])
            #expect(calendar.output.contains("STATUS:CANCELLED"), "\(calendar.output)")
        }
        // Each member is told through the hooks, with the withdrawn event.
        func lines() -> [String] {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
        for member in team {
            #expect(
                DaemonProcess.eventually { lines().contains("withdrawn \(member.login)") }, "\(lines())")
        }
        // The journal says who and why.
        let journaled = try #require(harness.events(.orderCancelled).first)
        #expect(journaled.message.contains("cancelled by coordinator") && journaled.message.contains("上级巡视组已进驻"))
        #expect(journaled.fields["DRAW_ID"] == String(ordered.id))

        // Once only; never a scheduled draw; nobody joins a cancelled team.
        #expect(throws: Engine.CancelError.alreadyCancelled(ordered.id)) {
            try harness.engine.cancelOrder(
                drawID: ordered.id, reason: "again", actor: "coordinator", now: harness.at("2026-12-01", "09:40"),
                config: harness.config)
        }
        #expect(throws: Engine.CancelError.notOrdered(scheduled.id)) {
            try harness.engine.cancelOrder(
                drawID: scheduled.id, reason: "x", actor: "coordinator", now: harness.at("2026-12-01", "09:40"),
                config: harness.config)
        }
        #expect(throws: Engine.CancelError.noSuchDraw(9999)) {
            try harness.engine.cancelOrder(
                drawID: 9999, reason: "x", actor: "coordinator", now: harness.at("2026-12-01", "09:40"),
                config: harness.config)
        }
        #expect(throws: Engine.ReplaceError.cancelled(ordered.id)) {
            try harness.engine.replace(
                drawID: ordered.id, inspector: team[0].inspector, with: nil, reason: "病假", actor: "coordinator",
                now: harness.at("2026-12-01", "09:45"), config: harness.config)
        }
        // The team sheet says it was cancelled; the history leaves it out (nobody inspected).
        let sheet = try TeamSheet.build(
            date: Day(iso: "2026-12-01")!, pool: nil, store: harness.store, engine: harness.engine,
            config: harness.config, local: harness.local)
        #expect(sheet.teams.filter { $0.drawId == ordered.id }.allSatisfy { $0.kind == "cancelled" })
        let history = try InspectionHistory.build(
            ControlMessages.HistoryParameters(), from: nil, to: nil, store: harness.store, engine: harness.engine)
        #expect(!history.entries.contains { $0.drawId == ordered.id })
        #expect(history.entries.contains { $0.drawId == scheduled.id })
    }

    /// `why` and `candidates` agree with the draw: a called-off inspection puts nobody of its team
    /// into rotation for its department on later days.
    @Test func aCancelledOrderCountsForNobodysRotationInWhy() throws {
        let (harness, _, ordered) = try Self.cancelledDay()
        let member = try #require(try harness.store.assignments(drawID: ordered.id).first)
        let stored = try #require(try harness.store.currentRoster())
        func rotation() throws -> Bool {
            let eligibility = try harness.engine.eligibility(
                roster: try stored.roster(), rosterID: stored.id, department: member.department,
                date: Day(iso: "2026-12-02")!, config: harness.config)
            guard
                case .excluded(let reasons) = eligibility.why(
                    inspector: member.inspector, department: member.department)
            else { return false }
            return reasons.contains { if case .rotation = $0 { true } else { false } }
        }
        #expect(try harness.store.draw(id: ordered.id)?.revealedAt != nil)
        #expect(try rotation(), "before the cancellation the order's team is in rotation")
        _ = try harness.engine.cancelOrder(
            drawID: ordered.id, reason: "上级巡视组已进驻", actor: "coordinator",
            now: harness.at("2026-12-01", "09:30"), config: harness.config)
        #expect(try !rotation(), "a cancelled order still puts \(member.inspector) into rotation")
    }

    @Test func anOrderCannotBeCancelledAfterItsInspectionDayEnded() throws {
        let (harness, _, ordered) = try Self.cancelledDay()
        #expect(throws: Engine.CancelError.dayOver(ordered.id)) {
            try harness.engine.cancelOrder(
                drawID: ordered.id, reason: "too late", actor: "coordinator", now: harness.at("2026-12-01", "18:01"),
                config: harness.config)
        }
    }

    @Test func bothVerifiersAcceptAPublishedCancellationAndCatchAnEditedOrDeletedOne() throws {
        let (harness, _, ordered) = try Self.cancelledDay()
        _ = try harness.engine.cancelOrder(
            drawID: ordered.id, reason: "上级巡视组已进驻", actor: "coordinator",
            now: harness.at("2026-12-01", "09:30"), config: harness.config)
        try harness.tick("2026-12-01", "18:00")
        try harness.tick("2026-12-02", "07:00")
        try harness.tick("2026-12-02", "18:00")
        let folder = Engine.publicFolder(ordered, config: harness.config)
        let path = "\(folder)/cancellation.json"
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let entry = try JSONDecoder().decode(CancellationEntry.self, from: bytes)
        #expect(entry.draw == String(ordered.id) && entry.record == ordered.recordHash && entry.reason == "上级巡视组已进驻")
        for result in try ChainTamperTests.verifyChain(harness.config.paths.publicRecords) {
            #expect(result.status == 0, "\(result.output)")
        }
        // The draw's own folder still verifies as drawn.
        let failures = try PublicRecordTests.verifyBoth(
            folder, date: "2026-12-01", name: URL(fileURLWithPath: folder).lastPathComponent,
            publicRoot: harness.config.paths.publicRecords)
        #expect(failures.isEmpty, "\(failures)")

        // An edited reason: the salt still fits, but the entry no longer hashes to what follows it.
        let edited = try ChainTamperTests.copy(harness)
        let editedPath = edited + path.dropFirst(harness.config.paths.publicRecords.count)
        try String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "上级巡视组已进驻", with: "另有安排")
            .write(toFile: editedPath, atomically: true, encoding: .utf8)
        ChainTamperTests.expectCaught(
            try ChainTamperTests.verifyChain(edited), naming: "cancellation.json", "an edited cancellation")

        // A deleted cancellation: its follower names a hash no longer in the folder.
        let deleted = try ChainTamperTests.copy(harness)
        try FileManager.default.removeItem(atPath: deleted + path.dropFirst(harness.config.paths.publicRecords.count))
        ChainTamperTests.expectCaught(
            try ChainTamperTests.verifyChain(deleted), naming: "previousRecordHash", "a deleted cancellation")

        // A cancellation moved to the scheduled draw's folder: wrong record, wrong salt, not ordered.
        let moved = try ChainTamperTests.copy(harness)
        let scheduled = try #require(try harness.store.draws().first)
        let scheduledFolder = Engine.publicFolder(scheduled, config: harness.config)
        try FileManager.default.moveItem(
            atPath: moved + path.dropFirst(harness.config.paths.publicRecords.count),
            toPath: moved + scheduledFolder.dropFirst(harness.config.paths.publicRecords.count) + "/cancellation.json")
        ChainTamperTests.expectCaught(
            try ChainTamperTests.verifyChain(moved), naming: "not an ordered one", "a moved cancellation")
    }
}
