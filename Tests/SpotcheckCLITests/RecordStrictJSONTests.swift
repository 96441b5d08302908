import Foundation
import Testing

/// record.json is read as strictly as a publication's manifest.json, by both draw verifiers
/// (`spotcheck verify`, Files.readRecordJSON, and verify_draw.py's `strict_record`): the same
/// hostile records get the same verdict, in a public folder and along the chain.
extension VerifierAgreementTests {
    /// Each hostile record: a change of the honest record's text, and words both name it with.
    static var hostileRecords: [(what: String, change: (String) -> String, words: String)] {
        [
            ("a byte order mark", { "\u{FEFF}" + $0 }, "byte order mark"),
            (
                "a key twice", { $0.replacing("\"date\" :", with: "\"date\" : \"2026-12-01\", \"date\" :") },
                "the key \"date\" appears twice in one object"
            ),
            (
                "a lone surrogate", { $0.replacing("\"kind\" :", with: "\"x\" : \"\\ud800\", \"kind\" :") },
                "lone surrogate"
            ),
            (
                "a whole number written with a fraction",
                { $0.replacing(#/"eligibleWeight" : ([0-9]+)/#) { "\"eligibleWeight\" : \($0.1).0" } },
                "a fraction or an exponent"
            ),
            (
                "a whole number written with an exponent",
                { $0.replacing(#/"eligibleWeight" : ([0-9]+)/#) { "\"eligibleWeight\" : \($0.1)e0" } },
                "a fraction or an exponent"
            ),
            ("NaN", { $0.replacing("\"kind\" :", with: "\"x\" : NaN, \"kind\" :") }, "not"),
            ("Infinity", { $0.replacing("\"kind\" :", with: "\"x\" : -Infinity, \"kind\" :") }, "not"),
            (
                "nesting 101 deep",
                {
                    $0.replacing(
                        "\"kind\" :",
                        with: "\"x\" : " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
                            + ", \"kind\" :")
                },
                "nested deeper than 100"
            ),
            (
                "a whole number beyond 64 bits",
                { $0.replacing(#/"eligibleWeight" : ([0-9]+)/#) { _ in "\"eligibleWeight\" : 9223372036854775808" } },
                "beyond the range of a 64-bit whole number"
            ),
            (
                "400 nines in a key no record has",
                { $0.replacing("\"kind\" :", with: "\"x\" : " + String(repeating: "9", count: 400) + ", \"kind\" :") },
                "beyond the range of a 64-bit whole number"
            ),
            (
                "U+0000 in a value",
                { $0.replacing(#/"kind" : "([a-z]+)"/#) { "\"kind\" : \"\($0.1)\\u0000\"" } },
                "a string holds the character U+0000"
            ),
            (
                "a trailing comma",
                { text in String(text.trimmingCharacters(in: .whitespacesAndNewlines).dropLast()) + ",}" },
                "not a"
            ),
        ]
    }

    @Test func hostileRecordsAreRefusedByBothDrawVerifiers() throws {
        let draw = try PublishedDraw()
        let honest = try draw.read("record.json")
        let text = String(decoding: honest, as: UTF8.self)
        for (what, change, words) in Self.hostileRecords {
            let changed = change(text)
            #expect(changed != text, "\(what): the change did not apply")
            try draw.write("record.json", Array(changed.utf8))
            let results = try draw.verifyBoth()
            expectMapped(results, swift: 65, what)
            #expect(results.swift.stderr.contains(words), "\(what): \(results.swift.stderr)")
            #expect(words.contains("deeper") || !results.swift.stderr.contains("deeper"), "\(results.swift.stderr)")
            #expect(results.python.stderr.contains(words), "\(what): \(results.python.stderr)")
            // Along the chain: the same record refused by both.
            let chain = (
                try Run.spotcheck(["verify", "--chain", draw.root.path]), try Run.python(["--chain", draw.root.path])
            )
            expectMapped(chain, swift: 65, "\(what) (chain)")
        }
        // The honest record in UTF-16: not UTF-8 text, for both (65).
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try draw.write("record.json", utf16)
        let results = try draw.verifyBoth()
        expectMapped(results, swift: 65, "UTF-16")
        #expect(results.swift.stderr.contains("not UTF-8 text"), "\(results.swift.stderr)")
        #expect(results.python.stderr.contains("not UTF-8 text"), "\(results.python.stderr)")
        // A key no draw record has, at the top or inside a pick: a difference for both (1).
        for (what, changed) in [
            ("a key at the top", text.replacing("\"kind\" :", with: "\"x\" : 1, \"kind\" :")),
            ("a key at the top, null", text.replacing("\"kind\" :", with: "\"x\" : null, \"kind\" :")),
            ("a key in a pick", text.replacing("\"attempt\" : 0,", with: "\"attempt\" : 0, \"extra\" : 1,")),
        ] {
            #expect(changed != text, "\(what): the change did not apply")
            try draw.write("record.json", Array(changed.utf8))
            expectMapped(try draw.verifyBoth(), swift: 1, what)
        }
        try draw.write("record.json", honest)
    }
}
