import ArgumentParser
import SpotcheckProtocol
import SpotcheckText

/// `spotcheck self-inspection unlock DEPARTMENT --reason …`: a coordinator opens a form locked as
/// late again, until a new due date.
struct SelfInspectionUnlockCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "unlock",
            abstract: Catalogue.SelfInspection.unlockAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.SelfInspection.unlockDiscussion,
                examples: [
                    "spotcheck self-inspection unlock d-shuiwu --reason 联系人病假，经批准延期",
                    "spotcheck self-inspection unlock d-shuiwu --reason 系统故障未能按时交回 \\",
                    "  --due 2026-12-18",
                ]))
    }

    @OptionGroup var socket: SocketOptions

    @Argument(help: ArgumentHelp(Catalogue.SelfInspection.unlockDepartmentHelp, valueName: "department"))
    var department: String

    @Option(help: ArgumentHelp(Catalogue.SelfInspection.unlockReasonHelp, valueName: "text"))
    var reason: String

    @Option(help: ArgumentHelp(Catalogue.SelfInspection.unlockDueHelp, valueName: "date"))
    var due: String?

    func run() throws {
        let reply = try socket.selfInspectionCall(
            "io.spotcheck.SelfInspection.UnlockForm",
            SelfInspectionMessages.UnlockParameters(department: department, reason: reason, due: due),
            returning: SelfInspectionMessages.UnlockReply.self)
        writeOut(Array(Catalogue.SelfInspection.unlocked(reply.form.department, reply.form.due).text.utf8))
    }
}
