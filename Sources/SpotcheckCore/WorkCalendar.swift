/// Which days are working days: weekends, public holidays, and adjusted working days (a weekend
/// day worked in exchange for a holiday, as with Chinese holiday swaps).
public struct WorkCalendar: Sendable, Hashable {
    /// ISO weekdays (1 = Monday … 7 = Sunday) that are not worked.
    public var weekend: Set<Int>
    public var holidays: Set<Day>
    /// Days worked although they fall on the weekend; they win over `weekend` and `holidays`.
    public var adjustedWorkingDays: Set<Day>

    public init(weekend: Set<Int> = [6, 7], holidays: Set<Day> = [], adjustedWorkingDays: Set<Day> = []) {
        self.weekend = weekend
        self.holidays = holidays
        self.adjustedWorkingDays = adjustedWorkingDays
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        if adjustedWorkingDays.contains(day) { return true }
        if holidays.contains(day) { return false }
        return !weekend.contains(day.isoWeekday)
    }

    /// The first working day on or after `day`, looking at most `limit` days ahead.
    public func workingDay(onOrAfter day: Day, limit: Int = 400) -> Day? {
        for offset in 0...limit where isWorkingDay(day.adding(days: offset)) {
            return day.adding(days: offset)
        }
        return nil
    }
}

/// A time of day, to the second.
public struct TimeOfDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let secondsSinceMidnight: Int

    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        secondsSinceMidnight = hour * 3600 + minute * 60 + second
    }

    /// Parses `HH:MM` or `HH:MM:SS`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) : 0
        guard let second else { return nil }
        self.init(hour: hour, minute: minute, second: second)
    }

    public var hour: Int { secondsSinceMidnight / 3600 }
    public var minute: Int { secondsSinceMidnight / 60 % 60 }
    public var second: Int { secondsSinceMidnight % 60 }

    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return second == 0 ? "\(two(hour)):\(two(minute))" : "\(two(hour)):\(two(minute)):\(two(second))"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = TimeOfDay(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not HH:MM[:SS]")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
