public import Foundation
import SpotcheckCampaign
public import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
public import SpotcheckStore
import Synchronization

/// Why forms cannot be issued.
public enum SelfInspectionIssueError: Error, Equatable, CustomStringConvertible {
    case notConfigured
    case noRoster
    case noProhibitions
    case noDueDate
    case dueInThePast(Day, today: Day)

    public var description: String {
        switch self {
        case .notConfigured: "no [campaign] is configured; self-inspection forms belong to a campaign"
        case .noRoster: "no roster is loaded, so there are no departments to issue forms to (spotcheck import DIR)"
        case .noProhibitions:
            "the list of prohibitions is empty; configure [ledger] prohibitions (\"CODE text\", …) so the form can ask about them"
        case .noDueDate:
            "no due date: give one (--due YYYY-MM-DD) or plan the self-inspection phase ([campaign.phases] self_inspection)"
        case .dueInThePast(let due, let today): "the due date \(due) is before today (\(today)); give a later one"
        }
    }
}

extension Engine {
    /// Issues a self-inspection form to every department of the current roster without one in
    /// the configured campaign, asking about the `[ledger]` prohibitions, due on `due` or on the
    /// last planned day of the self-inspection phase. Returns the forms issued now.
    public func issueSelfInspectionForms(
        due: Day?, actor: String, now: Date, today: Day, config: DaemonConfig
    ) throws -> [StoredSelfInspectionForm] {
        try serial.withLock { _ in
            try store.checkIdentity()
            return try unserializedIssueForms(due: due, actor: actor, now: now, today: today, config: config)
        }
    }

    func unserializedIssueForms(
        due: Day?, actor: String, now: Date, today: Day, config: DaemonConfig
    ) throws -> [StoredSelfInspectionForm] {
        guard let plan = config.campaign else { throw SelfInspectionIssueError.notConfigured }
        guard let roster = try store.currentRoster()?.roster() else { throw SelfInspectionIssueError.noRoster }
        let rules = config.ledger.rules.prohibitions.rules
        guard !rules.isEmpty else { throw SelfInspectionIssueError.noProhibitions }
        guard let due = due ?? plan.phases[.selfInspection]?.end else { throw SelfInspectionIssueError.noDueDate }
        guard due >= today else { throw SelfInspectionIssueError.dueInThePast(due, today: today) }
        return try store.issueSelfInspectionForms(
            campaign: plan.key, departments: roster.departments.map { ($0.id, $0.name) }, prohibitions: rules,
            due: due, actor: actor, at: now)
    }

    /// How many working days a department has for its form when self-inspection begins after
    /// (or without) its planned end.
    public static let lateStartWorkingDays = 10

    /// The forms' due date on the step into self-inspection on `today`: the phase's last planned
    /// day, or, when that is past (a late start) or not planned, the `lateStartWorkingDays`-th
    /// working day after `today`, with the planned end it replaces (nil when none was planned).
    static func formsDue(
        plan: CampaignPlan, today: Day, calendar: WorkCalendar
    ) -> (due: Day, replaces: Day?, moved: Bool) {
        let planned = plan.phases[.selfInspection]?.end
        if let planned, planned >= today { return (planned, nil, false) }
        let due = calendar.addingWorkingDays(lateStartWorkingDays, to: today) ?? today.adding(days: 14)
        return (due, planned, true)
    }

    /// On the step into self-inspection: forms for every department that has none yet, due on
    /// `formsDue`. A form that cannot be issued refuses the step (it is never silently skipped:
    /// the gate into supervision would then have no forms to check). Returns the frozen facts
    /// that say when the forms are due (`forms_due`, and on a late start `forms_planned_end`,
    /// `forms_working_days`), none when every department had a form already.
    func issueFormsOnEnteringSelfInspection(
        now: Date, today: Day, config: DaemonConfig
    ) throws -> [String: String] {
        guard let plan = config.campaign else { throw SelfInspectionIssueError.notConfigured }
        let (due, planned, moved) = Self.formsDue(plan: plan, today: today, calendar: config.calendar.workCalendar)
        let issued = try unserializedIssueForms(due: due, actor: "spotcheckd", now: now, today: today, config: config)
        guard !issued.isEmpty else { return [:] }
        var facts = ["forms_due": due.description]
        if moved {
            facts["forms_planned_end"] = planned?.description ?? "none"
            facts["forms_working_days"] = String(Self.lateStartWorkingDays)
        }
        return facts
    }

    /// Locks the forms past due now, as the daily pass does, for a caller outside the pass.
    public func lockLateSelfInspectionForms(now: Date, today: Day, config: DaemonConfig) throws {
        try serial.withLock { _ in
            try store.checkIdentity()
            try selfInspectionTick(now: now, today: today, config: config)
        }
    }

    /// On every tick: locks each form still issued whose due date is past, and journals each
    /// locked form once (also one locked before a crash and not yet journaled).
    func selfInspectionTick(now: Date, today: Day, config: DaemonConfig) throws {
        guard let plan = config.campaign else { return }
        try store.lockLateSelfInspectionForms(campaign: plan.key, today: today, at: now)
        for form in try store.selfInspectionForms(campaign: plan.key)
        where form.state == .locked && form.journaledAt == nil {
            try journalLateForm(form, today: today, now: now, config: config)
        }
    }

    func journalLateForm(_ form: StoredSelfInspectionForm, today: Day, now: Date, config: DaemonConfig) throws {
        events.emit(
            .selfInspectionFormLate,
            "the self-inspection form of \(form.department) was due on \(form.due) and is locked as late",
            [
                "DEPARTMENT": form.department, "DUE": form.due.description,
                "DAY": (form.lockedAt.map { local(config).day(of: $0) } ?? today).description,
                "CAMPAIGN": form.campaign,
            ])
        try store.setSelfInspectionLateJournaled(formID: form.id, at: now)
    }

    private func local(_ config: DaemonConfig) -> LocalTime {
        LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
    }

    /// The forms' facts for the campaign's gates (departments without a form, forms
    /// outstanding, self-reported problems not in the ledger), from the current roster and the
    /// store; nil without a campaign. A `LedgerFactSource` can read the gates' facts from it.
    public func selfInspectionFacts(config: DaemonConfig) throws -> SelfInspectionFacts? {
        guard let plan = config.campaign else { return nil }
        let departments = Set(try store.currentRoster()?.roster().departments.map(\.id) ?? [])
        return try store.selfInspectionFacts(campaign: plan.key, departments: departments)
    }
}
