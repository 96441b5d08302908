import Foundation
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// spotcheckd killed while handling a call, after storing the change and before answering: the
/// CLI says the change may or may not have been made and how to check, and the check tells.
@Suite(.serialized) struct LostAnswerTests {
    @Test func aReplacementStoredByADaemonKilledBeforeAnsweringIsToldAsPerhapsMadeAndTeamsShowsIt() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30, roles: RosterEditTests.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let store = try Store(path: daemon.statePath)
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil }, "\(daemon.stderr)")
        let draw = try #require(try store.draws().first)
        let members = try store.assignments(drawID: draw.id).filter { $0.role == "member" }
        daemon.signal(SIGTERM)
        _ = daemon.waitForExit()

        // Killed (SIGKILL) right after the replacement is stored, before the answer is sent.
        daemon.environment = ["SPOTCHECKD_CRASH_AT": "replace.stored"]
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        var told: (status: Int32, output: String)?
        var replaced: String?
        for member in members where told == nil {
            let result = try RosterEditTests.spotcheck(
                daemon, ["replace", String(draw.id), member.inspector, "--reason", "病假"])
            // A member nobody can replace is refused before anything is stored; try the next.
            if result.status == 75 {
                told = result
                replaced = member.inspector
            }
        }
        let (status, output) = try #require(told, "no replacement reached the crash point")
        #expect(status == 75, "\(output)")
        #expect(output.contains("stopped while handling the request"), "\(output)")
        #expect(output.contains("the change may or may not have been made"), "\(output)")
        #expect(output.contains("check with `spotcheck teams`"), "\(output)")
        #expect(!output.contains("talking to spotcheckd"), "\(output)")
        _ = daemon.waitForExit()

        // Started again: the replacement was made, and `spotcheck teams` shows it.
        daemon.environment = [:]
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let made = try store.replacements(drawID: draw.id)
        #expect(made.count == 1 && made.first?.oldInspector == replaced)
        let newcomer = try #require(made.first?.newInspector)
        let teams = try RosterEditTests.spotcheck(daemon, ["teams"])
        #expect(teams.status == 0 && teams.output.contains(newcomer), "\(teams.output)")
    }
}
