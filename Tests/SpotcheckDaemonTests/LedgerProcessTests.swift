import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckRoster
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// The ledger's escalations in the real journal, from the real daemon, across a restart. Part of
/// `JournalTests` (serialized, root only), so that only one test starts journald at a time.
extension JournalTests {
    @Test func escalationsReachTheJournalOncePerLevelAcrossRestartsAndCatchUp() throws {
        let journald = try Journald.start()
        defer { journald.stop() }
        let daemon = try DaemonProcess()
        // The day's draw long done; every day a working day (the test configuration).
        try daemon.writeConfig(drawIn: -120, revealIn: -60)
        let today = try #require(Day(iso: daemon.localDate()))
        try FileManager.default.createDirectory(
            atPath: daemon.folder.appendingPathComponent("state/private").path, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        // A department of its own: the journal outlives the test, and PIDs and ids repeat.
        let department = "d-ledger-\(UUID().uuidString.prefix(8).lowercased())"
        // Due 7 days ago: while the daemon was down, the reminder (1) and the notice (5) fell due.
        let id = try {
            let store = try Store(path: daemon.statePath)
            return try plantRectifying(
                store, department: department, start: today.adding(days: -20), due: today.adding(days: -7),
                zone: TimeZone(identifier: daemon.zone)!)
        }()
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        // This test's daemons only: the journal outlives the test, and ids repeat across runs.
        var pids = [daemon.process!.processIdentifier]
        func entries(_ event: Event) throws -> [[String: Any]] {
            try Self.journalctl(
                ["MESSAGE_ID=\(event.messageID)", "SPOTCHECK_FINDING=\(id)", "SPOTCHECK_DEPARTMENT=\(department)"]
                    + pids.map { "_PID=\($0)" }, after: journald)
        }
        #expect(
            DaemonProcess.eventually { ((try? entries(.escalationNotice)) ?? []).count == 1 }, "\(daemon.stderr)")
        let reminder = try #require(try entries(.escalationReminder).first)
        #expect(reminder["SPOTCHECK_DUE"] as? String == today.adding(days: -7).description)
        #expect(reminder["SPOTCHECK_LEVEL"] as? String == "reminder")
        #expect(reminder["PRIORITY"] as? String == "5")
        #expect(try entries(.escalationNotice).first?["PRIORITY"] as? String == "4")
        #expect(try entries(.escalationReferral).isEmpty)
        // A minute's ticks later (the scheduler wakes at least once a minute), still once each.
        daemon.signal(SIGHUP)
        usleep(1_500_000)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)

        // Restarted with the referral moved to 7 working days: it falls due today, once; the
        // earlier levels are not journaled again.
        try daemon.writeConfig(drawIn: -120, revealIn: -60, extra: "[ledger]\nescalation_after = [1, 5, 7]")
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        pids.append(daemon.process!.processIdentifier)
        #expect(
            DaemonProcess.eventually { ((try? entries(.escalationReferral)) ?? []).count == 1 }, "\(daemon.stderr)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        pids.append(daemon.process!.processIdentifier)
        usleep(1_000_000)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(try entries(.escalationReminder).count == 1)
        #expect(try entries(.escalationNotice).count == 1)
        #expect(try entries(.escalationReferral).count == 1)
        // The catalog explains each level.
        let catalog = try String(
            contentsOf: Harness.packageRoot.appendingPathComponent("deploy/spotcheck.catalog"), encoding: .utf8)
        for event in [Event.escalationReminder, .escalationNotice, .escalationReferral, .findingChanged] {
            #expect(catalog.contains("-- \(event.messageID)\n"), "\(event)")
        }
    }
}

/// The ledger's role matrix, as real Unix users running the CLI against the real daemon. Part of
/// `RoleTests` (serialized, root only), so that its users are never created or removed while
/// another role test runs.
extension RoleTests {
    @Test func aContactSeesOnlyTheirDepartmentAndAnInspectorRecordsOnlyOnTheirAssignment() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(
            drawIn: 2, revealIn: 4, extra: "[ledger]\nprohibitions = [\"P03 不得敷衍塞责\"]",
            roles: "[roles]\ncoordinators = [\"sc-coordinators\"]\nauditors = [\"sc-auditors\"]")
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil)
        let store = try Store(path: daemon.statePath)
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil })
        let draw = try #require(try store.draws().first)
        let assignments = try store.assignments(drawID: draw.id)
        let member = try #require(assignments.first { $0.role == "member" })
        let lead = try #require(assignments.first { $0.role == "lead" && $0.department == member.department })
        let roster = try #require(try store.currentRoster()).roster()
        let contactA = try #require(roster.departments.first { $0.id == member.department }?.contacts.first)
        let other = try #require(
            roster.departments.first { department in
                !department.contacts.isEmpty && !assignments.contains { $0.department == department.id }
            })
        let contactB = other.contacts[0]
        let users = [member.login, lead.login, contactA, contactB, "sc-ledger-auditor"]
        try Self.useradd("sc-ledger-auditor", groups: ["sc-auditors"])
        for user in users.dropLast() { try Self.useradd(user) }
        defer {
            for user in users { _ = try? ControlTests.run("/usr/sbin/userdel", [user]) }
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let socket = daemon.controlPath
        func run(_ user: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
            try Self.asUser(user, ["findings"] + arguments, socket: socket)
        }

        // The inspector records on their own assignment; not on a department they do not inspect.
        let added = try run(
            member.login,
            [
                "add", "--assignment", "\(draw.id)/\(member.department)", "--category", "sluggish", "--rule", "P03",
                "--facts", "窗口无人值守", "--json",
            ])
        #expect(added.status == 0, "\(added.output)")
        let id = try #require(
            (try JSONSerialization.jsonObject(with: Data(added.output.utf8)) as? [String: Any])?["id"] as? String)
        let elsewhere = try run(
            member.login, ["add", "--assignment", "\(draw.id)/\(other.id)", "--facts", "x"])
        #expect(elsewhere.status == 77, "\(elsewhere.output)")
        #expect(elsewhere.output.contains("not a revealed assignment of yours"))
        #expect(try store.findings().count == 1)
        // The member may not confirm; the lead does.
        #expect(try run(member.login, ["confirm", id]).status == 77)
        let confirmed = try run(lead.login, ["confirm", id])
        #expect(confirmed.status == 0 && confirmed.output.contains("confirmed"), "\(confirmed.output)")

        // The contact of the department sees it; the contact of another department does not.
        let mine = try run(contactA, ["mine"])
        #expect(mine.status == 0 && mine.output.contains(id), "\(mine.output)")
        let theirs = try run(contactB, ["mine"])
        #expect(theirs.status == 0 && !theirs.output.contains(id), "\(theirs.output)")
        let listed = try run(contactB, ["list", "--json"])
        #expect(listed.status == 0 && !listed.output.contains(id), "\(listed.output)")
        let shown = try run(contactB, ["show", id])
        #expect(shown.status == 67 && shown.output.contains("no finding \(id) that you may see"), "\(shown.output)")
        let due = member.date.adding(days: 7).description
        let measure = ["measure", id, "--text", "建立值班制度", "--owner", "办公室主任", "--due", due]
        #expect(try run(contactB, measure).status == 67)
        #expect(try run(contactA, measure).status == 0)
        // The auditor reads everything, changes nothing.
        let audited = try run("sc-ledger-auditor", ["show", id])
        #expect(audited.status == 0 && audited.output.contains("measure.added"), "\(audited.output)")
        #expect(try run("sc-ledger-auditor", ["measure", id, "--start"]).status == 77)
        let export = try run("sc-ledger-auditor", ["export"])
        #expect(export.status == 0 && export.output.hasPrefix("\u{FEFF}编号"))
    }
}
