import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// The severity of a finding chooses the office's limit on its rectification deadline: on a
/// self-inspection finding the department only proposes it, and a coordinator not on the
/// department's side sets it when confirming.
@Suite(.serialized) struct LedgerSeverityTests {
    /// A self-inspection finding of the team's target recorded by its contact, proposing `severity`.
    static func selfFinding(_ world: LedgerWorld, severity: String) throws -> String {
        let added = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "self", department: world.target, category: "sluggish", rules: ["P03"], severity: severity,
                facts: "自查：窗口无人"), as: LedgerWorld.caller(world.contact))
        return try #require(added.finding["id"] as? String, "\(added)")
    }

    @Test func aContactProposingAGraveSelfFindingDoesNotTripleItsOwnLimit() throws {
        let world = try LedgerWorld()
        let id = try Self.selfFinding(world, severity: "grave")
        let contact = LedgerWorld.caller(world.contact)

        // Confirmed without a severity: refused, and the refusal names what to do in both languages.
        let plain = world.call("ConfirmFinding", LedgerMessages.ConfirmParameters(id: id), as: LedgerWorld.coordinatorA)
        #expect(plain.code == "severityNotSet", "\(plain)")
        let message = plain.parameters["message"] as? String ?? ""
        #expect(message.contains("grave (60 working days to rectify), is the department's own proposal"), "\(message)")
        #expect(message.contains("--severity"), "\(message)")
        let chinese = Catalogue.LedgerRefusals.patterns.told(message, in: .chinese)
        #expect(chinese.contains("严重程度“严重”（整改期限 60 个工作日）是单位自报的"), "\(chinese)")
        #expect(try world.harness.store.finding(try FindingID(id))?.state == .identified)

        // The coordinator sets it: serious, 40 working days (every day works in this calendar).
        let confirmed = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: id, severity: "serious"),
            as: LedgerWorld.coordinatorA)
        #expect(confirmed.finding["state"] as? String == "confirmed", "\(confirmed)")
        #expect(confirmed.finding["severity"] as? String == "serious")
        let beyond = world.call(
            "AddMeasure",
            LedgerMessages.MeasureParameters(
                id: id, text: "建制度", owner: "主任", due: world.today.adding(days: 41).description), as: contact)
        #expect(beyond.code == "measureDueBeyondLimit", "\(beyond)")
        let within = world.call(
            "AddMeasure",
            LedgerMessages.MeasureParameters(
                id: id, text: "建制度", owner: "主任", due: world.today.adding(days: 40).description), as: contact)
        #expect(within.error == nil, "\(within)")

        // Auditable: who set it and what the department had proposed, in the history, the audit
        // trail and the journal.
        let history = try world.harness.store.findingHistory(try FindingID(id))
        #expect(
            history.map(\.action) == ["finding.recorded", "finding.classified", "finding.confirmed", "measure.added"])
        let classified = history[1]
        #expect(classified.actor == "coord-a", "\(classified)")
        #expect(classified.detail["severity"] == "serious" && classified.detail["severityBefore"] == "grave")
        #expect(history[2].detail["severity"] == "serious")
        let audit = try world.harness.store.auditTrail().filter { $0.action == "ledger.finding.classified" }
        #expect(audit.count == 1 && audit.first?.actor == "coord-a")
        #expect(audit.first?.detail.contains("severityBefore") == true, "\(String(describing: audit.first))")
        #expect(
            world.harness.events(.findingChanged).contains {
                $0.fields["ACTION"] == "finding.classified" && $0.fields["LOGIN"] == "coord-a"
            })
        #expect(try world.harness.store.finding(try FindingID(id))?.severitySetBy == "coord-a")
    }

    @Test func aCoordinatorConfirmingTheProposedGraveSeverityGrantsItsLimit() throws {
        let world = try LedgerWorld()
        let id = try Self.selfFinding(world, severity: "grave")
        let confirmed = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: id, severity: "grave"), as: LedgerWorld.coordinatorB)
        #expect(confirmed.finding["severity"] as? String == "grave", "\(confirmed)")
        let measure = world.call(
            "AddMeasure",
            LedgerMessages.MeasureParameters(
                id: id, text: "建制度", owner: "主任", due: world.today.adding(days: 60).description),
            as: LedgerWorld.caller(world.contact))
        #expect(measure.error == nil, "\(measure)")
        let history = try world.harness.store.findingHistory(try FindingID(id))
        #expect(history[1].detail["severity"] == "grave" && history[1].detail["severityBefore"] == nil)
    }

    @Test func aFindingSaysItsSeverityIsTheDepartmentsProposalUntilTheOfficeSetsIt() throws {
        let world = try LedgerWorld()
        let id = try Self.selfFinding(world, severity: "serious")
        let minor = try Self.selfFinding(world, severity: "minor")
        func shown(_ id: String) -> [String: Any] {
            world.call("ShowFinding", LedgerMessages.IDParameters(id: id), as: LedgerWorld.coordinatorA).finding
        }
        #expect(shown(id)["severity_proposed"] as? Bool == true, "\(shown(id))")
        // A minor proposal is confirmed as it is: nothing for the office to set.
        #expect(shown(minor)["severity_proposed"] == nil, "\(shown(minor))")
        let confirmed = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: id, severity: "serious"),
            as: LedgerWorld.coordinatorA)
        #expect(confirmed.finding["state"] as? String == "confirmed", "\(confirmed)")
        #expect(confirmed.finding["severity_proposed"] == nil && shown(id)["severity_proposed"] == nil)
    }

    @Test func aMinorProposalOrAnInspectionFindingIsConfirmedWithoutASeverity() throws {
        let world = try LedgerWorld()
        let minor = try Self.selfFinding(world, severity: "minor")
        let confirmed = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: minor), as: LedgerWorld.coordinatorA)
        #expect(confirmed.finding["state"] as? String == "confirmed", "\(confirmed)")
        // The team's own finding: the inspectors are the office's side, their lead confirms as is.
        let inspection = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "inspection", department: world.target, drawId: world.draw, category: "sluggish",
                severity: "grave", facts: "窗口无人值守"), as: world.caller(world.member))
        let id = try #require(inspection.finding["id"] as? String, "\(inspection)")
        let byLead = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: id), as: world.caller(world.lead))
        #expect(byLead.finding["severity"] as? String == "grave", "\(byLead)")
    }

    @Test func aCoordinatorWhoIsTheDepartmentsContactSetsNoSeverity() throws {
        let world = try LedgerWorld()
        let id = try Self.selfFinding(world, severity: "grave")
        // The contact is also a coordinator: they speak for the department.
        let both = LedgerWorld.caller(world.contact, coordinator: true)
        let refused = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: id, severity: "grave"), as: both)
        #expect(refused.code == "severitySetByDepartmentSide", "\(refused)")
        let message = refused.parameters["message"] as? String ?? ""
        #expect(message.contains("(own department)"), "\(message)")
        #expect(Catalogue.LedgerRefusals.patterns.told(message, in: .chinese).contains("不能认定其问题的严重程度"))
        // Nor by recording it themselves as a coordinator: the severity is still to be set.
        let recorded = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "self", department: world.target, category: "sluggish", severity: "grave", facts: "自查"),
            as: both)
        let own = try #require(recorded.finding["id"] as? String, "\(recorded)")
        #expect(
            world.call("ConfirmFinding", LedgerMessages.ConfirmParameters(id: own), as: LedgerWorld.coordinatorA).code
                == "severityNotSet")
        #expect(try world.harness.store.finding(try FindingID(id))?.state == .identified)
    }

    /// The same coordinator cannot get the longer limit by another source: a grave finding they
    /// record on the team's assignment (source inspection) is refused at recording; a minor one
    /// is recorded and confirmed by them (it gives the department no more time than any other).
    @Test func aCoordinatorOnTheDepartmentsSideConfirmsNoFindingWhoseSeverityAllowsMoreThanTheShortestLimit() throws {
        let world = try LedgerWorld()
        let both = LedgerWorld.caller(world.contact, coordinator: true)
        let refused = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "inspection", department: world.target, drawId: world.draw, category: "sluggish",
                severity: "grave", facts: "窗口无人值守"), as: both)
        #expect(refused.code == "severitySetByDepartmentSide", "\(refused)")
        let minor = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "inspection", department: world.target, drawId: world.draw, category: "sluggish",
                severity: "minor", facts: "台账不全"), as: both)
        let minorID = try #require(minor.finding["id"] as? String, "\(minor)")
        let confirmedMinor = world.call("ConfirmFinding", LedgerMessages.ConfirmParameters(id: minorID), as: both)
        #expect(confirmedMinor.finding["state"] as? String == "confirmed", "\(confirmedMinor)")
    }
}
