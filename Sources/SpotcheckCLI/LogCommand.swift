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
                ]))
    }

    @Option(help: ArgumentHelp(Catalogue.Log.dateHelp, valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp(Catalogue.Log.kindHelp, valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp(Catalogue.Log.directoryHelp, valueName: "dir"))
    var directory: String?

    @Flag(help: ArgumentHelp(Catalogue.Log.jsonHelp))
    var json = false

    func validate() throws {
        for name in kind where Event.allCases.first(where: { $0.commandLineName == name }) == nil {
            throw ValidationError(
                Catalogue.Log.unknownKind(name, Event.allCases.map(\.commandLineName).joined(separator: ", ")).text)
        }
        if let date, Day(iso: date) == nil { throw ValidationError(Catalogue.Common.badDate(date).text) }
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
            throw CLIFailure(Catalogue.Log.cannotRead("\(error)").text, exitCode: ExitCodes.noInput)
        }
        let names = Dictionary(uniqueKeysWithValues: Event.allCases.map { ($0.messageID, $0.commandLineName) })
        if json {
            writeOut(RecordJSON.encode(entries))
            return
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        var table = TextTable(
            [Catalogue.Log.columnTime, Catalogue.Log.columnKind, Catalogue.Log.columnMessage].map(\.text))
        for entry in entries {
            let time =
                entry["__REALTIME_TIMESTAMP"].flatMap(Double.init).map {
                    formatter.string(from: Date(timeIntervalSince1970: $0 / 1_000_000))
                } ?? ""
            let message = (entry["MESSAGE"] ?? "").split(separator: "\n").first.map(String.init) ?? ""
            table.add([time, names[entry["MESSAGE_ID"] ?? ""] ?? "", message])
        }
        writeOut(Array((table.render() + Catalogue.Log.entries(entries.count).text).utf8))
    }
}
