import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// The role matrix of `RecordCheck` and `ListChecks` as real Unix users: only the lead of a
/// re-check visit records its outcome, once; a member, a stranger and an auditor cannot; each
/// inspector lists only the visits they were drawn for, the auditor every one. Part of `RoleTests`
/// (serialized, root only), so that its users never meet another role test's.
extension RoleTests {
    @Test func onlyTheLeadOfARecheckRecordsItsOutcomeAndOthersSeeOnlyWhatIsTheirs() throws {
        let (daemon, store, _) = try LedgerCheckProcessTests.startedWithTwoRechecks(
            roles: "[roles]\ncoordinators = [\"sc-coordinators\"]\nauditors = [\"sc-auditors\"]")
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let checks = try store.ledgerChecks().filter { $0.kind == .recheck }
        let check = try #require(checks.first)
        let lead = try #require(check.logins.first)
        let member = check.logins.dropFirst().first
        // Someone drawn for neither visit.
        let strangers = try #require(try store.currentRoster()).roster().inspectors.map(\.login)
            .filter { login in !checks.contains { $0.logins.contains(login) } }
        let stranger = try #require(strangers.first)
        let users = [lead, stranger, "sc-check-auditor"] + (member.map { [$0] } ?? [])
        try Self.useradd("sc-check-auditor", groups: ["sc-auditors"])
        for user in users where user != "sc-check-auditor" { try Self.useradd(user) }
        defer { for user in users { _ = try? ControlTests.run("/usr/sbin/userdel", [user]) } }
        func run(_ user: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
            try Self.asUser(user, ["findings"] + arguments, socket: daemon.controlPath)
        }
        let visit = "\(check.drawID)/\(check.department)"

        // Listing: the lead sees their visit, the stranger none, the auditor both.
        let leads = try run(lead, ["checks", "--json"])
        #expect(leads.status == 0 && leads.output.contains(check.department), "\(leads.output)")
        let strangers0 = try run(stranger, ["checks", "--json"])
        #expect(strangers0.status == 0, "\(strangers0.output)")
        #expect(!checks.contains { strangers0.output.contains("\"\($0.department)\"") }, "\(strangers0.output)")
        let audited = try run("sc-check-auditor", ["checks", "--json"])
        #expect(audited.status == 0, "\(audited.output)")
        #expect(checks.allSatisfy { audited.output.contains($0.department) }, "\(audited.output)")

        // Recording: nobody but the lead (no coordinator here) — refused with the permission exit code.
        let byStranger = try run(stranger, ["check", visit, "--passed"])
        #expect(byStranger.status == 77, "\(byStranger.output)")
        let byAuditor = try run("sc-check-auditor", ["check", visit, "--passed"])
        #expect(byAuditor.status == 77, "\(byAuditor.output)")
        if let member {
            let byMember = try run(member, ["check", visit, "--passed"])
            #expect(byMember.status == 77, "\(byMember.output)")
        }
        #expect(try store.ledgerChecks(drawID: check.drawID).allSatisfy { $0.outcome == nil })
        let byLead = try run(lead, ["check", visit, "--passed", "--note", "整改到位"])
        #expect(byLead.status == 0 && byLead.output.contains("passed"), "\(byLead.output)")
        let again = try run(lead, ["check", visit, "--not-carried-out", "--note", "改主意"])
        #expect(again.status == 65 && again.output.contains("checkOutcomeRecorded"), "\(again.output)")
        #expect(
            try store.ledgerChecks(drawID: check.drawID).first { $0.department == check.department }?.outcome
                == "passed")
    }
}
