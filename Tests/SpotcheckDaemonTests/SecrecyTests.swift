import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// Nothing about a draw stored but not yet revealed reaches any caller, whatever they ask.
@Suite struct SecrecyTests {
    /// Two pools: key-posts drawn at 07:00 and revealed at 07:05; county drawn at
    /// `countyDraw` and revealed at 08:00.
    static func harness(countyDraw: String) throws -> Harness {
        try Harness(
            pools: """
                [[pool]]
                name = "key-posts"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "07:05"
                [[pool]]
                name = "county"
                targets_per_day = 4
                draw_time = "\(countyDraw)"
                reveal_time = "08:00"
                """)
    }

    static let auditor = Caller(
        uid: 60001, gid: 60001, pid: 1, login: "auditor", groups: [], isCoordinator: false, isAuditor: true)
    static let coordinator = Caller(
        uid: 60002, gid: 60002, pid: 1, login: "coordinator", groups: [], isCoordinator: true, isAuditor: false)

    static func control(_ harness: Harness) -> DaemonControl {
        DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
    }

    static func call<T: Codable & Sendable>(
        _ control: DaemonControl, _ method: String, _ parameters: T, as caller: Caller
    ) -> String {
        let request = Varlink.encode(Varlink.Request(method: "io.spotcheck.\(method)", parameters: parameters))
        return String(decoding: control.handle(request, from: caller) ?? [], as: UTF8.self)
    }

    @Test func whyAnswersTheSameAsIfTheUnrevealedDrawHadNotBeenMade() throws {
        // Given: county drawn at 07:00 but not revealed, beside a daemon whose county draw is
        // still to come; key-posts is drawn and revealed alike in both.
        let drawn = try Self.harness(countyDraw: "07:00")
        let undrawn = try Self.harness(countyDraw: "07:45")
        try drawn.tick("2026-12-01", "07:30")
        try undrawn.tick("2026-12-01", "07:30")
        let county = try #require(try drawn.store.draws().first { $0.pool == "county" })
        #expect(county.state == .completed && county.revealedAt == nil)
        #expect(try undrawn.store.draws().map(\.pool) == ["key-posts"])
        let record = try #require(try county.decodedRecord())
        #expect(!record.teams.isEmpty)

        // When: every inspector × department, today and tomorrow, as an auditor and a coordinator.
        let roster = try #require(try drawn.store.currentRoster()).roster()
        let (left, right) = (Self.control(drawn), Self.control(undrawn))
        var differences: [String] = []
        var asked = 0
        for date in ["2026-12-01", "2026-12-02"] {
            for caller in [Self.auditor, Self.coordinator] {
                for inspector in roster.inspectors {
                    for department in roster.departments {
                        let question = ControlMessages.WhyParameters(
                            inspector: inspector.id, department: department.id, date: date)
                        let (a, b) = (
                            Self.call(left, "Why", question, as: caller), Self.call(right, "Why", question, as: caller)
                        )
                        asked += 1
                        if a != b, differences.count < 5 {
                            differences.append("\(date) \(inspector.id) \(department.id): \(a) ≠ \(b)")
                        }
                    }
                }
            }
        }
        // Then: identical answers.
        #expect(asked == 2 * 2 * roster.inspectors.count * roster.departments.count)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func refusedReplacementsAndOrdersNameNobodyOnAnUnrevealedTeam() throws {
        let harness = try Self.harness(countyDraw: "07:00")
        try harness.tick("2026-12-01", "07:30")
        let draws = try harness.store.draws()
        let keyPosts = try #require(draws.first { $0.pool == "key-posts" })
        let county = try #require(try draws.first { $0.pool == "county" }?.decodedRecord())
        let hidden = Set(county.teams.flatMap { $0.members.map(\.inspector) } + county.picks.map(\.department))
        let member = try #require(try keyPosts.decodedRecord()?.teams.first?.members.last)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let control = Self.control(harness)
        var replies = Set<String>()
        for candidate in [nil] + roster.inspectors.map(\.id) {
            replies.insert(
                Self.call(
                    control, "ReplaceInspector",
                    ControlMessages.ReplaceParameters(
                        drawId: keyPosts.id, inspector: member.inspector, with: candidate, reason: "病假"),
                    as: Self.coordinator))
        }
        // One answer whoever is asked for: it names the unrevealed draw, not its teams.
        #expect(replies.count == 1, "\(replies.sorted().prefix(3))")
        let reply = try #require(replies.first)
        #expect(reply.contains("ReplacementRefused") && reply.contains("not revealed yet"))
        for name in hidden { #expect(!reply.contains(name)) }

        // An order (revealed at once) waits too, whatever it names.
        var orders = Set<String>()
        for department in roster.departments.map(\.id) {
            do {
                _ = try harness.engine.orderTargeted(
                    pool: "key-posts", departments: [department], reason: "群众投诉", actor: "test",
                    now: harness.at("2026-12-01", "07:30"), config: harness.config)
                orders.insert("ordered")
            } catch {
                orders.insert("\(error)")
            }
        }
        #expect(orders.count == 1, "\(orders.sorted().prefix(3))")
        #expect(orders.first?.contains("not revealed yet") == true)
        for name in hidden { #expect(orders.first?.contains(name) == false) }
        #expect(try harness.store.draws().count == 2)

        // After the reveal, the same replacement goes through.
        try harness.tick("2026-12-01", "08:00")
        let done = Self.call(
            control, "ReplaceInspector",
            ControlMessages.ReplaceParameters(
                drawId: keyPosts.id, inspector: member.inspector, with: nil, reason: "病假"),
            as: Self.coordinator)
        #expect(done.contains("replaced_by"), "\(done)")
    }

    @Test func whyCountsTheDaysLoadOnceAgainstEachInspectorsCap() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let record = try #require(try harness.store.draws().first?.decodedRecord())
        let roster = try #require(try harness.store.currentRoster()).roster()
        let caps = Dictionary(uniqueKeysWithValues: roster.inspectors.map { ($0.id, $0.dailyCap) })
        let control = Self.control(harness)
        var checked = 0
        for member in Set(record.teams.flatMap { $0.members.map(\.inspector) }) {
            let load = record.teams.filter { $0.members.contains { $0.inspector == member } }.count
            for department in roster.departments where !record.teams.contains(where: { $0.department == department.id })
            {
                let answer = Self.call(
                    control, "Why",
                    ControlMessages.WhyParameters(inspector: member, department: department.id, date: "2026-12-01"),
                    as: Self.auditor)
                #expect(
                    answer.contains("daily-cap") == (load >= caps[member]!),
                    "\(member) (cap \(caps[member]!), \(load) inspection(s)) for \(department.id): \(answer)")
                checked += 1
            }
        }
        #expect(checked > 0)
        #expect(caps.values.contains(2) && caps.values.contains(1))
    }

    @Test func whyUsesThePolicyOfTheDepartmentsOwnPool() throws {
        // key-posts is configured first with a one-day rotation window; d-shenji is in county
        // only, whose window is 180 days, and i088 inspected it on 2026-11-18.
        let harness = try Harness(
            pools: """
                [[pool]]
                name = "key-posts"
                draw_time = "07:00"
                reveal_time = "08:00"
                [pool.policy]
                rotation_window_days = 1
                [[pool]]
                name = "county"
                draw_time = "07:00"
                reveal_time = "08:00"
                """)
        let control = Self.control(harness)
        let answer = Self.call(
            control, "Why",
            ControlMessages.WhyParameters(inspector: "i088", department: "d-shenji", date: "2026-12-01"),
            as: Self.auditor)
        #expect(answer.contains("rotation"), "\(answer)")
        // A department of both pools follows key-posts' window, the first pool it belongs to.
        let roster = try #require(try harness.store.currentRoster()).roster()
        let both = Set(roster.departments.filter { $0.pools.contains("key-posts") }.map(\.id))
        let visit = try #require(
            roster.history.first { both.contains($0.department) && $0.date >= Day(iso: "2026-11-01")! })
        let other = Self.call(
            control, "Why",
            ControlMessages.WhyParameters(inspector: visit.inspector, department: visit.department, date: "2026-12-01"),
            as: Self.auditor)
        #expect(!other.contains("rotation"), "\(other)")
    }
}
