import ArgumentParser
import Foundation
import SpotcheckProtocol
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// A call to spotcheckd that came back without an answer, told by whether it was sent: a call
/// that could not be sent changed nothing (exit 69, as when spotcheckd cannot be reached); a
/// call sent whole whose answer never came may have been carried out (exit 75, as a timeout:
/// the user checks before trying again).
enum CallOutcome {
    static func failure(
        _ error: any Error, socket path: String, timeout: () throws(CLIFailure) -> Int
    )
        throws(CLIFailure) -> CLIFailure
    {
        typealias Say = Catalogue.CallOutcome
        switch error {
        case let failure as Varlink.Failure:
            // The daemon's last word before it closed the connection (a cap, a message too large).
            return DaemonErrors.failure(failure, socket: path)
        case let lost as VarlinkClient.AnswerLost:
            let cause = lost.code.map { Catalogue.SystemErrors.text($0) } ?? Say.closed.text
            guard let check = check(lost.method) else {
                return CLIFailure(Say.lostWhileReading(path, cause).text, exitCode: ExitCodes.timedOut)
            }
            return CLIFailure(Say.lostWhileChanging(path, cause, check).text, exitCode: ExitCodes.timedOut)
        case MessageChannel.ChannelError.system(let code) where code == EAGAIN || code == EWOULDBLOCK:
            return CLIFailure(
                Catalogue.Conventions.timedOut(path, try timeout()).text, exitCode: ExitCodes.timedOut)
        case MessageChannel.ChannelError.system(let code):
            // Replies are read as AnswerLost; a system error left is the sending's.
            return CLIFailure(
                Say.notSent(path, Catalogue.SystemErrors.text(code)).text, exitCode: ExitCodes.unavailable)
        default:
            return CLIFailure(Catalogue.Common.talkingFailed(path, "\(error)").text, exitCode: ExitCodes.unavailable)
        }
    }

    /// Whether `method` only reads: its answer lost, nothing was changed.
    static func reads(_ method: String) -> Bool {
        let name = method.split(separator: ".").last.map(String.init) ?? method
        if ["Today", "Why", "Candidates", "VerifyChain"].contains(name) { return true }
        return ["Get", "List", "Show", "My", "Export", "Lookup"].contains { name.hasPrefix($0) }
    }

    /// The command that shows whether a call to `method` was carried out, or nil when it only reads.
    static func check(_ method: String) -> String? {
        if reads(method) { return nil }
        switch method {
        case "io.spotcheck.ReplaceInspector", "io.spotcheck.OrderInspection", "io.spotcheck.CancelOrder":
            return "`spotcheck teams`"
        case "io.spotcheck.ImportRoster":
            return "`spotcheck export`"
        case "io.spotcheck.Declare", "io.spotcheck.DecideDeclaration":
            return "`spotcheck declarations list`"
        case "io.spotcheck.Campaign.Advance":
            return "`spotcheck campaign status`"
        case "io.spotcheck.Ledger.RecordCheck":
            return "`spotcheck findings checks`"
        default:
            break
        }
        if method.hasPrefix("io.spotcheck.Complaints.") { return "`spotcheck complaints show`" }
        if method.hasPrefix("io.spotcheck.Ledger.") { return "`spotcheck findings list` (or `findings mine`)" }
        if method.hasPrefix("io.spotcheck.SelfInspection.") {
            return "`spotcheck self-inspection status` (or `self-inspection mine`)"
        }
        return "`spotcheck status`"
    }
}
