import Foundation
import Testing

/// argument-parser's `(default: …)` in Chinese help: full-width brackets on both sides.
@Suite struct HelpDefaultTests {
    @Test func chineseHelpBracketsADefaultValueFullWidthOnBothSides() throws {
        // Wide enough that no line is wrapped inside the brackets.
        let help = ["COLUMNS=200", Run.binary.path, "draw", "--help"]
        let chinese = try Run.run("/usr/bin/env", help, locale: "zh_CN.UTF-8")
        #expect(chinese.stdout.contains("从哪个抽签池抽签。（默认：county）"), "\(chinese.stdout)")
        #expect(!chinese.stdout.contains("county)") && !chinese.stdout.contains("(默认"), "\(chinese.stdout)")
        let english = try Run.run("/usr/bin/env", help)
        #expect(english.stdout.contains("(default: county)"), "\(english.stdout)")
    }
}
