import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// The real daemon killed (SIGKILL) at chosen and random moments, then started again.
@Suite(.serialized) struct KillTests {
    /// Task files as the store says, no temporary files, every draw's commitment on standard error.
    static func checkAgrees(_ daemon: DaemonProcess, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let store = try Store(path: daemon.statePath)
        let draws = try store.draws().filter { $0.state != .missed }
        for draw in draws {
            #expect(draw.journaledAt != nil, sourceLocation: sourceLocation)
            #expect(
                daemon.stderr.contains("seed committed (SHA-256 \(draw.seedHash ?? "?"))"),
                sourceLocation: sourceLocation)
        }
        let logins = (try? FileManager.default.contentsOfDirectory(atPath: daemon.tasksPath)) ?? []
        for draw in draws {
            for login in logins {
                let path = "\(daemon.tasksPath)/\(login)/\(draw.date).json"
                let data = FileManager.default.contents(atPath: path)
                guard draw.revealedAt != nil else {
                    let file = try data.map { try JSONDecoder().decode(TaskFile.self, from: $0) }
                    #expect(
                        file?.assignments.contains { $0.drawID == draw.id } != true, "\(path) before the reveal",
                        sourceLocation: sourceLocation)
                    continue
                }
                let file = try JSONDecoder().decode(TaskFile.self, from: try #require(data, "\(path) missing"))
                let expected = Set(
                    try store.revealedAssignments(on: draw.date, login: login).map { "\($0.drawID) \($0.department)" })
                #expect(
                    Set(file.assignments.map { "\($0.drawID) \($0.target.id)" }) == expected, "\(path)",
                    sourceLocation: sourceLocation)
            }
        }
        let leftovers = (FileManager.default.enumerator(atPath: daemon.tasksPath)?.allObjects as? [String] ?? [])
            .filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)", sourceLocation: sourceLocation)
    }

    @Test func aCrashPointNamedInTheEnvironmentKillsTheDaemonThereAndARestartFinishesTheStep() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30)
        daemon.environment = ["SPOTCHECKD_CRASH_AT": "draw.committed"]
        try daemon.start()
        _ = daemon.waitForExit()
        #expect(daemon.process?.terminationReason == .uncaughtSignal)
        #expect(daemon.process?.terminationStatus == SIGKILL)
        let store = try Store(path: daemon.statePath)
        let committed = try #require(try store.draws().first)
        #expect(committed.state == .committed && committed.journaledAt == nil)
        #expect(!daemon.stderr.contains("seed committed"))
        daemon.environment = [:]
        try daemon.start()
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil }, "\(daemon.stderr)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(try store.draws().count == 1)
        try Self.checkAgrees(daemon)
    }

    @Test func aSecondDaemonOnTheSameStateStopsWithAClearError() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let second = try ControlTests.run(DaemonProcess.binary.path, ["--config", daemon.configPath])
        #expect(second.status == 1)
        #expect(second.output.contains("holds the lock on the state folder"), "\(second.output)")
        #expect(second.output.contains("pid \(daemon.process!.processIdentifier)"), "\(second.output)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aDatabaseDeletedUnderTheDaemonStopsItWithAClearError() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        for suffix in ["", "-wal", "-shm"] { unlink(daemon.statePath + suffix) }
        daemon.signal(SIGHUP)  // a reload wakes the scheduler at once
        let status = daemon.waitForExit()
        #expect(status != nil && status != 0, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("was deleted while spotcheckd was running"), "\(daemon.stderr)")
        #expect(!FileManager.default.fileExists(atPath: daemon.statePath))
    }

    @Test func randomKillsNeverDrawADayTwiceNorLeaveFilesAndStoreApart() throws {
        let daemon = try DaemonProcess()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            try daemon.writeConfig(drawIn: 1, revealIn: 2)
            try daemon.start()
            usleep(UInt32.random(in: 0...3_000_000, using: &generator))
            daemon.signal(SIGKILL)
            _ = daemon.waitForExit()
        }
        try daemon.writeConfig(drawIn: -60, revealIn: -30)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let store = try Store(path: daemon.statePath)
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil }, "\(daemon.stderr)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let draws = try store.draws()
        #expect(draws.count == 1, "\(draws.map(\.id))")
        try Self.checkAgrees(daemon)
    }
}
