import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon

/// A published replacement whose fields are of the wrong type, or whose `passedOver` is an empty
/// list (the key is absent when nobody was passed over), is refused by both verifiers, each naming
/// the file, the entry and the field: they never disagree on the same bytes.
@Suite struct ReplacementFieldTamperTests {
    /// `replacements.json` with the rule's entry (entry 0) given `field` as the raw JSON `value`,
    /// in a copy of the public folder; the copy's root and the draw's folder name.
    static func tampered(
        _ harness: Harness, folder: String, field: String, value: String
    ) throws -> (root: String, name: String) {
        let root = try ChainTamperTests.copy(harness)
        let name = URL(fileURLWithPath: folder).lastPathComponent
        let path = "\(root)/2026-12-01/\(name)/replacements.json"
        var text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        // Keys are sorted and entry 0 comes first: its first field after `field` is where it goes.
        let line = "    \"\(field)\" : \(value),\n"
        if let existing = text.range(of: "    \"\(field)\" : ") {
            let end = try #require(text[existing.upperBound...].range(of: ",\n"))
            text.replaceSubrange(existing.lowerBound..<end.upperBound, with: line)
        } else {
            let after = try #require(text.range(of: "    \"previousRecordHash\" : "))
            text.insert(contentsOf: line, at: after.lowerBound)
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (root, name)
    }

    /// Both verifiers of one draw's folder and of the whole chain: (who, status, output).
    static func verifyAll(root: String, name: String) throws -> [(who: String, status: Int32, output: String)] {
        let swift = try ControlTests.run(
            ControlTests.cli, ["verify", "--date", "2026-12-01", "--pool", name, "--public", root])
        let python = try ControlTests.run(
            "/usr/bin/env", ["python3", PublicRecordTests.verifier, "\(root)/2026-12-01/\(name)"])
        let chains = try ChainTamperTests.verifyChain(root)
        return [
            ("spotcheck verify", swift.status, swift.output), ("verify_draw.py", python.status, python.output),
            ("spotcheck verify --chain", chains[0].status, chains[0].output),
            ("verify_draw.py --chain", chains[1].status, chains[1].output),
        ]
    }

    @Test func passedOverOfTheWrongTypeOrEmptyIsRefusedByBothVerifiersNamingTheField() throws {
        let (harness, _, folder, entries) = try ReplacementChoiceTests.publishedDay()
        #expect(entries[0].chosenBy == "rule" && entries[0].passedOver == nil)
        let cases: [(value: String, says: String)] = [
            ("false", "is a boolean, not a list of inspector ids"),
            ("[\n\n    ]", "is an empty list"),  // the empty list as Python writes it
            ("[\n    ]", "is an empty list"),  // and as the daemon's canonical JSON would
            ("7", "is a number, not a list of inspector ids"),
            ("0", "is a number, not a list of inspector ids"),
            ("\"\"", "is a string, not a list of inspector ids"),
            ("null", "is null, not a list of inspector ids"),
            ("[\n      1\n    ]", "is a list holding a number, not a list of inspector ids"),
        ]
        for (value, says) in cases {
            let (root, name) = try Self.tampered(harness, folder: folder, field: "passedOver", value: value)
            for result in try Self.verifyAll(root: root, name: name) {
                #expect(
                    result.status == 1, "passedOver \(value): \(result.who) exit \(result.status): \(result.output)")
                #expect(
                    result.output.contains("replacements.json")
                        && result.output.contains("replacements[0].passedOver: \(says)"),
                    "passedOver \(value): \(result.who) does not name the field: \(result.output)")
            }
        }
    }

    @Test func chosenByOrAChainHashOfTheWrongTypeIsRefusedByBothVerifiersNamingTheField() throws {
        let (harness, _, folder, _) = try ReplacementChoiceTests.publishedDay()
        let cases: [(field: String, value: String, says: String)] = [
            ("chosenBy", "1", "is a number, not a string"),
            ("chosenBy", "null", "is null, not a string"),
            ("chosenBy", "true", "is a boolean, not a string"),
            ("previousRecordHash", "[\n      \"00\"\n    ]", "is a list, not a string"),
        ]
        for (field, value, says) in cases {
            let (root, name) = try Self.tampered(harness, folder: folder, field: field, value: value)
            for result in try Self.verifyAll(root: root, name: name) {
                #expect(result.status == 1, "\(field) \(value): \(result.who) exit \(result.status): \(result.output)")
                #expect(
                    result.output.contains("replacements[0].\(field): \(says)"),
                    "\(field) \(value): \(result.who) does not name the field: \(result.output)")
            }
        }
    }

    @Test func anInspectorPassedOverTwiceOrPassedOverOnAnEntryNotByTheRuleIsRefusedByBothVerifiers() throws {
        let (harness, _, folder, entries) = try ReplacementChoiceTests.publishedDay()
        #expect(entries[0].chosenBy == "rule")
        let twice = try Self.tampered(
            harness, folder: folder, field: "passedOver", value: "[\n      \"zz9\",\n      \"zz9\"\n    ]")
        for result in try Self.verifyAll(root: twice.root, name: twice.name) {
            #expect(result.status == 1, "\(result.who) exit \(result.status): \(result.output)")
            #expect(
                result.output.contains("replacements[0].passedOver: names zz9 twice"),
                "\(result.who) does not name the duplicate: \(result.output)")
        }
        let byHand = try Self.tampered(
            harness, folder: folder, field: "passedOver", value: "[\n      \"zz9\"\n    ]")
        let path = "\(byHand.root)/2026-12-01/\(byHand.name)/replacements.json"
        let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        let marked = try #require(text.range(of: "\"chosenBy\" : \"rule\""))
        try Data(text.replacingCharacters(in: marked, with: "\"chosenBy\" : \"coordinator\"").utf8)
            .write(to: URL(fileURLWithPath: path))
        for result in try Self.verifyAll(root: byHand.root, name: byHand.name) {
            #expect(result.status == 1, "\(result.who) exit \(result.status): \(result.output)")
            #expect(
                result.output.contains(
                    "replacements[0].passedOver: only an entry whose chosenBy is rule lists inspectors passed over"),
                "\(result.who) does not refuse passedOver on a coordinator entry: \(result.output)")
        }
    }

    @Test func theEditLeavingEveryByteAsItWasVerifiesWithBoth() throws {
        // The edit above with the value the entry already has: what the others refuse is the value.
        let (harness, _, folder, entries) = try ReplacementChoiceTests.publishedDay()
        let (root, name) = try Self.tampered(harness, folder: folder, field: "chosenBy", value: "\"rule\"")
        #expect(entries[0].chosenBy == "rule")
        for result in try Self.verifyAll(root: root, name: name) {
            #expect(result.status == 0, "\(result.who) exit \(result.status): \(result.output)")
        }
    }
}
