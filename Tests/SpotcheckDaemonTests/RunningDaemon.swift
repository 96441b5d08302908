import Foundation
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A spotcheckd on the example county (one pool drawing 2 s from now), started for a test and
/// stopped by the test, and the CLI run against it in a locale.
extension DaemonProcess {
    /// The ledger section most language tests run with.
    static let ledgerSection = "[ledger]\nprohibitions = [\"P03 不得敷衍塞责\"]"

    /// Starts spotcheckd with `extra` in its configuration (and `prohibitions.txt` holding
    /// `prohibitions` when given) and waits until it is ready; the caller stops it (`stop()`).
    static func started(revealIn: Int, extra: String, prohibitions: String? = nil) throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        if let prohibitions {
            try prohibitions.write(
                to: daemon.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        }
        try daemon.writeConfig(drawIn: 2, revealIn: revealIn, extra: extra)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        return daemon
    }

    /// Stops the daemon as systemd would (SIGTERM) and waits for it to end.
    func stop() {
        signal(SIGTERM)
        _ = waitForExit()
    }

    /// `spotcheck ARGUMENTS` against this daemon in `locale`, as `user` when given (runuser).
    func spotcheck(
        _ arguments: [String], locale: String = "C.UTF-8", as user: String? = nil
    ) throws -> (status: Int32, output: String) {
        let environment = ["SPOTCHECK_SOCKET": controlPath, "LANG": locale]
        guard let user else { return try ControlTests.run(ControlTests.cli, arguments, environment: environment) }
        return try ControlTests.run(
            "/usr/sbin/runuser", ["-u", user, "--", ControlTests.cli] + arguments, environment: environment)
    }

    /// The first draw once it is revealed, and its first assignment.
    func revealedAssignment() throws -> (store: Store, draw: StoredDraw, assignment: StoredAssignment) {
        let store = try Store(path: statePath)
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil })
        let draw = try #require(try store.draws().first)
        let assignment = try #require(try store.assignments(drawID: draw.id).first)
        return (store, draw, assignment)
    }
}
