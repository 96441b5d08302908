import Foundation
import SpotcheckCore
import Testing

@testable import SpotcheckLedger

/// The office bounds the rectification deadline (限期整改) and the due date keeps running: a
/// department sets no deadline of its own beyond the limit of the finding's severity, and a
/// submission made after the due date, or rejected, does not stop escalation.
@Suite struct RectificationLimitTests {
    func day(_ text: String) -> Day { Fixture.day(text) }

    func rules(_ limits: RectificationLimits) -> LedgerRules {
        LedgerRules(
            prohibitions: Fixture.prohibitions, extensionCap: 1, rectificationLimits: limits,
            calendar: Fixture.calendar)
    }

    @Test func aContactCannotPlanAMeasureDueBeyondTheLimitOfTheFindingsSeverity() throws {
        let confirmed = try Fixture.confirmed()
        // Serious: 40 working days from Tuesday 2026-12-01 (weekends off) end on 2027-01-26.
        let standard = Fixture.rules
        #expect(standard.rectificationLimits.workingDays(for: .serious) == 40)
        #expect(
            confirmed.refusal(.addMeasure(text: "安排专人值守", owner: "办公室主任", due: day("2099-12-31")), by: Fixture.contact)
                == .measureDueBeyondLimit(
                    measure: 1, due: day("2099-12-31"), latest: day("2027-01-26"), severity: .serious, workingDays: 40))
        #expect(
            confirmed.refusal(.addMeasure(text: "安排专人值守", owner: "办公室主任", due: day("2027-01-27")), by: Fixture.contact)
                != nil)
        let started = try confirmed.after(
            .addMeasure(text: "安排专人值守", owner: "办公室主任", due: day("2027-01-26")), by: Fixture.contact
        )
        .after(.startRectification, by: Fixture.contact)
        #expect(started.deadline == Deadline(start: day("2026-12-01"), due: day("2027-01-26")))
    }

    @Test func theRefusalNamesTheMeasureItsDateAndTheLatestDateAndSaysALaterOneNeedsAnExtension() {
        let error = LedgerError.measureDueBeyondLimit(
            measure: 2, due: day("2099-12-31"), latest: day("2026-12-29"), severity: .minor, workingDays: 20)
        #expect(error.description.hasPrefix("measure 2 is due 2099-12-31, after 2026-12-29"))
        #expect(error.description.contains("minor finding may take (20 working days from the start)"))
        #expect(error.description.contains("extension (spotcheck findings extend), which a coordinator decides"))
    }

    @Test func theLimitIsConfiguredPerSeverityAndCountsTheCalendarsWorkingDays() throws {
        // Serious: 5 working days from Wednesday 2026-09-30 skip the National Day week and count
        // Saturday 10-10: 10-09, 10-10, 10-12, 10-13, 10-14.
        let short = rules(RectificationLimits(minor: 60, serious: 5, grave: 1))
        let confirmed = try Fixture.confirmed(on: "2026-09-30")
        func plan(_ due: String) -> LedgerError? {
            do {
                _ = try confirmed.applying(
                    .addMeasure(text: "整改", owner: "科长", due: day(due)), by: Fixture.contact,
                    at: Fixture.at("2026-09-30"), rules: short)
                return nil
            } catch {
                return error
            }
        }
        #expect(plan("2026-10-14") == nil)
        #expect(
            plan("2026-10-15")
                == .measureDueBeyondLimit(
                    measure: 1, due: day("2026-10-15"), latest: day("2026-10-14"), severity: .serious, workingDays: 5))
    }

    @Test func aMeasurePlannedUnderALongerLimitIsRefusedWhenRectificationStarts() throws {
        let planned = try Fixture.confirmed()
            .after(.addMeasure(text: "整改", owner: "科长", due: day("2027-01-20")), by: Fixture.contact)
        let short = rules(RectificationLimits(minor: 20, serious: 10, grave: 5))
        #expect(
            throws: LedgerError.measureDueBeyondLimit(
                measure: 1, due: day("2027-01-20"), latest: day("2026-12-15"), severity: .serious, workingDays: 10)
        ) {
            try planned.applying(.startRectification, by: Fixture.contact, at: Fixture.at("2026-12-01"), rules: short)
        }
        // A coordinator is held to the limit too: only an extension moves the deadline later.
        #expect(throws: LedgerError.self) {
            try planned.applying(
                .startRectification, by: Fixture.coordinator, at: Fixture.at("2026-12-01"), rules: short)
        }
    }

    @Test func onlyAnExtensionDecidedByAnotherCoordinatorMovesTheDeadlineBeyondTheLimitAndOnlyUpToTheCap() throws {
        let requested = try Fixture.rectifying(due: "2026-12-15")
            .after(.requestExtension(to: day("2027-06-30"), reason: "需财政拨款"), by: Fixture.contact, on: "2026-12-10")
        #expect(
            requested.refusal(.decideExtension(grant: true), by: Fixture.contact, on: "2026-12-10")
                == .notPermitted(role: "contact of dept-a", action: .decideExtension))
        let extended = try requested.after(.decideExtension(grant: true), by: Fixture.coordinator, on: "2026-12-11")
        #expect(extended.deadline?.due == day("2027-06-30"))
        // Measures added now may run to the extended deadline, and no further.
        #expect(
            extended.refusal(
                .addMeasure(text: "b", owner: "科长", due: day("2027-07-01")), by: Fixture.contact, on: "2026-12-11")
                == .measureDueAfterDeadline(due: day("2027-07-01"), deadline: day("2027-06-30")))
        #expect(
            extended.refusal(
                .requestExtension(to: day("2099-12-31"), reason: "再延"), by: Fixture.contact, on: "2026-12-11")
                == .extensionCapReached(cap: 1))
    }
}

@Suite struct ClockWhileVerifyingTests {
    let calendar = Fixture.calendar
    func day(_ text: String) -> Day { Fixture.day(text) }

    /// Rectifying since Tuesday 12-01, due Friday 12-04: reminder on Monday 12-07, notice on
    /// Friday 12-11, referral on Friday 12-18.
    func submitted(on text: String) throws -> Finding {
        try Fixture.rectifying(due: "2026-12-04")
            .after(.completeMeasure(number: 1, evidence: [.reference("文件2号")]), by: Fixture.contact, on: text)
            .after(.submitForVerification, by: Fixture.contact, on: text)
    }

    func levels(_ finding: Finding, on text: String, journaled: Set<EscalationMark> = []) -> [EscalationLevel] {
        finding.escalationsDue(on: day(text), calendar: calendar, journaled: journaled).map(\.level)
    }

    @Test func aSubmissionAfterTheDueDateDoesNotStopEscalation() throws {
        let late = try submitted(on: "2026-12-08")
        #expect(late.state == .awaitingVerification)
        #expect(late.submitted?.day == day("2026-12-08"))
        #expect(late.clockRuns(calendar: calendar))
        #expect(levels(late, on: "2026-12-11") == [.reminder, .notice])
        #expect(levels(late, on: "2026-12-18") == [.reminder, .notice, .referral])
        #expect(late.status(on: day("2026-12-11"), calendar: calendar) == .overdue(workingDays: 5))
        #expect(late.waitingForVerifierSince(calendar: calendar) == nil)
    }

    @Test func aSubmissionOnTheDueDateStopsTheClockWhileTheVerifierHasIt() throws {
        let onTime = try submitted(on: "2026-12-04")
        #expect(!onTime.clockRuns(calendar: calendar))
        #expect(levels(onTime, on: "2026-12-18") == [])
        #expect(onTime.status(on: day("2026-12-18"), calendar: calendar) == nil)
        #expect(onTime.waitingForVerifierSince(calendar: calendar)?.day == day("2026-12-04"))
        // Accepted: closed, nothing ever escalates.
        let closed = try onTime.after(
            .verify(accepted: true, note: "", eligibility: Fixture.eligible), by: Fixture.verifier, on: "2026-12-18")
        #expect(levels(closed, on: "2027-01-18") == [])
    }

    @Test func aRejectedSubmissionCountsAsNeverMadeAndAnImmediateResubmissionKeepsEscalating() throws {
        let onTime = try submitted(on: "2026-12-03")
        #expect(levels(onTime, on: "2026-12-14") == [])
        // Rejected on Monday 12-14: reminder and notice fell due meanwhile and are due at once.
        let rejected = try onTime.after(
            .verify(accepted: false, note: "未见值班记录", eligibility: Fixture.eligible), by: Fixture.verifier,
            on: "2026-12-14")
        #expect(rejected.state == .rectifying)
        #expect(levels(rejected, on: "2026-12-14") == [.reminder, .notice])
        // Junk evidence submitted again the same minute: late, so the clock runs on.
        let again = try rejected.after(.submitForVerification, by: Fixture.contact, on: "2026-12-14")
        #expect(again.state == .awaitingVerification)
        #expect(levels(again, on: "2026-12-14") == [.reminder, .notice])
        let journaled: Set<EscalationMark> = [
            EscalationMark(finding: again.id, level: .reminder, due: day("2026-12-04")),
            EscalationMark(finding: again.id, level: .notice, due: day("2026-12-04")),
        ]
        #expect(levels(again, on: "2026-12-18", journaled: journaled) == [.referral])
    }

    @Test func aLateSubmissionIsMarkedInTheHistory() throws {
        let transition = try Fixture.rectifying(due: "2026-12-04")
            .after(
                .completeMeasure(number: 1, evidence: [.sha256(Fixture.hash)]), by: Fixture.contact, on: "2026-12-07"
            )
            .applying(.submitForVerification, by: Fixture.contact, at: Fixture.at("2026-12-07"), rules: Fixture.rules)
        #expect(transition.event.detail["late"] == "2026-12-04")
    }

    @Test func findingsStoredBeforeSubmissionsWereKeptStillDecode() throws {
        let finding = try submitted(on: "2026-12-08")
        let encoded = try JSONEncoder().encode(finding)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["submitted"] != nil)
        object.removeValue(forKey: "submitted")
        let old = try JSONDecoder().decode(Finding.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.submitted == nil)
        #expect(try JSONDecoder().decode(Finding.self, from: encoded) == finding)
    }
}

@Suite struct VerifierConflictTests {
    @Test func aVerifierWithAConflictThatAroseAfterTheDrawIsRefusedAndTheFindingWaits() throws {
        let finding = try Fixture.awaitingVerification()
        let conflicted = VerifierEligibility(
            home: "dept-c", drawnForFinding: true, conflict: "declared conflict: 配偶在该单位任职")
        #expect(
            finding.refusal(.verify(accepted: true, note: "", eligibility: conflicted), by: Fixture.verifier)
                == .verifierConflicted(
                    verifier: "sun", department: "dept-a", reason: "declared conflict: 配偶在该单位任职"))
        let error = LedgerError.verifierConflicted(verifier: "sun", department: "dept-a", reason: "own department")
        #expect(error.description.contains("a coordinator should replace them"))
    }
}
