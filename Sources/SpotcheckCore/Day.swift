/// A civil date in the proleptic Gregorian calendar, without time or zone.
///
/// Stored as the number of days since 1970-01-01, so that windows ("within 365 days") are plain
/// integer arithmetic. The text form is ISO 8601 `YYYY-MM-DD`.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// Creates a day from its calendar parts, or `nil` when they name no real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.ordinal = Day.daysFromCivil(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var parts: (year: Int, month: Int, day: Int) {
        Day.civilFromDays(ordinal)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let value = (ordinal + 3) % 7
        return (value < 0 ? value + 7 : value) + 1
    }

    public var description: String {
        let (year, month, day) = parts
        if (0...9999).contains(year) {
            // The common case, digit by digit: a roster's canonical text writes many dates.
            return String(unsafeUninitializedCapacity: 10) { buffer in
                func digits(_ value: Int, at offset: Int, _ width: Int) {
                    var rest = value
                    for position in (offset..<offset + width).reversed() {
                        buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                    }
                }
                digits(year, at: 0, 4)
                digits(month, at: 5, 2)
                digits(day, at: 8, 2)
                buffer[4] = UInt8(ascii: "-")
                buffer[7] = UInt8(ascii: "-")
                return 10
            }
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public func adding(days: Int) -> Day {
        Day(ordinal: ordinal + days)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// The days from `lower` to `upper`, both included.
public struct DayRange: Sendable, Hashable, CustomStringConvertible {
    public let lower: Day
    public let upper: Day

    /// A range of at least one day; `nil` when `upper` is before `lower`.
    public init?(_ lower: Day, _ upper: Day) {
        guard lower <= upper else { return nil }
        self.lower = lower
        self.upper = upper
    }

    public init(day: Day) {
        self.lower = day
        self.upper = day
    }

    /// How many days the range holds.
    public var count: Int { upper.ordinal - lower.ordinal + 1 }

    public func contains(_ day: Day) -> Bool {
        lower <= day && day <= upper
    }

    /// `YYYY-MM-DD..YYYY-MM-DD`, also for a single day.
    public var description: String { "\(lower)..\(upper)" }

    /// Parses `YYYY-MM-DD` (one day) or `YYYY-MM-DD..YYYY-MM-DD` with the start not after the end.
    public init?(parsing text: some StringProtocol) {
        let text = Substring(text)
        if let separator = text.firstRange(of: "..") {
            guard let lower = Day(iso: text[..<separator.lowerBound]),
                let upper = Day(iso: text[separator.upperBound...])
            else { return nil }
            self.init(lower, upper)
        } else {
            guard let day = Day(iso: text) else { return nil }
            self.init(day: day)
        }
    }
}

/// A set of days kept as sorted, disjoint, non-adjacent ranges, so that a ten-year absence costs
/// as little as a single day. `contains` is a binary search.
public struct DaySet: Sendable, Hashable, Codable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// Sorted by start; no two overlap or touch.
    public private(set) var ranges: [DayRange]

    public init() {
        ranges = []
    }

    /// Normalizes any ranges: sorts them and merges those that overlap or touch. O(n log n).
    public init(ranges: some Sequence<DayRange>) {
        let sorted = ranges.sorted { $0.lower < $1.lower }
        var merged: [DayRange] = []
        merged.reserveCapacity(sorted.count)
        for range in sorted {
            if let last = merged.last, range.lower.ordinal <= last.upper.ordinal + 1 {
                if range.upper > last.upper { merged[merged.count - 1] = DayRange(last.lower, range.upper)! }
            } else {
                merged.append(range)
            }
        }
        self.ranges = merged
    }

    public init(_ days: some Sequence<Day>) {
        self.init(ranges: days.map(DayRange.init(day:)))
    }

    public init(arrayLiteral days: Day...) {
        self.init(days)
    }

    public var isEmpty: Bool { ranges.isEmpty }

    /// How many days the set holds.
    public var dayCount: Int { ranges.reduce(0) { $0 + $1.count } }

    /// Whether the day is in the set, in O(log n) for n ranges.
    public func contains(_ day: Day) -> Bool {
        var low = 0
        var high = ranges.count
        // The first range whose end is not before the day.
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upper < day { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].lower <= day
    }

    /// Adds every day of the range.
    public mutating func insert(_ range: DayRange) {
        self = DaySet(ranges: ranges + [range])
    }

    /// Removes every day of the range.
    public mutating func remove(_ range: DayRange) {
        var result: [DayRange] = []
        result.reserveCapacity(ranges.count + 1)
        for existing in ranges {
            if existing.upper < range.lower || existing.lower > range.upper {
                result.append(existing)
                continue
            }
            if existing.lower < range.lower { result.append(DayRange(existing.lower, range.lower.adding(days: -1))!) }
            if existing.upper > range.upper { result.append(DayRange(range.upper.adding(days: 1), existing.upper)!) }
        }
        ranges = result
    }

    /// The ranges as `YYYY-MM-DD..YYYY-MM-DD`, joined by `;`.
    public var description: String {
        ranges.map(\.description).joined(separator: ";")
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var ranges: [DayRange] = []
        while !container.isAtEnd {
            let text = try container.decode(String.self)
            guard let range = DayRange(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(text)' is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD")
            }
            ranges.append(range)
        }
        self.init(ranges: ranges)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for range in ranges { try container.encode(range.description) }
    }
}
