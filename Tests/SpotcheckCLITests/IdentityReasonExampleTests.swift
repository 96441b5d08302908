import Foundation
import SpotcheckCampaign
import Testing

/// The examples of `complaints identity request` in the help and the documents are accepted as
/// written: their reason is as long as spotcheckd asks (10 visible characters).
@Suite struct IdentityReasonExampleTests {
    static func reasons(in text: String) -> [String] {
        text.components(separatedBy: "\n").compactMap { line in
            guard let start = line.range(of: "identity request "),
                let flag = line.range(of: "--reason ", range: start.upperBound..<line.endIndex)
            else { return nil }
            let rest = line[flag.upperBound...].trimmingCharacters(in: .whitespaces)
            let reason =
                rest.hasPrefix("\"")
                ? String(rest.dropFirst().prefix { $0 != "\"" }) : String(rest.prefix { $0 != " " })
            return reason.hasPrefix("<") ? nil : reason  // the usage line's placeholder
        }
    }

    @Test func everyExampleReasonIsLongEnough() throws {
        var texts: [(String, String)] = []
        for page in ["README.md", "docs/campaign.md"] {
            let url = Run.packageRoot.appendingPathComponent(page)
            texts.append((page, try String(contentsOf: url, encoding: .utf8)))
        }
        for arguments in [
            ["complaints", "--help"], ["complaints", "identity", "--help"],
            ["complaints", "identity", "request", "--help"],
        ] {
            for locale in ["C.UTF-8", "zh_CN.UTF-8"] {
                let help = try Run.spotcheck(arguments, locale: locale)
                texts.append((arguments.joined(separator: " ") + " (\(locale))", help.stdout))
            }
        }
        var found = 0
        for (source, text) in texts {
            for reason in Self.reasons(in: text) {
                found += 1
                #expect(VisibleText.count(reason) >= 10, "\(source): --reason \(reason)")
            }
        }
        #expect(found >= 3, "the examples were not found")
    }
}
