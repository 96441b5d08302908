import Foundation
import SpotcheckCampaign
import SpotcheckLedger
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// Self-inspection forms through the control socket, answered in process: issued once per
/// department, returned once by its own contacts, refused whole on any problem, locked when
/// late, and each problem found a finding of the ledger.
@Suite struct SelfInspectionServiceTests {
    static let ledger = """

        [ledger]
        prohibitions = ["P01 不得脱离实际搞一刀切", "P02 不得推诿扯皮", "P03 不得敷衍塞责"]
        """
    static let rules = [
        Prohibition(code: "P01", text: "不得脱离实际搞一刀切"), Prohibition(code: "P02", text: "不得推诿扯皮"),
        Prohibition(code: "P03", text: "不得敷衍塞责"),
    ]
    /// Contacts in the example county: lili of d-shuiwu, lixia and luoyan of d-fagai.
    static let lili = Caller(
        uid: 60101, gid: 60101, pid: 1, login: "lili", groups: [], isCoordinator: false, isAuditor: false)
    static let lixia = Caller(
        uid: 60102, gid: 60102, pid: 1, login: "lixia", groups: [], isCoordinator: false, isAuditor: false)

    static func harness() throws -> Harness {
        try Harness(pools: campaignPools(ledger: nil) + ledger)
    }

    static func call<T: Codable & Sendable>(
        _ control: DaemonControl, _ method: String, _ parameters: T, as caller: Caller
    ) -> [String: Any] {
        CampaignControlTests.call(control, "io.spotcheck.SelfInspection.\(method)", parameters, as: caller)
    }

    static func parameters(_ reply: [String: Any]) -> [String: Any] {
        reply["parameters"] as? [String: Any] ?? [:]
    }

    /// The form of `department` as issued, with the answer cells of the codes given filled.
    static func filled(_ department: String, _ answers: [String: (String, String, String)]) -> String {
        let text = SelfInspectionSheet.render(
            department: department, rules: rules, header: SelfInspectionColumn.allCases.map(\.chinese),
            comments: ["说明"])
        return text.components(separatedBy: "\r\n").map { line in
            for (code, cells) in answers where line.hasPrefix("\(department),\(code),") {
                return String(line.dropLast(4)) + ",\(cells.0),\(cells.1),\(cells.2)"
            }
            return line
        }.joined(separator: "\r\n")
    }

    static let allNo = ["P01": ("否", "", ""), "P02": ("否", "", ""), "P03": ("否", "", "")]

    /// Issues every form through the engine, due on `due`, as if today were `today`.
    @discardableResult
    static func issue(
        _ harness: Harness, due: String = "2099-12-31", today: String = "2026-11-30"
    ) throws
        -> [StoredSelfInspectionForm]
    {
        try harness.engine.issueSelfInspectionForms(
            due: Day(iso: due)!, actor: "uid 0 (root)", now: harness.at(today, "09:00"), today: Day(iso: today)!,
            config: harness.config)
    }

    static func departments(_ harness: Harness) throws -> [String] {
        try harness.store.currentRoster()!.roster().departments.map(\.id).sorted()
    }

    @Test func everyMethodHasASizeLimitAndTheInterfaceIsServedAsItsFile() throws {
        let text = Varlink.selfInspectionInterfaceDescription
        let methods = CampaignControlTests.methods(text, SelfInspectionMessages.interfaceName)
        #expect(methods.count == 5)
        for method in methods {
            let limit = try #require(MessageLimits.byMethod[method], "\(method) has no size limit of its own")
            #expect(limit <= MessageLimits.small)
        }
        let file = try String(
            contentsOf: Harness.packageRoot.appendingPathComponent(
                "Sources/SpotcheckProtocol/io.spotcheck.SelfInspection.varlink"), encoding: .utf8)
        #expect(text + "\n" == file, "run scripts/generate-interface.sh")
        // A largest form, as JSON with every line end escaped, still fits its method's limit.
        #expect(
            SelfInspectionSheet.maxBytes * 5 / 4 < MessageLimits.byMethod["io.spotcheck.SelfInspection.SubmitForm"]!)
        let control = SecrecyTests.control(try Self.harness())
        let info = CampaignControlTests.call(
            control, "org.varlink.service.GetInfo", Varlink.Empty(), as: CampaignControlTests.stranger)
        #expect((Self.parameters(info)["interfaces"] as? [String] ?? []).contains("io.spotcheck.SelfInspection"))
        let description = CampaignControlTests.call(
            control, "org.varlink.service.GetInterfaceDescription",
            ControlMessages.InterfaceParameters(interface: "io.spotcheck.SelfInspection"), as: Self.lili)
        #expect(Self.parameters(description)["description"] as? String == text)
    }

    @Test func aCoordinatorIssuesOneFormPerDepartmentOnceAndNobodyElseMay() throws {
        let harness = try Self.harness()
        let control = SecrecyTests.control(harness)
        for caller in [Self.lili, SecrecyTests.auditor, CampaignControlTests.stranger] {
            let refused = Self.call(control, "IssueForms", SelfInspectionMessages.IssueParameters(), as: caller)
            #expect(refused["error"] as? String == "io.spotcheck.PermissionDenied")
        }
        #expect(
            harness.events(.requestRefused).contains { $0.fields["METHOD"] == "io.spotcheck.SelfInspection.IssueForms" }
        )
        let departments = try Self.departments(harness)
        let facts = try #require(try harness.engine.selfInspectionFacts(config: harness.config))
        #expect(facts.departmentsWithoutForm == departments.count)
        let issued = Self.call(
            control, "IssueForms", SelfInspectionMessages.IssueParameters(due: "2099-12-31"),
            as: SecrecyTests.coordinator)
        let forms = Self.parameters(issued)["issued"] as? [[String: Any]] ?? []
        #expect(forms.count == departments.count, "\(issued)")
        #expect(forms.allSatisfy { ($0["prohibitions"] as? [Any])?.count == 3 && $0["due"] as? String == "2099-12-31" })
        let again = Self.call(
            control, "IssueForms", SelfInspectionMessages.IssueParameters(), as: SecrecyTests.coordinator)
        #expect((Self.parameters(again)["issued"] as? [Any])?.isEmpty == true, "\(again)")
        let after = try #require(try harness.engine.selfInspectionFacts(config: harness.config))
        #expect(after.departmentsWithoutForm == 0 && after.formsOutstanding == departments.count)
        let past = Self.call(
            control, "IssueForms", SelfInspectionMessages.IssueParameters(due: "2020-01-01"),
            as: SecrecyTests.coordinator)
        #expect(past["error"] as? String == "io.spotcheck.SelfInspection.Refused")
        // The audit trail keeps each form issued.
        #expect(
            try harness.store.auditTrail().filter { $0.action == "self-inspection.issued" }.count == departments.count)
    }

    @Test func enteringSelfInspectionIssuesTheFormsDueOnThePhasesLastPlannedDay() throws {
        let harness = try Self.harness()
        try "1. 违规吃喝\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        _ = try harness.engine.advanceCampaign(
            to: .selfInspection, reason: "动员部署会议已召开", actor: "uid 0 (root)", now: harness.at("2026-11-30", "09:00"),
            config: harness.config)
        let forms = try harness.store.selfInspectionForms(campaign: harness.config.campaign!.key)
        #expect(forms.map(\.department) == (try Self.departments(harness)))
        #expect(forms.allSatisfy { $0.due == Day(iso: "2026-12-11")! && $0.issuedBy == "spotcheckd" })
    }

    @Test func aRefusedStepIntoSelfInspectionIssuesNoForm() throws {
        let harness = try Self.harness()
        // No prohibitions file yet: the gate blocks on it, so the step is refused whole.
        #expect(throws: CampaignError.self) {
            _ = try harness.engine.advanceCampaign(
                to: .selfInspection, reason: "动员部署会议已召开", actor: "uid 0 (root)",
                now: harness.at("2026-11-30", "09:00"), config: harness.config)
        }
        #expect(try harness.store.selfInspectionForms(campaign: harness.config.campaign!.key).isEmpty)
        #expect(try harness.store.auditTrail().filter { $0.action == "self-inspection.issued" }.isEmpty)
        // Once it is there, the same step issues the forms and is taken.
        try "1. 违规吃喝\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        _ = try harness.engine.advanceCampaign(
            to: .selfInspection, reason: "动员部署会议已召开", actor: "uid 0 (root)", now: harness.at("2026-11-30", "09:10"),
            config: harness.config)
        #expect(
            try harness.store.selfInspectionForms(campaign: harness.config.campaign!.key).map(\.department)
                == (try Self.departments(harness)))
    }

    @Test func aContactReturnsTheFormOnceAndEachProblemFoundIsASelfInspectionFinding() throws {
        let harness = try Self.harness()
        try Self.issue(harness)
        let control = SecrecyTests.control(harness)
        let mine = Self.call(control, "MyForms", Varlink.Empty(), as: Self.lili)
        let forms = Self.parameters(mine)["forms"] as? [[String: Any]] ?? []
        #expect(forms.map { $0["department"] as? String } == ["d-shuiwu"], "\(mine)")
        let text = Self.filled(
            "d-shuiwu", ["P01": ("是", "窗口长期无人值守", "建立考勤制度"), "P02": ("否", "", ""), "P03": ("是", "敷衍答复群众来信", "限期回复")])
        let reply = Self.call(
            control, "SubmitForm",
            SelfInspectionMessages.SubmitParameters(department: "d-shuiwu", file: "表.csv", text: text), as: Self.lili)
        let findings = Self.parameters(reply)["findings"] as? [String] ?? []
        #expect(findings.count == 2 && findings.allSatisfy { $0.hasPrefix("F-2026-") }, "\(reply)")
        let stored = try harness.store.findings(FindingFilter(departments: ["d-shuiwu"]))
        #expect(Set(stored.map(\.id.description)) == Set(findings))
        #expect(stored.map(\.source) == [.selfInspection, .selfInspection])
        #expect(stored.map(\.ruleCodes) == [["P01"], ["P03"]])
        #expect(stored.map(\.facts) == ["窗口长期无人值守", "敷衍答复群众来信"])
        #expect(stored.allSatisfy { $0.state == .identified && $0.finder == "lili" && $0.department == "d-shuiwu" })
        // The contact sees them among their findings, as any self-inspection finding.
        let form = try #require(
            try harness.store.selfInspectionForm(campaign: harness.config.campaign!.key, department: "d-shuiwu"))
        #expect(form.state == .returned && form.returnedBy == "lili" && form.findings.map(\.description) == findings)
        #expect(form.answers.map(\.answer.measures) == ["建立考勤制度", "", "限期回复"])
        #expect(harness.events(.findingChanged).filter { $0.fields["DEPARTMENT"] == "d-shuiwu" }.count == 2)
        let again = Self.call(
            control, "SubmitForm",
            SelfInspectionMessages.SubmitParameters(
                department: "d-shuiwu", file: "表.csv", text: Self.filled("d-shuiwu", Self.allNo)),
            as: Self.lili)
        #expect(again["error"] as? String == "io.spotcheck.SelfInspection.AlreadyReturned")
        #expect(try harness.store.findings().count == 2)
        let facts = try #require(try harness.engine.selfInspectionFacts(config: harness.config))
        #expect(facts.formsOutstanding == (try Self.departments(harness)).count - 1)
        #expect(facts.selfReportedNotInLedger == 0)
        // Coordinators and auditors see every form; the contact sees it returned.
        let listed = Self.call(control, "ListForms", Varlink.Empty(), as: SecrecyTests.auditor)
        let returned = (Self.parameters(listed)["forms"] as? [[String: Any]] ?? []).first {
            $0["department"] as? String == "d-shuiwu"
        }
        #expect(returned?["state"] as? String == "returned")
        #expect(
            Self.call(control, "ListForms", Varlink.Empty(), as: Self.lili)["error"] as? String
                == "io.spotcheck.PermissionDenied")
    }

    @Test func onlyTheDepartmentsOwnContactsReturnItsForm() throws {
        let harness = try Self.harness()
        try Self.issue(harness)
        let control = SecrecyTests.control(harness)
        let text = Self.filled("d-shuiwu", ["P01": ("是", "x", "y"), "P02": ("否", "", ""), "P03": ("否", "", "")])
        for caller in [Self.lixia, SecrecyTests.coordinator, SecrecyTests.auditor, CampaignControlTests.stranger] {
            let refused = Self.call(
                control, "SubmitForm",
                SelfInspectionMessages.SubmitParameters(department: "d-shuiwu", file: "f.csv", text: text), as: caller)
            #expect(refused["error"] as? String == "io.spotcheck.PermissionDenied", "\(caller.login ?? "")")
        }
        // A contact of another department cannot return this one's form as their own either.
        let wrong = Self.call(
            control, "SubmitForm",
            SelfInspectionMessages.SubmitParameters(department: "d-fagai", file: "f.csv", text: text), as: Self.lixia)
        #expect(wrong["error"] as? String == "io.spotcheck.SelfInspection.FormInvalid")
        #expect(try harness.store.findings().isEmpty)
        #expect(
            harness.events(.requestRefused).filter { $0.fields["METHOD"] == "io.spotcheck.SelfInspection.SubmitForm" }
                .count >= 1)
    }

    @Test func aFormWithAnyProblemIsRefusedWholeAndNothingIsStored() throws {
        let harness = try Self.harness()
        try Self.issue(harness)
        let control = SecrecyTests.control(harness)
        let bad = Self.filled(
            "d-shuiwu", ["P01": ("是", "窗口长期无人值守", "建立考勤制度"), "P02": ("也许", "", ""), "P03": ("是", "", "限期回复")])
        let reply = Self.call(
            control, "SubmitForm",
            SelfInspectionMessages.SubmitParameters(department: "d-shuiwu", file: "自查.csv", text: bad), as: Self.lili)
        #expect(reply["error"] as? String == "io.spotcheck.SelfInspection.FormInvalid")
        let problems = (Self.parameters(reply)["problems"] as? String) ?? ""
        #expect(problems.contains("自查.csv:4: problem found: '也许' is not an answer"), "\(reply)")
        #expect(problems.contains("自查.csv:5: description: a problem found needs its description"), "\(reply)")
        #expect(Self.parameters(reply)["count"] as? Int == 2)
        #expect(try harness.store.findings().isEmpty, "the good row P01 was not recorded either")
        let form = try #require(
            try harness.store.selfInspectionForm(campaign: harness.config.campaign!.key, department: "d-shuiwu"))
        #expect(form.state == .issued && form.answers.isEmpty)
        // Corrected, it is accepted, and the refused attempt used no finding number.
        let good = Self.filled(
            "d-shuiwu", ["P01": ("是", "窗口长期无人值守", "建立考勤制度"), "P02": ("否", "", ""), "P03": ("否", "", "")])
        let accepted = Self.call(
            control, "SubmitForm",
            SelfInspectionMessages.SubmitParameters(department: "d-shuiwu", file: "自查.csv", text: good), as: Self.lili)
        #expect((Self.parameters(accepted)["findings"] as? [String])?.count == 1, "\(accepted)")
        #expect(try harness.store.findings().count == 1)
    }

    @Test func aFormNotReturnedByItsDueDateIsLockedJournaledOnceAndRefused() throws {
        let harness = try Self.harness()
        try Self.issue(harness, due: "2026-12-04", today: "2026-11-30")
        let departments = try Self.departments(harness)
        try harness.tick("2026-12-04", "17:00")
        #expect(harness.events(.selfInspectionFormLate).isEmpty, "the due day itself is on time")
        try harness.tick("2026-12-07", "09:00")
        let late = harness.events(.selfInspectionFormLate)
        #expect(late.count == departments.count)
        #expect(
            late.contains {
                $0.fields["DEPARTMENT"] == "d-shuiwu" && $0.fields["DUE"] == "2026-12-04"
                    && $0.fields["DAY"] == "2026-12-07"
            })
        try harness.tick("2026-12-07", "10:00")
        try harness.tick("2026-12-08", "10:00")
        #expect(harness.events(.selfInspectionFormLate).count == departments.count, "journaled once")
        let control = SecrecyTests.control(harness)
        let refused = Self.call(
            control, "SubmitForm",
            SelfInspectionMessages.SubmitParameters(
                department: "d-shuiwu", file: "f.csv", text: Self.filled("d-shuiwu", Self.allNo)),
            as: Self.lili)
        #expect(refused["error"] as? String == "io.spotcheck.SelfInspection.FormLocked", "\(refused)")
        let facts = try #require(try harness.engine.selfInspectionFacts(config: harness.config))
        #expect(
            facts.formsOutstanding == 0 && facts.formsLocked == departments.count, "past due counts as not outstanding")
    }

    @Test func aLateFormIsLockedWhenSubmittedBeforeTheDailyPassAndAfterACrashItIsJournaledOnce() throws {
        let harness = try Self.harness()
        // Due long ago: the daily pass has not run, the submission finds it late.
        try Self.issue(harness, due: "2020-01-02", today: "2020-01-01")
        let control = SecrecyTests.control(harness)
        let refused = Self.call(
            control, "SubmitForm",
            SelfInspectionMessages.SubmitParameters(
                department: "d-shuiwu", file: "f.csv", text: Self.filled("d-shuiwu", Self.allNo)),
            as: Self.lili)
        #expect(refused["error"] as? String == "io.spotcheck.SelfInspection.FormLocked", "\(refused)")
        #expect(harness.events(.selfInspectionFormLate).contains { $0.fields["DEPARTMENT"] == "d-shuiwu" })
        let count = harness.events(.selfInspectionFormLate).count
        try harness.tick("2026-12-07", "09:00")
        #expect(harness.events(.selfInspectionFormLate).count == count)

        // Locked, then a crash before the journal: the next pass journals it, once.
        let other = try Self.harness()
        try Self.issue(other, due: "2026-12-04", today: "2026-11-30")
        let locked = try other.store.lockLateSelfInspectionForms(
            campaign: other.config.campaign!.key, today: Day(iso: "2026-12-07")!, at: other.at("2026-12-07", "08:00"))
        #expect(!locked.isEmpty && other.events(.selfInspectionFormLate).isEmpty)
        try other.tick("2026-12-07", "09:00")
        try other.tick("2026-12-07", "10:00")
        #expect(other.events(.selfInspectionFormLate).count == locked.count)
    }

    @Test func withoutACampaignThereAreNoForms() throws {
        let control = SecrecyTests.control(try Harness())
        let reply = Self.call(
            control, "IssueForms", SelfInspectionMessages.IssueParameters(), as: SecrecyTests.coordinator)
        #expect(reply["error"] as? String == "io.spotcheck.SelfInspection.NotConfigured")
        let mine = Self.call(control, "MyForms", Varlink.Empty(), as: Self.lili)
        #expect(mine["error"] as? String == "io.spotcheck.SelfInspection.NotConfigured")
    }
}
