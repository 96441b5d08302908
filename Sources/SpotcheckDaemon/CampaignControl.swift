import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore
import SpotcheckSystem

/// Answers `io.spotcheck.Campaign` and `io.spotcheck.Complaints` on the control socket.
/// DaemonControl hands it every call of those interfaces.
struct CampaignControl {
    let store: Store
    let engine: Engine
    let events: EventLog
    let config: DaemonConfig
    let seal: IdentitySeal?
    /// How long an approval to read an identity stays valid.
    static let approvalValidity: TimeInterval = 24 * 3600
    /// Receipt lookups per caller (tests give their own).
    var lookupLimit = ReceiptLookupLimit.shared
    /// How far before its registration a complaint may say it was received.
    static let receivedWindowDays = 30

    static let interfaces = [CampaignMessages.campaignInterface, CampaignMessages.complaintsInterface]

    static func description(of interface: String) -> String? {
        switch interface {
        case CampaignMessages.campaignInterface: CampaignMessages.campaignDescription
        case CampaignMessages.complaintsInterface: CampaignMessages.complaintsDescription
        default: nil
        }
    }

    static func handles(_ method: String) -> Bool {
        interfaces.contains { method.hasPrefix("\($0).") }
    }

    private func parameters<T: Codable & Sendable>(_ type: T.Type, _ request: [UInt8]) throws -> T {
        try callParameters(type, request)
    }

    private func reply<T: Codable & Sendable>(_ value: T) -> [UInt8] { encodedReply(value) }

    private func require(_ allowed: Bool, _ method: String, _ caller: Caller) throws {
        guard allowed else {
            events.refused(method, caller)
            throw Varlink.Failure.permissionDenied(
                method, uid: caller.uid,
                needs: method.hasPrefix(CampaignMessages.complaintsInterface) ? .complaintsHandler : .coordinator)
        }
    }

    private func isHandler(_ caller: Caller) -> Bool {
        Self.isHandler(caller, config: config)
    }

    static func isHandler(_ caller: Caller, config: DaemonConfig) -> Bool {
        caller.uid == 0 || !Set(caller.groups).isDisjoint(with: config.complaintsGroups)
    }

    /// Why the caller may not handle complaints about `department` (the inspectors' personal
    /// rules of recusal, and the department's own contacts), empty when they may.
    private func exclusions(_ caller: Caller, department: String) throws -> [Exclusion] {
        try Self.exclusions(caller, department: department, store: store, config: config)
    }

    /// The same, for any part of the daemon that acts on a complaint (a finding from it).
    static func exclusions(
        _ caller: Caller, department: String, store: Store, config: DaemonConfig
    ) throws -> [Exclusion] {
        guard let login = caller.login, !department.isEmpty else { return [] }
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        var found: [Exclusion] = []
        if let stored = try store.currentRoster() {
            found = HandlerConflicts.exclusions(
                login: login, department: department, roster: try stored.roster(), today: local.day(of: Date()),
                formerWindowDays: config.pools.map(\.policy.formerDepartmentWindowDays).max() ?? 730)
        }
        // The contacts the store keeps, should they differ from the roster file's.
        if !found.contains(.ownDepartment), try store.contactDepartments(of: login).contains(department) {
            found.append(.ownDepartment)
        }
        return found
    }

    /// Answers a complaint the caller is recused from exactly as one that does not exist, so that
    /// probing numbers tells a conflicted handler nothing.
    private func requireNoConflict(_ caller: Caller, complaint id: Int64) throws {
        guard let complaint = try store.complaint(id: id),
            try exclusions(caller, department: complaint.department).isEmpty
        else {
            throw Varlink.Failure("io.spotcheck.Complaints.NotFound", ["what": .string("complaint \(id)")])
        }
    }

    /// The same for an identity request about such a complaint: answered as a missing request.
    private func requireNoConflict(_ caller: Caller, request id: Int64) throws {
        guard let pending = try store.unsealRequest(id: id) else { return }
        guard let complaint = try store.complaint(id: pending.complaint),
            try exclusions(caller, department: complaint.department).isEmpty
        else {
            throw failure(.noRequest(id))
        }
    }

    private func actor(_ caller: Caller) -> String { "uid \(caller.uid) (\(caller.login ?? "unknown"))" }

    private var local: LocalTime { LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!) }

    func answer(_ method: String, _ request: [UInt8], _ caller: Caller) throws -> [UInt8] {
        switch method {
        case "io.spotcheck.Campaign.GetCampaign":
            guard let plan = config.campaign else { return reply(CampaignMessages.CampaignReply()) }
            return reply(CampaignMessages.CampaignReply(campaign: try summary(plan)))

        case "io.spotcheck.Campaign.Advance":
            try require(caller.isCoordinator, method, caller)
            let request = try parameters(CampaignMessages.AdvanceParameters.self, request)
            guard config.campaign != nil else { throw Varlink.Failure("io.spotcheck.Campaign.NotConfigured") }
            guard let target = CampaignStep(name: request.to) else {
                throw CampaignRefusal.notAStep(request.to).campaign
            }
            guard VisibleText.has(request.reason) else { throw CampaignRefusal.noReason.campaign }
            // Supervision before its planned date only when asked for (CampaignGuard.swift).
            if let plan = config.campaign,
                let early = CampaignGuard.plannedStartRefusal(
                    into: target, active: try engine.campaignTimeline(plan).timeline.active, plan: plan,
                    today: local.day(of: Date()), allowed: request.beforePlannedStart ?? false)
            {
                throw early
            }
            do {
                let stored = try engine.advanceCampaign(
                    to: target, reason: request.reason, actor: actor(caller), now: Date(), config: config)
                return reply(CampaignMessages.AdvanceReply(transition: message(stored)))
            } catch let error as CampaignError {
                if case .gateBlocked(let into, let blockers) = error {
                    let gate = config.campaign.flatMap { plan in
                        (try? engine.campaignFacts(plan)).map { Gate.into(into, facts: $0) }
                    }
                    throw CampaignRefusal.gateBlocked(into: into, blockers: blockers, gate: gate)
                }
                throw CampaignRefusal.of(error).campaign
            }

        case "io.spotcheck.Campaign.Release":
            try require(caller.isCoordinator, method, caller)
            let request = try parameters(CampaignMessages.ReleaseParameters.self, request)
            guard let plan = config.campaign else { throw Varlink.Failure("io.spotcheck.Campaign.NotConfigured") }
            guard VisibleText.has(request.reason) else { throw CampaignRefusal.noReason.campaign }
            return reply(
                try CampaignGuard.release(
                    plan: plan, reason: request.reason, actor: actor(caller), uid: caller.uid, now: Date(),
                    store: store,
                    events: events, local: local))

        case "io.spotcheck.Complaints.LookupReceipt":
            // Anyone holding the code: no role is needed, the code is the credential.
            let code = try parameters(CampaignMessages.LookupParameters.self, request).code
            guard let receipt = ReceiptCode(code) else {
                throw Varlink.Failure("io.spotcheck.Complaints.ReceiptNotFound")
            }
            // Each lookup costs a slow hash: a limited number per caller (ReceiptLookupLimit.swift).
            if let wait = lookupLimit.take(uid: caller.uid, now: Date()) {
                events.refused(method, caller)
                throw CampaignRefusal.tooManyLookups(uid: caller.uid, most: Int(lookupLimit.burst), wait: Int(wait))
                    .complaints
            }
            var found: Complaint?
            let candidates = try store.receiptCandidates(locator: receipt.locator)
            // At least one slow hash whether or not the first group matches anything, so that
            // the answer's time does not tell which first groups are in use.
            if candidates.isEmpty { _ = try ReceiptHash.derive(receipt, salt: Array(repeating: 0, count: 16)) }
            for candidate in candidates
            where try ReceiptHash.matches(receipt, salt: candidate.salt, stored: candidate.hash) {
                found = try store.complaint(id: candidate.id)
            }
            guard let found else { throw Varlink.Failure("io.spotcheck.Complaints.ReceiptNotFound") }
            let view = found.receiptView(clocks: config.complaintClocks, calendar: config.calendar.workCalendar)
            return reply(
                CampaignMessages.ReceiptReply(
                    state: view.state, stateLabel: view.stateLabel, received: view.received, channel: view.channel,
                    due: view.due, replies: view.replies.map { .init(date: $0.date, text: $0.text) },
                    history: view.history.map { .init(date: $0.date, state: $0.state, stateLabel: $0.stateLabel) }))

        case "io.spotcheck.Complaints.Register":
            try require(isHandler(caller), method, caller)
            return try register(try parameters(CampaignMessages.RegisterParameters.self, request), caller)

        case "io.spotcheck.Complaints.List":
            try require(isHandler(caller), method, caller)
            // Complaints about a department the handler has a conflict with are left out.
            let visible = try store.complaints().filter { try exclusions(caller, department: $0.department).isEmpty }
            return reply(CampaignMessages.ListReply(complaints: try visible.map { try message($0, for: caller) }))

        case "io.spotcheck.Complaints.Show":
            try require(isHandler(caller), method, caller)
            let id = try parameters(CampaignMessages.IDParameters.self, request).id
            try requireNoConflict(caller, complaint: id)
            guard let complaint = try store.complaint(id: id) else {
                throw Varlink.Failure("io.spotcheck.Complaints.NotFound", ["what": .string("complaint \(id)")])
            }
            return reply(CampaignMessages.ComplaintReply(complaint: try message(complaint, for: caller)))

        case "io.spotcheck.Complaints.Update":
            try require(isHandler(caller), method, caller)
            let update = try parameters(CampaignMessages.UpdateParameters.self, request)
            try requireNoConflict(caller, complaint: update.id)
            var target: ComplaintState?
            if let name = update.state {
                guard let state = ComplaintState(rawValue: name) else {
                    throw CampaignRefusal.notAState(name).complaints
                }
                target = state
            }
            let now = Date()
            let kind: ComplaintEntry.Kind = target != nil ? .state : update.note != nil ? .note : .reply
            let given = kind == .reply ? (update.reply ?? "") : (update.note ?? "")
            // A note of invisible marks alone beside a state change says nothing: none is kept.
            let text = VisibleText.has(given) ? given : ""
            guard target != nil || VisibleText.has(text) else {
                throw CampaignRefusal.nothingToRecord.complaints
            }
            do {
                let complaint = try store.addComplaintEntry(
                    complaint: update.id, kind: kind, text: text, state: target,
                    reply: kind == .reply ? nil : update.reply, actor: actor(caller), at: now, day: local.day(of: now))
                return reply(CampaignMessages.ComplaintReply(complaint: try message(complaint, for: caller)))
            } catch let error as ComplaintStoreError {
                throw failure(error)
            }

        case "io.spotcheck.Complaints.RequestIdentity":
            try require(isHandler(caller), method, caller)
            let request = try parameters(CampaignMessages.RequestIdentityParameters.self, request)
            try requireNoConflict(caller, complaint: request.id)
            guard VisibleText.count(request.reason) >= 10 else {
                throw CampaignRefusal.identityReason.complaints
            }
            do {
                let id = try store.requestUnseal(
                    complaint: request.id, uid: caller.uid, actor: actor(caller), reason: request.reason, at: Date())
                return reply(CampaignMessages.RequestReply(request: id))
            } catch let error as ComplaintStoreError {
                throw failure(error)
            }

        case "io.spotcheck.Complaints.RequestInspection":
            return try requestInspection(request, caller)  // HiddenSlotRequests.swift

        case "io.spotcheck.Complaints.ApproveIdentity":
            try require(isHandler(caller), method, caller)
            let id = try parameters(CampaignMessages.RequestParameters.self, request).request
            try requireNoConflict(caller, request: id)
            do {
                _ = try store.approveUnseal(request: id, uid: caller.uid, actor: actor(caller), at: Date())
                return reply(Varlink.Empty())
            } catch let error as ComplaintStoreError {
                throw failure(error)
            }

        case "io.spotcheck.Complaints.ReadIdentity":
            try require(isHandler(caller), method, caller)
            let id = try parameters(CampaignMessages.RequestParameters.self, request).request
            guard let seal else { throw Varlink.Failure("io.spotcheck.Complaints.NoIdentityKey") }
            try requireNoConflict(caller, request: id)
            do {
                let (request, sealed) = try store.takeSealedIdentity(
                    request: id, uid: caller.uid, actor: actor(caller), at: Date(), validFor: Self.approvalValidity)
                let identity = try seal.open(sealed, complaint: request.complaint)
                events.emit(
                    .complaintIdentityRead,
                    "\(actor(caller)) read the complainant's identity of complaint \(request.complaint), approved by \(request.approvedBy ?? "")",
                    [
                        "COMPLAINT": String(request.complaint), "REQUEST": String(id), "ACTOR": actor(caller),
                        "APPROVED_BY": request.approvedBy ?? "", "REASON": request.reason,
                    ])
                return reply(CampaignMessages.IdentityReply(identity: identity))
            } catch let error as ComplaintStoreError {
                throw failure(error)
            }

        default:
            throw Varlink.Failure.methodNotFound(method)
        }
    }

    private func failure(_ error: ComplaintStoreError) -> Varlink.Failure {
        switch error {
        case .notFound, .noRequest:
            Varlink.Failure("io.spotcheck.Complaints.NotFound", ["what": .string(error.description)])
        case .refused(let refusal): CampaignRefusal.of(refusal).complaints
        }
    }

    private func register(_ request: CampaignMessages.RegisterParameters, _ caller: Caller) throws -> [UInt8] {
        guard let channel = ComplaintChannel(rawValue: request.channel) else {
            throw CampaignRefusal.notAChannel(request.channel).complaints
        }
        let leadership = request.leadership ?? false
        if !leadership {
            for (name, value) in [
                ("department", request.department), ("allegation", request.allegation), ("category", request.category),
            ] where !VisibleText.has(value) {
                throw CampaignRefusal.required(name).complaints
            }
        }
        if !leadership { try requireRosterDepartment(request.department) }
        // The identity's rules hold whatever client sent it (the command line checks them early).
        if let given = request.identity, let problem = ComplaintIdentity.problem(given) {
            throw CampaignRefusal.identity(problem).complaints
        }
        // An identity of spaces or invisible marks alone says nothing: none was given.
        let identity = request.identity.flatMap { VisibleText.has($0) ? $0 : nil }
        if identity != nil, !leadership, seal == nil {
            throw Varlink.Failure("io.spotcheck.Complaints.NoIdentityKey")
        }
        let now = Date()
        var receivedAt = now
        if let text = request.received {
            let parts = text.split(separator: "T", maxSplits: 1)
            guard let day = parts.first.flatMap({ Day(iso: $0) }),
                let time = parts.count == 2 ? TimeOfDay(String(parts[1])) : TimeOfDay(hour: 0, minute: 0)
            else {
                throw CampaignRefusal.badTime(text).complaints
            }
            receivedAt = local.instant(day, time)
            guard receivedAt <= now else {
                throw CampaignRefusal.futureTime(text).complaints
            }
            // Clocks run from `received`: a date far back would make a complaint overdue at once.
            let earliest = local.day(of: now).adding(days: -Self.receivedWindowDays)
            guard day >= earliest else {
                throw CampaignRefusal.tooLongAgo(text, days: Self.receivedWindowDays).complaints
            }
            if let start = config.campaign?.phases[.mobilisation]?.start, day < start {
                throw CampaignRefusal.beforeCampaign(text, start: start.description).complaints
            }
        }
        let random = try KernelRandom.seed().bytes
        let code = ReceiptCode(random: Array(random.prefix(16)))
        let salt = Array(random.suffix(16))
        let hash = try ReceiptHash.derive(code, salt: salt)
        // A complaint about the commission's own leadership keeps only a content-free stub:
        // received, channel, forwarded to the level above.
        let stored = NewComplaint(
            channel: channel, received: local.day(of: receivedAt), receivedAt: receivedAt,
            department: leadership ? "" : request.department, allegation: leadership ? "" : request.allegation,
            category: leadership ? "" : request.category, stub: leadership, locator: code.locator, receiptSalt: salt,
            receiptHash: hash)
        let id = try store.registerComplaint(stored, actor: actor(caller)) { id in
            guard let identity, !leadership, let seal else { return nil }
            return try seal.seal(identity, complaint: id)
        }
        // A received time before today is journaled with how far back it lies.
        let backdated = local.day(of: now).ordinal - local.day(of: receivedAt).ordinal
        var fields = ["COMPLAINT": String(id), "CHANNEL": channel.rawValue, "ACTOR": actor(caller)]
        if backdated > 0 {
            fields["RECEIVED"] = local.day(of: receivedAt).description
            fields["BACKDATED_DAYS"] = String(backdated)
        }
        events.emit(
            .complaintRegistered,
            "complaint \(id) registered by \(actor(caller)) (\(channel.rawValue))"
                + (backdated > 0 ? ", received \(local.day(of: receivedAt)), \(backdated) day(s) before" : ""),
            fields)
        return reply(CampaignMessages.RegisterReply(id: id, receiptCode: code.description))
    }

    /// Refuses a department that is not an id of the current roster: recusal compares ids, so a
    /// complaint filed under a department's name or another spelling would escape it.
    private func requireRosterDepartment(_ department: String) throws {
        let departments = try store.currentRoster()?.roster().departments ?? []
        guard !departments.contains(where: { $0.id == department }) else { return }
        let wanted = department.trimmingCharacters(in: .whitespaces)
        let meant = departments.first {
            $0.name == wanted || $0.id.caseInsensitiveCompare(wanted) == .orderedSame
        }
        throw departments.isEmpty
            ? CampaignRefusal.noRoster(department).complaints
            : CampaignRefusal.notADepartment(department, meant: meant.map { ($0.name, $0.id) }).complaints
    }

    /// The complaint as `caller` may see it: the notes of a hidden inspection tell that the
    /// department is a target of a coming draw, so until that draw is revealed they are shown to
    /// the handler who asked alone (HiddenInspectionNotes.swift).
    private func message(_ complaint: Complaint, for caller: Caller) throws -> CampaignMessages.Complaint {
        guard let request = try store.hiddenSlotRequester(complaint: complaint.id) else { return message(complaint) }
        var shown = complaint
        shown.entries = HiddenInspectionNote.visible(
            complaint.entries, to: actor(caller), requester: request.actor, revealed: request.revealed)
        return message(shown)
    }

    private func message(_ complaint: Complaint) -> CampaignMessages.Complaint {
        let calendar = config.calendar.workCalendar
        let running = config.complaintClocks.running(
            state: complaint.state, received: complaint.received, concluded: complaint.concluded, calendar: calendar)
        let today = local.day(of: Date())
        return CampaignMessages.Complaint(
            id: complaint.id, channel: complaint.channel.rawValue, received: complaint.received.description,
            department: complaint.department, allegation: complaint.allegation, category: complaint.category,
            hasIdentity: complaint.hasIdentity, stub: complaint.stub, state: complaint.state.rawValue,
            stateLabel: complaint.state.label, clock: running?.what,
            due: running.map { $0.deadline.effectiveDue(in: calendar).description },
            clockStatus: running.map { $0.deadline.status(on: today, calendar: calendar).description },
            entries: complaint.entries.map {
                CampaignMessages.Entry(
                    kind: $0.kind.rawValue, date: $0.day.description, actor: $0.actor, text: $0.text,
                    state: $0.state?.rawValue)
            })
    }

    func summary(_ plan: CampaignPlan) throws -> CampaignMessages.Campaign {
        let (timeline, stored) = try engine.campaignTimeline(plan)
        let gate = try engine.nextGate(plan)
        return CampaignMessages.Campaign(
            title: plan.title, basisTitle: plan.basisTitle, basisSha256: plan.basisSha256,
            active: timeline.active.identifier, activeLabel: timeline.active.label,
            since: timeline.since.map { local.format(Date(timeIntervalSince1970: $0)) }, autoAdvance: plan.autoAdvance,
            phases: CampaignStep.phases.map { step in
                CampaignMessages.Phase(
                    name: step.identifier, label: step.label, plannedStart: plan.phases[step]?.start.description ?? "",
                    plannedEnd: plan.phases[step]?.end.description ?? "", active: step == timeline.active)
            },
            gate: gate.map { gate in
                CampaignMessages.Gate(
                    into: gate.into.identifier, intoLabel: gate.into.label, holds: gate.holds,
                    conditions: gate.conditions.map {
                        CampaignMessages.Condition(
                            code: $0.code, text: $0.text, state: $0.state.rawValue, detail: $0.detail,
                            detailCode: $0.detailCode, count: $0.count, ids: $0.ids, problem: $0.problem)
                    })
            },
            transitions: stored.map(message),
            release: try CampaignGuard.pendingRelease(plan, store: engine.store, now: Date(), local: local))
    }

    private func message(_ stored: StoredTransition) -> CampaignMessages.Transition {
        let transition = stored.transition
        return CampaignMessages.Transition(
            from: transition.from.identifier, to: transition.to.identifier,
            at: local.format(Date(timeIntervalSince1970: transition.at)), actor: transition.actor,
            reason: transition.reason, hash: stored.hash,
            facts: transition.facts.sorted { $0.key < $1.key }.map {
                CampaignMessages.Fact(name: $0.key, value: $0.value)
            })
    }
}
