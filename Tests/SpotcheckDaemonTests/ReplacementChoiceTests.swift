import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A replacement says how its newcomer was chosen: by the published rule, which both verifiers
/// recompute, or by a coordinator (hand-picked), which is published as such.
@Suite struct ReplacementChoiceTests {
    /// A day with one replacement by the rule (entry 0) and one hand-picked (entry 1) on the first
    /// team, published.
    static func publishedDay(
        beforeDayEnd: (Harness, StoredDraw, _ handPicked: String, _ byRule: String) throws -> Void = { _, _, _, _ in }
    ) throws -> (Harness, StoredDraw, String, [DaySoFar.Replacement]) {
        let harness = try Harness()
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let team = try #require(try draw.decodedRecord()?.teams.first)
        let members = team.members.map(\.inspector)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let byRule = try harness.engine.replace(
            drawID: draw.id, inspector: members[members.count - 1], with: nil, reason: "病假", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        var handPicked: String?
        for candidate in roster.inspectors.map(\.id).sorted() where handPicked == nil {
            if (try? harness.engine.replace(
                drawID: draw.id, inspector: members[0], with: candidate, reason: "出差", actor: "coordinator",
                now: harness.at("2026-12-01", "09:30"), config: harness.config)) != nil
            {
                handPicked = candidate
            }
        }
        try beforeDayEnd(harness, draw, try #require(handPicked), byRule.newInspector)
        try harness.tick("2026-12-01", "18:00")
        let folder = Engine.publicFolder(try #require(try harness.store.draw(id: draw.id)), config: harness.config)
        let entries = try JSONDecoder().decode(
            [DaySoFar.Replacement].self,
            from: try #require(FileManager.default.contents(atPath: "\(folder)/replacements.json")))
        return (harness, draw, folder, entries)
    }

    static func verify(_ harness: Harness, _ folder: String, pool: String) throws -> (swift: String, python: String) {
        let python = try ControlTests.run("/usr/bin/env", ["python3", PublicRecordTests.verifier, folder])
        let swift = try ControlTests.run(
            ControlTests.cli,
            ["verify", "--date", "2026-12-01", "--pool", pool, "--public", harness.config.paths.publicRecords])
        return (
            swift.status == 0 ? "" : swift.output + " (exit \(swift.status))",
            python.status == 0 ? "" : python.output + " (exit \(python.status))"
        )
    }

    @Test func aReplacementIsPublishedAsTheRulesChoiceOrAsHandPickedAndBothVerify() throws {
        let (harness, draw, folder, entries) = try Self.publishedDay()
        #expect(entries.map(\.chosenBy) == ["rule", "coordinator"])
        let text = String(
            decoding: try #require(FileManager.default.contents(atPath: "\(folder)/replacements.json")), as: UTF8.self)
        #expect(text.contains("\"chosenBy\" : \"coordinator\""))
        let result = try Self.verify(harness, folder, pool: draw.pool)
        #expect(result.swift.isEmpty && result.python.isEmpty, "\(result)")
    }

    @Test func aRuleEntryNamingAnotherValidInspectorIsRefusedByBothVerifiers() throws {
        let (harness, draw, folder, entries) = try Self.publishedDay()
        let stored = try #require(try harness.store.draw(id: draw.id))
        let record = try #require(try stored.decodedRecord())
        let committed = try #require(try harness.engine.committedRoster(stored))
        let policy = stored.policy ?? Policy()
        // The attacker's edit: another inspector with whom every entry is still valid, the file
        // rewritten canonically (salts depend on the place only; links re-made as needed).
        let other = committed.inspectors.map(\.id).sorted().first { id in
            guard id != entries[0].incoming else { return false }
            var edited = entries
            edited[0].incoming = id
            return verifyReplacements(edited, of: record, roster: committed, policy: policy).isEmpty
        }
        let swap = try #require(other, "no other valid inspector in this roster")
        var tampered = entries
        tampered[0].incoming = swap
        try Data(DaySoFar.Replacement.canonicalJSON(tampered)).write(
            to: URL(fileURLWithPath: "\(folder)/replacements.json"))
        let result = try Self.verify(harness, folder, pool: draw.pool)
        #expect(result.swift.contains("replacements[0].in: \(swap) is marked as the rule's choice"), "\(result.swift)")
        #expect(
            result.python.contains("replacements[0].in: \(swap) is marked as the rule's choice"), "\(result.python)")
        #expect(result.swift.contains("replacements.json"))
        // Passing over someone the rule does not meet before the newcomer is named too.
        var skipped = entries
        skipped[0].passedOver = [entries[0].incoming]
        try Data(DaySoFar.Replacement.canonicalJSON(skipped)).write(
            to: URL(fileURLWithPath: "\(folder)/replacements.json"))
        let passed = try Self.verify(harness, folder, pool: draw.pool)
        #expect(passed.swift.contains("replacements[0].passedOver: \(entries[0].incoming)"), "\(passed.swift)")
        #expect(passed.python.contains("replacements[0].passedOver: \(entries[0].incoming)"), "\(passed.python)")
        // The same inspector marked hand-picked is valid, and accepted.
        tampered[0].chosenBy = "coordinator"
        try Data(DaySoFar.Replacement.canonicalJSON(tampered)).write(
            to: URL(fileURLWithPath: "\(folder)/replacements.json"))
        let accepted = try Self.verify(harness, folder, pool: draw.pool)
        #expect(accepted.swift.isEmpty && accepted.python.isEmpty, "\(accepted)")
    }

    @Test func entriesMadeBeforeTheChoiceWasRecordedKeepVerifyingByteForByte() throws {
        let (harness, draw, folder, entries) = try Self.publishedDay()
        var old = entries
        for index in old.indices { old[index].chosenBy = nil }
        let bytes = DaySoFar.Replacement.canonicalJSON(old)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("chosenBy"))
        try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/replacements.json"))
        let result = try Self.verify(harness, folder, pool: draw.pool)
        #expect(result.swift.isEmpty && result.python.isEmpty, "\(result)")
        // An unknown value is named.
        var odd = entries
        odd[1].chosenBy = "lottery"
        try Data(DaySoFar.Replacement.canonicalJSON(odd)).write(to: URL(fileURLWithPath: "\(folder)/replacements.json"))
        let refused = try Self.verify(harness, folder, pool: draw.pool)
        #expect(
            refused.swift.contains("replacements[1].chosenBy") && refused.python.contains("replacements[1].chosenBy"))
    }

    /// Before the day ends: the team sheet and the task files mark the hand-picked member only.
    static func expectMarked(_ harness: Harness, _ draw: StoredDraw, _ handPicked: String, _ byRule: String) throws {
        let sheet = try TeamSheet.build(
            date: draw.date, pool: nil, store: harness.store, engine: harness.engine, config: harness.config,
            local: harness.local)
        let members: [ControlMessages.SheetMember] = sheet.teams.flatMap(\.members)
        #expect(members.filter { $0.handPicked == true }.map(\.id) == [handPicked])
        #expect(members.contains { $0.id == byRule && $0.handPicked == nil })
        // The task files of the team say who was hand-picked.
        let roster = try #require(try harness.store.currentRoster()).roster()
        let login = try #require(roster.inspectors.first { $0.id == handPicked }?.login)
        let data = try #require(FileManager.default.contents(atPath: harness.taskPath("2026-12-01", login)))
        let file = try JSONDecoder().decode(TaskFile.self, from: data)
        let team: [TaskFile.Member] = file.assignments.flatMap(\.team)
        #expect(team.first { $0.id == handPicked }?.handPicked == true)
        #expect(team.filter { $0.id != handPicked }.allSatisfy { $0.handPicked == nil })
    }

    @Test func aHandPickedMemberIsMarkedOnTheTeamSheetInTaskFilesAndOnThePublicSite() throws {
        let (harness, _, _, entries) = try Self.publishedDay(beforeDayEnd: Self.expectMarked)
        let named = entries[1].incoming
        let page = "\(PublicationWriter.folder(config: harness.config))/draws/2026-12-01/county/index.html"
        let html = try #require(FileManager.default.contents(atPath: page).map { String(decoding: $0, as: UTF8.self) })
        #expect(html.contains("<code>\(named)</code> (由协调员指定)"), "\(html)")
        #expect(html.contains("共 2 次人员调整，其中 1 次由协调员指定"))
    }

    @Test func theRulesChoiceIsTheFirstValidInspectorInTheHashOrder() {
        let order = ReplacementRule.order(recordHash: "ab", department: "d", inspectors: ["i1", "i2", "i3"])
        let keys = order.map { sha256Hex(Array("ab:d:\($0)".utf8)) }
        #expect(keys == keys.sorted() && Set(order) == ["i1", "i2", "i3"])
    }
}
