import Foundation
import SpotcheckText
import Testing

@testable import SpotcheckCLI
@testable import SpotcheckCore

/// How `spotcheck verify` names a replacement field of the wrong type: by file, entry, field and
/// the JSON type found, in English and Chinese.
@Suite struct ReplacementFieldTextTests {
    static func problems(_ entry: String) -> [String] {
        let base = #""draw":"1","department":"d","out":"a","in":"b","reason":"r","at":"t""#
        return ReplacementFields.problems(Array("[{\(base)\(entry)}]".utf8))
    }

    @Test func eachJSONTypeIsNamedAsItIs() {
        #expect(Self.problems("").isEmpty)
        #expect(Self.problems(#","passedOver":["c1"],"chosenBy":"rule","salt":"00""#).isEmpty)
        #expect(
            Self.problems(#","passedOver":false"#) == [
                "replacements[0].passedOver: is a boolean, not a list of inspector ids"
            ])
        #expect(
            Self.problems(#","passedOver":0"#) == [
                "replacements[0].passedOver: is a number, not a list of inspector ids"
            ])
        #expect(
            Self.problems(#","passedOver":1.5"#) == [
                "replacements[0].passedOver: is a number, not a list of inspector ids"
            ])
        #expect(
            Self.problems(#","passedOver":"""#) == [
                "replacements[0].passedOver: is a string, not a list of inspector ids"
            ])
        #expect(
            Self.problems(#","passedOver":null"#) == [
                "replacements[0].passedOver: is null, not a list of inspector ids"
            ])
        #expect(
            Self.problems(#","passedOver":{}"#) == [
                "replacements[0].passedOver: is an object, not a list of inspector ids"
            ])
        #expect(
            Self.problems(#","passedOver":[]"#)
                == ["replacements[0].passedOver: is an empty list (the key is absent when nobody was passed over)"])
        #expect(
            Self.problems(#","passedOver":["c1",true]"#)
                == ["replacements[0].passedOver: is a list holding a boolean, not a list of inspector ids"])
        #expect(Self.problems(#","chosenBy":1"#) == ["replacements[0].chosenBy: is a number, not a string"])
        #expect(
            Self.problems(#","previousRecordHash":null"#) == [
                "replacements[0].previousRecordHash: is null, not a string"
            ])
        #expect(
            ReplacementFields.problems(Array(#"[1]"#.utf8)) == ["replacements[0]: is a number, not a replacement entry"]
        )
        #expect(
            ReplacementFields.problems(Array(#"[{"draw":"1"}]"#.utf8)).first
                == "replacements[0].department: missing (a replacement entry has draw, department, out, in, reason and at)"
        )
    }

    @Test func theProblemIsToldInChineseWithTheFileAndFieldAsTheyAre() {
        let message =
            "/srv/public/2026-12-01/county/replacements.json: replacements[0].passedOver: is a boolean, not a list of inspector ids"
        // As `spotcheck verify` tells its differences: no earlier pattern takes it.
        let told = PassedThroughText.difference(message, in: .chinese)
        #expect(told == "/srv/public/2026-12-01/county/replacements.json: replacements[0].passedOver：是布尔值，应为检查人员编号的列表")
        let chain = "2026-12-01/county/replacements.json replacements[0].chosenBy: is a number, not a string"
        #expect(
            ChainText.problem(chain, in: .chinese)
                == "2026-12-01/county/replacements.json replacements[0].chosenBy：是数字，应为字符串")
        let empty = "replacements[0].passedOver: is an empty list (the key is absent when nobody was passed over)"
        #expect(PassedThroughText.difference(empty, in: .chinese).contains("空列表"))
        #expect(PassedThroughText.difference(empty, in: .english) == empty)
    }
}
