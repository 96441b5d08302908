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
                RefusalText.permission(failure, otherwise: PermissionFallback.needs(failure)).text,
                exitCode: ExitCodes.permission)
        case "io.spotcheck.NotFound":
            // No roster loaded is the daemon's state, not an id the user got wrong.
            let code = failure.parameters["kind"]?.description == "roster" ? ExitCodes.dataError : ExitCodes.notFound
            return CLIFailure(
                DaemonText.notFound(failure) ?? Catalogue.Common.notFound(text("what")).text, exitCode: code)
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
        case "io.spotcheck.CancelRefused":
            return CancelCommand.refusal(failure)
        case "io.spotcheck.DeclarationRefused":
            return DeclareCommand.refusal(failure)
        case "io.spotcheck.NotYetRevealed":
            return CLIFailure(Catalogue.Common.notYetRevealed.text, exitCode: ExitCodes.permission)
        case "io.spotcheck.MessageTooLarge":
            return CLIFailure(
                Catalogue.CallOutcome.tooLarge(text("method"), text("limit_bytes")).text, exitCode: ExitCodes.dataError)
        default:
            return unexpected(failure)
        }
    }

    /// An error no command expects: the state database failing under the daemon (a full disk),
    /// told as such with exit 74, else the daemon's answer as it is, exit 65.
    static func unexpected(_ failure: Varlink.Failure) -> CLIFailure {
        let message = failure.parameters["message"]?.description ?? ""
        if failure.error == "io.spotcheck.ClockBehindState" { return clockBehind(failure) }
        if failure.error == "io.spotcheck.InternalError", Catalogue.Storage.patterns.match(message) != nil {
            return CLIFailure(Catalogue.Storage.patterns.told(message), exitCode: ExitCodes.ioError)
        }
        return CLIFailure(Catalogue.Common.daemonAnswered("\(failure)").text, exitCode: ExitCodes.dataError)
    }

    /// A change refused while the system clock is behind the state database's newest entry
    /// (docs/operations.md, "The clock"): nothing was changed, exit 65.
    static func clockBehind(_ failure: Varlink.Failure) -> CLIFailure {
        func text(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        let behind = Catalogue.StartChecks.seconds(Int(text("behind_seconds")) ?? 0)
        let say = { (language: String) in
            Catalogue.StartChecks.clockSetBack(text("clock"), text("newest_entry"), text("newest"), language)
        }
        let told = Localized(en: say(behind.english).english, zh: say(behind.chinese).chinese)
        return CLIFailure(told.text, exitCode: ExitCodes.dataError)
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
            case "closed-department": Say.closedDepartment(text("department"))
            case "cancelled-today": Say.cancelledToday(text("department"), text("draw_id"))
            case "bad-targets": Say.badTargets
            case "no-roster": Say.noRoster
            case "not-computed": Say.notComputed(text("draw_id"))
            case "unrevealed-draw": Say.orderBeforeReveal(text("draw_id"), text("pool"))
            case "outside-phase":
                Catalogue.CampaignPhaseNames.told([text("phase")]) { Say.outsidePhase($0[0], text("pool")) }
            case "no-reason": Say.orderNeedsReason
            case "bad-visit": Say.badVisit(text("visit"))
            case "bad-category": Catalogue.OrderPrivacy.badCategory(text("category"))
            case "draw-input": Catalogue.RecheckSafety.orderPatterns.match(text("message"))
            default: nil
            }
        return said?.text
    }

    static func notFound(_ failure: Varlink.Failure) -> String? {
        func text(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        let said: Localized? =
            switch failure.parameters["kind"]?.description {
            case "inspector": Say.noInspector(text("id"))
            case "department": Say.noDepartment(text("id"))
            case "draw": Say.noDraw(text("pool"), text("date"))
            case "roster": Say.noRoster
            case "login": Say.noLogin(text("id"))
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
            case "cancelled": Catalogue.DailyUse.replaceCancelled(text("draw_id"))
            case "not-on-a-team": Say.notOnATeam(text("inspector"), text("draw_id"))
            case "not-eligible": Say.notEligible(text("inspector"), PassedThroughText.reasons(text("reasons")))
            case "nobody-eligible": Say.nobodyEligible(text("department"))
            case "unrevealed-draw": Say.replaceBeforeReveal(text("draw_id"), text("pool"))
            case "no-reason": Say.replacementNeedsReason
            case "on-several-teams", "not-on-that-team": ReplaceTeamText.of(failure)
            default: nil
            }
        return said?.text
    }
}

/// Why a department could not be staffed (the core's blocker: a code and an English sentence),
/// in the reader's language; the sentence's numbers are taken from it.
enum BlockerText {
    static func of(_ message: String) -> String {
        typealias Say = Catalogue.DaemonText
        guard Language.current == .chinese else { return message }
        func numbers(_ text: Substring) -> [String] {
            text.split { !$0.isNumber }.map(String.init)
        }
        // " (recused: 3 own-department, 2 declared-conflict)" is kept as codes and counts.
        let head = message.split(separator: " (recused: ", maxSplits: 1)
        let recused = head.count > 1 ? Say.recused(String(head[1].dropLast())).text : ""
        let sentence = head.first ?? ""
        let values = numbers(sentence)
        if sentence.hasPrefix("only "), values.count == 2 {
            return Say.tooFewInspectors(values[0], values[1]).text + recused
        }
        if sentence.hasPrefix("no eligible inspector can lead") { return Say.noLead.text + recused }
        if sentence.hasPrefix("no eligible inspector has the required skill '") {
            let skill = sentence.dropFirst("no eligible inspector has the required skill '".count).dropLast()
            return Say.noSkill(String(skill)).text
        }
        if sentence.hasPrefix("eligible inspectors come from "), values.count == 2 {
            return Say.homeDepartments(values[0], values[1]).text
        }
        if sentence.hasPrefix("no team of "), values.count == 1 { return Say.teamRules(values[0]).text }
        func earlier(_ prefix: String) -> String? {
            guard sentence.hasPrefix(prefix), let open = sentence.firstIndex(of: "("),
                let close = sentence.lastIndex(of: ")"), open < close
            else { return nil }
            return String(sentence[sentence.index(after: open)..<close])
        }
        if let names = earlier("the reciprocal cross-inspection ban") { return Say.reciprocalBlock(names).text }
        if let names = earlier("no staffing of it together") { return Say.jointBlock(names).text }
        if sentence.contains(" targets need a lead each "), values.count == 2 {
            return Say.leadsExhausted(values[0], values[1]).text
        }
        if sentence.contains(" targets need skill '"), let open = sentence.firstIndex(of: "'"),
            let close = sentence.lastIndex(of: "'"), open < close
        {
            let skill = String(sentence[sentence.index(after: open)..<close])
            let counts = numbers(sentence[..<open]) + numbers(sentence[close...])
            if counts.count == 2 { return Say.skillExhausted(counts[0], skill, counts[1]).text }
        }
        if sentence.contains(" teams need "), values.count == 3 {
            return Say.seatsExhausted(values[0], values[1], values[2]).text
        }
        return message
    }
}
