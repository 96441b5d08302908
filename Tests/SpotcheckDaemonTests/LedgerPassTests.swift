import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// Puts a rectifying finding into a store: recorded and started on `start`, due on `due`.
func plantRectifying(
    _ store: Store, department: String = "d-shuiwu", start: Day, due: Day, zone: TimeZone
) throws -> FindingID {
    let rules = LedgerRules(prohibitions: try Prohibitions([]), extensionCap: 2)
    let local = LocalTime(zone: zone)
    let instant = local.instant(start, TimeOfDay(hour: 9, minute: 0)!)
    let moment = Moment(unixSeconds: Int64(instant.timeIntervalSince1970), day: start)
    let actor = Actor(login: "coord", role: .coordinator)
    let recorded = try store.recordFinding(year: start.parts.year, at: instant) { counter in
        try Finding.record(
            counter: counter, department: department, source: .complaint(id: "C-1"), category: .sluggish,
            ruleCodes: [], severity: .minor, facts: "投诉无人受理", by: actor, at: moment, rules: rules)
    }
    try store.updateFinding(recorded.finding.id, at: instant) { finding in
        let confirmed = try finding.applying(.confirm, by: actor, at: moment, rules: rules)
        let measured = try confirmed.finding.applying(
            .addMeasure(text: "建立受理台账", owner: "办公室", due: due), by: actor, at: moment, rules: rules)
        let started = try measured.finding.applying(.startRectification, by: actor, at: moment, rules: rules)
        return [confirmed, measured, started]
    }
    return recorded.finding.id
}

/// The daily pass, driven through `Engine.tick(now:)` with chosen days.
@Suite struct LedgerPassTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    func counts(_ harness: Harness) -> [Int] {
        [
            harness.events(.escalationReminder).count, harness.events(.escalationNotice).count,
            harness.events(.escalationReferral).count,
        ]
    }

    @Test func eachLevelIsJournaledOnceOnItsWorkingDayAcrossRestartsAndDowntime() throws {
        // 2026-12-04 is a Friday; weekends are off. Reminder on Mon 12-07 (1 working day after),
        // notice on Fri 12-11 (5), referral on Fri 12-18 (10).
        let harness = try Harness()
        let id = try plantRectifying(
            harness.store, start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-04")!, zone: Self.shanghai)
        try harness.tick("2026-12-04", "17:00")
        try harness.tick("2026-12-05", "10:00")
        try harness.tick("2026-12-06", "10:00")
        #expect(counts(harness) == [0, 0, 0])
        try harness.tick("2026-12-07", "00:05")
        #expect(counts(harness) == [1, 0, 0])
        let reminder = try #require(harness.events(.escalationReminder).first)
        #expect(reminder.fields["FINDING"] == id.description && reminder.fields["DEPARTMENT"] == "d-shuiwu")
        #expect(reminder.fields["DUE"] == "2026-12-04" && reminder.fields["OVERDUE_DAYS"] == "1")
        #expect(reminder.event.messageID != Event.escalationNotice.messageID)
        try harness.tick("2026-12-07", "12:00")
        try harness.tick("2026-12-10", "09:00")
        #expect(counts(harness) == [1, 0, 0])

        // A restart, then downtime over both later levels: both come at once, once each.
        let restarted = try harness.restarted()
        try restarted.tick(now: harness.at("2026-12-21", "09:00"), config: harness.config)
        #expect(counts(harness) == [1, 1, 1])
        let again = try harness.restarted()
        try again.tick(now: harness.at("2026-12-22", "09:00"), config: harness.config)
        try again.tick(now: harness.at("2027-01-15", "09:00"), config: harness.config)
        #expect(counts(harness) == [1, 1, 1])
        let stored = try harness.store.escalations()
        #expect(stored.map(\.mark.level) == [.reminder, .notice, .referral])
        #expect(stored.map(\.dueDay.description) == ["2026-12-07", "2026-12-11", "2026-12-18"])
        #expect(stored.allSatisfy { $0.journaledAt != nil })
        // Each is in the audit trail once.
        let audit = try harness.store.auditTrail().filter { $0.action.hasPrefix("ledger.escalation.") }
        #expect(audit.count == 3)
    }

    @Test func aCrashBetweenNotingAndJournalingJournalsTheLevelOnceAfterTheRestart() throws {
        let crashes = Counter()
        let harness = try Harness(fault: { step in
            if step == "ledger.noted", crashes.next() == 1 { throw CancellationError() }
        })
        _ = try plantRectifying(
            harness.store, start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-04")!, zone: Self.shanghai)
        #expect(throws: CancellationError.self) { try harness.tick("2026-12-07", "09:00") }
        #expect(counts(harness) == [0, 0, 0])
        #expect(try harness.store.escalations().map(\.journaledAt) == [nil])
        let restarted = try harness.restarted()
        try restarted.tick(now: harness.at("2026-12-07", "09:01"), config: harness.config)
        try restarted.tick(now: harness.at("2026-12-07", "09:02"), config: harness.config)
        #expect(counts(harness) == [1, 0, 0])
    }

    @Test func aGrantedExtensionStartsANewSeriesAndClosedFindingsNeverEscalate() throws {
        let harness = try Harness()
        let id = try plantRectifying(
            harness.store, start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-04")!, zone: Self.shanghai)
        let closedID = try plantRectifying(
            harness.store, department: "d-fagai", start: Day(iso: "2026-12-01")!, due: Day(iso: "2026-12-03")!,
            zone: Self.shanghai)
        try harness.tick("2026-12-07", "09:00")
        #expect(counts(harness) == [2, 0, 0])
        // The first is extended to 12-11 (asked before the due date, decided later); the second
        // is transferred to case handling.
        let rules = LedgerRules(prohibitions: try Prohibitions([]), extensionCap: 2)
        let asked = Moment(
            unixSeconds: Int64(harness.at("2026-12-03", "10:00").timeIntervalSince1970), day: Day(iso: "2026-12-03")!)
        let decided = Moment(
            unixSeconds: Int64(harness.at("2026-12-07", "10:00").timeIntervalSince1970), day: Day(iso: "2026-12-07")!)
        try harness.store.updateFinding(id, at: Date()) { finding in
            let request = try finding.applying(
                .requestExtension(to: Day(iso: "2026-12-11")!, reason: "需审批"),
                by: Actor(login: "contact", role: .contact(department: "d-shuiwu")), at: asked, rules: rules)
            let decision = try request.finding.applying(
                .decideExtension(grant: true), by: Actor(login: "coord", role: .coordinator), at: decided, rules: rules)
            return [request, decision]
        }
        try harness.store.updateFinding(closedID, at: Date()) { finding in
            [
                try finding.applying(
                    .transfer(reference: "纪检-1"), by: Actor(login: "coord", role: .coordinator), at: decided,
                    rules: rules)
            ]
        }
        try harness.tick("2026-12-11", "09:00")
        #expect(counts(harness) == [2, 0, 0])
        try harness.tick("2026-12-14", "09:00")
        #expect(counts(harness) == [3, 0, 0])
        let last = try #require(harness.events(.escalationReminder).last)
        #expect(last.fields["FINDING"] == id.description && last.fields["DUE"] == "2026-12-11")
        try harness.tick("2027-01-30", "09:00")
        #expect(counts(harness) == [3, 1, 1])
    }
}
