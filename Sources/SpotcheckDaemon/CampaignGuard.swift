import Crypto
import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import SpotcheckText

/// Keeps the campaign to its plan (docs/campaign.md, "Keeping to the plan"):
///
/// - self-inspection forms are not due before the phase's planned end, and are no longer issued,
///   unlocked or returned once self-inspection is over;
/// - the step into supervision before its planned start is taken only when asked for explicitly,
///   and records how early it came among its frozen facts (public in the chain link);
/// - the configuration cannot replace or remove a running campaign (another `basis_sha256`, or
///   no `[campaign]`), its planned dates, or the `[ledger] prohibitions` its forms ask about
///   (frozen on the step into self-inspection) unless a coordinator released it first
///   (`Release`); a prohibitions file that no longer matches its frozen hash is journaled at
///   every start and reload.
enum CampaignGuard {
    /// The setting holding the key of the campaign the daemon last ran ("" for none).
    static let runningKey = "campaign_running"
    /// The setting holding a coordinator's release of the running campaign (JSON).
    static let releaseKey = "campaign_release"
    /// The running campaign's plan as last admitted (`planText`): its phases' planned dates and
    /// whether it advances by itself.
    static let planKey = "campaign_running_plan"
    /// The `[ledger] prohibitions` hash the running campaign last admitted after a release, as
    /// "KEY HASH" (before any, the one frozen into its step into self-inspection holds).
    static let ledgerProhibitionsKey = "campaign_ledger_prohibitions"
    /// How long a release lets a reload or start replace the campaign.
    static let releaseValidity: TimeInterval = 24 * 3600

    // MARK: The step into supervision

    /// The step into supervision taken before its planned start: the facts it records
    /// (`planned_start`, `days_early`), empty when it is on time or another step.
    static func earlyFacts(into target: CampaignStep, plan: CampaignPlan, today: Day) -> [String: String] {
        guard target == .supervision, let start = plan.phases[.supervision]?.start, today < start else { return [:] }
        return ["planned_start": start.description, "days_early": String(start.ordinal - today.ordinal)]
    }

    /// Refuses the step into supervision before its planned start unless `allowed` (the
    /// coordinator's `--before-planned-start`); nil when the step may go on (the timeline's own
    /// refusals come after, from the engine).
    static func plannedStartRefusal(
        into target: CampaignStep, active: CampaignStep, plan: CampaignPlan, today: Day, allowed: Bool
    ) -> Varlink.Failure? {
        guard !allowed, active == .selfInspection, let start = plan.phases[.supervision]?.start,
            !earlyFacts(into: target, plan: plan, today: today).isEmpty
        else { return nil }
        return advanceRefused(
            .beforePlannedStart,
            "supervision is planned to start on \(start) and today is \(today): stepping into it now shortens "
                + "self-inspection; if that is intended, repeat with --before-planned-start (the step then records "
                + "how early it came)",
            ["planned_start": .string(start.description), "today": .string(today.description)])
    }

    // MARK: Self-inspection forms

    static func selfInspectionRefused(
        _ code: CampaignGuardCode, _ message: String, _ values: [String: Varlink.Value] = [:]
    ) -> Varlink.Failure {
        var parameters = values
        parameters["message"] = .string(message)
        parameters["code"] = .string(code.rawValue)
        return Varlink.Failure("io.spotcheck.SelfInspection.Refused", parameters)
    }

    /// Refuses issuing, unlocking or returning a form once self-inspection is over: a problem a
    /// department reports after it is no longer self-reported, and its form would show as
    /// returned on time.
    static func requireSelfInspectionOpen(_ plan: CampaignPlan, engine: Engine) throws {
        let active = try engine.campaignTimeline(plan).timeline.active
        guard active > .selfInspection else { return }
        throw selfInspectionRefused(
            .selfInspectionOver,
            "self-inspection is over (the campaign is in \(active)): forms are no longer issued, unlocked or "
                + "returned; problems found now are recorded as findings of the inspection (spotcheck findings add)",
            ["phase": .string(active.identifier)])
    }

    /// Refuses forms due before the self-inspection phase's planned end: the departments are
    /// given the whole phase.
    static func requireDueWithinPlan(_ due: Day, plan: CampaignPlan) throws {
        guard let end = plan.phases[.selfInspection]?.end, due < end else { return }
        throw selfInspectionRefused(
            .dueBeforePhaseEnd,
            "due: \(due) is before the planned end of self-inspection (\(end)); the departments have until then "
                + "([campaign.phases] self_inspection); give \(end) or later, or leave --due out",
            ["due": .string(due.description), "earliest": .string(end.description)])
    }

    // MARK: Releasing the running campaign

    struct Release: Codable, Equatable {
        var campaign: String
        var phase: String
        var actor: String
        var reason: String
        var at: Double
    }

    /// Whether the campaign has begun (a step taken or a form issued) and is not closed: only
    /// then does replacing it need a release.
    static func isRunning(_ key: String, store: Store) throws -> (running: Bool, phase: CampaignStep) {
        let timeline = CampaignTimeline(transitions: try store.campaignTransitions(campaign: key).map(\.transition))
        let formsIssued = !(try store.selfInspectionForms(campaign: key).isEmpty)
        let begun = !timeline.transitions.isEmpty || formsIssued
        return (begun && timeline.active != .closed, timeline.active)
    }

    static func storedRelease(_ store: Store) throws -> Release? {
        guard let text = try store.setting(releaseKey), !text.isEmpty else { return nil }
        return try? JSONDecoder().decode(Release.self, from: Data(text.utf8))
    }

    /// The release of `plan`'s campaign a reload or start could still use (given for it, within
    /// its validity), for `campaign status`.
    static func pendingRelease(
        _ plan: CampaignPlan, store: Store, now: Date, local: LocalTime
    ) throws
        -> CampaignMessages.PendingRelease?
    {
        guard let release = try storedRelease(store), release.campaign == plan.key,
            now.timeIntervalSince1970 - release.at <= releaseValidity
        else { return nil }
        let at = Date(timeIntervalSince1970: release.at)
        return CampaignMessages.PendingRelease(
            actor: release.actor, reason: release.reason, at: local.format(at),
            validUntil: local.format(at.addingTimeInterval(releaseValidity)))
    }

    /// Records a coordinator's release of the running campaign; audited and journaled.
    static func release(
        plan: CampaignPlan, reason: String, actor: String, uid: UInt32, now: Date, store: Store, events: EventLog,
        local: LocalTime
    ) throws -> CampaignMessages.ReleaseReply {
        let (running, phase) = try isRunning(plan.key, store: store)
        guard running else {
            throw advanceRefused(
                .releaseNotNeeded,
                "the campaign has not begun (no step taken, no form issued) or is closed: the configuration may "
                    + "change it without a release")
        }
        let release = Release(
            campaign: plan.key, phase: phase.identifier, actor: actor, reason: reason, at: now.timeIntervalSince1970)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try store.setSetting(releaseKey, String(decoding: try encoder.encode(release), as: UTF8.self))
        let until = local.format(now.addingTimeInterval(releaseValidity))
        try store.audit(
            actor: actor, action: "campaign.released",
            detail: ["campaign": plan.key, "phase": phase.identifier, "reason": reason, "valid_until": until], at: now)
        events.emit(
            .campaignReleased,
            "campaign \(plan.title) (\(plan.key)) in \(phase) released by \(actor) for replacement until \(until): \(reason)",
            [
                "CAMPAIGN": plan.key, "TITLE": plan.title, "PHASE": phase.identifier, "ACTOR": actor,
                "REASON": reason, "VALID_UNTIL": until, "UID": String(uid),
            ])
        return CampaignMessages.ReleaseReply(campaign: plan.key, phase: phase.identifier, validUntil: until)
    }

    // MARK: Start and reload

    /// Admits `config` at start (`when` "start") or on reload: refuses it (throws, with the
    /// refusal journaled) when it names another campaign than the one running, or none, while the
    /// running one has begun and is not closed and no coordinator released it within the day.
    /// An admitted change is journaled (`campaign-replaced`) and uses the release up. Either way
    /// a prohibitions file that no longer matches its frozen hash is journaled.
    static func admit(
        _ config: DaemonConfig, when: String, store: Store, events: EventLog, now: Date
    ) throws(InputErrors) {
        do {
            let configured = config.campaign?.key ?? ""
            let previous = try store.setting(runningKey) ?? configured
            if previous != configured {
                try admitChange(
                    from: previous, to: configured, config: config, when: when, store: store, events: events, now: now)
            }
            let plan = config.campaign.map(planText) ?? ""
            if previous == configured, !configured.isEmpty, let admitted = try store.setting(planKey),
                !admitted.isEmpty, admitted != plan
            {
                try admitReplan(
                    configured, from: admitted, to: plan, config: config, when: when, store: store, events: events,
                    now: now)
            }
            if try store.setting(runningKey) != configured { try store.setSetting(runningKey, configured) }
            if try store.setting(planKey) != plan { try store.setSetting(planKey, plan) }
            if previous == configured, let plan = config.campaign {
                try admitLedgerProhibitions(plan, config: config, when: when, store: store, events: events, now: now)
            }
            if let plan = config.campaign { try checkProhibitions(plan, store: store, events: events) }
        } catch let refused as InputErrors {
            throw refused
        } catch {
            throw InputErrors([
                InputError(
                    file: config.file, line: 0, field: "campaign",
                    message: "the running campaign cannot be checked against the database: \(error)")
            ])
        }
    }

    /// The plan a configuration gives its campaign, as one line: each phase's planned dates in
    /// order, and whether it advances by itself.
    static func planText(_ plan: CampaignPlan) -> String {
        CampaignStep.allCases.compactMap { step in
            plan.phases[step].map { "\(step.identifier) \($0.start)..\($0.end)" }
        }.joined(separator: "; ") + "; auto_advance \(plan.autoAdvance)"
    }

    /// Where the running campaign `key` stands for a change by the configuration: whether it
    /// runs, its phase, whether a coordinator's release (of this campaign, within its validity)
    /// admits the change, and who answers for an admitted change and why.
    private struct Standing {
        var running: Bool
        var phase: CampaignStep
        var released: Bool
        var actor: String
        var reason: String
    }

    private static func standing(_ key: String, store: Store, now: Date) throws -> Standing {
        let (running, phase) = try isRunning(key, store: store)
        let release = try storedRelease(store)
        let released =
            release.map { $0.campaign == key && now.timeIntervalSince1970 - $0.at <= releaseValidity } ?? false
        let reason =
            released
            ? release?.reason ?? ""
            : running ? "" : phase == .closed ? "the campaign was closed" : "the campaign had not begun"
        return Standing(
            running: running, phase: phase, released: released,
            actor: released ? release?.actor ?? "" : "spotcheckd", reason: reason)
    }

    /// What `admit` would refuse `config` for, without writing or journaling anything: for
    /// `spotcheckd --check-config`, which reads the database beside a running daemon (or before a
    /// start) and must refuse what the start or the reload would.
    static func refusal(_ config: DaemonConfig, store: Store, now: Date) throws -> InputErrors? {
        let configured = config.campaign?.key ?? ""
        let previous = try store.setting(runningKey) ?? configured
        if previous != configured, !previous.isEmpty,
            let refused = changeRefusal(
                from: previous, to: configured, standing: try standing(previous, store: store, now: now),
                config: config)
        {
            return InputErrors([refused])
        }
        let plan = config.campaign.map(planText) ?? ""
        if previous == configured, !configured.isEmpty, let admitted = try store.setting(planKey), !admitted.isEmpty,
            admitted != plan,
            let refused = replanRefusal(
                configured, from: admitted, to: plan, standing: try standing(configured, store: store, now: now),
                config: config)
        {
            return InputErrors([refused])
        }
        if previous == configured, let plan = config.campaign,
            let held = try heldLedgerProhibitions(plan, store: store),
            let refused = ledgerProhibitionsRefusal(
                plan.key, held: held, current: ledgerProhibitionsHash(config),
                standing: try standing(plan.key, store: store, now: now), config: config)
        {
            return InputErrors([refused])
        }
        return nil
    }

    // MARK: The list the forms ask about

    /// The SHA-256 of `[ledger] prohibitions` as the forms ask about it: each rule's "CODE text"
    /// on a line of its own, in order.
    static func ledgerProhibitionsHash(_ config: DaemonConfig) -> String {
        let text = config.ledger.rules.prohibitions.rules.map { "\($0.code) \($0.text)\n" }.joined()
        return Hex.encode(SHA256.hash(data: Data(text.utf8)))
    }

    /// The `[ledger] prohibitions` hash the campaign holds the configuration to: the one admitted
    /// after a release, else the one frozen into its step into self-inspection; nil before that
    /// step (or for a step taken before the list was frozen).
    private static func heldLedgerProhibitions(_ plan: CampaignPlan, store: Store) throws -> String? {
        guard
            let frozen = try store.campaignTransitions(campaign: plan.key).first(where: {
                $0.transition.to == .selfInspection
            })?.transition.facts["ledger_prohibitions_sha256"]
        else { return nil }
        let prefix = plan.key + " "
        guard let admitted = try store.setting(ledgerProhibitionsKey), admitted.hasPrefix(prefix) else { return frozen }
        return String(admitted.dropFirst(prefix.count))
    }

    /// The refusal of another `[ledger] prohibitions` while the campaign runs unreleased; nil when
    /// admitted. The forms issued ask about the list as frozen and the ledger checks their
    /// findings' rule codes against the configured one, so the two must stay one list.
    private static func ledgerProhibitionsRefusal(
        _ key: String, held: String, current: String, standing: Standing, config: DaemonConfig
    ) -> InputError? {
        guard held != current, standing.running, !standing.released else { return nil }
        let message = Catalogue.StartChecks.ledgerProhibitionsRefused(
            key, standing.phase.description, held, current
        ).english
        return InputError(file: config.file, line: 0, field: "ledger.prohibitions", message: message)
    }

    private static func admitLedgerProhibitions(
        _ plan: CampaignPlan, config: DaemonConfig, when: String, store: Store, events: EventLog, now: Date
    ) throws {
        guard let held = try heldLedgerProhibitions(plan, store: store) else { return }
        let current = ledgerProhibitionsHash(config)
        guard held != current else { return }
        let standing = try standing(plan.key, store: store, now: now)
        let (phase, actor, reason) = (standing.phase, standing.actor, standing.reason)
        if let refused = ledgerProhibitionsRefusal(
            plan.key, held: held, current: current, standing: standing, config: config)
        {
            events.emit(
                .campaignChangeRefused,
                "change of the running campaign's [ledger] prohibitions refused on \(when): \(refused.message)",
                [
                    "RUNNING": plan.key, "CONFIGURED": plan.key, "PHASE": phase.identifier, "WHEN": when,
                    "CONFIG": config.file,
                ])
            throw InputErrors([refused])
        }
        try store.audit(
            actor: actor, action: "campaign.prohibitions-changed",
            detail: [
                "campaign": plan.key, "from": held, "to": current, "phase": phase.identifier, "reason": reason,
                "on": when,
            ],
            at: now)
        events.emit(
            .campaignReplaced,
            "campaign \(plan.key) (in \(phase)): [ledger] prohibitions changed on \(when), from \(held) to \(current): "
                + reason,
            ["RUNNING": plan.key, "CONFIGURED": plan.key, "PHASE": phase.identifier, "ACTOR": actor, "REASON": reason])
        try store.setSetting(ledgerProhibitionsKey, "\(plan.key) \(current)")
        if standing.released { try store.setSetting(releaseKey, "") }
    }

    /// The refusal of another campaign (or none) while `previous` runs unreleased; nil when admitted.
    private static func changeRefusal(
        from previous: String, to configured: String, standing: Standing, config: DaemonConfig
    ) -> InputError? {
        guard standing.running && !standing.released else { return nil }
        // Worded by the catalogue (StartChecks.swift), which tells it in Chinese too.
        let change =
            configured.isEmpty
            ? Catalogue.StartChecks.removesCampaign : Catalogue.StartChecks.namesAnotherCampaign(configured)
        let message = Catalogue.StartChecks.campaignChangeRefused(
            change.english, previous, standing.phase.description
        ).english
        return InputError(
            file: config.file, line: 0, field: configured.isEmpty ? "campaign" : "campaign.basis_sha256",
            message: message)
    }

    /// The refusal of another plan of the running campaign `key` unreleased; nil when admitted.
    private static func replanRefusal(
        _ key: String, from admitted: String, to plan: String, standing: Standing, config: DaemonConfig
    ) -> InputError? {
        guard standing.running && !standing.released else { return nil }
        let message = Catalogue.StartChecks.campaignReplanRefused(
            key, standing.phase.description, admitted, plan
        ).english
        return InputError(file: config.file, line: 0, field: "campaign.phases", message: message)
    }

    /// The same campaign with other planned dates (or auto_advance): while it runs, only after a
    /// coordinator's release, as a change of campaign is. Moving a planned start or end moves
    /// what the plan guards allow (the earliest due date of forms, the step into supervision).
    private static func admitReplan(
        _ key: String, from admitted: String, to plan: String, config: DaemonConfig, when: String, store: Store,
        events: EventLog, now: Date
    ) throws {
        let standing = try standing(key, store: store, now: now)
        let (phase, actor, reason) = (standing.phase, standing.actor, standing.reason)
        if let refused = replanRefusal(key, from: admitted, to: plan, standing: standing, config: config) {
            events.emit(
                .campaignChangeRefused, "change of the running campaign's plan refused on \(when): \(refused.message)",
                ["RUNNING": key, "CONFIGURED": key, "PHASE": phase.identifier, "WHEN": when, "CONFIG": config.file])
            throw InputErrors([refused])
        }
        try store.audit(
            actor: actor, action: "campaign.replanned",
            detail: [
                "campaign": key, "from": admitted, "to": plan, "phase": phase.identifier, "reason": reason, "on": when,
            ],
            at: now)
        events.emit(
            .campaignReplaced,
            "campaign \(key) (in \(phase)) re-planned on \(when), from \(admitted) to \(plan): \(reason)",
            ["RUNNING": key, "CONFIGURED": key, "PHASE": phase.identifier, "ACTOR": actor, "REASON": reason])
        if standing.released { try store.setSetting(releaseKey, "") }
    }

    private static func admitChange(
        from previous: String, to configured: String, config: DaemonConfig, when: String, store: Store,
        events: EventLog, now: Date
    ) throws {
        guard !previous.isEmpty else { return }  // a campaign configured where there was none
        let standing = try standing(previous, store: store, now: now)
        let (phase, actor, reason) = (standing.phase, standing.actor, standing.reason)
        let shown = configured.isEmpty ? "none" : configured
        if let refused = changeRefusal(from: previous, to: configured, standing: standing, config: config) {
            events.emit(
                .campaignChangeRefused, "change of the running campaign refused on \(when): \(refused.message)",
                [
                    "RUNNING": previous, "CONFIGURED": shown, "PHASE": phase.identifier, "WHEN": when,
                    "CONFIG": config.file,
                ])
            throw InputErrors([refused])
        }
        try store.audit(
            actor: actor, action: "campaign.replaced",
            detail: [
                "running": previous, "configured": shown, "phase": phase.identifier, "reason": reason, "on": when,
            ],
            at: now)
        events.emit(
            .campaignReplaced, "campaign \(previous) (in \(phase)) replaced by \(shown) on \(when): \(reason)",
            ["RUNNING": previous, "CONFIGURED": shown, "PHASE": phase.identifier, "ACTOR": actor, "REASON": reason])
        if standing.released { try store.setSetting(releaseKey, "") }
    }

    /// Journals a prohibitions file that no longer matches the hash the step into
    /// self-inspection froze (or can no longer be read).
    static func checkProhibitions(_ plan: CampaignPlan, store: Store, events: EventLog) throws {
        guard let path = plan.prohibitionsPath,
            let frozen = try store.campaignTransitions(campaign: plan.key).first(where: {
                $0.transition.to == .selfInspection
            })?.transition.facts["prohibitions_sha256"]
        else { return }
        let current = (try? DaemonConfig.readFile(path, limit: 16 << 20)).map { Hex.encode(SHA256.hash(data: $0)) }
        guard current != frozen else { return }
        events.emit(
            .campaignProhibitionsChanged,
            "the prohibitions file \(path) \(current.map { "hashes to \($0)" } ?? "cannot be read"), not to \(frozen) "
                + "as frozen into the step into self-inspection; put it back as it was",
            ["FILE": path, "FROZEN": frozen, "CURRENT": current ?? "unreadable", "CAMPAIGN": plan.key])
    }
}
