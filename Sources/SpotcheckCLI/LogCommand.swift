import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SystemdKit

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Read spotcheckd's journal entries, filtered by inspection day and kind.",
        discussion: """
            Reads the journal through libsystemd (the same entries as journalctl, with their \
            SPOTCHECK_* fields). Reading the system journal needs membership of the \
            systemd-journal or adm group, or root.

            Kinds: \(Event.allCases.map(\.commandLineName).joined(separator: ", ")).

            EXAMPLES:
              spotcheck log --date 2026-12-01
              spotcheck log --kind draw-committed --kind seed-revealed --json
              spotcheck log --directory /var/log/journal/archive --kind draw-missed

            \(ExitCodes.help)
            """
    )

    @Option(help: ArgumentHelp("Only entries about this inspection day (SPOTCHECK_DATE).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Only entries of this kind (repeat for several).", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Read journal files from this folder instead of the system journal.", valueName: "dir"))
    var directory: String?

    @Flag(help: "Print the entries as JSON, with all their fields.")
    var json = false

    func validate() throws {
        for name in kind where Event.allCases.first(where: { $0.commandLineName == name }) == nil {
            throw ValidationError(
                "unknown kind '\(name)'; the kinds are \(Event.allCases.map(\.commandLineName).joined(separator: ", "))"
            )
        }
        if let date, Day(iso: date) == nil { throw ValidationError("--date '\(date)' is not a date YYYY-MM-DD") }
    }

    func run() throws {
        let entries: [[String: String]]
        do {
            let reader = try directory.map { try JournalReader(directory: $0) } ?? JournalReader()
            let events =
                kind.isEmpty
                ? Event.allCases : kind.compactMap { name in Event.allCases.first { $0.commandLineName == name } }
            for (index, event) in events.enumerated() {
                if index > 0 { try reader.addDisjunction() }
                try reader.addMatch("SYSLOG_IDENTIFIER=spotcheckd")
                try reader.addMatch("MESSAGE_ID=\(event.messageID)")
                if let date { try reader.addMatch("SPOTCHECK_DATE=\(date)") }
            }
            entries = try reader.entries()
        } catch {
            throw CLIFailure("cannot read the journal: \(error)", exitCode: ExitCodes.noInput)
        }
        let names = Dictionary(uniqueKeysWithValues: Event.allCases.map { ($0.messageID, $0.commandLineName) })
        if json {
            writeOut(RecordJSON.encode(entries))
            return
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        var table = TextTable(["Time", "Kind", "Message"])
        for entry in entries {
            let time =
                entry["__REALTIME_TIMESTAMP"].flatMap(Double.init).map {
                    formatter.string(from: Date(timeIntervalSince1970: $0 / 1_000_000))
                } ?? ""
            let message = (entry["MESSAGE"] ?? "").split(separator: "\n").first.map(String.init) ?? ""
            table.add([time, names[entry["MESSAGE_ID"] ?? ""] ?? "", message])
        }
        writeOut(Array((table.render() + "\(entries.count) entries\n").utf8))
    }
}
