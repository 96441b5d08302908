import ArgumentParser
import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// A conflict's reason the roster's text rules refuse is told in the reader's language, naming
/// the option, the character and what to do; a stored one at approval names the declaration.
@Suite struct DeclarationReasonTextTests {
    static func failure(_ detail: String, _ value: String, id: Int? = nil) -> Varlink.Failure {
        var parameters: [String: Varlink.Value] = [
            "message": .string("English from the daemon"), "code": .string("bad-reason"),
            "detail": .string(detail), "value": .string(value), "position": .int(3),
        ]
        if let id { parameters["id"] = .int(id) }
        return Varlink.Failure("io.spotcheck.DeclarationRefused", parameters)
    }

    @Test func aRefusedReasonIsToldInBothLanguagesWithItsCharacter() throws {
        let formula = try #require(DeclareCommand.reasonRefusal(Self.failure("formula", "U+003D")))
        #expect(formula.english.contains("--reason: starts with '=' (U+003D)"), "\(formula.english)")
        #expect(formula.english.contains("formula") && formula.english.contains("nothing was declared"))
        #expect(formula.chinese.contains("--reason：以 '=' (U+003D) 开头") && formula.chinese.contains("公式"))
        let tab = try #require(DeclareCommand.reasonRefusal(Self.failure("formula", "U+0009")))
        #expect(tab.english.contains("starts with U+0009,"), "\(tab.english)")
        let mark = try #require(DeclareCommand.reasonRefusal(Self.failure("invisible", "U+200D")))
        #expect(mark.english.contains("--reason: holds the invisible mark U+200D at character 3"), "\(mark.english)")
        #expect(mark.chinese.contains("第 3 个字符是不可见标记 U+200D"), "\(mark.chinese)")
        let stored = try #require(DeclareCommand.reasonRefusal(Self.failure("formula", "U+002B", id: 7)))
        #expect(stored.english.contains("declaration 7") && stored.english.contains("spotcheck declarations reject 7"))
        #expect(stored.chinese.contains("第 7 号申报") && stored.chinese.contains("spotcheck declarations reject 7"))
        let storedMark = try #require(DeclareCommand.reasonRefusal(Self.failure("invisible", "U+034F", id: 8)))
        #expect(storedMark.english.contains("U+034F at character 3") && storedMark.chinese.contains("第 8 号申报"))
        // The whole refusal reads as the daemon's code says, not as its English.
        let told = DeclareCommand.refusal(Self.failure("formula", "U+003D"))
        #expect(!told.message.contains("English from the daemon") && told.exitCode.rawValue == 65, "\(told.message)")
    }
}
