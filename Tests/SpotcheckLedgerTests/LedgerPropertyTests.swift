import SpotcheckCore
import SpotcheckSimulation
import Testing

@testable import SpotcheckLedger

/// Random sequences of commands by random people on random days: whatever is accepted or
/// refused, the finding never reaches a state its guards forbid.
@Suite struct LedgerPropertyTests {
    static let actors = [
        Fixture.coordinator, Fixture.secondCoordinator, Fixture.contact, Fixture.otherContact, Fixture.inspector,
        Fixture.verifier,
    ]

    static func randomCommand(today: Day, finding: Finding, using random: inout SplitMix64) -> LedgerCommand {
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        func someDay() -> Day { today.adding(days: Int(random.next() % 25) - 3) }
        func flip() -> Bool { random.next() % 2 == 0 }
        let measure = Int(random.next() % UInt64(finding.measures.count + 1)) + 1
        let evidence: [Evidence] = pick([[], [.sha256(Fixture.hash)], [.reference("文号")], [.sha256("bad")]])
        // Ending a finding (transfer, dismissal) is rare, so that sequences reach closure too.
        if random.next() % 12 == 0 {
            return pick([.proposeDismissal(reason: "理由"), .approveDismissal, .transfer(reference: "案件 1")])
        }
        let eligibility = pick([
            Fixture.eligible, Fixture.eligible, VerifierEligibility(home: "dept-a", drawnForFinding: true),
            VerifierEligibility(home: "dept-c", drawnForFinding: false),
        ])
        return pick([
            .classify(category: pick([nil, .detached, .hollow]), ruleCodes: pick([nil, ["P01"], ["P99"]])),
            .confirm,
            .addMeasure(text: pick(["措施", " "]), owner: pick([nil, "科长"]), due: pick([nil, someDay()])),
            .addMeasure(text: "措施", owner: "科长", due: someDay()),
            // Far beyond any limit of the office, as a department would like it.
            .addMeasure(text: "措施", owner: "科长", due: today.adding(days: 60 + Int(random.next() % 400))),
            .startRectification,
            .completeMeasure(number: measure, evidence: evidence),
            .addEvidence(number: measure, evidence: evidence),
            .submitForVerification,
            .verify(accepted: random.next() % 3 != 0, note: pick(["", "未整改到位"]), eligibility: eligibility),
            .requestExtension(to: someDay(), reason: pick(["", "理由"])),
            .decideExtension(grant: flip()),
            .reopen(pick([.failedRecheck(note: "反弹"), .newComplaint(id: "C-1")])),
        ])
    }

    /// Half of the time the person whose job the command is, else anyone.
    static func actor(for command: LedgerCommand, using random: inout SplitMix64) -> Actor {
        if random.next() % 2 == 0 { return actors[Int(random.next() % UInt64(actors.count))] }
        switch command.action {
        case .addMeasure, .startRectification, .completeMeasure, .addEvidence, .submitForVerification,
            .requestExtension:
            return Fixture.contact
        case .verify: return Fixture.verifier
        case .classify, .confirm: return random.next() % 2 == 0 ? Fixture.inspector : Fixture.coordinator
        default: return random.next() % 2 == 0 ? Fixture.coordinator : Fixture.secondCoordinator
        }
    }

    static func checkInvariants(_ finding: Finding, today: Day, reopenEvents: Int, cap: Int) {
        let state = finding.state
        if [.confirmed, .rectifying, .awaitingVerification, .closed, .reopened].contains(state) {
            #expect(finding.category != nil, "\(state) without a category")
        }
        if state == .rectifying {
            #expect(finding.deadline != nil)
            #expect(finding.measures.contains { $0.isPlanned })
        }
        if state == .awaitingVerification {
            #expect(!finding.measures.isEmpty)
            #expect(finding.measures.allSatisfy { $0.state == .done && !$0.evidence.isEmpty })
        }
        if state == .closed {
            let last = finding.verifications.last
            #expect(last?.accepted == true)
            #expect(last?.verifierHome != finding.department)
        }
        if state == .dismissed {
            #expect(finding.dismissedBy != nil)
            #expect(finding.dismissedBy != finding.dismissalProposal?.by)
        }
        if state == .transferred { #expect(finding.transferReference != nil) }
        #expect(finding.grantedExtensions <= cap)
        for request in finding.extensions {
            #expect(request.requestedAt.day < request.previousDue)
            if let decision = request.decision { #expect(decision.by != request.requestedBy) }
        }
        #expect(finding.extensions.dropLast().allSatisfy { $0.decision != nil })
        #expect(finding.recurrences == reopenEvents)
        #expect(Set(finding.measures.map(\.number)).count == finding.measures.count)
        let status = finding.status(on: today, calendar: Fixture.calendar)
        // The clock runs while rectifying, and while a submission made after the due date waits.
        let late = finding.submitted.map { submitted in
            finding.deadline.map { submitted.day > $0.effectiveDue(in: Fixture.calendar) } ?? false
        }
        #expect(
            (status != nil) == (state == .rectifying || (state == .awaitingVerification && late == true)))
        if state == .awaitingVerification { #expect(finding.submitted != nil) }
        // No deadline beyond the office's limit but by a granted extension.
        if let deadline = finding.deadline, !finding.extensions.contains(where: { $0.decision?.granted == true }) {
            let latest = Fixture.rules.rectificationLimits.latestDue(
                for: finding.severity, startingOn: deadline.start, calendar: Fixture.rules.calendar)
            #expect(latest.map { deadline.due <= $0 } == true, "\(deadline) beyond the limit")
        }
        if let deadline = finding.deadline, state == .rectifying {
            let due = deadline.effectiveDue(in: Fixture.calendar)
            if today > due {
                guard case .overdue = status else {
                    Issue.record("past \(due) on \(today) but \(String(describing: status))")
                    return
                }
            } else {
                #expect(status != nil)
                if case .overdue = status { Issue.record("overdue before \(due) on \(today)") }
            }
        }
    }

    @Test(arguments: 0..<200)
    func guardsHoldOverRandomSequences(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &* 2_654_435_761 &+ 17)
        var today = Fixture.day("2026-09-14")
        var finding = try Fixture.recorded(category: seed % 3 == 0 ? nil : .sluggish, on: today.description)
        var reopenEvents = 0
        var journal: Set<EscalationMark> = []
        var finalState: FindingState?
        for _ in 0..<120 {
            today = today.adding(days: Int(random.next() % 4))
            let command = Self.randomCommand(today: today, finding: finding, using: &random)
            let actor = Self.actor(for: command, using: &random)
            let moment = Fixture.at(today.description)
            do {
                let transition = try finding.applying(command, by: actor, at: moment, rules: Fixture.rules)
                #expect(finalState == nil, "\(command.action) changed a \(finding.state) finding")
                #expect(transition.event.before == finding.state)
                #expect(transition.event.after == transition.finding.state)
                #expect(transition.event.actor == actor.login)
                #expect(transition.event.finding == finding.id)
                #expect(finding.isPermitted(command.action, for: actor))
                if command.action == .reopen { reopenEvents += 1 }
                finding = transition.finding
                if finding.state.isFinal { finalState = finding.state }
            } catch {
                if !finding.isPermitted(command.action, for: actor) {
                    #expect(error == .notPermitted(role: actor.roleName, action: command.action))
                }
            }
            Self.checkInvariants(finding, today: today, reopenEvents: reopenEvents, cap: Fixture.rules.extensionCap)
            for _ in 0..<2 {
                for mark in finding.escalationsDue(on: today, calendar: Fixture.calendar, journaled: journal) {
                    #expect(journal.insert(mark).inserted, "\(mark) journaled twice")
                    #expect(finding.state == .rectifying)
                    let due = Fixture.calendar.workingDay(onOrAfter: mark.due)!
                    let offset = DeadlinePolicy.standard.offset(of: mark.level)
                    #expect(Fixture.calendar.workingDays(after: due, through: today) >= offset)
                }
            }
        }
    }

    @Test func randomSequencesReachEveryState() throws {
        var reached: Set<FindingState> = [.identified]
        var escalated: Set<EscalationLevel> = []
        for seed in 0..<300 {
            var random = SplitMix64(seed: UInt64(seed) &+ 1)
            var today = Fixture.day("2026-09-14")
            var finding = try Fixture.recorded(on: today.description)
            for _ in 0..<200 {
                today = today.adding(days: Int(random.next() % 3))
                let command = Self.randomCommand(today: today, finding: finding, using: &random)
                let actor = Self.actor(for: command, using: &random)
                if let next = try? finding.applying(
                    command, by: actor, at: Fixture.at(today.description), rules: Fixture.rules)
                {
                    finding = next.finding
                    reached.insert(finding.state)
                }
                for mark in finding.escalationsDue(on: today, calendar: Fixture.calendar, journaled: []) {
                    escalated.insert(mark.level)
                }
            }
        }
        #expect(reached == Set(FindingState.allCases))
        #expect(escalated == Set(EscalationLevel.allCases))
    }
}
