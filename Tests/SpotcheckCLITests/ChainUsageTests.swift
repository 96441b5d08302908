import Foundation
import Testing

/// `--chain` checks the links of a public records folder; the auditors' openings
/// (`--conflict-salts`, `--order-reasons`) check one draw. Given together, both verifiers refuse
/// at once, saying what to do instead, rather than ignoring the openings and answering OK.
@Suite struct ChainUsageTests {
    /// A public records folder with nothing in it: the chain of no draw holds.
    static func emptyFolder() throws -> String {
        try Run.temporaryDirectory().path
    }

    @Test func pythonRefusesTheOpeningsWithTheChain() throws {
        let folder = try Self.emptyFolder()
        let salts = "\(folder)/conflict-salts.csv"
        try Data("inspector,department,reason,salt,reason_commitment\n".utf8).write(to: URL(fileURLWithPath: salts))
        #expect(try Run.python(["--chain", folder]).status == 0)
        for openings in [
            ["--conflict-salts", salts], ["--order-reasons", salts],
            [
                "--order-reasons", salts,
                "--conflict-salts", salts,
            ],
        ] {
            let result = try Run.python(["--chain", folder] + openings)
            #expect(result.status == 2, "\(openings): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.isEmpty, "\(result.stdout)")
            #expect(
                result.stderr.contains("are not checked with --chain: give them with that draw's public record folder"),
                "\(result.stderr)")
        }
    }

    @Test func swiftRefusesTheOpeningsWithTheChainInBothLanguages() throws {
        let folder = try Self.emptyFolder()
        let salts = "\(folder)/conflict-salts.csv"
        try Data("inspector,department,reason,salt,reason_commitment\n".utf8).write(to: URL(fileURLWithPath: salts))
        #expect(try Run.spotcheck(["verify", "--chain", folder]).status == 0)
        for openings in [["--conflict-salts", salts], ["--order-reasons", salts]] {
            for chain in [["--chain", folder], ["--chain"]] {
                let english = try Run.spotcheck(["verify"] + chain + openings)
                // Wrapped to the terminal's width: read as one line.
                let englishText = english.stderr.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(english.status == 64, "\(chain + openings): \(english.stdout)\(english.stderr)")
                #expect(
                    englishText.contains("are not checked with --chain: give them with that draw instead"),
                    "\(english.stderr)")
                #expect(englishText.contains("spotcheck verify --date DATE --pool POOL"), "\(english.stderr)")
                let chinese = try Run.spotcheck(["verify"] + chain + openings, locale: "zh_CN.UTF-8")
                #expect(chinese.status == 64, "\(chinese.stderr)")
                let chineseText = chinese.stderr.replacingOccurrences(of: "\n", with: "")
                #expect(chineseText.contains("--chain 不检查它们"), "\(chinese.stderr)")
            }
        }
    }
}
