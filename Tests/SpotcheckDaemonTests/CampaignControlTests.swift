import Foundation
import SpotcheckCampaign
import SpotcheckProtocol
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

/// The campaign's interfaces on the control socket, answered in process.
@Suite struct CampaignControlTests {
    static let stranger = Caller(
        uid: 60003, gid: 60003, pid: 1, login: "stranger", groups: [], isCoordinator: false, isAuditor: false)
    static let handler = Caller(
        uid: 60004, gid: 60004, pid: 1, login: "handler", groups: ["spotcheck-complaints"], isCoordinator: false,
        isAuditor: false)

    static func call<T: Codable & Sendable>(
        _ control: DaemonControl, _ method: String, _ parameters: T, as caller: Caller
    ) -> [String: Any] {
        let request = Varlink.encode(Varlink.Request(method: method, parameters: parameters))
        let reply = control.handle(request, from: caller) ?? []
        return (try? JSONSerialization.jsonObject(with: Data(reply))) as? [String: Any] ?? [:]
    }

    static func methods(_ description: String, _ interface: String) -> [String] {
        description.split(separator: "\n").filter { $0.hasPrefix("method ") }
            .map { "\(interface)." + $0.dropFirst("method ".count).prefix { $0 != "(" } }
    }

    @Test func everyMethodHasASizeLimitAndTheServedTextIsTheFile() throws {
        for (interface, text) in [
            (CampaignMessages.campaignInterface, CampaignMessages.campaignDescription),
            (CampaignMessages.complaintsInterface, CampaignMessages.complaintsDescription),
        ] {
            let methods = Self.methods(text, interface)
            #expect(methods.count >= 2)
            for method in methods {
                let limit = try #require(MessageLimits.byMethod[method], "\(method) has no size limit of its own")
                #expect(limit <= MessageLimits.small)
            }
            let file = try String(
                contentsOf: Harness.packageRoot.appendingPathComponent(
                    "Sources/SpotcheckProtocol/\(interface).varlink"),
                encoding: .utf8)
            #expect(text + "\n" == file, "run scripts/generate-interface.sh")
        }
    }

    @Test func theInterfacesAreListedAndDescribed() throws {
        let harness = try Harness(pools: campaignPools())
        let control = SecrecyTests.control(harness)
        let info = Self.call(control, "org.varlink.service.GetInfo", Varlink.Empty(), as: Self.stranger)
        let interfaces = (info["parameters"] as? [String: Any])?["interfaces"] as? [String] ?? []
        #expect(interfaces.contains("io.spotcheck.Campaign") && interfaces.contains("io.spotcheck.Complaints"))
        let description = Self.call(
            control, "org.varlink.service.GetInterfaceDescription",
            ControlMessages.InterfaceParameters(interface: "io.spotcheck.Complaints"), as: Self.stranger)
        #expect(
            (description["parameters"] as? [String: Any])?["description"] as? String
                == CampaignMessages.complaintsDescription)
        let unknown = Self.call(control, "io.spotcheck.Campaign.Rewind", Varlink.Empty(), as: SecrecyTests.coordinator)
        #expect(unknown["error"] as? String == "org.varlink.service.MethodNotFound")
    }

    @Test func anyoneReadsTheCampaignOnlyCoordinatorsAdvanceOnlyHandlersSeeComplaints() throws {
        let harness = try Harness(pools: campaignPools())
        let control = SecrecyTests.control(harness)
        let campaign = Self.call(control, "io.spotcheck.Campaign.GetCampaign", Varlink.Empty(), as: Self.stranger)
        let active = ((campaign["parameters"] as? [String: Any])?["campaign"] as? [String: Any])?["active"] as? String
        #expect(active == "mobilisation")
        for caller in [Self.stranger, SecrecyTests.auditor, Self.handler] {
            let refused = Self.call(
                control, "io.spotcheck.Campaign.Advance",
                CampaignMessages.AdvanceParameters(to: "self-inspection", reason: "x"), as: caller)
            #expect(refused["error"] as? String == "io.spotcheck.PermissionDenied", "\(caller.login ?? "")")
        }
        for caller in [Self.stranger, SecrecyTests.auditor, SecrecyTests.coordinator] {
            for (method, parameters) in [
                ("List", "{}"), ("Show", #"{"id":1}"#), ("Update", #"{"id":1,"note":"x"}"#),
                ("RequestIdentity", #"{"id":1,"reason":"xxxxxxxxxxxx"}"#), ("ApproveIdentity", #"{"request":1}"#),
                ("ReadIdentity", #"{"request":1}"#),
                ("Register", #"{"channel":"hotline","department":"d","allegation":"a","category":"c"}"#),
            ] {
                let request = Array(
                    #"{"method":"io.spotcheck.Complaints.\#(method)","parameters":\#(parameters)}"#.utf8)
                let reply = String(decoding: control.handle(request, from: caller) ?? [], as: UTF8.self)
                #expect(reply.contains("io.spotcheck.PermissionDenied"), "\(caller.login ?? "") \(method): \(reply)")
            }
        }
        #expect(
            harness.sink.recorded.contains {
                $0.event == .requestRefused && $0.fields["METHOD"] == "io.spotcheck.Complaints.ReadIdentity"
            })
        // Without a campaign: no campaign, and advancing says it is not configured.
        let plain = SecrecyTests.control(try Harness())
        let none = Self.call(plain, "io.spotcheck.Campaign.GetCampaign", Varlink.Empty(), as: Self.stranger)
        #expect((none["parameters"] as? [String: Any])?["campaign"] == nil)
        let advance = Self.call(
            plain, "io.spotcheck.Campaign.Advance", CampaignMessages.AdvanceParameters(to: "supervision", reason: "x"),
            as: SecrecyTests.coordinator)
        #expect(advance["error"] as? String == "io.spotcheck.Campaign.NotConfigured")
    }

    @Test func aHandlerWithAConflictOfInterestNeitherSeesNorHandlesTheComplaint() throws {
        let harness = try Harness()
        let control = SecrecyTests.control(harness)
        let root = Caller(uid: 0, gid: 0, pid: 1, login: "root", groups: [], isCoordinator: true, isAuditor: true)
        // yangtao (i001) works in d-fagai; huchao (i002) in d-caizheng.
        let yangtao = Caller(
            uid: 60010, gid: 60010, pid: 1, login: "yangtao", groups: ["spotcheck-complaints"], isCoordinator: false,
            isAuditor: false)
        let huchao = Caller(
            uid: 60011, gid: 60011, pid: 1, login: "huchao", groups: ["spotcheck-complaints"], isCoordinator: false,
            isAuditor: false)
        let registered = Self.call(
            control, "io.spotcheck.Complaints.Register",
            CampaignMessages.RegisterParameters(
                channel: "letter", department: "d-fagai", allegation: "违规发放津贴", category: "津补贴"), as: root)
        let id = try #require((registered["parameters"] as? [String: Any])?["id"] as? Int, "\(registered)")
        let listed = Self.call(control, "io.spotcheck.Complaints.List", Varlink.Empty(), as: yangtao)
        #expect(((listed["parameters"] as? [String: Any])?["complaints"] as? [Any])?.isEmpty == true)
        let shown = Self.call(
            control, "io.spotcheck.Complaints.Show", CampaignMessages.IDParameters(id: Int64(id)), as: yangtao)
        #expect(shown["error"] as? String == "io.spotcheck.Complaints.NotFound")
        let update = Self.call(
            control, "io.spotcheck.Complaints.Update", CampaignMessages.UpdateParameters(id: Int64(id), note: "x"),
            as: yangtao)
        #expect(update["error"] as? String == "io.spotcheck.Complaints.NotFound")
        let other = Self.call(control, "io.spotcheck.Complaints.List", Varlink.Empty(), as: huchao)
        #expect(((other["parameters"] as? [String: Any])?["complaints"] as? [Any])?.count == 1)
    }

    // MARK: Recusal that cannot be escaped or probed

    static let root = Caller(uid: 0, gid: 0, pid: 1, login: "root", groups: [], isCoordinator: true, isAuditor: true)
    static func complaintsHandler(_ login: String, uid: UInt32) -> Caller {
        Caller(
            uid: uid, gid: uid, pid: 1, login: login, groups: ["spotcheck-complaints"], isCoordinator: false,
            isAuditor: false)
    }
    /// yangtao (i001) works in d-fagai; huchao (i002) in d-caizheng; lixia is a contact of
    /// d-fagai and lili of d-shuiwu (departments.csv), neither of them an inspector.
    static let yangtao = complaintsHandler("yangtao", uid: 60010)
    static let huchao = complaintsHandler("huchao", uid: 60011)
    static let lixia = complaintsHandler("lixia", uid: 60012)
    static let lili = complaintsHandler("lili", uid: 60013)

    /// The campaign control with an identity key, so that identities can be registered.
    static func sealed(_ harness: Harness) -> CampaignControl {
        CampaignControl(
            store: harness.store, engine: harness.engine, events: EventLog(sinks: [harness.sink]),
            config: harness.config, seal: IdentitySeal(keyMaterial: Array(repeating: 7, count: 32)))
    }

    /// The reply's parameters, or the failure it was answered with.
    static func answer(
        _ control: CampaignControl, _ method: String, _ parameters: String, as caller: Caller
    ) -> Result<[String: Any], Varlink.Failure> {
        let request = Array(#"{"method":"io.spotcheck.Complaints.\#(method)","parameters":\#(parameters)}"#.utf8)
        do {
            let reply = try control.answer("io.spotcheck.Complaints.\(method)", request, caller)
            let object = (try? JSONSerialization.jsonObject(with: Data(reply))) as? [String: Any]
            return .success(object?["parameters"] as? [String: Any] ?? [:])
        } catch let failure as Varlink.Failure {
            return .failure(failure)
        } catch {
            return .failure(Varlink.Failure("unexpected", ["what": .string("\(error)")]))
        }
    }

    static func failure(_ result: Result<[String: Any], Varlink.Failure>) -> Varlink.Failure? {
        if case .failure(let failure) = result { return failure }
        return nil
    }

    static func register(_ control: CampaignControl, department: String, identity: String? = nil) -> Int? {
        let identityField = identity.map { #","identity":"\#($0)""# } ?? ""
        let result = answer(
            control, "Register",
            #"{"channel":"hotline","department":"\#(department)","allegation":"a","category":"c"\#(identityField)}"#,
            as: root)
        guard case .success(let reply) = result else { return nil }
        return reply["id"] as? Int
    }

    @Test func aRecusedHandlerProbingNumbersGetsTheAnswerForAComplaintThatDoesNotExist() throws {
        let harness = try Harness()
        let control = Self.sealed(harness)
        let complaint = try #require(Self.register(control, department: "d-fagai", identity: "张三 SECRETID"))
        let request = Self.answer(
            control, "RequestIdentity", #"{"id":\#(complaint),"reason":"需当面核实举报细节内容"}"#, as: Self.huchao)
        guard case .success(let requested) = request else {
            Issue.record("\(request)")
            return
        }
        // A six-digit number drawn at random, as a complaint's: no count of requests.
        let number = try #require(requested["request"] as? Int)
        #expect((100_000...999_999).contains(number), "\(number)")
        let before = try harness.store.complaint(id: Int64(complaint))?.entries.count
        // The complaint concerns yangtao's own department; complaint 7 does not exist.
        for id in [complaint, 7] {
            let missing = Varlink.Failure("io.spotcheck.Complaints.NotFound", ["what": .string("complaint \(id)")])
            for (method, parameters) in [
                ("Show", #"{"id":\#(id)}"#), ("Update", #"{"id":\#(id),"note":"x"}"#),
                ("Update", #"{"id":\#(id),"state":"accepted","reply":"已受理"}"#),
                ("RequestIdentity", #"{"id":\#(id),"reason":"需当面核实举报细节内容"}"#),
                ("RequestIdentity", #"{"id":\#(id),"reason":"短"}"#),
            ] {
                #expect(
                    Self.failure(Self.answer(control, method, parameters, as: Self.yangtao)) == missing,
                    "\(method) \(parameters)")
            }
        }
        // The identity request is about that complaint; request 7 does not exist.
        for id in [number, 7] {
            let missing = Varlink.Failure(
                "io.spotcheck.Complaints.NotFound", ["what": .string("no identity request \(id)")])
            for method in ["ApproveIdentity", "ReadIdentity"] {
                #expect(
                    Self.failure(Self.answer(control, method, #"{"request":\#(id)}"#, as: Self.yangtao)) == missing,
                    "\(method) \(id)")
            }
        }
        // Nothing changed: the request is still waiting for a second handler's approval.
        #expect(try harness.store.unsealRequest(id: Int64(number))?.approvedBy == nil)
        #expect(try harness.store.complaint(id: Int64(complaint))?.entries.count == before)
    }

    @Test func aComplaintFiledUnderADepartmentsNameOrAnotherSpellingIsRefused() throws {
        let harness = try Harness()
        let control = Self.sealed(harness)
        for department in ["青山县发展和改革局", "D-FAGAI", " d-fagai", "d-fagai ", "d-nowhere"] {
            let failure = try #require(
                Self.failure(
                    Self.answer(
                        control, "Register",
                        #"{"channel":"hotline","department":"\#(department)","allegation":"a","category":"c","identity":"李四"}"#,
                        as: Self.root)), "\(department)")
            #expect(failure.error == "io.spotcheck.Complaints.Refused", "\(department)")
            guard case .string(let message) = failure.parameters["message"] else {
                Issue.record("\(failure)")
                continue
            }
            #expect(message.hasPrefix("department: "), "\(message)")
            #expect(message.contains("spotcheck departments list"), "\(message)")
            if department != "d-nowhere" { #expect(message.contains("is d-fagai"), "\(message)") }
        }
        #expect(try harness.store.complaints().isEmpty, "nothing is stored")
        // The id is accepted, and the leadership stub needs no department.
        #expect(Self.register(control, department: "d-fagai") != nil)
        let stub = Self.answer(
            control, "Register",
            #"{"channel":"visit","leadership":true,"department":"","allegation":"","category":""}"#, as: Self.root)
        guard case .success(let reply) = stub else {
            Issue.record("\(stub)")
            return
        }
        let id = try #require(reply["id"] as? Int)
        #expect(try harness.store.complaint(id: Int64(id))?.stub == true)
    }

    /// An identity of invisible marks alone (a zero-width space, a Braille blank) says nothing:
    /// the complaint is stored as one without an identity, not as "identity: on file, sealed".
    @Test func anIdentityOfInvisibleMarksAloneIsNoIdentity() throws {
        let harness = try Harness()
        let control = Self.sealed(harness)
        for identity in ["\\u200b", "\\u2800 \\u3000", " "] {
            let id = try #require(Self.register(control, department: "d-fagai", identity: identity), "\(identity)")
            #expect(try harness.store.complaint(id: Int64(id))?.hasIdentity == false, "\(identity)")
        }
        let given = try #require(Self.register(control, department: "d-fagai", identity: "李四\\u200b"))
        #expect(try harness.store.complaint(id: Int64(given))?.hasIdentity == true)
    }

    @Test func aDepartmentsContactWhoHandlesComplaintsIsRecusedFromComplaintsAboutIt() throws {
        let harness = try Harness()
        let control = Self.sealed(harness)
        let fagai = try #require(Self.register(control, department: "d-fagai", identity: "王五 SECRETID3"))
        let shuiwu = try #require(Self.register(control, department: "d-shuiwu", identity: "赵六 SECRETID4"))
        let listed = Self.answer(control, "List", "{}", as: Self.lixia)
        guard case .success(let reply) = listed else {
            Issue.record("\(listed)")
            return
        }
        let ids = (reply["complaints"] as? [[String: Any]])?.compactMap { $0["id"] as? Int }
        #expect(ids == [shuiwu], "lixia sees d-shuiwu's complaint, not d-fagai's")
        for (caller, id) in [(Self.lixia, fagai), (Self.lili, shuiwu)] {
            let missing = Varlink.Failure("io.spotcheck.Complaints.NotFound", ["what": .string("complaint \(id)")])
            #expect(Self.failure(Self.answer(control, "Show", #"{"id":\#(id)}"#, as: caller)) == missing)
            #expect(Self.failure(Self.answer(control, "Update", #"{"id":\#(id),"note":"x"}"#, as: caller)) == missing)
            #expect(
                Self.failure(
                    Self.answer(control, "RequestIdentity", #"{"id":\#(id),"reason":"需当面核实举报细节内容"}"#, as: caller))
                    == missing)
        }
        // Another handler's request about d-shuiwu cannot be approved or read by its contact.
        let request = Self.answer(
            control, "RequestIdentity", #"{"id":\#(shuiwu),"reason":"需当面核实举报细节内容"}"#, as: Self.huchao)
        guard case .success(let requested) = request, let number = requested["request"] as? Int else {
            Issue.record("\(request)")
            return
        }
        let noRequest = Varlink.Failure(
            "io.spotcheck.Complaints.NotFound", ["what": .string("no identity request \(number)")])
        #expect(
            Self.failure(Self.answer(control, "ApproveIdentity", #"{"request":\#(number)}"#, as: Self.lili))
                == noRequest)
        #expect(try harness.store.unsealRequest(id: Int64(number))?.approvedBy == nil)
    }
}
