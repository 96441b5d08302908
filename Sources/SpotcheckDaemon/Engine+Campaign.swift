import Crypto
public import Foundation
public import SpotcheckCampaign
import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
public import SpotcheckStore
import Synchronization

/// Where the gates' facts beyond the problem ledger's own come from (self-inspection forms,
/// publications): their sources set `source`; until then those conditions are reported as not
/// checked. The ledger's own facts come from the store (StoreLedgerFacts.swift).
public final class LedgerFactsHook: Sendable {
    private let value = Mutex<(any LedgerFactSource)?>(nil)

    public init() {}

    public var source: (any LedgerFactSource)? {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }

    public func facts() throws -> LedgerFacts {
        try source?.ledgerFacts() ?? LedgerFacts()
    }
}

/// The daemon's one ledger-facts hook.
public let ledgerFactsHook = LedgerFactsHook()

extension Engine {
    /// The steps taken in the configured campaign.
    public func campaignTimeline(
        _ plan: CampaignPlan
    ) throws -> (timeline: CampaignTimeline, stored: [StoredTransition]) {
        let stored = try store.campaignTransitions(campaign: plan.key)
        return (CampaignTimeline(transitions: stored.map(\.transition)), stored)
    }

    /// Whether `pool` may draw on `day`, its draw instant `instant`: the phase active at that
    /// instant decides. Without a campaign every pool draws as before. A day not drawn because
    /// of the phase is journaled once its draw time has come, and is not a missed day.
    func campaignPermits(
        _ pool: DaemonConfig.Pool, day: Day, at instant: Date, now: Date, config: DaemonConfig
    ) throws -> Bool {
        guard let plan = config.campaign else { return true }
        let phase = try campaignTimeline(plan).timeline.active(at: instant.timeIntervalSince1970)
        if CampaignPlan.permitsDraw(poolPhases: pool.phases, active: phase) { return true }
        // Journaled once per pool and day, restarts included: the store remembers the last day.
        let key = "campaign_not_drawn:\(pool.name)"
        if now >= instant, try store.setting(key) != day.description {
            try store.setSetting(key, day.description)
            events.emit(
                .drawOutsidePhase,
                "pool \(pool.name) is not drawn on \(day): the campaign is in \(phase), in which the pool does not draw",
                ["POOL": pool.name, "DATE": day.description, "PHASE": phase.identifier])
        }
        return false
    }

    /// The active phase's name when `pool` may not draw now, nil when it may.
    func campaignRefusal(_ pool: DaemonConfig.Pool, now: Date, config: DaemonConfig) throws -> String? {
        guard let plan = config.campaign else { return nil }
        let phase = try campaignTimeline(plan).timeline.active(at: now.timeIntervalSince1970)
        return CampaignPlan.permitsDraw(poolPhases: pool.phases, active: phase) ? nil : phase.description
    }

    /// What a gate needs to know, from the store, the prohibitions file and the ledger hook.
    public func campaignFacts(_ plan: CampaignPlan) throws -> CampaignFacts {
        var prohibitions: String?
        var problem: String?
        if let path = plan.prohibitionsPath {
            do {
                let bytes = try DaemonConfig.readFile(path, limit: 16 << 20)
                prohibitions = Hex.encode(SHA256.hash(data: bytes))
            } catch {
                problem = "the prohibitions list \(path) cannot be read: \(error)"
            }
        }
        let draws = try store.draws().filter { $0.state != .missed }
        var ledger = try StoreLedgerFacts(
            store: store, other: ledgerFactsHook.source, since: plan.phases[.mobilisation]?.start,
            // The forms' conditions are checked once the campaign has forms or has left
            // mobilisation (the step into self-inspection issues them, asking about `[ledger]
            // prohibitions`, which a `[campaign]` requires: CampaignSection.requireProhibitions,
            // or is refused); in mobilisation without forms, unchecked.
            forms: try store.selfInspectionForms(campaign: plan.key).isEmpty
                && campaignTimeline(plan).timeline.active == .mobilisation
                ? nil
                : store.selfInspectionFacts(
                    campaign: plan.key,
                    departments: Set(try store.currentRoster()?.roster().departments.map(\.id) ?? []))
        ).ledgerFacts()
        // Publication.swift: the closing gate's final publication.
        if ledger.finalPublicationWritten == nil { ledger.finalPublicationWritten = try finalPublicationWritten(plan) }
        return CampaignFacts(
            rosterSha256: try store.currentRoster()?.snapshotHash, prohibitionsSha256: prohibitions,
            prohibitionsProblem: problem, drawsUnrevealed: draws.filter { $0.revealedAt == nil }.map(\.id),
            drawsUnpublished: draws.filter { $0.revealedAt != nil && $0.publishedAt == nil }.map(\.id),
            ledger: ledger)
    }

    /// The gate into the step after the active one, nil once closed.
    public func nextGate(_ plan: CampaignPlan) throws -> Gate? {
        guard let next = try campaignTimeline(plan).timeline.active.next else { return nil }
        return Gate.into(next, facts: try campaignFacts(plan))
    }

    /// Takes the next step, `to`, once its gate holds; stores, then journals it.
    public func advanceCampaign(
        to target: CampaignStep, reason: String, actor: String, now: Date, config: DaemonConfig
    ) throws -> StoredTransition {
        try serial.withLock { _ in
            try store.checkIdentity()
            return try unserializedAdvance(to: target, reason: reason, actor: actor, now: now, config: config)
        }
    }

    private func unserializedAdvance(
        to target: CampaignStep, reason: String, actor: String, now: Date, config: DaemonConfig
    ) throws -> StoredTransition {
        guard let plan = config.campaign else { throw CampaignError.notConfigured }
        let timeline = try campaignTimeline(plan).timeline
        if let refusal = timeline.refusal(to: target, at: now.timeIntervalSince1970) { throw refusal }
        // The step into self-inspection issues the forms itself, and only when nothing but the
        // missing forms blocks it: a refused step issues nothing.
        var formsFacts: [String: String] = [:]
        if target == .selfInspection, Self.blockedOnlyByForms(Gate.into(target, facts: try campaignFacts(plan))) {
            let today = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!).day(of: now)
            formsFacts = try issueFormsOnEnteringSelfInspection(now: now, today: today, config: config)
        }
        let facts = try campaignFacts(plan)
        let gate = Gate.into(target, facts: facts)
        guard gate.holds else {
            throw CampaignError.gateBlocked(
                into: target, blockers: gate.blockers.map { "\($0.text): \($0.detail ?? "does not hold")" })
        }
        // A step into supervision before its planned start says how early it came (CampaignGuard.swift).
        let day = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!).day(of: now)
        let frozen = gate.frozenFacts(facts).merging(CampaignGuard.earlyFacts(into: target, plan: plan, today: day)) {
            kept, _ in kept
        }.merging(formsFacts) { kept, _ in kept }.merging(
            // What the forms ask about, checked at every start, reload and --check-config after.
            target == .selfInspection
                ? ["ledger_prohibitions_sha256": CampaignGuard.ledgerProhibitionsHash(config)] : [:]
        ) { kept, _ in kept }
        let stored = try store.recordTransition(
            CampaignTransition(
                from: timeline.active, to: target, at: now.timeIntervalSince1970, actor: actor, reason: reason,
                facts: frozen),
            campaign: plan.key)
        try fault("campaign.stored")
        try linkChainEvents(config: config)
        try journal(stored, plan: plan, now: now)
        return stored
    }

    /// Whether the gate into self-inspection waits for nothing but its forms (or for nothing),
    /// which the step itself issues.
    static func blockedOnlyByForms(_ gate: Gate) -> Bool {
        gate.into == .selfInspection && gate.blockers.allSatisfy { $0.code == "forms-issued" }
    }

    private func journal(_ stored: StoredTransition, plan: CampaignPlan, now: Date) throws {
        let transition = stored.transition
        var fields = [
            "CAMPAIGN": plan.title, "FROM": transition.from.identifier, "TO": transition.to.identifier,
            "ACTOR": transition.actor, "REASON": transition.reason, "HASH": stored.hash,
        ]
        for (name, value) in transition.facts { fields[name.uppercased()] = value }
        var message =
            "campaign \(plan.title): \(transition.from) → \(transition.to), by \(transition.actor): \(transition.reason)"
        if let due = transition.facts["forms_due"], let planned = transition.facts["forms_planned_end"] {
            message +=
                "; self-inspection's planned end (\(planned)) is past or not planned, so its forms are due on \(due), "
                + "\(transition.facts["forms_working_days"] ?? "") working days from the step"
        }
        events.emit(.campaignAdvanced, message, fields)
        try store.markTransitionJournaled(id: stored.id, at: now)
    }

    /// On every tick: journal steps stored but not journaled (a crash in between), then take a
    /// planned step when `auto_advance` is on, its date has come and its gate holds.
    func campaignTick(now: Date, today: Day, config: DaemonConfig) throws {
        try escalateComplaints(today: today, now: now, config: config)
        try selfInspectionTick(now: now, today: today, config: config)
        guard let plan = config.campaign else { return }
        let (timeline, stored) = try campaignTimeline(plan)
        for transition in stored where transition.journaledAt == nil {
            try journal(transition, plan: plan, now: now)
        }
        guard let target = plan.plannedStep(from: timeline.active, today: today) else { return }
        let gate = Gate.into(target, facts: try campaignFacts(plan))
        guard gate.holds || Self.blockedOnlyByForms(gate) else { return }
        _ = try unserializedAdvance(
            to: target, reason: "planned date (auto_advance)", actor: "spotcheckd", now: now, config: config)
    }

    /// Journals each overdue complaint clock once per escalation level (催办, 通报, 移交问责),
    /// as the ledger does for findings; the journal entry names no complainant and no content.
    func escalateComplaints(today: Day, now: Date, config: DaemonConfig) throws {
        let complaints = try store.complaints()
        guard !complaints.isEmpty else { return }
        let journaled = try store.complaintEscalations()
        for complaint in complaints {
            for mark in complaint.escalationsDue(
                on: today, clocks: config.complaintClocks, calendar: config.calendar.workCalendar, journaled: journaled)
            where try store.recordComplaintEscalation(mark, at: now) {
                events.emit(
                    .complaintEscalated,
                    "complaint \(complaint.id): the \(mark.clock) due \(mark.due) is overdue; \(mark.level.label) (\(mark.level.rawValue))",
                    [
                        "COMPLAINT": String(complaint.id), "CLOCK": mark.clock, "LEVEL": mark.level.rawValue,
                        "DUE": mark.due.description,
                    ])
            }
        }
    }

    /// The visit mode fixed for a draw when it was committed; open for draws made before modes
    /// existed.
    func visitMode(of draw: StoredDraw, pool: DaemonConfig.Pool?) throws -> VisitMode {
        try store.visitMode(drawID: draw.id) ?? .open
    }
}
