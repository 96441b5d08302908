import Foundation
import GRDB
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The campaign and complaints against the real daemon, through the CLI.
@Suite(.serialized) struct CampaignDaemonTests {
    /// The number `spotcheck complaints register` printed ("complaint 483920 registered"): drawn
    /// at random, so read from the output.
    static func registeredNumber(_ output: String) -> String? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("complaint ") }) else { return nil }
        let digits = line.drop { !$0.isNumber }.prefix { $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }

    static func spotcheck(_ daemon: DaemonProcess, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try ControlTests.run(ControlTests.cli, arguments, environment: ["SPOTCHECK_SOCKET": daemon.controlPath])
    }

    /// Locks the self-inspection forms the step into self-inspection issued (due on the phase's
    /// planned end, weeks away), as the daily pass locks forms past due, so that the gate into
    /// supervision does not wait for them.
    static func lockForms(_ daemon: DaemonProcess) throws {
        let campaign = String(repeating: "0f", count: 32)  // campaignSection()'s basis_sha256
        let store = try Store(path: daemon.statePath)
        #expect(!(try store.selfInspectionForms(campaign: campaign)).isEmpty)
        try store.lockLateSelfInspectionForms(campaign: campaign, today: Day(iso: "2099-12-31")!, at: Date())
    }

    @Test func drawsWaitForSupervisionAndPhasesMoveForwardOnly() throws {
        let daemon = try DaemonProcess()
        try "1. 违规吃喝\n".write(
            to: daemon.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        try daemon.writeConfig(
            drawIn: 2, revealIn: 3,
            extra: """
                [[pool]]
                name = "later"
                targets_per_day = 2
                draw_time = "\(daemon.localTime(in: 12))"
                reveal_time = "\(daemon.localTime(in: 13))"
                \(campaignSection())
                """)
        try daemon.start()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let store = try Store(path: daemon.statePath)
        // The county pool's draw time passes in mobilisation: no draw, not a missed day either.
        #expect(
            DaemonProcess.eventually(timeout: 10) { daemon.stderr.contains("pool county is not drawn") },
            "\(daemon.stderr)")
        #expect(try store.draws().isEmpty)

        let status = try Self.spotcheck(daemon, ["status"])
        #expect(status.status == 0)
        #expect(status.output.contains("campaign: 专项整治"), "\(status.output)")
        #expect(status.output.contains("phase:    动员部署 (mobilisation)"), "\(status.output)")
        #expect(status.output.contains("gate into 自查自纠 (self-inspection): holds"), "\(status.output)")
        #expect(status.output.contains("unchecked"), "\(status.output)")
        let statusJSON = try Self.spotcheck(daemon, ["status", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(statusJSON.output.utf8)) as? [String: Any]
        #expect(object?["pools"] != nil, "\(statusJSON.output)")
        let inJSON = object?["campaign"] as? [String: Any]
        #expect(inJSON?["active"] as? String == "mobilisation", "\(statusJSON.output)")
        #expect((inJSON?["gate"] as? [String: Any])?["holds"] as? Bool == true, "\(statusJSON.output)")

        let order = try Self.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", "群众投诉"])
        #expect(order.status == 65 && order.output.contains("campaign is in"), "\(order.output)")

        let skip = try Self.spotcheck(daemon, ["campaign", "advance", "supervision", "--reason", "跳过"])
        #expect(skip.status == 65 && skip.output.contains("one at a time"), "\(skip.output)")
        let first = try Self.spotcheck(daemon, ["campaign", "advance", "self-inspection", "--reason", "动员部署完成"])
        #expect(first.status == 0 && first.output.contains("roster_sha256"), "\(first.output)")
        try Self.lockForms(daemon)
        // Supervision is planned from 2026-12-14: earlier, the step is asked for explicitly.
        let second = try Self.spotcheck(
            daemon, ["campaign", "advance", "监督检查", "--reason", "自查自纠结束", "--before-planned-start"])
        #expect(second.status == 0, "\(second.output)")
        let back = try Self.spotcheck(daemon, ["campaign", "advance", "mobilisation", "--reason", "回退"])
        #expect(back.status == 65 && back.output.contains("forward only"), "\(back.output)")
        let summing = try Self.spotcheck(daemon, ["campaign", "advance", "summing-up", "--reason", "x"])
        #expect(summing.status == 0, "no draw is pending yet, the gate holds: \(summing.output)")
        // …which means no draw any more: step back is impossible, so check supervision with a
        // fresh look at the store instead.
        let json = try Self.spotcheck(daemon, ["campaign", "status", "--json"])
        let reply = try JSONDecoder().decode(
            CampaignMessages.CampaignReply.self, from: Data(json.output.utf8))
        #expect(reply.campaign?.active == "summing-up")
        #expect(reply.campaign?.transitions.map(\.to) == ["self-inspection", "supervision", "summing-up"])
        #expect(
            reply.campaign?.transitions.first?.facts.first { $0.name == "roster_sha256" }?.value
                == (try store.currentRoster()?.snapshotHash))
        #expect(
            DaemonProcess.eventually(timeout: 20) { daemon.stderr.contains("pool later is not drawn") },
            "\(daemon.stderr)")
        #expect(try store.draws().isEmpty, "a draw in summing-up")
        #expect(daemon.stderr.contains("自查自纠 (self-inspection) → 监督检查 (supervision)"), "\(daemon.stderr)")
    }

    @Test(.enabled(if: ControlTests.hasPythonVarlink, "needs Python's varlink package (pip install varlink)"))
    func anIndependentVarlinkClientParsesTheInterfacesAndCalls() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30, extra: campaignSection())
        try daemon.start()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let script = """
            import json, sys, varlink
            with varlink.Client(address="unix:" + sys.argv[1]) as client:
                with client.open("io.spotcheck.Campaign") as campaign:
                    active = campaign.GetCampaign()["campaign"]["active"]
                with client.open("io.spotcheck.Complaints") as complaints:
                    try:
                        complaints.LookupReceipt("00000-00000-00000-00000-00000")
                        error = None
                    except varlink.VarlinkError as e:
                        error = e.error()
            print(json.dumps({"active": active, "error": error}))
            """
        let result = try ControlTests.run("/usr/bin/env", ["python3", "-c", script, daemon.controlPath])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains(#""active": "mobilisation""#), "\(result.output)")
        #expect(result.output.contains("io.spotcheck.Complaints.ReceiptNotFound"), "\(result.output)")
    }

    @Test func aPoolDrawsOnceTheCampaignIsInSupervision() throws {
        let daemon = try DaemonProcess()
        try "1. 违规吃喝\n".write(
            to: daemon.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        try daemon.writeConfig(drawIn: 8, revealIn: 9, extra: campaignSection())
        try daemon.start()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        #expect(try Self.spotcheck(daemon, ["campaign", "advance", "self-inspection", "--reason", "a"]).status == 0)
        try Self.lockForms(daemon)
        #expect(
            try Self.spotcheck(
                daemon, ["campaign", "advance", "supervision", "--reason", "b", "--before-planned-start"]
            ).status == 0)
        let store = try Store(path: daemon.statePath)
        #expect(DaemonProcess.eventually(timeout: 20) { ((try? store.draws()) ?? []).first?.state == .completed })
        // The gate into summing-up now names the draw that is not yet published.
        let blocked = try Self.spotcheck(daemon, ["campaign", "advance", "summing-up", "--reason", "c"])
        #expect(
            blocked.status == 1
                && (blocked.output.contains("not published") || blocked.output.contains("not revealed")),
            "\(blocked.output)")
    }
}

/// Complaints against the real daemon, as different users.
@Suite(.serialized, .enabled(if: getuid() == 0, "needs root to create test users and run commands as them"))
struct ComplaintDaemonTests {
    static let identity = "举报人王五 身份证110101199003074578 电话13800001111"
    static let note = "内部备注-核查人员已约谈"

    @Test func theIdentityStaysSealedAndIsReadOnlyWithASecondPersonsApproval() throws {
        try RoleTests.useradd("sc-cp-handler", groups: ["sc-cp-complaints"])
        try RoleTests.useradd("sc-cp-stranger")
        let daemon = try DaemonProcess()
        let credentials = daemon.folder.appendingPathComponent("credentials")
        try FileManager.default.createDirectory(at: credentials, withIntermediateDirectories: true)
        try String(repeating: "5a", count: 32).write(
            to: credentials.appendingPathComponent("spotcheck-complaints-key"), atomically: true, encoding: .utf8)
        daemon.environment["CREDENTIALS_DIRECTORY"] = credentials.path
        let identityFile = "/tmp/spotcheck-identity-\(UUID().uuidString.prefix(8))"
        try Self.identity.write(toFile: identityFile, atomically: true, encoding: .utf8)
        chmod(identityFile, 0o644)
        try daemon.writeConfig(drawIn: 2, revealIn: 3, roles: "[roles]\ncomplaints = [\"sc-cp-complaints\"]")
        try daemon.start()
        defer {
            for user in ["sc-cp-handler", "sc-cp-stranger"] { _ = try? ControlTests.run("/usr/sbin/userdel", [user]) }
            try? FileManager.default.removeItem(atPath: identityFile)
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let socket = daemon.controlPath
        func run(_ user: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
            try RoleTests.asUser(user, arguments, socket: socket)
        }
        var outputs: [String] = []

        // A stranger may not register; a handler may, and gets the code once.
        let register = [
            "complaints", "register", "--channel", "hotline", "--department", "d-shuiwu", "--category", "违规吃喝",
            "--allegation", "局长在酒店宴请", "--identity-file", identityFile,
        ]
        #expect(try run("sc-cp-stranger", register).status == 77)
        let registered = try run("sc-cp-handler", register)
        #expect(registered.status == 0, "\(registered.output)")
        let number = try #require(CampaignDaemonTests.registeredNumber(registered.output), "\(registered.output)")
        outputs.append(registered.output)
        let code = try #require(
            registered.output.split(separator: "\n").first { $0.hasPrefix("receipt code: ") }?.dropFirst(14))
        #expect(code.count == 29)

        // Handlers see the complaint, never the identity.
        for arguments in [
            ["complaints", "list"], ["complaints", "list", "--json"], ["complaints", "show", number, "--json"],
        ] {
            let shown = try run("sc-cp-handler", arguments)
            #expect(shown.status == 0, "\(shown.output)")
            outputs.append(shown.output)
        }
        #expect(try run("sc-cp-handler", ["complaints", "show", number]).output.contains("identity: on file, sealed"))
        #expect(try run("sc-cp-stranger", ["complaints", "list"]).status == 77)
        #expect(try run("sc-cp-stranger", ["complaints", "show", number]).status == 77)

        // Accept with a reply; add an internal note.
        let accepted = try run(
            "sc-cp-handler", ["complaints", "update", number, "--state", "accepted", "--reply", "您的举报已受理"])
        #expect(accepted.status == 0, "\(accepted.output)")
        #expect(try run("sc-cp-handler", ["complaints", "update", number, "--note", Self.note]).status == 0)
        let skipping = try run("sc-cp-handler", ["complaints", "update", number, "--state", "closed"])
        #expect(skipping.status == 65, "\(skipping.output)")

        // Anyone with the code reads the state and the reply, never identity, notes or content.
        for arguments in [
            ["complaints", "lookup", String(code)], ["complaints", "lookup", code.lowercased(), "--json"],
        ] {
            let lookup = try run("sc-cp-stranger", arguments)
            #expect(lookup.status == 0, "\(lookup.output)")
            #expect(lookup.output.contains("您的举报已受理") && lookup.output.contains("accepted"), "\(lookup.output)")
            for secret in [Self.note, "局长在酒店宴请", "d-shuiwu", "sc-cp-handler"] {
                #expect(!lookup.output.contains(secret), "lookup shows \(secret)")
            }
            outputs.append(lookup.output)
        }
        var wrong = Array(code)
        wrong[0] = wrong[0] == "A" ? "B" : "A"
        // No such receipt: "not found", like any other id that names nothing.
        #expect(try run("sc-cp-stranger", ["complaints", "lookup", String(wrong)]).status == 67)

        // Two people: the one who asks cannot approve, the approver cannot read, one reading.
        #expect(try run("sc-cp-handler", ["complaints", "identity", "request", number, "--reason", "短"]).status == 65)
        let request = try run(
            "sc-cp-handler", ["complaints", "identity", "request", number, "--reason", "需当面核实举报的具体时间和地点"])
        // The request's number is drawn at random among six-digit numbers, as a complaint's.
        let asked = try #require(request.output.firstMatch(of: /^request (\d+)/)?.1, "\(request.output)")
        #expect(request.status == 0 && asked.count == 6 && asked != "1", "\(request.output)")
        let early = try run("sc-cp-handler", ["complaints", "identity", "read", String(asked)])
        #expect(early.status == 65 && early.output.contains("not approved"), "\(early.output)")
        let own = try run("sc-cp-handler", ["complaints", "identity", "approve", String(asked)])
        #expect(own.status == 65 && own.output.contains("second person"), "\(own.output)")
        #expect(try run("sc-cp-stranger", ["complaints", "identity", "approve", String(asked)]).status == 77)
        #expect(try run("root", ["complaints", "identity", "approve", String(asked)]).status == 0)
        let approverReads = try run("root", ["complaints", "identity", "read", String(asked)])
        #expect(approverReads.status == 65 && !approverReads.output.contains(Self.identity), "\(approverReads.output)")
        let read = try run("sc-cp-handler", ["complaints", "identity", "read", String(asked)])
        #expect(read.status == 0 && read.output == Self.identity + "\n", "\(read.output)")
        let again = try run("sc-cp-handler", ["complaints", "identity", "read", String(asked)])
        #expect(again.status == 65 && !again.output.contains(Self.identity), "\(again.output)")

        // The audit trail holds the request with its reason, the approval and the reading.
        let store = try Store(path: daemon.statePath)
        let trail = try store.auditTrail()
        let requested = try #require(trail.first { $0.action == "complaint.identity.requested" })
        #expect(requested.detail.contains("需当面核实举报的具体时间和地点") && requested.actor.contains("sc-cp-handler"))
        #expect(trail.contains { $0.action == "complaint.identity.approved" && $0.actor.contains("root") })
        #expect(trail.contains { $0.action == "complaint.identity.read" && $0.actor.contains("sc-cp-handler") })
        #expect(
            DaemonProcess.eventually {
                daemon.stderr.contains("read the complainant's identity of complaint \(number)")
            })

        // Nowhere else: no reply but the reading, no journal line, no database column, no file
        // of the daemon's (database, WAL, task files, public records).
        for output in outputs { #expect(!output.contains(Self.identity), "a reply carries the identity: \(output)") }
        #expect(!daemon.stderr.contains(Self.identity) && !daemon.stderr.contains("110101199003074578"))
        let queue = try DatabaseQueue(path: daemon.statePath)
        try queue.read { db in
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    for column in row.columnNames {
                        let value = row[column] as DatabaseValue
                        let bytes: [UInt8] =
                            switch value.storage {
                            case .string(let text): Array(text.utf8)
                            case .blob(let data): [UInt8](data)
                            default: []
                            }
                        #expect(
                            !String(decoding: bytes, as: UTF8.self).contains("110101199003074578"),
                            "\(table).\(column) holds the identity")
                    }
                }
            }
        }
        let needle = Array("110101199003074578".utf8)
        let files = FileManager.default.enumerator(atPath: daemon.folder.path)
        while let name = files?.nextObject() as? String {
            let path = daemon.folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            #expect(![UInt8](data).contains(needle), "\(name) holds the identity")
        }
    }

    @Test func withoutTheKeyAnIdentityIsRefusedAndNothingIsStored() throws {
        let daemon = try DaemonProcess()
        daemon.environment["CREDENTIALS_DIRECTORY"] = daemon.folder.appendingPathComponent("none").path
        try daemon.writeConfig(drawIn: 2, revealIn: 3)
        try daemon.start()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let identityFile = daemon.folder.appendingPathComponent("identity.txt").path
        try "李四".write(toFile: identityFile, atomically: true, encoding: .utf8)
        let base = [
            "complaints", "register", "--channel", "letter", "--department", "d-shuiwu", "--category", "c",
            "--allegation", "a",
        ]
        let refused = try CampaignDaemonTests.spotcheck(daemon, base + ["--identity-file", identityFile])
        #expect(refused.status == 65, "\(refused.output)")
        // An identity saved as GBK (Notepad, WPS) is refused before anything is sent, naming the
        // file, never stored as replacement characters; so are a FIFO and a file too large.
        let gbk = daemon.folder.appendingPathComponent("identity-gbk.txt").path
        try Data([0xd5, 0xc5, 0xc8, 0xfd, 0x20, 0x31, 0x33, 0x38]).write(to: URL(fileURLWithPath: gbk))
        let notUTF8 = try CampaignDaemonTests.spotcheck(daemon, base + ["--identity-file", gbk])
        #expect(notUTF8.status == 65 && notUTF8.output.contains("\(gbk): is not UTF-8 text"), "\(notUTF8.output)")
        let fifo = daemon.folder.appendingPathComponent("identity.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let notAFile = try CampaignDaemonTests.spotcheck(daemon, base + ["--identity-file", fifo])
        #expect(notAFile.status == 65 && notAFile.output.contains("is not a regular file"), "\(notAFile.output)")
        let large = daemon.folder.appendingPathComponent("identity-large.txt").path
        try String(repeating: "张", count: 6_000).write(toFile: large, atomically: true, encoding: .utf8)
        let tooLarge = try CampaignDaemonTests.spotcheck(daemon, base + ["--identity-file", large])
        #expect(tooLarge.status == 65 && tooLarge.output.contains("16 KiB"), "\(tooLarge.output)")
        let store = try Store(path: daemon.statePath)
        #expect(try store.complaints().isEmpty)
        // Without an identity the complaint is taken.
        #expect(try CampaignDaemonTests.spotcheck(daemon, base).status == 0)
        // About the commission's own leadership: a content-free stub.
        let stub = try CampaignDaemonTests.spotcheck(
            daemon, ["complaints", "register", "--channel", "visit", "--leadership", "--allegation", "书记收受礼金"])
        #expect(stub.status == 0, "\(stub.output)")
        let number = try #require(CampaignDaemonTests.registeredNumber(stub.output).flatMap { Int64($0) })
        let stored = try #require(try store.complaint(id: number))
        #expect(stored.stub && stored.allegation.isEmpty && stored.department.isEmpty && stored.state == .referred)
    }
}
