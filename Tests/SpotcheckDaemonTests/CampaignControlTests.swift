import Foundation
import SpotcheckProtocol
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
        #expect((registered["parameters"] as? [String: Any])?["id"] as? Int == 1, "\(registered)")
        let listed = Self.call(control, "io.spotcheck.Complaints.List", Varlink.Empty(), as: yangtao)
        #expect(((listed["parameters"] as? [String: Any])?["complaints"] as? [Any])?.isEmpty == true)
        let shown = Self.call(
            control, "io.spotcheck.Complaints.Show", CampaignMessages.IDParameters(id: 1), as: yangtao)
        #expect(shown["error"] as? String == "io.spotcheck.Complaints.Refused")
        #expect(((shown["parameters"] as? [String: Any])?["message"] as? String)?.contains("own department") == true)
        let update = Self.call(
            control, "io.spotcheck.Complaints.Update", CampaignMessages.UpdateParameters(id: 1, note: "x"), as: yangtao)
        #expect(update["error"] as? String == "io.spotcheck.Complaints.Refused")
        let other = Self.call(control, "io.spotcheck.Complaints.List", Varlink.Empty(), as: huchao)
        #expect(((other["parameters"] as? [String: Any])?["complaints"] as? [Any])?.count == 1)
    }
}
