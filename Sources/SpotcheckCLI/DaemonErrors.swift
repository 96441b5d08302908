import ArgumentParser
import SpotcheckProtocol
import SpotcheckText

/// The daemon's Varlink errors as messages in the reader's language and documented exit codes.
/// An error that carries a `code` (with its values as parameters) is told from the catalogue;
/// its English `message` is the fallback for codes this CLI does not know.
enum DaemonErrors {
    static func failure(_ failure: Varlink.Failure, socket: String) -> CLIFailure {
        func text(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        switch failure.error {
        case "io.spotcheck.PermissionDenied":
            return CLIFailure(
                Catalogue.Common.permissionRefused(CommandPath.of()).text, exitCode: ExitCodes.permission)
        case "io.spotcheck.NotFound":
            return CLIFailure(Catalogue.Common.notFound(text("what")).text, exitCode: ExitCodes.notFound)
        case "io.spotcheck.RosterChanged":
            return CLIFailure(Catalogue.Common.rosterChanged.text, exitCode: ExitCodes.dataError)
        case "io.spotcheck.ReplacementRefused":
            let said = DaemonText.replacement(failure) ?? text("message")
            return CLIFailure(
                Catalogue.Common.replacementRefused(said).text,
                exitCode: unknownId(failure) ? ExitCodes.notFound : ExitCodes.dataError)
        case "io.spotcheck.InvalidOrder":
            let said = DaemonText.order(failure) ?? text("message")
            return CLIFailure(
                Catalogue.Common.orderRefused(said).text,
                exitCode: unknownId(failure) ? ExitCodes.notFound : ExitCodes.dataError)
        case "io.spotcheck.NotYetRevealed":
            return CLIFailure(Catalogue.Common.notYetRevealed.text, exitCode: ExitCodes.permission)
        default:
            return CLIFailure(Catalogue.Common.daemonAnswered("\(failure)").text, exitCode: ExitCodes.dataError)
        }
    }

    /// Whether a refusal is about an id that does not exist (a pool, a department, a draw, an
    /// inspector): such refusals exit with `ExitCodes.notFound`, as the offline commands do.
    static func unknownId(_ failure: Varlink.Failure) -> Bool {
        if let code = failure.parameters["code"]?.description {
            return ["unknown-pool", "unknown-department", "unknown-inspector", "no-such-draw"].contains(code)
        }
        // A daemon without codes: its English sentences.
        let message = failure.parameters["message"]?.description ?? ""
        return message.hasPrefix("no pool '") || message.hasPrefix("no department '")
            || message.hasPrefix("no completed draw ")
    }
}

/// The daemon's refusals that carry a code, told in the reader's language.
enum DaemonText {
    typealias Say = Catalogue.DaemonText

    static func order(_ failure: Varlink.Failure) -> String? {
        func text(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        let said: Localized? =
            switch failure.parameters["code"]?.description {
            case "unknown-pool": Say.unknownPool(text("pool"))
            case "unknown-department": Say.unknownDepartment(text("department"))
            case "bad-targets": Say.badTargets
            case "no-roster": Say.noRoster
            case "not-computed": Say.notComputed(text("draw_id"))
            case "unrevealed-draw": Say.orderBeforeReveal(text("draw_id"), text("pool"))
            case "outside-phase": Say.outsidePhase(text("phase"), text("pool"))
            case "no-reason": Say.orderNeedsReason
            case "bad-visit": Say.badVisit(text("visit"))
            default: nil
            }
        return said?.text
    }

    static func replacement(_ failure: Varlink.Failure) -> String? {
        func text(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        let said: Localized? =
            switch failure.parameters["code"]?.description {
            case "no-such-draw": Say.noSuchDraw(text("draw_id"))
            case "not-revealed": Say.notRevealed(text("draw_id"))
            case "day-over": Say.dayOver(text("draw_id"))
            case "not-on-a-team": Say.notOnATeam(text("inspector"), text("draw_id"))
            case "not-eligible": Say.notEligible(text("inspector"), text("reasons"))
            case "nobody-eligible": Say.nobodyEligible(text("department"))
            case "unrevealed-draw": Say.replaceBeforeReveal(text("draw_id"), text("pool"))
            case "no-reason": Say.replacementNeedsReason
            default: nil
            }
        return said?.text
    }
}
