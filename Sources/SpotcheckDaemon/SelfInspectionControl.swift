import Crypto
import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore

/// Answers `io.spotcheck.SelfInspection` on the control socket. DaemonControl hands it every
/// call of that interface. Roles come from the caller's peer credentials: coordinators issue and
/// see every form, auditors see every form, a department's contacts see and return its form.
struct SelfInspectionControl {
    static let prefix = SelfInspectionMessages.interfaceName + "."

    let store: Store
    let engine: Engine
    let events: EventLog
    let config: DaemonConfig
    /// Whether the clock is behind the newest entry (ClockWatch.swift): the lists then lock
    /// nothing, since a lock would be stamped before it; the daily pass locks once it has caught up.
    var clockBehind = false

    var local: LocalTime { LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!) }

    private func require(_ allowed: Bool, _ method: String, _ caller: Caller) throws {
        guard allowed else {
            events.refused(method, caller)
            throw Varlink.Failure.permissionDenied(method, uid: caller.uid)
        }
    }

    static func refused(_ message: String) -> Varlink.Failure {
        Varlink.Failure("io.spotcheck.SelfInspection.Refused", ["message": .string(message)])
    }

    func actor(_ caller: Caller) -> String { "uid \(caller.uid) (\(caller.login ?? "unknown"))" }

    func answer(_ method: String, _ request: [UInt8], _ caller: Caller) throws -> [UInt8] {
        switch method {
        case "io.spotcheck.SelfInspection.IssueForms":
            try require(caller.isCoordinator, method, caller)
            let call = try callParameters(SelfInspectionMessages.IssueParameters.self, request)
            var due: Day?
            if let text = call.due {
                guard let day = Day(iso: text) else { throw Self.refused("due: '\(text)' is not a date YYYY-MM-DD") }
                due = day
            }
            // Not due before the phase's planned end, not after self-inspection (CampaignGuard.swift).
            if let plan = config.campaign {
                try CampaignGuard.requireSelfInspectionOpen(plan, engine: engine)
                if let due { try CampaignGuard.requireDueWithinPlan(due, plan: plan) }
            }
            let now = Date()
            do {
                let issued = try engine.issueSelfInspectionForms(
                    due: due, actor: actor(caller), now: now, today: local.day(of: now), config: config)
                return encodedReply(SelfInspectionMessages.IssueReply(issued: issued.map(message)))
            } catch let error as SelfInspectionIssueError {
                if error == .notConfigured { throw Varlink.Failure("io.spotcheck.SelfInspection.NotConfigured") }
                throw Self.refused(error.description)
            }

        case "io.spotcheck.SelfInspection.ListForms":
            try require(caller.isCoordinator || caller.isAuditor, method, caller)
            guard let plan = config.campaign else { throw Varlink.Failure("io.spotcheck.SelfInspection.NotConfigured") }
            try lockLateForms(plan)
            return encodedReply(
                SelfInspectionMessages.FormsReply(forms: try store.selfInspectionForms(campaign: plan.key).map(message))
            )

        case "io.spotcheck.SelfInspection.MyForms":
            guard let plan = config.campaign else { throw Varlink.Failure("io.spotcheck.SelfInspection.NotConfigured") }
            let departments = try caller.login.map { try store.contactDepartments(of: $0) } ?? []
            try lockLateForms(plan)
            let forms = try store.selfInspectionForms(campaign: plan.key).filter { departments.contains($0.department) }
            return encodedReply(SelfInspectionMessages.FormsReply(forms: forms.map(message)))

        case "io.spotcheck.SelfInspection.SubmitForm":
            let call = try callParameters(SelfInspectionMessages.SubmitParameters.self, request)
            // Only the department's own contacts return its form, whoever else the caller is.
            let login = caller.login ?? ""
            try require(
                !login.isEmpty && (try store.contactDepartments(of: login)).contains(call.department), method, caller)
            guard let plan = config.campaign else { throw Varlink.Failure("io.spotcheck.SelfInspection.NotConfigured") }
            return try submit(call, login: login, caller: caller, plan: plan)

        case "io.spotcheck.SelfInspection.UnlockForm":  // SelfInspectionUnlock.swift
            try require(caller.isCoordinator, method, caller)
            return try unlock(try callParameters(SelfInspectionMessages.UnlockParameters.self, request), caller)

        default:
            throw Varlink.Failure.methodNotFound(method)
        }
    }

    /// Locks the forms whose due date passed before the daily pass did (journaled as there); not
    /// while the clock is behind (the lists are answered then, submissions refused).
    private func lockLateForms(_ plan: CampaignPlan) throws {
        guard !clockBehind else { return }
        let now = Date()
        let today = local.day(of: now)
        guard
            try store.selfInspectionForms(campaign: plan.key).contains(where: {
                $0.state == .issued && SelfInspectionFormState.isLate(due: $0.due, today: today)
            })
        else { return }
        try engine.lockLateSelfInspectionForms(now: now, today: today, config: config)
    }

    private func submit(
        _ call: SelfInspectionMessages.SubmitParameters, login: String, caller: Caller, plan: CampaignPlan
    ) throws -> [UInt8] {
        try lockLateForms(plan)
        try CampaignGuard.requireSelfInspectionOpen(plan, engine: engine)
        guard let form = try store.selfInspectionForm(campaign: plan.key, department: call.department) else {
            throw Varlink.Failure("io.spotcheck.SelfInspection.NoForm", ["department": .string(call.department)])
        }
        try requireOpen(form)
        let bytes = Array(call.text.utf8)
        let answers: [SelfInspectionAnswer]
        switch SelfInspectionSheet.parse(bytes, department: call.department, rules: form.prohibitions) {
        case .failure(let found):
            let problems = found.problems
            throw Varlink.Failure(
                "io.spotcheck.SelfInspection.FormInvalid",
                [
                    "count": .int(problems.count),
                    "problems": .string(problems.map { $0.located(file: call.file) }.joined(separator: "\n")),
                ])
        case .success(let parsed):
            answers = parsed
        }
        let now = Date()
        let moment = Moment(unixSeconds: Int64(now.timeIntervalSince1970.rounded(.down)), day: local.day(of: now))
        do {
            let (stored, findings) = try store.returnSelfInspectionForm(
                campaign: plan.key, department: call.department, answers: answers,
                fileSha256: Hex.encode(SHA256.hash(data: bytes)),
                actor: Actor(login: login, role: .contact(department: call.department)), at: moment,
                rules: config.ledger.rules)
            for finding in findings {
                events.emit(
                    .findingChanged,
                    "\(finding.id) (\(finding.department)): record by \(login) as contact, new → \(finding.state.rawValue) (self-inspection form)",
                    [
                        "FINDING": finding.id.description, "ACTION": "record", "LOGIN": login, "ROLE": "contact",
                        "UID": String(caller.uid), "DEPARTMENT": finding.department, "BEFORE": "",
                        "AFTER": finding.state.rawValue,
                    ])
            }
            return encodedReply(
                SelfInspectionMessages.SubmitReply(form: message(stored), findings: findings.map(\.id.description)))
        } catch let error as SelfInspectionStoreError {
            switch error {
            case .noForm(let department):
                throw Varlink.Failure("io.spotcheck.SelfInspection.NoForm", ["department": .string(department)])
            case .alreadyReturned(let department, let at):
                throw Varlink.Failure(
                    "io.spotcheck.SelfInspection.AlreadyReturned",
                    ["department": .string(department), "returned_at": .string(local.format(at))])
            case .locked(let department, let due), .late(let department, let due):
                throw Varlink.Failure(
                    "io.spotcheck.SelfInspection.FormLocked",
                    ["department": .string(department), "due": .string(due.description)])
            }
        } catch let error as LedgerError {
            throw Self.refused(error.description)
        }
    }

    private func requireOpen(_ form: StoredSelfInspectionForm) throws {
        switch form.state {
        case .issued: return
        case .returned:
            throw Varlink.Failure(
                "io.spotcheck.SelfInspection.AlreadyReturned",
                [
                    "department": .string(form.department),
                    "returned_at": .string(form.returnedAt.map(local.format) ?? ""),
                ])
        case .locked:
            throw Varlink.Failure(
                "io.spotcheck.SelfInspection.FormLocked",
                ["department": .string(form.department), "due": .string(form.due.description)])
        }
    }

    func message(_ form: StoredSelfInspectionForm) -> SelfInspectionMessages.Form {
        SelfInspectionMessages.Form(
            department: form.department, departmentName: form.departmentName, state: form.state.rawValue,
            issuedAt: local.format(form.issuedAt), issuedBy: form.issuedBy, due: form.due.description,
            returnedAt: form.returnedAt.map(local.format), returnedBy: form.returnedBy, fileSha256: form.fileSha256,
            lockedAt: form.lockedAt.map(local.format),
            prohibitions: form.prohibitions.map { SelfInspectionMessages.Prohibition(code: $0.code, text: $0.text) },
            answers: form.answers.map {
                SelfInspectionMessages.Answer(
                    code: $0.answer.code, problemFound: $0.answer.problemFound, description: $0.answer.description,
                    measures: $0.answer.measures, finding: $0.finding?.description)
            })
    }
}
