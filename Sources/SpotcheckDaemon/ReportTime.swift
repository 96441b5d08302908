public import Foundation
public import SpotcheckCore

/// When a team reports, as written in task files: never less than the pool's notice after the
/// reveal, so that nobody is told to meet at a time already past.
///
/// - The pool's `report_time` on the draw date, when that is at least `report_notice` minutes
///   after the reveal (the usual case: reveal 08:00, report 08:30, notice 30).
/// - Otherwise the reveal plus the notice, rounded up to the next quarter hour, when that is
///   before the pool's `day_end` on the reveal's day (an order at 10:05 reports at 10:45).
/// - Otherwise the pool's `report_time` on the next working day that is at least the notice
///   after the reveal (an order at 23:26, or a reveal after the day's end, reports the next
///   working morning; with a notice longer than the night, the working day after).
///
/// The reveal time is stored, so the report time of a draw never changes when its task files
/// are written again.
public enum ReportTime {
    /// Minutes between reveal and report when the configuration does not say.
    public static let defaultNoticeMinutes = 30

    public static func instant(
        draw date: Day, revealedAt: Date, pool: DaemonConfig.Pool?, calendar: WorkCalendar, local: LocalTime
    ) -> Date {
        let reportTime = pool?.reportTime ?? TimeOfDay(hour: 9, minute: 0)!
        let notice = TimeInterval((pool?.reportNoticeMinutes ?? defaultNoticeMinutes) * 60)
        let earliest = revealedAt.addingTimeInterval(notice)
        let planned = local.instant(date, reportTime)
        if planned >= earliest { return planned }
        let quarter: TimeInterval = 15 * 60
        let rounded = Date(timeIntervalSince1970: (earliest.timeIntervalSince1970 / quarter).rounded(.up) * quarter)
        let revealDay = local.day(of: revealedAt)
        let dayEnd = pool?.dayEnd ?? TimeOfDay(hour: 23, minute: 59, second: 59)!
        if local.day(of: rounded) == revealDay, rounded <= local.instant(revealDay, dayEnd) { return rounded }
        // The first working day whose report_time still leaves the notice (a notice longer than
        // the night skips a working day rather than cut it short).
        var day = max(revealDay, date).adding(days: 1)
        for _ in 0..<732 where !calendar.isWorkingDay(day) || local.instant(day, reportTime) < earliest {
            day = day.adding(days: 1)
        }
        return local.instant(day, reportTime)
    }

    /// When the inspection reported at `report` ends: the pool's `day_end` that day; nil when
    /// the report time is not before it.
    public static func end(of report: Date, pool: DaemonConfig.Pool?, local: LocalTime) -> Date? {
        guard let dayEnd = pool?.dayEnd else { return nil }
        let end = local.instant(local.day(of: report), dayEnd)
        return end > report ? end : nil
    }
}
