import Foundation
import SpotcheckCore
import Testing

/// A public folder whose chain goes on past the draw: the record (link 1), its replacement
/// (link 2), a ledger change (chain/00000003.json) and a campaign step (chain/00000004.json).
struct ChainedFolder {
    let draw: PublishedDraw
    let ledger: EventLink
    let campaign: EventLink

    init() throws {
        draw = try PublishedDraw()
        let replacement = draw.honest.honestReplacement()
        let day = try #require(Day(iso: "2026-12-01"))
        ledger = EventLink(
            kind: .ledger, day: day, facts: nil, digest: String(repeating: "ab", count: 32),
            previousRecordHash: replacement.hash)
        campaign = EventLink(
            kind: .campaign, day: day,
            facts: ["campaign": String(repeating: "cd", count: 32), "from": "mobilisation", "to": "self-inspection"],
            digest: String(repeating: "ef", count: 32), previousRecordHash: ledger.hash)
        let chain = draw.root.appendingPathComponent("chain")
        try FileManager.default.createDirectory(at: chain, withIntermediateDirectories: true)
        try write(3, ledger.canonicalJSON)
        try write(4, campaign.canonicalJSON)
    }

    func write(_ number: Int, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: draw.root.appendingPathComponent(String(format: "chain/%08d.json", number)))
    }

    /// The link `link` as a JSON object, `field` (`facts.from` reaches into facts) set to `value`
    /// (nil removes it), written in the form of the daemon's files.
    func mutated(_ link: EventLink, _ field: String, _ value: Any?) throws -> [UInt8] {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(link.canonicalJSON)) as? [String: Any])
        let path = field.split(separator: ".").map(String.init)
        if path.count == 2 {
            var facts = try #require(object[path[0]] as? [String: Any])
            facts[path[1]] = value
            object[path[0]] = facts
        } else {
            object[field] = value
        }
        return Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) + [10]
    }

    func verifyBoth() throws -> (swift: Run.Result, python: Run.Result) {
        (try Run.spotcheck(["verify", "--chain", draw.root.path]), try Run.python(["--chain", draw.root.path]))
    }
}

/// A chain link (chain/ID.json) with a field of the wrong type is refused by both verifiers,
/// naming the file and the field, as every other verifier refusal does; never only as a chain
/// that "ends more than once".
@Suite struct ChainLinkFieldTests {
    @Test func anHonestChainWithLedgerAndCampaignLinksHoldsForBoth() throws {
        let folder = try ChainedFolder()
        let results = try folder.verifyBoth()
        #expect(results.swift.status == 0, "\(results.swift.stdout)\(results.swift.stderr)")
        #expect(results.python.status == 0, "\(results.python.stdout)\(results.python.stderr)")
    }

    /// The attack: the middle link's previousRecordHash a number.
    @Test(arguments: [3, 4])
    func aNumberForPreviousRecordHashIsNamedWithItsFileByBoth(link number: Int) throws {
        let folder = try ChainedFolder()
        let link = number == 3 ? folder.ledger : folder.campaign
        try folder.write(number, try folder.mutated(link, "previousRecordHash", 1.5))
        let results = try folder.verifyBoth()
        let name = String(format: "chain/%08d.json previousRecordHash: is a number, not a string", number)
        for (who, result) in [("spotcheck verify", results.swift), ("verify_draw.py", results.python)] {
            let output = result.stdout + result.stderr
            #expect(result.status == 1, "\(who): \(output)")
            #expect(output.contains(name), "\(who): \(output)")
            #expect(!output.contains("Traceback"), "\(who): \(output)")
        }
        let chinese = try Run.spotcheck(["verify", "--chain", folder.draw.root.path], locale: "zh_CN.UTF-8")
        #expect(
            (chinese.stdout + chinese.stderr).contains(
                String(format: "chain/%08d.json previousRecordHash：是数字，应为字符串", number)),
            "\(chinese.stdout)\(chinese.stderr)")
    }

    /// Every field of a campaign link (the richest kind) replaced by a value of another type,
    /// or removed: both verifiers refuse with exit 1 and name the file and the field.
    @Test func everyFieldOfAnotherTypeIsNamedByBoth() throws {
        let folder = try ChainedFolder()
        let alternatives: [(String, Any?)] = [
            ("null", NSNull()), ("a number", 0), ("a number", 1.5), ("a list", [Any]()),
            ("an object", [String: Any]()), ("a boolean", true),
        ]
        var cases: [(field: String, value: Any?, expected: String)] = []
        for field in ["kind", "day", "digest", "previousRecordHash", "facts.campaign", "facts.from", "facts.to"] {
            for (kind, value) in alternatives {
                cases.append((field, value, "\(field): is \(kind), not a string"))
            }
        }
        for (kind, value) in alternatives where kind != "an object" {
            cases.append(("facts", value, "facts: is \(kind), not an object"))
        }
        for field in ["kind", "day", "digest"] {
            cases.append((field, nil, "\(field): missing (a chain link has kind, day and digest)"))
        }
        cases.append(("kind", "ledgers", "kind: 'ledgers' is neither ledger nor campaign"))
        cases.append(("day", "2026-02-30", "day: '2026-02-30' is not a date YYYY-MM-DD"))
        cases.append(("day", "2026-W49-1", "day: '2026-W49-1' is not a date YYYY-MM-DD"))
        for (field, value, expected) in cases {
            try folder.write(4, try folder.mutated(folder.campaign, field, value))
            let results = try folder.verifyBoth()
            let said = "chain/00000004.json \(expected)"
            for (who, result) in [("spotcheck verify", results.swift), ("verify_draw.py", results.python)] {
                let output = result.stdout + result.stderr
                #expect(result.status == 1, "\(who), \(field)=\(String(describing: value)): \(output)")
                #expect(output.contains(said), "\(who), \(field)=\(String(describing: value)): \(output)")
                #expect(!output.contains("Traceback"), "\(who): \(output)")
                #expect(!output.contains("ends more than once"), "\(who): \(output)")
            }
        }
    }
}
