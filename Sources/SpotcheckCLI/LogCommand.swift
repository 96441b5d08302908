import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckText
import SystemdKit

struct LogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "log",
            abstract: Catalogue.Log.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Log.discussion(Event.allCases.map(\.commandLineName).joined(separator: ", ")),
                examples: [
                    "spotcheck log --date 2026-12-01",
                    "spotcheck log --kind draw-committed --kind seed-revealed --json",
                    "spotcheck log --directory /var/log/journal/archive --kind draw-missed",
                    "spotcheck log --invocation current",
                    "spotcheck log --unit spotcheckd-test.service --kind draw-failed",
                ]))
    }

    @Option(help: ArgumentHelp(Catalogue.Log.dateHelp, valueName: "date"))
    var date: String?

    @Option(
        help: ArgumentHelp(Catalogue.Log.kindHelp, valueName: "kind"),
        completion: .list(Event.allCases.map(\.commandLineName)))
    var kind: [String] = []

    @Option(help: ArgumentHelp(Catalogue.Log.directoryHelp, valueName: "dir"), completion: .directory)
    var directory: String?

    @Option(help: ArgumentHelp(Catalogue.LogInstance.unitHelp, valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp(Catalogue.LogInstance.invocationHelp, valueName: "id"))
    var invocation: String?

    @Flag(help: ArgumentHelp(Catalogue.Log.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    func validate() throws {
        for name in kind where Event.allCases.first(where: { $0.commandLineName == name }) == nil {
            throw ValidationError(
                Catalogue.Log.unknownKind(name, Event.allCases.map(\.commandLineName).joined(separator: ", ")).text)
        }
        if let date, Day(iso: date) == nil { throw ValidationError(DateInputText.dateOption(date)) }
        if let invocation, invocation != "current",
            invocation.count != 32 || !invocation.allSatisfy({ $0.isHexDigit && !$0.isUppercase })
        {
            throw ValidationError(Catalogue.LogInstance.badInvocation(invocation).text)
        }
    }

    func run() throws {
        if directory == nil { try JournalAccess.check() }
        let instance = try invocation.map { value throws(CLIFailure) in
            value == "current" ? try JournalAccess.currentInvocation(unit: unit ?? "spotcheckd.service") : value
        }
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
                if let unit { try reader.addMatch("_SYSTEMD_UNIT=\(JournalAccess.unitName(unit))") }
                if let instance { try reader.addMatch("_SYSTEMD_INVOCATION_ID=\(instance)") }
            }
            entries = try reader.entries()
        } catch {
            throw CLIFailure(Catalogue.Log.cannotRead("\(error)").text, exitCode: ExitCodes.noInput)
        }
        let names = Dictionary(uniqueKeysWithValues: Event.allCases.map { ($0.messageID, $0.commandLineName) })
        // --json keeps its ISO 8601 stamps; the table shows this machine's local time, like the
        // rest of the command line: `2026-12-01 08:30:05 +08:00`, seconds and offset always there.
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        func time(_ entry: [String: String]) -> String {
            entry["__REALTIME_TIMESTAMP"].flatMap(Double.init).map {
                formatter.string(from: Date(timeIntervalSince1970: $0 / 1_000_000))
            } ?? ""
        }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = .current
        local.dateFormat = "yyyy-MM-dd HH:mm:ss xxx"
        func shown(_ entry: [String: String]) -> String {
            entry["__REALTIME_TIMESTAMP"].flatMap(Double.init).map {
                local.string(from: Date(timeIntervalSince1970: $0 / 1_000_000))
            } ?? ""
        }
        if json {
            writeOut(
                layout.encode(
                    entries.map { entry in
                        LogEntry(
                            time: time(entry), kind: names[entry["MESSAGE_ID"] ?? ""] ?? "",
                            message: entry["MESSAGE"] ?? "", unit: entry["_SYSTEMD_UNIT"],
                            invocationId: entry["_SYSTEMD_INVOCATION_ID"], fields: entry)
                    }))
            return
        }
        // Entries of several runs of the daemon say which run each came from.
        let runs = Set(entries.compactMap { $0["_SYSTEMD_INVOCATION_ID"] })
        var columns = [Catalogue.Log.columnTime, Catalogue.Log.columnKind, Catalogue.Log.columnMessage]
        if runs.count > 1 { columns.insert(Catalogue.LogInstance.columnRun, at: 1) }
        var table = TextTable(columns.map(\.text))
        for entry in entries {
            let message = (entry["MESSAGE"] ?? "").split(separator: "\n").first.map(String.init) ?? ""
            var row = [shown(entry), names[entry["MESSAGE_ID"] ?? ""] ?? "", message]
            if runs.count > 1 { row.insert(String((entry["_SYSTEMD_INVOCATION_ID"] ?? "").prefix(8)), at: 1) }
            table.add(row)
        }
        writeText(table.render() + Catalogue.Log.entries(entries.count).text)
    }
}

/// An entry of `spotcheck log --json` (docs/schema/log.schema.json): the journal's own fields
/// under `fields`, with their names as the journal spells them.
struct LogEntry: Encodable {
    var time: String
    var kind: String
    var message: String
    var unit: String?
    var invocationId: String?
    var fields: [String: String]
}
