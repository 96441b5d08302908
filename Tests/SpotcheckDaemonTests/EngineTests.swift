import Foundation
import SpotcheckProtocol
import Synchronization
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A daemon's state in a temporary folder, driven through `Engine.tick(now:)` with chosen times.
struct Harness {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let county = packageRoot.appendingPathComponent("deploy/examples/county").path

    let folder: URL
    let config: DaemonConfig
    let store: Store
    let sink = MemorySink()
    let engine: Engine
    let local: LocalTime

    /// - Parameter extra: TOML appended to a configuration with one pool `county` (draw 07:00,
    ///   reveal 08:00, day end 18:00, Asia/Shanghai, weekends off).
    /// - Parameter fault: called at each named step (see `Engine.fault`); a test throws there to
    ///   crash the engine at that step.
    /// - Parameter base: the folder the state goes in (a test may pass a memory file system).
    /// - Parameter roster: the roster folder (the county example unless told).
    init(
        base: URL = FileManager.default.temporaryDirectory, roster: String = Harness.county, pools: String? = nil,
        calendar: String = "", fault: (@Sendable (String) throws -> Void)? = nil
    ) throws {
        folder = base.appendingPathComponent("spotcheckd-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = """
            [paths]
            state = "state"
            roster = "\(roster)"
            [calendar]
            time_zone = "Asia/Shanghai"
            day_end = "18:00"
            \(calendar)
            \(pools ?? """
            [[pool]]
            name = "county"
            targets_per_day = 3
            draw_time = "07:00"
            reveal_time = "08:00"
            report_time = "08:30"
            """)
            """
        let path = folder.appendingPathComponent("spotcheckd.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        config = try DaemonLoader.loadConfig(path: path)
        try StateLayout.prepare(state: config.paths.state)
        store = try Store(path: config.paths.database)
        engine = Engine(store: store, events: EventLog(sinks: [sink]), seeds: Self.seeds(Counter()), fault: fault)
        local = LocalTime(zone: TimeZone(identifier: "Asia/Shanghai")!)
        #expect(DaemonLoader.loadRoster(config, store: store, events: EventLog(sinks: [sink])))
    }

    /// Seeds 1, 2, 3, … in the first byte, the same in every harness.
    static func seeds(_ counter: Counter) -> @Sendable () throws -> Seed {
        {
            var bytes = [UInt8](repeating: 7, count: 32)
            bytes[0] = UInt8(counter.next())
            return Seed(bytes: bytes)!
        }
    }

    /// A new engine over the same state files, as after a restart; journaling into the same sink.
    func restarted(fault: (@Sendable (String) throws -> Void)? = { _ in }) throws -> Engine {
        Engine(
            store: try Store(path: config.paths.database), events: EventLog(sinks: [sink]),
            seeds: Self.seeds(Counter(start: 100)), fault: fault)
    }

    func at(_ day: String, _ time: String) -> Date {
        local.instant(Day(iso: day)!, TimeOfDay(time)!)
    }

    @discardableResult
    func tick(_ day: String, _ time: String) throws -> Engine.NextEvent? {
        try engine.tick(now: at(day, time), config: config)
    }

    func events(_ event: Event) -> [EventEntry] {
        sink.recorded.filter { $0.event == event }
    }

    /// The logins whose task file of `day` holds an assignment.
    func taskFiles(_ day: String) -> [String] {
        let logins = (try? FileManager.default.contentsOfDirectory(atPath: config.paths.tasks)) ?? []
        return logins.filter { login in
            guard let data = FileManager.default.contents(atPath: taskPath(day, login)),
                let file = try? JSONDecoder().decode(TaskFile.self, from: data)
            else { return false }
            return !file.assignments.isEmpty
        }.sorted()
    }

    func taskPath(_ day: String, _ login: String) -> String {
        "\(config.paths.tasks)/\(login)/\(day).json"
    }
}

final class Counter: Sendable {
    private let value: Synchronization.Mutex<Int>

    init(start: Int = 0) {
        value = Synchronization.Mutex(start)
    }

    func next() -> Int {
        value.withLock {
            $0 += 1; return $0
        }
    }
}

@Suite struct ScheduleTests {
    // 2026-12-01 is a Tuesday.
    @Test func drawsAtTheDrawTimeAndNotBefore() throws {
        let harness = try Harness()
        let next = try harness.tick("2026-12-01", "06:59")
        #expect(try harness.store.draws().isEmpty)
        #expect(next?.description == "next draw: pool county, 2026-12-01 07:00")
        #expect(next?.at == harness.at("2026-12-01", "07:00"))

        try harness.tick("2026-12-01", "07:00")
        let draws = try harness.store.draws()
        #expect(draws.count == 1)
        #expect(draws.first?.state == .completed)
        let kinds = harness.sink.recorded.map(\.event).filter { $0 == .drawCommitted || $0 == .drawCompleted }
        #expect(kinds == [.drawCommitted, .drawCompleted])
        #expect(harness.events(.drawCommitted).first?.fields["SEED_SHA256"] == draws.first?.seedHash)
    }

    @Test func nothingNamesATargetBeforeTheRevealTime() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "07:59:59")
        let stored = try #require(try harness.store.draws().first)
        let record = try #require(try stored.decodedRecord())
        #expect(harness.taskFiles("2026-12-01").isEmpty)
        // Nor the record's hash, which would let a guess at the record be checked.
        let hash = try #require(stored.recordHash)
        let names = Set(
            record.picks.map(\.department) + record.teams.flatMap { $0.members.map(\.inspector) } + [hash])
        for entry in harness.sink.recorded {
            let text = ([entry.message] + entry.fields.values).joined(separator: " ")
            for name in names {
                #expect(!text.contains(name), "\(entry.event) names \(name) before the reveal: \(text)")
            }
        }
        // At the reveal time the files appear and the journal names the assignments.
        try harness.tick("2026-12-01", "08:00")
        let logins = Set(try harness.store.assignments().map(\.login))
        #expect(harness.taskFiles("2026-12-01") == logins.sorted())
        #expect(harness.events(.assignmentIssued).count == record.teams.count * 3)
    }

    @Test func taskFilesHoldTheTeamAndAreReadableOnlyByTheDaemon() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:05")
        let draw = try #require(try harness.store.draws().first)
        let assignments = try harness.store.assignments(drawID: draw.id)
        let assignment = try #require(assignments.first)
        let path = harness.taskPath("2026-12-01", assignment.login)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let file = try JSONDecoder().decode(TaskFile.self, from: data)
        #expect(file.schema == "spotcheck-task/2")
        #expect(file.inspector.id == assignment.inspector)
        #expect(file.assignments.count == 1)
        #expect(file.assignments[0].target.id == assignment.department)
        #expect(file.assignments[0].team.count == 3)
        #expect(file.assignments[0].team.filter { $0.role == "lead" }.count == 1)
        // Revealed at 08:05, late: 30 minutes' notice moves the report from 08:30 to 08:45.
        #expect(file.assignments[0].reportTime == "2026-12-01T08:45:00+08:00")
        #expect(file.assignments[0].recordSHA256 == draw.recordHash)
        #expect(file.checklist.map(\.code) == ["detached", "sluggish", "evasive", "arrogant", "hollow"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        // When the login exists as a Unix user (other tests create some), the ACL entry for it
        // shows as the group bits (the ACL mask): 0640 and 0750. Nobody else has any access.
        #expect([0o600, 0o640].contains(attributes[.posixPermissions] as? Int ?? -1))
        let folder = try FileManager.default.attributesOfItem(
            atPath: "\(harness.config.paths.tasks)/\(assignment.login)")
        #expect([0o700, 0o750].contains(folder[.posixPermissions] as? Int ?? -1))
        let tasks = try FileManager.default.attributesOfItem(atPath: harness.config.paths.tasks)
        #expect((tasks[.posixPermissions] as? Int) == 0o711)
    }

    @Test func aPoolsDayIsDrawnOnceHoweverOftenTheDaemonStarts() throws {
        let harness = try Harness()
        for time in ["07:00", "07:00", "07:01", "09:00", "12:00"] {
            // A new engine over the same store, as after a restart.
            let engine = Engine(
                store: try Store(path: harness.config.paths.database), events: EventLog(sinks: [harness.sink]))
            try engine.tick(now: harness.at("2026-12-01", time), config: harness.config)
        }
        #expect(try harness.store.draws().count == 1)
        #expect(harness.events(.drawCommitted).count == 1)
    }

    @Test func aCommittedDrawIsCompletedFromItsStoredSeedAfterACrash() throws {
        let harness = try Harness()
        // The crash: commitment stored, result never computed.
        let roster = try #require(try harness.store.currentRoster())
        let seed = Seed(bytes: [UInt8](repeating: 42, count: 32))!
        let committed = try harness.store.commit(
            Store.Commitment(
                pool: "county", date: Day(iso: "2026-12-01")!, kind: .scheduled, seed: seed,
                snapshotHash: try roster.roster().snapshotHash(seed: seed), previousRecordHash: nil,
                rosterVersionID: roster.id,
                policy: harness.config.pools[0].policy),
            at: harness.at("2026-12-01", "07:00"))
        try harness.tick("2026-12-01", "07:03")
        let draws = try harness.store.draws()
        #expect(draws.count == 1)
        #expect(draws[0].id == committed.id && draws[0].state == .completed)
        #expect(draws[0].seedHash == seed.commitment)
        let record = try #require(try draws[0].decodedRecord())
        #expect(
            verify(record, seed: seed, roster: try roster.roster(), policy: harness.config.pools[0].policy).reproduces)
    }

    @Test func aDayMissedEntirelyIsJournaledAndNeverDrawnAfterTheFact() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:30")
        // Down from Tuesday evening to Friday morning.
        try harness.tick("2026-12-04", "07:30")
        let draws = try harness.store.draws().map { ($0.date.description, $0.state) }
        #expect(draws.map(\.0) == ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"])
        #expect(draws.map(\.1) == [.completed, .missed, .missed, .completed])
        #expect(harness.events(.drawMissed).map { $0.fields["DATE"] } == ["2026-12-02", "2026-12-03"])
    }

    @Test func startingAfterTheDrawTimeDrawsAtOnceButAfterTheDayEndDoesNot() throws {
        let late = try Harness()
        try late.tick("2026-12-01", "15:00")
        #expect(try late.store.draws().first?.state == .completed)
        let tooLate = try Harness()
        try tooLate.tick("2026-12-01", "18:00")
        #expect(try tooLate.store.draws().first?.state == .missed)
        #expect(tooLate.events(.drawMissed).count == 1)
    }

    @Test func followsWeekendsHolidaysAndAdjustedWorkingDays() throws {
        let harness = try Harness(
            calendar: """
                holidays = ["2026-12-02"]
                working_days = ["2026-12-05"]
                """)
        for day in ["2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"] {
            try harness.tick(day, "09:00")
        }
        // Wednesday is a holiday, Saturday is worked, Sunday is not.
        #expect(try harness.store.draws().map(\.date.description) == ["2026-12-03", "2026-12-04", "2026-12-05"])
        #expect(try harness.store.draws().allSatisfy { $0.state == .completed })
        let next = try harness.tick("2026-12-06", "09:00")
        #expect(next?.description == "next draw: pool county, 2026-12-07 07:00")
    }

    @Test func publishesTheSeedAndAVerifiableRecordWhenTheDayIsOver() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        #expect(harness.events(.seedRevealed).isEmpty)
        try harness.tick("2026-12-01", "18:00")
        let revealed = try #require(harness.events(.seedRevealed).first)
        let folder = try #require(revealed.fields["PUBLIC_RECORD"])
        let seed = try #require(
            Seed(
                hex: String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(folder)/seed.hex")), as: UTF8.self)
                    .trimmingCharacters(in: .newlines)))
        #expect(revealed.fields["SEED"] == seed.hex)
        let record = try RecordCoding.decodeRecord(
            [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(folder)/record.json"))), file: "record.json")
        func read(_ name: String) throws -> RosterFiles.File {
            .init(name: name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(folder)/roster/\(name)"))))
        }
        // The published conflicts carry each reason's salted commitment, never the reason nor its
        // plain SHA-256 (which a list of guesses would open).
        let stored = try #require(try harness.store.currentRoster()).roster()
        let conflicts = String(decoding: try read("conflicts.csv").bytes, as: UTF8.self)
        #expect(conflicts.hasPrefix("inspector,department,reason_commitment,until\n"))
        for conflict in stored.conflicts {
            #expect(!conflicts.contains(conflict.reason), "the reason '\(conflict.reason)' is published")
            #expect(!conflicts.contains(sha256Hex(Array(conflict.reason.utf8))))
        }
        let roster = try RosterParser.parse(
            RosterFiles(
                departments: try read("departments.csv"), inspectors: try read("inspectors.csv"),
                conflicts: try read("conflicts.csv"), history: try read("history.csv")))
        #expect(verify(record, seed: seed, roster: roster, policy: harness.config.pools[0].policy).reproduces)
        // Published once.
        try harness.tick("2026-12-01", "19:00")
        #expect(harness.events(.seedRevealed).count == 1)
    }

    @Test func theNextDrawCommitsToThePreviousRecordAndSeesItsHistory() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        try harness.tick("2026-12-02", "08:00")
        let draws = try harness.store.draws()
        #expect(draws.count == 2)
        #expect(draws[1].previousRecordHash == draws[0].recordHash)
        // Yesterday's targets are cooling down (30 days in the default policy).
        let first = try #require(try draws[0].decodedRecord())
        let second = try #require(try draws[1].decodedRecord())
        #expect(Set(first.targets).isDisjoint(with: second.picks.map(\.department)))
    }

    @Test func aMissingTaskFileIsWrittenAgainFromTheStore() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let name = try #require(harness.taskFiles("2026-12-01").first)
        let path = harness.taskPath("2026-12-01", name)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path)
        try harness.tick("2026-12-01", "09:00")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    }

    @Test func twoPoolsOnOneDayRespectEachInspectorsDailyCap() throws {
        let harness = try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 6
                draw_time = "07:00"
                reveal_time = "08:00"
                [[pool]]
                name = "key-posts"
                targets_per_day = 6
                draw_time = "07:00"
                reveal_time = "08:00"
                """)
        try harness.tick("2026-12-01", "08:00")
        let assignments = try harness.store.assignments()
        #expect(Set(assignments.map(\.pool)) == ["county", "key-posts"])
        let roster = try #require(try harness.store.currentRoster()).roster()
        let caps = Dictionary(uniqueKeysWithValues: roster.inspectors.map { ($0.id, $0.dailyCap) })
        for (inspector, count) in Dictionary(grouping: assignments, by: \.inspector).mapValues(\.count) {
            #expect(count <= caps[inspector]!, "\(inspector) has \(count) inspections")
        }
        // One task file per inspector, with all of the day's assignments.
        #expect(harness.taskFiles("2026-12-01").count == Set(assignments.map(\.login)).count)
    }
}

@Suite struct ConfigTests {
    static func parse(_ text: String) throws(InputErrors) -> DaemonConfig {
        try DaemonConfig.parse(Array(text.utf8), file: "/etc/spotcheck/spotcheckd.toml")
    }

    static let pool = """
        [[pool]]
        name = "county"
        draw_time = "07:00"
        reveal_time = "08:00"
        """

    @Test func readsTheExampleConfiguration() throws {
        let config = try DaemonLoader.loadConfig(
            path: Harness.packageRoot.appendingPathComponent("deploy/spotcheckd.toml").path)
        #expect(config.pools.map(\.name) == ["county", "key-posts"])
        #expect(config.pools[1].policy.teamSize == 4 && config.pools[0].policy.teamSize == 3)
        #expect(config.pools[0].policy.targetsPerDraw == 3)
        #expect(config.calendar.workCalendar.isWorkingDay(Day(iso: "2026-10-10")!))
        #expect(!config.calendar.workCalendar.isWorkingDay(Day(iso: "2026-10-05")!))
        #expect(config.paths.database == "/var/lib/spotcheck/private/state.sqlite")
    }

    @Test func resolvesRelativePathsAgainstTheFilesFolder() throws {
        let config = try Self.parse("[paths]\nstate = \"state\"\nroster = \"../roster\"\n" + Self.pool)
        #expect(config.paths.state == "/etc/spotcheck/state")
        #expect(config.paths.roster == "/etc/roster")
        #expect(config.paths.tasks == "/etc/spotcheck/state/tasks")
    }

    @Test func refusesUnknownKeysWithTheirLine() {
        do {
            _ = try Self.parse("[calendar]\ntime_zone = \"Asia/Shanghai\"\nweekends = []\n" + Self.pool)
            Issue.record("accepted an unknown key")
        } catch {
            #expect(
                error.description == "/etc/spotcheck/spotcheckd.toml:3: calendar.weekends: unknown key in [calendar]")
        }
    }

    @Test func refusesBadTimesZonesAndOrder() {
        do {
            _ = try Self.parse(
                """
                [calendar]
                time_zone = "Mars/Olympus"
                [[pool]]
                name = "county"
                draw_time = "09:00"
                reveal_time = "08:00"
                report_time = "25:00"
                """)
            Issue.record("accepted a bad configuration")
        } catch {
            let text = error.description
            #expect(text.contains(":2: calendar.time_zone: 'Mars/Olympus' is not a known time zone"))
            #expect(text.contains("pool.reveal_time: 08:00 is before draw_time 09:00"))
            #expect(text.contains(":7: pool.report_time: '25:00' is not HH:MM"))
        }
    }

    @Test func needsAPool() {
        #expect(throws: InputErrors.self) { try Self.parse("[calendar]\nday_end = \"18:00\"\n") }
    }
}

@Suite struct RosterReloadTests {
    @Test func aBadRosterIsRefusedWholeAndThePreviousOneStays() throws {
        let harness = try Harness()
        let before = try #require(try harness.store.currentRoster())
        // A copy of the roster with one bad line.
        let folder = harness.folder.appendingPathComponent("roster")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv"] {
            try FileManager.default.copyItem(
                atPath: "\(Harness.county)/\(name)", toPath: folder.appendingPathComponent(name).path)
        }
        let departments = folder.appendingPathComponent("departments.csv")
        try (try String(contentsOf: departments, encoding: .utf8) + "d-bad,坏,-3,,,county,\n")
            .write(to: departments, atomically: true, encoding: .utf8)
        var config = harness.config
        config.paths.roster = folder.path
        #expect(!DaemonLoader.loadRoster(config, store: harness.store, events: EventLog(sinks: [harness.sink])))
        #expect(try harness.store.currentRoster() == before)
        let rejected = try #require(harness.events(.rosterRejected).first)
        #expect(rejected.message.contains("departments.csv:42:3: weight: '-3' is not a whole number"))
        // Fixed, it is taken.
        try (try String(contentsOf: departments, encoding: .utf8)).replacing(",-3,", with: ",3,")
            .write(to: departments, atomically: true, encoding: .utf8)
        #expect(DaemonLoader.loadRoster(config, store: harness.store, events: EventLog(sinks: [harness.sink])))
        #expect(try harness.store.currentRoster()?.id != before.id)
        #expect(try harness.store.auditTrail().filter { $0.action == "roster.loaded" }.count == 2)
    }
}

@Suite struct ReplacementTests {
    @Test func aReplacementMeetsEveryRuleAndRewritesTheTaskFiles() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let record = try #require(try draw.decodedRecord())
        let team = record.teams[0]
        let leaving = try #require(team.members.first { $0.role == .member })
        let oldLogin = try #require(
            try harness.store.assignments(drawID: draw.id).first { $0.inspector == leaving.inspector }?.login)

        let replacement = try harness.engine.replace(
            drawID: draw.id, inspector: leaving.inspector, with: nil, reason: "病假", actor: "test",
            now: harness.at("2026-12-01", "08:10"), config: harness.config)
        #expect(replacement.department == team.department && replacement.role == "member")

        // The newcomer passes the core's rules against the day's round.
        let roster = try #require(try harness.store.currentRoster()).roster()
        let others = record.teams.filter { $0.department != team.department }
        let eligibility = try Eligibility(roster: roster, policy: draw.policy!, date: draw.date, round: others)
        #expect(eligibility.why(inspector: replacement.newInspector, department: team.department) == .eligible)
        #expect(!record.teams.flatMap(\.members).contains { $0.inspector == replacement.newInspector })

        // Task files: the one who left is told they are withdrawn (no team), the team sees the newcomer.
        let left = try JSONDecoder().decode(
            TaskFile.self, from: Data(contentsOf: URL(fileURLWithPath: harness.taskPath("2026-12-01", oldLogin))))
        #expect(left.assignments.map(\.status) == ["withdrawn"] && left.assignments.allSatisfy(\.team.isEmpty))
        let newLogin = try #require(roster.inspectors.first { $0.id == replacement.newInspector }?.login)
        let file = try JSONDecoder().decode(
            TaskFile.self, from: Data(contentsOf: URL(fileURLWithPath: harness.taskPath("2026-12-01", newLogin))))
        #expect(file.assignments.first?.team.map(\.id).contains(replacement.newInspector) == true)
        #expect(file.assignments.first?.team.map(\.id).contains(leaving.inspector) == false)
        #expect(harness.events(.inspectorReplaced).first?.fields["NEW_INSPECTOR"] == replacement.newInspector)
        #expect(try harness.store.auditTrail().contains { $0.action == "assignment.replaced" })
        // The record itself is unchanged and still verifies.
        #expect(try harness.store.draws().first?.record == draw.record)
    }

    @Test func aRequestedReplacementIsRefusedWithTheReasonWhyGives() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let team = try #require(try draw.decodedRecord()?.teams.first)
        let roster = try #require(try harness.store.currentRoster()).roster()
        // Someone who works in the target department.
        let insider = try #require(roster.inspectors.first { $0.home == team.department })
        let eligibility = try Eligibility(roster: roster, policy: draw.policy!, date: draw.date)
        guard case .excluded(let reasons) = eligibility.why(inspector: insider.id, department: team.department) else {
            Issue.record("the insider should be excluded")
            return
        }
        let member = team.members.last!.inspector
        #expect {
            try harness.engine.replace(
                drawID: draw.id, inspector: member, with: insider.id, reason: "x", actor: "test",
                now: harness.at("2026-12-01", "08:10"), config: harness.config)
        } throws: { error in
            guard case Engine.ReplaceError.notEligible(_, let found) = error else { return false }
            return reasons.allSatisfy { found.contains($0.message) }
        }
        // Nothing changed.
        #expect(try harness.store.assignments(drawID: draw.id).contains { $0.inspector == member })
        // After the day is over, nothing is replaced.
        try harness.tick("2026-12-01", "18:00")
        #expect(throws: Engine.ReplaceError.dayOver(draw.id)) {
            try harness.engine.replace(
                drawID: draw.id, inspector: member, with: nil, reason: "x", actor: "test",
                now: harness.at("2026-12-01", "18:10"), config: harness.config)
        }
    }
}
