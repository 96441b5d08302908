import Foundation
import GRDB
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// A complaint-driven slot hidden in a scheduled draw, the rest of its life: a crash right after
/// the draw is stored cannot let a second draw carry the same request, a member of the hidden
/// department's team can be replaced, and closing the complaint through the service (not by
/// hand in the database) publishes the opening that both verifiers then use.
@Suite struct HiddenSlotServiceTests {
    static let handler = CampaignControlTests.complaintsHandler("handler-qian", uid: 60041)

    final class CrashOnce: @unchecked Sendable {
        let lock = NSLock()
        var armed = true
        struct Crash: Error {}
        func check(_ step: String) throws {
            lock.lock()
            defer { lock.unlock() }
            if armed, step == "draw.committed" {
                armed = false
                throw Crash()
            }
        }
    }

    static let twoPools = """
        [[pool]]
        name = "county"
        targets_per_day = 3
        draw_time = "07:00"
        reveal_time = "08:00"
        [[pool]]
        name = "key-posts"
        targets_per_day = 3
        draw_time = "07:00"
        reveal_time = "08:00"
        """

    @Test func aCrashRightAfterTheDrawIsStoredLeavesTheRequestWithThatDrawAndNoOtherPoolCanCarryIt() throws {
        let crash = CrashOnce()
        let harness = try Harness(pools: Self.twoPools, fault: { try crash.check($0) })
        let control = CampaignControlTests.sealed(harness)
        // d-fagai is in both pools: either could carry its request.
        let id = try #require(CampaignControlTests.register(control, department: "d-fagai"))
        let asked = CampaignControlTests.answer(control, "RequestInspection", #"{"id":\#(id)}"#, as: Self.handler)
        #expect(CampaignControlTests.failure(asked) == nil, "\(asked)")
        let slot = try #require(try harness.store.pendingHiddenSlots().first).slot

        // The daemon dies between storing the first draw and anything after it.
        #expect(throws: CrashOnce.Crash.self) { try harness.tick("2026-12-01", "07:00") }
        let first = try #require(try harness.store.draws().first)
        #expect(try harness.store.draws().count == 1)
        #expect(try harness.store.pendingHiddenSlots().isEmpty, "the request waits for another draw after the crash")
        let linked = try harness.store.database.read { db in
            try Int64.fetchOne(db, sql: "SELECT draw_id FROM hidden_slot WHERE complaint_id = ?", arguments: [id])
        }
        #expect(linked == first.id)

        // Even a draw committed by another path to the same slot is refused whole.
        let stored = try #require(try harness.store.currentRoster())
        let other = Store.Commitment(
            pool: first.pool == "county" ? "key-posts" : "county", date: first.date, kind: .scheduled,
            seed: try #require(first.seed), snapshotHash: first.snapshotHash ?? "", previousRecordHash: nil,
            rosterVersionID: stored.id, policy: Policy(), commitment: first.commitment)
        #expect(throws: HiddenSlotTaken.self) {
            _ = try harness.store.commit(other, at: harness.at("2026-12-01", "07:00"))
        }
        #expect(try harness.store.draws().count == 1)

        // After the restart the first draw is completed with its slot; the other pool draws without.
        let engine = try harness.restarted()
        _ = try engine.tick(now: harness.at("2026-12-01", "07:01"), config: harness.config)
        let draws = try harness.store.draws()
        #expect(draws.count == 2 && draws.allSatisfy { $0.state == .completed }, "\(draws.map(\.state))")
        let records = try draws.map { try #require(try $0.decodedRecord()) }
        #expect(records.filter { $0.hiddenSlot == slot.commitment }.count == 1)
        #expect(records.first { $0.hiddenSlot != nil }?.picks.contains { $0.department == "d-fagai" } == true)
    }

    @Test func aMemberOfTheHiddenDepartmentsTeamIsReplacedAndClosingThroughTheServicePublishesTheOpening() throws {
        let harness = try Harness()
        let department = "d-shuiwu"
        let (control, id) = try HiddenSlotWatchTests.requested(harness, department: department, by: Self.handler)
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let record = try #require(try draw.decodedRecord())
        #expect(record.hiddenSlot != nil)
        let team = try #require(record.teams.first { $0.department == department }, "the hidden department has a team")
        let leaving = try #require(team.members.last)
        let replaced = try harness.engine.replace(
            drawID: draw.id, inspector: leaving.inspector, with: nil, reason: "病假", actor: "root",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        #expect(replaced.department == department, "\(replaced)")
        try harness.tick("2026-12-01", "18:00")
        let folder = "\(harness.config.paths.publicRecords)/2026-12-01/county"
        #expect(FileManager.default.fileExists(atPath: "\(folder)/replacements.json"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/hidden-slot.txt"))

        // Closed the way handlers close it: each state in turn, with the replies the complainant sees.
        for (state, reply) in [
            ("accepted", "已受理"), ("investigating", nil), ("concluded", nil), ("feedback-given", "已核实并处理"),
            ("closed", nil),
        ] as [(String, String?)] {
            let replyField = reply.map { #","reply":"\#($0)""# } ?? ""
            let updated = CampaignControlTests.answer(
                control, "Update", #"{"id":\#(id),"state":"\#(state)"\#(replyField)}"#, as: Self.handler)
            #expect(CampaignControlTests.failure(updated) == nil, "\(state): \(updated)")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/hidden-slot.txt"), "published at the next check")
        try harness.tick("2026-12-01", "18:01")
        let opening = String(
            decoding: FileManager.default.contents(atPath: "\(folder)/hidden-slot.txt") ?? Data(), as: UTF8.self)
        #expect(opening.hasPrefix("\(department):") && opening.count == department.count + 1 + 64 + 1, "\(opening)")
        let failures = try PublicRecordTests.verifyBoth(
            folder, date: "2026-12-01", name: "county", publicRoot: harness.config.paths.publicRecords)
        #expect(failures.isEmpty, "\(failures)")
    }
}
