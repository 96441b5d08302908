import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore

/// The daemon's answers to `io.spotcheck.Ledger` (io.spotcheck.Ledger.varlink). Roles come from
/// the caller's peer credentials: coordinators and auditors from their groups, contacts from the
/// roster's contacts column, inspectors and team leads from their revealed assignments, verifiers
/// from the verifier assignments of a finding. The state machine (`SpotcheckLedger`) then checks
/// what the role may do and every guard.
struct LedgerControl {
    let store: Store
    let events: EventLog
    let config: DaemonConfig
    let caller: Caller
    let local: LocalTime
    let departmentExists: (String) throws -> Bool
    let inspectorHome: (String) throws -> String?

    static let prefix = LedgerMessages.interfaceName + "."

    var login: String { caller.login ?? "uid \(caller.uid)" }
    private var canSeeAll: Bool { caller.isCoordinator || caller.isAuditor }
    /// `[ledger]`, its rules counting working days in the service's calendar.
    private var settings: LedgerSettings {
        var settings = config.ledger
        settings.rules.calendar = config.calendar.workCalendar
        return settings
    }

    func answer(_ method: String, _ request: [UInt8]) throws -> [UInt8] {
        let now = Date()
        let moment = Moment(unixSeconds: Int64(now.timeIntervalSince1970.rounded(.down)), day: local.day(of: now))
        let name = String(method.dropFirst(Self.prefix.count))
        do {
            return try answer(name, method, request, now: now, moment: moment)
        } catch let error as LedgerError {
            if case .notPermitted = error { throw refuse(method) }
            throw Varlink.Failure(
                "io.spotcheck.Ledger.Refused",
                ["code": .string(Self.code(of: error)), "message": .string(error.description)])
        } catch let error as LedgerStoreError {
            if case .noSuchFinding(let id) = error { throw notFound(id) }
            throw error
        }
    }

    /// The case name of a refusal: `extensionTooLate`, `verifierNotDrawn`, …
    static func code(of error: LedgerError) -> String {
        Mirror(reflecting: error).children.first?.label ?? "refused"
    }

    private func answer(
        _ name: String, _ method: String, _ request: [UInt8], now: Date, moment: Moment
    ) throws -> [UInt8] {
        switch name {
        case "AddFinding":
            let call = try parameters(LedgerMessages.AddParameters.self, request)
            return reply(LedgerMessages.FindingReply(finding: try add(call, method: method, now: now, moment: moment)))

        case "ConfirmFinding":
            let call = try parameters(LedgerMessages.ConfirmParameters.self, request)
            let category = try call.category.map(Self.category)
            let severity = try call.severity.map(Self.severity)
            let transitions = try change(call.id, method, now) { finding in
                let actor = try actor(for: finding, action: .confirm, method: method)
                if case .inspection(let draw, let target) = finding.source {
                    try requireNotCancelled(draw: draw, department: target)
                }
                // The severity sets the office's limit on the department's deadline: nobody on the
                // department's side sets it, whatever else they are (SeverityByOffice.swift) — nor
                // puts in force, by confirming, one that allows more than the shortest limit,
                // whoever recorded it and from whatever source.
                let limits = settings.rules.rectificationLimits
                if severity != nil || limits.workingDays(for: finding.severity) > limits.shortest {
                    try requireOfficeSide(actor, department: finding.department, moment)
                }
                if severity == nil { try requireSeverityFromOffice(finding, limits: limits, moment) }
                var transitions: [Transition] = []
                var current = finding
                if category != nil || call.rules != nil || severity != nil {
                    let classified = try current.applying(
                        .classify(category: category, ruleCodes: call.rules, severity: severity), by: actor,
                        at: moment, rules: settings.rules)
                    transitions.append(classified)
                    current = classified.finding
                }
                transitions.append(try current.applying(.confirm, by: actor, at: moment, rules: settings.rules))
                return transitions
            }
            return reply(LedgerMessages.FindingReply(finding: summary(transitions.last!.finding, moment.day)))

        case "ListFindings", "ExportFindings":
            let call = try parameters(LedgerMessages.ListParameters.self, request)
            try require(canSeeAll || caller.login != nil, method)
            var filter = FindingFilter(
                category: try call.category.map(Self.category), state: try call.state.map(Self.state))
            if let department = call.department { filter.departments = [department] }
            var findings = try visible(try store.findings(filter))
            if call.overdue {
                findings = findings.filter {
                    if case .overdue = $0.status(
                        on: moment.day, calendar: config.calendar.workCalendar, policy: settings.deadlines)
                    {
                        return true
                    }
                    return false
                }
            }
            let values = findings.map { summary($0, moment.day) }
            if name == "ListFindings" {
                return reply(LedgerMessages.ListReply(date: moment.day.description, findings: values))
            }
            let csv = LedgerExport.csv(
                findings, on: moment.day, calendar: config.calendar.workCalendar, policy: settings.deadlines,
                prohibitions: settings.rules.prohibitions)
            return reply(LedgerMessages.ExportReply(date: moment.day.description, csv: csv, findings: values))

        case "MyFindings":
            let departments = try caller.login.map { try store.contactDepartments(of: $0) } ?? []
            var findings = try store.findings(FindingFilter(departments: departments))
            // And those the caller was drawn to verify, while they await it.
            if let login = caller.login {
                let listed = Set(findings.map(\.id))
                let toVerify = try store.findingsToVerify(by: login).union(
                    try checkedFindings(by: login, among: store.ledgerChecks().filter { $0.kind == .verification }))
                for id in toVerify.sorted(by: { $0.description < $1.description })
                where !listed.contains(id) {
                    guard let finding = try store.finding(id), finding.state == .awaitingVerification,
                        try currentVerifiers(of: finding).contains(where: { $0.login == login })
                    else { continue }
                    findings.append(finding)
                }
            }
            return reply(
                LedgerMessages.MineReply(
                    departments: departments.sorted(), findings: findings.map { summary($0, moment.day) }))

        case "ShowFinding":
            let call = try parameters(LedgerMessages.IDParameters.self, request)
            let finding = try visibleFinding(call.id, method)
            let sees = seesComplaintNumbers(in: finding.department)
            let history = try store.findingHistory(finding.id).map {
                shown(
                    LedgerMessages.HistoryEntry(
                        action: $0.action, actor: $0.actor, role: $0.role, at: local.format($0.at),
                        before: $0.before, after: $0.after, detail: $0.detail),
                    of: finding, sees: sees)
            }
            return reply(LedgerMessages.ShowReply(finding: summary(finding, moment.day), history: history))

        case "AddMeasure":
            let call = try parameters(LedgerMessages.MeasureParameters.self, request)
            let due = try call.due.map { try Self.day($0, field: "due") }
            let transition = try apply(
                call.id, .addMeasure(text: call.text, owner: call.owner, due: due), method, now, moment)
            return reply(
                LedgerMessages.MeasureReply(
                    finding: summary(transition.finding, moment.day),
                    measure: transition.finding.measures.last?.number ?? 0))

        case "StartRectification":
            let call = try parameters(LedgerMessages.IDParameters.self, request)
            return try findingReply(apply(call.id, .startRectification, method, now, moment), moment)

        case "AddEvidence":
            let call = try parameters(LedgerMessages.EvidenceParameters.self, request)
            let evidence = try call.evidence.map(Self.evidence)
            let command: LedgerCommand =
                call.done
                ? .completeMeasure(number: call.measure, evidence: evidence)
                : .addEvidence(number: call.measure, evidence: evidence)
            return try findingReply(apply(call.id, command, method, now, moment), moment)

        case "SubmitFinding":
            let call = try parameters(LedgerMessages.IDParameters.self, request)
            return try findingReply(apply(call.id, .submitForVerification, method, now, moment), moment)

        case "VerifyFinding":
            let call = try parameters(LedgerMessages.VerifyParameters.self, request)
            let id = try Self.findingID(call.id)
            try requireVerificationNotCancelled(id)  // CancelledOrderFindings.swift
            // Only the verifier drawn for the finding's current round, as the team stands now, from
            // the department the roster gives them now.
            let drawn = try store.finding(id).flatMap { try currentVerifiers(of: $0).first { $0.login == login } }
            let home = try inspectorHome(login) ?? drawn?.home
            guard let home else { throw refuse(method) }
            // A conflict with the department that arose since the draw (VerifierRecusal.swift).
            let conflict =
                try drawn == nil
                ? nil
                : store.finding(id).flatMap {
                    try verifierConflict(login: login, department: $0.department, today: moment.day)
                }
            // On the team that found it, replaced off it or not (LedgerDraws.swift).
            let onTeam = try store.finding(id).map { try store.teamThatFound($0).logins.contains(login) } ?? false
            let eligibility = VerifierEligibility(
                home: home, drawnForFinding: drawn != nil, conflict: conflict, onFindingTeam: onTeam)
            return try findingReply(
                apply(
                    call.id, .verify(accepted: call.accepted, note: call.note, eligibility: eligibility), method, now,
                    moment, as: Actor(login: login, role: .verifier)), moment)

        case "RequestExtension":
            let call = try parameters(LedgerMessages.ExtensionParameters.self, request)
            let due = try Self.day(call.due, field: "due")
            return try findingReply(
                apply(call.id, .requestExtension(to: due, reason: call.reason), method, now, moment), moment)

        case "DecideExtension":
            let call = try parameters(LedgerMessages.DecisionParameters.self, request)
            let transitions = try change(call.id, method, now) { finding in
                let actor = try actor(for: finding, action: .decideExtension, method: method)
                // Whoever is on the department's side does not decide its deadline, whatever else
                // they are (a coordinator who is also its contact, works there, or declared a tie).
                // (Anyone else is refused by the ledger's own rule: only coordinators decide.)
                if caller.isCoordinator,
                    let reason = try verifierConflict(
                        login: actor.login, department: finding.department, today: moment.day)
                {
                    throw LedgerError.extensionDecidedByDepartmentSide(
                        decider: actor.login, department: finding.department, reason: reason)
                }
                return [
                    try finding.applying(
                        .decideExtension(grant: call.grant), by: actor, at: moment, rules: settings.rules)
                ]
            }
            return findingReply(transitions.last!, moment)

        case "DismissFinding":
            let call = try parameters(LedgerMessages.DismissParameters.self, request)
            let transitions = try change(call.id, method, now) { finding in
                let command: LedgerCommand =
                    finding.dismissalProposal == nil
                    ? .proposeDismissal(reason: call.reason ?? "") : .approveDismissal
                let actor = try actor(for: finding, action: command.action, method: method)
                return [try finding.applying(command, by: actor, at: moment, rules: settings.rules)]
            }
            let finding = transitions.last!.finding
            return reply(
                LedgerMessages.DismissReply(
                    finding: summary(finding, moment.day), dismissed: finding.state == .dismissed))

        case "TransferFinding":
            let call = try parameters(LedgerMessages.TransferParameters.self, request)
            return try findingReply(apply(call.id, .transfer(reference: call.reference), method, now, moment), moment)

        case "ReopenFinding":
            let call = try parameters(LedgerMessages.ReopenParameters.self, request)
            let reason: ReopenReason
            switch (call.recheck, call.complaint) {
            case (let note?, nil): reason = .failedRecheck(note: note)
            case (nil, let complaint?):  // ComplaintFindings.swift
                reason = .newComplaint(id: try reopeningComplaint(complaint, finding: call.id, method: method))
            default:
                throw Self.invalid("recheck", "give either the failed re-check's note or the new complaint's id")
            }
            // The lead of the finding's drawn re-check (回头看) reopens it when the re-check fails.
            let recheck = try store.ledgerChecks(finding: try Self.findingID(call.id)).last {
                $0.kind == .recheck && $0.outcome == nil
            }
            var rechecker: Actor?
            if !caller.isCoordinator, case .failedRecheck = reason, let recheck, recheck.logins.first == login,
                try store.draw(id: recheck.drawID)?.revealedAt != nil
            {
                rechecker = Actor(login: login, role: .rechecker)
            }
            let transition = try apply(call.id, .reopen(reason), method, now, moment, as: rechecker)
            if case .failedRecheck(let note) = reason, let recheck {
                try store.recordLedgerCheckOutcome(
                    key: recheck.key, outcome: .failed, by: login, role: rechecker == nil ? "coordinator" : "rechecker",
                    note: note, at: now, day: moment.day)
            }
            return findingReply(transition, moment)

        case "RecordCheck", "ListChecks":  // re-checks and honesty visits (LedgerChecks.swift)
            return try answerCheck(name, method, request, now: now, moment: moment)

        case "SetAssignmentOutcome":
            let call = try parameters(LedgerMessages.OutcomeParameters.self, request)
            return reply(LedgerMessages.OutcomeReply(state: try setOutcome(call, method: method, now: now)))

        default:
            throw Varlink.Failure.methodNotFound(method)
        }
    }

    // MARK: Recording

    private func add(
        _ call: LedgerMessages.AddParameters, method: String, now: Date, moment: Moment
    ) throws -> LedgerMessages.Finding {
        // Who may record from complaints is settled before anything the request names is looked at.
        if call.source == "complaint" { try requireComplaintRecorder(method: method) }
        let category = try call.category.map(Self.category)
        let severity = try call.severity.map(Self.severity) ?? .minor
        guard try departmentExists(call.department) else {
            throw Self.invalid("department", "'\(call.department)' is not a department of the roster")
        }
        let source: FindingSource
        let actor: Actor
        var fromComplaint: Int64?
        switch call.source {
        case "inspection":
            guard let draw = call.drawId else {
                throw Self.invalid("draw_id", "an inspection finding names its draw (the draw id of the task file)")
            }
            source = .inspection(draw: draw, target: call.department)
            try requireDrawExists(draw)  // LedgerDrawExists.swift
            if caller.isCoordinator {
                try requireInspected(draw: draw, department: call.department)
                actor = Actor(login: login, role: .coordinator)
            } else {
                guard let login = caller.login,
                    try store.revealedAssignment(draw: draw, department: call.department, login: login) != nil
                else {
                    events.emit(
                        .requestRefused,
                        "refused \(method) to uid \(caller.uid) (\(caller.login ?? "unknown user")): no revealed assignment of draw \(draw) to \(call.department)",
                        ["METHOD": method, "UID": String(caller.uid), "LOGIN": caller.login ?? ""])
                    throw Varlink.Failure(
                        "io.spotcheck.Ledger.NotYourAssignment",
                        ["draw_id": .int(Int(draw)), "department": .string(call.department)])
                }
                actor = Actor(login: login, role: .inspector)
            }
            try requireNotCancelled(draw: draw, department: call.department)  // CancelledOrderFindings.swift
        case "self":
            source = .selfInspection
            if caller.isCoordinator {
                actor = Actor(login: login, role: .coordinator)
            } else if let login = caller.login, try store.contactDepartments(of: login).contains(call.department) {
                actor = Actor(login: login, role: .contact(department: call.department))
            } else {
                throw refuse(method)
            }
            try requireSelfInspectionPhase()
        case "complaint":
            // Complaints handlers not recused (ComplaintFindings.swift); the finding's own fields
            // are checked before the complaint is looked at, so the answer tells nothing of it.
            _ = try Finding.record(
                counter: 1, department: call.department, source: .complaint(id: "0"), category: category,
                ruleCodes: call.rules, severity: severity, facts: call.facts,
                by: Actor(login: login, role: .hotline), at: moment, rules: settings.rules)
            let recorder = try complaintRecorder(call.complaint, department: call.department, method: method)
            source = .complaint(id: String(recorder.complaint))
            actor = recorder.actor
            fromComplaint = recorder.complaint
        default:
            throw Self.invalid("source", "'\(call.source)' is not a source; use inspection, self or complaint")
        }
        // Nobody on the department's side records a severity above the shortest limit's (it sets
        // the office's limit on the department's deadline); a self-inspection finding's is a
        // proposal the office sets when confirming.
        let limits = settings.rules.rectificationLimits
        if source != .selfInspection, limits.workingDays(for: severity) > limits.shortest {
            try requireOfficeSide(actor, department: call.department, moment)
        }
        let make = { (counter: Int) throws -> Transition in
            try Finding.record(
                counter: counter, department: call.department, source: source, category: category,
                ruleCodes: call.rules, severity: severity, facts: call.facts, by: actor, at: moment,
                rules: settings.rules)
        }
        let transition =
            try fromComplaint.map {
                try store.recordComplaintFinding(
                    complaint: $0, year: moment.day.parts.year, actor: login, at: now, day: moment.day, make)
            } ?? store.recordFinding(year: moment.day.parts.year, at: now, make)
        journal(transition)
        return summary(transition.finding, moment.day)
    }

    private func setOutcome(_ call: LedgerMessages.OutcomeParameters, method: String, now: Date) throws -> String {
        var assignment: StoredAssignment?
        if let login = caller.login {
            assignment = try store.revealedAssignment(draw: call.drawId, department: call.department, login: login)
        }
        if caller.isCoordinator { try requireInspected(draw: call.drawId, department: call.department) }
        guard caller.isCoordinator || assignment?.role == "lead" else {
            if assignment == nil, !caller.isCoordinator {
                throw Varlink.Failure(
                    "io.spotcheck.Ledger.NotYourAssignment",
                    ["draw_id": .int(Int(call.drawId)), "department": .string(call.department)])
            }
            throw refuse(method)
        }
        // Before the inspection day nobody reports its outcome, a coordinator off the team included.
        let day =
            try assignment?.date
            ?? store.assignments(drawID: call.drawId).first(where: { $0.department == call.department })?.date
        if let day, day > local.day(of: now) {
            throw Self.invalid("draw_id", "the inspection day is \(day); report the outcome on or after that day")
        }
        // Once someone else (a coordinator) has recorded the outcome, only a coordinator changes it.
        if !caller.isCoordinator,
            let recorded = try store.assignmentOutcome(draw: call.drawId, department: call.department),
            recorded.actor != login
        {
            throw Varlink.Failure(
                "io.spotcheck.Ledger.Refused",
                [
                    "code": .string("outcomeRecordedByAnother"),
                    "message": .string(
                        "\(recorded.actor) recorded this assignment as \(Self.outcomeWords(recorded.state.rawValue)); ask a coordinator to change it"
                    ),
                ])
        }
        let reason = call.reason.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        guard call.done || reason != nil else {
            throw Self.invalid("reason", "say why the inspection was not carried out")
        }
        let outcome = AssignmentOutcome(
            drawID: call.drawId, department: call.department, state: call.done ? .done : .notCarriedOut,
            reason: reason, actor: login, at: now)
        try store.setAssignmentOutcome(outcome)
        events.emit(
            .findingChanged,
            "assignment of draw \(call.drawId) to \(call.department) reported \(outcome.state.rawValue) by \(login)",
            [
                "ACTION": "assignment.\(outcome.state.rawValue)", "DRAW_ID": String(call.drawId),
                "DEPARTMENT": call.department, "LOGIN": login, "UID": String(caller.uid),
            ])
        return outcome.state.rawValue
    }

    /// The verifiers of `finding`'s current round: the verification draw's team (its lead, when it
    /// has one) as it stands now (a replacement's newcomer, nobody when withheld), with the home drawn.
    private func currentVerifiers(of finding: Finding) throws -> [(login: String, home: String)] {
        guard let check = try store.ledgerCheck(key: LedgerCheck.verificationKey(finding)) else {
            return try store.drawnVerifiers(of: finding)
        }
        // A cancelled verification draw verifies nothing: the next pass draws another.
        guard !check.logins.isEmpty, try store.cancellation(drawID: check.drawID) == nil else { return [] }
        let seats = try store.assignments(drawID: check.drawID).filter { $0.department == check.department }
        let leads = seats.filter { $0.role == "lead" }
        return (leads.isEmpty ? seats : leads).map { ($0.login, check.home ?? "") }
    }

    /// Refuses a self-inspection finding (source `self`, 自查) outside the campaign's
    /// self-inspection phase (docs/campaign.md, "Self-reporting ends with self-inspection"):
    /// before it nothing is self-reported yet, after it a problem the department finds is a
    /// finding of the inspection. Without a `[campaign]` there are no phases and nothing is refused.
    private func requireSelfInspectionPhase() throws {
        guard let plan = config.campaign else { return }
        let transitions = try store.campaignTransitions(campaign: plan.key).map(\.transition)
        let active = CampaignTimeline(transitions: transitions).active
        guard active != .selfInspection else { return }
        throw Self.invalid(
            "source",
            "the campaign is in \(active.identifier), not self-inspection: a self-inspection finding (--self) is "
                + "recorded only during self-inspection; record the problem as a finding of an inspection "
                + "(--assignment DRAW/DEPARTMENT) or of a complaint (--complaint ID)")
    }

    /// Refuses a draw that sent no team to `department` (a coordinator names any draw). A draw not
    /// revealed yet is refused in the same words for every department, whether it has a team
    /// there or not: the answer tells nothing of its targets before the reveal.
    private func requireInspected(draw: Int64, department: String) throws {
        if let stored = try store.draw(id: draw), stored.revealedAt == nil {
            throw Self.invalid(
                "draw_id", "draw \(draw) is not revealed yet; give the draw id of an inspection after its reveal")
        }
        guard try store.assignments(drawID: draw).contains(where: { $0.department == department }) else {
            throw Self.invalid(
                "draw_id", "draw \(draw) sent no team to \(department); give the draw id of its inspection")
        }
    }

    // MARK: Changing

    /// Applies one command as the caller's role for the finding.
    func apply(
        _ text: String, _ command: LedgerCommand, _ method: String, _ now: Date, _ moment: Moment,
        as fixed: Actor? = nil
    ) throws -> Transition {
        try change(text, method, now) { finding in
            let actor = try fixed ?? actor(for: finding, action: command.action, method: method)
            return [try finding.applying(command, by: actor, at: moment, rules: settings.rules)]
        }.last!
    }

    private func change(
        _ text: String, _ method: String, _ now: Date, _ make: (Finding) throws -> [Transition]
    ) throws -> [Transition] {
        let id = try Self.findingID(text)
        let transitions = try store.updateFinding(id, at: now) { finding in
            guard try isVisible(finding) else { throw notFound(text) }
            return try make(finding)
        }
        for transition in transitions { journal(transition) }
        return transitions
    }

    /// The role the caller acts in on `finding`: coordinator; else contact of its department;
    /// else, on an inspection finding, the team lead of its assignment (to classify and confirm).
    private func actor(for finding: Finding, action: LedgerAction, method: String) throws -> Actor {
        if caller.isCoordinator { return Actor(login: login, role: .coordinator) }
        guard let login = caller.login else { throw refuse(method) }
        if try store.contactDepartments(of: login).contains(finding.department) {
            return Actor(login: login, role: .contact(department: finding.department))
        }
        if case .inspection(let draw, let target) = finding.source,
            let assignment = try store.revealedAssignment(draw: draw, department: target, login: login)
        {
            // Members record; the lead confirms.
            guard assignment.role == "lead" || (action != .confirm && action != .classify) else { throw refuse(method) }
            return Actor(login: login, role: .inspector)
        }
        throw refuse(method)
    }

    func journal(_ transition: Transition) {
        let event = transition.event
        events.emit(
            .findingChanged,
            "\(event.finding) (\(transition.finding.department)): \(event.action.rawValue) by \(event.actor) as \(event.role), \(event.before?.rawValue ?? "new") → \(event.after.rawValue)",
            [
                "FINDING": event.finding.description, "ACTION": event.action.rawValue, "LOGIN": event.actor,
                "ROLE": event.role, "UID": String(caller.uid), "DEPARTMENT": transition.finding.department,
                "BEFORE": event.before?.rawValue ?? "", "AFTER": event.after.rawValue,
            ])
    }

    // MARK: Seeing

    private func isVisible(_ finding: Finding) throws -> Bool {
        if canSeeAll { return true }
        guard let login = caller.login else { return false }
        if try store.contactDepartments(of: login).contains(finding.department) { return true }
        if case .inspection(let draw, let target) = finding.source,
            try store.revealedAssignment(draw: draw, department: target, login: login) != nil
        {
            return true
        }
        // A verifier chosen otherwise than by a ledger draw, and whoever sits now on the team of a
        // verification or re-check drawn for it, under the login the roster gives them now (a
        // login the draw told, nobody's or another's now, sees nothing).
        if try store.findingsToVerify(by: login, undrawnOnly: true).contains(finding.id) { return true }
        return try !checkedFindings(by: login, among: store.ledgerChecks(finding: finding.id)).isEmpty
    }

    /// The findings whose ledger checks (among `checks`) `login` sits on the team of now: the
    /// draw's seats as they stand (a replacement's newcomer, not the one replaced off), each under
    /// the login the roster gives its inspector now, as the acting checks read them.
    private func checkedFindings(by login: String, among checks: [LedgerCheck]) throws -> Set<FindingID> {
        var found = Set<FindingID>()
        for check in checks {
            guard let finding = check.finding else { continue }
            if try store.assignments(drawID: check.drawID).contains(where: {
                $0.department == check.department && $0.login == login
            }) {
                found.insert(finding)
            }
        }
        return found
    }

    /// The findings of a listing the caller may see; what decides it is read once, not per
    /// finding.
    private func visible(_ findings: [Finding]) throws -> [Finding] {
        if canSeeAll { return findings }
        guard let login = caller.login else { return [] }
        let departments = try store.contactDepartments(of: login)
        let assignments = Set(try store.revealedAssignments(login: login).map { "\($0.drawID)/\($0.department)" })
        let toVerify = try store.findingsToVerify(by: login, undrawnOnly: true).union(
            try checkedFindings(by: login, among: store.ledgerChecks()))
        return findings.filter { finding in
            if departments.contains(finding.department) || toVerify.contains(finding.id) { return true }
            if case .inspection(let draw, let target) = finding.source {
                return assignments.contains("\(draw)/\(target)")
            }
            return false
        }.map(redacted)  // which complaint, only for those who handle complaints (ComplaintFindings.swift)
    }

    /// The finding, when the caller may see it; otherwise not found (its existence is not told).
    private func visibleFinding(_ text: String, _ method: String) throws -> Finding {
        let id = try Self.findingID(text)
        guard let finding = try store.finding(id), try isVisible(finding) else { throw notFound(text) }
        return finding
    }

    func summary(_ finding: Finding, _ today: Day) -> LedgerMessages.Finding {
        let status = finding.status(on: today, calendar: config.calendar.workCalendar, policy: settings.deadlines)
        var overdue: Int?
        if case .overdue(let days) = status { overdue = days }
        var drawID: Int64?
        if case .inspection(let draw, _) = finding.source { drawID = draw }
        let shown = redacted(finding)  // a complaint's number and handler, as the caller may see them
        return LedgerMessages.Finding(
            id: finding.id.description, department: finding.department, source: shown.source.label,
            drawId: drawID,
            category: finding.category?.rawValue, rules: finding.ruleCodes, severity: finding.severity.rawValue,
            severityProposed: finding.severityAwaitsOffice(settings.rules.rectificationLimits) ? true : nil,
            facts: finding.facts, finder: shown.finder, found: finding.found.day.description,
            state: finding.state.rawValue, due: finding.deadline?.due.description, status: status?.description,
            overdueDays: overdue,
            measures: finding.measures.map {
                LedgerMessages.Measure(
                    number: $0.number, text: $0.text, owner: $0.owner, due: $0.due?.description,
                    state: $0.state.rawValue, evidence: $0.evidence.map(\.description))
            },
            extensions: finding.grantedExtensions, pendingExtension: finding.pendingExtension?.requestedDue.description,
            dismissalProposedBy: finding.dismissalProposal?.by, recurrences: finding.recurrences,
            submitted: finding.submitted.map {
                local.format(Date(timeIntervalSince1970: TimeInterval($0.unixSeconds)))
            },
            submittedDue: finding.dueAtSubmission?.description)
    }

    // MARK: Parsing and replies

    private func findingReply(_ transition: Transition, _ moment: Moment) -> [UInt8] {
        reply(LedgerMessages.FindingReply(finding: summary(transition.finding, moment.day)))
    }

    func parameters<T: Codable & Sendable>(_ type: T.Type, _ request: [UInt8]) throws -> T {
        try callParameters(type, request)
    }

    func reply<T: Codable & Sendable>(_ value: T) -> [UInt8] { encodedReply(value) }

    private func require(_ allowed: Bool, _ method: String) throws {
        guard allowed else { throw refuse(method) }
    }

    /// Journals a refused call and returns the error for it.
    func refuse(_ method: String) -> Varlink.Failure {
        events.refused(method, caller)
        var parameters: [String: Varlink.Value] = ["method": .string(method), "uid": .int(Int(caller.uid))]
        // Who may call it, for the command line to say (CampaignRefusals.swift).
        if let needs = LedgerPermission.needs(method) { parameters["needs"] = .string(needs.rawValue) }
        return Varlink.Failure("io.spotcheck.Ledger.PermissionDenied", parameters)
    }

    func notFound(_ id: String) -> Varlink.Failure {
        Varlink.Failure("io.spotcheck.Ledger.FindingNotFound", ["id": .string(id)])
    }

    static func invalid(_ field: String, _ message: String) -> Varlink.Failure {
        Varlink.Failure("io.spotcheck.Ledger.InvalidField", ["field": .string(field), "message": .string(message)])
    }

    static func findingID(_ text: String) throws -> FindingID {
        do {
            return try FindingID(text)
        } catch {
            throw invalid("id", error.description)
        }
    }

    static func category(_ text: String) throws -> FindingCategory {
        guard let category = FindingCategory(rawValue: text) else {
            throw invalid(
                "category",
                "'\(text)' is not a category; use "
                    + FindingCategory.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", "))
        }
        return category
    }

    static func severity(_ text: String) throws -> Severity {
        guard let severity = Severity(rawValue: text) else {
            throw invalid("severity", "'\(text)' is not a severity; use minor, serious or grave")
        }
        return severity
    }

    static func state(_ text: String) throws -> FindingState {
        guard let state = FindingState(rawValue: text) else {
            throw invalid(
                "state",
                "'\(text)' is not a state; use " + FindingState.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return state
    }

    static func day(_ text: String, field: String) throws -> Day {
        guard let day = Day(iso: text) else { throw invalid(field, "'\(text)' is not a date YYYY-MM-DD") }
        return day
    }

    /// `sha256:HEX` is a file's hash; anything else a reference.
    static func evidence(_ text: String) throws -> Evidence {
        let evidence: Evidence = text.hasPrefix("sha256:") ? .sha256(String(text.dropFirst(7))) : .reference(text)
        do {
            return try evidence.validated()
        } catch {
            throw invalid("evidence", error.description)
        }
    }
}
