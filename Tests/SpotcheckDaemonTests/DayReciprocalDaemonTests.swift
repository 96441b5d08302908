import Foundation
import SpotcheckCore
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

/// The reciprocal ban holds across the day's draws in the daemon: two pools drawn the same day,
/// and an order after them, never send A's staff to B when B's staff inspect A.
@Suite struct DayReciprocalDaemonTests {
    /// The pairs (inspected, home) of the day's teams: department `inspected` has a member from `home`.
    static func visits(_ harness: Harness, day: String) throws -> Set<[String]> {
        let roster = try #require(try harness.store.currentRoster()).roster()
        let homes = Dictionary(roster.inspectors.map { ($0.id, $0.home) }, uniquingKeysWith: { a, _ in a })
        return Set(
            try harness.store.assignments().filter { $0.date.description == day }.compactMap { assignment in
                homes[assignment.inspector].map { [assignment.department, $0] }
            })
    }

    static func mutual(_ visits: Set<[String]>) -> [[String]] {
        visits.filter { $0[0] < $0[1] && visits.contains([$0[1], $0[0]]) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    static let twoPools = """
        [[pool]]
        name = "county"
        targets_per_day = 6
        draw_time = "07:00"
        reveal_time = "08:00"
        [[pool]]
        name = "key-posts"
        targets_per_day = 6
        draw_time = "07:30"
        reveal_time = "08:00"
        """

    @Test func twoPoolsOfOneDayNeverInspectEachOthersHomes() throws {
        for day in ["2026-12-01", "2026-12-02", "2026-12-03"] {
            let harness = try Harness(pools: Self.twoPools)
            try harness.tick(day, "08:00")
            let draws = try harness.store.draws()
            #expect(draws.count == 2)
            let visits = try Self.visits(harness, day: day)
            #expect(!visits.isEmpty)
            #expect(Self.mutual(visits).isEmpty, "\(day): mutual inspections \(Self.mutual(visits))")
        }
    }

    @Test func anOrderAfterTheScheduledDrawsLeavesTheMutualInspectionOut() throws {
        let harness = try Harness(pools: Self.twoPools)
        let day = "2026-12-01"
        try harness.tick(day, "08:00")
        let roster = try #require(try harness.store.currentRoster()).roster()
        let active = Set(roster.departments.filter(\.active).map(\.id))
        let before = try Self.visits(harness, day: day)
        let inspected = Set(before.map { $0[0] })
        // A home whose staff inspect a department today, itself not inspected yet: order it.
        let visit = try #require(
            before.sorted { $0.lexicographicallyPrecedes($1) }.first {
                active.contains($0[1]) && !inspected.contains($0[1]) && $0[0] != $0[1]
            })
        let (department, home) = (visit[0], visit[1])
        let ordered = try harness.engine.orderTargeted(
            pool: "county", departments: [home], reason: "群众投诉", actor: "root",
            now: harness.at(day, "09:00"), config: harness.config)
        let after = try Self.visits(harness, day: day)
        #expect(!after.contains([home, department]), "\(department)'s staff sent to \(home) by draw \(ordered.id)")
        #expect(Self.mutual(after).isEmpty, "mutual inspections \(Self.mutual(after))")
    }
}
