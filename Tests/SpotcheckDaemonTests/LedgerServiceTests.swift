import Foundation
import GRDB
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A daemon state (example county, every day a working day) whose county draw of today is
/// revealed, and callers in each role of the ledger.
struct LedgerWorld {
    static let ledgerTOML = """
        [ledger]
        prohibitions = ["P01 不得脱离实际搞一刀切", "P02 不得推诿扯皮", "P03 不得敷衍塞责"]
        extension_cap = 1
        """

    let harness: Harness
    let control: DaemonControl
    let today: Day
    let draw: Int64
    let target: String
    let lead: StoredAssignment
    let member: StoredAssignment
    /// A department the team does not inspect, and one of its contacts.
    let otherDepartment: String
    let otherContact: String
    let contact: String

    /// - Parameter time: when the day's draw is looked at (the reveal is at 08:00; before it the
    ///   draw is committed and its teams computed, not told).
    ///   `daysAhead`: the draw is of that many days after today (its teams told already), so that
    ///   today is before its inspection day.
    init(at time: String = "08:00", daysAhead: Int = 0) throws {
        harness = try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "08:00"
                \(Self.ledgerTOML)
                """, calendar: "weekend = []")
        let today = harness.local.day(of: Date())
        self.today = today
        let day = today.adding(days: daysAhead)
        try harness.tick(day.description, time)
        let drawn = try #require(try harness.store.draws().first { $0.date == day })
        #expect((drawn.revealedAt != nil) == (time >= "08:00"))
        draw = drawn.id
        let assignments = try harness.store.assignments(drawID: drawn.id)
        let lead = try #require(assignments.first { $0.role == "lead" })
        let target = lead.department
        self.lead = lead
        self.target = target
        member = try #require(assignments.first { $0.role == "member" && $0.department == target })
        let roster = try #require(try harness.store.currentRoster()).roster()
        contact = try #require(roster.departments.first { $0.id == target }?.contacts.first)
        let other = try #require(
            roster.departments.first { department in
                department.id != target && !assignments.contains { $0.department == department.id }
                    && !department.contacts.isEmpty
            })
        otherDepartment = other.id
        otherContact = other.contacts[0]
        control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
    }

    static func caller(_ login: String, coordinator: Bool = false, auditor: Bool = false) -> Caller {
        Caller(
            uid: 61000 + UInt32(abs(login.hashValue % 1000)), gid: 61000, pid: 1, login: login, groups: [],
            isCoordinator: coordinator, isAuditor: auditor)
    }

    static let coordinatorA = caller("coord-a", coordinator: true)
    static let coordinatorB = caller("coord-b", coordinator: true)
    static let auditor = caller("auditor", auditor: true)

    enum Answer {
        case reply([String: Any])
        case error(String, [String: Any])

        var error: String? {
            if case .error(let name, _) = self { return name }
            return nil
        }

        var code: String? {
            if case .error(_, let parameters) = self { return parameters["code"] as? String }
            return nil
        }

        var parameters: [String: Any] {
            switch self {
            case .reply(let parameters), .error(_, let parameters): parameters
            }
        }

        var finding: [String: Any] { parameters["finding"] as? [String: Any] ?? [:] }
    }

    /// Calls `io.spotcheck.Ledger.<method>` as `caller`.
    func call<T: Codable & Sendable>(_ method: String, _ parameters: T, as caller: Caller) -> Answer {
        let request = Varlink.encode(
            Varlink.Request(method: "io.spotcheck.Ledger.\(method)", parameters: parameters))
        let bytes = control.handle(request, from: caller) ?? []
        let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] ?? [:]
        if let error = object["error"] as? String {
            return .error(error, object["parameters"] as? [String: Any] ?? [:])
        }
        return .reply(object["parameters"] as? [String: Any] ?? [:])
    }

    /// Calls a method and decodes its reply as the command line does (JSONSerialization on
    /// Linux drops a byte-order mark inside strings; the CLI's decoder keeps it).
    func decoded<T: Codable & Sendable, R: Codable & Sendable>(
        _ method: String, _ parameters: T, as caller: Caller, returning: R.Type
    ) throws -> R {
        let request = Varlink.encode(
            Varlink.Request(method: "io.spotcheck.Ledger.\(method)", parameters: parameters))
        return try #require(
            try Varlink.decode(Varlink.Reply<R>.self, from: control.handle(request, from: caller) ?? []).parameters)
    }

    func caller(_ assignment: StoredAssignment) -> Caller { Self.caller(assignment.login) }

    /// A finding recorded by the team member on their assignment; its id.
    func recordByMember(category: String? = "sluggish", rules: [String] = ["P03"]) throws -> String {
        let answer = call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "inspection", department: target, drawId: draw, category: category, rules: rules,
                facts: "窗口无人值守"), as: caller(member))
        let id = try #require(answer.finding["id"] as? String, "\(answer)")
        return id
    }

    /// A finding of the team's target taken to rectifying, with one measure due in 10 days.
    func rectifying() throws -> String {
        let id = try recordByMember()
        #expect(call("ConfirmFinding", LedgerMessages.ConfirmParameters(id: id), as: caller(lead)).error == nil)
        let measure = call(
            "AddMeasure",
            LedgerMessages.MeasureParameters(
                id: id, text: "建立值班制度", owner: "办公室主任", due: today.adding(days: 10).description),
            as: Self.caller(contact))
        #expect(measure.error == nil, "\(measure)")
        let started = call("StartRectification", LedgerMessages.IDParameters(id: id), as: Self.caller(contact))
        #expect(started.finding["state"] as? String == "rectifying", "\(started)")
        return id
    }

    /// A finding taken to rectifying, its measure done with evidence and submitted by the contact,
    /// then today's pass, which draws its verifier: the finding as it now is, the verification's
    /// check and the verifier drawn.
    func submittedWithVerifierDrawn() throws -> (
        id: String, finding: Finding, check: LedgerCheck, verifier: StoredAssignment
    ) {
        let id = try rectifying()
        let contact = Self.caller(contact)
        let evidence = call(
            "AddEvidence",
            LedgerMessages.EvidenceParameters(
                id: id, measure: 1, evidence: ["sha256:" + String(repeating: "ab", count: 32)], done: true),
            as: contact)
        #expect(evidence.error == nil, "\(evidence)")
        let submitted = call("SubmitFinding", LedgerMessages.IDParameters(id: id), as: contact)
        #expect(submitted.finding["state"] as? String == "awaiting-verification", "\(submitted)")
        try harness.tick(today.description, "09:00")
        let finding = try #require(try harness.store.finding(try FindingID(id)))
        let check = try #require(try harness.store.ledgerCheck(key: LedgerCheck.verificationKey(finding)))
        let verifier = try #require(try harness.store.assignments(drawID: check.drawID).first)
        return (id, finding, check, verifier)
    }
}

@Suite(.serialized) struct LedgerServiceTests {
    @Test func anInspectorRecordsOnTheirOwnAssignmentOnlyAndOnlyTheLeadConfirms() throws {
        let world = try LedgerWorld()
        let id = try world.recordByMember()
        #expect(id.hasPrefix("F-\(world.today.parts.year)-"))

        // Another department, or a draw the member is not on: refused, and nothing is recorded.
        let elsewhere = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "inspection", department: world.otherDepartment, drawId: world.draw, facts: "x"),
            as: world.caller(world.member))
        #expect(elsewhere.error == "io.spotcheck.Ledger.NotYourAssignment")
        let otherDraw = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(source: "inspection", department: world.target, drawId: 9_999, facts: "x"),
            as: world.caller(world.member))
        // A draw that does not exist is named as such (the command line exits 67), not as not theirs.
        #expect(otherDraw.error == "io.spotcheck.Ledger.Refused" && otherDraw.code == "noSuchDraw")
        #expect(try world.harness.store.findings().count == 1)

        // The member may not confirm; the lead may.
        #expect(
            world.call("ConfirmFinding", LedgerMessages.ConfirmParameters(id: id), as: world.caller(world.member))
                .error == "io.spotcheck.Ledger.PermissionDenied")
        let confirmed = world.call(
            "ConfirmFinding", LedgerMessages.ConfirmParameters(id: id, category: "evasive", rules: ["P02"]),
            as: world.caller(world.lead))
        #expect(confirmed.finding["state"] as? String == "confirmed", "\(confirmed)")
        #expect(confirmed.finding["category"] as? String == "evasive")
        // Classified and confirmed: two entries of the history, each audited with before and after.
        let history = try world.harness.store.findingHistory(try FindingID(id))
        #expect(history.map(\.action) == ["finding.recorded", "finding.classified", "finding.confirmed"])
        #expect(history.last?.before == "identified" && history.last?.after == "confirmed")
        let audit = try world.harness.store.auditTrail().filter { $0.action.hasPrefix("ledger.") }
        #expect(
            audit.map(\.action) == ["ledger.finding.recorded", "ledger.finding.classified", "ledger.finding.confirmed"])
        #expect(audit.last?.actor == world.lead.login)
        #expect(audit.last?.detail.contains("\"before\":\"identified\"") == true)
        // Journaled with its own MESSAGE_ID.
        #expect(world.harness.events(.findingChanged).count == 3)
    }

    @Test func aContactSeesAndActsOnTheirOwnDepartmentOnly() throws {
        let world = try LedgerWorld()
        let id = try world.rectifying()
        let own = world.call("MyFindings", Varlink.Empty(), as: LedgerWorld.caller(world.contact))
        #expect((own.parameters["findings"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
        #expect((own.parameters["departments"] as? [String]) == [world.target])

        let stranger = LedgerWorld.caller(world.otherContact)
        let mine = world.call("MyFindings", Varlink.Empty(), as: stranger)
        #expect((mine.parameters["findings"] as? [Any])?.isEmpty == true)
        let list = world.call("ListFindings", LedgerMessages.ListParameters(overdue: false), as: stranger)
        #expect((list.parameters["findings"] as? [Any])?.isEmpty == true, "\(list)")
        let filtered = world.call(
            "ListFindings", LedgerMessages.ListParameters(department: world.target, overdue: false), as: stranger)
        #expect((filtered.parameters["findings"] as? [Any])?.isEmpty == true)
        #expect(
            world.call("ShowFinding", LedgerMessages.IDParameters(id: id), as: stranger).error
                == "io.spotcheck.Ledger.FindingNotFound")
        #expect(
            world.call(
                "AddMeasure", LedgerMessages.MeasureParameters(id: id, text: "x", owner: "y", due: nil), as: stranger
            ).error == "io.spotcheck.Ledger.FindingNotFound")
        let export = world.call("ExportFindings", LedgerMessages.ListParameters(overdue: false), as: stranger)
        let csv = try #require(export.parameters["csv"] as? String)
        #expect(!csv.contains(id))
        // A contact may not record a self-inspection of another department, nor confirm.
        #expect(
            world.call(
                "AddFinding", LedgerMessages.AddParameters(source: "self", department: world.target, facts: "x"),
                as: stranger
            ).error == "io.spotcheck.Ledger.PermissionDenied")
        #expect(
            world.call(
                "AddFinding",
                LedgerMessages.AddParameters(source: "self", department: world.otherDepartment, facts: "自查"),
                as: stranger
            ).error == nil)
        // The auditor reads everything and changes nothing.
        let audited = world.call("ListFindings", LedgerMessages.ListParameters(overdue: false), as: LedgerWorld.auditor)
        #expect((audited.parameters["findings"] as? [Any])?.count == 2)
        #expect(
            world.call("SubmitFinding", LedgerMessages.IDParameters(id: id), as: LedgerWorld.auditor).error
                == "io.spotcheck.Ledger.PermissionDenied")
    }

    @Test func rectificationIsClosedOnlyByTheDrawnVerifierFromAnotherDepartment() throws {
        let world = try LedgerWorld()
        let id = try world.rectifying()
        let contact = LedgerWorld.caller(world.contact)
        let submitEarly = world.call("SubmitFinding", LedgerMessages.IDParameters(id: id), as: contact)
        #expect(submitEarly.code == "measureNotDone", "\(submitEarly)")
        let bad = world.call(
            "AddEvidence", LedgerMessages.EvidenceParameters(id: id, measure: 1, evidence: ["sha256:xyz"], done: true),
            as: contact)
        #expect(bad.error == "io.spotcheck.Ledger.InvalidField" && bad.parameters["field"] as? String == "evidence")
        let hash = String(repeating: "ab", count: 32)
        #expect(
            world.call(
                "AddEvidence",
                LedgerMessages.EvidenceParameters(id: id, measure: 1, evidence: ["sha256:\(hash)"], done: true),
                as: contact
            ).error == nil)
        let submitted = world.call("SubmitFinding", LedgerMessages.IDParameters(id: id), as: contact)
        #expect(submitted.finding["state"] as? String == "awaiting-verification", "\(submitted)")

        // An inspector of another department who was not drawn; then one who was.
        let roster = try #require(try world.harness.store.currentRoster()).roster()
        let outsider = try #require(roster.inspectors.first { $0.home != world.target })
        let notDrawn = world.call(
            "VerifyFinding", LedgerMessages.VerifyParameters(id: id, accepted: true, note: ""),
            as: LedgerWorld.caller(outsider.login))
        // The inspector who found it sees it, but was not drawn to verify it.
        let finder = world.call(
            "VerifyFinding", LedgerMessages.VerifyParameters(id: id, accepted: true, note: ""),
            as: world.caller(world.member))
        #expect(finder.code == "verifierNotDrawn", "\(finder)")
        // Someone not drawn for it does not even see it.
        #expect(notDrawn.error == "io.spotcheck.Ledger.FindingNotFound", "\(notDrawn)")
        let insider = try #require(roster.inspectors.first { $0.home == world.target })
        try world.harness.store.assignVerifier(
            try FindingID(id), login: insider.login, home: insider.home, source: "test", actor: "test", at: Date())
        #expect(
            world.call(
                "VerifyFinding", LedgerMessages.VerifyParameters(id: id, accepted: true, note: ""),
                as: LedgerWorld.caller(insider.login)
            ).code == "verifierFromDepartment")
        try world.harness.store.assignVerifier(
            try FindingID(id), login: outsider.login, home: outsider.home, source: "test", actor: "test", at: Date())
        // The drawn verifier now sees it in a listing, and only it.
        let listed = world.call(
            "ListFindings", LedgerMessages.ListParameters(overdue: false), as: LedgerWorld.caller(outsider.login))
        #expect((listed.parameters["findings"] as? [[String: Any]])?.map { $0["id"] as? String } == [id], "\(listed)")
        // The coordinator is no verifier.
        #expect(
            world.call(
                "VerifyFinding", LedgerMessages.VerifyParameters(id: id, accepted: true, note: ""),
                as: LedgerWorld.coordinatorA
            ).error != nil)
        let closed = world.call(
            "VerifyFinding", LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示"),
            as: LedgerWorld.caller(outsider.login))
        #expect(closed.finding["state"] as? String == "closed", "\(closed)")
        let rows = try world.harness.store.database.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger_evidence WHERE finding = ?", arguments: [id]),
                try Int.fetchOne(db, sql: "SELECT accepted FROM ledger_verification WHERE finding = ?", arguments: [id])
            )
        }
        #expect(rows.0 == 1 && rows.1 == 1)
    }

    @Test func dismissalNeedsASecondCoordinatorAndExtensionsAnotherThanTheRequester() throws {
        let world = try LedgerWorld()
        let id = try world.recordByMember()
        let proposed = world.call(
            "DismissFinding", LedgerMessages.DismissParameters(id: id, reason: "经核实不属实"), as: LedgerWorld.coordinatorA)
        #expect(proposed.parameters["dismissed"] as? Bool == false, "\(proposed)")
        let again = world.call("DismissFinding", LedgerMessages.DismissParameters(id: id), as: LedgerWorld.coordinatorA)
        #expect(again.code == "dismissalNeedsSecondCoordinator", "\(again)")
        #expect(
            world.call("DismissFinding", LedgerMessages.DismissParameters(id: id), as: world.caller(world.lead)).error
                == "io.spotcheck.Ledger.PermissionDenied")
        let approved = world.call(
            "DismissFinding", LedgerMessages.DismissParameters(id: id), as: LedgerWorld.coordinatorB)
        #expect(approved.parameters["dismissed"] as? Bool == true)

        // Extensions: a coordinator who asked cannot decide; the contact cannot decide at all.
        let second = try world.rectifying()
        let later = world.today.adding(days: 20).description
        #expect(
            world.call(
                "RequestExtension", LedgerMessages.ExtensionParameters(id: second, due: later, reason: "需财政审批"),
                as: LedgerWorld.coordinatorA
            ).error == nil)
        #expect(
            world.call(
                "DecideExtension", LedgerMessages.DecisionParameters(id: second, grant: true),
                as: LedgerWorld.caller(world.contact)
            ).error == "io.spotcheck.Ledger.PermissionDenied")
        #expect(
            world.call(
                "DecideExtension", LedgerMessages.DecisionParameters(id: second, grant: true),
                as: LedgerWorld.coordinatorA
            ).code == "extensionDecidedByRequester")
        // A coordinator who is also the department's contact is its side: refused, nothing decided.
        let ownSide = world.call(
            "DecideExtension", LedgerMessages.DecisionParameters(id: second, grant: true),
            as: LedgerWorld.caller(world.contact, coordinator: true))
        #expect(ownSide.code == "extensionDecidedByDepartmentSide", "\(ownSide)")
        let granted = world.call(
            "DecideExtension", LedgerMessages.DecisionParameters(id: second, grant: true), as: LedgerWorld.coordinatorB)
        #expect(granted.finding["due"] as? String == later, "\(granted)")
        // The cap (1) is reached: a further request is refused with the guard's code.
        let capped = world.call(
            "RequestExtension",
            LedgerMessages.ExtensionParameters(id: second, due: world.today.adding(days: 30).description, reason: "r"),
            as: LedgerWorld.caller(world.contact))
        #expect(capped.code == "extensionCapReached", "\(capped)")
    }

    @Test func malformedFieldsAreNamedWithWhatToWrite() throws {
        let world = try LedgerWorld()
        let category = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "inspection", department: world.target, drawId: world.draw, category: "shirking", facts: "x"),
            as: world.caller(world.member))
        #expect(category.parameters["field"] as? String == "category")
        #expect((category.parameters["message"] as? String)?.contains("evasive (推拖绕)") == true)
        let rule = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "inspection", department: world.target, drawId: world.draw, rules: ["P99"], facts: "x"),
            as: world.caller(world.member))
        #expect(rule.code == "unknownRuleCode")
        let id = world.call(
            "ShowFinding", LedgerMessages.IDParameters(id: "F-26-1"), as: LedgerWorld.coordinatorA)
        #expect(id.parameters["field"] as? String == "id")
        let due = world.call(
            "AddMeasure", LedgerMessages.MeasureParameters(id: "F-2026-0001", text: "x", due: "next week"),
            as: LedgerWorld.coordinatorA)
        #expect(due.parameters["field"] as? String == "due")
        let department = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(source: "complaint", department: "d-nowhere", complaint: "1", facts: "x"),
            as: CampaignControlTests.complaintsHandler("handler-wang", uid: 60020))
        #expect(department.parameters["field"] as? String == "department")
        // A coordinator names a draw that sent a team there.
        let wrongDraw = world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "inspection", department: world.otherDepartment, drawId: world.draw, facts: "x"),
            as: LedgerWorld.coordinatorA)
        #expect(wrongDraw.parameters["field"] as? String == "draw_id", "\(wrongDraw)")
        let wrongOutcome = world.call(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(drawId: 9_999, department: world.target, done: true),
            as: LedgerWorld.coordinatorA)
        #expect(wrongOutcome.parameters["field"] as? String == "draw_id", "\(wrongOutcome)")
        // Nothing was recorded; numbers are drawn, not counted (FindingNumbers.swift).
        #expect(try world.harness.store.findings().isEmpty)
        let first = try world.recordByMember()
        #expect(first.hasPrefix("F-2026-") && first.count == "F-2026-123456".count, "\(first)")
    }

    @Test func theTeamLeadReportsTheAssignmentDoneOrNotCarriedOutWithAReason() throws {
        let world = try LedgerWorld()
        let member = world.call(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(drawId: world.draw, department: world.target, done: true),
            as: world.caller(world.member))
        #expect(member.error == "io.spotcheck.Ledger.PermissionDenied")
        let noReason = world.call(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(drawId: world.draw, department: world.target, done: false),
            as: world.caller(world.lead))
        #expect(noReason.parameters["field"] as? String == "reason")
        let notDone = world.call(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(
                drawId: world.draw, department: world.target, done: false, reason: "单位整体搬迁"),
            as: world.caller(world.lead))
        #expect(notDone.parameters["state"] as? String == "not-carried-out", "\(notDone)")
        let stored = try #require(try world.harness.store.assignmentOutcome(draw: world.draw, department: world.target))
        #expect(stored.state == .notCarriedOut && stored.reason == "单位整体搬迁" && stored.actor == world.lead.login)
        #expect(
            try world.harness.store.auditTrail().contains {
                $0.action == "assignment.state" && $0.detail.contains("\"after\":\"not-carried-out\"")
            })
    }

    /// Before the inspection day nobody reports the assignment's outcome, neither its lead nor a
    /// coordinator who is not on the team; the refusal says from when it can be reported.
    @Test func nobodyReportsAnAssignmentsOutcomeBeforeItsInspectionDay() throws {
        let world = try LedgerWorld(daysAhead: 1)
        let day = world.today.adding(days: 1)
        #expect(world.lead.date == day)
        for (caller, done) in [
            (world.caller(world.lead), true), (LedgerWorld.coordinatorA, true), (LedgerWorld.coordinatorB, false),
        ] {
            let early = world.call(
                "SetAssignmentOutcome",
                LedgerMessages.OutcomeParameters(
                    drawId: world.draw, department: world.target, done: done, reason: done ? nil : "单位整体搬迁"),
                as: caller)
            #expect(early.error == "io.spotcheck.Ledger.InvalidField", "\(early)")
            #expect(early.parameters["field"] as? String == "draw_id", "\(early)")
            #expect(
                early.parameters["message"] as? String
                    == "the inspection day is \(day); report the outcome on or after that day", "\(early)")
        }
        #expect(try world.harness.store.assignmentOutcome(draw: world.draw, department: world.target) == nil)
    }

    @Test func theTeamLeadCannotOverwriteAnOutcomeACoordinatorRecorded() throws {
        let world = try LedgerWorld()
        let byCoordinator = world.call(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(
                drawId: world.draw, department: world.target, done: false, reason: "检查组未到达"),
            as: LedgerWorld.coordinatorA)
        #expect(byCoordinator.parameters["state"] as? String == "not-carried-out", "\(byCoordinator)")
        let byLead = world.call(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(drawId: world.draw, department: world.target, done: true),
            as: world.caller(world.lead))
        #expect(byLead.error == "io.spotcheck.Ledger.Refused", "\(byLead)")
        #expect(byLead.parameters["code"] as? String == "outcomeRecordedByAnother")
        let stored = try #require(try world.harness.store.assignmentOutcome(draw: world.draw, department: world.target))
        #expect(stored.state == .notCarriedOut && stored.reason == "检查组未到达")
        // A coordinator may still change it.
        let corrected = world.call(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(drawId: world.draw, department: world.target, done: true),
            as: LedgerWorld.coordinatorB)
        #expect(corrected.parameters["state"] as? String == "done", "\(corrected)")
    }

    @Test func theExportIsCSVWithAByteOrderMarkAndFiltersApply() throws {
        let world = try LedgerWorld()
        let id = try world.rectifying()
        _ = try world.recordByMember(category: "hollow")
        let csv = try world.decoded(
            "ExportFindings", LedgerMessages.ListParameters(overdue: false), as: LedgerWorld.auditor,
            returning: LedgerMessages.ExportReply.self
        ).csv
        #expect(
            csv.unicodeScalars.first == "\u{FEFF}"
                && csv.unicodeScalars.dropFirst().starts(with: "编号,部门".unicodeScalars))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)
        let sluggish = world.call(
            "ListFindings", LedgerMessages.ListParameters(category: "sluggish", overdue: false), as: LedgerWorld.auditor
        )
        #expect((sluggish.parameters["findings"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
        let overdue = world.call("ListFindings", LedgerMessages.ListParameters(overdue: true), as: LedgerWorld.auditor)
        #expect((overdue.parameters["findings"] as? [Any])?.isEmpty == true)
    }

    @Test func theInterfaceIsServedAndEveryMethodHasASizeLimit() throws {
        let world = try LedgerWorld()
        let request = Varlink.encode(
            Varlink.Request(
                method: "org.varlink.service.GetInterfaceDescription",
                parameters: ControlMessages.InterfaceParameters(interface: "io.spotcheck.Ledger")))
        let reply =
            try JSONSerialization.jsonObject(with: Data(world.control.handle(request, from: LedgerWorld.auditor)!))
            as? [String: Any]
        #expect(
            (reply?["parameters"] as? [String: Any])?["description"] as? String == Varlink.ledgerInterfaceDescription)
        let file = try String(
            contentsOf: Harness.packageRoot.appendingPathComponent(
                "Sources/SpotcheckProtocol/io.spotcheck.Ledger.varlink"),
            encoding: .utf8)
        #expect(Varlink.ledgerInterfaceDescription + "\n" == file, "run scripts/generate-interface.sh")
        let methods = Varlink.ledgerInterfaceDescription.split(separator: "\n")
            .filter { $0.hasPrefix("method ") }
            .map { "io.spotcheck.Ledger." + $0.dropFirst("method ".count).prefix { $0 != "(" } }
        #expect(methods.count == 19)
        for method in methods {
            let limit = MessageLimits.byMethod[method]
            #expect(limit != nil && limit! <= MessageLimits.small, "\(method)")
            // Each is answered (not MethodNotFound) even with wrong parameters.
            let answer = world.call(
                String(method.dropFirst("io.spotcheck.Ledger.".count)), Varlink.Empty(), as: LedgerWorld.auditor)
            #expect(answer.error != "org.varlink.service.MethodNotFound", "\(method)")
        }
        // Every error a method can throw is declared.
        for error in ["PermissionDenied", "FindingNotFound", "NotYourAssignment", "InvalidField", "Refused"] {
            #expect(Varlink.ledgerInterfaceDescription.contains("error \(error) ("), "\(error)")
        }
        #expect(
            world.call("NoSuchMethod", Varlink.Empty(), as: LedgerWorld.auditor).error
                == "org.varlink.service.MethodNotFound")
    }
}

/// `[ledger]` in spotcheckd.toml.
@Suite struct LedgerConfigTests {
    @Test func theExampleConfigurationCarriesTenExampleProhibitions() throws {
        let config = try DaemonLoader.loadConfig(
            path: Harness.packageRoot.appendingPathComponent("deploy/spotcheckd.toml").path)
        #expect(config.ledger.rules.prohibitions.rules.map(\.code) == (1...10).map { String(format: "P%02d", $0) })
        #expect(config.ledger.rules.extensionCap == 1)
        #expect(config.ledger.deadlines == .standard)
        let text = try String(
            contentsOf: Harness.packageRoot.appendingPathComponent("deploy/spotcheckd.toml"), encoding: .utf8)
        #expect(text.contains("EXAMPLE ONLY"))
    }

    @Test func badLedgerKeysAreNamedWithTheirLine() {
        let text =
            ConfigTests.pool + """

                [ledger]
                prohibitions = ["P01 不得推诿", "P01 again", "nospace"]
                extension_cap = -1
                escalation_after = [5, 1, 10]
                caution = 3
                """
        do {
            _ = try ConfigTests.parse(text)
            Issue.record("accepted")
        } catch {
            let messages = error.errors.map(\.description).joined(separator: "\n")
            #expect(messages.contains("ledger.prohibitions"), "\(messages)")
            #expect(
                messages.contains("\"nospace\" is not \"CODE text\"") || messages.contains("'nospace' is not"),
                "\(messages)")
            #expect(messages.contains("ledger.extension_cap"), "\(messages)")
            #expect(messages.contains("ledger.escalation_after"), "\(messages)")
            #expect(messages.contains("caution"), "\(messages)")
        }
        // No [ledger]: no prohibitions, the standard deadlines.
        let plain = try? ConfigTests.parse(ConfigTests.pool)
        #expect(plain?.ledger == LedgerSettings())
    }
}

/// The task file's checklist and the ledger name the five categories alike.
@Suite struct ChecklistCategoryTests {
    @Test func theChecklistCodesAreTheLedgersCategories() {
        #expect(TaskFile.checklist.map(\.code) == FindingCategory.allCases.map(\.rawValue))
    }
}

/// Contacts: parsed from departments.csv, kept beside the roster, out of the draw's snapshot.
@Suite struct ContactsTests {
    @Test func contactsChangeWithoutChangingTheSnapshotAndAreAudited() throws {
        let store = try Store()
        var roster = Roster(
            departments: [Department(id: "d-a", name: "A", contacts: ["alice"]), Department(id: "d-b", name: "B")],
            inspectors: [])
        try store.saveRoster(roster, source: "test", actor: "t", at: Date())
        #expect(try store.contactDepartments(of: "alice") == ["d-a"])
        let hash = roster.snapshotHash
        roster.departments[1].contacts = ["alice", "bob"]
        roster.departments[0].contacts = []
        #expect(roster.snapshotHash == hash)
        try store.saveRoster(roster, source: "test", actor: "t", at: Date())
        #expect(try store.contactDepartments(of: "alice") == ["d-b"])
        #expect(try store.contactDepartments(of: "bob") == ["d-b"])
        let actions = try store.auditTrail().map(\.action)
        #expect(actions.filter { $0 == "roster.contact.added" }.count == 3)
        #expect(actions.filter { $0 == "roster.contact.removed" }.count == 1)
    }

    @Test func theMigrationIsAppendedAfterTheFourth() throws {
        let names = Store.migrator.migrations
        #expect(names.prefix(4) == ["v1", "v2-replacements", "v3-journaled", "v4-committed-inputs"])
        #expect(names.contains("v6-ledger"))
    }
}
