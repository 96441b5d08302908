import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

#if canImport(Glibc)
    import Glibc
#endif

/// What the daemon publishes is what was committed and what went, and both verifiers accept it.
@Suite struct PublicRecordTests {
    static let verifier = Harness.packageRoot.appendingPathComponent("tools/verify_draw.py").path

    /// Both verifiers on one public record folder; returns their outputs when either fails.
    static func verifyBoth(_ folder: String, date: String, name: String, publicRoot: String) throws -> [String] {
        var failures: [String] = []
        let swift = try ControlTests.run(
            ControlTests.cli, ["verify", "--date", date, "--pool", name, "--public", publicRoot])
        if swift.status != 0 { failures.append("spotcheck verify \(name): \(swift.output)") }
        let python = try ControlTests.run("/usr/bin/env", ["python3", verifier, folder])
        if python.status != 0 { failures.append("verify_draw.py \(name): \(python.output)") }
        return failures
    }

    static func twoPools() throws -> Harness {
        try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "08:00"
                [[pool]]
                name = "key-posts"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "08:00"
                """)
    }

    @Test func everyRecordOfADayWithTwoPoolsAnOrderAndAReplacementVerifies() throws {
        // The scheduled draws of two pools, an order, then a replacement on the first draw.
        let harness = try Self.twoPools()
        try harness.tick("2026-12-01", "08:00")
        let drawn = Set(try harness.store.draws().compactMap { try $0.decodedRecord() }.flatMap(\.targets))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let target = try #require(roster.departments.map(\.id).sorted().first { !drawn.contains($0) })
        let ordered = try harness.engine.orderTargeted(
            pool: "county", departments: [target], reason: "群众投诉", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        let first = try #require(try harness.store.draws().first)
        let member = try #require(try first.decodedRecord()?.teams.first?.members.last)
        let replacement = try harness.engine.replace(
            drawID: first.id, inspector: member.inspector, with: nil, reason: "病假", actor: "coordinator",
            now: harness.at("2026-12-01", "10:00"), config: harness.config)
        // A roster edit after the draws changes nothing already committed.
        var edited = roster
        edited.conflicts.append(Conflict(inspector: roster.inspectors[0].id, department: target, reason: "新申报"))
        try harness.store.saveRoster(edited, source: "test", actor: "test", at: harness.at("2026-12-01", "11:00"))
        try harness.tick("2026-12-01", "18:00")

        let draws = try harness.store.draws()
        #expect(draws.count == 3 && draws.allSatisfy { $0.publishedAt != nil })
        var failures: [String] = []
        for draw in draws {
            let folder = Engine.publicFolder(draw, config: harness.config)
            let name = URL(fileURLWithPath: folder).lastPathComponent
            failures += try Self.verifyBoth(
                folder, date: "2026-12-01", name: name, publicRoot: harness.config.paths.publicRecords)
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // What went is published: the replacement, and the order's reason.
        let firstFolder = Engine.publicFolder(first, config: harness.config)
        let entries = try JSONDecoder().decode(
            [DaySoFar.Replacement].self,
            from: try #require(FileManager.default.contents(atPath: "\(firstFolder)/replacements.json")))
        #expect(entries.map(\.incoming) == [replacement.newInspector] && entries.map(\.outgoing) == [member.inspector])
        #expect(entries.first?.reason == "病假")
        let order = try #require(
            FileManager.default.contents(atPath: "\(Engine.publicFolder(ordered, config: harness.config))/order.json"))
        // The order's reason only as its category and a salted commitment (OrderReasonPrivacyTests).
        #expect(!String(decoding: order, as: UTF8.self).contains("群众投诉"))
        #expect(String(decoding: order, as: UTF8.self).contains("\"reasonCommitment\""))
        // An edited replacement entry is caught by both verifiers.
        var tampered = entries
        tampered[0].incoming =
            member.inspector == roster.inspectors[0].id ? roster.inspectors[1].id : roster.inspectors[0].id
        if tampered[0].incoming != replacement.newInspector {
            try JSONEncoder().encode(tampered).write(to: URL(fileURLWithPath: "\(firstFolder)/replacements.json"))
            let python = try ControlTests.run("/usr/bin/env", ["python3", Self.verifier, firstFolder])
            let swift = try ControlTests.run(
                ControlTests.cli,
                [
                    "verify", "--date", "2026-12-01", "--pool", first.pool, "--public",
                    harness.config.paths.publicRecords,
                ])
            #expect(python.status == 1 && swift.status == 1, "\(python.output)\n\(swift.output)")
        }
    }

    @Test func anHonestDayPublishesCommitmentsFirstAndARecordAnyoneCanVerify() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        let draw = try #require(try harness.store.draws().first)
        let folder = Engine.publicFolder(draw, config: harness.config)
        // At the draw time: the commitment is public, the result is not.
        let commitment = try #require(FileManager.default.contents(atPath: "\(folder)/commitment.json"))
        #expect(Array(commitment) == draw.commitment)
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/record.json"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/seed.hex"))
        let record = try #require(try draw.decodedRecord())
        let text = String(decoding: commitment, as: UTF8.self)
        for name in record.picks.map(\.department) + record.teams.flatMap({ $0.members.map(\.inspector) }) {
            #expect(!text.contains("\"\(name)\""), "the commitment names \(name)")
        }
        #expect(text.contains(draw.seedHash!) && text.contains(draw.policy!.hash) && !text.contains(draw.seed!.hex))
        #expect(record.commitment.canonicalJSON == Array(commitment))
        #expect(harness.events(.drawCommitted).first?.fields["POLICY_SHA256"] == draw.policy!.hash)

        try harness.tick("2026-12-01", "18:00")
        // Anyone can check it: an unprivileged user, with the verifier copied where they reach it.
        let tools = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spotcheck-tools-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        chmod(tools.path, 0o755)
        let script = tools.appendingPathComponent("verify_draw.py").path
        try FileManager.default.copyItem(atPath: Self.verifier, toPath: script)
        chmod(script, 0o755)
        chmod(harness.folder.path, 0o755)
        chmod(harness.config.paths.state, 0o711)
        let run: (status: Int32, output: String)
        if getuid() == 0 {
            run = try ControlTests.run("/usr/sbin/runuser", ["-u", "nobody", "--", "/usr/bin/python3", script, folder])
        } else {
            run = try ControlTests.run("/usr/bin/env", ["python3", script, folder])
        }
        #expect(run.status == 0, "\(run.output)")
        let conflicts = String(
            decoding: try #require(FileManager.default.contents(atPath: "\(folder)/roster/conflicts.csv")),
            as: UTF8.self)
        #expect(conflicts.hasPrefix("inspector,department,reason_commitment,until"))
    }
}
