import ArgumentParser
import Foundation
import SpotcheckProtocol

struct ComplaintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaints",
        abstract: "Complaints from the public (群众举报): register, handle, look up by receipt code.",
        discussion: """
            Handlers (root and the [roles] complaints groups) register and handle complaints. The \
            complainant gets a receipt code, shown once; anyone holding it can read the state, the \
            dates and the replies meant for the complainant, never the identity or internal notes. \
            An identity is read only with a written reason and a second person's approval.

            EXAMPLES:
              spotcheck complaints register --channel hotline --department d-shuiwu --category 违规吃喝 --allegation '…' --identity-file -
              spotcheck complaints lookup 7K3QD-…
              spotcheck complaints update 4 --state accepted --reply 您的举报已受理
              spotcheck complaints identity request 4 --reason 需当面核实举报细节

            \(ExitCodes.help)
            """,
        subcommands: [
            ComplaintRegisterCommand.self, ComplaintListCommand.self, ComplaintShowCommand.self,
            ComplaintUpdateCommand.self, ComplaintLookupCommand.self, ComplaintIdentityCommand.self,
        ]
    )

    static func render(_ complaint: CampaignMessages.Complaint) -> String {
        var text = "complaint \(complaint.id): \(complaint.stateLabel) (\(complaint.state))\n"
        text += "  received \(complaint.received) by \(complaint.channel)"
        text += complaint.stub ? ", about the commission's leadership: forwarded to the level above (stub)\n" : "\n"
        if !complaint.stub {
            text += "  department \(complaint.department), category \(complaint.category)\n"
            text += "  allegation: \(complaint.allegation)\n"
        }
        text += "  identity: \(complaint.hasIdentity ? "on file, sealed" : "none given")\n"
        if let clock = complaint.clock, let due = complaint.due {
            text += "  \(clock) due \(due) (\(complaint.clockStatus ?? ""))\n"
        }
        for entry in complaint.entries {
            let what = entry.kind == "state" ? "→ \(entry.state ?? "")" : entry.kind
            text += "  \(entry.date) \(what) by \(entry.actor)" + (entry.text.isEmpty ? "" : ": \(entry.text)") + "\n"
        }
        return text
    }
}

struct ComplaintRegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Register a complaint and print its receipt code (shown once).",
        discussion: """
            The identity, if the complainant gives one, is read from a file or standard input \
            (--identity-file -), never from the command line (which other users can see). It is \
            stored encrypted and never shown again except through `spotcheck complaints identity`.

            EXAMPLES:
              spotcheck complaints register --channel letter --department d-shuiwu --category 违规收送礼品 --allegation '…'
              echo '张三 13800000000' | spotcheck complaints register --channel hotline --department d-jiaotong --category 公车私用 --allegation '…' --identity-file -
              spotcheck complaints register --channel mailbox --leadership

            \(ExitCodes.help)
            """
    )

    @OptionGroup var socket: SocketOptions

    @Option(help: "hotline, mailbox, wechat, letter or visit.")
    var channel: String

    @Option(help: "The department concerned (its id).")
    var department: String = ""

    @Option(help: "What is alleged.")
    var allegation: String = ""

    @Option(help: "The category.")
    var category: String = ""

    @Option(help: "When it was received: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now).")
    var received: String?

    @Option(
        help: ArgumentHelp("Read the complainant's identity from this file ('-': standard input).", valueName: "file"))
    var identityFile: String?

    @Flag(help: "About the commission's own leadership: keep only a content-free stub (forwarded to the level above).")
    var leadership = false

    func run() throws {
        var identity: String?
        if let identityFile {
            let data =
                identityFile == "-"
                ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: identityFile)
            guard let data else {
                throw CLIFailure("\(identityFile): cannot be read", exitCode: ExitCodes.noInput)
            }
            identity = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.Register",
            CampaignMessages.RegisterParameters(
                channel: channel, received: received, department: department, allegation: allegation,
                category: category, identity: identity, leadership: leadership ? true : nil),
            returning: CampaignMessages.RegisterReply.self)
        writeOut(
            Array(
                """
                complaint \(reply.id) registered
                receipt code: \(reply.receiptCode)
                Give this code to the complainant now: it is not stored and cannot be shown again.

                """.utf8))
    }
}

struct ComplaintListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List complaints with their state and clock (handlers).",
        discussion: """
            EXAMPLES:
              spotcheck complaints list
              spotcheck complaints list --json

            \(ExitCodes.help)
            """
    )

    @OptionGroup var socket: SocketOptions

    @Flag(help: "Print as JSON.")
    var json = false

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.List", Varlink.Empty(), returning: CampaignMessages.ListReply.self)
        if json {
            writeOut(RecordJSON.encode(reply))
            return
        }
        var table = TextTable(["#", "Received", "Channel", "Department", "Category", "State", "Due", "Clock"])
        for complaint in reply.complaints {
            table.add([
                String(complaint.id), complaint.received, complaint.channel, complaint.department, complaint.category,
                complaint.state, complaint.due ?? "", complaint.clockStatus ?? "",
            ])
        }
        writeOut(Array(table.render().utf8))
    }
}

struct ComplaintShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one complaint with its history (handlers; never the identity).",
        discussion: """
            EXAMPLES:
              spotcheck complaints show 4

            \(ExitCodes.help)
            """
    )

    @OptionGroup var socket: SocketOptions

    @Argument(help: "The complaint's number.")
    var id: Int64

    @Flag(help: "Print as JSON.")
    var json = false

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.Show", CampaignMessages.IDParameters(id: id),
            returning: CampaignMessages.ComplaintReply.self)
        writeOut(json ? RecordJSON.encode(reply) : Array(ComplaintsCommand.render(reply.complaint).utf8))
    }
}

struct ComplaintUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Move a complaint to a state, add an internal note, or a reply for the complainant.",
        discussion: """
            States: received → accepted / not-accepted / referred / merged → investigating → \
            concluded → feedback-given → closed; an objection reopens it (reexamining). Accepting, \
            not accepting, referring, merging and giving feedback each need --reply, which the \
            complainant reads with the receipt code. Notes are for handlers only.

            EXAMPLES:
              spotcheck complaints update 4 --state accepted --reply 您的举报已受理
              spotcheck complaints update 4 --note 已调取会议记录
              spotcheck complaints update 4 --state concluded --note 问题属实，已移交

            \(ExitCodes.help)
            """
    )

    @OptionGroup var socket: SocketOptions

    @Argument(help: "The complaint's number.")
    var id: Int64

    @Option(help: "The new state.")
    var state: String?

    @Option(help: "An internal note (never shown to the complainant).")
    var note: String?

    @Option(help: "A reply for the complainant (shown on receipt lookup).")
    var reply: String?

    func run() throws {
        guard state != nil || note != nil || reply != nil else {
            throw CLIFailure("give --state, --note or --reply", exitCode: ExitCodes.usage)
        }
        let answer = try socket.campaignCall(
            "io.spotcheck.Complaints.Update",
            CampaignMessages.UpdateParameters(id: id, state: state, note: note, reply: reply),
            returning: CampaignMessages.ComplaintReply.self)
        writeOut(Array(ComplaintsCommand.render(answer.complaint).utf8))
    }
}

struct ComplaintLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "What the holder of a receipt code may see: state, dates, replies.",
        discussion: """
            Anyone may ask; the code is the credential. Give '-' to read it from standard input.

            EXAMPLES:
              spotcheck complaints lookup 7K3QD-2M8XA-PQ4RT-9VZ1B-C6H0E
              spotcheck complaints lookup - < code.txt

            \(ExitCodes.help)
            """
    )

    @OptionGroup var socket: SocketOptions

    @Argument(help: "The receipt code, or '-'.")
    var code: String

    @Flag(help: "Print as JSON.")
    var json = false

    func run() throws {
        let code =
            self.code == "-"
            ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines) : self.code
        let view = try socket.campaignCall(
            "io.spotcheck.Complaints.LookupReceipt", CampaignMessages.LookupParameters(code: code),
            returning: CampaignMessages.ReceiptReply.self)
        if json {
            writeOut(RecordJSON.encode(view))
            return
        }
        var text = "状态 state: \(view.stateLabel) (\(view.state))\n"
        text += "received \(view.received) by \(view.channel)\n"
        if let due = view.due { text += "next answer due by \(due)\n" }
        for step in view.history { text += "  \(step.date) \(step.stateLabel)\n" }
        for reply in view.replies { text += "reply \(reply.date): \(reply.text)\n" }
        writeOut(Array(text.utf8))
    }
}

struct ComplaintIdentityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identity",
        abstract: "Read a complainant's identity: request with a reason, a second person approves, then read once.",
        discussion: """
            EXAMPLES:
              spotcheck complaints identity request 4 --reason 需当面核实举报细节
              spotcheck complaints identity approve 1      # by another handler
              spotcheck complaints identity read 1         # by the one who asked, once, within a day

            \(ExitCodes.help)
            """,
        subcommands: [IdentityRequestCommand.self, IdentityApproveCommand.self, IdentityReadCommand.self]
    )
}

struct IdentityRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request", abstract: "Ask to read a complaint's identity, with a written reason.")

    @OptionGroup var socket: SocketOptions

    @Argument(help: "The complaint's number.")
    var id: Int64

    @Option(help: "Why the identity must be read (kept in the audit trail).")
    var reason: String

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.RequestIdentity",
            CampaignMessages.RequestIdentityParameters(id: id, reason: reason),
            returning: CampaignMessages.RequestReply.self)
        writeOut(
            Array(
                "request \(reply.request): a second handler approves it with `spotcheck complaints identity approve \(reply.request)`\n"
                    .utf8))
    }
}

struct IdentityApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve", abstract: "Approve another handler's request to read an identity.")

    @OptionGroup var socket: SocketOptions

    @Argument(help: "The request's number.")
    var request: Int64

    func run() throws {
        _ = try socket.campaignCall(
            "io.spotcheck.Complaints.ApproveIdentity", CampaignMessages.RequestParameters(request: request),
            returning: Varlink.Empty.self)
        writeOut(Array("request \(request) approved\n".utf8))
    }
}

struct IdentityReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Read the identity of an approved request (once, by the one who asked).")

    @OptionGroup var socket: SocketOptions

    @Argument(help: "The request's number.")
    var request: Int64

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.ReadIdentity", CampaignMessages.RequestParameters(request: request),
            returning: CampaignMessages.IdentityReply.self)
        writeOut(Array((reply.identity + "\n").utf8))
    }
}
