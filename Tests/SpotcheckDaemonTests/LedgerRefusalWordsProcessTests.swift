import Foundation
import Testing

@testable import SpotcheckStore

/// A ledger refusal read from a running spotcheckd: the state and the action it names are words
/// of the reader's language.
@Suite(.serialized) struct LedgerRefusalWordsProcessTests {
    @Test func anExtensionOfAConfirmedFindingIsRefusedInWordsNotCodes() throws {
        let daemon = try DaemonProcess.started(revealIn: 4, extra: DaemonProcess.ledgerSection)
        defer { daemon.stop() }
        let (_, draw, assignment) = try daemon.revealedAssignment()
        let added = try daemon.spotcheck([
            "findings", "add", "--assignment", "\(draw.id)/\(assignment.department)", "--category", "sluggish",
            "--facts", "窗口无人值守",
        ])
        let id = try #require(added.output.firstMatch(of: /F-\d{4}-\d+/).map { String($0.output) }, "\(added.output)")
        #expect(try daemon.spotcheck(["findings", "confirm", id]).status == 0)
        let extend = ["findings", "extend", id, "--to", "2099-01-01", "--reason", "需要更多时间"]

        let english = try daemon.spotcheck(extend)
        #expect(english.status == 65, "\(english.output)")
        #expect(
            english.output.contains(
                "refused (wrongState): requesting an extension is not possible while the finding is confirmed"),
            "\(english.output)")
        let chinese = try daemon.spotcheck(extend, locale: "zh_CN.UTF-8")
        #expect(chinese.status == 65, "\(chinese.output)")
        #expect(chinese.output.contains("问题处于“已确认”状态时不能申请延期"), "\(chinese.output)")
        #expect(!chinese.output.contains("extension.requested") && !chinese.output.contains("confirmed"))
        #expect(EnglishWords.of(chinese.output, allowing: ["spotcheck"]).isEmpty, "\(chinese.output)")
    }
}
