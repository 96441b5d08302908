import Foundation
import SpotcheckCore
import Testing

@testable import SpotcheckLedger

@Suite struct CodingTests {
    @Test func aFindingSurvivesJSONWithItsIDAsText() throws {
        let finding = try Fixture.closed()
        let data = try JSONEncoder().encode(finding)
        #expect(String(decoding: data, as: UTF8.self).contains("\"F-2026-0001\""))
        #expect(try JSONDecoder().decode(Finding.self, from: data) == finding)
    }

    @Test func decodingRefusesABadIDOrADuplicateRuleCode() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(FindingID.self, from: Data("\"F-26-1\"".utf8)) }
        let rules = #"[{"code":"P1","text":"a"},{"code":"P1","text":"b"}]"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Prohibitions.self, from: Data(rules.utf8)) }
    }
}
