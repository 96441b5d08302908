import ArgumentParser
import Foundation
import SpotcheckCampaign
import SpotcheckProtocol
import SpotcheckText

struct ComplaintsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "complaints",
            abstract: Catalogue.Complaints.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Complaints.discussion,
                examples: [
                    "spotcheck complaints register --channel hotline --department d-shuiwu \\",
                    "  --category 违规吃喝 --allegation '…' --identity-file -",
                    "spotcheck complaints lookup 7K3QD-…",
                    "spotcheck complaints update 4 --state accepted --reply 您的举报已受理",
                    "spotcheck complaints identity request 4 --reason 需当面核实举报细节内容",
                ]),
            subcommands: [
                ComplaintRegisterCommand.self, ComplaintListCommand.self, ComplaintShowCommand.self,
                ComplaintUpdateCommand.self, ComplaintLookupCommand.self, ComplaintIdentityCommand.self,
                ComplaintInspectCommand.self,
            ])
    }

    static func render(_ complaint: CampaignMessages.Complaint) -> String {
        typealias Say = Catalogue.Complaints
        var text = Say.heading(
            "\(complaint.id)", Catalogue.ComplaintWords.state(complaint.state, label: complaint.stateLabel).text,
            complaint.state
        ).text
        text += Say.received(complaint.received, Catalogue.ComplaintWords.channel(complaint.channel).text).text
        text += complaint.stub ? Say.stub.text : "\n"
        if !complaint.stub {
            text += Say.department(complaint.department, complaint.category).text
            text += Say.allegation(complaint.allegation).text
        }
        text += (complaint.hasIdentity ? Say.identityOnFile : Say.identityNone).text
        if let clock = complaint.clock, let due = complaint.due {
            text += Say.clock(clock, due, complaint.clockStatus ?? "").text
        }
        for entry in complaint.entries {
            let what = entry.kind == "state" ? "→ \(entry.state ?? "")" : entry.kind
            text += Say.entry(entry.date, what, entry.actor).text
            text += (entry.text.isEmpty ? "" : Say.entryText(entry.text).text) + "\n"
        }
        return text
    }
}

struct ComplaintRegisterCommand: ParsableCommand {
    /// The most an identity file may hold: a name, a telephone number and an address fit in far
    /// less; the daemon refuses more whatever client sends it (ComplaintIdentity.swift).
    static let identityLimit = ComplaintIdentity.maximumBytes

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "register",
            abstract: Catalogue.Complaints.registerAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.Complaints.registerDiscussion,
                examples: [
                    "spotcheck complaints register --channel letter --department d-shuiwu \\",
                    "  --category 违规收送礼品 --allegation '…'",
                    "echo '张三 13800000000' | spotcheck complaints register --channel hotline \\",
                    "  --department d-jiaotong --category 公车私用 --allegation '…' \\",
                    "  --identity-file -",
                    "spotcheck complaints register --channel mailbox --leadership",
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Option(help: ArgumentHelp(Catalogue.Complaints.channelHelp))
    var channel: String

    @Option(help: ArgumentHelp(Catalogue.Complaints.departmentHelp))
    var department: String = ""

    @Option(help: ArgumentHelp(Catalogue.Complaints.allegationHelp))
    var allegation: String = ""

    @Option(help: ArgumentHelp(Catalogue.Complaints.categoryHelp))
    var category: String = ""

    @Option(help: ArgumentHelp(Catalogue.Complaints.receivedHelp))
    var received: String?

    @Option(
        help: ArgumentHelp(Catalogue.Complaints.identityFileHelp, valueName: "file"), completion: .file())
    var identityFile: String?

    @Flag(help: ArgumentHelp(Catalogue.Complaints.leadershipHelp))
    var leadership = false

    func run() throws {
        var identity: String?
        if let identityFile {
            // Read whole and checked before anything is sent: an identity cannot be asked of the
            // complainant again, so bytes that are not UTF-8 (a file saved as GBK) are refused, not
            // stored as replacement characters that nobody sees until the two-person reading.
            let limit = Self.identityLimit
            let bytes: [UInt8]
            if identityFile == "-" {
                bytes = [UInt8](
                    (try? FileHandle.standardInput.read(upToCount: limit + 1)).flatMap { $0 } ?? Data())
                guard bytes.count <= limit else {
                    throw CLIFailure(
                        Catalogue.Common.tooLarge("-", Files.size(limit)).text, exitCode: ExitCodes.dataError)
                }
            } else {
                bytes = try Files.read(identityFile, limit: limit)
            }
            guard var text = String(validating: bytes, as: UTF8.self) else {
                throw CLIFailure(Catalogue.Findings.notUTF8(identityFile).text, exitCode: ExitCodes.dataError)
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // the mark Notepad puts before UTF-8
            identity = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.Register",
            CampaignMessages.RegisterParameters(
                channel: channel, received: received, department: department, allegation: allegation,
                category: category, identity: identity, leadership: leadership ? true : nil),
            returning: CampaignMessages.RegisterReply.self)
        writeOut(Array(Catalogue.Complaints.registered("\(reply.id)", reply.receiptCode).text.utf8))
    }
}

struct ComplaintListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: Catalogue.Complaints.listAbstract.text,
            discussion: HelpText.discussion(
                Localized.verbatim(""),
                examples: [
                    "spotcheck complaints list",
                    "spotcheck complaints list --json",
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Flag(help: ArgumentHelp(Catalogue.Complaints.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.List", Varlink.Empty(), returning: CampaignMessages.ListReply.self)
        if json {
            writeOut(layout.encode(reply))
            return
        }
        typealias Say = Catalogue.Complaints
        var table = TextTable(
            ["#"]
                + [
                    Say.columnReceived, Say.columnChannel, Say.columnDepartment, Say.columnCategory, Say.columnState,
                    Say.columnDue, Say.columnClock,
                ].map(\.text))
        for complaint in reply.complaints {
            table.add([
                String(complaint.id), complaint.received, Catalogue.ComplaintWords.channel(complaint.channel).text,
                complaint.department, complaint.category,
                Catalogue.ComplaintWords.state(complaint.state, label: complaint.stateLabel).text, complaint.due ?? "",
                complaint.clockStatus ?? "",
            ])
        }
        writeText(table.render())
    }
}

struct ComplaintShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: Catalogue.Complaints.showAbstract.text,
            discussion: HelpText.discussion(
                Localized.verbatim(""),
                examples: [
                    "spotcheck complaints show 4"
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Argument(help: ArgumentHelp(Catalogue.Complaints.idHelp))
    var id: Int64

    @Flag(help: ArgumentHelp(Catalogue.Complaints.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.Show", CampaignMessages.IDParameters(id: id),
            returning: CampaignMessages.ComplaintReply.self)
        if json { writeOut(layout.encode(reply)) } else { writeText(ComplaintsCommand.render(reply.complaint)) }
    }
}

struct ComplaintUpdateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "update",
            abstract: Catalogue.Complaints.updateAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.Complaints.updateDiscussion,
                examples: [
                    "spotcheck complaints update 4 --state accepted --reply 您的举报已受理",
                    "spotcheck complaints update 4 --note 已调取会议记录",
                    "spotcheck complaints update 4 --state concluded --note 问题属实，已移交",
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Argument(help: ArgumentHelp(Catalogue.Complaints.idHelp))
    var id: Int64

    @Option(help: ArgumentHelp(Catalogue.Complaints.stateHelp))
    var state: String?

    @Option(help: ArgumentHelp(Catalogue.Complaints.noteHelp))
    var note: String?

    @Option(help: ArgumentHelp(Catalogue.Complaints.replyHelp))
    var reply: String?

    func run() throws {
        guard state != nil || note != nil || reply != nil else {
            throw CLIFailure(Catalogue.Complaints.giveSomething.text, exitCode: ExitCodes.usage)
        }
        let answer = try socket.campaignCall(
            "io.spotcheck.Complaints.Update",
            CampaignMessages.UpdateParameters(id: id, state: state, note: note, reply: reply),
            returning: CampaignMessages.ComplaintReply.self)
        writeText(ComplaintsCommand.render(answer.complaint))
    }
}

struct ComplaintLookupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lookup",
            abstract: Catalogue.Complaints.lookupAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.Complaints.lookupDiscussion,
                examples: [
                    "spotcheck complaints lookup 7K3QD-2M8XA-PQ4RT-9VZ1B-C6H0E",
                    "spotcheck complaints lookup - < code.txt",
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Argument(help: ArgumentHelp(Catalogue.Complaints.codeHelp))
    var code: String

    @Flag(help: ArgumentHelp(Catalogue.Complaints.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    func run() throws {
        let code =
            self.code == "-"
            ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines) : self.code
        // A code of the wrong form is malformed input (65), not a code no complaint has (67).
        guard ReceiptCode(code) != nil else {
            throw CLIFailure(Catalogue.VerifyCauses.malformedReceipt.text, exitCode: ExitCodes.dataError)
        }
        let view = try socket.campaignCall(
            "io.spotcheck.Complaints.LookupReceipt", CampaignMessages.LookupParameters(code: code),
            returning: CampaignMessages.ReceiptReply.self)
        if json {
            writeOut(layout.encode(view))
            return
        }
        typealias Say = Catalogue.Complaints
        var text = Say.lookupState(Catalogue.ComplaintWords.state(view.state, label: view.stateLabel).text, view.state)
            .text
        text += Say.lookupReceived(view.received, Catalogue.ComplaintWords.channel(view.channel).text).text
        if let due = view.due { text += Say.nextDue(due).text }
        for step in view.history {
            text += "  \(step.date) \(Catalogue.ComplaintWords.state(step.state, label: step.stateLabel).text)\n"
        }
        for reply in view.replies { text += Say.reply(reply.date, reply.text).text }
        writeText(text)
    }
}

struct ComplaintIdentityCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "identity",
            abstract: Catalogue.Complaints.identityAbstract.text,
            discussion: HelpText.discussion(
                Localized.verbatim(""),
                examples: [
                    "spotcheck complaints identity request 4 --reason 需当面核实举报细节内容",
                    "spotcheck complaints identity approve 730164  # by another handler",
                    "spotcheck complaints identity read 730164  # by the asker, once, within a day",
                ]),
            subcommands: [IdentityRequestCommand.self, IdentityApproveCommand.self, IdentityReadCommand.self])
    }
}

struct IdentityRequestCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "request", abstract: Catalogue.Complaints.requestAbstract.text)
    }

    @OptionGroup var socket: SocketOptions

    @Argument(help: ArgumentHelp(Catalogue.Complaints.idHelp))
    var id: Int64

    @Option(help: ArgumentHelp(Catalogue.Complaints.identityReasonHelp))
    var reason: String

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.RequestIdentity",
            CampaignMessages.RequestIdentityParameters(id: id, reason: reason),
            returning: CampaignMessages.RequestReply.self)
        writeOut(Array(Catalogue.Complaints.requested("\(reply.request)").text.utf8))
    }
}

struct IdentityApproveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "approve", abstract: Catalogue.Complaints.approveAbstract.text)
    }

    @OptionGroup var socket: SocketOptions

    @Argument(help: ArgumentHelp(Catalogue.Complaints.requestHelp))
    var request: Int64

    func run() throws {
        _ = try socket.campaignCall(
            "io.spotcheck.Complaints.ApproveIdentity", CampaignMessages.RequestParameters(request: request),
            returning: Varlink.Empty.self)
        writeOut(Array(Catalogue.Complaints.approved("\(request)").text.utf8))
    }
}

struct IdentityReadCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "read", abstract: Catalogue.Complaints.readAbstract.text)
    }

    @OptionGroup var socket: SocketOptions

    @Argument(help: ArgumentHelp(Catalogue.Complaints.requestHelp))
    var request: Int64

    func run() throws {
        let reply = try socket.campaignCall(
            "io.spotcheck.Complaints.ReadIdentity", CampaignMessages.RequestParameters(request: request),
            returning: CampaignMessages.IdentityReply.self)
        writeOut(Array((reply.identity + "\n").utf8))
    }
}
