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
    static func verifyChain(_ root: String, head: String? = nil) throws -> [(status: Int32, output: String)] {
        let pinned = head.map { ["--head", $0] } ?? []
        return [
            try ControlTests.run(ControlTests.cli, ["verify", "--chain", root] + pinned),
            try ControlTests.run("/usr/bin/env", ["python3", PublicRecordTests.verifier, "--chain", root] + pinned),
        ]
    }

    /// The head both verifiers print for an honest folder (they must agree).
    static func head(_ root: String) throws -> String {
        let heads = try verifyChain(root).map { result in
            result.output.split(separator: "\n").first { $0.hasPrefix("head: ") }.map { String($0.dropFirst(6)) }
        }
        #expect(heads.count == 2 && heads[0] != nil && heads[0] == heads[1], "\(heads)")
        return try #require(heads[0])
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

        // The order's category edited: the ordered record names other bytes.
        root = try Self.copy(harness)
        let orderPath = "\(root)/2026-12-01/\(orderedName)/order.json"
        let text = try String(contentsOfFile: orderPath, encoding: .utf8)
        #expect(text.contains("\"category\" : \"other\"") && !text.contains("群众投诉"))
        try text.replacingOccurrences(of: "\"category\" : \"other\"", with: "\"category\" : \"complaint\"").write(
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

    @Test func aDrawMovedToAnotherDayOrPoolFolderIsNamedByBoth() throws {
        let (harness, first, ordered) = try Self.twoDays()
        let orderedName = URL(fileURLWithPath: Engine.publicFolder(ordered, config: harness.config)).lastPathComponent
        let firstName = URL(fileURLWithPath: Engine.publicFolder(first, config: harness.config)).lastPathComponent
        let files = FileManager.default

        // The ordered draw presented as another day's scheduled draw of another pool.
        var root = try Self.copy(harness)
        try files.createDirectory(atPath: "\(root)/2025-01-01", withIntermediateDirectories: true)
        try files.moveItem(atPath: "\(root)/2026-12-01/\(orderedName)", toPath: "\(root)/2025-01-01/key-posts")
        Self.expectCaught(try Self.verifyChain(root), naming: "2025-01-01/key-posts: the folder's date", "moved draw")
        Self.expectCaught(try Self.verifyChain(root), naming: "2025-01-01/key-posts: the folder's name", "renamed draw")

        // The same day, the ordered draw's folder renamed to its pool's scheduled name (swapped).
        root = try Self.copy(harness)
        let pool = try #require(try ordered.decodedRecord()).pool
        try files.moveItem(atPath: "\(root)/2026-12-01/\(pool)", toPath: "\(root)/2026-12-01/swap")
        try files.moveItem(atPath: "\(root)/2026-12-01/\(orderedName)", toPath: "\(root)/2026-12-01/\(pool)")
        try files.moveItem(atPath: "\(root)/2026-12-01/swap", toPath: "\(root)/2026-12-01/\(orderedName)")
        Self.expectCaught(
            try Self.verifyChain(root), naming: "2026-12-01/\(pool): the folder's name", "ordered draw as scheduled")

        // A scheduled draw moved to the next day, same pool name.
        root = try Self.copy(harness)
        try files.createDirectory(atPath: "\(root)/2026-12-03", withIntermediateDirectories: true)
        try files.moveItem(atPath: "\(root)/2026-12-01/\(firstName)", toPath: "\(root)/2026-12-03/\(firstName)")
        Self.expectCaught(
            try Self.verifyChain(root), naming: "2026-12-03/\(firstName): the folder's date", "scheduled draw moved")
    }

    @Test func anEditedCommitmentOrSeedIsNamedByFieldByBoth() throws {
        let (harness, first, ordered) = try Self.twoDays()
        let firstName = URL(fileURLWithPath: Engine.publicFolder(first, config: harness.config)).lastPathComponent
        let orderedName = URL(fileURLWithPath: Engine.publicFolder(ordered, config: harness.config)).lastPathComponent
        func edit(_ root: String, _ folder: String, _ change: (inout Commitment) -> Void) throws {
            let path = "\(root)/2026-12-01/\(folder)/commitment.json"
            var commitment = try JSONDecoder().decode(
                Commitment.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
            change(&commitment)
            try Data(commitment.canonicalJSON).write(to: URL(fileURLWithPath: path))
        }
        let cases: [(String, String, (inout Commitment) -> Void)] = [
            ("seedCommitment", firstName, { $0.seedCommitment = String(repeating: "0", count: 64) }),
            ("snapshotHash", firstName, { $0.snapshotHash = String(repeating: "1", count: 64) }),
            ("policyHash", firstName, { $0.policyHash = String(repeating: "2", count: 64) }),
            ("previousRecordHash", orderedName, { $0.previousRecordHash = String(repeating: "3", count: 64) }),
            ("pool", firstName, { $0.pool = "elsewhere" }),
            ("date", firstName, { $0.date = Day(iso: "2026-11-30")! }),
            ("orderedDepartments", orderedName, { $0.orderedDepartments = ["d-other"] }),
            ("kind", orderedName, { $0.kind = .scheduled }),
        ]
        for (field, folder, change) in cases {
            let root = try Self.copy(harness)
            try edit(root, folder, change)
            Self.expectCaught(
                try Self.verifyChain(root), naming: "\(folder)/commitment.json \(field)", "commitment \(field)")
        }
        // Emptied or deleted.
        var root = try Self.copy(harness)
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: "\(root)/2026-12-01/\(firstName)/commitment.json"))
        Self.expectCaught(try Self.verifyChain(root), naming: "\(firstName)/commitment.json", "emptied commitment")
        root = try Self.copy(harness)
        try FileManager.default.removeItem(atPath: "\(root)/2026-12-01/\(firstName)/commitment.json")
        Self.expectCaught(
            try Self.verifyChain(root), naming: "\(firstName)/commitment.json: missing", "deleted commitment")
        // The published roster and policy edited: they no longer hash to the record's.
        root = try Self.copy(harness)
        let inspectors = "\(root)/2026-12-01/\(firstName)/roster/inspectors.csv"
        var lines = try String(contentsOfFile: inspectors, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.indices.dropFirst().first { !lines[$0].isEmpty })
        lines[row] = "x" + lines[row]
        try lines.joined(separator: "\n").write(toFile: inspectors, atomically: true, encoding: .utf8)
        Self.expectCaught(try Self.verifyChain(root), naming: "\(firstName)/roster", "edited roster")
        root = try Self.copy(harness)
        let policyPath = "\(root)/2026-12-01/\(orderedName)/policy.txt"
        let policyText = try String(contentsOfFile: policyPath, encoding: .utf8)
        let editedPolicy = policyText.replacingOccurrences(of: "cooldown_days\t", with: "cooldown_days\t1")
        #expect(editedPolicy != policyText)
        try editedPolicy.write(toFile: policyPath, atomically: true, encoding: .utf8)
        Self.expectCaught(try Self.verifyChain(root), naming: "\(orderedName)/policy.txt", "edited policy")
        // Another seed put in: its hash is not the record's seedCommitment (nor are the salts).
        root = try Self.copy(harness)
        try Data((String(repeating: "ab", count: 32) + "\n").utf8).write(
            to: URL(fileURLWithPath: "\(root)/2026-12-01/\(orderedName)/seed.hex"))
        Self.expectCaught(try Self.verifyChain(root), naming: "\(orderedName)/seed.hex: hashes to", "other seed")
    }

    @Test func withTheHeadPinnedCuttingOrEditingTheNewestEntriesIsCaughtByBoth() throws {
        let (harness, _, _) = try Self.twoDays()
        let honest = try Self.copy(harness)
        let head = try Self.head(honest)
        // The pinned head holds on the honest folder, in either case.
        for result in try Self.verifyChain(honest, head: head.uppercased()) {
            #expect(result.status == 0 && result.output.contains("head: \(head)"), "\(result.output)")
        }
        // The newest link is the record whose bytes hash to the head.
        let files = FileManager.default
        var newest: String?
        for day in try files.contentsOfDirectory(atPath: honest) {
            for name in try files.contentsOfDirectory(atPath: "\(honest)/\(day)") {
                let path = "\(honest)/\(day)/\(name)/record.json"
                if let bytes = files.contents(atPath: path), sha256Hex(Array(bytes)) == head {
                    newest = "\(day)/\(name)"
                }
            }
        }
        let last = try #require(newest)

        // The newest record deleted: the chain still holds without the pin, not with it.
        var root = try Self.copy(harness)
        try files.removeItem(atPath: "\(root)/\(last)/record.json")
        for result in try Self.verifyChain(root) { #expect(result.status == 0, "\(result.output)") }
        Self.expectCaught(try Self.verifyChain(root, head: head), naming: "--head \(head)", "deleted newest record")

        // The newest record edited (its eligible weight grown), still a well-formed record.
        root = try Self.copy(harness)
        let path = "\(root)/\(last)/record.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "\"eligibleWeight\" : ", with: "\"eligibleWeight\" : 1")
        #expect(changed != text)
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        Self.expectCaught(try Self.verifyChain(root, head: head), naming: "--head \(head)", "edited newest record")

        // The whole last draw folder deleted.
        root = try Self.copy(harness)
        try files.removeItem(atPath: "\(root)/\(last)")
        for result in try Self.verifyChain(root) { #expect(result.status == 0, "\(result.output)") }
        Self.expectCaught(try Self.verifyChain(root, head: head), naming: "--head \(head)", "deleted last draw")

        // A head that is in the chain but not at its end: something was added after it.
        let earlier = try #require(
            try JSONDecoder().decode(
                DrawRecord.self, from: try Data(contentsOf: URL(fileURLWithPath: "\(honest)/\(last)/record.json"))
            )
            .previousRecordHash)
        Self.expectCaught(try Self.verifyChain(honest, head: earlier), naming: "follow it", "head before the end")
    }
}
