import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

/// A department's contact (the problem ledger's person on its side) is recused from inspecting it
/// like its own staff: in the draw, in `why`, and at the reveal; the record still verifies.
@Suite struct ContactRecusalTests {
    /// d-a (pool p, contact `ucontact`), d-b and d-c; c1 (login `ucontact`, home d-b) may lead,
    /// a1 works in d-a, m1 and m2 may not lead; `more` adds inspector rows.
    static func roster(contacts: String = "ucontact", more: String = "") throws -> String {
        try DayReciprocalDaemonTests.rosterFolder([
            (
                "departments.csv",
                "id,name,weight,powers,required_skills,pools,contacts\nd-a,甲,,,,p,\(contacts)\nd-b,乙,,,,,\nd-c,丙,,,,,\n"
            ),
            (
                "inspectors.csv",
                "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\n"
                    + "c1,C1,ucontact,d-b,,,yes,,\na1,A1,ua1,d-a,,,yes,,\nm1,M1,um1,d-b,,,no,,\n"
                    + "m2,M2,um2,d-c,,,no,,\n" + more
            ),
            ("policy.toml", "[policy]\ntargets_per_draw = 1\n"),
        ])
    }

    static func harness(_ roster: String) throws -> Harness {
        try DayReciprocalDaemonTests.twoDepartmentHarness(roster: roster)
    }

    static func members(_ harness: Harness, _ department: String) throws -> [String] {
        try harness.store.assignments().filter { $0.department == department }.map(\.inspector).sorted()
    }

    @Test func theOnlyOtherwiseEligibleLeadIsTheContactSoTheDepartmentIsNotStaffed() throws {
        let harness = try Self.harness(try Self.roster())
        try harness.tick("2026-12-01", "08:00")
        let record = try #require(try harness.store.draws().first?.decodedRecord())
        #expect(record.teams.isEmpty, "\(record.teams)")
        #expect(try Self.members(harness, "d-a").isEmpty)
        let stored = try #require(try harness.store.currentRoster())
        let why = try harness.engine.eligibility(
            roster: try stored.roster(), rosterID: stored.id, department: "d-a", date: Day(iso: "2026-12-01")!,
            config: harness.config
        ).why(inspector: "c1", department: "d-a")
        #expect(why == .excluded([.declaredConflict(reason: Roster.contactConflictReason)]))
    }

    @Test func withAnotherLeadTheContactStaysOffAndBothVerifiersAgree() throws {
        let harness = try Self.harness(try Self.roster(more: "l2,L2,ul2,d-c,,,yes,,\n"))
        try harness.tick("2026-12-01", "08:00")
        let members = try Self.members(harness, "d-a")
        #expect(members.contains("l2") && !members.contains("c1"), "\(members)")
        try harness.tick("2026-12-01", "18:00")
        let draw = try #require(try harness.store.draws().first)
        #expect(draw.publishedAt != nil)
        let folder = Engine.publicFolder(draw, config: harness.config)
        let conflicts = String(
            decoding: try #require(FileManager.default.contents(atPath: "\(folder)/roster/conflicts.csv")),
            as: UTF8.self)
        #expect(conflicts.contains("c1,d-a,"), "\(conflicts)")
        let failures = try PublicRecordTests.verifyBoth(
            folder, date: "2026-12-01", name: draw.pool, publicRoot: harness.config.paths.publicRecords)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // The salts file opens the contact's commitment with its reason.
        try harness.engine.writeConflictSalts(config: harness.config)
        let salts = String(
            decoding: try #require(
                FileManager.default.contents(atPath: Engine.conflictSaltsFile(state: harness.config.paths.state))),
            as: UTF8.self)
        #expect(salts.contains("c1,d-a,\(Roster.contactConflictReason),"), "\(salts)")
    }

    static func stored(_ folder: String) throws -> Roster {
        try #require(try Self.harness(folder).store.currentRoster()).roster()
    }

    @Test func aRosterWhereNoContactIsAnInspectorCommitsToTheSameSnapshot() throws {
        let county = try #require(try Harness().store.currentRoster()).roster()
        #expect(county.contactConflicts.isEmpty)
        #expect(county.withContactConflicts() == county)
        let contact = try Self.stored(try Self.roster())
        #expect(contact.withContactConflicts().snapshotHash != contact.snapshotHash)
        // A contact who works in the department is recused already: no line of its own.
        #expect(try Self.stored(try Self.roster(contacts: "ua1")).contactConflicts.isEmpty)
    }

    @Test func aLeadMadeTheContactAfterTheDrawIsReplacedAtTheReveal() throws {
        let harness = try Self.harness(
            try Self.roster(contacts: "", more: "l2,L2,ul2,d-c,,,yes,,\nl3,L3,ul3,d-c,,,yes,,\n"))
        try harness.tick("2026-12-01", "07:00")
        let draw = try #require(try harness.store.draws().first)
        let team = try #require(try draw.decodedRecord()?.teams.first)
        let lead = try #require(team.members.first { $0.role == .lead })
        var roster = try #require(try harness.store.currentRoster()).roster()
        let login = try #require(roster.inspectors.first { $0.id == lead.inspector }?.login)
        let index = try #require(roster.departments.firstIndex { $0.id == "d-a" })
        func why() throws -> Eligibility.Answer {
            guard let stored = try harness.store.currentRoster() else { return .unknownDepartment("d-a") }
            return try harness.engine.eligibility(
                roster: try stored.roster(), rosterID: stored.id, department: "d-a", date: Day(iso: "2026-12-01")!,
                config: harness.config
            ).why(inspector: lead.inspector, department: "d-a")
        }
        #expect(try why() == .eligible)
        // A change of contacts alone: the roster's canonical text, and its stored version, stay.
        roster.departments[index].contacts = [login]
        try harness.store.saveRoster(roster, source: "test", actor: "test", at: harness.at("2026-12-01", "07:30"))
        #expect(try why() == .excluded([.declaredConflict(reason: Roster.contactConflictReason)]))
        try harness.tick("2026-12-01", "08:00")
        let members = try Self.members(harness, "d-a")
        #expect(!members.contains(lead.inspector) && members.count == 2, "\(members)")
        let replacements = try harness.store.replacements(drawID: draw.id)
        #expect(replacements.map(\.oldInspector) == [lead.inspector])
    }
}
