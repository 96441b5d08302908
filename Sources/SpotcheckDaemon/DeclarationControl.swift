import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import Synchronization

/// Self-service declarations (README "Declarations"): an inspector declares a conflict of interest
/// or an absence; a coordinator who is not that inspector approves it (it then enters the roster
/// as a conflict or as unavailable days, as a roster edit through the socket would) or rejects
/// it. Each step is in the audit trail and the journal; the inspector sees where theirs stand.
extension DailyControl {
    /// Held while a declaration's state is checked and changed (approve, reject, withdraw): an
    /// approval puts it into the roster before recording the decision, so a withdrawal or another
    /// decision in between would leave a roster change for a declaration that says otherwise.
    static let decisions = Mutex(())

    static let declarationMethods: Set<String> = [
        "io.spotcheck.Declare", "io.spotcheck.ListDeclarations", "io.spotcheck.DecideDeclaration",
        "io.spotcheck.WithdrawDeclaration",
    ]

    /// A refusal: `code` says which rule, `detail` (with `value`) which case of it, for the
    /// reader's language on the client's side; `message` is the English.
    private func refused(
        _ code: String, _ message: String, id: Int64? = nil, detail: String? = nil, value: String? = nil
    ) -> Varlink.Failure {
        var values: [String: Varlink.Value] = ["message": .string(message), "code": .string(code)]
        if let id { values["id"] = .int(Int(id)) }
        if let detail { values["detail"] = .string(detail) }
        if let value { values["value"] = .string(value) }
        return Varlink.Failure("io.spotcheck.DeclarationRefused", values)
    }

    private func actor(_ caller: Caller) -> String { "uid \(caller.uid) (\(caller.login ?? "unknown"))" }

    func info(_ declaration: Declaration) -> ControlMessages.DeclarationInfo {
        ControlMessages.DeclarationInfo(
            id: declaration.id, kind: declaration.kind.rawValue, inspector: declaration.inspector,
            login: declaration.login, department: declaration.department, from: declaration.from?.description,
            to: declaration.to?.description, reason: declaration.reason, state: declaration.state.rawValue,
            declaredAt: local.format(declaration.declaredAt), decidedBy: declaration.decidedBy,
            decidedAt: declaration.decidedAt.map(local.format), note: declaration.note)
    }

    func answerDeclaration(_ method: String, _ request: [UInt8], _ caller: Caller) throws -> [UInt8] {
        switch method {
        case "io.spotcheck.Declare":
            let question = try callParameters(ControlMessages.DeclareParameters.self, request)
            return encodedReply(ControlMessages.DeclarationReply(declaration: info(try declare(question, caller))))
        case "io.spotcheck.ListDeclarations":
            let question = try callParameters(ControlMessages.ListDeclarationsParameters.self, request)
            // Coordinators see everyone's; anyone else their own (none without a login).
            let all: [Declaration] =
                caller.isCoordinator
                ? try store.declarations() : try caller.login.map { try store.declarations(login: $0) } ?? []
            return encodedReply(
                ControlMessages.DeclarationsReply(
                    declarations: all.filter { question.state == nil || $0.state.rawValue == question.state }.map(info)
                ))
        case "io.spotcheck.WithdrawDeclaration":
            let question = try callParameters(ControlMessages.WithdrawParameters.self, request)
            let withdrawn = try Self.decisions.withLock { _ in try withdraw(question, caller) }
            return encodedReply(ControlMessages.DeclarationReply(declaration: info(withdrawn)))
        default:
            try require(caller.isCoordinator, method, caller)
            let question = try callParameters(ControlMessages.DecideParameters.self, request)
            let decided = try Self.decisions.withLock { _ in try decide(question, caller) }
            // The day's issued teams follow the roster as it now is (EngineRecheck.swift).
            if decided.state == .approved { try engine.recheckIssued(config: config, now: Date()) }
            return encodedReply(ControlMessages.DeclarationReply(declaration: info(decided)))
        }
    }

    private func declare(_ question: ControlMessages.DeclareParameters, _ caller: Caller) throws -> Declaration {
        guard let stored = try store.currentRoster() else { throw Varlink.Failure.notFoundRoster }
        let roster = try cache.roster(stored)
        guard let login = caller.login, let person = roster.inspectors.first(where: { $0.login == login }) else {
            events.refused("io.spotcheck.Declare", caller)
            throw refused(
                "not-an-inspector",
                "login \(caller.login ?? "uid \(caller.uid)") is no inspector of the roster; only inspectors declare")
        }
        let reason = question.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw refused("no-reason", "give the reason (--reason)") }
        try DailyControl.plain(reason, "reason", code: "bad-text", error: "io.spotcheck.DeclarationRefused")
        func day(_ text: String?, _ name: String) throws -> Day? {
            guard let text else { return nil }
            guard let day = Day(iso: text) else {
                throw refused(
                    "bad-dates", "\(name) \(text) is not a day (YYYY-MM-DD)", detail: "not-a-day", value: text)
            }
            return day
        }
        let from = try day(question.from, "from")
        let to = try day(question.to, "to")
        // A declaration is about days to come: one wholly past changes no draw and would only
        // count against the pending limit.
        let today = local.day(of: Date())
        if let to, to < today {
            throw refused(
                "bad-dates", "\(to) is in the past (today is \(today)); a declaration covers today or later days",
                detail: "past", value: to.description)
        }
        let kind: Declaration.Kind
        switch question.kind {
        case "conflict":
            guard let department = question.department, roster.departments.contains(where: { $0.id == department })
            else {
                throw refused(
                    "bad-department", "no department '\(question.department ?? "")' in the roster",
                    detail: "unknown", value: question.department ?? "")
            }
            guard from == nil else {
                throw refused(
                    "bad-dates", "a conflict has no first day, only an optional last one", detail: "conflict-from")
            }
            // Its reason goes into the roster on approval: the roster's text rules, as for
            // `spotcheck conflicts add --reason` (an absence's reason stays in the declaration).
            if let problem = RosterParser.textProblem(reason) { throw reasonRefused(problem, declaration: nil) }
            kind = .conflict
        case "absence":
            guard question.department == nil else {
                throw refused("bad-kind", "an absence names no department", detail: "absence-department")
            }
            guard let from, let to, from <= to else {
                throw refused(
                    "bad-dates", "an absence needs its first and last day, the first not after the last",
                    detail: "absence-days")
            }
            // Approval puts it into the roster's `unavailable`, which takes at most ten years: a
            // longer one could never be approved, yet would wait and count as pending.
            if let range = DayRange(from, to), range.count > RosterParser.maxRangeDays {
                throw refused(
                    "bad-dates",
                    "an absence of \(range.count) days (\(range)) is longer than the roster takes (at most ten years); declare it in parts of at most ten years",
                    detail: "absence-too-long", value: range.description)
            }
            kind = .absence
        default:
            throw refused(
                "bad-kind", "kind '\(question.kind)' is neither conflict nor absence", detail: "kind",
                value: question.kind)
        }
        let made: Declaration
        do {
            made = try store.declare(
                kind: kind, login: login, inspector: person.id,
                department: kind == .conflict ? question.department : nil, from: from, to: to, reason: reason,
                actor: actor(caller), at: Date(), pendingLimit: config.declarations.pendingLimit)
        } catch DeclarationStoreError.tooManyPending(_, let pending, let limit) {
            throw Varlink.Failure(
                "io.spotcheck.DeclarationRefused",
                [
                    "message": .string(
                        "you have \(pending) declarations waiting for a coordinator and [declarations] pending_limit = \(limit) allows no more; ask a coordinator to decide them (spotcheck declarations) before declaring more"
                    ),
                    "code": .string("too-many-pending"), "limit": .int(limit),
                ])
        }
        events.emit(
            .declarationMade,
            "\(person.id) (\(login)) declared \(kind == .conflict ? "a conflict with \(made.department ?? "")" : "an absence \(from!)..\(to!)"); declaration \(made.id) waits for a coordinator",
            [
                "DECLARATION": String(made.id), "KIND": kind.rawValue, "INSPECTOR": person.id, "LOGIN": login,
                "DEPARTMENT": made.department ?? "", "FROM": from?.description ?? "", "TO": to?.description ?? "",
            ])
        return made
    }

    private func decide(_ question: ControlMessages.DecideParameters, _ caller: Caller) throws -> Declaration {
        guard let declaration = try store.declaration(id: question.id) else {
            throw refused("no-such-declaration", "no declaration \(question.id)", id: question.id)
        }
        guard declaration.state == .pending else {
            throw refused(
                "decided", "declaration \(question.id) is \(declaration.state.rawValue) already", id: question.id,
                value: declaration.state.rawValue)
        }
        guard caller.login != declaration.login else {
            events.refused("io.spotcheck.DecideDeclaration", caller)
            throw refused(
                "own-declaration", "declaration \(question.id) is your own; another coordinator decides it",
                id: question.id)
        }
        let note = question.note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
            $0.isEmpty ? nil : $0
        }
        // A rejection tells the inspector why; blank words are no reason.
        if !question.approve && note == nil {
            throw refused("no-note", "a rejection needs a note saying why (--note)", id: question.id)
        }
        if let note { try DailyControl.plain(note, "note", code: "bad-text", error: "io.spotcheck.DeclarationRefused") }
        // The roster first (an approval applied twice changes nothing), then the decision.
        // A reason stored before the roster's text rules covered declarations is not put in.
        if question.approve, declaration.kind == .conflict, let problem = RosterParser.textProblem(declaration.reason) {
            throw reasonRefused(problem, declaration: declaration.id)
        }
        // Serialised with imports (RosterEdits.swift), so that neither overwrites the other.
        if question.approve { try RosterEdits.lock.withLock { _ in try apply(declaration, actor: actor(caller)) } }
        let decided: Declaration
        do {
            decided = try store.decide(
                declaration: question.id, approve: question.approve, note: note, actor: actor(caller), at: Date())
        } catch let error as DeclarationStoreError {
            throw refused("decided", "\(error)", id: question.id)
        }
        events.emit(
            .declarationDecided,
            "declaration \(decided.id) of \(decided.inspector) (\(decided.kind.rawValue)) \(decided.state.rawValue) by \(actor(caller))",
            [
                "DECLARATION": String(decided.id), "KIND": decided.kind.rawValue, "INSPECTOR": decided.inspector,
                "STATE": decided.state.rawValue, "ACTOR": actor(caller), "NOTE": note ?? "",
            ])
        return decided
    }

    /// The declaring inspector takes back a pending declaration. Another's is "no declaration N"
    /// (whether it exists is none of the caller's business); a decided one is refused.
    private func withdraw(_ question: ControlMessages.WithdrawParameters, _ caller: Caller) throws -> Declaration {
        guard let login = caller.login, let declaration = try store.declaration(id: question.id),
            declaration.login == login
        else { throw refused("no-such-declaration", "no declaration \(question.id)", id: question.id) }
        guard declaration.state == .pending else {
            throw refused(
                "decided", "declaration \(question.id) is \(declaration.state.rawValue) already", id: question.id,
                value: declaration.state.rawValue)
        }
        let withdrawn: Declaration
        do {
            withdrawn = try store.withdraw(declaration: question.id, login: login, actor: actor(caller), at: Date())
        } catch let error as DeclarationStoreError {
            throw refused("decided", "\(error)", id: question.id)
        }
        events.emit(
            .declarationDecided,
            "declaration \(withdrawn.id) of \(withdrawn.inspector) (\(withdrawn.kind.rawValue)) withdrawn by \(actor(caller))",
            [
                "DECLARATION": String(withdrawn.id), "KIND": withdrawn.kind.rawValue, "INSPECTOR": withdrawn.inspector,
                "STATE": withdrawn.state.rawValue, "ACTOR": actor(caller), "NOTE": "",
            ])
        return withdrawn
    }

    /// A reason the roster's text rules refuse (RosterInput.swift: invisible marks, a formula's
    /// first character), as `spotcheck conflicts add --reason` is refused: at declaration, or at
    /// approval of a declaration stored before the rule (`declaration`), which is then rejected
    /// and declared again. `detail` says which rule, `value` the character (U+ and its hex code), `position`
    /// where an invisible mark stands.
    private func reasonRefused(_ problem: RosterParser.TextProblem, declaration: Int64?) -> Varlink.Failure {
        var values: [String: Varlink.Value] = ["code": .string("bad-reason")]
        let what: String
        switch problem {
        case .invisible(let scalar, let position):
            values["detail"] = .string("invisible")
            values["value"] = .string(FreeTextRule.hex(scalar))
            values["position"] = .int(position)
            what = "holds \(FreeTextRule.hex(scalar)), an invisible mark, at character \(position)"
        case .formula(let leader):
            values["detail"] = .string("formula")
            values["value"] = .string(FreeTextRule.hex(leader))
            what = "starts with \(InputText.quoted(String(leader))), which a spreadsheet reads as a formula"
        }
        if let declaration {
            values["id"] = .int(Int(declaration))
            values["message"] = .string(
                "the reason of declaration \(declaration) \(what); the roster takes no such reason, so reject it (spotcheck declarations reject \(declaration) --note …) and ask the inspector to declare again"
            )
        } else {
            values["message"] = .string(
                "reason: \(what); an approved conflict's reason goes into the roster, which the public site serves as CSV, so write the reason without it"
            )
        }
        return Varlink.Failure("io.spotcheck.DeclarationRefused", values)
    }

    /// Puts an approved declaration into the roster as a new version kept through the socket, as
    /// `spotcheck conflicts add` or an edit of the inspector's availability would.
    private func apply(_ declaration: Declaration, actor: String) throws {
        // The roster as it holds now, contacts as stored apart (a contacts-only import writes no
        // version): the version's own departments.csv would drop every contact added since.
        guard let old = try EffectiveRoster.current(store, cache: cache)?.roster else {
            throw Varlink.Failure.notFoundRoster
        }
        var roster = old
        switch declaration.kind {
        case .conflict:
            let department = declaration.department ?? ""
            if !roster.conflicts.contains(where: {
                $0.inspector == declaration.inspector && $0.department == department && $0.until == declaration.to
            }) {
                roster.conflicts.append(
                    Conflict(
                        inspector: declaration.inspector, department: department, reason: declaration.reason,
                        until: declaration.to))
            }
        case .absence:
            guard let index = roster.inspectors.firstIndex(where: { $0.id == declaration.inspector }),
                let from = declaration.from, let to = declaration.to, let range = DayRange(from, to)
            else { throw refused("not-an-inspector", "inspector \(declaration.inspector) is no longer in the roster") }
            roster.inspectors[index].unavailable.insert(range)
        }
        let changes = RosterDiff.changes(from: old, to: roster)
        guard !changes.isEmpty else { return }
        // Stored only as the parser reads it back, like an import.
        let parsed: Roster
        do {
            parsed = try HomeChanges.reparsed(roster)
        } catch {
            throw refused(
                "bad-kind",
                "the roster would not take declaration \(declaration.id): \(error.errors.map(\.message).joined(separator: "; "))",
                id: declaration.id)
        }
        _ = try store.saveRoster(
            parsed, source: "declaration \(declaration.id) approved by \(actor)", actor: actor, at: Date(),
            changes: RosterDiff.changes(from: old, to: parsed), socketManaged: true)
    }
}
