import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// The hash chain covers what went, not only what was drawn: every order and replacement is a
/// link, published beside its record, and both verifiers check the whole public folder.
@Suite struct ChainTamperTests {
    /// Two days: day one with two pools, an order and two replacements on the first draw; day two
    /// drawn after them, so that every entry of day one has a follower.
    static func twoDays() throws -> (harness: Harness, first: StoredDraw, ordered: StoredDraw) {
        let harness = try PublicRecordTests.twoPools()
        try harness.tick("2026-12-01", "08:00")
        let drawn = Set(try harness.store.draws().compactMap { try $0.decodedRecord() }.flatMap(\.targets))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let target = try #require(roster.departments.map(\.id).sorted().first { !drawn.contains($0) })
        let ordered = try harness.engine.orderTargeted(
            pool: "county", departments: [target], reason: "群众投诉", actor: "coordinator",
            now: harness.at("2026-12-01", "09:00"), config: harness.config)
        let first = try #require(try harness.store.draws().first)
        // Two replacements on the first draw: members in turn, as one may be irreplaceable.
        var made = 0
        var replaced: Set<String> = []
        for member in try #require(try first.decodedRecord()).teams.flatMap(\.members) where made < 2 {
            guard !replaced.contains(member.inspector) else { continue }
            do {
                let done = try harness.engine.replace(
                    drawID: first.id, inspector: member.inspector, with: nil, reason: made == 0 ? "病假" : "出差",
                    actor: "coordinator", now: harness.at("2026-12-01", made == 0 ? "10:00" : "10:30"),
                    config: harness.config)
                replaced.insert(done.newInspector)
                made += 1
            } catch Engine.ReplaceError.nobodyEligible {
                continue
            }
        }
        #expect(made == 2)
        try harness.tick("2026-12-01", "18:00")
        try harness.tick("2026-12-02", "07:00")
        try harness.tick("2026-12-02", "18:00")
        return (harness, first, ordered)
    }

    /// Both verifiers over the whole public folder: (status, output) of each.
    static func verifyChain(_ root: String) throws -> [(status: Int32, output: String)] {
        [
            try ControlTests.run(ControlTests.cli, ["verify", "--chain", root]),
            try ControlTests.run("/usr/bin/env", ["python3", PublicRecordTests.verifier, "--chain", root]),
        ]
    }

    /// A copy of the public folder to tamper with.
    static func copy(_ harness: Harness) throws -> String {
        let copy = harness.folder.appendingPathComponent("public-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.copyItem(atPath: harness.config.paths.publicRecords, toPath: copy)
        return copy
    }

    static func expectCaught(_ results: [(status: Int32, output: String)], naming: String, _ what: String) {
        for (index, result) in results.enumerated() {
            let who = index == 0 ? "spotcheck verify --chain" : "verify_draw.py --chain"
            #expect(result.status == 1, "\(what): \(who) exit \(result.status): \(result.output)")
            #expect(result.output.contains(naming), "\(what): \(who) does not name \(naming): \(result.output)")
        }
    }

    @Test func anHonestChainWithOrdersAndReplacementsHoldsForTheDaemonAndBothVerifiers() throws {
        let (harness, first, ordered) = try Self.twoDays()
        let links = try harness.store.chainEntries()
        // Records of both days, one order, two replacements.
        #expect(links.filter { $0.kind == .order }.count == 1)
        #expect(links.filter { $0.kind == .replacement }.count == 2)
        let reply = try harness.engine.verifyChain()
        #expect(reply.broken == nil && reply.checked == links.count, "\(String(describing: reply.broken))")
        for result in try Self.verifyChain(harness.config.paths.publicRecords) {
            #expect(result.status == 0, "\(result.output)")
        }
        // The ordered draw follows its order; the replacements follow the first draw's record.
        let orderedRecord = try #require(try ordered.decodedRecord())
        let orderFile = try #require(
            FileManager.default.contents(atPath: "\(Engine.publicFolder(ordered, config: harness.config))/order.json"))
        #expect(orderedRecord.previousRecordHash == sha256Hex(Array(orderFile)))
        let entries = try JSONDecoder().decode(
            [DaySoFar.Replacement].self,
            from: try #require(
                FileManager.default.contents(
                    atPath: "\(Engine.publicFolder(first, config: harness.config))/replacements.json")))
        #expect(entries.count == 2 && entries.allSatisfy { $0.previousRecordHash != nil && $0.salt != nil })
        // Every public folder of the first day still verifies on its own with both verifiers.
        for draw in try harness.store.draws(on: Day(iso: "2026-12-01")!) {
            let folder = Engine.publicFolder(draw, config: harness.config)
            let failures = try PublicRecordTests.verifyBoth(
                folder, date: "2026-12-01", name: URL(fileURLWithPath: folder).lastPathComponent,
                publicRoot: harness.config.paths.publicRecords)
            #expect(failures.isEmpty, "\(failures)")
        }
    }

    @Test func anEditedDeletedOrReorderedReplacementOrOrderBreaksTheChainForBoth() throws {
        let (harness, first, ordered) = try Self.twoDays()
        let firstName = URL(fileURLWithPath: Engine.publicFolder(first, config: harness.config)).lastPathComponent
        let orderedName = URL(fileURLWithPath: Engine.publicFolder(ordered, config: harness.config)).lastPathComponent
        func entries(_ root: String) throws -> [DaySoFar.Replacement] {
            try JSONDecoder().decode(
                [DaySoFar.Replacement].self,
                from: try Data(contentsOf: URL(fileURLWithPath: "\(root)/2026-12-01/\(firstName)/replacements.json")))
        }
        func write(_ root: String, _ list: [DaySoFar.Replacement]) throws {
            try Data(DaySoFar.Replacement.canonicalJSON(list)).write(
                to: URL(fileURLWithPath: "\(root)/2026-12-01/\(firstName)/replacements.json"))
        }

        // An edited reason: the entry no longer hashes to what the next link names.
        var root = try Self.copy(harness)
        var list = try entries(root)
        list[0].reason = "另有安排"
        try write(root, list)
        Self.expectCaught(try Self.verifyChain(root), naming: "\(firstName)/replacements.json[0]", "edited reason")

        // A deleted replacement: the next one's salt and link no longer fit.
        root = try Self.copy(harness)
        list = try entries(root)
        try write(root, Array(list.dropFirst()))
        Self.expectCaught(try Self.verifyChain(root), naming: "replacements[0].salt", "deleted replacement")

        // Two replacements swapped.
        root = try Self.copy(harness)
        try write(root, try entries(root).reversed())
        Self.expectCaught(try Self.verifyChain(root), naming: "replacements[0].salt", "reordered replacements")

        // The order's reason edited: the ordered record names other bytes.
        root = try Self.copy(harness)
        let orderPath = "\(root)/2026-12-01/\(orderedName)/order.json"
        let text = try String(contentsOfFile: orderPath, encoding: .utf8)
        try text.replacingOccurrences(of: "群众投诉", with: "例行检查").write(
            toFile: orderPath, atomically: true, encoding: .utf8)
        Self.expectCaught(try Self.verifyChain(root), naming: "\(orderedName)/order.json", "edited order")
        // …and each verifier of the single folder catches it too.
        let single = [
            try ControlTests.run(
                ControlTests.cli, ["verify", "--date", "2026-12-01", "--pool", orderedName, "--public", root]),
            try ControlTests.run(
                "/usr/bin/env", ["python3", PublicRecordTests.verifier, "\(root)/2026-12-01/\(orderedName)"]),
        ]
        Self.expectCaught(single, naming: "order.json", "edited order, one folder")

        // The order deleted.
        root = try Self.copy(harness)
        try FileManager.default.removeItem(atPath: "\(root)/2026-12-01/\(orderedName)/order.json")
        Self.expectCaught(try Self.verifyChain(root), naming: "\(orderedName)/order.json: missing", "deleted order")

        // A record deleted from the chain.
        root = try Self.copy(harness)
        try FileManager.default.removeItem(atPath: "\(root)/2026-12-01/\(orderedName)/record.json")
        Self.expectCaught(try Self.verifyChain(root), naming: "previousRecordHash", "deleted record")
    }
}
