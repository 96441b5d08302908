import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

/// The reciprocal ban holds across the day's draws in the daemon: two pools drawn the same day,
/// and an order after them, never send A's staff to B when B's staff inspect A.
@Suite struct DayReciprocalDaemonTests {
    /// attack5's two-pool day: d-a (pool p) and d-b (pool q), two inspectors of each, team 2.
    static func twoDepartments() throws -> String {
        try rosterFolder([
            ("departments.csv", "id,name,weight,powers,required_skills,pools\nd-a,甲,,,,p\nd-b,乙,,,,q\n"),
            (
                "inspectors.csv",
                "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\n"
                    + "a1,A1,ua1,d-a,,,yes,,\na2,A2,ua2,d-a,,,yes,,\nb1,B1,ub1,d-b,,,yes,,\nb2,B2,ub2,d-b,,,yes,,\n"
            ),
            (
                "policy.toml",
                "[policy]\ntargets_per_draw = 1\nteam_size = 2\nlead_required = true\nmin_home_departments = 1\n"
                    + "reciprocal_ban = true\ncooldown_days = 0\n"
            ),
        ])
    }

    /// A new roster folder holding `files` (name, text).
    static func rosterFolder(_ files: [(String, String)]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "day-reciprocal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder.path
    }

    /// Pool `q`: one target, drawn 07:30, revealed 08:00.
    static let poolQ = """
        [[pool]]
        name = "q"
        targets_per_day = 1
        draw_time = "07:30"
        reveal_time = "08:00"
        """

    /// A harness over `roster` (`twoDepartments()` unless told) with pool `p` (one target, drawn
    /// 07:00, revealed 08:00), the pools in `more`, and `smallPolicy`.
    static func twoDepartmentHarness(roster: String? = nil, more: String = "") throws -> Harness {
        try Harness(
            roster: try roster ?? twoDepartments(),
            pools: """
                [[pool]]
                name = "p"
                targets_per_day = 1
                draw_time = "07:00"
                reveal_time = "08:00"
                """ + "\n" + more + "\n" + smallPolicy)
    }

    static let smallPolicy = """
        [policy]
        team_size = 2
        lead_required = true
        min_home_departments = 1
        reciprocal_ban = true
        cooldown_days = 0
        """

    @Test func anOrderAfterTheScheduledDrawDoesNotSendTheInspectedStaffBack() throws {
        let harness = try Self.twoDepartmentHarness()
        try harness.tick("2026-12-01", "08:00")
        #expect(try Self.visits(harness, day: "2026-12-01").count == 1)
        _ = try harness.engine.orderTargeted(
            pool: "p", departments: ["d-b"], reason: "群众投诉", actor: "root",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        let visits = try Self.visits(harness, day: "2026-12-01")
        #expect(visits == [["d-a", "d-b"]], "\(visits)")
    }

    @Test func theSecondPoolOfTheDayLeavesTheMutualInspectionOut() throws {
        let harness = try Self.twoDepartmentHarness(more: Self.poolQ)
        try harness.tick("2026-12-01", "08:00")
        let visits = try Self.visits(harness, day: "2026-12-01")
        // One department is inspected by the other's staff; the other is left out.
        #expect(visits.count == 1, "\(visits)")
        #expect(Self.mutual(visits).isEmpty)
        let blockers = try harness.store.draws().compactMap {
            try $0.record.map { try RecordCoding.decodeRecord($0, file: "record") }
        }
        .flatMap(\.picks).compactMap(\.blocker)
        #expect(blockers.map(\.code) == ["too-few-inspectors"], "\(blockers.map(\.message))")
        #expect(blockers.first?.message.contains("reciprocal") == true)
    }

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
