import Foundation
import Testing

@testable import SpotcheckStore

/// `spotcheck findings confirm --severity` against a running spotcheckd: a self-inspection
/// finding's proposed severity is confirmed only with the severity the office sets.
@Suite(.serialized) struct LedgerSeverityProcessTests {
    @Test func aProposedGraveSeverityIsConfirmedOnlyWithTheSeverityTheOfficeSets() throws {
        let daemon = try DaemonProcess.started(revealIn: 4, extra: DaemonProcess.ledgerSection)
        defer { daemon.stop() }
        let (_, _, assignment) = try daemon.revealedAssignment()
        let added = try daemon.spotcheck([
            "findings", "add", "--self", assignment.department, "--category", "sluggish", "--severity", "grave",
            "--facts", "自查：窗口无人",
        ])
        #expect(added.status == 0, "\(added.output)")
        let id = try #require(added.output.firstMatch(of: /F-\d{4}-\d+/).map { String($0.output) })

        let english = try daemon.spotcheck(["findings", "confirm", id])
        #expect(english.status == 65, "\(english.output)")
        #expect(english.output.contains("refused (severityNotSet): the severity of \(id), grave"), "\(english.output)")
        let chinese = try daemon.spotcheck(["findings", "confirm", id], locale: "zh_CN.UTF-8")
        #expect(chinese.status == 65, "\(chinese.output)")
        #expect(chinese.output.contains("严重程度“严重”（整改期限 60 个工作日）是单位自报的"), "\(chinese.output)")

        let confirmed = try daemon.spotcheck(["findings", "confirm", id, "--severity", "serious", "--json"])
        #expect(confirmed.status == 0, "\(confirmed.output)")
        let object = try JSONSerialization.jsonObject(with: Data(confirmed.output.utf8)) as? [String: Any]
        #expect(object?["severity"] as? String == "serious" && object?["state"] as? String == "confirmed")
        let shown = try daemon.spotcheck(["findings", "show", id])
        #expect(shown.output.contains("severity=serious severityBefore=grave"), "\(shown.output)")
    }
}
