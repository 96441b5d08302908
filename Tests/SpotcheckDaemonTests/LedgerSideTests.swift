import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// Who is on a department's side, and who may close or classify its findings: the contacts as
/// the store keeps them, the finding's finder, findings of a cancelled order.
@Suite(.serialized) struct LedgerSideTests {
    /// `roster` with `login` added to `department`'s contacts, stored as an import stores it: the
    /// snapshot hash leaves contacts out, so the stored version keeps its old departments.csv.
    static func addContact(_ world: LedgerWorld, _ login: String, to department: String) throws {
        var roster = try #require(try world.harness.store.currentRoster()).roster()
        let index = try #require(roster.departments.firstIndex { $0.id == department })
        roster.departments[index].contacts.append(login)
        try world.harness.store.saveRoster(roster, source: "import", actor: "coord-a", at: Date())
        #expect(try world.harness.store.contactDepartments(of: login).contains(department))
        let stored = try #require(try world.harness.store.currentRoster()).roster()
        #expect(stored.departments.first { $0.id == department }?.contacts.contains(login) == false)
    }

    @Test func aContactAddedByAnImportNeitherVerifiesNorDecidesForTheDepartment() throws {
        let world = try LedgerWorld()
        let (id, _, _, drawn) = try world.submittedWithVerifierDrawn()
        try Self.addContact(world, drawn.login, to: world.target)
        let verify = LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示")
        let refused = world.call("VerifyFinding", verify, as: LedgerWorld.caller(drawn.login))
        #expect(refused.code == "verifierConflicted", "\(refused)")
        #expect((refused.parameters["message"] as? String ?? "").contains("(own department)"), "\(refused)")
        #expect(try world.harness.store.finding(try FindingID(id))?.state == .awaitingVerification)

        // A coordinator made its contact the same way: on its side for the severity and extensions.
        try Self.addContact(world, "coord-b", to: world.target)
        let contact = LedgerWorld.caller(world.contact)
        let proposed = try LedgerSeverityTests.selfFinding(world, severity: "grave")
        let severity = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: proposed, severity: "grave"),
            as: LedgerWorld.coordinatorB)
        #expect(severity.code == "severitySetByDepartmentSide", "\(severity)")
        let second = try world.rectifying()
        let later = world.today.adding(days: 20).description
        let asked = world.call(
            "RequestExtension", LedgerMessages.ExtensionParameters(id: second, due: later, reason: "需财政审批"),
            as: contact)
        #expect(asked.error == nil, "\(asked)")
        let decided = world.call(
            "DecideExtension", LedgerMessages.DecisionParameters(id: second, grant: true), as: LedgerWorld.coordinatorB)
        #expect(decided.code == "extensionDecidedByDepartmentSide", "\(decided)")
        let granted = world.call(
            "DecideExtension", LedgerMessages.DecisionParameters(id: second, grant: true), as: LedgerWorld.coordinatorA)
        #expect(granted.finding["due"] as? String == later, "\(granted)")
    }

    @Test func theMemberWhoFoundAFindingIsNeverSeatedOnItsVerification() throws {
        let world = try LedgerWorld()
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        #expect(try world.harness.store.finding(try FindingID(id))?.finder == world.member.login)
        // Replaced off the team after the reveal: their visit is in no inspection history now.
        _ = try? world.harness.engine.replace(
            drawID: world.draw, inspector: world.member.inspector, with: nil, reason: "病假", actor: "coord-a",
            now: Date(), config: world.harness.config, department: world.target)
        var reasons: [String] = []
        do {
            _ = try world.harness.engine.replace(
                drawID: check.drawID, inspector: drawn.inspector, with: world.member.inspector, reason: "出差",
                actor: "coord-a", now: Date(), config: world.harness.config)
        } catch Engine.ReplaceError.notEligible(_, let found) {
            reasons = found
        }
        #expect(reasons.contains("found \(id), whose rectification this draw verifies"), "\(reasons)")
        let told = Catalogue.ReplacementReasons.patterns.told(
            "found \(id), whose rectification this draw verifies", in: .chinese)
        #expect(told.contains("不能核验其整改"), "\(told)")
        #expect(
            try world.harness.store.teamThatFound(try #require(try world.harness.store.finding(try FindingID(id))))
                .logins.isSuperset(of: [world.member.login, world.lead.login]))
    }

    /// A roster edit that gives a team member's login to the drawn verifier does not make the
    /// person behind that login independent of the finding: the team's seats were told through it.
    @Test func aTeamLoginMovedToTheDrawnVerifierStillNeverVerifies() throws {
        let world = try LedgerWorld()
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        let store = world.harness.store
        let teamLogin = world.lead.login
        #expect(teamLogin != drawn.login)
        // The roster gives the lead another login and the lead's old one to the drawn verifier;
        // spotcheckd then tells both draws' seats through the new logins (RevealLogins.swift).
        var roster = try #require(try store.currentRoster()).roster()
        for index in roster.inspectors.indices {
            if roster.inspectors[index].id == world.lead.inspector { roster.inspectors[index].login = "renamed-lead" }
            if roster.inspectors[index].id == drawn.inspector { roster.inspectors[index].login = teamLogin }
        }
        try store.saveRoster(roster, source: "import", actor: "coord-a", at: Date())
        try store.rebindLogins(
            drawID: world.draw, to: [world.lead.inspector: "renamed-lead"], actor: "spotcheckd", at: Date())
        try store.rebindLogins(drawID: check.drawID, to: [drawn.inspector: teamLogin], actor: "spotcheckd", at: Date())

        let verify = LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示")
        let refused = world.call("VerifyFinding", verify, as: LedgerWorld.caller(teamLogin))
        #expect(refused.code == "verifierFoundIt", "\(refused)")
        #expect(try store.finding(try FindingID(id))?.state == .awaitingVerification)
        let team = try store.teamThatFound(try #require(try store.finding(try FindingID(id))))
        #expect(team.logins.isSuperset(of: [teamLogin, "renamed-lead"]), "\(team.logins)")
        #expect(team.ids.contains(drawn.inspector), "\(team.ids)")
    }

    /// The re-check (回头看) of a finding is no more its finder's than its verification: the draw's
    /// reveal keeps them off the team, and no replacement seats them.
    @Test func whoFoundAFindingIsNeverSeatedOnItsRecheck() throws {
        let harness = try Harness(pools: LedgerDrawTests.recheckPools, calendar: "weekend = []")
        let today = harness.local.day(of: Date())
        let roster = try #require(try harness.store.currentRoster()).roster()
        let department = try #require(roster.departments.map(\.id).sorted().first)
        let finder = try #require(roster.inspectors.first { $0.home != department && $0.canLead })
        let id = try LedgerDrawTests.plant(
            harness.store, department: department,
            day: try #require(Day(iso: Engine.previousPeriod(today) + "-12")), closed: true, finder: finder.login)
        try harness.tick(today.description, "09:00")
        let check = try #require(try harness.store.ledgerChecks().first { $0.kind == .recheck && $0.finding == id })
        let said = "found \(id), whose rectification this draw re-checks"
        #expect(
            try harness.engine.foundWhatTheyVerify(drawID: check.drawID, department: department)(finder.id) == [said])
        let team = try harness.store.assignments(drawID: check.drawID).filter { $0.department == department }
        #expect(!team.isEmpty && !team.contains { $0.inspector == finder.id }, "\(team)")
        var reasons: [String] = []
        do {
            _ = try harness.engine.replace(
                drawID: check.drawID, inspector: try #require(team.last).inspector, with: finder.id, reason: "出差",
                actor: "coord-a", now: Date(), config: harness.config, department: department)
        } catch Engine.ReplaceError.notEligible(_, let found) {
            reasons = found
        }
        #expect(reasons.contains(said), "\(reasons)")
        #expect(Catalogue.ReplacementReasons.patterns.told(said, in: .chinese).contains("不能回头看"))
    }

    @Test func aCoordinatorOnTheDepartmentsSideRecordsNoLongerLimitAndThePlainConfirmationAdoptsNone() throws {
        let world = try LedgerWorld()
        // The department's contact, a coordinator too, records a grave finding of the inspection.
        let both = LedgerWorld.caller(world.contact, coordinator: true)
        let grave = LedgerMessages.AddParameters(
            source: "inspection", department: world.target, drawId: world.draw, category: "sluggish",
            severity: "grave", facts: "窗口无人值守")
        let refused = world.call("AddFinding", grave, as: both)
        #expect(refused.code == "severitySetByDepartmentSide", "\(refused)")
        #expect(try world.harness.store.findings().isEmpty)
        // The shortest limit's severity gains the department nothing: recorded.
        var minor = grave
        minor.severity = "minor"
        #expect(world.call("AddFinding", minor, as: both).error == nil)

        // Recorded by a coordinator who is on the department's side by now: the lead's plain
        // confirmation does not put the grave severity in force; an office coordinator sets it.
        let recorded = world.call("AddFinding", grave, as: LedgerWorld.coordinatorB)
        let id = try #require(recorded.finding["id"] as? String, "\(recorded)")
        try Self.addContact(world, "coord-b", to: world.target)
        let plain = world.call("ConfirmFinding", LedgerMessages.ConfirmParameters(id: id), as: world.caller(world.lead))
        #expect(plain.code == "severityNotSet", "\(plain)")
        let set = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: id, severity: "serious"),
            as: LedgerWorld.coordinatorA)
        #expect(set.finding["severity"] as? String == "serious", "\(set)")
    }

    /// A cancelled verification draw verifies nothing: its verifier is told so and closes
    /// nothing, and the ledger's next pass draws a new verifier, who does.
    @Test func aCancelledVerificationsVerifierClosesNothingAndTheNextPassDrawsAnother() throws {
        let world = try LedgerWorld()
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        _ = try world.harness.engine.cancelOrder(
            drawID: check.drawID, reason: "任务调整", actor: "coord-a", now: Date(), config: world.harness.config)
        let verify = LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示")
        let refused = world.call("VerifyFinding", verify, as: LedgerWorld.caller(drawn.login))
        #expect(refused.code == "orderCancelled", "\(refused)")
        let message = refused.parameters["message"] as? String ?? ""
        #expect(message.contains("draw \(check.drawID) was cancelled") && message.contains(id), "\(message)")
        #expect(Catalogue.LedgerRefusals.patterns.told(message, in: .chinese).contains("重新抽取核验人员"), "\(message)")
        #expect(try world.harness.store.finding(try FindingID(id))?.state == .awaitingVerification)

        try world.harness.tick(world.today.description, "10:00")
        let finding = try #require(try world.harness.store.finding(try FindingID(id)))
        let again = try #require(try world.harness.store.ledgerCheck(key: LedgerCheck.verificationKey(finding)))
        #expect(again.drawID != check.drawID && !again.logins.isEmpty, "\(again)")
        let verifier = try #require(try world.harness.store.assignments(drawID: again.drawID).first)
        let closed = world.call("VerifyFinding", verify, as: LedgerWorld.caller(verifier.login))
        #expect(closed.finding["state"] as? String == "closed", "\(closed)")
    }

    @Test func aCancelledOrdersTeamRecordsAndConfirmsNoFinding() throws {
        let world = try LedgerWorld()
        let before = try world.recordByMember()
        try world.harness.store.cancelOrder(
            OrderCancellation(drawID: world.draw, reason: "任务调整", actor: "coord-a", at: Date())
        ) { _ in (Array("{}".utf8), String(repeating: "cd", count: 32)) }
        let add = LedgerMessages.AddParameters(
            source: "inspection", department: world.target, drawId: world.draw, category: "sluggish", facts: "x")
        for caller in [world.caller(world.member), LedgerWorld.coordinatorA] {
            let refused = world.call("AddFinding", add, as: caller)
            #expect(refused.code == "orderCancelled", "\(refused)")
            let message = refused.parameters["message"] as? String ?? ""
            #expect(message.contains("draw \(world.draw) was cancelled"), "\(message)")
            #expect(
                Catalogue.LedgerRefusals.patterns.told(message, in: .chinese).contains("抽签 \(world.draw) 已取消"),
                "\(message)")
        }
        #expect(try world.harness.store.findings().count == 1)
        let confirm = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: before), as: world.caller(world.lead))
        #expect(confirm.code == "orderCancelled", "\(confirm)")
    }
}
