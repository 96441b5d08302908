import Foundation
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// When the lead may report an assignment's outcome: the daemon accepts it from the inspection day
/// on (the day itself included, once the visit is over), and the help and docs/ledger.md say so.
@Suite struct AssignmentOutcomeDayTests {
    @Test func theHelpAndTheDocsSayTheInspectionDayItselfIsOpen() throws {
        let help = Catalogue.Findings.assignmentDiscussion
        #expect(help.english.hasPrefix("From the inspection day on (on the day itself"), "\(help.english)")
        #expect(help.chinese.hasPrefix("自检查当日起"), "\(help.chinese)")
        let docs = try String(
            contentsOf: Run.packageRoot.appendingPathComponent("docs/ledger.md"), encoding: .utf8
        ).replacingOccurrences(of: "\n", with: " ")
        #expect(docs.contains("reports, from the inspection day on (on the day itself once the visit is over)"))
        #expect(!docs.contains("after the inspection day, whether the assignment"))
        // Before the day the daemon refuses, saying from when it is possible.
        let refusal = LedgerWords.invalidField(
            "draw_id", "the inspection day is 2026-12-01; report the outcome on or after that day", in: .chinese)
        #expect(refusal.contains("2026-12-01"), "\(refusal)")
    }
}
