public import Foundation
public import SpotcheckCore

/// Conversions between instants and the calendar days and times of the configured zone.
public struct LocalTime: Sendable {
    public let zone: TimeZone
    private let calendar: Foundation.Calendar

    public init(zone: TimeZone) {
        self.zone = zone
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.calendar = calendar
    }

    /// The local calendar day of an instant.
    public func day(of instant: Date) -> Day {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The instant of a local day and time. On a day when clocks go forward the missing time
    /// maps to the next valid one; when they go back, to the first occurrence.
    public func instant(_ day: Day, _ time: TimeOfDay) -> Date {
        let (year, month, dayOfMonth) = day.parts
        let components = DateComponents(
            year: year, month: month, day: dayOfMonth, hour: time.hour, minute: time.minute, second: time.second)
        return calendar.date(from: components)!
    }

    /// ISO 8601 with the zone's offset, e.g. `2026-12-01T07:00:00+08:00`.
    public func format(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: instant)
    }
}
