import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckText

/// `spotcheck findings …`: the problem ledger (问题台账) through spotcheckd.
struct FindingsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "findings",
            abstract: Catalogue.Findings.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Findings.discussion,
                examples: [
                    "spotcheck findings add --assignment 12/d-shuiwu --category sluggish \\",
                    "  --rule P03 --facts \"窗口无人值守\"",
                    "spotcheck findings confirm F-2026-0001",
                    "spotcheck findings mine",
                    "spotcheck findings measure F-2026-0001 --text \"建立值班制度\" \\",
                    "  --owner 办公室主任 --due 2026-12-20",
                    "spotcheck findings measure F-2026-0001 --start",
                    "spotcheck findings evidence F-2026-0001 --measure 1 --file 值班表.pdf --done",
                    "spotcheck findings submit F-2026-0001",
                    "spotcheck findings list --overdue --department d-shuiwu --category sluggish",
                    "spotcheck findings export --output ledger.csv",
                ]),
            subcommands: [
                FindingsAdd.self, FindingsConfirm.self, FindingsMine.self, FindingsList.self, FindingsShow.self,
                FindingsMeasure.self, FindingsEvidence.self, FindingsSubmit.self, FindingsVerify.self,
                FindingsExtend.self, FindingsDecide.self, FindingsDismiss.self, FindingsTransfer.self,
                FindingsReopen.self, FindingsExport.self, FindingsAssignment.self, FindingsCheck.self,
                FindingsChecks.self, FindingsSampleCheck.self,
            ]
        )
    }
}

/// The help of the ledger's subcommands: prose and examples, without the exit codes.
enum FindingHelp {
    static func discussion(_ prose: Localized, examples: [String]) -> String {
        prose.text + "\n\n" + HelpText.examples(examples)
    }
}

// MARK: Calling the daemon

extension SocketOptions {
    /// Calls a method of `io.spotcheck.Ledger`, turning its errors into messages that name the
    /// field at fault and what to do.
    func ledger<In: Codable & Sendable, Out: Codable & Sendable>(
        _ name: String, _ parameters: In, returning: Out.Type
    ) throws(CLIFailure) -> Out {
        let method = "\(LedgerMessages.interfaceName).\(name)"
        try FreeTextGuard.check(method, parameters)
        let client = try self.client()
        do {
            return try client.call(method, parameters, returning: Out.self)
        } catch let failure as Varlink.Failure {
            throw Self.ledgerFailure(failure, method: method)
        } catch {
            throw try transportFailure(error)
        }
    }

    static func ledgerFailure(_ failure: Varlink.Failure, method: String) -> CLIFailure {
        typealias Say = Catalogue.Findings
        func text(_ key: String) -> String { failure.parameters[key]?.description ?? "" }
        switch failure.error {
        case "io.spotcheck.Ledger.PermissionDenied", "io.spotcheck.PermissionDenied":
            return CLIFailure(RefusalText.permission(failure).text, exitCode: ExitCodes.permission)
        case "io.spotcheck.Ledger.FindingNotFound":
            return CLIFailure(Say.findingNotFound(text("id")).text, exitCode: ExitCodes.notFound)
        case "io.spotcheck.Ledger.NotYourAssignment":
            return CLIFailure(
                Say.notYourAssignment(text("draw_id"), text("department")).text, exitCode: ExitCodes.permission)
        case "io.spotcheck.Ledger.InvalidField":
            return CLIFailure(LedgerWords.invalidField(text("field"), text("message")), exitCode: ExitCodes.dataError)
        case "io.spotcheck.Ledger.Refused" where text("code") == "noSuchDraw":
            // A draw that does not exist: named, and 67 like any id that names nothing.
            return CLIFailure(
                Catalogue.VerifyCauses.noSuchDrawPatterns.told(text("message")), exitCode: ExitCodes.notFound)
        case "io.spotcheck.Ledger.Refused":
            return CLIFailure(
                Say.refused(text("code"), PassedThroughText.ledger(text("message"))).text, exitCode: ExitCodes.dataError
            )
        default:
            return DaemonErrors.unexpected(failure)
        }
    }
}

/// Options shared by the commands that print a finding.
struct FindingOutput: ParsableArguments {
    @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout
}

enum FindingText {
    typealias Say = Catalogue.Findings

    static func list(_ findings: [LedgerMessages.Finding]) -> String {
        guard !findings.isEmpty else { return Say.noFindings.text }
        var table = TextTable(
            [
                Say.columnFinding, Say.columnDepartment, Say.columnCategory, Say.columnSeverity, Say.columnState,
                Say.columnDue, Say.columnStatus,
            ].map(\.text))
        for finding in findings {
            table.add([
                finding.id, finding.department, finding.category.map { LedgerWords.category($0) } ?? "-",
                LedgerWords.severity(finding.severity), LedgerWords.state(finding.state), finding.due ?? "-",
                finding.status.map { LedgerWords.status($0) } ?? "-",
            ])
        }
        return table.render()
    }

    /// `findings show` and the commands that print one finding, in `language`.
    static func detail(_ finding: LedgerMessages.Finding, in language: Language = .current) -> String {
        var text = "\(finding.id)  \(finding.department)  \(LedgerWords.state(finding.state, in: language))"
        if let status = finding.status { text += "  (\(LedgerWords.status(status, in: language)))" }
        text += "\n"
        text += Say.source(LedgerWords.source(finding.source)(language))(language)
        text += Say.category(
            finding.category.map { LedgerWords.category($0, in: language) } ?? Say.notYetClassified(language))(language)
        if !finding.rules.isEmpty { text += Say.rules(finding.rules.joined(separator: ", "))(language) }
        let severity = LedgerWords.severity(finding.severity, in: language)
        text +=
            finding.severityProposed == true
            ? Say.severityProposed(severity, finding.id)(language) : Say.severity(severity)(language)
        text += Say.found(finding.found, finding.finder)(language)
        text += Say.facts(finding.facts)(language)
        if let due = finding.due { text += Say.due(due)(language) }
        if let pending = finding.pendingExtension { text += Say.pendingExtension(pending)(language) }
        if let proposer = finding.dismissalProposedBy { text += Say.dismissalProposed(proposer)(language) }
        if finding.recurrences > 0 { text += Say.reopened(finding.recurrences)(language) }
        for measure in finding.measures {
            text += Say.measure(measure.number, LedgerWords.measureState(measure.state, in: language), measure.text)(
                language)
            if let owner = measure.owner { text += Say.measureOwner(owner)(language) }
            if let due = measure.due { text += Say.measureDue(due)(language) }
            text += "\n"
            for evidence in measure.evidence { text += Say.evidence(evidence)(language) }
        }
        return text
    }

    static func print(_ finding: LedgerMessages.Finding, json: Bool) {
        if json { return writeOut(JSONOutput.encode(finding)) }
        writeText(detail(finding))
    }
}

// MARK: Recording and confirming

struct FindingsAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: Catalogue.Findings.addAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.addDiscussion,
                examples: [
                    "spotcheck findings add --assignment 12/d-shuiwu --category sluggish \\",
                    "  --rule P03 --facts \"窗口无人值守\"",
                    "spotcheck findings add --self d-shuiwu --category hollow --facts-file 自查.txt",
                    "spotcheck findings add --complaint 7 --department d-jiaotong --facts \"…\"",
                ]))
    }

    @Option(help: ArgumentHelp(Catalogue.Findings.assignmentHelp, valueName: "draw/department"))
    var assignment: String?

    @Option(help: ArgumentHelp(Catalogue.Findings.departmentHelp, valueName: "id"))
    var department: String?

    @Option(name: .customLong("self"), help: ArgumentHelp(Catalogue.Findings.selfHelp, valueName: "id"))
    var selfDepartment: String?

    @Option(help: ArgumentHelp(Catalogue.Findings.complaintHelp, valueName: "id"))
    var complaint: String?

    @Option(help: ArgumentHelp(Catalogue.Findings.addCategoryHelp))
    var category: String?

    @Option(name: .customLong("rule"), help: ArgumentHelp(Catalogue.Findings.ruleHelp, valueName: "code"))
    var rules: [String] = []

    @Option(help: ArgumentHelp(Catalogue.Findings.severityHelp))
    var severity: String?

    @Option(help: ArgumentHelp(Catalogue.Findings.factsHelp))
    var facts: String?

    @Option(help: ArgumentHelp(Catalogue.Findings.factsFileHelp, valueName: "file"), completion: .file())
    var factsFile: String?

    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        let sources = [assignment != nil, selfDepartment != nil, complaint != nil].filter { $0 }.count
        guard sources == 1 else {
            throw ValidationError(Catalogue.Findings.oneSource.text)
        }
        guard (facts == nil) != (factsFile == nil) else {
            throw ValidationError(Catalogue.Findings.factsOnce.text)
        }
    }

    func run() throws {
        var parameters = LedgerMessages.AddParameters(
            source: "inspection", department: department ?? "", category: category, rules: rules, severity: severity,
            facts: facts ?? "")
        if let factsFile {
            let bytes = try Files.read(factsFile, limit: 48 << 10)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CLIFailure(Catalogue.Findings.notUTF8(factsFile).text, exitCode: ExitCodes.dataError)
            }
            parameters.facts = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let assignment {
            let parts = assignment.split(separator: "/", maxSplits: 1).map(String.init)
            guard let draw = Int64(parts[0]) else {
                throw ValidationError(Catalogue.Findings.notAnAssignment(assignment).text)
            }
            parameters.drawId = draw
            if parts.count == 2 { parameters.department = parts[1] }
            guard !parameters.department.isEmpty else {
                throw ValidationError(Catalogue.Findings.nameTheDepartment.text)
            }
        } else if let selfDepartment {
            parameters.source = "self"
            parameters.department = selfDepartment
        } else if let complaint {
            parameters.source = "complaint"
            parameters.complaint = complaint
            guard department != nil else { throw ValidationError(Catalogue.Findings.complaintNeedsDepartment.text) }
        }
        let reply = try socket.ledger("AddFinding", parameters, returning: LedgerMessages.FindingReply.self)
        if output.json { return writeOut(output.layout.encode(reply.finding)) }
        writeOut(
            Array(
                Catalogue.Findings.recorded(
                    reply.finding.id, reply.finding.department, LedgerWords.state(reply.finding.state)
                ).text
                    .utf8))
    }
}

struct FindingsConfirm: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "confirm",
            abstract: Catalogue.Findings.confirmAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.confirmDiscussion,
                examples: [
                    "spotcheck findings confirm F-2026-0001",
                    "spotcheck findings confirm F-2026-0001 --category evasive \\",
                    "  --rule P02 --rule P05",
                    "spotcheck findings confirm F-2026-0002 --severity serious",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @Option(help: ArgumentHelp(Catalogue.Findings.categoryHelp)) var category: String?
    @Option(
        name: .customLong("rule"), help: ArgumentHelp(Catalogue.Findings.replaceRulesHelp, valueName: "code"))
    var rules: [String] = []
    @Option(help: ArgumentHelp(Catalogue.LedgerSeverity.confirmSeverityHelp)) var severity: String?
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "ConfirmFinding",
            LedgerMessages.ConfirmParameters(
                id: id, category: category, rules: rules.isEmpty ? nil : rules, severity: severity),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

// MARK: Reading

struct FindingFilters: ParsableArguments {
    @Flag(help: ArgumentHelp(Catalogue.Findings.overdueHelp)) var overdue = false
    @Option(help: ArgumentHelp(Catalogue.Findings.onlyDepartmentHelp, valueName: "id")) var department: String?
    @Option(help: ArgumentHelp(Catalogue.Findings.onlyCategoryHelp)) var category: String?
    @Option(help: ArgumentHelp(Catalogue.Findings.onlyStateHelp))
    var state: String?

    var parameters: LedgerMessages.ListParameters {
        LedgerMessages.ListParameters(department: department, category: category, state: state, overdue: overdue)
    }
}

struct FindingsList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: Catalogue.Findings.listAbstract.text,
            discussion: HelpText.examples([
                "spotcheck findings list",
                "spotcheck findings list --overdue --department d-shuiwu --category sluggish",
                "spotcheck findings list --state awaiting-verification --json",
            ]))
    }

    @OptionGroup var filters: FindingFilters
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger("ListFindings", filters.parameters, returning: LedgerMessages.ListReply.self)
        if output.json { return writeOut(output.layout.encode(reply)) }
        writeText(FindingText.list(reply.findings))
    }
}

struct FindingsMine: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "mine",
            abstract: Catalogue.Findings.mineAbstract.text,
            discussion: HelpText.examples([
                "spotcheck findings mine",
                "spotcheck findings mine --json",
            ]))
    }

    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger("MyFindings", Varlink.Empty(), returning: LedgerMessages.MineReply.self)
        if output.json { return writeOut(output.layout.encode(reply)) }
        guard !reply.departments.isEmpty else {
            throw CLIFailure(Catalogue.Findings.notAContact.text, exitCode: ExitCodes.permission)
        }
        writeOut(
            Array(
                (Catalogue.Findings.contactOf(reply.departments.joined(separator: ", ")).text
                    + FindingText.list(reply.findings)).utf8
            ))
    }
}

struct FindingsShow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: Catalogue.Findings.showAbstract.text,
            discussion: HelpText.examples([
                "spotcheck findings show F-2026-0001"
            ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "ShowFinding", LedgerMessages.IDParameters(id: id), returning: LedgerMessages.ShowReply.self)
        if output.json { return writeOut(output.layout.encode(reply)) }
        var text = FindingText.detail(reply.finding) + Catalogue.Findings.history.text
        for entry in reply.history {
            let details = entry.detail.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            text +=
                "  \(entry.at)  \(entry.actor) (\(LedgerWords.role(entry.role)))  \(LedgerWords.action(entry.action))  \(entry.before.map { LedgerWords.state($0) } ?? "-") → \(LedgerWords.state(entry.after))"
            text += details.isEmpty ? "\n" : "  " + details.joined(separator: " ") + "\n"
        }
        writeOut(Array(text.utf8))
    }
}

struct FindingsExport: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: Catalogue.Findings.exportAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.exportDiscussion,
                examples: [
                    "spotcheck findings export --output ledger.csv",
                    "spotcheck findings export --overdue --department d-shuiwu > overdue.csv",
                    "spotcheck findings export --json",
                ]))
    }

    @OptionGroup var filters: FindingFilters
    @Option(help: ArgumentHelp(Catalogue.Findings.outputHelp, valueName: "file"), completion: .file())
    var output: String?
    @Flag(help: ArgumentHelp(Catalogue.Findings.exportJSONHelp)) var json = false
    @OptionGroup var layout: JSONLayout
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger("ExportFindings", filters.parameters, returning: LedgerMessages.ExportReply.self)
        let bytes = json ? layout.encode(reply.findings) : Array(reply.csv.utf8)
        if let output { return try Files.writeAtomically(bytes, to: output) }
        writeOut(bytes)
    }
}

// MARK: Rectifying

struct FindingsMeasure: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "measure",
            abstract: Catalogue.Findings.measureAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.measureDiscussion,
                examples: [
                    "spotcheck findings measure F-2026-0001 --text \"建立值班制度\" \\",
                    "  --owner 办公室主任 --due 2026-12-20",
                    "spotcheck findings measure F-2026-0001 --start",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @Option(help: ArgumentHelp(Catalogue.Findings.textHelp)) var text: String?
    @Option(help: ArgumentHelp(Catalogue.Findings.ownerHelp)) var owner: String?
    @Option(help: ArgumentHelp(Catalogue.Findings.measureDueHelp, valueName: "YYYY-MM-DD")) var due: String?
    @Flag(help: ArgumentHelp(Catalogue.Findings.startHelp)) var start = false
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard start != (text != nil) else { throw ValidationError(Catalogue.Findings.textOrStart.text) }
    }

    func run() throws {
        if start {
            let reply = try socket.ledger(
                "StartRectification", LedgerMessages.IDParameters(id: id), returning: LedgerMessages.FindingReply.self)
            return FindingText.print(reply.finding, json: output.json)
        }
        let reply = try socket.ledger(
            "AddMeasure", LedgerMessages.MeasureParameters(id: id, text: text ?? "", owner: owner, due: due),
            returning: LedgerMessages.MeasureReply.self)
        if output.json { return writeOut(output.layout.encode(reply)) }
        writeOut(Array(Catalogue.Findings.measureAdded(reply.measure, id).text.utf8))
    }
}

struct FindingsEvidence: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "evidence",
            abstract: Catalogue.Findings.evidenceAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.evidenceDiscussion,
                examples: [
                    "spotcheck findings evidence F-2026-0001 --measure 1 --file 值班表.pdf --done",
                    "spotcheck findings evidence F-2026-0001 --measure 2 \\",
                    "  --reference \"水务发〔2026〕12号\"",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @Option(help: ArgumentHelp(Catalogue.Findings.measureNumberHelp)) var measure: Int
    @Option(
        name: .customLong("file"), help: ArgumentHelp(Catalogue.Findings.fileHelp, valueName: "file"),
        completion: .file())
    var files: [String] = []
    @Option(name: .customLong("sha256"), help: ArgumentHelp(Catalogue.Findings.sha256Help, valueName: "hex"))
    var hashes: [String] = []
    @Option(name: .customLong("reference"), help: ArgumentHelp(Catalogue.Findings.referenceHelp, valueName: "text"))
    var references: [String] = []
    @Flag(help: ArgumentHelp(Catalogue.Findings.doneHelp)) var done = false
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        var evidence: [String] = []
        for file in files {
            let bytes = try Files.read(file, limit: 1 << 30)
            evidence.append("sha256:" + sha256Hex(bytes))
        }
        evidence += hashes.map { "sha256:" + $0.lowercased() } + references
        guard !evidence.isEmpty || done else {
            throw CLIFailure(Catalogue.Findings.giveEvidence.text, exitCode: ExitCodes.usage)
        }
        let reply = try socket.ledger(
            "AddEvidence", LedgerMessages.EvidenceParameters(id: id, measure: measure, evidence: evidence, done: done),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsSubmit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "submit",
            abstract: Catalogue.Findings.submitAbstract.text,
            discussion: HelpText.examples([
                "spotcheck findings submit F-2026-0001"
            ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "SubmitFinding", LedgerMessages.IDParameters(id: id), returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsVerify: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "verify",
            abstract: Catalogue.Findings.verifyAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.verifyDiscussion,
                examples: [
                    "spotcheck findings verify F-2026-0001 --accept",
                    "spotcheck findings verify F-2026-0001 --reject --note \"值班表未公示\"",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @Flag(help: ArgumentHelp(Catalogue.Findings.acceptHelp)) var accept = false
    @Flag(help: ArgumentHelp(Catalogue.Findings.rejectHelp)) var reject = false
    @Option(help: ArgumentHelp(Catalogue.Findings.noteHelp)) var note: String?
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard accept != reject else { throw ValidationError(Catalogue.Findings.acceptOrReject.text) }
    }

    func run() throws {
        let reply = try socket.ledger(
            "VerifyFinding", LedgerMessages.VerifyParameters(id: id, accepted: accept, note: note ?? ""),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsExtend: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "extend",
            abstract: Catalogue.Findings.extendAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.extendDiscussion,
                examples: [
                    "spotcheck findings extend F-2026-0001 --to 2027-01-15 --reason \"需财政审批\""
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @Option(help: ArgumentHelp(Catalogue.Findings.toHelp, valueName: "YYYY-MM-DD")) var to: String
    @Option(help: ArgumentHelp(Catalogue.Findings.extendReasonHelp)) var reason: String
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "RequestExtension", LedgerMessages.ExtensionParameters(id: id, due: to, reason: reason),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsDecide: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "decide",
            abstract: Catalogue.Findings.decideAbstract.text,
            discussion: HelpText.examples([
                "spotcheck findings decide F-2026-0001 --grant",
                "spotcheck findings decide F-2026-0001 --refuse",
            ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @Flag(help: ArgumentHelp(Catalogue.Findings.grantHelp)) var grant = false
    @Flag(help: ArgumentHelp(Catalogue.Findings.refuseHelp)) var refuse = false
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard grant != refuse else { throw ValidationError(Catalogue.Findings.grantOrRefuse.text) }
    }

    func run() throws {
        let reply = try socket.ledger(
            "DecideExtension", LedgerMessages.DecisionParameters(id: id, grant: grant),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsDismiss: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "dismiss",
            abstract: Catalogue.Findings.dismissAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.dismissDiscussion,
                examples: [
                    "spotcheck findings dismiss F-2026-0001 --reason \"经核实不属实\"",
                    "spotcheck findings dismiss F-2026-0001",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @Option(help: ArgumentHelp(Catalogue.Findings.dismissReasonHelp)) var reason: String?
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "DismissFinding", LedgerMessages.DismissParameters(id: id, reason: reason),
            returning: LedgerMessages.DismissReply.self)
        if output.json { return writeOut(output.layout.encode(reply)) }
        writeOut(
            Array(
                (reply.dismissed
                    ? Catalogue.Findings.dismissed(id).text
                    : Catalogue.Findings.dismissalProposedOf(id).text)
                    .utf8))
    }
}

struct FindingsTransfer: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "transfer",
            abstract: Catalogue.Findings.transferAbstract.text,
            discussion: HelpText.examples([
                "spotcheck findings transfer F-2026-0001 --reference \"纪检2026-031\""
            ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @Option(help: ArgumentHelp(Catalogue.Findings.transferReferenceHelp)) var reference: String
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "TransferFinding", LedgerMessages.TransferParameters(id: id, reference: reference),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsReopen: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "reopen",
            abstract: Catalogue.Findings.reopenAbstract.text,
            discussion: HelpText.examples([
                "spotcheck findings reopen F-2026-0001 --recheck \"回头看：值班制度未落实\"",
                "spotcheck findings reopen F-2026-0001 --complaint 12388-2026",
            ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.idHelp, valueName: "id")) var id: String
    @Option(help: ArgumentHelp(Catalogue.Findings.recheckHelp)) var recheck: String?
    @Option(help: ArgumentHelp(Catalogue.Findings.newComplaintHelp)) var complaint: String?
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard (recheck == nil) != (complaint == nil) else {
            throw ValidationError(Catalogue.Findings.recheckOrComplaint.text)
        }
    }

    func run() throws {
        let reply = try socket.ledger(
            "ReopenFinding", LedgerMessages.ReopenParameters(id: id, recheck: recheck, complaint: complaint),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsAssignment: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "assignment",
            abstract: Catalogue.Findings.assignmentAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.assignmentDiscussion,
                examples: [
                    "spotcheck findings assignment 12/d-shuiwu --done",
                    "spotcheck findings assignment 12/d-shuiwu --not-carried-out \\",
                    "  --reason \"单位整体搬迁，无法开展\"",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.theAssignmentHelp, valueName: "draw/department")) var assignment:
        String
    @Flag(help: ArgumentHelp(Catalogue.Findings.carriedOutHelp)) var done = false
    @Flag(help: ArgumentHelp(Catalogue.Findings.notCarriedOutHelp)) var notCarriedOut = false
    @Option(help: ArgumentHelp(Catalogue.Findings.notCarriedOutReasonHelp)) var reason: String?
    @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp)) var json = false
    @OptionGroup var layout: JSONLayout
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard done != notCarriedOut else { throw ValidationError(Catalogue.Findings.doneOrNot.text) }
        guard done || reason != nil else { throw ValidationError(Catalogue.Findings.needsReason.text) }
    }

    func run() throws {
        let parts = assignment.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let draw = Int64(parts[0]) else {
            throw ValidationError(Catalogue.Findings.notDrawDepartment(assignment).text)
        }
        let reply = try socket.ledger(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(drawId: draw, department: parts[1], done: done, reason: reason),
            returning: LedgerMessages.OutcomeReply.self)
        if json { return writeOut(layout.encode(reply)) }
        writeOut(
            Array(Catalogue.Findings.outcome(assignment, LedgerWords.outcome(reply.state)).text.utf8)
        )
    }
}
