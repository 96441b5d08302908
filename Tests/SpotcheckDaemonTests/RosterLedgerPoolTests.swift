import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// The name the problem ledger's draws are recorded under (`[ledger] draw_pool`) in a
/// department's `pools` column is refused, located, on import and by `--check-config`.
@Suite(.serialized) struct RosterLedgerPoolTests {
    @Test func anImportListingTheLedgersDrawPoolIsRefusedAtItsCell() throws {
        let harness = try SecrecyTests.harness(countyDraw: "07:00")
        try Self.importRefused(harness, config: harness.config, pool: "ledger")
        // The name is the configured one: another draw_pool is refused, and 'ledger' is then
        // only a pool no [[pool]] defines (the command line warns about it).
        var config = harness.config
        config.ledger.draws.pool = "checks"
        try Self.importRefused(harness, config: config, pool: "checks")
        #expect(try Self.importing(harness, config: config, pool: "ledger").answer.error == nil)
    }

    static func importing(
        _ harness: Harness, config: DaemonConfig, pool: String, department: Int = 1
    ) throws -> (answer: DeclarationTests.Answer, roster: Roster, departments: String) {
        try importing(harness, config: config) { $0.departments[department].pools.append(pool) }
    }

    /// A coordinator's import of the exported roster as `edit` changes it.
    static func importing(
        _ harness: Harness, config: DaemonConfig, edit: (inout Roster) -> Void
    ) throws -> (answer: DeclarationTests.Answer, roster: Roster, departments: String) {
        let control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
        let coordinator = DeclarationTests.person("zhangwei-coord", coordinator: true, uid: 5002)
        var roster = try DeclarationRosterTests.export(control, coordinator)
        edit(&roster)
        let files = RosterWriter.write(roster)
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        let imported = try DeclarationTests.call(
            control, coordinator, "io.spotcheck.ImportRoster",
            [
                "files": [
                    "departments": text(files.departments), "inspectors": text(files.inspectors),
                    "conflicts": text(files.conflicts), "history": text(files.history),
                ],
                "dry_run": false,
            ])
        return (imported, roster, text(files.departments))
    }

    /// An import whose second department lists `pool` is refused at that cell, nothing stored.
    static func importRefused(_ harness: Harness, config: DaemonConfig, pool: String) throws {
        let before = try harness.store.currentRoster()?.snapshotHash
        let (imported, roster, departments) = try importing(harness, config: config, pool: pool)
        #expect(imported.error == "io.spotcheck.RosterRejected", "\(imported)")
        let problems = try #require(imported.parameters["problems"] as? [[String: Any]])
        #expect(problems.count == 1, "\(problems)")
        let lines = departments.split(separator: "\n")
        let header = try #require(lines.first)
        let column = try #require(header.split(separator: ",").firstIndex(of: "pools")) + 1
        let line = try #require(lines.firstIndex { $0.hasPrefix("\(roster.departments[1].id),") }) + 1
        #expect(problems.first?["file"] as? String == "departments.csv")
        #expect(problems.first?["line"] as? Int == line)
        #expect(problems.first?["column"] as? Int == column)
        #expect(problems.first?["field"] as? String == "pools")
        let message = try #require(problems.first?["message"] as? String)
        #expect(message.contains("'\(pool)' is the name the problem ledger's draws are recorded under"), "\(message)")
        #expect(message.contains("take it out of this department's pools"), "\(message)")
        #expect(try harness.store.currentRoster()?.snapshotHash == before)
    }

    @Test func checkConfigRefusesARosterFolderListingTheLedgersDrawPool() throws {
        let daemon = try DaemonProcess()
        let roster = try RestoreProcedureTests.rosterBesideConfiguration(daemon)
        let path = "\(roster)/departments.csv"
        let departments = try String(contentsOfFile: path, encoding: .utf8)
        try departments.replacing(
            "d-fagai,青山县发展和改革局,,approval;fund-allocation,finance,county;key-posts,",
            with: "d-fagai,青山县发展和改革局,,approval;fund-allocation,finance,county;key-posts;ledger,"
        )
        .write(toFile: path, atomically: true, encoding: .utf8)
        for (locale, said) in [
            ("C.UTF-8", "'ledger' is the name the problem ledger's draws are recorded under"),
            ("zh_CN.UTF-8", "'ledger' 是问题台账抽签记录所用的名称"),
        ] {
            let checked = try ControlTests.run(
                DaemonProcess.binary.path, ["--check-config", "--config", daemon.configPath],
                environment: ["LANG": locale])
            #expect(checked.status == 78, "\(checked.output)")
            #expect(checked.output.contains("departments.csv:2:6: pools: " + said), "\(checked.output)")
        }
    }

    @Test func aDrawPoolTheStoredRosterListsIsRefusedAndTheRosterCanStillBeFixed() throws {
        let harness = try SecrecyTests.harness(countyDraw: "07:00")
        // Imported while the ledger's draws are recorded under 'ledger': 'xpool' is only a name.
        let (imported, roster, _) = try Self.importing(harness, config: harness.config, pool: "xpool")
        #expect(imported.error == nil, "\(imported)")
        let listed = roster.departments[1].id
        var config = harness.config
        config.ledger.draws.pool = "xpool"
        // Start-up and reload (CompositionCheck) and --check-config refuse the configuration.
        let errors = CompositionCheck.errors(config, store: harness.store)
        let error = try #require(errors.first { $0.field == "ledger.draw_pool" }, "\(errors)")
        #expect(error.message.contains("'xpool' is a pool of the departments \(listed)"), "\(error)")
        let checked = CheckConfigState.check(config, now: Date())
        #expect(
            "\(checked.refused.map { "\($0)" } ?? "")".contains("ledger.draw_pool"),
            "\(String(describing: checked.refused))")
        #expect(CompositionCheck.errors(harness.config, store: harness.store).isEmpty)
        #expect(CheckConfigState.check(harness.config, now: Date()).refused == nil)

        // A stored roster that lists it all the same (as before the rule): another department
        // may not take it up, and the edit that takes it out is accepted.
        let other = try Self.importing(harness, config: config, pool: "xpool", department: 2).answer
        #expect(other.error == "io.spotcheck.RosterRejected", "\(other)")
        let answer = try Self.importing(harness, config: config) { roster in
            roster.departments[1].pools.removeAll { $0 == "xpool" }
        }.answer
        #expect(answer.error == nil, "\(answer)")
        #expect(CompositionCheck.errors(config, store: harness.store).isEmpty)
    }
}
