import Foundation
import Testing

@testable import SpotcheckCampaign
@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// Complaint statistics only for months that are over, each final once published: daily
/// editions compared with each other give nothing a single edition does not show (D1).
@Suite struct ComplaintMonthTests {
    /// Every cell of the complaint statistics of the site: `MONTH/TABLE/KEY` → the count shown,
    /// or nil when suppressed.
    static func cells(_ harness: Harness) throws -> [String: Int?] {
        let path = "\(PublicationWriter.folder(config: harness.config))/data/complaints.json"
        let data = try #require(FileManager.default.contents(atPath: path))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var found: [String: Int?] = [:]
        for month in try #require(json["months"] as? [[String: Any]]) {
            let name = try #require(month["month"] as? String)
            let total = try #require(month["total"] as? [String: Any])
            found["\(name)/total/total"] = total["count"] as? Int
            for table in ["byState", "byChannel", "byCategory"] {
                for cell in try #require(month[table] as? [[String: Any]]) {
                    let key = try #require(cell["key"] as? String)
                    found["\(name)/\(table)/\(key)"] = cell["count"] as? Int
                }
            }
        }
        return found
    }

    static func register(
        _ harness: Harness, received: String, channel: ComplaintChannel, category: String, number: Int
    ) throws -> Int64 {
        try harness.store.registerComplaint(
            NewComplaint(
                channel: channel, received: Day(iso: received)!, receivedAt: harness.at(received, "09:00"),
                department: "d-shuiwu", allegation: "allegation \(number)", category: category, stub: false,
                locator: "L\(number)", receiptSalt: [1], receiptHash: [2]), actor: "uid 0 (root)"
        ) { _ in nil }
    }

    @Test func dailyEditionsComparedDayByDayRecoverNoSuppressedCount() throws {
        let harness = try Harness()
        let channels: [ComplaintChannel] = [.hotline, .letter, .wechat, .mailbox, .visit]
        let categories = ["违规吃喝", "公车私用", "违规收礼"]
        var number = 0
        var editions: [(day: String, cells: [String: Int?])] = []
        var ids: [Int64] = []
        var late: Int64 = 0
        // A complaint or three a day, from late November into December; each evening's edition.
        var day = Day(iso: "2026-11-23")!
        while day <= Day(iso: "2026-12-08")! {
            for _ in 0..<(1 + number % 3) {
                number += 1
                ids.append(
                    try Self.register(
                        harness, received: day.description, channel: channels[number % channels.count],
                        category: categories[number % categories.count], number: number))
            }
            if day.description == "2026-12-03" {
                // A letter received in November, entered after November was published.
                number += 1
                late = try Self.register(
                    harness, received: "2026-11-20", channel: .letter, category: "违规吃喝", number: number)
                // And November's complaints move on: their month shows them as they were.
                for id in ids.prefix(5) {
                    _ = try harness.store.addComplaintEntry(
                        complaint: id, kind: .state, text: "", state: .accepted, reply: "已受理", actor: "uid 0 (root)",
                        at: harness.at(day.description, "10:00"), day: day)
                }
            }
            try harness.engine.writePublication(
                now: harness.at(day.description, "18:30"), edition: "daily", config: harness.config)
            editions.append((day.description, try Self.cells(harness)))
            day = day.adding(days: 1)
        }
        // No month still running is ever published: nothing in November, November from December on.
        for edition in editions {
            let months = Set(edition.cells.keys.map { String($0.prefix(7)) })
            #expect(months == (edition.day < "2026-12-01" ? [] : ["2026-11"]), "\(edition.day): \(months)")
        }
        // The attack: every cell of one edition against the same cell of the next. A cell once
        // published never changes nor disappears, so no difference recovers anything.
        var recovered: [String] = []
        for (earlier, later) in zip(editions, editions.dropFirst()) {
            for (key, count) in earlier.cells {
                guard let next = later.cells[key] else {
                    recovered.append("\(key) disappeared on \(later.day)")
                    continue
                }
                if next != count {
                    recovered.append("\(key): \(String(describing: count)) → \(String(describing: next))")
                }
            }
        }
        #expect(recovered.isEmpty, "\(recovered)")
        // November's suppressed cells stay suppressed, and its total counts only the complaints
        // received in November and registered before it was published.
        let november = try #require(editions.last?.cells)
        let novemberComplaints = try harness.store.complaints().filter {
            $0.received.description < "2026-12-01" && $0.id != late
        }
        #expect(november["2026-11/total/total"] == .some(novemberComplaints.count))
        #expect(november.values.contains { $0 == nil }, "some November count is small enough to be suppressed")

        // In January, December is over: it counts the late letter, and November is unchanged.
        try harness.engine.writePublication(
            now: harness.at("2027-01-04", "18:30"), edition: "daily", config: harness.config)
        let january = try Self.cells(harness)
        for (key, count) in november { #expect(january[key] == .some(count), "\(key)") }
        let december = try harness.store.complaints().filter { $0.received.description >= "2026-12-01" }.count + 1
        #expect(january["2026-12/total/total"] == .some(december), "\(january)")
    }

    @Test func aLateComplaintGoesIntoTheFirstMonthNotYetPublishedAndNoPublishedMonthChanges() {
        func complaint(_ state: String) -> PublicationContent.Complaint {
            PublicationContent.Complaint(state: state, channel: "hotline", category: "违规吃喝")
        }
        let november = ComplaintMonth(
            month: "2026-11", ids: [1, 2], complaints: [complaint("received"), complaint("received")])
        let months = ComplaintMonths.freeze(
            [november],
            complaints: [
                (1, Day(iso: "2026-11-02")!, complaint("closed")),  // counted: stays as it was
                (3, Day(iso: "2026-11-28")!, complaint("received")),  // late: into December
                (4, Day(iso: "2026-12-30")!, complaint("received")),
                (5, Day(iso: "2027-01-02")!, complaint("received")),  // January is not over
            ], today: Day(iso: "2027-01-05")!)
        #expect(months.map(\.month) == ["2026-11", "2026-12"])
        #expect(months[0] == november)
        #expect(months[1].ids == [3, 4])
        // Before December is over, the late one waits.
        let early = ComplaintMonths.freeze(
            [november], complaints: [(3, Day(iso: "2026-11-28")!, complaint("received"))],
            today: Day(iso: "2026-12-10")!)
        #expect(early == [november])
        #expect(ComplaintMonths.next("2026-12") == "2027-01" && ComplaintMonths.next("2027-01") == "2027-02")
    }
}
