public import SpotcheckCore

/// The names of the changes the ledger knows, as they appear in the audit trail.
public enum LedgerAction: String, Sendable, Hashable, Codable, CaseIterable {
    case record = "finding.recorded"
    case classify = "finding.classified"
    case confirm = "finding.confirmed"
    case addMeasure = "measure.added"
    case startRectification = "rectification.started"
    case completeMeasure = "measure.completed"
    case addEvidence = "evidence.added"
    case submitForVerification = "verification.requested"
    case verify = "verification.recorded"
    case requestExtension = "extension.requested"
    case decideExtension = "extension.decided"
    case proposeDismissal = "dismissal.proposed"
    case approveDismissal = "dismissal.approved"
    case transfer = "finding.transferred"
    case reopen = "finding.reopened"
}

/// One change to a finding, as the audit trail and the hash chain will keep it: who, when, the
/// state before and after, and the details of the change.
public struct AuditEvent: Sendable, Hashable, Codable {
    public var finding: FindingID
    public var action: LedgerAction
    public var actor: String
    public var role: String
    public var at: Moment
    /// `nil` when the finding was just recorded.
    public var before: FindingState?
    public var after: FindingState
    public var detail: [String: String]

    public init(
        finding: FindingID, action: LedgerAction, actor: String, role: String, at: Moment, before: FindingState?,
        after: FindingState, detail: [String: String]
    ) {
        self.finding = finding
        self.action = action
        self.actor = actor
        self.role = role
        self.at = at
        self.before = before
        self.after = after
        self.detail = detail
    }
}

/// The result of a change: the finding as it now is, and the event that records the change.
public struct Transition: Sendable, Hashable {
    public var finding: Finding
    public var event: AuditEvent
}

/// Everything that can be asked of a finding after it is recorded.
public enum LedgerCommand: Sendable, Hashable {
    /// Sets the category, the rule codes and/or the severity (identified or confirmed findings).
    /// Setting the severity is the office's: it sets the limit on the rectification deadline.
    case classify(category: FindingCategory?, ruleCodes: [String]?, severity: Severity? = nil)
    case confirm
    case addMeasure(text: String, owner: String?, due: Day?)
    case startRectification
    case completeMeasure(number: Int, evidence: [Evidence])
    case addEvidence(number: Int, evidence: [Evidence])
    case submitForVerification
    case verify(accepted: Bool, note: String, eligibility: VerifierEligibility)
    case requestExtension(to: Day, reason: String)
    case decideExtension(grant: Bool)
    case proposeDismissal(reason: String)
    case approveDismissal
    case transfer(reference: String)
    case reopen(ReopenReason)

    public var action: LedgerAction {
        switch self {
        case .classify: .classify
        case .confirm: .confirm
        case .addMeasure: .addMeasure
        case .startRectification: .startRectification
        case .completeMeasure: .completeMeasure
        case .addEvidence: .addEvidence
        case .submitForVerification: .submitForVerification
        case .verify: .verify
        case .requestExtension: .requestExtension
        case .decideExtension: .decideExtension
        case .proposeDismissal: .proposeDismissal
        case .approveDismissal: .approveDismissal
        case .transfer: .transfer
        case .reopen: .reopen
        }
    }
}

extension Finding {
    /// Records a new finding in state `identified`.
    ///
    /// - Parameter counter: the number the store allocated for this finding in the year of
    ///   `at` (1, 2, …); it becomes `F-<year>-<counter>`.
    public static func record(
        counter: Int, department: String, source: FindingSource, category: FindingCategory?, ruleCodes: [String],
        severity: Severity, facts: String, by actor: Actor, at moment: Moment, rules: LedgerRules
    ) throws(LedgerError) -> Transition {
        let allowed: Bool
        switch (actor.role, source) {
        case (.coordinator, _): allowed = true
        case (.inspector, .inspection): allowed = true
        case (.contact(let own), .selfInspection): allowed = own == department
        case (.hotline, .complaint): allowed = true
        default: allowed = false
        }
        guard allowed else { throw .notPermitted(role: actor.roleName, action: .record) }
        guard !department.isEmpty else { throw .missingField("department") }
        guard !facts.allSatisfy(\.isWhitespace) else { throw .missingField("facts") }
        try Self.checkRuleCodes(ruleCodes, rules: rules)
        let id = try FindingID(year: moment.day.parts.year, number: counter)
        let finding = Finding(
            id: id, department: department, source: source, category: category, ruleCodes: ruleCodes,
            severity: severity, facts: facts, finder: actor.login, found: moment)
        var detail = ["department": department, "source": source.label, "severity": severity.rawValue]
        if let category { detail["category"] = category.rawValue }
        if !ruleCodes.isEmpty { detail["rules"] = ruleCodes.joined(separator: ",") }
        let event = AuditEvent(
            finding: id, action: .record, actor: actor.login, role: actor.roleName, at: moment, before: nil,
            after: .identified, detail: detail)
        return Transition(finding: finding, event: event)
    }

    /// Applies a command, or throws the guard it fails. The finding itself is not changed: the
    /// result carries the new value and the audit event.
    public func applying(
        _ command: LedgerCommand, by actor: Actor, at moment: Moment, rules: LedgerRules
    ) throws(LedgerError) -> Transition {
        let action = command.action
        guard isPermitted(action, for: actor) else { throw .notPermitted(role: actor.roleName, action: action) }
        guard !state.isFinal else { throw .wrongState(action: action, state: state) }
        var next = self
        var detail: [String: String] = [:]
        let today = moment.day

        func require(_ states: FindingState...) throws(LedgerError) {
            guard states.contains(state) else { throw .wrongState(action: action, state: state) }
        }
        func measureIndex(_ number: Int) throws(LedgerError) -> Int {
            guard let index = measures.firstIndex(where: { $0.number == number }) else {
                throw .noSuchMeasure(number)
            }
            return index
        }
        // The office bounds the deadline (限期整改): a measure planned before rectification
        // starts is due at the latest on the limit's last working day counted from today; only
        // an extension moves the deadline later once it runs.
        func withinLimit(_ number: Int, _ due: Day) throws(LedgerError) {
            let limits = rules.rectificationLimits
            guard let latest = limits.latestDue(for: severity, startingOn: today, calendar: rules.calendar),
                due > latest
            else { return }
            throw .measureDueBeyondLimit(
                measure: number, due: due, latest: latest, severity: severity,
                workingDays: limits.workingDays(for: severity))
        }
        func validated(_ evidence: [Evidence]) throws(LedgerError) -> [Evidence] {
            var result: [Evidence] = []
            for item in evidence { result.append(try item.validated()) }
            return result
        }

        switch command {
        case .classify(let category, let ruleCodes, let newSeverity):
            try require(.identified, .confirmed)
            if let category {
                next.category = category
                detail["category"] = category.rawValue
            }
            if let ruleCodes {
                try Self.checkRuleCodes(ruleCodes, rules: rules)
                next.ruleCodes = ruleCodes
                detail["rules"] = ruleCodes.joined(separator: ",")
            }
            if let newSeverity {
                next.severity = newSeverity
                next.severitySetBy = actor.login
                detail["severity"] = newSeverity.rawValue
                if newSeverity != severity { detail["severityBefore"] = severity.rawValue }
            }

        case .confirm:
            try require(.identified)
            guard category != nil else { throw .categoryMissing(id) }
            // A self-inspection finding's severity is the department's own proposal until the
            // office sets it: one that would allow more than the shortest limit is confirmed
            // only with a severity set by whoever confirms (`classify` with a severity).
            if severityAwaitsOffice(rules.rectificationLimits) {
                throw .severityNotSet(
                    id, proposed: severity, workingDays: rules.rectificationLimits.workingDays(for: severity))
            }
            next.state = .confirmed
            detail["severity"] = next.severity.rawValue

        case .addMeasure(let text, let owner, let due):
            try require(.confirmed, .rectifying, .reopened)
            guard !text.allSatisfy(\.isWhitespace) else { throw .missingField("measure text") }
            let number = (measures.map(\.number).max() ?? 0) + 1
            if let due {
                guard due >= today else { throw .dueDateInPast(due: due, today: today) }
                if state == .rectifying, let deadline {
                    if due > deadline.due { throw .measureDueAfterDeadline(due: due, deadline: deadline.due) }
                } else {
                    try withinLimit(number, due)
                }
            }
            next.measures.append(Measure(number: number, text: text, owner: owner, due: due))
            detail["measure"] = String(number)
            if let owner { detail["owner"] = owner }
            if let due { detail["due"] = due.description }

        case .startRectification:
            try require(.confirmed, .reopened)
            let planned = measures.filter { $0.state == .open && $0.isPlanned }
            guard !planned.isEmpty else { throw .noPlannedMeasure(id) }
            for measure in planned where measure.due! < today {
                throw .dueDateInPast(due: measure.due!, today: today)
            }
            // Measures planned under a longer limit (a configuration changed since) are held to
            // the limit as it is today.
            for measure in planned { try withinLimit(measure.number, measure.due!) }
            let due = planned.compactMap(\.due).max()!
            next.deadline = Deadline(start: today, due: due)
            next.dismissalProposal = nil
            next.state = .rectifying
            detail["due"] = due.description

        case .completeMeasure(let number, let evidence):
            try require(.rectifying)
            let index = try measureIndex(number)
            guard measures[index].state == .open else { throw .measureAlreadyDone(number) }
            next.measures[index].state = .done
            next.measures[index].evidence += try validated(evidence)
            detail["measure"] = String(number)
            detail["evidence"] = evidence.map(\.description).joined(separator: " ")

        case .addEvidence(let number, let evidence):
            try require(.rectifying)
            let index = try measureIndex(number)
            guard !evidence.isEmpty else { throw .missingField("evidence") }
            next.measures[index].evidence += try validated(evidence)
            detail["measure"] = String(number)
            detail["evidence"] = evidence.map(\.description).joined(separator: " ")

        case .submitForVerification:
            try require(.rectifying)
            for measure in measures {
                guard measure.state == .done else { throw .measureNotDone(measure.number) }
                guard !measure.evidence.isEmpty else { throw .measureWithoutEvidence(measure.number) }
            }
            next.state = .awaitingVerification
            next.submitted = moment
            next.submittedDue = deadline?.due
            next.submittedLate = deadline.map { today > $0.effectiveDue(in: rules.calendar) }
            if let deadline, next.submittedLate == true {
                detail["late"] = deadline.due.description
            }

        case .verify(let accepted, let note, let eligibility):
            try require(.awaitingVerification)
            guard eligibility.home != department else {
                throw .verifierFromDepartment(verifier: actor.login, department: department)
            }
            guard eligibility.drawnForFinding else { throw .verifierNotDrawn(actor.login) }
            // Who found the finding does not judge its rectification.
            guard actor.login != finder, !eligibility.onFindingTeam else {
                throw .verifierFoundIt(verifier: actor.login, finding: id)
            }
            if let reason = eligibility.conflict {
                throw .verifierConflicted(verifier: actor.login, department: department, reason: reason)
            }
            guard accepted || !note.allSatisfy(\.isWhitespace) else { throw .missingField("note") }
            next.verifications.append(
                Verification(
                    verifier: actor.login, verifierHome: eligibility.home, at: moment, accepted: accepted, note: note))
            next.state = accepted ? .closed : .rectifying
            detail["accepted"] = String(accepted)
            detail["verifierHome"] = eligibility.home
            if !note.isEmpty { detail["note"] = note }

        case .requestExtension(let newDue, let reason):
            try require(.rectifying)
            guard let deadline else { throw .wrongState(action: action, state: state) }
            guard today < deadline.due else { throw .extensionTooLate(due: deadline.due, today: today) }
            guard pendingExtension == nil else { throw .extensionPending(id) }
            guard grantedExtensions < rules.extensionCap else { throw .extensionCapReached(cap: rules.extensionCap) }
            guard newDue > deadline.due else { throw .extensionNotLater(requested: newDue, due: deadline.due) }
            guard !reason.allSatisfy(\.isWhitespace) else { throw .missingField("reason") }
            next.extensions.append(
                Extension(
                    requestedBy: actor.login, requestedAt: moment, reason: reason, previousDue: deadline.due,
                    requestedDue: newDue))
            detail["requested"] = newDue.description
            detail["reason"] = reason

        case .decideExtension(let grant):
            try require(.rectifying, .awaitingVerification)
            guard let pending = pendingExtension else { throw .noExtensionPending(id) }
            guard pending.requestedBy != actor.login else { throw .extensionDecidedByRequester(actor.login) }
            next.extensions[extensions.count - 1].decision = ExtensionDecision(
                by: actor.login, at: moment, granted: grant)
            if grant { next.deadline?.due = pending.requestedDue }
            detail["granted"] = String(grant)
            detail["due"] = (grant ? pending.requestedDue : pending.previousDue).description

        case .proposeDismissal(let reason):
            try require(.identified, .confirmed)
            guard dismissalProposal == nil else { throw .dismissalAlreadyProposed(id) }
            guard !reason.allSatisfy(\.isWhitespace) else { throw .missingField("reason") }
            next.dismissalProposal = DismissalProposal(by: actor.login, at: moment, reason: reason)
            detail["reason"] = reason

        case .approveDismissal:
            try require(.identified, .confirmed)
            guard let proposal = dismissalProposal else { throw .noDismissalProposed(id) }
            guard proposal.by != actor.login else { throw .dismissalNeedsSecondCoordinator(proposedBy: proposal.by) }
            next.dismissedBy = actor.login
            next.state = .dismissed
            detail["proposedBy"] = proposal.by
            detail["reason"] = proposal.reason

        case .transfer(let reference):
            try require(.identified, .confirmed, .rectifying, .awaitingVerification, .reopened)
            guard !reference.allSatisfy(\.isWhitespace) else { throw .missingField("reference") }
            next.transferReference = reference
            next.state = .transferred
            detail["reference"] = reference

        case .reopen(let reason):
            if actor.role == .rechecker, case .newComplaint = reason {
                throw .notPermitted(role: actor.roleName, action: action)
            }
            try require(.closed)
            next.recurrences += 1
            next.deadline = nil
            next.state = .reopened
            switch reason {
            case .failedRecheck(let note): detail["recheck"] = note
            case .newComplaint(let complaint): detail["complaint"] = complaint
            }
            detail["recurrences"] = String(next.recurrences)
        }

        let event = AuditEvent(
            finding: id, action: action, actor: actor.login, role: actor.roleName, at: moment, before: state,
            after: next.state, detail: detail)
        return Transition(finding: next, event: event)
    }

    /// Which roles may ask for which change. Who is the lead of a team, and whose assignment a
    /// finding belongs to, is for the caller to check.
    public func isPermitted(_ action: LedgerAction, for actor: Actor) -> Bool {
        switch actor.role {
        case .coordinator:
            return action != .verify
        case .contact(let own):
            guard own == department else { return false }
            return [
                .addMeasure, .startRectification, .completeMeasure, .addEvidence, .submitForVerification,
                .requestExtension,
            ]
            .contains(action)
        case .inspector:
            guard case .inspection = source else { return false }
            return action == .classify || action == .confirm
        case .verifier:
            return action == .verify
        case .rechecker:
            return action == .reopen
        case .hotline, .system:
            return false
        }
    }

    static func checkRuleCodes(_ codes: [String], rules: LedgerRules) throws(LedgerError) {
        var seen: Set<String> = []
        for code in codes {
            guard rules.prohibitions.rule(code) != nil else { throw .unknownRuleCode(code) }
            guard seen.insert(code).inserted else { throw .duplicateRuleCode(code) }
        }
    }
}
