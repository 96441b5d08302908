import ArgumentParser
import Foundation
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckText

private typealias Say = Catalogue.Declarations

/// `spotcheck declare conflict|absence`: an inspector's own declaration (DeclarationControl.swift).
struct DeclareCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "declare", abstract: Say.declareAbstract.text,
            discussion: HelpText.discussion(
                Say.declareDiscussion,
                examples: [
                    #"spotcheck declare conflict d-shuiwu --reason "配偶在该单位任职""#,
                    #"spotcheck declare absence 2026-12-07 2026-12-09 --reason "参加培训""#,
                ]),
            subcommands: [Conflict.self, Absence.self])
    }

    struct Conflict: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "conflict", abstract: Say.conflictAbstract.text)
        }

        @Argument(help: ArgumentHelp(Say.departmentHelp, valueName: "department"))
        var department: String

        @Option(help: ArgumentHelp(Say.reasonHelp))
        var reason: String

        @Option(help: ArgumentHelp(Say.untilHelp, valueName: "date"))
        var until: String?

        @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp))
        var json = false

        @OptionGroup var layout: JSONLayout

        @OptionGroup var socket: SocketOptions

        func run() throws {
            try DeclareCommand.send(
                ControlMessages.DeclareParameters(kind: "conflict", department: department, to: until, reason: reason),
                socket: socket, json: json, layout: layout)
        }
    }

    struct Absence: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "absence", abstract: Say.absenceAbstract.text)
        }

        @Argument(help: ArgumentHelp(Say.fromHelp, valueName: "first-day"))
        var from: String

        @Argument(help: ArgumentHelp(Say.toHelp, valueName: "last-day"))
        var to: String?

        @Option(help: ArgumentHelp(Say.reasonHelp))
        var reason: String

        @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp))
        var json = false

        @OptionGroup var layout: JSONLayout

        @OptionGroup var socket: SocketOptions

        func run() throws {
            // `FROM..TO` as one argument too, as the roster writes ranges.
            let parts = from.components(separatedBy: "..")
            let (first, last) = parts.count == 2 && to == nil ? (parts[0], parts[1]) : (from, to ?? from)
            try DeclareCommand.send(
                ControlMessages.DeclareParameters(kind: "absence", from: first, to: last, reason: reason),
                socket: socket, json: json, layout: layout)
        }
    }

    static func send(
        _ parameters: ControlMessages.DeclareParameters, socket: SocketOptions, json: Bool, layout: JSONLayout
    ) throws {
        let reply = try socket.call(
            "io.spotcheck.Declare", parameters, returning: ControlMessages.DeclarationReply.self)
        if json { return writeOut(layout.encode(reply.declaration)) }
        writeOut(Array(Say.declared(reply.declaration.id).text.utf8))
    }

    /// The case of a refused date, department or kind the daemon names (`detail`, `value`).
    private static func detailed(_ detail: String, _ value: String) -> Localized? {
        switch detail {
        case "unknown": Catalogue.DeclarationRefusals.unknownDepartment(value)
        case "not-a-day": Catalogue.DeclarationRefusals.notADay(value)
        case "past": Catalogue.DeclarationRefusals.past(value)
        case "conflict-from": Catalogue.DeclarationRefusals.conflictFrom
        case "absence-days": Catalogue.DeclarationRefusals.absenceDays
        case "absence-too-long": Catalogue.DeclarationRefusals.absenceTooLong(value)
        case "absence-department": Catalogue.DeclarationRefusals.absenceDepartment
        case "kind": Catalogue.DeclarationRefusals.kind(value)
        default: nil
        }
    }

    /// A reason the roster's text rules refuse: at declaration (no `id`), or a stored one at
    /// approval. The character is shown as itself too when it is visible (`'=' (U+003D)`).
    static func reasonRefusal(_ failure: Varlink.Failure) -> Localized? {
        func text(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        let hex = text("value")
        let scalar = UInt32(hex.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        let shown = scalar.map { InputText.isPlain(String($0)) ? "'\(Character($0))' (\(hex))" : hex } ?? hex
        let id = failure.parameters["id"].map(\.description)
        switch (text("detail"), id) {
        case ("formula", nil): return Catalogue.DeclarationRefusals.reasonFormula(shown)
        case ("formula", let id?): return Catalogue.DeclarationRefusals.storedReasonFormula(id, shown)
        case ("invisible", nil): return Catalogue.DeclarationRefusals.reasonInvisible(hex, text("position"))
        case ("invisible", let id?):
            return Catalogue.DeclarationRefusals.storedReasonInvisible(id, hex, text("position"))
        default: return nil
        }
    }

    /// A refusal of the daemon's, in the reader's language.
    static func refusal(_ failure: Varlink.Failure) -> CLIFailure {
        func text(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        let said: Localized? =
            switch text("code") {
            case "not-an-inspector": Say.notAnInspector
            case "no-reason": Say.needsReason
            case "no-such-declaration": Say.noSuchDeclaration(text("id"))
            case "decided":
                text("value") == "withdrawn"
                    ? Catalogue.DeclarationRefusals.withdrawnAlready(text("id")) : Say.decidedAlready(text("id"))
            case "own-declaration": Say.ownDeclaration(text("id"))
            case "too-many-pending": Catalogue.DeclarationLimit.tooMany(text("limit"))
            case "no-note": Catalogue.DeclarationRefusals.needsNote
            case "bad-text": Catalogue.DeclarationRefusals.badText
            case "bad-reason": reasonRefusal(failure)
            default: detailed(text("detail"), text("value"))
            }
        let code = text("code")
        return CLIFailure(
            Say.refused(said?.text ?? text("message")).text,
            exitCode: code == "no-such-declaration" || code == "bad-department"
                ? ExitCodes.notFound
                : code == "not-an-inspector" || code == "own-declaration"
                    ? ExitCodes.permission
                    : ExitCodes.dataError)
    }
}

/// `spotcheck declarations [list|approve|reject]`.
struct DeclarationsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "declarations", abstract: Say.listAbstract.text,
            discussion: HelpText.discussion(
                Say.listDiscussion,
                examples: [
                    "spotcheck declarations",
                    "spotcheck declarations list --state pending",
                    #"spotcheck declarations approve 3 --note "已核实""#,
                    #"spotcheck declarations reject 4 --note "与事实不符""#,
                    "spotcheck declarations withdraw 5",
                ]),
            subcommands: [List.self, Approve.self, Reject.self, Withdraw.self], defaultSubcommand: List.self)
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Say.listAbstract.text)
        }

        @Option(help: ArgumentHelp(Say.stateHelp, valueName: "state"))
        var state: String?

        @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp))
        var json = false

        @OptionGroup var layout: JSONLayout

        @OptionGroup var socket: SocketOptions

        func run() throws {
            let reply = try socket.call(
                "io.spotcheck.ListDeclarations", ControlMessages.ListDeclarationsParameters(state: state),
                returning: ControlMessages.DeclarationsReply.self)
            if json { return writeOut(layout.encode(reply.declarations)) }
            guard !reply.declarations.isEmpty else { return writeOut(Array(Say.none.text.utf8)) }
            var table = TextTable(
                [Say.columnID, Say.columnInspector, Say.columnWhat, Say.columnReason, Say.columnState].map(\.text))
            for item in reply.declarations {
                let what =
                    item.kind == "conflict"
                    ? Say.conflictWith(item.department ?? "", item.to).text
                    : Say.absentFrom(item.from ?? "", item.to ?? "").text
                table.add([
                    String(item.id), item.inspector, what, item.reason,
                    Say.state(item.state, item.note).text,
                ])
            }
            writeOut(Array(table.render().utf8))
        }
    }

    struct Approve: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "approve", abstract: Say.approveAbstract.text)
        }

        @Argument(help: ArgumentHelp(Say.idHelp, valueName: "id"))
        var id: Int

        @Option(help: ArgumentHelp(Say.noteHelp))
        var note: String?

        @OptionGroup var socket: SocketOptions

        func run() throws {
            let reply = try socket.call(
                "io.spotcheck.DecideDeclaration",
                ControlMessages.DecideParameters(id: Int64(id), approve: true, note: note),
                returning: ControlMessages.DeclarationReply.self)
            writeOut(Array(Say.approved(reply.declaration.id, reply.declaration.inspector).text.utf8))
        }
    }

    struct Reject: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "reject", abstract: Say.rejectAbstract.text)
        }

        @Argument(help: ArgumentHelp(Say.idHelp, valueName: "id"))
        var id: Int

        @Option(help: ArgumentHelp(Say.noteHelp))
        var note: String

        @OptionGroup var socket: SocketOptions

        func run() throws {
            let reply = try socket.call(
                "io.spotcheck.DecideDeclaration",
                ControlMessages.DecideParameters(id: Int64(id), approve: false, note: note),
                returning: ControlMessages.DeclarationReply.self)
            writeOut(Array(Say.rejected(reply.declaration.id, reply.declaration.inspector).text.utf8))
        }
    }

    struct Withdraw: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "withdraw", abstract: Catalogue.DeclarationRefusals.withdrawAbstract.text)
        }

        @Argument(help: ArgumentHelp(Say.idHelp, valueName: "id"))
        var id: Int

        @OptionGroup var socket: SocketOptions

        func run() throws {
            let reply = try socket.call(
                "io.spotcheck.WithdrawDeclaration", ControlMessages.WithdrawParameters(id: Int64(id)),
                returning: ControlMessages.DeclarationReply.self)
            writeOut(Array(Catalogue.DeclarationRefusals.withdrawn(reply.declaration.id).text.utf8))
        }
    }
}
