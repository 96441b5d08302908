import Foundation
import SpotcheckCore
import Testing

@testable import SpotcheckLedger

/// Who found a finding never verifies it, and a late submission stays late whatever the calendar
/// says later.
@Suite struct LedgerIntegrityTests {
    @Test func theFinderOrTheTeamThatFoundItNeverVerifiesIt() throws {
        let finding = try Fixture.awaitingVerification()
        // Drawn, from another department, no recusal: still the finder.
        let finder = Actor(login: finding.finder, role: .verifier)
        #expect(
            finding.refusal(.verify(accepted: true, note: "", eligibility: Fixture.eligible), by: finder)
                == .verifierFoundIt(verifier: finding.finder, finding: finding.id))
        // A member of the team that found it (replaced off it since, say).
        var member = Fixture.eligible
        member.onFindingTeam = true
        #expect(
            finding.refusal(.verify(accepted: true, note: "", eligibility: member), by: Fixture.verifier)
                == .verifierFoundIt(verifier: "sun", finding: finding.id))
        #expect(
            LedgerError.verifierFoundIt(verifier: "sun", finding: finding.id).description.contains(
                "a coordinator should replace them"))
        #expect(
            try finding.after(.verify(accepted: true, note: "", eligibility: Fixture.eligible), by: Fixture.verifier)
                .state == .closed)
    }

    @Test func aLateSubmissionStaysLateWhenHolidaysAreAddedOverItsDueDateLater() throws {
        // Due Friday 12-04, submitted Tuesday 12-08: late under the calendar of the day.
        let late = try Fixture.rectifying(due: "2026-12-04")
            .after(.completeMeasure(number: 1, evidence: [.reference("文件2号")]), by: Fixture.contact, on: "2026-12-08")
            .after(.submitForVerification, by: Fixture.contact, on: "2026-12-08")
        #expect(late.submittedLate == true)
        // Holidays added afterwards over 12-04…12-08: the due date would count as 12-09.
        let changed = WorkCalendar(holidays: Set((0..<5).map { Fixture.day("2026-12-04").adding(days: $0) }))
        #expect(late.clockRuns(calendar: changed))
        #expect(late.waitingForVerifierSince(calendar: changed) == nil)
        #expect(late.status(on: Fixture.day("2026-12-10"), calendar: changed) == .overdue(workingDays: 1))
        // One made in time stays in time the same way.
        let onTime = try Fixture.rectifying(due: "2026-12-04")
            .after(.completeMeasure(number: 1, evidence: [.reference("文件2号")]), by: Fixture.contact, on: "2026-12-04")
            .after(.submitForVerification, by: Fixture.contact, on: "2026-12-04")
        #expect(onTime.submittedLate == false)
        #expect(!onTime.clockRuns(calendar: WorkCalendar(adjustedWorkingDays: [])))
    }
}
