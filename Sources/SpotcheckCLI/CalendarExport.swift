import Foundation
import SpotcheckProtocol
import SpotcheckText

/// Task files as an RFC 5545 calendar: one event per assignment, from the report time to the
/// end of the inspection day (the pool's `day_end`, or four hours for files written before task
/// files said it), at the department (LOCATION). Lines end in CRLF and are folded at 75 octets
/// without splitting a UTF-8 character. An event's SEQUENCE is the seconds between the reveal
/// and the task file's last change, so it rises when a replacement or a cancellation rewrites the
/// file, even within the reveal's first minute, and a calendar application updates the event it
/// imported before. With no assignment, the calendar
/// still holds one component (a UTC time zone), as RFC 5545 requires.
enum CalendarExport {
    struct Entry {
        var file: TaskFile
        /// When the task file was last written.
        var modified: Date
    }

    /// What the events say, in one place.
    enum Messages {
        static func summary(_ department: String) -> String { Catalogue.TaskText.summary(department).text }
        static func description(role: String, team: String) -> String {
            Catalogue.TaskText.eventDescription(Catalogue.Role.name(role), team).text
        }
        static let productID = "-//Spotcheck//spotcheck 0.1.0//EN"
    }

    static let fallbackHours: TimeInterval = 4

    static func calendar(_ entries: [Entry]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Messages.productID)", "CALSCALE:GREGORIAN"]
        var events = 0
        for entry in entries {
            for assignment in entry.file.assignments {
                guard let start = instant(assignment.reportTime) else { continue }
                let end =
                    assignment.endTime.flatMap(instant).flatMap { $0 > start ? $0 : nil }
                    ?? start.addingTimeInterval(fallbackHours * 3600)
                let revealed = instant(assignment.revealedAt) ?? start
                let sequence = max(0, Int(entry.modified.timeIntervalSince(revealed)))
                let team = assignment.team.map { "\($0.name) (\(Catalogue.Role.name($0.role)))" }.joined(
                    separator: ", ")
                lines +=
                    [
                        "BEGIN:VEVENT",
                        "UID:spotcheck-\(assignment.drawID)-\(entry.file.inspector.login)-\(assignment.target.id)@spotcheck",
                        "DTSTAMP:\(utc(max(entry.modified, revealed)))",
                        "SEQUENCE:\(sequence)",
                        "DTSTART:\(utc(start))",
                        "DTEND:\(utc(end))",
                        "SUMMARY:\(escape(TaskDetailsText.summary(assignment)))",
                        "LOCATION:\(escape(TaskDetailsText.location(assignment.target)))",
                        "DESCRIPTION:\(escape(TaskDetailsText.description(assignment, team: team)))",
                    ] + (assignment.status == "withdrawn" ? ["STATUS:CANCELLED"] : []) + ["END:VEVENT"]
                events += 1
            }
        }
        if events == 0 {
            lines += [
                "BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0000",
                "TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT values: backslash, semicolon, comma and line breaks escaped.
    static func escape(_ text: String) -> String {
        // RFC 5545 TEXT holds no control characters: any but a line break or tab is shown escaped.
        let text = TerminalText.safe(text.replacing("\r\n", with: "\n").replacing("\r", with: "\n"), colour: false)
        return text.replacing("\\", with: "\\\\").replacing(";", with: "\\;").replacing(",", with: "\\,")
            .replacing("\n", with: "\\n")
    }

    /// Folds a content line into lines of at most 75 octets, each continuation starting with a
    /// space, never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        var out: [String] = []
        var current = ""
        var octets = 0
        for character in line.unicodeScalars {
            let size = String(character).utf8.count
            // The first line holds 75 octets; continuations 74 after their leading space.
            if octets + size > (out.isEmpty ? 75 : 74) {
                out.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(character)
            octets += size
        }
        out.append(current)
        return out.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }.joined(separator: "\r\n")
    }

    static func instant(_ iso: String) -> Date? {
        ISO8601DateFormatter().date(from: iso)
    }

    static func utc(_ date: Date) -> String {
        let output = DateFormatter()
        output.timeZone = TimeZone(identifier: "UTC")
        output.locale = Locale(identifier: "en_US_POSIX")
        output.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return output.string(from: date)
    }
}
