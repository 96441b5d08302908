import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckLedger

/// A submission is in time or late against the due date in force when it was made: an extension
/// granted while the verifier has it moves the due date but makes no late submission in time.
@Suite struct LateSubmissionTests {
    static let calendar = Fixture.calendar

    /// Due Friday 12-04; on 12-03 an extension to 12-31 is asked; submitted on `submittedOn`;
    /// the extension granted on 12-09.
    static func grantedWhileWaiting(submittedOn day: String) throws -> Finding {
        try Fixture.rectifying(on: "2026-12-01", due: "2026-12-04")
            .after(
                .requestExtension(to: Fixture.day("2026-12-31"), reason: "等待设备"), by: Fixture.contact, on: "2026-12-03"
            )
            .after(.completeMeasure(number: 1, evidence: [.sha256(Fixture.hash)]), by: Fixture.contact, on: day)
            .after(.submitForVerification, by: Fixture.contact, on: day)
            .after(.decideExtension(grant: true), by: Fixture.coordinator, on: "2026-12-09")
    }

    @Test func aLateSubmissionStaysLateWhenAnExtensionIsGrantedWhileItWaits() throws {
        let finding = try Self.grantedWhileWaiting(submittedOn: "2026-12-08")
        #expect(finding.state == .awaitingVerification && finding.deadline?.due == Fixture.day("2026-12-31"))
        #expect(finding.submittedDue == Fixture.day("2026-12-04"))
        #expect(finding.clockRuns(calendar: Self.calendar))
        #expect(finding.waitingForVerifierSince(calendar: Self.calendar) == nil)
        // The clock runs against the granted date: on track now, escalating once it passes.
        #expect(finding.status(on: Fixture.day("2026-12-09"), calendar: Self.calendar) == .onTrack)
        #expect(
            finding.escalationsDue(on: Fixture.day("2027-01-04"), calendar: Self.calendar, journaled: [])
                == [EscalationMark(finding: finding.id, level: .reminder, due: Fixture.day("2026-12-31"))])
    }

    @Test func aSubmissionInTimeStaysInTimeWhenAnExtensionIsGrantedWhileItWaits() throws {
        let finding = try Self.grantedWhileWaiting(submittedOn: "2026-12-04")
        #expect(!finding.clockRuns(calendar: Self.calendar))
        #expect(finding.waitingForVerifierSince(calendar: Self.calendar) != nil)
        #expect(finding.escalationsDue(on: Fixture.day("2027-01-04"), calendar: Self.calendar, journaled: []).isEmpty)
    }

    @Test func aSubmissionFromBeforeTheDueDateWasKeptIsJudgedByTheDateTheExtensionReplaced() throws {
        var late = try Self.grantedWhileWaiting(submittedOn: "2026-12-08")
        late.submittedDue = nil
        #expect(late.dueAtSubmission == Fixture.day("2026-12-04"))
        #expect(late.clockRuns(calendar: Self.calendar))
        var inTime = try Self.grantedWhileWaiting(submittedOn: "2026-12-04")
        inTime.submittedDue = nil
        #expect(!inTime.clockRuns(calendar: Self.calendar))
        // Kept only when there is something to keep: an old body decodes without it.
        let body = try JSONEncoder().encode(late)
        #expect(try JSONDecoder().decode(Finding.self, from: body).submittedDue == nil)
    }
}
