import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckStore
import Synchronization
import Testing

/// Two coordinators editing the roster at once: every edit is applied or refused, never lost.
@Suite(.serialized) struct RosterEditRaceTests {
    static func roster(_ folder: String) throws -> Roster {
        func bytes(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)")))
        }
        return try RosterParser.parse(
            RosterWriter.Files(
                departments: try bytes("departments.csv"), inspectors: try bytes("inspectors.csv"),
                conflicts: try bytes("conflicts.csv"), history: try bytes("history.csv")
            ).named(in: folder))
    }

    static func write(_ roster: Roster, to folder: String) throws {
        let files = RosterWriter.write(roster)
        for (name, bytes) in [
            ("departments.csv", files.departments), ("inspectors.csv", files.inspectors),
            ("conflicts.csv", files.conflicts), ("history.csv", files.history),
        ] {
            try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
        }
    }

    @Test func concurrentEditsAreEachAppliedOrRefusedNeverSilentlyLost() throws {
        let daemon = try DailyUseTests.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let folder = daemon.folder.appendingPathComponent("race").path
        #expect(try RosterEditTests.spotcheck(daemon, ["export", folder]).status == 0)
        let departments = Array(try Self.roster(folder).departments.map(\.id).prefix(8))
        let outcomes = Mutex<[String: (Int32, String)]>([:])
        let socket = daemon.controlPath
        for round in 0..<2 {
            let weight = 40 + round
            DispatchQueue.concurrentPerform(iterations: departments.count) { index in
                let id = departments[index]
                let arguments: [String] =
                    index % 2 == 0
                    ? ["departments", "set", id, "--weight", String(weight)]
                    : ["conflicts", "add", "i0\(10 + index)", id, "--reason", "spouse works there \(round)"]
                let result =
                    (try? ControlTests.run(ControlTests.cli, arguments, environment: ["SPOTCHECK_SOCKET": socket]))
                    ?? (-1, "did not run")
                outcomes.withLock { $0[id] = result }
            }
            let roster = try Store(path: daemon.statePath).currentRoster().map { try $0.roster() }
            let stored = try #require(roster)
            for (index, id) in departments.enumerated() {
                let (status, output) = try #require(outcomes.withLock { $0[id] })
                if status == 0 {
                    // A conflict declared in an earlier round is already there: no change.
                    #expect(output.contains("Applied") || output.contains("No change"), "\(output)")
                    if index % 2 == 0 {
                        #expect(
                            stored.departments.first { $0.id == id }?.weight == weight,
                            "\(id): told Applied, weight not in the roster")
                    } else {
                        #expect(
                            stored.conflicts.contains { $0.inspector == "i0\(10 + index)" && $0.department == id },
                            "\(id): conflict told Applied, not in the roster")
                    }
                } else {
                    // Refused loudly: changed meanwhile (or refused by the rules), never silently.
                    #expect(status == 65, "\(output)")
                }
            }
        }
    }

    @Test func anEditOnAnOlderExportCannotUndoAContactChangeAndImportNeedsItsBase() throws {
        let daemon = try DailyUseTests.started(drawIn: 3600, revealIn: 3700)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let older = daemon.folder.appendingPathComponent("older").path
        let mine = daemon.folder.appendingPathComponent("mine").path
        #expect(try RosterEditTests.spotcheck(daemon, ["export", older]).status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(older)/.spotcheck-base"))
        #expect(try RosterEditTests.spotcheck(daemon, ["export", mine]).status == 0)

        // A changes a department's contacts: applied and listed.
        var roster = try Self.roster(mine)
        let index = try #require(roster.departments.firstIndex { $0.id == "d-shuiwu" })
        roster.departments[index].contacts = ["zhaolei"]
        try Self.write(roster, to: mine)
        let changed = try RosterEditTests.spotcheck(daemon, ["import", mine])
        #expect(changed.status == 0 && changed.output.contains("department d-shuiwu"), "\(changed.output)")

        // A fresh export shows the contact as stored now.
        let fresh = daemon.folder.appendingPathComponent("fresh").path
        #expect(try RosterEditTests.spotcheck(daemon, ["export", fresh]).status == 0)
        #expect(try Self.roster(fresh).departments.first { $0.id == "d-shuiwu" }?.contacts == ["zhaolei"])

        // B's edit made on the older export is refused; nothing changes.
        var stale = try Self.roster(older)
        let other = try #require(stale.departments.firstIndex { $0.id == "d-fagai" })
        stale.departments[other].weight = 7
        try Self.write(stale, to: older)
        let refused = try RosterEditTests.spotcheck(daemon, ["import", older])
        #expect(refused.status == 65 && refused.output.contains("changed on the daemon meanwhile"), "\(refused.output)")
        #expect(try Store(path: daemon.statePath).contactDepartments(of: "zhaolei") == ["d-shuiwu"])

        // The same through `departments set` on a roster fetched before the contact change is
        // what the daemon's version check covers: contacts are part of it.
        let edited = try RosterEditTests.spotcheck(daemon, ["departments", "set", "d-fagai", "--weight", "8"])
        #expect(edited.status == 0, "\(edited.output)")
        #expect(try Store(path: daemon.statePath).contactDepartments(of: "zhaolei") == ["d-shuiwu"])

        // A folder without the base of its export is refused unless forced, and forcing says so
        // and lists the contact change it overwrites.
        try FileManager.default.removeItem(atPath: "\(older)/.spotcheck-base")
        let unbased = try RosterEditTests.spotcheck(daemon, ["import", older])
        #expect(unbased.status == 65 && unbased.output.contains(".spotcheck-base"), "\(unbased.output)")
        let forced = try RosterEditTests.spotcheck(daemon, ["import", older, "--force"])
        #expect(forced.status == 0 && forced.output.contains("--force: replacing"), "\(forced.output)")
        #expect(forced.output.contains("~ department d-shuiwu"), "\(forced.output)")
        #expect(try Store(path: daemon.statePath).contactDepartments(of: "zhaolei").isEmpty)
    }
}
