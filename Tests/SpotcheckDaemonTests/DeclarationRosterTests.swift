import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A department's contacts are kept apart from the roster versions (they are not in the
/// snapshot hash, so an import that changes only contacts writes no new version). An approved
/// declaration changes the roster; it must keep the contacts as stored, not bring back those of
/// the version's own departments.csv.
@Suite struct DeclarationRosterTests {
    /// A control socket's answerer over the harness's state, as the daemon has it.
    static func control(_ harness: Harness) -> DaemonControl {
        DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
    }

    /// `roster` imported by `caller` (as `spotcheck import` sends it, without a base).
    static func importRoster(
        _ control: DaemonControl, _ caller: Caller, _ roster: Roster
    ) throws -> DeclarationTests.Answer {
        let files = RosterWriter.write(roster)
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        return try DeclarationTests.call(
            control, caller, "io.spotcheck.ImportRoster",
            [
                "files": [
                    "departments": text(files.departments), "inspectors": text(files.inspectors),
                    "conflicts": text(files.conflicts), "history": text(files.history),
                ],
                "dry_run": false,
            ])
    }

    static func export(_ control: DaemonControl, _ caller: Caller) throws -> Roster {
        let answer = try DeclarationTests.call(control, caller, "io.spotcheck.ExportRoster", [:])
        #expect(answer.error == nil, "\(answer)")
        let files = try #require(answer.parameters["files"] as? [String: String])
        func file(_ name: String) -> RosterFiles.File {
            .init(name: "\(name).csv", bytes: Array((files[name] ?? "").utf8))
        }
        return try RosterParser.parse(
            RosterFiles(
                departments: file("departments"), inspectors: file("inspectors"), conflicts: file("conflicts"),
                history: file("history")))
    }

    @Test func anApprovedDeclarationKeepsTheContactsAContactsOnlyImportAdded() throws {
        let harness = try Harness()
        let control = Self.control(harness)
        let coordinator = DeclarationTests.person("zhangwei-coord", coordinator: true, uid: 5002)

        // A contacts-only import: d-shuiwu gets a second contact, the snapshot hash stays.
        var roster = try Self.export(control, coordinator)
        let hash = roster.snapshotHash
        let index = try #require(roster.departments.firstIndex { $0.id == "d-shuiwu" })
        roster.departments[index].contacts.append("newcontact")
        #expect(roster.snapshotHash == hash)
        let imported = try Self.importRoster(control, coordinator, roster)
        #expect(imported.error == nil, "\(imported)")
        #expect(try harness.store.contactDepartments(of: "newcontact") == ["d-shuiwu"])

        // A conflict, then an absence, declared and approved: the contact stays a contact.
        let me = try #require(
            roster.inspectors.first { person in
                person.home != "d-caizheng"
                    && !roster.conflicts.contains { $0.inspector == person.id && $0.department == "d-caizheng" }
            })
        try DeclarationTests.declareAndApprove(control, login: me.login, department: "d-caizheng")
        #expect(try harness.store.contactDepartments(of: "newcontact") == ["d-shuiwu"])
        let absence = try DeclarationTests.call(
            control, DeclarationTests.person(me.login, uid: 5101), "io.spotcheck.Declare",
            [
                "kind": "absence", "from": DeclarationTests.ahead(20), "to": DeclarationTests.ahead(21),
                "reason": "培训",
            ])
        let id = try #require((absence.parameters["declaration"] as? [String: Any])?["id"] as? Int)
        let approved = try DeclarationTests.call(
            control, coordinator, "io.spotcheck.DecideDeclaration", ["id": id, "approve": true])
        #expect(approved.error == nil, "\(approved)")
        #expect(try harness.store.contactDepartments(of: "newcontact") == ["d-shuiwu"])

        // Both approvals are in the roster, and the export still lists the contact.
        let after = try Self.export(control, coordinator)
        #expect(after.conflicts.contains { $0.inspector == me.id && $0.department == "d-caizheng" })
        #expect(
            after.inspectors.first { $0.id == me.id }?.unavailable.contains(Day(iso: DeclarationTests.ahead(20))!)
                == true)
        #expect(after.departments.first { $0.id == "d-shuiwu" }?.contacts.contains("newcontact") == true)
        #expect(!(try harness.store.auditTrail().contains { $0.action == "roster.contact.removed" }))
    }

    @Test func aConflictReasonTheRosterWouldRefuseIsRefusedAtDeclarationAndAtApproval() throws {
        let harness = try Harness(calendar: "[declarations]\npending_limit = 50\n")
        let control = Self.control(harness)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let me = try #require(roster.inspectors.first { $0.home != "d-caizheng" })
        let inspector = DeclarationTests.person(me.login, uid: 5101)
        let coordinator = DeclarationTests.person("zhangwei-coord", coordinator: true, uid: 5002)
        for (reason, detail, value) in [
            ("=HYPERLINK(\"http://e/\",\"x\")", "formula", "U+003D"), ("@SUM(1)", "formula", "U+0040"),
            ("+1", "formula", "U+002B"), ("-1", "formula", "U+002D"), ("\u{3000}=1+1", "formula", "U+003D"),
            ("\u{00A0}=1+1", "formula", "U+003D"), ("\u{034F}=1+1", "invisible", "U+034F"),
            ("亲\u{3164}属", "invisible", "U+3164"), ("亲属\u{FE0F}", "invisible", "U+FE0F"),
        ] {
            let refused = try DeclarationTests.call(
                control, inspector, "io.spotcheck.Declare",
                ["kind": "conflict", "department": "d-caizheng", "reason": reason])
            #expect(refused.error == "io.spotcheck.DeclarationRefused", "\(reason): \(refused)")
            #expect(refused.parameters["code"] as? String == "bad-reason", "\(reason): \(refused)")
            #expect(refused.parameters["detail"] as? String == detail, "\(reason): \(refused)")
            #expect(refused.parameters["value"] as? String == value, "\(reason): \(refused)")
            #expect((refused.parameters["message"] as? String)?.hasPrefix("reason: ") == true, "\(refused)")
        }
        // Format characters (U+200D, the tags) the rule for any free text refuses first.
        for reason in ["亲\u{200D}属", "亲属\u{E0020}"] {
            let refused = try DeclarationTests.call(
                control, inspector, "io.spotcheck.Declare",
                ["kind": "conflict", "department": "d-caizheng", "reason": reason])
            #expect(refused.parameters["code"] as? String == "bad-text", "\(refused)")
        }
        #expect(try harness.store.declarations().isEmpty)
        // An absence's reason stays in the declaration: the roster's rules are not asked.
        let away = try DeclarationTests.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "absence", "from": DeclarationTests.ahead(5), "to": DeclarationTests.ahead(5), "reason": "-"])
        #expect(away.error == nil, "\(away)")

        // A declaration stored before the rule is not put into the roster; it can be rejected.
        let stored = try harness.store.declare(
            kind: .conflict, login: me.login, inspector: me.id, department: "d-caizheng", from: nil, to: nil,
            reason: "=1+1", actor: "test", at: Date(), pendingLimit: 50)
        let before = try #require(try harness.store.currentRoster()).id
        let approval = try DeclarationTests.call(
            control, coordinator, "io.spotcheck.DecideDeclaration", ["id": stored.id, "approve": true])
        #expect(approval.parameters["code"] as? String == "bad-reason", "\(approval)")
        #expect(approval.parameters["id"] as? Int == Int(stored.id), "\(approval)")
        #expect((approval.parameters["message"] as? String)?.contains("declarations reject") == true, "\(approval)")
        #expect(try harness.store.currentRoster()?.id == before)
        #expect(try harness.store.declaration(id: stored.id)?.state == .pending)
        let rejection = try DeclarationTests.call(
            control, coordinator, "io.spotcheck.DecideDeclaration",
            ["id": stored.id, "approve": false, "note": "理由请重写"])
        #expect(rejection.error == nil, "\(rejection)")
        // A plain reason is declared and approved into the roster.
        try DeclarationTests.declareAndApprove(control, login: me.login, department: "d-caizheng")
    }
}
