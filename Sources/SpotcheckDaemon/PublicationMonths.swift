import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckStore

/// Complaint statistics by closed calendar month, each final once published.
///
/// Counts of every complaint as of the day of a daily edition could be differenced: one more
/// complaint of a category between Monday's edition and Tuesday's tells that one came in, however
/// the counts are suppressed. So the site counts complaints only for months that are over, and a
/// month's counts are fixed (kept in the store) the first time they are published: every later
/// edition shows the same month with the same counts, suppressed the same way, and comparing two
/// editions gives nothing that one of them does not show. A complaint is counted in the month it
/// was received; one registered after that month was published (a letter entered late, with its
/// received date) is counted in the first month over and not yet published, never in a month
/// already out. The states are those the complaints had when their month was counted.
struct ComplaintMonth: Codable, Sendable, Equatable {
    /// `YYYY-MM`.
    var month: String
    /// The complaints counted, by the store's id (each complaint in exactly one month).
    var ids: [Int64]
    var complaints: [PublicationContent.Complaint]
}

enum ComplaintMonths {
    /// The store's setting that keeps the months published.
    static let setting = "publication_complaint_months"

    static func month(_ day: Day) -> String { String(day.description.prefix(7)) }

    /// The month after `month` (`YYYY-MM`).
    static func next(_ month: String) -> String {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return month + "+" }
        let (year, number) = parts[1] == 12 ? (parts[0] + 1, 1) : (parts[0], parts[1] + 1)
        return String(format: "%04d-%02d", year, number)
    }

    /// `published` with the months over by `today` that have complaints not yet counted added;
    /// no month already in `published` changes.
    static func freeze(
        _ published: [ComplaintMonth],
        complaints: [(id: Int64, received: Day, complaint: PublicationContent.Complaint)],
        today: Day
    ) -> [ComplaintMonth] {
        let current = month(today)
        let fixed = Set(published.map(\.month))
        let counted = Set(published.flatMap(\.ids))
        var added: [String: ComplaintMonth] = [:]
        for entry in complaints.sorted(by: { $0.id < $1.id }) where !counted.contains(entry.id) {
            var target = month(entry.received)
            while fixed.contains(target) { target = next(target) }
            // Not over yet: counted when it is.
            guard target < current else { continue }
            added[target, default: ComplaintMonth(month: target, ids: [], complaints: [])].ids.append(entry.id)
            added[target]!.complaints.append(entry.complaint)
        }
        return (published + added.values).sorted { $0.month < $1.month }
    }
}

extension Engine {
    /// The months of complaint statistics the publication shows: those published before, and
    /// the months over by `now` (in the daemon's zone) not published yet, fixed in the store now.
    func complaintMonths(now: Date, config: DaemonConfig) throws -> [ComplaintMonth] {
        let published: [ComplaintMonth] =
            try store.setting(ComplaintMonths.setting).map {
                try JSONDecoder().decode([ComplaintMonth].self, from: Data($0.utf8))
            } ?? []
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        let complaints = try store.complaints().map {
            (
                id: $0.id, received: $0.received,
                complaint: PublicationContent.Complaint(
                    state: $0.state.rawValue, channel: $0.channel.rawValue, category: $0.category)
            )
        }
        let months = ComplaintMonths.freeze(published, complaints: complaints, today: local.day(of: now))
        if months != published {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try store.setSetting(ComplaintMonths.setting, String(decoding: try encoder.encode(months), as: UTF8.self))
        }
        return months
    }
}
