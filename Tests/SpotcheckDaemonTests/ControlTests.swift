import Foundation
import GRDB
import SpotcheckCore
import SpotcheckDaemon
import SpotcheckProtocol
import SpotcheckStore
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The control socket, spoken to by independent clients and by the CLI as different users.
@Suite(.serialized) struct ControlTests {
    /// The CLI of this build. As root, a copy in a fresh folder of /tmp (made by mkdtemp, so that
    /// nobody can prepare it, then opened to all, removed at exit) that every user can enter: the
    /// tests run it as other users, and the build may sit in a folder only its owner can enter
    /// (a 0700 home folder).
    static let cli: String = {
        let built = DaemonProcess.binary.deletingLastPathComponent().appendingPathComponent("spotcheck").path
        guard getuid() == 0, let folder = cliFolder else { return built }
        let copy = "\(folder)/spotcheck"
        guard (try? FileManager.default.copyItem(atPath: built, toPath: copy)) != nil else { return built }
        chmod(folder, 0o755)
        chmod(copy, 0o755)
        atexit {
            if let folder = ControlTests.cliFolder { try? FileManager.default.removeItem(atPath: folder) }
        }
        return copy
    }()

    static let cliFolder: String? = {
        var template = Array("/tmp/spotcheck-cli-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { return nil }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// Runs a program to its end; returns its exit status and its output and errors together.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        // English unless the test asks for a locale, whatever the caller's environment says.
        let english = ["LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""]
        process.environment = ProcessInfo.processInfo.environment.merging(english) { $1 }.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func startedDaemon(roles: String = "") throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30, roles: roles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        return daemon
    }

    static let hasPythonVarlink: Bool = {
        (try? run("/usr/bin/env", ["python3", "-c", "import varlink"]).status) == 0
    }()

    @Test(.enabled(if: hasPythonVarlink, "needs Python's varlink package (pip install varlink)"))
    func anIndependentVarlinkClientReadsTheInterfaceAndTheStatus() throws {
        let daemon = try Self.startedDaemon()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let script = """
            import json, sys, varlink
            with varlink.Client(address="unix:" + sys.argv[1]) as client:
                with client.open("org.varlink.service") as service:
                    info = service.GetInfo()
                    description = service.GetInterfaceDescription("io.spotcheck")["description"]
                with client.open("io.spotcheck") as spotcheck:
                    status = spotcheck.GetStatus()["status"]
                    try:
                        spotcheck.Why("i001", "d-fagai", None)
                        refused = False
                    except varlink.VarlinkError as error:
                        refused = error.error() == "io.spotcheck.PermissionDenied"
            print(json.dumps({"info": info, "description": description, "status": status}))
            """
        let result = try Self.run("/usr/bin/env", ["python3", "-c", script, daemon.controlPath])
        #expect(result.status == 0, "\(result.output)")
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let info = try #require(reply["info"] as? [String: Any])
        #expect(
            info["interfaces"] as? [String]
                == [
                    "org.varlink.service", "io.spotcheck", "io.spotcheck.Ledger", "io.spotcheck.Campaign",
                    "io.spotcheck.Complaints", "io.spotcheck.SelfInspection",
                ])
        #expect(reply["description"] as? String == Varlink.interfaceDescription)
        let status = try #require(reply["status"] as? [String: Any])
        #expect((status["pools"] as? [[String: Any]])?.first?["name"] as? String == "county")
        #expect((status["last_draw"] as? [String: Any])?["revealed"] as? Bool == true)
    }

    @Test func theServedDescriptionIsTheFileInTheRepository() throws {
        let file = try String(
            contentsOf: Harness.packageRoot.appendingPathComponent("Sources/SpotcheckProtocol/io.spotcheck.varlink"),
            encoding: .utf8)
        #expect(Varlink.interfaceDescription + "\n" == file, "run scripts/generate-interface.sh")
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-socket-activate"),
            "needs systemd-socket-activate"))
    func takesTheControlSocketFromSocketActivation() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        let activated = daemon.folder.appendingPathComponent("activated").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-socket-activate")
        process.arguments = ["-l", activated, DaemonProcess.binary.path, "--config", daemon.configPath]
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        #expect(DaemonProcess.eventually { FileManager.default.fileExists(atPath: activated) })
        struct Status: Codable, Sendable {
            struct Inner: Codable, Sendable { var version: String }
            var status: Inner
        }
        // The first connection starts the daemon, which answers on the socket it was given and
        // binds none of its own.
        let client = try VarlinkClient(path: activated)
        let reply = try client.call("io.spotcheck.GetStatus", Varlink.Empty(), returning: Status.self)
        #expect(reply.status.version == "0.1.0")
        #expect(!FileManager.default.fileExists(atPath: daemon.controlPath))
    }

    @Test func unknownMethodsAndBadParametersGetVarlinkErrors() throws {
        let daemon = try Self.startedDaemon()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let client = try VarlinkClient(path: daemon.controlPath)
        struct Nothing: Codable, Sendable {}
        #expect(throws: Varlink.Failure.methodNotFound("io.spotcheck.Nope")) {
            try client.call("io.spotcheck.Nope", Varlink.Empty(), returning: Nothing.self)
        }
        #expect(throws: Varlink.Failure.interfaceNotFound("org.example")) {
            try client.call("org.example.Hello", Varlink.Empty(), returning: Nothing.self)
        }
        #expect(throws: Varlink.Failure.self) {
            try client.call("io.spotcheck.Today", ["date": "yesterday"], returning: Nothing.self)
        }
    }

    @Test func aHundredClientsAtOnceAreAllAnsweredAndMemoryDoesNotGrow() throws {
        let daemon = try Self.startedDaemon()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let pid = daemon.process!.processIdentifier
        func residentKilobytes() -> Int {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
            return Int(line.filter(\.isNumber)) ?? 0
        }
        struct Status: Codable, Sendable {
            struct Inner: Codable, Sendable { var version: String }
            var status: Inner
        }
        let path = daemon.controlPath
        func burst() -> Int {
            let answered = Mutex(0)
            let group = DispatchGroup()
            for _ in 0..<100 {
                group.enter()
                Thread {
                    defer { group.leave() }
                    guard let client = try? VarlinkClient(path: path) else { return }
                    for _ in 0..<100 {
                        if let reply = try? client.call(
                            "io.spotcheck.GetStatus", Varlink.Empty(), returning: Status.self),
                            reply.status.version == "0.1.0"
                        {
                            answered.withLock { $0 += 1 }
                        }
                    }
                }.start()
            }
            group.wait()
            return answered.withLock { $0 }
        }
        #expect(burst() == 10_000)
        let after = residentKilobytes()
        #expect(burst() == 10_000)
        let again = residentKilobytes()
        #expect(again - after < 8_000, "resident memory grew from \(after) kB to \(again) kB")
        print("control socket: 2 × 10,000 requests from 100 clients answered; VmRSS \(after) kB → \(again) kB")
    }
}

/// The CLI as different Unix users against the real daemon.
@Suite(.serialized, .enabled(if: getuid() == 0, "needs root to create test users and run commands as them"))
struct RoleTests {
    static func useradd(_ name: String, groups: [String] = []) throws {
        for group in groups { _ = try? ControlTests.run("/usr/sbin/groupadd", ["-f", group]) }
        _ = try ControlTests.run("/usr/sbin/userdel", [name])
        let arguments =
            ["-M", "-N", "-s", "/bin/sh"] + (groups.isEmpty ? [] : ["-G", groups.joined(separator: ",")]) + [name]
        let result = try ControlTests.run("/usr/sbin/useradd", arguments)
        #expect(result.status == 0, "\(result.output)")
    }

    static func asUser(_ user: String, _ arguments: [String], socket: String) throws -> (status: Int32, output: String)
    {
        try ControlTests.run(
            "/usr/sbin/runuser", ["-u", user, "--", ControlTests.cli] + arguments,
            environment: ["SPOTCHECK_SOCKET": socket])
    }

    @Test func eachRoleMayDoWhatItMayAndAStrangerIsRefusedAndJournaled() throws {
        try Self.useradd("sc-coordinator", groups: ["sc-coordinators"])
        try Self.useradd("sc-auditor", groups: ["sc-auditors"])
        try Self.useradd("sc-stranger")
        // The inspectors of the example county whose logins exist get their task files' ACL.
        let daemon = try DaemonProcess()
        try daemon.writeConfig(
            drawIn: 2, revealIn: 6,
            roles:
                "[roles]\ncoordinators = [\"sc-coordinators\"]\nauditors = [\"sc-auditors\"]\n[declarations]\npending_limit = 2"
        )
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        let store = try Store(path: daemon.statePath)
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.state == .completed })
        let login = try #require(try store.assignments().first?.login)
        try Self.useradd(login)
        defer {
            for user in ["sc-coordinator", "sc-auditor", "sc-stranger", login] {
                _ = try? ControlTests.run("/usr/sbin/userdel", [user])
            }
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil })
        usleep(300_000)
        let socket = daemon.controlPath

        // Everyone: the status.
        for user in ["sc-coordinator", "sc-auditor", "sc-stranger", login] {
            #expect(try Self.asUser(user, ["status"], socket: socket).status == 0, "\(user)")
        }
        // Coordinators and auditors: why and the chain; a stranger is refused with exit 77.
        for user in ["sc-coordinator", "sc-auditor"] {
            #expect(
                try Self.asUser(user, ["why", "i001", "d-fagai"], socket: socket).output.contains("own department"))
            #expect(try Self.asUser(user, ["verify", "--chain"], socket: socket).status == 0)
        }
        // Every socket-backed call, for every role: allowed (0) or refused (77).
        let exportFolder = daemon.folder.appendingPathComponent("export-roles").path
        try FileManager.default.createDirectory(atPath: exportFolder, withIntermediateDirectories: true)
        chmod(daemon.folder.path, 0o755)
        chmod(exportFolder, 0o777)
        let calls: [(arguments: [String], coordinator: Int32, auditor: Int32, stranger: Int32)] = [
            (["status"], 0, 0, 0),
            (["why", "i001", "d-fagai"], 0, 0, 77),
            (["verify", "--chain"], 0, 0, 77),
            (["departments", "list"], 0, 0, 77),
            (["inspectors", "list"], 0, 0, 77),
            (["conflicts", "list"], 0, 0, 77),
            (["export", exportFolder], 0, 0, 77),
            (["import", exportFolder, "--dry-run"], 0, 77, 77),
            (["departments", "set", "d-shuiwu", "--weight", "7"], 0, 77, 77),
            (["inspectors", "unavailable", "i013", "2026-12-24"], 0, 77, 77),
            (["conflicts", "add", "i013", "d-shuiwu", "--reason", "r"], 0, 77, 77),
            (["order", "county", "d-caizheng", "--reason", "x"], 0, 77, 77),
            (["candidates", "d-fagai"], 0, 0, 77),
            (["cancel", "999", "--reason", "x"], 67, 77, 77),
            (["declarations"], 0, 0, 0),
            (["declarations", "approve", "999"], 67, 77, 77),
            (["declare", "conflict", "d-shuiwu", "--reason", "x"], 77, 77, 77),
        ]
        for call in calls {
            for (user, expected) in [
                ("sc-coordinator", call.coordinator), ("sc-auditor", call.auditor), ("sc-stranger", call.stranger),
            ] {
                let result = try Self.asUser(user, call.arguments, socket: socket)
                #expect(result.status == expected, "\(user) \(call.arguments.joined(separator: " ")): \(result.output)")
            }
        }
        let draw = try #require(try store.draws().first)
        let member = try #require(
            try store.assignments(drawID: draw.id).first { $0.role == "member" && $0.login != login })
        // The team is named: an inspector with a daily cap above one may be on two teams.
        let named = ["--department", member.department]
        for user in ["sc-auditor", "sc-stranger"] {
            #expect(
                try Self.asUser(
                    user, ["replace", String(draw.id), member.inspector, "--reason", "x"] + named, socket: socket
                ).status == 77)
        }
        let replacedByCoordinator = try Self.asUser(
            "sc-coordinator", ["replace", String(draw.id), member.inspector, "--reason", "病假"] + named, socket: socket)
        #expect(replacedByCoordinator.status == 0, "\(replacedByCoordinator.output)")
        let refused = try Self.asUser("sc-stranger", ["why", "i001", "d-fagai"], socket: socket)
        #expect(refused.status == 77, "\(refused.output)")
        // A refusal names the command the user typed, not the daemon's method.
        #expect(refused.output.contains("spotcheck why is refused") && !refused.output.contains("io.spotcheck"))
        // The inspector declares as themself (the login from the connection); a coordinator
        // approves; the inspector sees it approved and the roster has the days.
        let (first, last) = (DeclarationTests.ahead(28), DeclarationTests.ahead(29))
        let declared = try Self.asUser(
            login, ["declare", "absence", "\(first)..\(last)", "--reason", "参加培训"], socket: socket)
        #expect(declared.status == 0, "\(declared.output)")
        let pending = try Self.asUser(login, ["declarations"], socket: socket)
        #expect(
            pending.output.contains("pending") && pending.output.contains("\(first)..\(last)"), "\(pending.output)"
        )
        let id = try #require(try store.declarations(login: login).first?.id)
        #expect(try Self.asUser("sc-auditor", ["declarations", "approve", String(id)], socket: socket).status == 77)
        let approved = try Self.asUser("sc-coordinator", ["declarations", "approve", String(id)], socket: socket)
        #expect(approved.status == 0, "\(approved.output)")
        #expect(try Self.asUser(login, ["declarations"], socket: socket).output.contains("approved"))
        #expect(
            try store.currentRoster()!.roster().inspectors.first { $0.login == login }!.unavailable
                .contains(Day(iso: first)!))
        let stranger = try Self.asUser("sc-stranger", ["declarations"], socket: socket)
        #expect(!stranger.output.contains(first), "\(stranger.output)")
        // At most `pending_limit` (here 2) of one inspector's declarations wait at once; the next
        // is refused (exit 65) saying the limit and what to do, in the reader's language.
        for day in [DeclarationTests.ahead(35), DeclarationTests.ahead(36)] {
            let more = try Self.asUser(login, ["declare", "absence", day, "--reason", "参加培训"], socket: socket)
            #expect(more.status == 0, "\(more.output)")
        }
        let flood = try Self.asUser(
            login, ["declare", "absence", DeclarationTests.ahead(37), "--reason", "x"], socket: socket)
        #expect(flood.status == 65, "\(flood.output)")
        #expect(
            flood.output.contains("allows (2, [declarations] pending_limit")
                && flood.output.contains("spotcheck declarations"), "\(flood.output)")
        let chinese = try ControlTests.run(
            "/usr/sbin/runuser",
            ["-u", login, "--", ControlTests.cli, "declare", "absence", DeclarationTests.ahead(37), "--reason", "x"],
            environment: ["SPOTCHECK_SOCKET": socket, "LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 65 && chinese.output.contains("已达服务允许的上限（2 项"), "\(chinese.output)")
        // The daemon's other refusals of a declaration read in Chinese too, with the exit code of
        // their kind (an unknown department is "not found").
        for (arguments, status, said) in [
            (["declare", "conflict", "d-nosuch", "--reason", "亲属"], 67, "名册中没有单位 'd-nosuch'"),
            (["declare", "absence", "\(last)..\(first)", "--reason", "培训"], 65, "缺勤须给出起始日和结束日"),
            (["declare", "absence", DeclarationTests.ahead(-3), "--reason", "培训"], 65, "已经过去"),
        ] {
            let refused = try ControlTests.run(
                "/usr/sbin/runuser", ["-u", login, "--", ControlTests.cli] + arguments,
                environment: ["SPOTCHECK_SOCKET": socket, "LANG": "zh_CN.UTF-8"])
            #expect(refused.status == Int32(status) && refused.output.contains(said), "\(arguments): \(refused.output)")
            #expect(!refused.output.contains("no department") && !refused.output.contains("an absence"))
        }
        // The inspector withdraws a pending one of theirs, which makes room for another.
        let waiting = try #require(try store.declarations(login: login).first { $0.state == .pending })
        let withdrawn = try Self.asUser(login, ["declarations", "withdraw", String(waiting.id)], socket: socket)
        #expect(withdrawn.status == 0 && withdrawn.output.contains("is withdrawn"), "\(withdrawn.output)")
        let late = try ControlTests.run(
            "/usr/sbin/runuser",
            ["-u", "sc-coordinator", "--", ControlTests.cli, "declarations", "approve", String(waiting.id)],
            environment: ["SPOTCHECK_SOCKET": socket, "LANG": "zh_CN.UTF-8"])
        #expect(late.status == 65 && late.output.contains("已由检查人员撤回"), "\(late.output)")
        #expect(
            try Self.asUser(login, ["declare", "absence", DeclarationTests.ahead(37), "--reason", "x"], socket: socket)
                .status == 0)
        #expect(try Self.asUser("sc-stranger", ["verify", "--chain"], socket: socket).status == 77)
        #expect(
            DaemonProcess.eventually {
                daemon.stderr.contains("refused io.spotcheck.Why to uid") && daemon.stderr.contains("sc-stranger")
            })
        // The inspector reads their own task file, even with the daemon down; the stranger cannot.
        daemon.signal(SIGTERM)
        _ = daemon.waitForExit()
        let tasks = ["today", "--tasks", daemon.tasksPath]
        let own = try Self.asUser(login, tasks, socket: socket)
        #expect(own.status == 0 && own.output.contains("inspect "), "\(own.output)")
        let other = try Self.asUser("sc-stranger", tasks + ["--login", login], socket: socket)
        #expect(other.status != 0)
    }
}

/// Keeping the roster through the socket: import all or nothing, edits, the audit trail.
@Suite(.serialized) struct RosterEditTests {
    /// Roles that make the user running the tests a coordinator, root or not.
    static var coordinatorRoles: String {
        let name = getgrgid(getgid()).map { String(cString: $0.pointee.gr_name) } ?? "root"
        return "[roles]\ncoordinators = [\"\(name)\"]\nauditors = []"
    }

    static func spotcheck(_ daemon: DaemonProcess, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try ControlTests.run(ControlTests.cli, arguments, environment: ["SPOTCHECK_SOCKET": daemon.controlPath])
    }

    static func currentSHA(_ daemon: DaemonProcess) throws -> String {
        let store = try Store(path: daemon.statePath)
        return try #require(try store.currentRoster()).snapshotHash
    }

    @Test func anImportIsAppliedWholeOrRefusedWholeWithTheExactLocation() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700, roles: Self.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let folder = daemon.folder.appendingPathComponent("export").path
        #expect(try Self.spotcheck(daemon, ["export", folder]).status == 0)
        let before = try Self.currentSHA(daemon)
        let audit = try Store(path: daemon.statePath).auditTrail().count

        // One bad line among good ones: nothing changes.
        let departments = "\(folder)/departments.csv"
        let good = try String(contentsOfFile: departments, encoding: .utf8)
        try (good + "d-tiyu,青山县体育局,heavy,,,county,\n").write(toFile: departments, atomically: true, encoding: .utf8)
        let refused = try Self.spotcheck(daemon, ["import", folder])
        #expect(refused.status == 65)
        #expect(
            refused.output.contains("departments.csv:42:3: weight: 'heavy' is not a whole number"), "\(refused.output)")
        #expect(try Self.currentSHA(daemon) == before)
        #expect(try Store(path: daemon.statePath).auditTrail().count == audit)

        // Fixed: a dry run shows the change and applies nothing; then it is applied.
        try (good + "d-tiyu,青山县体育局,3,,,county,\n").write(toFile: departments, atomically: true, encoding: .utf8)
        let dry = try Self.spotcheck(daemon, ["import", folder, "--dry-run"])
        #expect(dry.output.contains("+ department d-tiyu") && dry.output.contains("Dry run"))
        #expect(try Self.currentSHA(daemon) == before)
        let applied = try Self.spotcheck(daemon, ["import", folder])
        #expect(applied.status == 0 && applied.output.contains("Applied 1 change"), "\(applied.output)")
        #expect(try Self.currentSHA(daemon) != before)
        let entry = try #require(
            try Store(path: daemon.statePath).auditTrail().last { $0.action == "roster.department.added" })
        #expect(entry.actor.hasPrefix("uid \(getuid())"))
        #expect(entry.detail.contains("d-tiyu,青山县体育局,3,,,county"))
        #expect(DaemonProcess.eventually { daemon.stderr.contains("roster changed through the control socket") })
    }

    @Test func editsChangeOneThingAndRespectTheRules() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700, roles: Self.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }

        #expect(try Self.spotcheck(daemon, ["departments", "set", "d-shuiwu", "--weight", "9"]).status == 0)
        #expect(try Self.spotcheck(daemon, ["conflicts", "add", "i012", "d-shuiwu", "--reason", "近亲属任职"]).status == 0)
        #expect(
            try Self.spotcheck(daemon, ["inspectors", "unavailable", "i013", "2026-12-01..2026-12-02"]).status == 0)
        let why = try Self.spotcheck(daemon, ["why", "i012", "d-shuiwu"])
        #expect(why.output.contains("declared conflict: 近亲属任职"), "\(why.output)")
        let list = try Self.spotcheck(daemon, ["departments", "list", "--json"])
        let departments = try #require(
            try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(departments.first { $0["id"] as? String == "d-shuiwu" }?["weight"] as? Int == 9)
        // Removing a department people still belong to is refused whole.
        let removal = try Self.spotcheck(daemon, ["departments", "remove", "d-fagai"])
        #expect(removal.status == 65 && removal.output.contains("home: unknown department 'd-fagai'"))
        // An edit made on a roster that changed meanwhile is refused.
        let client = try VarlinkClient(path: daemon.controlPath)
        struct Files: Codable, Sendable { var departments, inspectors, conflicts, history: String }
        struct Parameters: Codable, Sendable {
            var files: Files
            var baseSha256: String?
            var dryRun: Bool
        }
        struct Reply: Codable, Sendable { var applied: Bool }
        let stale = Parameters(
            files: Files(
                departments: "id,name,weight,powers,required_skills,pools\n", inspectors: "", conflicts: "", history: ""
            ),
            baseSha256: String(repeating: "0", count: 64), dryRun: false)
        #expect(throws: Varlink.Failure.self) {
            try client.call("io.spotcheck.ImportRoster", stale, returning: Reply.self)
        }
        // The CSV folder is not read again once the socket keeps the roster.
        let sha = try Self.currentSHA(daemon)
        daemon.signal(SIGHUP)
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        #expect(try Self.currentSHA(daemon) == sha)
    }

    @Test func aCoordinatorOrdersATargetedInspectionRevealedAtOnce() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30, roles: Self.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let ordered = try Self.spotcheck(daemon, ["order", "county", "d-shuiwu", "d-jiaotong", "--reason", "群众投诉"])
        #expect(ordered.status == 0, "\(ordered.output)")
        #expect(ordered.output.contains("d-shuiwu") && ordered.output.contains("d-jiaotong"))
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        #expect(draw.kind == .targeted && draw.revealedAt != nil && draw.fixedTargets == ["d-shuiwu", "d-jiaotong"])
        for assignment in try store.assignments(drawID: draw.id) {
            #expect(FileManager.default.fileExists(atPath: "\(daemon.tasksPath)/\(assignment.login)/\(draw.date).json"))
        }
        #expect(try store.auditTrail().contains { $0.action == "draw.ordered" && $0.detail.contains("群众投诉") })
        // The order links into the chain after the scheduled draw, and its record after the order.
        #expect(try Self.spotcheck(daemon, ["verify", "--chain"]).output.contains("3 records and entries"))
        // A member falls ill: replaced under the rules, by a coordinator. The seed is fresh, so a
        // given member may be the only one who can fill the place (the team's only holder of a
        // required skill, say): such a refusal says so, and another member is tried.
        var replacedMember: String?
        for member in try store.assignments(drawID: draw.id) where member.role == "member" {
            // The team is named: an inspector with a daily cap above one may be on two teams.
            let replaced = try Self.spotcheck(
                daemon,
                ["replace", String(draw.id), member.inspector, "--reason", "病假", "--department", member.department])
            if replaced.status == 0 {
                #expect(replaced.output.contains("replaces \(member.inspector)"), "\(replaced.output)")
                replacedMember = member.inspector
                break
            }
            #expect(replaced.output.contains("no inspector can take the place"), "\(replaced.output)")
        }
        let member = try #require(replacedMember, "no member of the ordered teams could be replaced")
        #expect(DaemonProcess.eventually { daemon.stderr.contains("replaces \(member)") })
        // An unknown id exits 67, as the offline commands do (docs/json.md, "Exit codes").
        let unknown = try Self.spotcheck(daemon, ["order", "county", "d-nowhere", "--reason", "x"])
        #expect(unknown.status == 67 && unknown.output.contains("no department 'd-nowhere'"), "\(unknown.output)")
    }
}

/// What auditors check: published records by date, and the chain of all records.
@Suite struct AuditTests {
    @Test func aPublishedRecordVerifiesByDateAndPool() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "18:00:01")  // missed: too late
        let later = try Harness()
        try later.tick("2026-12-01", "08:00")
        try later.tick("2026-12-01", "18:00")
        let result = try ControlTests.run(
            ControlTests.cli,
            ["verify", "--date", "2026-12-01", "--pool", "county", "--public", later.config.paths.publicRecords])
        #expect(result.status == 0 && result.output.contains("The record reproduces"), "\(result.output)")
        let missing = try ControlTests.run(
            ControlTests.cli,
            ["verify", "--date", "2026-12-01", "--pool", "county", "--public", harness.config.paths.publicRecords])
        #expect(missing.status == 66)
    }

    @Test func theChainCheckNamesTheFirstBrokenLink() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30, roles: RosterEditTests.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        #expect(try RosterEditTests.spotcheck(daemon, ["order", "county", "d-shuiwu", "--reason", "x"]).status == 0)
        #expect(try RosterEditTests.spotcheck(daemon, ["order", "county", "d-caizheng", "--reason", "y"]).status == 0)
        // Three records and the two orders.
        #expect(try RosterEditTests.spotcheck(daemon, ["verify", "--chain"]).output.contains("5 records and entries"))
        // Someone edits the second record in the database.
        let store = try Store(path: daemon.statePath)
        try store.database.write { db in
            try db.execute(
                sql:
                    "UPDATE draw SET record = CAST(replace(CAST(record AS TEXT), 'd-shuiwu', 'd-xihe') AS BLOB) WHERE id = 2"
            )
        }
        let broken = try RosterEditTests.spotcheck(daemon, ["verify", "--chain"])
        #expect(broken.status == 1)
        #expect(broken.output.contains("BROKEN at draw 2"), "\(broken.output)")
    }
}
