import Foundation
import SpotcheckProtocol
import SpotcheckRoster
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// An inspector cannot bury the coordinators in declarations: at most `[declarations]
/// pending_limit` of theirs wait at once (10 unless configured); the next is refused, naming the
/// limit and what to do, until a coordinator has decided some. Other inspectors are not held up.
@Suite struct DeclarationLimitTests {
    static func absence(_ day: Int) -> [String: Any] {
        let date = DeclarationTests.ahead(30 + day)
        return ["kind": "absence", "from": date, "to": date, "reason": "参加培训"]
    }

    @Test func anInspectorMayHaveAtMostTheConfiguredNumberOfDeclarationsWaiting() throws {
        let harness = try Harness(calendar: "[declarations]\npending_limit = 3\n")
        #expect(harness.config.declarations.pendingLimit == 3)
        let control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let me = DeclarationTests.person(roster.inspectors[0].login, uid: 5001)
        let other = DeclarationTests.person(roster.inspectors[1].login, uid: 5003)
        let coordinator = DeclarationTests.person("zhangwei-coord", coordinator: true, uid: 5002)

        var ids: [Int] = []
        for day in 1...3 {
            let made = try DeclarationTests.call(control, me, "io.spotcheck.Declare", Self.absence(day))
            #expect(made.error == nil, "\(made)")
            ids.append(try #require((made.parameters["declaration"] as? [String: Any])?["id"] as? Int))
        }
        // The fourth is refused with a code, the limit and what to do; nothing is stored.
        let fourth = try DeclarationTests.call(control, me, "io.spotcheck.Declare", Self.absence(4))
        #expect(fourth.error == "io.spotcheck.DeclarationRefused")
        #expect(fourth.parameters["code"] as? String == "too-many-pending", "\(fourth)")
        #expect(fourth.parameters["limit"] as? Int == 3)
        let message = try #require(fourth.parameters["message"] as? String)
        #expect(message.contains("pending_limit = 3") && message.contains("spotcheck declarations"), "\(message)")
        #expect(try harness.store.declarations(login: me.login!).count == 3)
        // A conflict counts the same.
        let department = try #require(roster.departments.first { $0.id != roster.inspectors[0].home })
        let conflict = try DeclarationTests.call(
            control, me, "io.spotcheck.Declare", ["kind": "conflict", "department": department.id, "reason": "亲属"])
        #expect(conflict.parameters["code"] as? String == "too-many-pending")
        // Another inspector is not held up by it.
        #expect(try DeclarationTests.call(control, other, "io.spotcheck.Declare", Self.absence(4)).error == nil)
        // Once a coordinator decides one (rejected counts as decided), there is room for one more.
        let rejected = try DeclarationTests.call(
            control, coordinator, "io.spotcheck.DecideDeclaration", ["id": ids[0], "approve": false, "note": "重复"])
        #expect(rejected.error == nil, "\(rejected)")
        #expect(try DeclarationTests.call(control, me, "io.spotcheck.Declare", Self.absence(4)).error == nil)
        #expect(
            try DeclarationTests.call(control, me, "io.spotcheck.Declare", Self.absence(5)).parameters["code"]
                as? String == "too-many-pending")
        // Refused declarations leave no audit entry.
        let made = try harness.store.auditTrail().filter { $0.action == "declaration.made" }
        #expect(made.count == 5)
    }

    @Test func theLimitIsTenUnlessConfiguredAndAnOutOfRangeLimitIsAConfigurationError() throws {
        #expect(try Harness().config.declarations.pendingLimit == 10)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("declimit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            [declarations]
            pending_limit = 0
            [[pool]]
            name = "county"
            targets_per_day = 3
            draw_time = "07:00"
            reveal_time = "08:00"
            """
        do {
            _ = try DaemonConfig.parse(Array(text.utf8), file: folder.appendingPathComponent("x.toml").path)
            Issue.record("a limit of 0 was taken")
        } catch {
            let said = error.errors.map(\.description).joined(separator: "\n")
            #expect(said.contains("pending_limit") && said.contains(":2"), "\(said)")
        }
    }
}
