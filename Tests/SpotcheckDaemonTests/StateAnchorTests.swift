import Foundation
import GRDB
import SpotcheckCore
import SpotcheckProtocol
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// The database's files (with its WAL) saved aside and put back, as a backup restore would.
struct DatabaseCopy {
    let files: [String: Data]

    static let names = ["state.sqlite", "state.sqlite-wal", "state.sqlite-shm"]

    init(files: [String: Data]) {
        self.files = files
    }

    init(of database: String) {
        var files: [String: Data] = [:]
        for name in Self.names {
            let path = "\(URL(fileURLWithPath: database).deletingLastPathComponent().path)/\(name)"
            if let data = FileManager.default.contents(atPath: path) { files[name] = data }
        }
        self.files = files
    }

    func restore(to database: String) throws {
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent().path
        for name in Self.names { unlink("\(folder)/\(name)") }
        for (name, data) in files { try data.write(to: URL(fileURLWithPath: "\(folder)/\(name)")) }
    }
}

/// A restart on an older copy of the database (one that lost only a reveal, a replacement or a
/// roster import), or on a database deleted and created anew, is refused; an administrator who
/// restores a backup on purpose says so with `--accept-restored-state`.
@Suite(.serialized) struct StateAnchorTests {
    struct Status: Codable, Sendable {
        struct Inner: Codable, Sendable { var version: String }
        var status: Inner
    }

    /// Starts the daemon and waits until it is ready.
    static func started(_ daemon: DaemonProcess) throws {
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
    }

    static func stopped(_ daemon: DaemonProcess) {
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    /// Starts the daemon on the state as it is and expects a refusal naming both audit heads.
    static func refused(
        _ daemon: DaemonProcess, anchored: AuditHead, stored: AuditHead,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        // --check-config refuses it first, in the start's words (CheckConfigState.swift), also
        // when the database is gone and only the anchor is left.
        let checked = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath])
        #expect(checked.status == 78, "\(checked.output)", sourceLocation: sourceLocation)
        #expect(
            checked.output.contains("older than the daemon's own record") && !checked.output.contains("OK:")
                && checked.output.contains(stored.description) && checked.output.contains("--accept-restored-state"),
            "\(checked.output)", sourceLocation: sourceLocation)
        let before = daemon.stderr.count
        try daemon.start()
        #expect(daemon.waitForExit() == 1, sourceLocation: sourceLocation)
        let said = String(daemon.stderr.dropFirst(before))
        #expect(said.contains("older than the daemon's own record"), "\(said)", sourceLocation: sourceLocation)
        #expect(
            said.contains("audit entry \(anchored.length) (SHA-256 \(anchored.sha256))"), sourceLocation: sourceLocation
        )
        #expect(said.contains(stored.description), "\(said)", sourceLocation: sourceLocation)
        #expect(said.contains("spotcheckd --accept-restored-state"), sourceLocation: sourceLocation)
        #expect(said.contains("anchor_audit_length=\(anchored.length)"), sourceLocation: sourceLocation)
        #expect(said.contains("database_audit_length=\(stored.length)"), sourceLocation: sourceLocation)
    }

    static func head(_ daemon: DaemonProcess) throws -> AuditHead {
        try Store(path: daemon.statePath).auditHead()
    }

    @Test func aRestartOnADatabaseThatLostARevealOrAReplacementIsRefusedUntilAnAdministratorAcceptsIt() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: 4, roles: RosterEditTests.coordinatorRoles)
        try Self.started(daemon)
        #expect(
            DaemonProcess.eventually { ((try? Store(path: daemon.statePath).draws()) ?? []).first?.state == .completed }
        )
        Self.stopped(daemon)
        let beforeReveal = DatabaseCopy(of: daemon.statePath)
        let drawn = try Self.head(daemon)

        // Revealed by the next run.
        try Self.started(daemon)
        #expect(
            DaemonProcess.eventually { ((try? Store(path: daemon.statePath).draws()) ?? []).first?.revealedAt != nil })
        Self.stopped(daemon)
        let revealed = try Self.head(daemon)
        #expect(revealed.length > drawn.length)
        let afterReveal = DatabaseCopy(of: daemon.statePath)

        // The copy from before the reveal is refused, with both heads named.
        try beforeReveal.restore(to: daemon.statePath)
        try Self.refused(daemon, anchored: revealed, stored: drawn)
        // The state was not touched by the refused start: the newest copy starts again.
        try afterReveal.restore(to: daemon.statePath)
        try Self.started(daemon)

        // A replacement, then the copy from before it.
        let draw = try #require(try Store(path: daemon.statePath).draws().first)
        let team = try #require(try draw.decodedRecord()?.teams.first)
        let member = try #require(team.members.last)
        let client = try VarlinkClient(path: daemon.controlPath)
        // The team is named: an inspector with a daily cap above one may be on two teams.
        _ = try client.call(
            "io.spotcheck.ReplaceInspector",
            ControlMessages.ReplaceParameters(
                drawId: draw.id, inspector: member.inspector, reason: "sick", department: team.department),
            returning: ControlMessages.ReplaceReply.self)
        Self.stopped(daemon)
        let replaced = try Self.head(daemon)
        try afterReveal.restore(to: daemon.statePath)
        try Self.refused(daemon, anchored: replaced, stored: revealed)

        // A database deleted and created anew is refused too.
        try DatabaseCopy(files: [:]).restore(to: daemon.statePath)
        try Self.refused(daemon, anchored: replaced, stored: AuditHead(length: 0, sha256: ""))

        // An administrator restores the copy from before the reveal on purpose.
        try beforeReveal.restore(to: daemon.statePath)
        let accept = try ControlTests.run(
            DaemonProcess.binary.path, ["--config", daemon.configPath, "--accept-restored-state"])
        #expect(accept.status == 0, "\(accept.output)")
        try Self.started(daemon)
        // The day is revealed again from the restored state, and the anchor follows.
        #expect(
            DaemonProcess.eventually { ((try? Store(path: daemon.statePath).draws()) ?? []).first?.revealedAt != nil })
        #expect(
            DaemonProcess.eventually {
                (try? StateAnchor(state: "\(daemon.folder.path)/state").read()) == (try? Self.head(daemon))
            })
        Self.stopped(daemon)
    }

    @Test func aRosterImportLostWithAnOlderDatabaseIsRefused() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700, roles: RosterEditTests.coordinatorRoles)
        try Self.started(daemon)
        Self.stopped(daemon)
        let before = DatabaseCopy(of: daemon.statePath)
        let loaded = try Self.head(daemon)
        try Self.started(daemon)
        let client = try VarlinkClient(path: daemon.controlPath)
        let exported = try client.call(
            "io.spotcheck.ExportRoster", Varlink.Empty(), returning: ControlMessages.ExportReply.self)
        var files = exported.files
        // One inspector's daily cap changes.
        files.inspectors = files.inspectors.replacingOccurrences(
            of: "i001,杨涛,yangtao,d-fagai,d-renshe@2026-07-07,,no,,2",
            with: "i001,杨涛,yangtao,d-fagai,d-renshe@2026-07-07,,no,,1")
        let imported = try client.call(
            "io.spotcheck.ImportRoster", ControlMessages.ImportParameters(files: files, dryRun: false),
            returning: ControlMessages.ImportReply.self)
        #expect(imported.applied)
        Self.stopped(daemon)
        let importedHead = try Self.head(daemon)
        try before.restore(to: daemon.statePath)
        try Self.refused(daemon, anchored: importedHead, stored: loaded)
    }

    @Test func anOlderLayoutIsMovedIntoThePrivateFolderAndNoOtherUserCanStatTheDatabase() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30)
        try Self.started(daemon)
        #expect(DaemonProcess.eventually { ((try? Store(path: daemon.statePath).draws()) ?? []).count == 1 })
        Self.stopped(daemon)
        // Back to the layout of earlier versions: the database in the state folder, no anchor.
        let state = "\(daemon.folder.path)/state"
        for name in DatabaseCopy.names where FileManager.default.fileExists(atPath: "\(state)/private/\(name)") {
            #expect(rename("\(state)/private/\(name)", "\(state)/\(name)") == 0)
        }
        unlink("\(state)/private/anchor.json")
        rmdir("\(state)/private")

        try Self.started(daemon)
        defer { Self.stopped(daemon) }
        #expect(!FileManager.default.fileExists(atPath: "\(state)/state.sqlite"))
        #expect(try Store(path: daemon.statePath).draws().count == 1)
        var info = stat()
        #expect(stat("\(state)/private", &info) == 0 && info.st_mode & 0o7777 == 0o700)
        #expect(stat(state, &info) == 0 && info.st_mode & 0o7777 == 0o711)
        #expect(try StateAnchor(state: state).read() == (try Self.head(daemon)))

        // Another user can reach the task folders, but cannot even stat the database.
        for path in ["\(state)/private/state.sqlite", "\(state)/private/anchor.json", "\(state)/private"] {
            let result = try ControlTests.run(
                SocketAttackTests.setpriv, SocketAttackTests.asNobody(["/usr/bin/stat", "-c", "%s %Y", path]))
            if path.hasSuffix("/private") {
                #expect(result.status == 0, "the folder itself is visible: \(result.output)")
            } else {
                #expect(result.status != 0, "\(path): \(result.output)")
                #expect(result.output.contains("Permission denied"), "\(result.output)")
            }
        }
        let tasks = try ControlTests.run(
            SocketAttackTests.setpriv, SocketAttackTests.asNobody(["/usr/bin/stat", "-c", "%a", "\(state)/tasks"]))
        #expect(tasks.status == 0, "\(tasks.output)")
    }

    @Test func theAnchorFollowsEveryCommitThatLengthensTheAuditTrailAndNeverGoesBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("anchor-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try StateLayout.prepare(state: folder)
        let store = try Store(path: "\(folder)/private/state.sqlite")
        let anchor = StateAnchor(state: folder)
        try StateAnchor.requireDurableCommits(store)
        #expect(try store.database.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2, "FULL")
        let plain = Date()
        for index in 0..<50 {
            try store.audit(actor: "test", action: "before", detail: ["n": String(index)], at: Date())
        }
        let withoutAnchor = Date().timeIntervalSince(plain) / 50
        store.observeCommits { anchor.follow(store) }
        let started = Date()
        for index in 0..<50 {
            try store.audit(actor: "test", action: "step", detail: ["n": String(index)], at: Date())
            #expect(try anchor.read() == (try store.auditHead()))
        }
        let perCommit = Date().timeIntervalSince(started) / 50
        // A write that does not lengthen the trail leaves the anchor as it is.
        let head = try anchor.read()
        try store.setSetting("x", "y")
        #expect(try anchor.read() == head)
        #expect(head?.length == 100)
        var info = stat()
        #expect(stat(anchor.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        print(
            "audit anchor: \(String(format: "%.1f", perCommit * 1000)) ms per commit with the anchor, \(String(format: "%.1f", withoutAnchor * 1000)) ms without"
        )
    }

    @Test func aDatabaseAheadOfItsAnchorIsAcceptedAndAGarbledAnchorIsNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("anchor-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try StateLayout.prepare(state: folder)
        let store = try Store(path: "\(folder)/private/state.sqlite")
        let anchor = StateAnchor(state: folder)
        #expect(try anchor.check(store, database: "db") == nil, "no anchor yet: a first start")
        try store.audit(actor: "test", action: "one", detail: [:], at: Date())
        try anchor.write(try store.auditHead())
        // Stopped between a commit and the anchor's write: the database is ahead, which is fine.
        try store.audit(actor: "test", action: "two", detail: [:], at: Date())
        #expect(try anchor.check(store, database: "db") == nil)
        // Another entry at the anchored length (a database that took another path) is refused.
        try anchor.write(AuditHead(length: 1, sha256: String(repeating: "0", count: 64)))
        #expect(try anchor.check(store, database: "db") != nil)
        // A garbled anchor is an error, never taken as no anchor.
        try Data("{".utf8).write(to: URL(fileURLWithPath: anchor.path))
        #expect(throws: StateLayout.LayoutError.self) { try anchor.check(store, database: "db") }
    }

    @Test func bothLayoutsHoldingADatabaseIsAnErrorThatNamesBoth() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: "\(folder)/private", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: "\(folder)/state.sqlite", contents: Data())
        _ = FileManager.default.createFile(atPath: "\(folder)/private/state.sqlite", contents: Data())
        #expect {
            try StateLayout.prepare(state: folder)
        } throws: { error in
            "\(error)".contains("\(folder)/state.sqlite") && "\(error)".contains("\(folder)/private/state.sqlite")
        }
    }
}
