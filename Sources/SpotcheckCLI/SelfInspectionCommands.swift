import ArgumentParser
import Foundation
import SpotcheckCampaign
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckText

extension SocketOptions {
    /// Calls a self-inspection method, turning its errors into messages and exit codes.
    /// - Parameter notConfigured: the answer when no campaign is configured (a read that then has
    ///   nothing to show, like `campaign status`); without it that is refused (exit 65).
    func selfInspectionCall<In: Codable & Sendable, Out: Codable & Sendable>(
        _ method: String, _ parameters: In, returning: Out.Type, notConfigured: (() -> Out)? = nil
    ) throws(CLIFailure) -> Out {
        let client: VarlinkClient
        do {
            client = try VarlinkClient(path: path)
        } catch {
            throw CLIFailure(
                Catalogue.Common.cannotReach(path, SystemErrorText.of(error)).text, exitCode: ExitCodes.unavailable)
        }
        do {
            return try client.call(method, parameters, returning: Out.self)
        } catch let failure as Varlink.Failure {
            typealias Say = Catalogue.SelfInspection
            func parameter(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
            switch failure.error {
            case "io.spotcheck.PermissionDenied":
                throw CLIFailure(Say.permissionDenied(CommandPath.of()).text, exitCode: ExitCodes.permission)
            case "io.spotcheck.SelfInspection.NotConfigured":
                if let notConfigured { return notConfigured() }
                throw CLIFailure(Say.notConfigured.text, exitCode: ExitCodes.dataError)
            case "io.spotcheck.SelfInspection.NoForm":
                throw CLIFailure(Say.noForm(parameter("department")).text, exitCode: ExitCodes.dataError)
            case "io.spotcheck.SelfInspection.AlreadyReturned":
                throw CLIFailure(
                    Say.alreadyReturned(parameter("department"), parameter("returned_at")).text,
                    exitCode: ExitCodes.dataError)
            case "io.spotcheck.SelfInspection.FormLocked":
                throw CLIFailure(
                    Say.locked(parameter("department"), parameter("due")).text, exitCode: ExitCodes.dataError)
            case "io.spotcheck.SelfInspection.FormInvalid":
                let count = Int(parameter("count")) ?? 0
                throw CLIFailure(Say.invalid(count, parameter("problems")).text, exitCode: ExitCodes.dataError)
            case "io.spotcheck.SelfInspection.Refused":
                throw CLIFailure(
                    Say.refused(CampaignGuardText.refusal(failure)?.text ?? parameter("message")).text,
                    exitCode: ExitCodes.dataError)
            case "org.varlink.service.MethodNotFound", "org.varlink.service.InterfaceNotFound":
                throw CLIFailure(Catalogue.Campaign.tooOld(method).text, exitCode: ExitCodes.unavailable)
            default:
                throw DaemonErrors.unexpected(failure)
            }
        } catch {
            throw try transportFailure(error)
        }
    }
}

struct SelfInspectionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "self-inspection",
            abstract: Catalogue.SelfInspection.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.SelfInspection.discussion,
                examples: [
                    "spotcheck self-inspection issue",
                    "spotcheck self-inspection form --output 自查自纠表.csv",
                    "spotcheck self-inspection submit 自查自纠表.csv",
                    "spotcheck self-inspection status",
                ]),
            subcommands: [
                SelfInspectionIssueCommand.self, SelfInspectionStatusCommand.self, SelfInspectionMineCommand.self,
                SelfInspectionFormCommand.self, SelfInspectionSubmitCommand.self,
                SelfInspectionUnlockCommand.self,  // SelfInspectionUnlockCommand.swift
            ])
    }
}

struct SelfInspectionIssueCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "issue",
            abstract: Catalogue.SelfInspection.issueAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.SelfInspection.issueDiscussion,
                examples: ["spotcheck self-inspection issue", "spotcheck self-inspection issue --due 2026-12-11"]))
    }

    @OptionGroup var socket: SocketOptions

    @Option(help: ArgumentHelp(Catalogue.SelfInspection.dueHelp, valueName: "date"))
    var due: String?

    func run() throws {
        let reply = try socket.selfInspectionCall(
            "io.spotcheck.SelfInspection.IssueForms", SelfInspectionMessages.IssueParameters(due: due),
            returning: SelfInspectionMessages.IssueReply.self)
        var text = Catalogue.SelfInspection.issued(reply.issued.count).text
        if !reply.issued.isEmpty { text += SelfInspectionText.table(reply.issued) }
        writeOut(Array(text.utf8))
    }
}

struct SelfInspectionStatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "status",
            abstract: Catalogue.SelfInspection.statusAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.SelfInspection.statusDiscussion,
                examples: ["spotcheck self-inspection status", "spotcheck self-inspection list --json"]),
            aliases: ["list"])
    }

    @OptionGroup var socket: SocketOptions

    @Flag(help: ArgumentHelp(Catalogue.SelfInspection.jsonHelp))
    var json = false

    func run() throws {
        var configured = true
        let reply = try socket.selfInspectionCall(
            "io.spotcheck.SelfInspection.ListForms", Varlink.Empty(), returning: SelfInspectionMessages.FormsReply.self
        ) {
            // As `campaign status` without a campaign: nothing to list, exit 0 (JSON: no forms).
            configured = false
            return SelfInspectionMessages.FormsReply(forms: [])
        }
        if json {
            writeOut(RecordJSON.encode(reply))
            return
        }
        if !configured {
            writeOut(Array(Catalogue.SelfInspectionWithoutCampaign.none.text.utf8))
            return
        }
        let forms = reply.forms
        var text = SelfInspectionText.table(forms)
        text +=
            Catalogue.SelfInspection.summary(
                forms.count { $0.state == "returned" }, forms.count { $0.state == "issued" },
                forms.count { $0.state == "locked" }
            ).text
        writeOut(Array(text.utf8))
    }
}

struct SelfInspectionMineCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "mine",
            abstract: Catalogue.SelfInspection.mineAbstract.text,
            discussion: HelpText.discussion(
                Localized.verbatim(""),
                examples: ["spotcheck self-inspection mine", "spotcheck self-inspection mine --json"]))
    }

    @OptionGroup var socket: SocketOptions

    @Flag(help: ArgumentHelp(Catalogue.SelfInspection.jsonHelp))
    var json = false

    func run() throws {
        let reply = try socket.selfInspectionCall(
            "io.spotcheck.SelfInspection.MyForms", Varlink.Empty(), returning: SelfInspectionMessages.FormsReply.self)
        if json {
            writeOut(RecordJSON.encode(reply))
            return
        }
        guard !reply.forms.isEmpty else {
            writeOut(Array((Catalogue.SelfInspection.noForms.text + "\n").utf8))
            return
        }
        writeOut(Array(SelfInspectionText.table(reply.forms).utf8))
    }
}

struct SelfInspectionFormCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "form",
            abstract: Catalogue.SelfInspection.formAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.SelfInspection.formDiscussion,
                examples: [
                    "spotcheck self-inspection form --output 自查自纠表.csv",
                    "spotcheck self-inspection form --department d-shuiwu --output d-shuiwu.csv",
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Option(help: ArgumentHelp(Catalogue.SelfInspection.departmentHelp, valueName: "id"))
    var department: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(Catalogue.SelfInspection.outputHelp, valueName: "file"))
    var output: String?

    func run() throws {
        let form = try SelfInspectionText.myForm(socket, department: department)
        let text = SelfInspectionText.render(form, language: Language.current)
        if let output {
            try Files.writeAtomically(Array(text.utf8), to: output, permissions: 0o600)
            printError(Catalogue.SelfInspection.written(form.department, output, form.due).text)
        } else {
            writeOut(Array(text.utf8))
        }
    }
}

struct SelfInspectionSubmitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "submit",
            abstract: Catalogue.SelfInspection.submitAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.SelfInspection.submitDiscussion,
                examples: [
                    "spotcheck self-inspection submit 自查自纠表.csv",
                    "spotcheck self-inspection submit --department d-shuiwu d-shuiwu.csv",
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Option(help: ArgumentHelp(Catalogue.SelfInspection.departmentHelp, valueName: "id"))
    var department: String?

    @Argument(help: ArgumentHelp(Catalogue.SelfInspection.fileHelp, valueName: "file"))
    var file: String

    func run() throws {
        let bytes = try Files.read(file, limit: SelfInspectionSheet.maxBytes)
        let form = try SelfInspectionText.myForm(socket, department: department)
        // Checked here first, so that every problem is told in the reader's language; the
        // daemon checks the same again before it stores anything.
        if case .failure(let found) = SelfInspectionSheet.parse(
            bytes, department: form.department,
            rules: form.prohibitions.map { Prohibition(code: $0.code, text: $0.text) })
        {
            let lines = found.problems.map { SelfInspectionText.located($0, file: file) }.joined(separator: "\n")
            throw CLIFailure(
                Catalogue.SelfInspection.invalid(found.problems.count, lines).text, exitCode: ExitCodes.dataError)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIFailure(Catalogue.SelfInspection.invalid(1, file).text, exitCode: ExitCodes.dataError)
        }
        let reply = try socket.selfInspectionCall(
            "io.spotcheck.SelfInspection.SubmitForm",
            SelfInspectionMessages.SubmitParameters(department: form.department, file: file, text: text),
            returning: SelfInspectionMessages.SubmitReply.self)
        var out = Catalogue.SelfInspection.returned(reply.form.department, reply.findings.count).text
        if !reply.findings.isEmpty {
            out += Catalogue.SelfInspection.findings(reply.findings.joined(separator: ", ")).text
        }
        writeOut(Array(out.utf8))
    }
}

/// The forms' tables, the file of a form, and its problems, in the reader's language.
enum SelfInspectionText {
    static func state(_ state: String) -> String {
        typealias Say = Catalogue.SelfInspection
        switch state {
        case "issued": return Say.stateIssued.text
        case "returned": return Say.stateReturned.text
        case "locked": return Say.stateLocked.text
        default: return state
        }
    }

    static func table(_ forms: [SelfInspectionMessages.Form]) -> String {
        typealias Say = Catalogue.SelfInspection
        var table = TextTable([
            Say.columnDepartment.text, Say.columnName.text, Say.columnState.text, Say.columnDue.text,
            Say.columnReturned.text, Say.columnFindings.text,
        ])
        for form in forms {
            table.add([
                form.department, form.departmentName, state(form.state), form.due,
                form.returnedAt.map { "\($0) \(form.returnedBy ?? "")" } ?? "",
                form.answers.compactMap(\.finding).joined(separator: ","),
            ])
        }
        return table.render()
    }

    /// The caller's form: of `department`, or the only one they have.
    static func myForm(
        _ socket: SocketOptions, department: String?
    ) throws(CLIFailure) -> SelfInspectionMessages.Form {
        let forms = try socket.selfInspectionCall(
            "io.spotcheck.SelfInspection.MyForms", Varlink.Empty(), returning: SelfInspectionMessages.FormsReply.self
        ).forms
        if let department {
            guard let form = forms.first(where: { $0.department == department }) else {
                throw CLIFailure(
                    Catalogue.SelfInspection.notYourForm(department).text, exitCode: ExitCodes.dataError)
            }
            return form
        }
        guard !forms.isEmpty else {
            throw CLIFailure(Catalogue.SelfInspection.noForms.text, exitCode: ExitCodes.dataError)
        }
        guard forms.count == 1 else {
            throw CLIFailure(
                Catalogue.SelfInspection.chooseDepartment(forms.map(\.department).joined(separator: ", ")).text,
                exitCode: ExitCodes.usage)
        }
        return forms[0]
    }

    /// The form's file, its headers and instructions in `language`.
    static func render(_ form: SelfInspectionMessages.Form, language: Language) -> String {
        typealias Say = Catalogue.SelfInspection
        let header = SelfInspectionColumn.allCases.map { language == .chinese ? $0.chinese : $0.english }
        return SelfInspectionSheet.render(
            department: form.department,
            rules: form.prohibitions.map { Prohibition(code: $0.code, text: $0.text) }, header: header,
            comments: [
                Say.formTitle(form.department, form.departmentName, form.due)(language),
                Say.formInstructions(language), Say.severityInstructions(language),
            ])
    }

    /// A problem of the file, located, in the reader's language.
    static func located(_ problem: SelfInspectionProblem, file: String) -> String {
        typealias Say = Catalogue.SelfInspection
        let language = Language.current
        let message: Localized =
            switch problem.kind {
            case .malformed(let text): Localized.verbatim(text)
            case .tooLarge(let limit): Say.tooLarge(limit / 1024)
            case .noHeader:
                Say.noHeader(
                    SelfInspectionColumn.allCases.map { language == .chinese ? $0.chinese : $0.english }
                        .joined(separator: ", "))
            case .unknownColumn(let name): Say.unknownColumn(name)
            case .duplicateColumn: Say.duplicateColumn
            case .missingColumn: Say.missingColumn
            case .extraCells: Say.extraCells
            case .wrongDepartment(let found, let expected): Say.wrongDepartment(found, expected)
            case .missingCode: Say.missingCode
            case .unknownCode(let code): Say.unknownCode(code)
            case .duplicateCode(let code, let first): Say.duplicateCode(code, first)
            case .missingRow(let code): Say.missingRow(code)
            case .badAnswer(let value): Say.badAnswer(value)
            case .descriptionRequired: Say.descriptionRequired
            case .measuresRequired: Say.measuresRequired
            case .tooLong(let limit): Say.tooLong(limit)
            case .controlCharacter(let value): Say.controlCharacter(SelfInspectionProblem.hex(value))
            case .badSeverity(let value): Say.badSeverity(value)  // Catalogue/CampaignForms.swift
            }
        var text = problem.line > 0 ? "\(file):\(problem.line): " : "\(file): "
        if let column = problem.column { text += (language == .chinese ? column.chinese : column.english) + ": " }
        return InputText.escaped(text + message(language))
    }
}
