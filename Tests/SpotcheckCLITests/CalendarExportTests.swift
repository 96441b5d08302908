import Foundation
import Testing

/// `spotcheck today --ics` as a calendar application reads it (RFC 5545).
@Suite struct CalendarExportTests {
    static let longTeam = (1...8).map {
        "{\"id\": \"i00\($0)\", \"name\": \"欧阳文博\($0)\", \"home\": \"d-gongan\", \"role\": \"member\"}"
    }

    /// A tasks folder with one file for `login` on 2026-12-01.
    static func tasks(login: String, assignment: Bool) throws -> URL {
        let folder = try Run.temporaryDirectory()
        let mine = folder.appendingPathComponent(login)
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        guard assignment else { return folder }
        let json = """
            {"schema": "spotcheck-task/1", "date": "2026-12-01",
             "inspector": {"id": "i001", "name": "王芳", "login": "\(login)"},
             "assignments": [{"drawID": 7, "pool": "county",
               "target": {"id": "d-shuiwu", "name": "国家税务总局青山县税务局, 第一稽查局; 城东分局"},
               "role": "member", "team": [\(longTeam.joined(separator: ","))],
               "reportTime": "2026-12-01T08:30:00+08:00", "revealedAt": "2026-12-01T08:00:00+08:00",
               "endTime": "2026-12-01T18:00:00+08:00", "recordSHA256": "00"}],
             "checklist": []}
            """
        let path = mine.appendingPathComponent("2026-12-01.json")
        try json.write(to: path, atomically: true, encoding: .utf8)
        // Written at the reveal.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_796_083_200)], ofItemAtPath: path.path)
        return folder
    }

    static func ics(_ folder: URL, _ login: String) throws -> String {
        let result = try Run.spotcheck([
            "today", "--ics", "--tasks", folder.path, "--login", login, "--date", "2026-12-01", "--days", "0",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func linesAreFoldedAt75OctetsWithoutSplittingACharacter() throws {
        let folder = try Self.tasks(login: "wangfang", assignment: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Self.ics(folder, "wangfang")
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        for line in lines {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        #expect(lines.contains { $0.hasPrefix(" ") }, "the long description is folded")
        // Unfolded, every name is whole and the text escaped.
        let unfolded = text.replacing("\r\n ", with: "")
        #expect(unfolded.contains("欧阳文博8 (member)."), "\(unfolded)")
        #expect(unfolded.contains("LOCATION:国家税务总局青山县税务局\\, 第一稽查局\\; 城东分局\r\n"), "\(unfolded)")
    }

    @Test func theEventLastsUntilTheDaysEndAndARewriteRaisesItsSequence() throws {
        let folder = try Self.tasks(login: "wangfang", assignment: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.ics(folder, "wangfang").replacing("\r\n ", with: "")
        #expect(first.contains("DTSTART:20261201T003000Z\r\nDTEND:20261201T100000Z\r\n"), "\(first)")
        #expect(first.contains("SEQUENCE:0\r\n"), "\(first)")
        #expect(first.contains("UID:spotcheck-7-wangfang-d-shuiwu@spotcheck\r\n"))
        // A cancellation rewrites the file 20 seconds after the reveal: the event changes already.
        let path = folder.appendingPathComponent("wangfang/2026-12-01.json").path
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_796_083_200 + 20)], ofItemAtPath: path)
        #expect(try Self.ics(folder, "wangfang").contains("SEQUENCE:20\r\n"))
        // A replacement rewrites the file two hours after the reveal.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_796_083_200 + 7_200)], ofItemAtPath: path)
        let second = try Self.ics(folder, "wangfang")
        #expect(second.contains("SEQUENCE:7200\r\n"), "\(second)")
        #expect(second.contains("DTSTAMP:20261201T020000Z\r\n"), "\(second)")
    }

    @Test func withNoAssignmentTheCalendarIsStillValid() throws {
        let folder = try Self.tasks(login: "wangfang", assignment: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Self.ics(folder, "wangfang")
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(!text.contains("BEGIN:VEVENT"))
        // RFC 5545: a calendar holds at least one component.
        #expect(text.contains("BEGIN:VTIMEZONE") && text.contains("END:VTIMEZONE"))
    }
}
