import Foundation
import GRDB
import SpotcheckCampaign
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// Ledger changes and campaign steps are links of the one hash chain: the public folder carries
/// them without anything private, both verifiers check them, and the daemon checks the private
/// entries behind them.
@Suite struct ChainLinkTests {
    static let rules = LedgerRules(prohibitions: try! Prohibitions([]), extensionCap: 1)
    static let facts = "窗口工作人员擅离职守，群众等候两小时"

    /// Records a finding (and confirms it) in the harness's store at `time` of `day`.
    @discardableResult
    static func recordFinding(
        _ harness: Harness, _ day: String, _ time: String, department: String = "d-shuiwu",
        source: FindingSource = .selfInspection, confirm: Bool = true
    ) throws -> FindingID {
        let instant = harness.at(day, time)
        let moment = Moment(unixSeconds: Int64(instant.timeIntervalSince1970), day: Day(iso: day)!)
        let actor = Actor(login: "coord-li", role: .coordinator)
        let recorded = try harness.store.recordFinding(year: moment.day.parts.year, at: instant) { counter in
            try Finding.record(
                counter: counter, department: department, source: source, category: .sluggish, ruleCodes: [],
                severity: .minor, facts: facts, by: actor, at: moment, rules: rules)
        }
        if confirm {
            try harness.store.updateFinding(recorded.finding.id, at: instant) { finding in
                try finding.applying(.confirm, by: actor, at: moment, rules: rules)
            }
        }
        return recorded.finding.id
    }

    /// Day one drawn, a finding recorded and confirmed in the middle of it, the day published,
    /// day two drawn after the finding and published.
    static func ledgerDays() throws -> (harness: Harness, finding: FindingID) {
        let harness = try PublicRecordTests.twoPools()
        try harness.tick("2026-12-01", "08:00")
        let finding = try recordFinding(harness, "2026-12-01", "10:00")
        try harness.tick("2026-12-01", "10:01")
        try harness.tick("2026-12-01", "18:00")
        try harness.tick("2026-12-02", "07:00")
        try harness.tick("2026-12-02", "18:00")
        return (harness, finding)
    }

    static func chainFiles(_ root: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(root)/chain").sorted()
    }

    @Test func aLedgerChangeIsALinkThatTheNextDrawFollowsAndBothVerifiersCheck() throws {
        let (harness, finding) = try Self.ledgerDays()
        let links = try harness.store.chainEntries()
        let ledger = links.filter { $0.kind == .ledger }
        #expect(ledger.count == 2, "recorded and confirmed: \(links.map(\.kind))")
        #expect(try harness.store.pendingChainEvents() == 0)
        // Day two's records follow the ledger's links, not day one's records directly.
        let index = try #require(links.lastIndex { $0.kind == .ledger })
        #expect(links[index + 1].kind == .record)
        let dayTwo = try #require(
            try harness.store.draws(on: Day(iso: "2026-12-02")!).compactMap { try $0.decodedRecord() }.first {
                $0.previousRecordHash == ledger.last?.hash
            })
        #expect(dayTwo.date == Day(iso: "2026-12-02")!)
        let reply = try harness.engine.verifyChain()
        #expect(reply.broken == nil && reply.checked == links.count, "\(String(describing: reply.broken))")
        let root = harness.config.paths.publicRecords
        #expect(try Self.chainFiles(root).count == 2)
        let heads = try ChainTamperTests.verifyChain(root)
        for result in heads { #expect(result.status == 0, "\(result.output)") }
        _ = try ChainTamperTests.head(root)
        // Nothing private in the public links: no finding id, department, facts or login.
        for name in try Self.chainFiles(root) {
            let text = try String(contentsOfFile: "\(root)/chain/\(name)", encoding: .utf8)
            for secret in [finding.description, "d-shuiwu", Self.facts, "coord-li", "confirm"] {
                #expect(!text.contains(secret), "\(name) publishes \(secret): \(text)")
            }
        }
        // The private entry behind each link holds who, what, before and after, salted.
        let entry = try #require(ledger.last?.privateEntry)
        let fields = try JSONDecoder().decode([String: String].self, from: Data(entry))
        #expect(fields["finding"] == finding.description && fields["actor"] == "coord-li")
        #expect(fields["before"] == "identified" && fields["after"] == "confirmed")
        #expect(fields["salt"]?.count == 64)
    }

    @Test func aLedgerLinkWaitsUntilEveryLinkBeforeItIsPublic() throws {
        let harness = try PublicRecordTests.twoPools()
        try harness.tick("2026-12-01", "08:00")
        try Self.recordFinding(harness, "2026-12-01", "10:00")
        try harness.tick("2026-12-01", "10:01")
        // Linked at once, but the day's records are not public yet: neither is the link.
        #expect(try harness.store.chainEntries().contains { $0.kind == .ledger })
        let root = harness.config.paths.publicRecords
        #expect(!FileManager.default.fileExists(atPath: "\(root)/chain"))
        try harness.tick("2026-12-01", "18:00")
        #expect(try Self.chainFiles(root).count == 2)
        for result in try ChainTamperTests.verifyChain(root) { #expect(result.status == 0, "\(result.output)") }
    }

    @Test func nothingIsLinkedBetweenADrawsCommitmentAndItsRecord() throws {
        let harness = try PublicRecordTests.twoPools()
        let store = harness.store
        try harness.tick("2026-12-01", "06:00")
        try Self.recordFinding(harness, "2026-12-01", "06:10", confirm: false)
        // A draw committed (its record not stored yet) holds the head: the change waits.
        let roster = try #require(try store.currentRoster())
        let committed = try store.commit(
            try harness.engine.commitment(
                pool: "county", day: Day(iso: "2026-12-01")!, kind: .scheduled,
                policy: try #require(harness.config.pool(named: "county")).policy, stored: roster),
            at: harness.at("2026-12-01", "07:00"))
        #expect(try store.linkPendingEvents { _ in Day(iso: "2026-12-01")! } == 0)
        #expect(try store.pendingChainEvents() == 1)
        try harness.tick("2026-12-01", "07:01")
        let links = try store.chainEntries()
        let record = try #require(links.firstIndex { $0.kind == .record && $0.drawID == committed.id })
        let ledger = try #require(links.firstIndex { $0.kind == .ledger })
        #expect(record < ledger)
        #expect(try harness.engine.verifyChain().broken == nil)
    }

    @Test func anEditedDeletedOrForgedLedgerLinkIsCaughtByBothVerifiersAndTheDaemon() throws {
        let (harness, _) = try Self.ledgerDays()
        let names = try Self.chainFiles(harness.config.paths.publicRecords)
        // An edited digest: the next link no longer follows it.
        var root = try ChainTamperTests.copy(harness)
        var path = "\(root)/chain/\(names[0])"
        var link = try JSONDecoder().decode(EventLink.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        link.digest = String(repeating: "ab", count: 32)
        try Data(link.canonicalJSON).write(to: URL(fileURLWithPath: path))
        ChainTamperTests.expectCaught(try ChainTamperTests.verifyChain(root), naming: "chain/", "edited digest")
        // A deleted link: its follower points at nothing.
        root = try ChainTamperTests.copy(harness)
        try FileManager.default.removeItem(atPath: "\(root)/chain/\(names[0])")
        ChainTamperTests.expectCaught(
            try ChainTamperTests.verifyChain(root), naming: "chain/\(names[1]) previousRecordHash", "deleted link")
        // Facts added to a ledger link (it would publish something): named by both.
        root = try ChainTamperTests.copy(harness)
        path = "\(root)/chain/\(names[1])"
        link = try JSONDecoder().decode(EventLink.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        link.facts = ["department": "d-shuiwu"]
        try Data(link.canonicalJSON).write(to: URL(fileURLWithPath: path))
        ChainTamperTests.expectCaught(
            try ChainTamperTests.verifyChain(root), naming: "a ledger link publishes no facts", "facts added")
        // Not canonical: the same link with its keys in another layout.
        root = try ChainTamperTests.copy(harness)
        path = "\(root)/chain/\(names[1])"
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        try (original + Data(" ".utf8)).write(to: URL(fileURLWithPath: path))
        ChainTamperTests.expectCaught(try ChainTamperTests.verifyChain(root), naming: "canonical", "not canonical")
        // The private entry edited in the store: the daemon names it.
        let target = try #require(try harness.store.chainEntries().first { $0.kind == .ledger })
        try harness.store.database.write { db in
            try db.execute(
                sql: "UPDATE chain_entry SET private_entry = ? WHERE id = ?",
                arguments: [Data("{\"finding\":\"F-2026-000001\"}\n".utf8), target.id])
        }
        let broken = try #require(try harness.engine.verifyChain().broken)
        #expect(broken.problem.contains("private entry hashes to"), "\(broken.problem)")
    }

    @Test func campaignStepsAreLinksWithTheirFrozenHashesPublicAndTheirReasonPrivate() throws {
        let harness = try Harness(pools: campaignPools())
        try "1. 违规吃喝\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        let key = harness.config.campaign!.key
        _ = try harness.engine.advanceCampaign(
            to: .selfInspection, reason: "动员部署会议已召开", actor: "uid 0 (root)",
            now: harness.at("2026-11-30", "06:00"), config: harness.config)
        try CampaignEngineTests.lockForms(harness)
        _ = try harness.engine.advanceCampaign(
            to: .supervision, reason: "自查自纠阶段结束", actor: "uid 0 (root)",
            now: harness.at("2026-11-30", "06:01"), config: harness.config)
        let links = try harness.store.chainEntries().filter { $0.kind == .campaign }
        #expect(links.count == 2)
        let first = try JSONDecoder().decode(EventLink.self, from: Data(try #require(links.first?.entry)))
        #expect(first.facts?["campaign"] == key && first.facts?["from"] == "mobilisation")
        #expect(first.facts?["to"] == "self-inspection")
        #expect(first.facts?["roster_sha256"] == (try harness.store.currentRoster()?.snapshotHash))
        #expect(first.facts?["prohibitions_sha256"]?.count == 64)
        let text = String(decoding: try #require(links.first?.entry), as: UTF8.self)
        #expect(!text.contains("动员部署会议已召开") && !text.contains("root"))
        // The supervision draw follows the steps; the folder holds both with the draw.
        try harness.tick("2026-11-30", "07:00")
        try harness.tick("2026-11-30", "18:00")
        let root = harness.config.paths.publicRecords
        #expect(try Self.chainFiles(root).count == 2)
        for result in try ChainTamperTests.verifyChain(root) { #expect(result.status == 0, "\(result.output)") }
        #expect(try harness.engine.verifyChain().broken == nil)
    }

    /// A folder holding only campaign links, made by hand.
    static func campaignFolder(_ steps: [(String, String)]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(root)/chain", withIntermediateDirectories: true)
        var previous: String?
        for (index, (from, to)) in steps.enumerated() {
            let link = EventLink(
                kind: .campaign, day: Day(iso: "2026-11-30")!.adding(days: index),
                facts: ["campaign": "k", "from": from, "to": to], digest: String(repeating: "0\(index)", count: 32),
                previousRecordHash: previous)
            try Data(link.canonicalJSON).write(to: URL(fileURLWithPath: "\(root)/chain/0000000\(index + 1).json"))
            previous = link.hash
        }
        return root
    }

    @Test func campaignLinksThatSkipOrGoBackAreNamedByBothVerifiers() throws {
        let honest = try Self.campaignFolder([
            ("mobilisation", "self-inspection"), ("self-inspection", "supervision"),
        ])
        for result in try ChainTamperTests.verifyChain(honest) { #expect(result.status == 0, "\(result.output)") }
        let skip = try Self.campaignFolder([("mobilisation", "supervision")])
        ChainTamperTests.expectCaught(
            try ChainTamperTests.verifyChain(skip), naming: "facts.to: supervision is not the step after mobilisation",
            "skipped step")
        let back = try Self.campaignFolder([
            ("mobilisation", "self-inspection"), ("self-inspection", "supervision"), ("self-inspection", "supervision"),
        ])
        ChainTamperTests.expectCaught(
            try ChainTamperTests.verifyChain(back),
            naming: "facts.from: self-inspection, but the campaign's step before it in the chain is supervision",
            "step taken again")
    }
}
