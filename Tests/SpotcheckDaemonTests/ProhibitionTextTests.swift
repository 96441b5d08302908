import Foundation
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckRoster

/// `[ledger] prohibitions` are held to the text rules findings and exports need: a code of
/// letters and digits (no formula), one code per rule whatever its case, and a rule text without
/// control characters, line breaks, direction or invisible marks or a formula's first character.
@Suite struct ProhibitionTextTests {
    static func messages(_ entries: [String]) -> String {
        let text = ConfigTests.pool + "\n[ledger]\nprohibitions = [\(entries.joined(separator: ", "))]\n"
        do {
            _ = try ConfigTests.parse(text)
            return ""
        } catch {
            return error.errors.map(\.description).joined(separator: "\n")
        }
    }

    @Test func codesAndTextsOutsideTheTextRulesAreRefused() {
        #expect(Self.messages([#""P01 不得推诿扯皮""#, #""第二条 不得敷衍塞责""#, #""P-3.a 不得擅离职守""#]).isEmpty)
        for (entry, said) in [
            (#""=1+1 不得推诿""#, "is not letters and digits"), (#""-2+3 不得推诿""#, "is not letters and digits"),
            (#""P01 不得\u202E推诿""#, "U+202E"), (#""P01 不得\n推诿""#, "U+000A"), (#""P01 不得\t推诿""#, "U+0009"),
            (#""P01 不得\u200B推诿""#, "U+200B"), (#""P01 =HYPERLINK(1)""#, "formula"),
        ] {
            let messages = Self.messages([entry])
            #expect(messages.contains("ledger.prohibitions") && messages.contains(said), "\(entry): \(messages)")
        }
        let cased = Self.messages([#""P03 不得推诿""#, #""p03 不得扯皮""#])
        #expect(cased.contains("the code p03 differs from P03 only in case"), "\(cased)")
    }
}
