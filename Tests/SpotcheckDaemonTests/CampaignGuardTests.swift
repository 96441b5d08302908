import Foundation
import SpotcheckCampaign
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckRoster
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// The campaign keeps to its plan (docs/campaign.md, "Keeping to the plan"): a coordinator cannot
/// shrink self-inspection to one evening, a department cannot self-report once supervision has
/// begun, and the configuration cannot silently swap or drop a running campaign.
@Suite struct CampaignGuardTests {
    typealias Service = SelfInspectionServiceTests

    /// Today in the harness's zone: the control socket's calls use the real clock.
    static var today: Day { LocalTime(zone: TimeZone(identifier: "Asia/Shanghai")!).day(of: Date()) }

    /// A harness whose campaign's phases are planned relative to today: mobilisation ends the day
    /// before `selfStart`, self-inspection runs `selfStart...selfEnd`, supervision starts the day
    /// after; `[ledger] prohibitions` lists P01 to P03.
    static func harness(selfStart: Int, selfEnd: Int) throws -> Harness {
        let t = today
        let campaign = campaignSection(
            supervision: "\(t.adding(days: selfEnd + 1))..\(t.adding(days: selfEnd + 40))",
            mobilisation: "\(t.adding(days: selfStart - 20))..\(t.adding(days: selfStart - 1))",
            selfInspection: "\(t.adding(days: selfStart))..\(t.adding(days: selfEnd))",
            summingUp: "\(t.adding(days: selfEnd + 41))..\(t.adding(days: selfEnd + 60))", ledger: Service.ledger)
        let harness = try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "08:00"
                report_time = "08:30"
                \(campaign)
                """)
        try "1. 违规吃喝\n2. 违规收送礼品\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        return harness
    }

    /// A harness (self-inspection planned from today for ten days) whose campaign the daemon
    /// admitted at start, as spotcheckd records the campaign it runs, stepped into self-inspection
    /// through the control socket.
    static func inSelfInspection() throws -> (harness: Harness, events: EventLog, control: DaemonControl) {
        let harness = try harness(selfStart: 0, selfEnd: 10)
        let events = EventLog(sinks: [harness.sink])
        try CampaignGuard.admit(harness.config, when: "start", store: harness.store, events: events, now: Date())
        let control = SecrecyTests.control(harness)
        #expect(advance(control, "self-inspection")["error"] == nil)
        return (harness, events, control)
    }

    static func advance(
        _ control: DaemonControl, _ step: String, early: Bool? = nil, as caller: Caller = CampaignControlTests.root
    ) -> [String: Any] {
        CampaignControlTests.call(
            control, "io.spotcheck.Campaign.Advance",
            CampaignMessages.AdvanceParameters(to: step, reason: "阶段工作已完成", beforePlannedStart: early), as: caller)
    }

    static func code(_ reply: [String: Any]) -> String? {
        Service.parameters(reply)["code"] as? String
    }

    // MARK: C1 — self-inspection cannot be shrunk

    @Test func formsCannotBeDueBeforeTheSelfInspectionPhasesPlannedEnd() throws {
        let harness = try Self.harness(selfStart: 0, selfEnd: 10)
        let control = SecrecyTests.control(harness)
        let end = Self.today.adding(days: 10)
        for due in [Self.today, end.adding(days: -1)] {
            let refused = Service.call(
                control, "IssueForms", SelfInspectionMessages.IssueParameters(due: due.description),
                as: SecrecyTests.coordinator)
            #expect(refused["error"] as? String == "io.spotcheck.SelfInspection.Refused", "\(refused)")
            #expect(Self.code(refused) == "due-before-phase-end", "\(refused)")
            #expect(Service.parameters(refused)["earliest"] as? String == end.description)
            #expect((Service.parameters(refused)["message"] as? String)?.contains(end.description) == true)
        }
        #expect(try harness.store.selfInspectionForms(campaign: harness.config.campaign!.key).isEmpty)
        // On the planned end, or later, or without --due (the planned end): issued.
        let issued = Service.call(
            control, "IssueForms", SelfInspectionMessages.IssueParameters(due: end.description),
            as: SecrecyTests.coordinator)
        #expect((Service.parameters(issued)["issued"] as? [Any])?.isEmpty == false, "\(issued)")
        let forms = try harness.store.selfInspectionForms(campaign: harness.config.campaign!.key)
        #expect(!forms.isEmpty && forms.allSatisfy { $0.due == end })
    }

    @Test func supervisionBeforeItsPlannedStartMustBeAskedForAndTheStepSaysHowEarlyItCame() throws {
        // Self-inspection planned from today for a week; supervision from the day after.
        let harness = try Self.harness(selfStart: 0, selfEnd: 6)
        let control = SecrecyTests.control(harness)
        let intoSelf = Self.advance(control, "self-inspection")
        #expect(intoSelf["error"] == nil, "\(intoSelf)")
        // The forms the step issued are past due (locked as on the day after their due date), so
        // that only the planned start holds supervision back.
        let plan = harness.config.campaign!
        try harness.store.lockLateSelfInspectionForms(campaign: plan.key, today: Self.today.adding(days: 7), at: Date())

        let refused = Self.advance(control, "supervision")
        #expect(refused["error"] as? String == "io.spotcheck.Campaign.AdvanceRefused", "\(refused)")
        #expect(Self.code(refused) == "before-planned-start")
        let start = Self.today.adding(days: 7)
        #expect(Service.parameters(refused)["planned_start"] as? String == start.description)
        #expect(Service.parameters(refused)["today"] as? String == Self.today.description)
        #expect(try harness.engine.campaignTimeline(plan).timeline.active == .selfInspection)
        // Asked for: taken, and the step records the planned start and how early it came, in the
        // journal and the transition (whose facts the chain link publishes).
        let early = Self.advance(control, "supervision", early: true)
        #expect(early["error"] == nil, "\(early)")
        let stored = try #require(try harness.engine.campaignTimeline(plan).stored.last)
        #expect(stored.transition.to == .supervision)
        #expect(stored.transition.facts["planned_start"] == start.description)
        #expect(stored.transition.facts["days_early"] == "7")
        let journaled = try #require(harness.events(.campaignAdvanced).last)
        #expect(journaled.fields["PLANNED_START"] == start.description && journaled.fields["DAYS_EARLY"] == "7")
    }

    @Test func aStepIntoSupervisionOnOrAfterItsPlannedStartNeedsNothingMoreAndRecordsNothingEarly() throws {
        // Self-inspection planned to have ended yesterday: supervision is due today.
        let harness = try Self.harness(selfStart: -7, selfEnd: -1)
        let control = SecrecyTests.control(harness)
        #expect(Self.advance(control, "self-inspection")["error"] == nil)
        // Stepped in late, the forms are due ten working days on; locked as past due then, they
        // hold supervision back no longer.
        let plan = harness.config.campaign!
        try harness.store.lockLateSelfInspectionForms(
            campaign: plan.key, today: Self.today.adding(days: 30), at: Date())
        let onTime = Self.advance(control, "supervision")
        #expect(onTime["error"] == nil, "\(onTime)")
        let stored = try #require(try harness.engine.campaignTimeline(harness.config.campaign!).stored.last)
        #expect(stored.transition.to == .supervision && stored.transition.facts["days_early"] == nil)
    }

    /// A campaign that steps into self-inspection after that phase's planned end: its forms are
    /// due ten working days from the step (not on the past planned end, which issued none), the
    /// step says so in its facts and the journal, and supervision waits for them.
    @Test func aLateStepIntoSelfInspectionIssuesFormsDueTenWorkingDaysOnAndSupervisionWaitsForThem() throws {
        let harness = try Self.harness(selfStart: -7, selfEnd: -1)
        let control = SecrecyTests.control(harness)
        let plan = harness.config.campaign!
        let intoSelf = Self.advance(control, "self-inspection")
        #expect(intoSelf["error"] == nil, "\(intoSelf)")
        let due = try #require(harness.config.calendar.workCalendar.addingWorkingDays(10, to: Self.today))
        let forms = try harness.store.selfInspectionForms(campaign: plan.key)
        let departments = try #require(try harness.store.currentRoster()).roster().departments
        #expect(forms.count == departments.count && forms.allSatisfy { $0.due == due }, "\(forms.map(\.due))")
        let stored = try #require(try harness.engine.campaignTimeline(plan).stored.last)
        #expect(stored.transition.facts["forms_due"] == due.description)
        #expect(stored.transition.facts["forms_planned_end"] == Self.today.adding(days: -1).description)
        #expect(stored.transition.facts["forms_working_days"] == "10")
        let journaled = try #require(harness.events(.campaignAdvanced).last)
        #expect(journaled.fields["FORMS_DUE"] == due.description)
        #expect(journaled.message.contains("its forms are due on \(due)"), "\(journaled.message)")
        // The gate into supervision checks the forms: none is returned or past due yet.
        let refused = Self.advance(control, "supervision")
        #expect(refused["error"] as? String == "io.spotcheck.Campaign.GateBlocked", "\(refused)")
        #expect("\(refused)".contains("forms-returned"), "\(refused)")
        #expect(try harness.engine.campaignTimeline(plan).timeline.active == .selfInspection)
    }

    /// Once the campaign has left mobilisation the forms' conditions are checked even without any
    /// form: a department without one holds supervision back.
    @Test func theGateIntoSupervisionChecksTheFormsEvenWhenThereAreNone() throws {
        let harness = try Self.harness(selfStart: 0, selfEnd: 10)
        let plan = harness.config.campaign!
        _ = try harness.store.recordTransition(
            CampaignTransition(
                from: .mobilisation, to: .selfInspection, at: Date().timeIntervalSince1970 - 60,
                actor: "uid 0 (root)", reason: "动员会已开", facts: [:]),
            campaign: plan.key)
        #expect(try harness.store.selfInspectionForms(campaign: plan.key).isEmpty)
        let gate = try #require(try harness.engine.nextGate(plan))
        #expect(gate.into == .supervision)
        let issued = try #require(gate.conditions.first { $0.code == "forms-issued" })
        #expect(issued.state == .blocks, "\(gate.conditions)")
        #expect(!gate.holds && gate.unchecked.allSatisfy { !$0.code.hasPrefix("forms-") })
    }

    // MARK: C2 — no self-reporting after self-inspection

    @Test func onceSupervisionHasBegunFormsAreNeitherIssuedUnlockedNorReturned() throws {
        // Self-inspection planned until yesterday; its forms (due then) are locked as late today.
        let harness = try Self.harness(selfStart: -7, selfEnd: -1)
        let t = Self.today
        let plan = harness.config.campaign!
        _ = try harness.engine.advanceCampaign(
            to: .selfInspection, reason: "动员会已开", actor: "uid 0 (root)",
            now: harness.at("\(t.adding(days: -7))", "09:00"),
            config: harness.config)
        #expect(try harness.store.selfInspectionForms(campaign: plan.key).allSatisfy { $0.due == t.adding(days: -1) })
        try harness.tick("\(t)", "06:00")
        #expect(try harness.store.selfInspectionForm(campaign: plan.key, department: "d-shuiwu")?.state == .locked)
        _ = try harness.engine.advanceCampaign(
            to: .supervision, reason: "自查自纠结束", actor: "uid 0 (root)", now: harness.at("\(t)", "06:30"),
            config: harness.config)
        let control = SecrecyTests.control(harness)

        let unlock = FormUnlockTests.unlock(control, "d-shuiwu", reason: "联系人病假，经批准延期")
        #expect(unlock["error"] as? String == "io.spotcheck.SelfInspection.Refused", "\(unlock)")
        #expect(Self.code(unlock) == "self-inspection-over")
        #expect(Service.parameters(unlock)["phase"] as? String == "supervision")
        #expect(try harness.store.selfInspectionForm(campaign: plan.key, department: "d-shuiwu")?.state == .locked)
        #expect(harness.events(.selfInspectionFormUnlocked).isEmpty)

        let issue = Service.call(
            control, "IssueForms", SelfInspectionMessages.IssueParameters(), as: SecrecyTests.coordinator)
        #expect(Self.code(issue) == "self-inspection-over", "\(issue)")

        // Even a form somehow still open (unlocked in the store directly) is not returned now.
        _ = try harness.store.unlockSelfInspectionForm(
            campaign: plan.key, department: "d-shuiwu", due: t.adding(days: 7), reason: "直接解锁", actor: "test",
            at: Date())
        let text = Service.filled(
            "d-shuiwu", ["P01": ("是", "窗口长期无人值守", "建立考勤制度"), "P02": ("否", "", ""), "P03": ("否", "", "")])
        let submitted = Service.call(
            control, "SubmitForm",
            SelfInspectionMessages.SubmitParameters(department: "d-shuiwu", file: "自查.csv", text: text),
            as: Service.lili)
        #expect(Self.code(submitted) == "self-inspection-over", "\(submitted)")
        #expect(try harness.store.findings().isEmpty, "no problem recorded as self-reported during supervision")
    }

    // MARK: C3 — the configuration cannot swap or drop a running campaign

    /// The harness's configuration with another basis document, or without `[campaign]`.
    static func changed(_ config: DaemonConfig, basis: String?) -> DaemonConfig {
        var changed = config
        if let basis { changed.campaign?.basisSha256 = basis } else { changed.campaign = nil }
        return changed
    }

    @Test func aReloadNamingAnotherBasisOrNoCampaignIsRefusedWhileTheCampaignRunsUntilACoordinatorReleasesIt()
        throws
    {
        let harness = try Self.harness(selfStart: 0, selfEnd: 10)
        let events = EventLog(sinks: [harness.sink])
        let old = harness.config.campaign!.key
        let other = String(repeating: "ab", count: 32)
        // At start the daemon records the campaign it runs; a change before the campaign begins is free.
        try CampaignGuard.admit(harness.config, when: "start", store: harness.store, events: events, now: Date())
        let control = SecrecyTests.control(harness)
        let notYet = CampaignControlTests.call(
            control, "io.spotcheck.Campaign.Release", CampaignMessages.ReleaseParameters(reason: "更换依据文件"),
            as: CampaignControlTests.root)
        #expect(Self.code(notYet) == "release-not-needed", "\(notYet)")
        #expect(Self.advance(control, "self-inspection")["error"] == nil)

        let changes: [(basis: String?, field: String)] = [(other, "campaign.basis_sha256"), (nil, "campaign")]
        for (basis, field) in changes {
            #expect(throws: InputErrors.self) {
                try CampaignGuard.admit(
                    Self.changed(harness.config, basis: basis), when: "reload", store: harness.store, events: events,
                    now: Date())
            }
            let refused = try #require(harness.events(.campaignChangeRefused).last)
            #expect(refused.fields["RUNNING"] == old && refused.fields["CONFIGURED"] == (basis ?? "none"))
            #expect(refused.fields["PHASE"] == "self-inspection" && refused.fields["WHEN"] == "reload")
            do {
                try CampaignGuard.admit(
                    Self.changed(harness.config, basis: basis), when: "reload", store: harness.store, events: events,
                    now: Date())
            } catch {
                #expect(error.errors.first?.field == field)
                #expect(error.description.contains("spotcheck campaign release"), "\(error)")
            }
        }
        #expect(harness.events(.campaignReplaced).isEmpty)

        // Only a coordinator releases it, with a reason; audited and journaled.
        let byInspector = CampaignControlTests.call(
            control, "io.spotcheck.Campaign.Release", CampaignMessages.ReleaseParameters(reason: "更换"),
            as: Service.lili)
        #expect(byInspector["error"] as? String == "io.spotcheck.PermissionDenied", "\(byInspector)")
        let released = CampaignControlTests.call(
            control, "io.spotcheck.Campaign.Release", CampaignMessages.ReleaseParameters(reason: "依据文件重新印发"),
            as: CampaignControlTests.root)
        #expect(Service.parameters(released)["phase"] as? String == "self-inspection", "\(released)")
        #expect(harness.events(.campaignReleased).last?.fields["REASON"] == "依据文件重新印发")
        #expect(try harness.store.auditTrail().contains { $0.action == "campaign.released" })

        // The next reload naming another basis is admitted, journaled with who released it and why.
        try CampaignGuard.admit(
            Self.changed(harness.config, basis: other), when: "reload", store: harness.store, events: events,
            now: Date())
        let replaced = try #require(harness.events(.campaignReplaced).last)
        #expect(replaced.fields["RUNNING"] == old && replaced.fields["CONFIGURED"] == other)
        #expect(replaced.fields["ACTOR"]?.contains("root") == true && replaced.fields["REASON"] == "依据文件重新印发")
        #expect(try harness.store.auditTrail().contains { $0.action == "campaign.replaced" })
        // The release is used up: going back to the old campaign (the new one has not begun) is
        // free, but leaving it again is refused.
        try CampaignGuard.admit(harness.config, when: "reload", store: harness.store, events: events, now: Date())
        #expect(throws: InputErrors.self) {
            try CampaignGuard.admit(
                Self.changed(harness.config, basis: nil), when: "reload", store: harness.store, events: events,
                now: Date())
        }
    }

    @Test func aReloadMovingTheRunningCampaignsPlannedDatesIsRefusedUntilACoordinatorReleasesIt() throws {
        let (harness, events, control) = try Self.inSelfInspection()
        // Supervision planned for today instead of in eleven days: the early step would no longer
        // need --before-planned-start, and forms could be due at once.
        var moved = harness.config
        let t = Self.today
        moved.campaign?.phases[.selfInspection] = PlannedDates(start: t, end: t)
        moved.campaign?.phases[.supervision] = PlannedDates(start: t.adding(days: 1), end: t.adding(days: 50))
        do {
            try CampaignGuard.admit(moved, when: "reload", store: harness.store, events: events, now: Date())
            Issue.record("a reload moving the running campaign's planned dates was admitted")
        } catch {
            #expect(error.errors.first?.field == "campaign.phases", "\(error)")
            #expect(error.description.contains("spotcheck campaign release"), "\(error)")
        }
        #expect(harness.events(.campaignChangeRefused).last?.fields["PHASE"] == "self-inspection")
        // The running plan is unchanged: the early step is still refused without the flag.
        #expect(Self.code(Self.advance(control, "supervision")) != nil)
        // Another title only is no change of plan.
        var retitled = harness.config
        retitled.campaign?.title = "另一个标题"
        try CampaignGuard.admit(retitled, when: "reload", store: harness.store, events: events, now: Date())
        // After a coordinator's release the new plan is admitted once, audited and journaled.
        let released = CampaignControlTests.call(
            control, "io.spotcheck.Campaign.Release", CampaignMessages.ReleaseParameters(reason: "上级调整工作安排"),
            as: CampaignControlTests.root)
        #expect(Service.parameters(released)["phase"] as? String == "self-inspection", "\(released)")
        try CampaignGuard.admit(moved, when: "reload", store: harness.store, events: events, now: Date())
        #expect(try harness.store.auditTrail().contains { $0.action == "campaign.replanned" })
        #expect(harness.events(.campaignReplaced).last?.fields["REASON"] == "上级调整工作安排")
        #expect(throws: InputErrors.self) {
            try CampaignGuard.admit(harness.config, when: "reload", store: harness.store, events: events, now: Date())
        }
    }

    /// The `[ledger] prohibitions` the forms ask about are frozen on the step into
    /// self-inspection: another list is refused at reload, start and --check-config while the
    /// campaign runs, until a coordinator releases it.
    @Test func aReloadChangingTheListTheFormsAskAboutIsRefusedUntilACoordinatorReleasesIt() throws {
        let (harness, events, control) = try Self.inSelfInspection()
        let plan = harness.config.campaign!
        let step = try #require(
            try harness.engine.campaignTimeline(plan).stored.first { $0.transition.to == .selfInspection })
        let frozen = CampaignGuard.ledgerProhibitionsHash(harness.config)
        #expect(step.transition.facts["ledger_prohibitions_sha256"] == frozen)
        var edited = harness.config
        edited.ledger.rules.prohibitions = try Prohibitions(
            harness.config.ledger.rules.prohibitions.rules.dropLast()
                + [Prohibition(code: "P04", text: "不得层层加码")])
        let current = CampaignGuard.ledgerProhibitionsHash(edited)
        #expect(current != frozen)
        for when in ["reload", "start"] {
            do {
                try CampaignGuard.admit(edited, when: when, store: harness.store, events: events, now: Date())
                Issue.record("a \(when) changing [ledger] prohibitions of the running campaign was admitted")
            } catch {
                #expect(error.errors.first?.field == "ledger.prohibitions", "\(error)")
                #expect(error.description.contains(frozen) && error.description.contains(current), "\(error)")
                #expect(error.description.contains("spotcheck campaign release"), "\(error)")
            }
        }
        #expect(harness.events(.campaignChangeRefused).last?.fields["PHASE"] == "self-inspection")
        // --check-config refuses what the reload would.
        let checked = try #require(try CampaignGuard.refusal(edited, store: harness.store, now: Date()))
        #expect(checked.errors.first?.field == "ledger.prohibitions")
        #expect(try CampaignGuard.refusal(harness.config, store: harness.store, now: Date()) == nil)
        try CampaignGuard.admit(harness.config, when: "reload", store: harness.store, events: events, now: Date())
        // After a coordinator's release the new list is admitted once, audited, and then held.
        _ = CampaignControlTests.call(
            control, "io.spotcheck.Campaign.Release", CampaignMessages.ReleaseParameters(reason: "上级修订负面清单"),
            as: CampaignControlTests.root)
        try CampaignGuard.admit(edited, when: "reload", store: harness.store, events: events, now: Date())
        #expect(try harness.store.auditTrail().contains { $0.action == "campaign.prohibitions-changed" })
        try CampaignGuard.admit(edited, when: "reload", store: harness.store, events: events, now: Date())
        #expect(throws: InputErrors.self) {
            try CampaignGuard.admit(harness.config, when: "reload", store: harness.store, events: events, now: Date())
        }
    }

    @Test func aReleaseOlderThanADayNoLongerAdmitsAChange() throws {
        let (harness, events, control) = try Self.inSelfInspection()
        #expect(
            Service.parameters(
                CampaignControlTests.call(
                    control, "io.spotcheck.Campaign.Release", CampaignMessages.ReleaseParameters(reason: "结束"),
                    as: CampaignControlTests.root))["valid_until"] != nil)
        #expect(throws: InputErrors.self) {
            try CampaignGuard.admit(
                Self.changed(harness.config, basis: nil), when: "start", store: harness.store, events: events,
                now: Date().addingTimeInterval(25 * 3600))
        }
    }

    @Test func aProhibitionsFileChangedAfterItsHashWasFrozenIsJournaledWithBothHashes() throws {
        let (harness, events, _) = try Self.inSelfInspection()
        let frozen = try #require(
            try harness.engine.campaignTimeline(harness.config.campaign!).stored.last?.transition.facts[
                "prohibitions_sha256"])
        try CampaignGuard.admit(harness.config, when: "reload", store: harness.store, events: events, now: Date())
        #expect(harness.events(.campaignProhibitionsChanged).isEmpty, "unchanged: nothing said")

        try "1. 违规吃喝\n2. 违规收送礼品\n3. 新加的一条\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        try CampaignGuard.admit(harness.config, when: "reload", store: harness.store, events: events, now: Date())
        let changed = try #require(harness.events(.campaignProhibitionsChanged).last)
        #expect(changed.fields["FROZEN"] == frozen)
        #expect(changed.fields["CURRENT"] != frozen && changed.fields["CURRENT"]?.count == 64)
    }

    @Test func theNewJournalEntriesHaveCatalogEntriesInBothLanguages() throws {
        for file in ["deploy/spotcheck.catalog", "deploy/spotcheck.zh_CN.catalog"] {
            let text = try String(
                contentsOf: Harness.packageRoot.appendingPathComponent(file), encoding: .utf8)
            for event in [
                Event.campaignChangeRefused, .campaignReleased, .campaignReplaced, .campaignProhibitionsChanged,
            ] {
                #expect(text.contains("-- \(event.messageID)\n"), "\(file) lacks \(event)")
            }
        }
    }
}
