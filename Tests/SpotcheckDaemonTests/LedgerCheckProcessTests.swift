import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// A re-check's outcome and a sample's population, through the real daemon and the CLI: the
/// daemon draws last month's re-checks at start, a coordinator records one passed (once), the
/// finding's history shows it, and `findings sample-check` finds the published population in the
/// ledger and names one edited out.
@Suite(.serialized) struct LedgerCheckProcessTests {
    /// A daemon that draws last month's re-checks at start: two closed findings planted (of
    /// d-shuiwu and d-caizheng, closed on the 12th of last month, `recheck_share = 100`); returns
    /// once both visits are staffed and revealed. The caller stops the daemon.
    static func startedWithTwoRechecks(
        roles: String = ""
    ) throws -> (
        daemon: DaemonProcess, store: Store, planted: [FindingID]
    ) {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -120, revealIn: -60, extra: "[ledger]\nrecheck_share = 100", roles: roles)
        let today = try #require(Day(iso: daemon.localDate()))
        let (year, month, _) = today.parts
        let previous = month == 1 ? (year - 1, 12) : (year, month - 1)
        let closedOn = try #require(Day(iso: String(format: "%04d-%02d-12", previous.0, previous.1)))
        try FileManager.default.createDirectory(
            atPath: daemon.folder.appendingPathComponent("state/private").path, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let planted = try {
            let store = try Store(path: daemon.statePath)
            return try ["d-shuiwu", "d-caizheng"].map {
                try LedgerDrawTests.plant(store, department: $0, day: closedOn, closed: true)
            }
        }()
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let store = try Store(path: daemon.statePath)
        #expect(
            DaemonProcess.eventually {
                let checks = ((try? store.ledgerChecks()) ?? []).filter { $0.kind == .recheck }
                return checks.count == 2 && checks.allSatisfy { !$0.logins.isEmpty }
                    && checks.allSatisfy { (try? store.draw(id: $0.drawID)?.revealedAt) != nil }
            }, "\(daemon.stderr)")
        return (daemon, store, planted)
    }

    @Test func aRecheckIsRecordedPassedOnceAndItsSamplesPopulationChecksThroughTheCLI() throws {
        let (daemon, store, planted) = try Self.startedWithTwoRechecks()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let check = try #require(try store.ledgerChecks().first { $0.kind == .recheck })
        let id = try #require(check.finding)
        #expect(planted.contains(id))
        func cli(_ arguments: [String]) throws -> (status: Int32, output: String) {
            try ControlTests.run(ControlTests.cli, ["findings"] + arguments + ["--socket", daemon.controlPath])
        }

        let listed = try cli(["checks", "--kind", "recheck", "--json"])
        #expect(listed.status == 0 && listed.output.contains(id.description), "\(listed.output)")
        let visit = "\(check.drawID)/\(check.department)"
        let passed = try cli(["check", visit, "--passed", "--note", "整改到位"])
        #expect(passed.status == 0 && passed.output.contains("passed"), "\(passed.output)")
        let again = try cli(["check", visit, "--failed", "--note", "改主意"])
        #expect(again.status == 65 && again.output.contains("checkOutcomeRecorded"), "\(again.output)")
        let shown = try cli(["show", id.description])
        #expect(shown.status == 0 && shown.output.contains("recheck.passed"), "\(shown.output)")
        #expect(try store.finding(id)?.state == .closed)

        // The sample as published (ledger-sample.json and the roster beside the record).
        let name = "ledger-ordered-\(check.drawID)"
        let folder = daemon.folder.appendingPathComponent("audit/\(check.day)/\(name)").path
        try FileManager.default.createDirectory(atPath: "\(folder)/roster", withIntermediateDirectories: true)
        let sample = try #require(try store.ledgerSample(drawID: check.drawID))
        try sample.write(toFile: "\(folder)/ledger-sample.json", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            atPath: "\(Harness.county)/departments.csv", toPath: "\(folder)/roster/departments.csv")
        let audited = try cli(["sample-check", folder])
        #expect(audited.status == 0 && audited.output.contains("(2 members)"), "\(audited.output)")
        let other = try #require(planted.first { $0 != id })
        var edited = try JSONDecoder().decode(LedgerSample.self, from: Data(sample.utf8))
        edited.population.removeAll { $0.id == other.description }
        try Data(edited.canonicalJSON).write(to: URL(fileURLWithPath: "\(folder)/ledger-sample.json"))
        let caught = try cli(["sample-check", folder, "--json"])
        let otherDepartment = other == planted[0] ? "d-shuiwu" : "d-caizheng"
        #expect(
            caught.status == 1 && caught.output.contains("\"missing\":[\"\(other) (\(otherDepartment))\"]"),
            "\(caught.output)")
    }
}
