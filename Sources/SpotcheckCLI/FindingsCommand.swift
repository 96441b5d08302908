import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol

/// `spotcheck findings …`: the problem ledger (问题台账) through spotcheckd.
struct FindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "The problem ledger: record findings, rectify them, verify and close them.",
        discussion: """
            Every problem found — by an inspection team, a department's self-inspection or a \
            complaint — is a finding (F-2026-0001). Its department rectifies it by a deadline in \
            working days; it is closed only when a drawn verifier accepts the rectification. \
            What you may see and do follows your role: inspectors record findings on their own \
            revealed assignment (the team lead confirms them); a department's contacts \
            (departments.csv, column contacts) see and rectify their department's findings; \
            coordinators see everything, confirm, dismiss (two of them), transfer and decide \
            extensions; auditors read everything.

            Categories: detached (脱离实际脱离基层脱离群众), sluggish (慵懒散), evasive (推拖绕), \
            arrogant (横冷硬), hollow (假大空). Severities: minor, serious, grave.

            EXAMPLES:
              spotcheck findings add --assignment 12/d-shuiwu --category sluggish --rule P03 --facts "窗口无人值守"
              spotcheck findings confirm F-2026-0001
              spotcheck findings mine
              spotcheck findings measure F-2026-0001 --text "建立值班制度" --owner 办公室主任 --due 2026-12-20
              spotcheck findings measure F-2026-0001 --start
              spotcheck findings evidence F-2026-0001 --measure 1 --file 值班表.pdf --done
              spotcheck findings submit F-2026-0001
              spotcheck findings list --overdue --department d-shuiwu --category sluggish
              spotcheck findings export --output ledger.csv

            \(ExitCodes.help)
            """,
        subcommands: [
            FindingsAdd.self, FindingsConfirm.self, FindingsMine.self, FindingsList.self, FindingsShow.self,
            FindingsMeasure.self, FindingsEvidence.self, FindingsSubmit.self, FindingsVerify.self,
            FindingsExtend.self, FindingsDecide.self, FindingsDismiss.self, FindingsTransfer.self,
            FindingsReopen.self, FindingsExport.self, FindingsAssignment.self,
        ]
    )
}

// MARK: Calling the daemon

extension SocketOptions {
    /// Calls a method of `io.spotcheck.Ledger`, turning its errors into messages that name the
    /// field at fault and what to do.
    func ledger<In: Codable & Sendable, Out: Codable & Sendable>(
        _ name: String, _ parameters: In, returning: Out.Type
    ) throws(CLIFailure) -> Out {
        let method = "\(LedgerMessages.interfaceName).\(name)"
        let client: VarlinkClient
        do {
            client = try VarlinkClient(path: path)
        } catch {
            throw CLIFailure(
                "cannot reach spotcheckd at \(path) (\(error)); is it running? (systemctl status spotcheckd)",
                exitCode: ExitCodes.unavailable)
        }
        do {
            return try client.call(method, parameters, returning: Out.self)
        } catch let failure as Varlink.Failure {
            throw Self.ledgerFailure(failure, method: method)
        } catch {
            throw CLIFailure("talking to spotcheckd at \(path) failed: \(error)", exitCode: ExitCodes.unavailable)
        }
    }

    static func ledgerFailure(_ failure: Varlink.Failure, method: String) -> CLIFailure {
        func text(_ key: String) -> String { failure.parameters[key]?.description ?? "" }
        switch failure.error {
        case "io.spotcheck.Ledger.PermissionDenied":
            return CLIFailure(
                "spotcheckd refused \(method): your role does not allow it (coordinators and auditors are set in [roles] of spotcheckd.toml, contacts in departments.csv)",
                exitCode: ExitCodes.permission)
        case "io.spotcheck.Ledger.FindingNotFound":
            return CLIFailure(
                "no finding \(text("id")) that you may see; list yours with spotcheck findings list (or mine)",
                exitCode: ExitCodes.dataError)
        case "io.spotcheck.Ledger.NotYourAssignment":
            return CLIFailure(
                "draw \(text("draw_id")) to \(text("department")) is not a revealed assignment of yours; see spotcheck today",
                exitCode: ExitCodes.permission)
        case "io.spotcheck.Ledger.InvalidField":
            return CLIFailure("\(text("field")): \(text("message"))", exitCode: ExitCodes.dataError)
        case "io.spotcheck.Ledger.Refused":
            return CLIFailure("refused (\(text("code"))): \(text("message"))", exitCode: ExitCodes.dataError)
        default:
            return CLIFailure("spotcheckd answered \(failure)", exitCode: ExitCodes.dataError)
        }
    }
}

/// Options shared by the commands that print a finding.
struct FindingOutput: ParsableArguments {
    @Flag(help: "Print the result as JSON.")
    var json = false
}

enum FindingText {
    static func list(_ findings: [LedgerMessages.Finding]) -> String {
        guard !findings.isEmpty else { return "no findings\n" }
        var table = TextTable(["Finding", "Department", "Category", "Severity", "State", "Due", "Status"])
        for finding in findings {
            table.add([
                finding.id, finding.department, finding.category ?? "-", finding.severity, finding.state,
                finding.due ?? "-", finding.status ?? "-",
            ])
        }
        return table.render()
    }

    static func detail(_ finding: LedgerMessages.Finding) -> String {
        var text = "\(finding.id)  \(finding.department)  \(finding.state)"
        if let status = finding.status { text += "  (\(status))" }
        text += "\n"
        text += "source:    \(finding.source)\n"
        text += "category:  \(finding.category ?? "not yet classified")\n"
        if !finding.rules.isEmpty { text += "rules:     \(finding.rules.joined(separator: ", "))\n" }
        text += "severity:  \(finding.severity)\n"
        text += "found:     \(finding.found) by \(finding.finder)\n"
        text += "facts:     \(finding.facts)\n"
        if let due = finding.due { text += "due:       \(due)\n" }
        if let pending = finding.pendingExtension { text += "extension: to \(pending) requested, not yet decided\n" }
        if let proposer = finding.dismissalProposedBy {
            text += "dismissal: proposed by \(proposer); a second coordinator approves\n"
        }
        if finding.recurrences > 0 { text += "reopened:  \(finding.recurrences) time(s)\n" }
        for measure in finding.measures {
            text += "measure \(measure.number) [\(measure.state)]: \(measure.text)"
            if let owner = measure.owner { text += "; owner \(owner)" }
            if let due = measure.due { text += "; due \(due)" }
            text += "\n"
            for evidence in measure.evidence { text += "    evidence: \(evidence)\n" }
        }
        return text
    }

    static func print(_ finding: LedgerMessages.Finding, json: Bool) {
        if json { return writeOut(RecordJSON.encode(finding)) }
        writeOut(Array(detail(finding).utf8))
    }
}

// MARK: Recording and confirming

struct FindingsAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a finding (inspectors on their assignment, contacts for self-inspection, coordinators).",
        discussion: """
            An inspector records findings on their own revealed assignment: --assignment names \
            the draw and the department (DRAW/DEPARTMENT, or DRAW with --department). A \
            department's contact records its own self-inspection with --self. Coordinators may \
            also record a complaint with --complaint. The facts come from --facts or from a \
            UTF-8 text file with --facts-file.

            EXAMPLES:
              spotcheck findings add --assignment 12/d-shuiwu --category sluggish --rule P03 --facts "窗口无人值守"
              spotcheck findings add --self d-shuiwu --category hollow --facts-file 自查.txt
              spotcheck findings add --complaint 12345-2026 --department d-jiaotong --facts "…"
            """
    )

    @Option(help: ArgumentHelp("The assignment: DRAW/DEPARTMENT (see spotcheck today).", valueName: "draw/department"))
    var assignment: String?

    @Option(help: ArgumentHelp("The department (with --assignment DRAW or --complaint).", valueName: "id"))
    var department: String?

    @Option(name: .customLong("self"), help: ArgumentHelp("Self-inspection of this department.", valueName: "id"))
    var selfDepartment: String?

    @Option(help: ArgumentHelp("A complaint's id: the finding comes from it.", valueName: "id"))
    var complaint: String?

    @Option(help: "detached, sluggish, evasive, arrogant or hollow (may wait until confirmation).")
    var category: String?

    @Option(name: .customLong("rule"), help: ArgumentHelp("A rule code it breaks (repeat).", valueName: "code"))
    var rules: [String] = []

    @Option(help: "minor (default), serious or grave.")
    var severity: String?

    @Option(help: "What was found.")
    var facts: String?

    @Option(help: ArgumentHelp("Read the facts from this file.", valueName: "file"))
    var factsFile: String?

    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        let sources = [assignment != nil, selfDepartment != nil, complaint != nil].filter { $0 }.count
        guard sources == 1 else {
            throw ValidationError("give exactly one of --assignment, --self and --complaint")
        }
        guard (facts == nil) != (factsFile == nil) else {
            throw ValidationError("give the facts with --facts TEXT or --facts-file FILE (one of them)")
        }
    }

    func run() throws {
        var parameters = LedgerMessages.AddParameters(
            source: "inspection", department: department ?? "", category: category, rules: rules, severity: severity,
            facts: facts ?? "")
        if let factsFile {
            let bytes = try Files.read(factsFile, limit: 48 << 10)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CLIFailure("\(factsFile): is not UTF-8 text; save it as UTF-8", exitCode: ExitCodes.dataError)
            }
            parameters.facts = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let assignment {
            let parts = assignment.split(separator: "/", maxSplits: 1).map(String.init)
            guard let draw = Int64(parts[0]) else {
                throw ValidationError("--assignment: '\(assignment)' is not DRAW/DEPARTMENT (for example 12/d-shuiwu)")
            }
            parameters.drawId = draw
            if parts.count == 2 { parameters.department = parts[1] }
            guard !parameters.department.isEmpty else {
                throw ValidationError("--assignment: name the department, as DRAW/DEPARTMENT or with --department")
            }
        } else if let selfDepartment {
            parameters.source = "self"
            parameters.department = selfDepartment
        } else if let complaint {
            parameters.source = "complaint"
            parameters.complaint = complaint
            guard department != nil else { throw ValidationError("--complaint needs --department") }
        }
        let reply = try socket.ledger("AddFinding", parameters, returning: LedgerMessages.FindingReply.self)
        if output.json { return writeOut(RecordJSON.encode(reply.finding)) }
        writeOut(
            Array("recorded \(reply.finding.id) (\(reply.finding.department)), state \(reply.finding.state)\n".utf8))
    }
}

struct FindingsConfirm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm a finding (the team lead of its assignment, or a coordinator).",
        discussion: """
            A finding needs a category to be confirmed; give it here if it has none yet.

            EXAMPLES:
              spotcheck findings confirm F-2026-0001
              spotcheck findings confirm F-2026-0001 --category evasive --rule P02 --rule P05
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @Option(help: "detached, sluggish, evasive, arrogant or hollow.") var category: String?
    @Option(
        name: .customLong("rule"), help: ArgumentHelp("A rule code (repeat; replaces the list).", valueName: "code"))
    var rules: [String] = []
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "ConfirmFinding",
            LedgerMessages.ConfirmParameters(id: id, category: category, rules: rules.isEmpty ? nil : rules),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

// MARK: Reading

struct FindingFilters: ParsableArguments {
    @Flag(help: "Only rectifications past their due date.") var overdue = false
    @Option(help: ArgumentHelp("Only this department.", valueName: "id")) var department: String?
    @Option(help: "Only this category.") var category: String?
    @Option(help: "Only this state (identified, confirmed, rectifying, awaiting-verification, closed, …).")
    var state: String?

    var parameters: LedgerMessages.ListParameters {
        LedgerMessages.ListParameters(department: department, category: category, state: state, overdue: overdue)
    }
}

struct FindingsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the findings you may see, with their deadline status.",
        discussion: """
            EXAMPLES:
              spotcheck findings list
              spotcheck findings list --overdue --department d-shuiwu --category sluggish
              spotcheck findings list --state awaiting-verification --json
            """
    )

    @OptionGroup var filters: FindingFilters
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger("ListFindings", filters.parameters, returning: LedgerMessages.ListReply.self)
        if output.json { return writeOut(RecordJSON.encode(reply)) }
        writeOut(Array(FindingText.list(reply.findings).utf8))
    }
}

struct FindingsMine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mine",
        abstract: "The findings of the departments whose contact you are.",
        discussion: """
            EXAMPLES:
              spotcheck findings mine
              spotcheck findings mine --json
            """
    )

    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger("MyFindings", Varlink.Empty(), returning: LedgerMessages.MineReply.self)
        if output.json { return writeOut(RecordJSON.encode(reply)) }
        guard !reply.departments.isEmpty else {
            throw CLIFailure(
                "you are no department's contact (the contacts column of departments.csv lists logins)",
                exitCode: ExitCodes.permission)
        }
        writeOut(
            Array(
                ("contact of: \(reply.departments.joined(separator: ", "))\n\n" + FindingText.list(reply.findings)).utf8
            ))
    }
}

struct FindingsShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a finding with its whole history.",
        discussion: """
            EXAMPLES:
              spotcheck findings show F-2026-0001
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "ShowFinding", LedgerMessages.IDParameters(id: id), returning: LedgerMessages.ShowReply.self)
        if output.json { return writeOut(RecordJSON.encode(reply)) }
        var text = FindingText.detail(reply.finding) + "\nhistory:\n"
        for entry in reply.history {
            let details = entry.detail.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            text +=
                "  \(entry.at)  \(entry.actor) (\(entry.role))  \(entry.action)  \(entry.before ?? "-") → \(entry.after)"
            text += details.isEmpty ? "\n" : "  " + details.joined(separator: " ") + "\n"
        }
        writeOut(Array(text.utf8))
    }
}

struct FindingsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the findings you may see for a spreadsheet (CSV with a UTF-8 BOM) or as JSON.",
        discussion: """
            One row per finding with its status on the daemon's today. The CSV starts with a \
            byte-order mark and ends lines with CRLF, so that Excel on Chinese Windows opens it \
            correctly; cells a spreadsheet would read as formulas are prefixed with an apostrophe.

            EXAMPLES:
              spotcheck findings export --output ledger.csv
              spotcheck findings export --overdue --department d-shuiwu > overdue.csv
              spotcheck findings export --json
            """
    )

    @OptionGroup var filters: FindingFilters
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @Flag(help: "Print the findings as JSON instead of CSV.") var json = false
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger("ExportFindings", filters.parameters, returning: LedgerMessages.ExportReply.self)
        let bytes = json ? RecordJSON.encode(reply.findings) : Array(reply.csv.utf8)
        if let output { return try Files.writeAtomically(bytes, to: output) }
        writeOut(bytes)
    }
}

// MARK: Rectifying

struct FindingsMeasure: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Add a rectification measure, or start the rectification (contacts, coordinators).",
        discussion: """
            Rectification starts (--start) once at least one measure has an owner and a due \
            date; the finding's deadline is then the latest due date.

            EXAMPLES:
              spotcheck findings measure F-2026-0001 --text "建立值班制度" --owner 办公室主任 --due 2026-12-20
              spotcheck findings measure F-2026-0001 --start
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @Option(help: "What will be done.") var text: String?
    @Option(help: "The role answerable for it (for example 办公室主任).") var owner: String?
    @Option(help: ArgumentHelp("When it is due.", valueName: "YYYY-MM-DD")) var due: String?
    @Flag(help: "Start the rectification with the measures given so far.") var start = false
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard start != (text != nil) else { throw ValidationError("give --text (a new measure) or --start") }
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
        if output.json { return writeOut(RecordJSON.encode(reply)) }
        writeOut(Array("measure \(reply.measure) added to \(id)\n".utf8))
    }
}

struct FindingsEvidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Add evidence to a measure, and with --done complete it.",
        discussion: """
            Files never go into the ledger: --file records the file's SHA-256 (keep the file), \
            --sha256 a hash computed elsewhere, --reference a document number or archive place.

            EXAMPLES:
              spotcheck findings evidence F-2026-0001 --measure 1 --file 值班表.pdf --done
              spotcheck findings evidence F-2026-0001 --measure 2 --reference "水务发〔2026〕12号"
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @Option(help: "The measure's number.") var measure: Int
    @Option(
        name: .customLong("file"), help: ArgumentHelp("A file whose SHA-256 is recorded (repeat).", valueName: "file"))
    var files: [String] = []
    @Option(name: .customLong("sha256"), help: ArgumentHelp("A file's SHA-256 (repeat).", valueName: "hex"))
    var hashes: [String] = []
    @Option(name: .customLong("reference"), help: ArgumentHelp("A reference (repeat).", valueName: "text"))
    var references: [String] = []
    @Flag(help: "The measure is done.") var done = false
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
            throw CLIFailure("give evidence: --file, --sha256 or --reference", exitCode: ExitCodes.usage)
        }
        let reply = try socket.ledger(
            "AddEvidence", LedgerMessages.EvidenceParameters(id: id, measure: measure, evidence: evidence, done: done),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsSubmit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Submit the rectification for verification (every measure done, with evidence).",
        discussion: """
            EXAMPLES:
              spotcheck findings submit F-2026-0001
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "SubmitFinding", LedgerMessages.IDParameters(id: id), returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Record the verification of a rectification (the drawn verifier).",
        discussion: """
            Accepting closes the finding (销号); rejecting needs a note and sends it back to \
            rectification. Only the verifier drawn for the finding, from another department, \
            may record the result.

            EXAMPLES:
              spotcheck findings verify F-2026-0001 --accept
              spotcheck findings verify F-2026-0001 --reject --note "值班表未公示"
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @Flag(help: "The rectification holds.") var accept = false
    @Flag(help: "It does not.") var reject = false
    @Option(help: "What was checked, or why it fails.") var note: String?
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard accept != reject else { throw ValidationError("give --accept or --reject") }
    }

    func run() throws {
        let reply = try socket.ledger(
            "VerifyFinding", LedgerMessages.VerifyParameters(id: id, accepted: accept, note: note ?? ""),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsExtend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: "Request a later due date, before the current one (contacts, coordinators).",
        discussion: """
            A coordinator who did not request it decides (spotcheck findings decide).

            EXAMPLES:
              spotcheck findings extend F-2026-0001 --to 2027-01-15 --reason "需财政审批"
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @Option(help: ArgumentHelp("The new due date.", valueName: "YYYY-MM-DD")) var to: String
    @Option(help: "Why more time is needed.") var reason: String
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
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Grant or refuse a pending extension (a coordinator who did not request it).",
        discussion: """
            EXAMPLES:
              spotcheck findings decide F-2026-0001 --grant
              spotcheck findings decide F-2026-0001 --refuse
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @Flag(help: "Grant the extension.") var grant = false
    @Flag(help: "Refuse it.") var refuse = false
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard grant != refuse else { throw ValidationError("give --grant or --refuse") }
    }

    func run() throws {
        let reply = try socket.ledger(
            "DecideExtension", LedgerMessages.DecisionParameters(id: id, grant: grant),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsDismiss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: "Propose dismissing a finding, or approve a proposal as a second coordinator.",
        discussion: """
            The first coordinator proposes with a reason; a different coordinator runs the same \
            command to approve, and the finding is dismissed.

            EXAMPLES:
              spotcheck findings dismiss F-2026-0001 --reason "经核实不属实"
              spotcheck findings dismiss F-2026-0001
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @Option(help: "Why (to propose).") var reason: String?
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "DismissFinding", LedgerMessages.DismissParameters(id: id, reason: reason),
            returning: LedgerMessages.DismissReply.self)
        if output.json { return writeOut(RecordJSON.encode(reply)) }
        writeOut(
            Array(
                (reply.dismissed
                    ? "\(id) is dismissed\n"
                    : "dismissal of \(id) proposed; a second coordinator approves it with spotcheck findings dismiss \(id)\n")
                    .utf8))
    }
}

struct FindingsTransfer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Hand a finding to case handling (coordinators); it leaves the ledger.",
        discussion: """
            EXAMPLES:
              spotcheck findings transfer F-2026-0001 --reference "纪检2026-031"
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @Option(help: "The case-handling reference.") var reference: String
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
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Reopen a closed finding after a failed re-check or a new complaint (coordinators).",
        discussion: """
            EXAMPLES:
              spotcheck findings reopen F-2026-0001 --recheck "回头看：值班制度未落实"
              spotcheck findings reopen F-2026-0001 --complaint 12388-2026
            """
    )

    @Argument(help: ArgumentHelp("The finding.", valueName: "id")) var id: String
    @Option(help: "What the failed re-check found.") var recheck: String?
    @Option(help: "The new complaint's id.") var complaint: String?
    @OptionGroup var output: FindingOutput
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard (recheck == nil) != (complaint == nil) else { throw ValidationError("give --recheck or --complaint") }
    }

    func run() throws {
        let reply = try socket.ledger(
            "ReopenFinding", LedgerMessages.ReopenParameters(id: id, recheck: recheck, complaint: complaint),
            returning: LedgerMessages.FindingReply.self)
        FindingText.print(reply.finding, json: output.json)
    }
}

struct FindingsAssignment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignment",
        abstract: "Report an assignment done, or not carried out with a reason (the team lead).",
        discussion: """
            After the inspection day, the team lead says how the assignment ended.

            EXAMPLES:
              spotcheck findings assignment 12/d-shuiwu --done
              spotcheck findings assignment 12/d-shuiwu --not-carried-out --reason "单位整体搬迁，无法开展"
            """
    )

    @Argument(help: ArgumentHelp("The assignment.", valueName: "draw/department")) var assignment: String
    @Flag(help: "The inspection was carried out.") var done = false
    @Flag(help: "It was not.") var notCarriedOut = false
    @Option(help: "Why it was not carried out.") var reason: String?
    @Flag(help: "Print the result as JSON.") var json = false
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard done != notCarriedOut else { throw ValidationError("give --done or --not-carried-out") }
        guard done || reason != nil else { throw ValidationError("--not-carried-out needs --reason") }
    }

    func run() throws {
        let parts = assignment.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let draw = Int64(parts[0]) else {
            throw ValidationError("'\(assignment)' is not DRAW/DEPARTMENT (for example 12/d-shuiwu)")
        }
        let reply = try socket.ledger(
            "SetAssignmentOutcome",
            LedgerMessages.OutcomeParameters(drawId: draw, department: parts[1], done: done, reason: reason),
            returning: LedgerMessages.OutcomeReply.self)
        if json { return writeOut(RecordJSON.encode(reply)) }
        writeOut(Array("assignment \(assignment): \(reply.state)\n".utf8))
    }
}
