import Foundation
import SpotcheckCampaign
import SpotcheckProtocol
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// The campaign's and complaints' refusals, the gate's conditions and refused permissions reach
/// the reader in their language from the code the daemon sends, through the real daemon and CLI;
/// a raw Varlink client still gets the English message and the method.
@Suite(.serialized) struct CodedRefusalTests {
    static let chinese = "zh_CN.UTF-8"

    @Test func aRefusedStepAComplaintRefusalAndTheGateReadInChineseAndEnglish() throws {
        let daemon = try DaemonProcess.started(revealIn: 3, extra: campaignSection(), prohibitions: "1. 违规吃喝\n")
        defer { daemon.stop() }
        func both(_ arguments: [String]) throws -> (english: String, chinese: String, status: Int32) {
            let english = try daemon.spotcheck(arguments)
            let chinese = try daemon.spotcheck(arguments, locale: Self.chinese)
            #expect(english.status == chinese.status, "\(english.output)\(chinese.output)")
            return (english.output, chinese.output, english.status)
        }

        // The gate's conditions in `status` and `campaign status`.
        for command in [["status"], ["campaign", "status"]] {
            let status = try both(command)
            #expect(status.status == 0, "\(status.english)")
            #expect(status.chinese.contains("已加载名册；其快照哈希值固化到本次阶段转换中"), "\(status.chinese)")
            #expect(status.chinese.contains("禁止性规定清单可读取"), "\(status.chinese)")
            #expect(!status.chinese.contains("a roster is loaded"), "\(status.chinese)")
            #expect(
                status.english.contains("a roster is loaded; its snapshot hash is frozen into the transition"),
                "\(status.english)")
        }

        // A step skipped.
        let skip = try both(["campaign", "advance", "supervision", "--reason", "跳过"])
        #expect(skip.status == 65, "\(skip.english)")
        #expect(
            skip.english.contains(
                "refused: mobilisation is active: the next step is self-inspection, not supervision; "
                    + "phases are taken one at a time; nothing changed"), "\(skip.english)")
        #expect(
            skip.chinese.contains("被拒绝：当前为 动员部署：下一步是 自查自纠，而不是 监督检查；阶段须逐一推进"),
            "\(skip.chinese)")
        #expect(!skip.chinese.contains("self-inspection") && !skip.chinese.contains("mobilisation"), "\(skip.chinese)")
        #expect(!skip.chinese.contains("one at a time"), "\(skip.chinese)")

        // A complaint moved to a state it cannot reach.
        let registered = try daemon.spotcheck(
            [
                "complaints", "register", "--channel", "hotline", "--department", "d-shuiwu", "--category", "违规吃喝",
                "--allegation", "局长在酒店宴请",
            ])
        #expect(registered.status == 0, "\(registered.output)")
        let number = try #require(CampaignDaemonTests.registeredNumber(registered.output), "\(registered.output)")
        let closing = try both(["complaints", "update", number, "--state", "closed"])
        #expect(closing.status == 65, "\(closing.english)")
        #expect(
            closing.english.contains(
                "a complaint in state received can move to accepted, merged, not-accepted, referred, not closed"),
            "\(closing.english)")
        #expect(
            closing.chinese.contains("处于 received 状态的举报只能转为 accepted, merged, not-accepted, referred，不能转为 closed"),
            "\(closing.chinese)")
        // A department given by its name.
        let byName = try both([
            "complaints", "register", "--channel", "hotline", "--department", "国家税务总局青山县税务局", "--category", "c",
            "--allegation", "a",
        ])
        #expect(byName.status == 65, "\(byName.english)")
        #expect(byName.chinese.contains("不是名册中的单位编号（'国家税务总局青山县税务局' 的编号是 d-shuiwu）"), "\(byName.chinese)")
        #expect(
            byName.english.contains("is not a department id of the roster ('国家税务总局青山县税务局' is d-shuiwu)"),
            "\(byName.english)")
    }

    @Test(.enabled(if: getuid() == 0, "needs root to create a test user and run the CLI as it"))
    func aLedgerCampaignOrComplaintsPermissionRefusalNamesTheCommandAndTheRole() throws {
        let stranger = "sc-r5-stranger"
        try RoleTests.useradd(stranger)
        let daemon = try DaemonProcess()
        try "1. 违规吃喝\n".write(
            to: daemon.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        try daemon.writeConfig(
            drawIn: 600, revealIn: 700,
            extra: "[ledger]\nprohibitions = [\"P03 不得敷衍塞责\"]\n" + campaignSection(ledger: nil))
        try daemon.start()
        defer {
            _ = try? ControlTests.run("/usr/sbin/userdel", [stranger])
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        chmod(daemon.folder.path, 0o755)
        let cases: [(arguments: [String], english: String, chinese: String)] = [
            (
                ["findings", "verify", "F-2026-0001", "--accept"],
                "spotcheck findings verify is refused: only the verifier drawn for the finding may do this",
                "spotcheck findings verify 被拒绝：只有为该问题抽中的核验人可以执行此操作"
            ),
            (
                ["campaign", "advance", "self-inspection", "--reason", "动员部署完成"],
                "spotcheck campaign advance is refused: only coordinators (the coordinator groups in [roles] of "
                    + "spotcheckd.toml) may do this",
                "spotcheck campaign advance 被拒绝：只有协调员（spotcheckd.toml 的 [roles] 中设定的协调员用户组）可以执行此操作"
            ),
            (
                ["complaints", "list"],
                "spotcheck complaints list is refused: only complaint handlers",
                "spotcheck complaints list 被拒绝：只有举报受理人"
            ),
        ]
        for (arguments, english, chinese) in cases {
            let inEnglish = try daemon.spotcheck(arguments, as: stranger)
            let inChinese = try daemon.spotcheck(arguments, locale: Self.chinese, as: stranger)
            #expect(inEnglish.status == 77 && inChinese.status == 77, "\(inEnglish.output)\(inChinese.output)")
            #expect(inEnglish.output.contains(english), "\(inEnglish.output)")
            #expect(inChinese.output.contains(chinese), "\(inChinese.output)")
            #expect(!inEnglish.output.contains("io.spotcheck") && !inChinese.output.contains("io.spotcheck"))
        }
    }

    /// A raw Varlink client: the English message, the code and its values; the method refused.
    @Test func aRawClientGetsTheCodeTheValuesTheEnglishAndTheMethod() throws {
        let harness = try Harness()
        let control = CampaignControlTests.sealed(harness)
        let id = try #require(CampaignControlTests.register(control, department: "d-shuiwu"))
        let moved = CampaignControlTests.answer(
            control, "Update", #"{"id":\#(id),"state":"closed"}"#, as: CampaignControlTests.root)
        let failure = try #require(CampaignControlTests.failure(moved))
        #expect(failure.error == "io.spotcheck.Complaints.Refused")
        #expect(failure.parameters["code"] == .string("not-a-successor"))
        #expect(failure.parameters["state"] == .string("received") && failure.parameters["target"] == .string("closed"))
        #expect(
            failure.parameters["message"]
                == .string(
                    "a complaint in state received can move to accepted, merged, not-accepted, referred, not closed"))
        let stranger = Caller(
            uid: 60077, gid: 60077, pid: 1, login: "someone", groups: [], isCoordinator: false, isAuditor: false)
        let refused = try #require(
            CampaignControlTests.failure(CampaignControlTests.answer(control, "List", "{}", as: stranger)))
        #expect(refused.error == "io.spotcheck.PermissionDenied")
        #expect(refused.parameters["method"] == .string("io.spotcheck.Complaints.List"))
        #expect(refused.parameters["needs"] == .string("complaints-handler"))
    }

    /// A step refused at its gate names the blocking conditions by code, besides the English.
    @Test func aBlockedGateSendsTheCodesOfItsBlockingConditions() throws {
        // No prohibitions file yet: the gate into self-inspection blocks on it alone.
        let harness = try Harness(pools: campaignPools())
        let control = CampaignControlTests.sealed(harness)
        let method = "io.spotcheck.Campaign.Advance"
        let request = Array(
            #"{"method":"\#(method)","parameters":{"to":"self-inspection","reason":"动员部署完成"}}"#.utf8)
        var failure: Varlink.Failure?
        do { _ = try control.answer(method, request, CampaignControlTests.root) } catch let error as Varlink.Failure {
            failure = error
        }
        #expect(failure?.error == "io.spotcheck.Campaign.GateBlocked", "\(String(describing: failure))")
        #expect(failure?.parameters["into"] == .string("self-inspection"))
        #expect(failure?.parameters["codes"] == .string("prohibitions-frozen"), "\(String(describing: failure))")
        #expect(failure?.parameters["counts"] == .string(""))
        #expect(failure?.parameters["blockers"]?.description.contains("prohibitions") == true)
    }

    /// Every condition the gate can report, blocking or not checked, has a code the command line
    /// knows, and so has the reason it gives.
    @Test func everyGateConditionAndReasonHasACodeTheCommandLineKnows() {
        let blocking = CampaignFacts(
            rosterSha256: nil, prohibitionsSha256: nil, prohibitionsProblem: "cannot be read",
            drawsUnrevealed: [4, 5], drawsUnpublished: [6],
            ledger: LedgerFacts(
                departmentsWithoutForm: 2, formsOutstanding: 3, selfReportedNotInLedger: 1, assignmentsUndecided: 4,
                findingsUnconfirmed: 5, finalPublicationWritten: false, openFindingsNotCarried: 6))
        let unknown = CampaignFacts(rosterSha256: nil, prohibitionsSha256: nil)
        var seen = Set<String>()
        for facts in [blocking, unknown] {
            for step in CampaignStep.allCases {
                for condition in Gate.into(step, facts: facts).conditions {
                    seen.insert(condition.code)
                    #expect(GateConditionCode(rawValue: condition.code) != nil, "\(condition.code)")
                    if condition.state != .holds {
                        let detail = condition.detailCode.flatMap(GateDetailCode.init(rawValue:))
                        #expect(detail != nil, "\(condition.code): \(condition.detail ?? "")")
                        if detail == .count { #expect(condition.count != nil, "\(condition.code)") }
                    }
                }
            }
        }
        #expect(seen == Set(GateConditionCode.allCases.map(\.rawValue)))
    }
}
