import Foundation
import SpotcheckProtocol
import Synchronization
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// The engine dies at one named step (the first time it is reached).
struct SimulatedCrash: Error {}

final class Trap: Sendable {
    let step: String
    private let state = Mutex(false)

    init(_ step: String) {
        self.step = step
    }

    var fired: Bool { state.withLock { $0 } }

    var fault: @Sendable (String) throws -> Void {
        { [self] reached in
            guard reached == step else { return }
            let first = state.withLock { fired in
                defer { fired = true }
                return !fired
            }
            if first { throw SimulatedCrash() }
        }
    }
}

/// Store, task files, public records and journal agree.
enum Consistency {
    static func check(_ harness: Harness, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let store = try Store(path: harness.config.paths.database)
        let draws = try store.draws().filter { $0.state != .missed }
        let recorded = harness.sink.recorded
        for draw in draws {
            #expect(draw.state == .completed, "draw \(draw.id) left \(draw.state)", sourceLocation: sourceLocation)
            #expect(draw.journaledAt != nil, "draw \(draw.id) not marked journaled", sourceLocation: sourceLocation)
            let commitments = recorded.indices.filter {
                recorded[$0].event == .drawCommitted && recorded[$0].fields["DRAW_ID"] == String(draw.id)
            }
            #expect(!commitments.isEmpty, "draw \(draw.id): no commitment journaled", sourceLocation: sourceLocation)
            for index in commitments {
                #expect(recorded[index].fields["SEED_SHA256"] == draw.seedHash, sourceLocation: sourceLocation)
                #expect(recorded[index].fields["SNAPSHOT_SHA256"] == draw.snapshotHash, sourceLocation: sourceLocation)
                if draw.kind == .targeted {
                    #expect(recorded[index].fields["ORDERED_BY"] == draw.orderedBy, sourceLocation: sourceLocation)
                    #expect(recorded[index].fields["REASON"] == draw.orderReason, sourceLocation: sourceLocation)
                }
            }
            if let completed = recorded.firstIndex(where: {
                $0.event == .drawCompleted && $0.fields["DRAW_ID"] == String(draw.id)
            }) {
                #expect(
                    commitments.first.map { $0 < completed } == true,
                    "draw \(draw.id) completed before its commitment was journaled", sourceLocation: sourceLocation)
            }
        }
        // Every commitment is public as stored, from the moment it is journaled.
        for draw in draws {
            let path = "\(Engine.publicFolder(draw, config: harness.config))/commitment.json"
            #expect(
                FileManager.default.contents(atPath: path).map { [UInt8]($0) } == draw.commitment,
                "\(path) differs from the stored commitment", sourceLocation: sourceLocation)
        }
        for replacement in try draws.flatMap({ try store.replacements(drawID: $0.id) }) {
            #expect(
                recorded.contains {
                    $0.event == .inspectorReplaced && $0.fields["NEW_INSPECTOR"] == replacement.newInspector
                        && $0.fields["DRAW_ID"] == String(replacement.drawID)
                }, "replacement by \(replacement.newInspector) not journaled", sourceLocation: sourceLocation)
        }
        #expect(try store.unjournaledReplacements().isEmpty, sourceLocation: sourceLocation)

        // Task files: every login's file of each revealed day holds exactly its revealed
        // assignments with the current teams; no day without a revealed draw has files.
        let tasks = harness.config.paths.tasks
        let logins = (try? FileManager.default.contentsOfDirectory(atPath: tasks)) ?? []
        let revealedDays = Set(draws.filter { $0.revealedAt != nil }.map(\.date))
        for day in Set(draws.map(\.date)) {
            for login in logins {
                let path = "\(tasks)/\(login)/\(day).json"
                guard revealedDays.contains(day) else {
                    #expect(
                        !FileManager.default.fileExists(atPath: path), "\(path) before the reveal",
                        sourceLocation: sourceLocation)
                    continue
                }
                let data = try #require(FileManager.default.contents(atPath: path), "\(path) missing")
                let file = try JSONDecoder().decode(TaskFile.self, from: data)
                let expected = Set(
                    try store.revealedAssignments(on: day, login: login).map {
                        "\($0.drawID) \($0.department) \($0.role)"
                    })
                let standing = file.assignments.filter { $0.status == nil }
                let found = Set(standing.map { "\($0.drawID) \($0.target.id) \($0.role)" })
                #expect(found == expected, "\(path)", sourceLocation: sourceLocation)
                // A replacement leaves the one who left a withdrawn assignment, with no team.
                for withdrawn in file.assignments where withdrawn.status != nil {
                    #expect(withdrawn.status == "withdrawn" && withdrawn.team.isEmpty, sourceLocation: sourceLocation)
                    #expect(
                        try store.replacements(drawID: withdrawn.drawID).contains {
                            $0.department == withdrawn.target.id && $0.oldInspector == file.inspector.id
                        }, "\(path): withdrawn without a replacement", sourceLocation: sourceLocation)
                }
                for assignment in standing {
                    let team = Set(
                        try store.assignments(drawID: assignment.drawID).filter {
                            $0.department == assignment.target.id
                        }.map(\.inspector))
                    #expect(Set(assignment.team.map(\.id)) == team, "\(path): team", sourceLocation: sourceLocation)
                }
            }
        }
        // Public records as stored.
        for draw in draws where draw.publishedAt != nil {
            let name = draw.kind == .scheduled ? draw.pool : "\(draw.pool)-ordered-\(draw.id)"
            let folder = "\(harness.config.paths.publicRecords)/\(draw.date)/\(name)"
            #expect(
                FileManager.default.contents(atPath: "\(folder)/record.json").map { [UInt8]($0) } == draw.record,
                sourceLocation: sourceLocation)
            #expect(
                FileManager.default.contents(atPath: "\(folder)/seed.hex") == Data((draw.seed!.hex + "\n").utf8),
                sourceLocation: sourceLocation)
        }
        // No temporary file left anywhere.
        for folder in [tasks, harness.config.paths.publicRecords] {
            let leftovers = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter {
                $0.contains(".tmp-")
            }
            #expect(leftovers.isEmpty, "\(leftovers)", sourceLocation: sourceLocation)
        }
    }
}

/// A crash at each step of each operation, then a restart: state and files agree.
@Suite struct CrashTests {
    static let scheduleSteps = [
        "draw.committed", "draw.journaled", "draw.completed", "reveal.partial", "reveal.written",
        "reveal.journaled", "publish.partial", "publish.written", "publish.journaled",
    ]

    /// Runs `body` with the harness's engine; on a simulated crash, runs it again with a fresh
    /// engine over the same files (a restart).
    static func surviving(_ harness: Harness, _ engine: inout Engine, _ body: (Engine) throws -> Void) throws {
        do {
            try body(engine)
        } catch is SimulatedCrash {
            engine = try harness.restarted()
            try body(engine)
        }
    }

    @Test(arguments: scheduleSteps)
    func aScheduledDayCompletesAfterACrashAt(_ step: String) throws {
        let trap = Trap(step)
        let harness = try Harness(fault: trap.fault)
        var engine = harness.engine
        for time in ["07:00", "08:00", "18:00"] {
            try Self.surviving(harness, &engine) {
                try $0.tick(now: harness.at("2026-12-01", time), config: harness.config)
            }
            try Consistency.check(harness)
        }
        #expect(trap.fired)
        let draws = try harness.store.draws()
        #expect(draws.count == 1 && draws[0].publishedAt != nil)
        let record = try #require(try draws[0].decodedRecord())
        // The snapshot the draw committed to (grammar 3: the roster as its date reads it).
        let roster = try #require(try harness.engine.committedRoster(draws[0]))
        #expect(roster.snapshotGrammar == Roster.publishedGrammar)
        #expect(verify(record, seed: draws[0].seed!, roster: roster, policy: draws[0].policy!).reproduces)
    }

    @Test(arguments: ["replace.stored", "replace.journaled", "replace.partial"])
    func aReplacementIsWholeAfterACrashAt(_ step: String) throws {
        let trap = Trap(step)
        let harness = try Harness(fault: trap.fault)
        var engine = harness.engine
        try engine.tick(now: harness.at("2026-12-01", "08:00"), config: harness.config)
        let draw = try #require(try harness.store.draws().first)
        let member = try #require(try draw.decodedRecord()?.teams.first?.members.last)
        do {
            _ = try engine.replace(
                drawID: draw.id, inspector: member.inspector, with: nil, reason: "病假", actor: "test",
                now: harness.at("2026-12-01", "08:10"), config: harness.config)
        } catch is SimulatedCrash {
            engine = try harness.restarted()
            try engine.tick(now: harness.at("2026-12-01", "08:11"), config: harness.config)
        }
        #expect(trap.fired)
        #expect(try harness.store.replacements(drawID: draw.id).count == 1)
        try Consistency.check(harness)
    }

    @Test(arguments: ["draw.committed", "draw.journaled", "draw.completed", "reveal.partial", "reveal.journaled"])
    func anOrderIsWholeAfterACrashAt(_ step: String) throws {
        let harness = try Harness()
        var engine = harness.engine
        try engine.tick(now: harness.at("2026-12-01", "08:00"), config: harness.config)
        // The scheduled draw is done; now the order crashes at `step`.
        let ordering = Trap(step)
        engine = try harness.restarted(fault: ordering.fault)
        do {
            _ = try engine.orderTargeted(
                pool: "county", departments: ["d-shuiwu"], reason: "群众投诉", actor: "coordinator",
                now: harness.at("2026-12-01", "09:00"), config: harness.config)
        } catch is SimulatedCrash {
            engine = try harness.restarted()
            try engine.tick(now: harness.at("2026-12-01", "09:01"), config: harness.config)
        }
        #expect(ordering.fired)
        let ordered = try #require(try harness.store.draws().last)
        #expect(ordered.kind == .targeted && ordered.revealedAt != nil)
        #expect(try harness.store.auditTrail().contains { $0.action == "draw.ordered" && $0.detail.contains("群众投诉") })
        try Consistency.check(harness)
    }

    @Test func anImportIsOneTransactionAndSurvivesACrashBeforeItIsJournaled() throws {
        let trap = Trap("import.stored")
        let harness = try Harness(fault: trap.fault)
        let control = SecrecyTests.control(harness)
        let stored = try #require(try harness.store.currentRoster())
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        let departments = text(stored.files.departments) + "d-new,新设局,3,,,county,\n"
        let request = ControlMessages.ImportParameters(
            files: ControlMessages.Files(
                departments: departments, inspectors: text(stored.files.inspectors),
                conflicts: text(stored.files.conflicts), history: text(stored.files.history)),
            baseSha256: nil, dryRun: false)
        let reply = SecrecyTests.call(control, "ImportRoster", request, as: SecrecyTests.coordinator)
        #expect(trap.fired, "\(reply)")
        // The restart reads the CSV folder only while the roster is not kept through the socket.
        #expect(
            DaemonLoader.loadRoster(
                harness.config, store: try Store(path: harness.config.paths.database), events: EventLog(sinks: [])))
        let current = try #require(try harness.store.currentRoster())
        #expect(current.id != stored.id)
        #expect(try current.roster().departments.contains { $0.id == "d-new" })
        #expect(try harness.store.setting("roster_source") == "control")
    }

    @Test func leftoverTemporaryFilesGoAndEveryTaskFileIsRewrittenAtStart() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let login = try #require(harness.taskFiles("2026-12-01").first)
        let path = harness.taskPath("2026-12-01", login)
        let original = try #require(FileManager.default.contents(atPath: path))
        // A kill left a temporary file, and a file was changed behind the daemon's back.
        try Data("half".utf8).write(to: URL(fileURLWithPath: "\(path).tmp-99999"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
        try harness.restarted().tick(now: harness.at("2026-12-01", "08:30"), config: harness.config)
        #expect(FileManager.default.contents(atPath: path) == original)
        #expect(!FileManager.default.fileExists(atPath: "\(path).tmp-99999"))
        try Consistency.check(harness)
    }

    @Test func aCommitmentStoredButNotJournaledIsJournaledBeforeItIsComputed() throws {
        let harness = try Harness()
        let roster = try #require(try harness.store.currentRoster())
        _ = try harness.store.commit(
            Store.Commitment(
                pool: "county", date: Day(iso: "2026-12-01")!, kind: .scheduled,
                seed: Seed(bytes: [UInt8](repeating: 9, count: 32))!,
                snapshotHash: try roster.roster().snapshotHash(seed: Seed(bytes: [UInt8](repeating: 9, count: 32))!),
                previousRecordHash: nil, rosterVersionID: roster.id, policy: harness.config.pools[0].policy),
            at: harness.at("2026-12-01", "07:00"))
        #expect(try harness.store.unjournaledDraws().count == 1)
        try harness.restarted().tick(now: harness.at("2026-12-01", "07:01"), config: harness.config)
        let kinds = harness.sink.recorded.map(\.event).filter { $0 == .drawCommitted || $0 == .drawCompleted }
        #expect(kinds == [.drawCommitted, .drawCompleted])
        #expect(try harness.store.unjournaledDraws().isEmpty)
        try Consistency.check(harness)
    }

    @Test func aDatabaseReplacedOrDeletedUnderTheEngineStopsItBeforeAnyStep() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:30")
        let path = harness.config.paths.database
        try FileManager.default.moveItem(atPath: path, toPath: path + ".moved")
        #expect {
            try harness.tick("2026-12-02", "07:30")
        } throws: { error in
            guard case StoreError.databaseReplaced(_, let deleted) = error else { return false }
            return deleted && "\(error)".contains("deleted")
        }
        // A fresh database in its place is another file, not the one the engine opened.
        _ = try Store(path: path)
        #expect {
            try harness.engine.replace(
                drawID: 1, inspector: "i001", with: nil, reason: "x", actor: "test",
                now: harness.at("2026-12-01", "09:00"), config: harness.config)
        } throws: { error in
            guard case StoreError.databaseReplaced(_, let deleted) = error else { return false }
            return !deleted
        }
        #expect(try Store(path: path).draws().isEmpty)
    }
}
