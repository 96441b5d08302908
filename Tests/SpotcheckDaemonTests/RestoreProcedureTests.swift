import Foundation
import SpotcheckCore
import SpotcheckProtocol
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// The restore the README documents (stop; `spotcheckd --accept-restored-state` as root; start),
/// the state's ownership, and `--check-config` seeing what the service (its own user) will see.
@Suite(.serialized) struct RestoreProcedureTests {
    /// The service's user in these tests: a user that exists everywhere and owns nothing.
    static let user = "nobody"
    static let userID: uid_t = 65534
    static let asUser = ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]
    static let canSwitch =
        geteuid() == 0 && getpwnam(user) != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    static func started(_ daemon: DaemonProcess) throws {
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
    }

    static func stopped(_ daemon: DaemonProcess) {
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    static func owner(_ path: String) -> uid_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_uid : nil
    }

    static func accept(_ daemon: DaemonProcess) throws -> (status: Int32, output: String) {
        try ControlTests.run(DaemonProcess.binary.path, ["--config", daemon.configPath, "--accept-restored-state"])
    }

    /// A daemon that drew and revealed today, stopped.
    static func drawnAndStopped() throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30)
        try started(daemon)
        #expect(
            DaemonProcess.eventually { ((try? Store(path: daemon.statePath).draws()) ?? []).first?.revealedAt != nil },
            "\(daemon.stderr)")
        stopped(daemon)
        return daemon
    }

    @Test(.enabled(if: canSwitch, "needs root, setpriv and the user nobody"))
    func theDocumentedRestoreRunAsRootWritesTheAnchorForTheServicesUserAndTheServiceStarts() throws {
        let daemon = try Self.drawnAndStopped()
        // The service's user owns its state; the folder of the test lets it make its socket.
        chmod(daemon.folder.path, 0o777)
        let state = daemon.folder.appendingPathComponent("state").path
        #expect(try ControlTests.run("/bin/chown", ["-R", "nobody:nogroup", state]).status == 0)
        // A backup taken as root of the stopped state leaves nothing there of root's.
        let backup = try ControlTests.run(
            DaemonProcess.binary.path,
            ["--config", daemon.configPath, "--backup", daemon.folder.appendingPathComponent("backup").path])
        #expect(backup.status == 0, "\(backup.output)")
        let anchor = StateAnchor(state: state).path
        unlink(anchor)  // a restore brings back the database, not necessarily its anchor

        let accepted = try Self.accept(daemon)
        #expect(accepted.status == 0, "\(accepted.output)")
        #expect(accepted.output.contains("running as nobody, the owner of \(state)"), "\(accepted.output)")
        #expect(Self.owner(anchor) == Self.userID, "the anchor is not the service's")
        for name in (try FileManager.default.contentsOfDirectory(atPath: "\(state)/private")) {
            #expect(Self.owner("\(state)/private/\(name)") == Self.userID, "\(name) is not the service's")
        }

        // The service, as its own user, starts on it.
        try daemon.start(launcher: Self.asUser)
        #expect(
            DaemonProcess.eventually {
                FileManager.default.fileExists(atPath: daemon.controlPath) && daemon.process?.isRunning == true
            }, "\(daemon.stderr)")
        usleep(500_000)
        #expect(daemon.process?.isRunning == true, "\(daemon.stderr)")
        Self.stopped(daemon)
    }

    @Test(.enabled(if: canSwitch, "needs root, setpriv and the user nobody"))
    func aStateFileOfAnotherUserIsRefusedNamingItsOwnerAndTheChownThatFixesIt() throws {
        let daemon = try Self.drawnAndStopped()
        chmod(daemon.folder.path, 0o777)
        let state = daemon.folder.appendingPathComponent("state").path
        #expect(try ControlTests.run("/bin/chown", ["-R", "nobody:nogroup", state]).status == 0)
        // The anchor copied back by root.
        let anchor = StateAnchor(state: state).path
        #expect(chown(anchor, 0, 0) == 0)
        let before = daemon.stderr.count
        try daemon.start(launcher: Self.asUser)
        #expect(daemon.waitForExit() == 1)
        let said = String(daemon.stderr.dropFirst(before))
        #expect(
            said.contains("\(anchor) belongs to root (uid 0), but spotcheckd runs as nobody (uid 65534)"), "\(said)")
        #expect(said.contains("chown -R nobody: \(state)"), "\(said)")
    }

    @Test func aBackupOlderThanAPublicCommitmentIsRefusedByTheRestoreAndAtStartWithNothingChanged() throws {
        // A backup taken before the day's draw (the roster imported, nothing drawn yet).
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try Self.started(daemon)
        Self.stopped(daemon)
        let older = DatabaseCopy(of: daemon.statePath)
        try daemon.writeConfig(drawIn: -60, revealIn: -30)
        try Self.started(daemon)
        #expect(
            DaemonProcess.eventually(timeout: 30) {
                ((try? Store(path: daemon.statePath).draws()) ?? []).first?.revealedAt != nil
            }, "\(daemon.stderr)")
        Self.stopped(daemon)
        let state = daemon.folder.appendingPathComponent("state").path
        let anchor = StateAnchor(state: state).path
        let anchored = FileManager.default.contents(atPath: anchor)
        let commitment = "\(state)/public/\(daemon.localDate())/county/commitment.json"
        #expect(FileManager.default.fileExists(atPath: commitment))
        let tasks = try FileManager.default.subpathsOfDirectory(atPath: daemon.tasksPath).filter {
            $0.hasSuffix(".json")
        }
        let taskBytes = tasks.map { FileManager.default.contents(atPath: "\(daemon.tasksPath)/\($0)") }

        try older.restore(to: daemon.statePath)
        let accepted = try Self.accept(daemon)
        #expect(accepted.status == 1, "\(accepted.output)")
        #expect(accepted.output.contains("does not hold 1 commitment(s)"), "\(accepted.output)")
        #expect(accepted.output.contains("\(commitment) (no such draw stored)"), "\(accepted.output)")
        #expect(accepted.output.contains("a backup older than a public commitment cannot be restored"))
        #expect(FileManager.default.contents(atPath: anchor) == anchored, "the refused restore wrote the anchor")

        // Without its anchor too (both restored from the same old backup), the start refuses the
        // same way, before any task file of the told team is touched.
        unlink(anchor)
        let before = daemon.stderr.count
        try daemon.start()
        #expect(daemon.waitForExit() == 1)
        let said = String(daemon.stderr.dropFirst(before))
        #expect(said.contains("does not hold 1 commitment(s)"), "\(said)")
        #expect(tasks.map { FileManager.default.contents(atPath: "\(daemon.tasksPath)/\($0)") } == taskBytes)
        #expect(try Store(path: daemon.statePath).draws().isEmpty)
    }

    /// Writes `daemon`'s configuration (a draw an hour away) with a copy of the example roster
    /// beside it, which the service's user can read wherever the checkout is (it may be in a
    /// folder only root can enter); returns the roster folder.
    static func rosterBesideConfiguration(
        _ daemon: DaemonProcess, drawIn: Int = 3600, revealIn: Int = 3700
    ) throws -> String {
        let roster = daemon.folder.appendingPathComponent("roster").path
        try FileManager.default.copyItem(atPath: Harness.county, toPath: roster)
        try daemon.writeConfig(drawIn: drawIn, revealIn: revealIn)
        let config = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
            .replacing("roster = \"\(Harness.county)\"", with: "roster = \"roster\"")
        try config.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        return roster
    }

    @Test(.enabled(if: canSwitch, "needs root, setpriv and the user nobody"))
    func checkConfigRunAsRootChecksAsTheServicesUserAndRefusesARosterOnlyRootCanRead() throws {
        let daemon = try DaemonProcess()
        chmod(daemon.folder.path, 0o777)
        let roster = try Self.rosterBesideConfiguration(daemon)
        let state = daemon.folder.appendingPathComponent("state").path
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        #expect(chown(state, Self.userID, 65534) == 0)
        let check = {
            try ControlTests.run(DaemonProcess.binary.path, ["--config", daemon.configPath, "--check-config"])
        }

        let fine = try check()
        #expect(fine.status == 0, "\(fine.output)")
        #expect(fine.output.contains("running as nobody, the owner of \(state)"), "\(fine.output)")

        chmod("\(roster)/departments.csv", 0o600)
        let refused = try check()
        #expect(refused.status == 78, "\(refused.output)")
        #expect(refused.output.contains("departments.csv"), "\(refused.output)")
    }

    @Test(.enabled(if: canSwitch, "needs root, setpriv and the user nobody"))
    func checkConfigRefusesATasksFolderTheServiceCannotWriteAndSaysHowToAllowIt() throws {
        let daemon = try DaemonProcess()
        chmod(daemon.folder.path, 0o777)
        _ = try Self.rosterBesideConfiguration(daemon)
        var config = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
        config = config.replacing("[paths]\n", with: "[paths]\ntasks = \"/etc/spotcheck-tasks-\(getpid())\"\n")
        try config.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        let result = try ControlTests.run(
            Self.asUser[0],
            Array(Self.asUser.dropFirst()) + [
                DaemonProcess.binary.path, "--config", daemon.configPath, "--check-config",
            ])
        #expect(result.status == 78, "\(result.output)")
        #expect(result.output.contains("[paths] tasks = \"/etc/spotcheck-tasks-\(getpid())\""), "\(result.output)")
        #expect(result.output.contains("/etc: Permission denied"), "\(result.output)")
        #expect(result.output.contains("ReadWritePaths=/etc/spotcheck-tasks-\(getpid())"), "\(result.output)")
    }

    @Test(.enabled(if: canSwitch, "needs root and the user nobody"))
    func aBackupIsRefusedIntoAFolderOfAnotherUserOrASymbolicLinkWithNothingWritten() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try Self.started(daemon)
        let theirs = daemon.folder.appendingPathComponent("theirs").path
        try FileManager.default.createDirectory(atPath: theirs, withIntermediateDirectories: true)
        #expect(chown(theirs, Self.userID, 65534) == 0)
        let foreign = try ControlTests.run(
            DaemonProcess.binary.path, ["--config", daemon.configPath, "--backup", theirs])
        #expect(foreign.status == 1 && foreign.output.contains("belongs to nobody"), "\(foreign.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: theirs).isEmpty)
        let link = daemon.folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: theirs)
        let linked = try ControlTests.run(
            DaemonProcess.binary.path, ["--config", daemon.configPath, "--backup", link])
        #expect(linked.status == 1 && linked.output.contains("is a symbolic link"), "\(linked.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: theirs).isEmpty)
    }

    @Test func aBackupTakenWhileTheDaemonRunsIsPrivateCompleteAndRestoresAsDocumented() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30)
        try Self.started(daemon)
        #expect(
            DaemonProcess.eventually { ((try? Store(path: daemon.statePath).draws()) ?? []).first?.revealedAt != nil },
            "\(daemon.stderr)")
        let folder = daemon.folder.appendingPathComponent("backup").path
        let backup = try ControlTests.run(
            DaemonProcess.binary.path, ["--config", daemon.configPath, "--backup", folder])
        #expect(backup.status == 0, "\(backup.output)")
        #expect(backup.output.contains("\(folder): backup written (state.sqlite, anchor.json"), "\(backup.output)")
        var info = stat()
        #expect(stat(folder, &info) == 0 && info.st_mode & 0o777 == 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            #expect(stat("\(folder)/\(name)", &info) == 0 && info.st_mode & 0o777 == 0o600, "\(name) is not 0600")
        }
        // The copy holds what the running daemon had stored (a copy of state.sqlite alone would not).
        let copied = try Store(path: "\(folder)/state.sqlite")
        #expect(try copied.draws().map(\.id) == (try Store(path: daemon.statePath).draws().map(\.id)))
        #expect(try copied.auditHead().length > 0)
        // A second backup into the same folder does not overwrite the first.
        let again = try ControlTests.run(
            DaemonProcess.binary.path, ["--config", daemon.configPath, "--backup", folder])
        #expect(again.status == 1 && again.output.contains("exists already"), "\(again.output)")

        // A replacement after the backup: the newcomer is told, the backup does not know it.
        let draw = try #require(try Store(path: daemon.statePath).draws().first)
        let team = try #require(try draw.decodedRecord()?.teams.first)
        let member = try #require(team.members.last)
        // The team is named: an inspector with a daily cap above one may be on two teams.
        let replaced = try VarlinkClient(path: daemon.controlPath).call(
            "io.spotcheck.ReplaceInspector",
            ControlMessages.ReplaceParameters(
                drawId: draw.id, inspector: member.inspector, reason: "sick", department: team.department),
            returning: ControlMessages.ReplaceReply.self)

        // Restored as documented: stop, put the copy back, accept, start. The restore names the
        // inspector told of the replacement, whose task file the start rewrites without it.
        Self.stopped(daemon)
        try DatabaseCopy(of: "\(folder)/state.sqlite").restore(to: daemon.statePath)
        let accepted = try Self.accept(daemon)
        #expect(accepted.status == 0, "\(accepted.output)")
        #expect(
            accepted.output.contains("was told of draw \(draw.id) (\(replaced.department) on \(draw.date))"),
            "\(accepted.output)")
        try Self.started(daemon)
        Self.stopped(daemon)
    }

    @Test func aFirstStartWithoutAUsableRosterDoesNotClaimAPreviousOneStays() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        let empty = daemon.folder.appendingPathComponent("empty-roster").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let config = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
            .replacing("roster = \"\(Harness.county)\"", with: "roster = \"empty-roster\"")
        try config.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        try daemon.start()
        #expect(daemon.waitForExit() == 1)
        #expect(daemon.stderr.contains("refused whole, and none was stored before"), "\(daemon.stderr)")
        #expect(!daemon.stderr.contains("the previous one stays"), "\(daemon.stderr)")
    }

    @Test func aTasksPathThatIsAFileIsRefusedByCheckConfig() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        let file = daemon.folder.appendingPathComponent("in-the-way").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        var config = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
        config = config.replacing("[paths]\n", with: "[paths]\npublic = \"in-the-way/public\"\n")
        try config.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        let result = try ControlTests.run(
            DaemonProcess.binary.path, ["--config", daemon.configPath, "--check-config"])
        #expect(result.status == 78, "\(result.output)")
        #expect(result.output.contains("\(file) is not a folder"), "\(result.output)")
    }
}
