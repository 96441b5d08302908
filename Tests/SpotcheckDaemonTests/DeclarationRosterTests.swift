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
        let control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
        let coordinator = DeclarationTests.person("zhangwei-coord", coordinator: true, uid: 5002)

        // A contacts-only import: d-shuiwu gets a second contact, the snapshot hash stays.
        var roster = try Self.export(control, coordinator)
        let hash = roster.snapshotHash
        let index = try #require(roster.departments.firstIndex { $0.id == "d-shuiwu" })
        roster.departments[index].contacts.append("newcontact")
        #expect(roster.snapshotHash == hash)
        let files = RosterWriter.write(roster)
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        let imported = try DeclarationTests.call(
            control, coordinator, "io.spotcheck.ImportRoster",
            [
                "files": [
                    "departments": text(files.departments), "inspectors": text(files.inspectors),
                    "conflicts": text(files.conflicts), "history": text(files.history),
                ],
                "dry_run": false,
            ])
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
}
