import Foundation
import GRDB
import SpotcheckCampaign
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// A complaint leads to a finding without the finding exposing the complainant; complaints can
/// not be backdated at will, reasons need visible text, and receipt lookups are limited per user.
@Suite struct ComplaintFindingTests {
    static let handler = CampaignControlTests.complaintsHandler("handler-wang", uid: 60020)
    static let identity = "张三 13800000000 SECRETID"

    /// The message of a refusal, or "" when the call was answered.
    static func message(_ result: Result<[String: Any], Varlink.Failure>) -> String {
        guard let failure = CampaignControlTests.failure(result),
            case .string(let text)? = failure.parameters["message"]
        else { return "" }
        return text
    }

    static func advance(_ control: CampaignControl, reason: String) -> Result<[String: Any], Varlink.Failure> {
        let request = Array(
            #"{"method":"io.spotcheck.Campaign.Advance","parameters":{"to":"self-inspection","reason":"\#(reason)"}}"#
                .utf8)
        do {
            let reply = try control.answer("io.spotcheck.Campaign.Advance", request, CampaignControlTests.root)
            let object = (try? JSONSerialization.jsonObject(with: Data(reply))) as? [String: Any]
            return .success(object?["parameters"] as? [String: Any] ?? [:])
        } catch let failure as Varlink.Failure {
            return .failure(failure)
        } catch {
            return .failure(Varlink.Failure("unexpected", ["what": .string("\(error)")]))
        }
    }

    func addFinding(
        _ world: LedgerWorld, complaint: String, department: String, as caller: Caller
    ) -> LedgerWorld.Answer {
        world.call(
            "AddFinding",
            LedgerMessages.AddParameters(
                source: "complaint", department: department, complaint: complaint, category: "arrogant",
                facts: "办事窗口对群众态度生硬"),
            as: caller)
    }

    @Test func aComplaintLeadsToAFindingThatNamesOnlyItsNumberAndTheComplaintKeepsTheLink() throws {
        let world = try LedgerWorld()
        let complaints = CampaignControlTests.sealed(world.harness)
        let id = try #require(
            CampaignControlTests.register(complaints, department: world.target, identity: Self.identity))
        let answer = addFinding(world, complaint: String(id), department: world.target, as: Self.handler)
        let finding = try #require(answer.finding["id"] as? String, "\(answer)")
        // The complaint keeps the link: a row and an internal note for its handlers.
        #expect(try world.harness.store.complaintFindings(complaint: Int64(id)) == [finding])
        let complaint = try #require(try world.harness.store.complaint(id: Int64(id)))
        #expect(complaint.entries.contains { $0.kind == .note && $0.text.contains(finding) })
        // What the department's contact sees of the finding: no identity, nothing of the complaint
        // beyond its number.
        let shown = world.call(
            "ShowFinding", LedgerMessages.IDParameters(id: finding), as: LedgerWorld.caller(world.contact))
        let text = String(
            decoding: try JSONSerialization.data(withJSONObject: shown.parameters), as: UTF8.self)
        #expect(shown.error == nil && text.contains(finding), "\(shown)")
        for secret in ["张三", "13800000000", "SECRETID", "allegation"] {
            #expect(!text.contains(secret), "the finding shows \(secret): \(text)")
        }
        // The contact sees that it came from a complaint, not which: in the finding, its history
        // and the spreadsheet export; the coordinator sees the number.
        #expect(shown.finding["source"] as? String == "投诉", "\(shown)")
        let history = shown.parameters["history"] as? [[String: Any]] ?? []
        #expect(history.first.flatMap { ($0["detail"] as? [String: String])?["source"] } == "投诉", "\(history)")
        let export = world.call(
            "ExportFindings", LedgerMessages.ListParameters(overdue: false), as: LedgerWorld.caller(world.contact))
        let csv = export.parameters["csv"] as? String ?? ""
        #expect(csv.contains(finding) && !csv.contains("投诉（"), "\(export)")
        let full = world.call("ShowFinding", LedgerMessages.IDParameters(id: finding), as: LedgerWorld.coordinatorA)
        #expect(full.finding["source"] as? String == "投诉（\(id)）", "\(full)")
        let stored = try world.harness.store.findings()
        #expect(stored.first { $0.id.description == finding }?.source == .complaint(id: String(id)))
    }

    @Test func onlyHandlersNotRecusedRecordAFindingFromAComplaintInItsDepartment() throws {
        let world = try LedgerWorld()
        let complaints = CampaignControlTests.sealed(world.harness)
        let about = try #require(CampaignControlTests.register(complaints, department: "d-shuiwu"))
        // Not a handler.
        let stranger = addFinding(world, complaint: String(about), department: "d-shuiwu", as: LedgerWorld.caller("x"))
        #expect(stranger.error == "io.spotcheck.PermissionDenied", "\(stranger)")
        // lili is a contact of d-shuiwu: the complaint is answered as one that does not exist.
        let recused = addFinding(
            world, complaint: String(about), department: "d-shuiwu", as: CampaignControlTests.lili)
        let missing = addFinding(world, complaint: "999", department: "d-shuiwu", as: CampaignControlTests.lili)
        #expect(recused.error == "io.spotcheck.Ledger.InvalidField", "\(recused)")
        #expect(
            (recused.parameters["message"] as? String)?.replacing(String(about), with: "N")
                == (missing.parameters["message"] as? String)?.replacing("999", with: "N"), "\(recused) \(missing)")
        // Another department than the complaint's.
        let elsewhere = addFinding(world, complaint: String(about), department: "d-fagai", as: Self.handler)
        #expect(elsewhere.parameters["field"] as? String == "department", "\(elsewhere)")
        // Not a number.
        let text = addFinding(world, complaint: "C-1", department: "d-shuiwu", as: Self.handler)
        #expect(text.parameters["field"] as? String == "complaint", "\(text)")
        #expect(try world.harness.store.findings().isEmpty)
        let recorded = addFinding(world, complaint: String(about), department: "d-shuiwu", as: Self.handler)
        #expect(recorded.error == nil, "\(recorded)")
    }

    /// A coordinator may not read complaints: recording from one is refused alike whatever the
    /// complaint and the department, so the answers tell neither what a complaint is about nor
    /// how many there are. A handler's request is checked in its own fields first.
    @Test func aCoordinatorWhoIsNoHandlerLearnsNothingOfComplaintsFromRecording() throws {
        let world = try LedgerWorld()
        let complaints = CampaignControlTests.sealed(world.harness)
        let about = try #require(CampaignControlTests.register(complaints, department: "d-shuiwu"))
        func add(_ complaint: String, _ department: String, facts: String, as caller: Caller) -> LedgerWorld.Answer {
            world.call(
                "AddFinding",
                LedgerMessages.AddParameters(
                    source: "complaint", department: department, complaint: complaint, facts: facts),
                as: caller)
        }
        var answers: Set<String> = []
        for (complaint, department) in [
            (String(about), "d-shuiwu"), (String(about), "d-fagai"), ("999", "d-shuiwu"), ("x", "d-nowhere"),
        ] {
            for facts in [" ", "宴请属实"] {
                let answer = add(complaint, department, facts: facts, as: LedgerWorld.coordinatorA)
                #expect(answer.error == "io.spotcheck.PermissionDenied", "\(complaint) \(department): \(answer)")
                answers.insert("\(answer.error ?? "") \(answer.parameters.sorted { $0.key < $1.key })")
            }
        }
        #expect(answers.count == 1, "\(answers)")
        // A handler's empty facts are refused alike for the right, the wrong and a missing complaint.
        let blank = [(String(about), "d-shuiwu"), (String(about), "d-fagai"), ("999", "d-shuiwu")].map {
            add($0.0, $0.1, facts: " ", as: Self.handler)
        }
        #expect(blank.allSatisfy { $0.code == "missingField" }, "\(blank)")
        #expect(try world.harness.store.findings().isEmpty)
    }

    /// A contact of the department who also handles complaints is recused from its complaints,
    /// and sees its complaint findings as any contact does: `投诉`, without the number, and the
    /// handler who recorded one by role only, in the finding, its history and the export.
    @Test func aRecusedHandlerSeesNeitherTheComplaintNumberNorTheHandlerOfTheirDepartmentsFinding() throws {
        let world = try LedgerWorld()
        let complaints = CampaignControlTests.sealed(world.harness)
        let about = try #require(CampaignControlTests.register(complaints, department: "d-shuiwu"))
        let added = addFinding(world, complaint: String(about), department: "d-shuiwu", as: Self.handler)
        let finding = try #require(added.finding["id"] as? String, "\(added)")
        let lili = CampaignControlTests.lili  // handler, contact of d-shuiwu
        let shown = world.call("ShowFinding", LedgerMessages.IDParameters(id: finding), as: lili)
        #expect(shown.error == nil, "\(shown)")
        #expect(shown.finding["source"] as? String == "投诉", "\(shown)")
        #expect(shown.finding["finder"] as? String == "hotline", "\(shown)")
        let text = String(decoding: try JSONSerialization.data(withJSONObject: shown.parameters), as: UTF8.self)
        #expect(!text.contains("投诉（") && !text.contains("handler-wang"), "\(text)")
        let export = world.call("ExportFindings", LedgerMessages.ListParameters(overdue: false), as: lili)
        let csv = export.parameters["csv"] as? String ?? ""
        #expect(csv.contains(finding) && !csv.contains("投诉（") && !csv.contains("handler-wang"), "\(export)")
        let mine = world.call("MyFindings", Varlink.Empty(), as: lili)
        let mineText = String(decoding: try JSONSerialization.data(withJSONObject: mine.parameters), as: UTF8.self)
        #expect(mineText.contains(finding) && !mineText.contains("handler-wang"), "\(mineText)")
        // A coordinator, not recused, sees both.
        let full = world.call("ShowFinding", LedgerMessages.IDParameters(id: finding), as: LedgerWorld.coordinatorA)
        #expect(full.finding["source"] as? String == "投诉（\(about)）", "\(full)")
        #expect(full.finding["finder"] as? String == "handler-wang", "\(full)")
    }

    /// A finding reopened after a new complaint names a complaint its coordinator may handle,
    /// about the finding's department; a coordinator who does not handle complaints is refused
    /// alike whatever the number. Of any finding, only those who see complaint numbers see which
    /// complaint reopened it; the department's contact sees `投诉`.
    @Test func aReopeningAfterAComplaintNamesOneOfTheDepartmentAndOnlyHandlersSeeWhich() throws {
        let world = try LedgerWorld()
        let (id, _, _, drawn) = try world.submittedWithVerifierDrawn()
        let verified = world.call(
            "VerifyFinding", LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示"),
            as: LedgerWorld.caller(drawn.login))
        #expect(verified.finding["state"] as? String == "closed", "\(verified)")
        let complaints = CampaignControlTests.sealed(world.harness)
        let about = try #require(CampaignControlTests.register(complaints, department: world.target))
        let elsewhere = try #require(CampaignControlTests.register(complaints, department: world.otherDepartment))
        let handling = Caller(
            uid: 60031, gid: 60031, pid: 1, login: "coord-h", groups: ["spotcheck-complaints"], isCoordinator: true,
            isAuditor: false)
        func reopen(_ complaint: String, as caller: Caller) -> LedgerWorld.Answer {
            world.call("ReopenFinding", LedgerMessages.ReopenParameters(id: id, complaint: complaint), as: caller)
        }
        var answers: Set<String> = []
        for complaint in [String(about), String(elsewhere), "987654321", "x"] {
            let answer = reopen(complaint, as: LedgerWorld.coordinatorA)
            #expect(answer.error == "io.spotcheck.PermissionDenied", "\(complaint): \(answer)")
            answers.insert("\(answer.error ?? "") \(answer.parameters.sorted { $0.key < $1.key })")
        }
        #expect(answers.count == 1, "\(answers)")
        let missing = reopen("987654321", as: handling)
        #expect(missing.parameters["field"] as? String == "complaint", "\(missing)")
        #expect((missing.parameters["message"] as? String)?.contains("no complaint 987654321 you may handle") == true)
        let other = reopen(String(elsewhere), as: handling)
        #expect(
            (other.parameters["message"] as? String)?.contains("is about another department than \(id)") == true,
            "\(other)")
        #expect(try world.harness.store.finding(try FindingID(id))?.state == .closed)

        let reopened = reopen("#\(about)", as: handling)
        #expect(reopened.finding["state"] as? String == "reopened", "\(reopened)")
        func lastDetail(_ caller: Caller) -> [String: String] {
            let shown = world.call("ShowFinding", LedgerMessages.IDParameters(id: id), as: caller)
            return ((shown.parameters["history"] as? [[String: Any]])?.last?["detail"] as? [String: String]) ?? [:]
        }
        #expect(lastDetail(LedgerWorld.caller(world.contact))["complaint"] == "投诉")
        #expect(lastDetail(LedgerWorld.coordinatorA)["complaint"] == String(about))
    }

    @Test func findingNumbersSayNothingOfHowManyFindingsExist() throws {
        let world = try LedgerWorld()
        var numbers: [Int] = []
        for _ in 0..<8 {
            let id = try FindingID(try world.recordByMember())
            numbers.append(id.number)
        }
        #expect(Set(numbers).count == 8)
        #expect(numbers.allSatisfy { (100_000...999_999).contains($0) })
        #expect(numbers != numbers.sorted() || numbers.first! > 100_007, "consecutive: \(numbers)")
        // Listed in the order recorded all the same.
        #expect(try world.harness.store.findings().map(\.id.number) == numbers)
    }

    /// A handler recused from a department sees no complaint about it, and no gap either: numbers
    /// are drawn at random, listed in the order registered; a complaint registered before numbers
    /// were drawn keeps its own.
    @Test func complaintNumbersSayNothingOfHowManyComplaintsExist() throws {
        let world = try LedgerWorld()
        let complaints = CampaignControlTests.sealed(world.harness)
        let old = try world.harness.store.database.write { db -> Int64 in
            try db.execute(
                sql: """
                    INSERT INTO complaint (id, channel, received_day, received_at, department, allegation, category,
                        stub, state, locator, receipt_salt, receipt_hash) VALUES (1, 'letter', ?, ?, 'd-shuiwu', 'a',
                        'c', 0, 'received', 'old', x'00', x'00')
                    """, arguments: [world.today.description, Date().timeIntervalSince1970])
            return db.lastInsertedRowID
        }
        var numbers: [Int] = []
        for department in ["d-fagai", "d-shuiwu", "d-fagai", "d-shuiwu", "d-fagai", "d-shuiwu", "d-fagai", "d-shuiwu"] {
            numbers.append(try #require(CampaignControlTests.register(complaints, department: department)))
        }
        #expect(Set(numbers).count == 8 && numbers.allSatisfy { (100_000...999_999).contains($0) }, "\(numbers)")
        #expect(numbers != numbers.sorted() || numbers.first! > 100_007, "consecutive: \(numbers)")
        #expect(try world.harness.store.complaints().map(\.id) == [old] + numbers.map(Int64.init))
        // lixia, a handler recused from d-fagai, sees only d-shuiwu's, in the order registered.
        let listed = CampaignControlTests.answer(complaints, "List", "{}", as: CampaignControlTests.lixia)
        guard case .success(let reply) = listed else { Issue.record("\(listed)"); return }
        let seen = (reply["complaints"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
        #expect(seen == [1] + numbers.enumerated().filter { $0.offset % 2 == 1 }.map(\.element), "\(seen)")
    }

    @Test func aComplaintCannotBeBackdatedAtWillAndBackdatingIsJournaled() throws {
        let harness = try Harness(pools: campaignPools())
        let control = CampaignControlTests.sealed(harness)
        let today = harness.local.day(of: Date())
        func register(received: Day) -> Result<[String: Any], Varlink.Failure> {
            CampaignControlTests.answer(
                control, "Register",
                #"{"channel":"letter","received":"\#(received)","department":"d-fagai","allegation":"a","category":"c"}"#,
                as: CampaignControlTests.root)
        }
        let old = register(received: Day(iso: "0001-01-01")!)
        #expect(
            Self.message(old).contains("more than 30 days"),
            "\(old)")
        let campaignStart = harness.config.campaign!.phases[.mobilisation]!.start
        if today.adding(days: -30) < campaignStart.adding(days: -1) {
            let before = register(received: campaignStart.adding(days: -1))
            #expect(
                Self.message(before).contains("before the campaign began"), "\(before)")
        }
        let recent = max(today.adding(days: -3), campaignStart)
        guard case .success = register(received: recent) else {
            Issue.record("a complaint received \(recent) is refused")
            return
        }
        let journaled = harness.events(.complaintRegistered).last
        if recent < today {
            #expect(
                journaled?.fields["BACKDATED_DAYS"] == String(today.ordinal - recent.ordinal),
                "\(String(describing: journaled))")
        }
    }

    @Test func reasonsMadeOfInvisibleCharactersAreRefused() throws {
        let harness = try Harness(pools: campaignPools())
        let control = CampaignControlTests.sealed(harness)
        let id = try #require(CampaignControlTests.register(control, department: "d-fagai", identity: "X"))
        for blank in ["\\u200b", "\\u200b\\u2060\\ufeff", "\\u3164\\u3164", "   "] {
            let advance = Self.advance(control, reason: blank)
            #expect(Self.message(advance).contains("no visible character"), "\(blank): \(advance)")
            let note = CampaignControlTests.answer(
                control, "Update", #"{"id":\#(id),"note":"\#(blank)"}"#, as: CampaignControlTests.root)
            #expect(CampaignControlTests.failure(note) != nil, "note \(blank)")
        }
        let request = CampaignControlTests.answer(
            control, "RequestIdentity",
            #"{"id":\#(id),"reason":"核实\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b"}"#,
            as: CampaignControlTests.root)
        #expect(
            Self.message(request).contains("10 visible"),
            "\(request)")
        #expect(try harness.store.campaignTransitions(campaign: harness.config.campaign!.key).isEmpty)
    }

    @Test func receiptLookupsAreLimitedPerUserWithAClearRefusal() throws {
        let harness = try Harness(pools: campaignPools())
        var control = CampaignControlTests.sealed(harness)
        control.lookupLimit = ReceiptLookupLimit(burst: 3, perMinute: 3)
        let code = #"{"code":"7K3QD-2M8XA-PQ4RT-9VZ1B-C6H0E"}"#
        let mallory = Caller(
            uid: 60030, gid: 60030, pid: 1, login: "mallory", groups: [], isCoordinator: false, isAuditor: false)
        for _ in 0..<3 {
            let answer = CampaignControlTests.answer(control, "LookupReceipt", code, as: mallory)
            #expect(CampaignControlTests.failure(answer)?.error == "io.spotcheck.Complaints.ReceiptNotFound")
        }
        let refused = CampaignControlTests.answer(control, "LookupReceipt", code, as: mallory)
        let message = Self.message(refused)
        #expect(
            message.contains("too many receipt lookups from uid 60030") && message.contains("try again in"),
            "\(refused)")
        // Another user is not held up; the bucket refills with time.
        let other = CampaignControlTests.answer(control, "LookupReceipt", code, as: CampaignControlTests.stranger)
        #expect(CampaignControlTests.failure(other)?.error == "io.spotcheck.Complaints.ReceiptNotFound")
        let limit = ReceiptLookupLimit(burst: 2, perMinute: 3)
        let now = Date()
        #expect(limit.take(uid: 1, now: now) == nil && limit.take(uid: 1, now: now) == nil)
        #expect(limit.take(uid: 1, now: now) == 20)
        #expect(limit.take(uid: 1, now: now.addingTimeInterval(20)) == nil)
    }
}
