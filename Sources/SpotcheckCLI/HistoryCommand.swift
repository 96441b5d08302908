import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckText

struct HistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "history",
            abstract: Catalogue.History.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.History.discussion,
                examples: [
                    "spotcheck history --inspector i012",
                    "spotcheck history --department d-shuiwu --from 2026-01-01 --to 2026-12-31",
                    "spotcheck history --csv > history.csv",
                ]))
    }

    @Option(help: ArgumentHelp(Catalogue.History.inspectorHelp, valueName: "id"))
    var inspector: String?

    @Option(help: ArgumentHelp(Catalogue.History.departmentHelp, valueName: "id"))
    var department: String?

    @Option(help: ArgumentHelp(Catalogue.History.fromHelp, valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp(Catalogue.History.toHelp, valueName: "date"))
    var to: String?

    @Flag(help: ArgumentHelp(Catalogue.History.csvHelp))
    var csv = false

    @Flag(help: ArgumentHelp(Catalogue.History.jsonHelp))
    var json = false

    @OptionGroup var socket: SocketOptions

    func validate() throws {
        if json && csv { throw ValidationError(Catalogue.Common.chooseOne("--json", "--csv").text) }
        for date in [from, to].compactMap({ $0 }) where Day(iso: date) == nil {
            throw ValidationError(DateInputText.dateOption(date))
        }
        if let from, let to, let first = Day(iso: from), let last = Day(iso: to), first > last {
            throw ValidationError(Catalogue.History.fromAfterTo(from, to).text)
        }
    }

    func run() throws {
        let reply = try socket.call(
            "io.spotcheck.GetHistory",
            ControlMessages.HistoryParameters(inspector: inspector, department: department, from: from, to: to),
            returning: ControlMessages.HistoryReply.self)
        if json {
            writeOut(RecordJSON.encode(reply))
        } else if csv {
            writeOut(Self.csv(reply.entries))
        } else {
            writeText(Self.text(reply.entries))
        }
    }

    static func role(_ entry: ControlMessages.HistoryEntry) -> String {
        switch entry.role {
        case "lead": Catalogue.History.lead.text
        case "member": Catalogue.History.member.text
        default: ""
        }
    }

    static func source(_ entry: ControlMessages.HistoryEntry) -> String {
        guard let id = entry.drawId else { return Catalogue.History.fromRoster.text }
        return Catalogue.History.fromDraw(id, entry.pool ?? "").text
    }

    static func text(_ entries: [ControlMessages.HistoryEntry]) -> String {
        guard !entries.isEmpty else { return Catalogue.History.none.text }
        typealias Say = Catalogue.History
        var table = TextTable(
            [
                Say.columnDate, Say.columnInspector, Say.columnName, Say.columnDepartment, Say.columnDepartmentName,
                Say.columnRole, Say.columnSource,
            ].map(\.text))
        for entry in entries {
            table.add([
                entry.date, entry.inspector, entry.name, entry.department, entry.departmentName, role(entry),
                source(entry),
            ])
        }
        return table.render()
    }

    /// The CSV header stays in English (it names fields for programs).
    static let csvColumns = [
        "date", "inspector", "name", "department", "department_name", "role", "source", "draw_id", "pool",
    ]

    static func csv(_ entries: [ControlMessages.HistoryEntry]) -> [UInt8] {
        var text = "\u{FEFF}" + csvColumns.joined(separator: ",") + "\r\n"
        for entry in entries {
            let row = [
                entry.date, entry.inspector, entry.name, entry.department, entry.departmentName, entry.role ?? "",
                entry.source, entry.drawId.map(String.init) ?? "", entry.pool ?? "",
            ]
            text += row.map(TeamsCommand.cell).joined(separator: ",") + "\r\n"
        }
        return Array(text.utf8)
    }
}
