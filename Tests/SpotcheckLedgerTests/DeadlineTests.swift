import SpotcheckCore
import Testing

@testable import SpotcheckLedger

@Suite struct WorkingDayTests {
    let calendar = Fixture.calendar
    func day(_ text: String) -> Day { Fixture.day(text) }

    @Test func skipsTheWeekend() {
        #expect(calendar.addingWorkingDays(1, to: day("2026-12-04")) == day("2026-12-07"))
        #expect(calendar.workingDays(after: day("2026-12-04"), through: day("2026-12-07")) == 1)
        #expect(calendar.addingWorkingDays(5, to: day("2026-12-01")) == day("2026-12-08"))
    }

    @Test func skipsHolidaysAndCountsAdjustedWorkingDays() {
        // National Day week off, Saturday 10-10 worked.
        #expect(calendar.addingWorkingDays(1, to: day("2026-09-30")) == day("2026-10-09"))
        #expect(calendar.addingWorkingDays(2, to: day("2026-09-30")) == day("2026-10-10"))
        #expect(calendar.addingWorkingDays(3, to: day("2026-09-30")) == day("2026-10-12"))
        // Sunday 09-27 worked, Saturday 09-26 not.
        #expect(calendar.addingWorkingDays(1, to: day("2026-09-25")) == day("2026-09-27"))
        #expect(calendar.workingDays(after: day("2026-09-25"), through: day("2026-10-12")) == 7)
    }

    @Test func countsNothingBackwards() {
        #expect(calendar.workingDays(after: day("2026-12-07"), through: day("2026-12-04")) == 0)
        #expect(calendar.addingWorkingDays(0, to: day("2026-12-05")) == day("2026-12-07"))
    }

    @Test func aCalendarWithoutWorkingDaysGivesNoDate() {
        let never = WorkCalendar(weekend: Set(1...7))
        #expect(never.addingWorkingDays(1, to: day("2026-12-01")) == nil)
    }
}

@Suite struct DeadlineStatusTests {
    func status(
        _ start: String, _ due: String, on today: String, policy: DeadlinePolicy = .standard
    )
        -> DeadlineStatus
    {
        Deadline(start: Fixture.day(start), due: Fixture.day(due))
            .status(on: Fixture.day(today), calendar: Fixture.calendar, policy: policy)
    }

    @Test func movesFromOnTrackThroughCautionToOverdue() {
        // Ten working days from Tuesday 12-01 to Tuesday 12-15.
        #expect(status("2026-12-01", "2026-12-15", on: "2026-12-01") == .onTrack)
        #expect(status("2026-12-01", "2026-12-15", on: "2026-12-08") == .onTrack)  // 5 of 10 left
        #expect(status("2026-12-01", "2026-12-15", on: "2026-12-09") == .caution)  // 4 of 10 left
        #expect(status("2026-12-01", "2026-12-15", on: "2026-12-12") == .caution)
        #expect(status("2026-12-01", "2026-12-15", on: "2026-12-15") == .dueToday)
        #expect(status("2026-12-01", "2026-12-15", on: "2026-12-16") == .overdue(workingDays: 1))
        #expect(status("2026-12-01", "2026-12-15", on: "2026-12-19") == .overdue(workingDays: 3))
        #expect(status("2026-12-01", "2026-12-15", on: "2026-12-21") == .overdue(workingDays: 4))
    }

    @Test func aShortPeriodIsInCautionWithThreeWorkingDaysLeft() throws {
        // Four working days from Tuesday 12-01 to Monday 12-07: three left is caution although
        // more than half the time remains.
        #expect(status("2026-12-01", "2026-12-07", on: "2026-12-01") == .onTrack)
        #expect(status("2026-12-01", "2026-12-07", on: "2026-12-02") == .caution)
        #expect(status("2026-12-01", "2026-12-04", on: "2026-12-01") == .caution)
        let lenient = try DeadlinePolicy(cautionWorkingDays: 0)
        #expect(status("2026-12-01", "2026-12-04", on: "2026-12-01", policy: lenient) == .onTrack)
        #expect(status("2026-12-01", "2026-12-04", on: "2026-12-03", policy: lenient) == .caution)  // 1 of 3
    }

    @Test func aDueDateOnAHolidayMovesToTheNextWorkingDay() {
        #expect(status("2026-09-28", "2026-10-03", on: "2026-10-05") == .caution)
        #expect(status("2026-09-28", "2026-10-03", on: "2026-10-09") == .dueToday)
        #expect(status("2026-09-28", "2026-10-03", on: "2026-10-10") == .overdue(workingDays: 1))
        #expect(status("2026-09-28", "2026-10-03", on: "2026-10-11") == .overdue(workingDays: 1))
        #expect(status("2026-09-28", "2026-10-03", on: "2026-10-12") == .overdue(workingDays: 2))
    }

    @Test func theWeekendAfterAFridayDeadlineIsOverdueByNoWorkingDay() {
        #expect(status("2026-12-01", "2026-12-04", on: "2026-12-05") == .overdue(workingDays: 0))
        #expect(status("2026-12-01", "2026-12-04", on: "2026-12-07") == .overdue(workingDays: 1))
    }

    @Test func onlyARunningRectificationHasAStatus() throws {
        let today = Fixture.day("2026-12-20")
        #expect(try Fixture.confirmed().status(on: today, calendar: Fixture.calendar) == nil)
        #expect(try Fixture.awaitingVerification().status(on: today, calendar: Fixture.calendar) == nil)
        #expect(try Fixture.closed().status(on: today, calendar: Fixture.calendar) == nil)
        #expect(
            try Fixture.rectifying(due: "2026-12-15").status(on: today, calendar: Fixture.calendar)
                == .overdue(workingDays: 3))
    }

    @Test func refusesEscalationOffsetsOutOfOrder() {
        #expect(throws: LedgerError.invalidEscalationOffsets([0, 5, 10])) { try DeadlinePolicy(reminderAfter: 0) }
        #expect(throws: LedgerError.invalidEscalationOffsets([1, 5, 5])) { try DeadlinePolicy(referralAfter: 5) }
    }
}

@Suite struct EscalationTests {
    /// Runs a daily pass over `days`, journaling what it returns; answers the day each level fell.
    func run(
        _ finding: Finding, days: [Day], policy: DeadlinePolicy = .standard, journal: inout Set<EscalationMark>
    ) -> [EscalationLevel: Day] {
        var fell: [EscalationLevel: Day] = [:]
        for today in days {
            for mark in finding.escalationsDue(
                on: today, calendar: Fixture.calendar, policy: policy, journaled: journal)
            {
                #expect(fell[mark.level] == nil, "\(mark.level) twice")
                #expect(journal.insert(mark).inserted)
                fell[mark.level] = today
            }
        }
        return fell
    }

    func span(_ from: String, _ through: String) -> [Day] {
        let start = Fixture.day(from)
        return (0...(Fixture.day(through).ordinal - start.ordinal)).map { start.adding(days: $0) }
    }

    @Test func eachLevelFallsOnItsWorkingDayExactlyOnce() throws {
        let finding = try Fixture.rectifying(due: "2026-12-04")
        var journal: Set<EscalationMark> = []
        let fell = run(finding, days: span("2026-12-01", "2027-01-31"), journal: &journal)
        #expect(fell[.reminder] == Fixture.day("2026-12-07"))
        #expect(fell[.notice] == Fixture.day("2026-12-11"))
        #expect(fell[.referral] == Fixture.day("2026-12-18"))
        #expect(journal.count == 3)
    }

    @Test func repeatedPassesOnTheSameDayJournalNothingNew() throws {
        let finding = try Fixture.rectifying(due: "2026-12-04")
        var journal: Set<EscalationMark> = []
        let days =
            Array(repeating: Fixture.day("2026-12-07"), count: 5)
            + Array(repeating: Fixture.day("2026-12-11"), count: 3)
        let fell = run(finding, days: days, journal: &journal)
        #expect(fell.count == 2)
        #expect(journal.count == 2)
    }

    @Test func aPassAfterDowntimeCatchesUpEveryLevelOnce() throws {
        let finding = try Fixture.rectifying(due: "2026-12-04")
        var journal: Set<EscalationMark> = []
        // No pass from 12-02 to 12-14: the pass of 12-15 owes the reminder and the notice.
        let first = finding.escalationsDue(
            on: Fixture.day("2026-12-15"), calendar: Fixture.calendar, journaled: journal)
        #expect(first.map(\.level) == [.reminder, .notice])
        journal.formUnion(first)
        let fell = run(finding, days: span("2026-12-15", "2027-01-15"), journal: &journal)
        #expect(fell == [.referral: Fixture.day("2026-12-18")])
        // Down for a month: all three at once, then never again.
        var fresh: Set<EscalationMark> = []
        let late = finding.escalationsDue(on: Fixture.day("2027-01-20"), calendar: Fixture.calendar, journaled: fresh)
        #expect(late.map(\.level) == [.reminder, .notice, .referral])
        fresh.formUnion(late)
        #expect(
            finding.escalationsDue(on: Fixture.day("2027-01-21"), calendar: Fixture.calendar, journaled: fresh).isEmpty)
    }

    @Test func escalationCountsWorkingDaysAcrossHolidays() throws {
        let finding = try Fixture.rectifying(on: "2026-09-21", due: "2026-09-30")
        var journal: Set<EscalationMark> = []
        let fell = run(finding, days: span("2026-09-21", "2026-11-30"), journal: &journal)
        #expect(fell[.reminder] == Fixture.day("2026-10-09"))
        #expect(fell[.notice] == Fixture.day("2026-10-14"))  // 10-09, 10-10, 10-12, 10-13, 10-14
        #expect(fell[.referral] == Fixture.day("2026-10-21"))
    }

    @Test func offsetsAreConfigurable() throws {
        let finding = try Fixture.rectifying(due: "2026-12-04")
        var journal: Set<EscalationMark> = []
        let policy = try DeadlinePolicy(reminderAfter: 2, noticeAfter: 3, referralAfter: 4)
        let fell = run(finding, days: span("2026-12-01", "2026-12-31"), policy: policy, journal: &journal)
        #expect(
            fell == [
                .reminder: Fixture.day("2026-12-08"), .notice: Fixture.day("2026-12-09"),
                .referral: Fixture.day("2026-12-10"),
            ])
    }

    @Test func nothingEscalatesOutsideRectification() throws {
        let today = Fixture.day("2027-01-31")
        for finding in [try Fixture.confirmed(), try Fixture.awaitingVerification(), try Fixture.closed()] {
            #expect(finding.escalationsDue(on: today, calendar: Fixture.calendar, journaled: []).isEmpty)
        }
    }

    @Test func aNewDueDateStartsANewSeries() throws {
        let finding = try Fixture.rectifying(due: "2026-12-15")
            .after(.requestExtension(to: Fixture.day("2026-12-22"), reason: "r"), by: Fixture.contact, on: "2026-12-14")
        var journal: Set<EscalationMark> = []
        // The decision comes late: the old due date was already escalated once.
        let old = run(finding, days: span("2026-12-14", "2026-12-17"), journal: &journal)
        #expect(old == [.reminder: Fixture.day("2026-12-16")])
        let extended = try finding.after(.decideExtension(grant: true), by: Fixture.coordinator, on: "2026-12-17")
        #expect(
            extended.escalationsDue(on: Fixture.day("2026-12-17"), calendar: Fixture.calendar, journaled: journal)
                .isEmpty)
        let new = run(extended, days: span("2026-12-17", "2026-12-31"), journal: &journal)
        #expect(new[.reminder] == Fixture.day("2026-12-23"))
        #expect(
            journal.filter { $0.level == .reminder }.map(\.due).sorted() == [
                Fixture.day("2026-12-15"), Fixture.day("2026-12-22"),
            ])
    }
}
