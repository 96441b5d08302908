import SpotcheckCore
import Testing

@testable import SpotcheckLedger

@Suite struct RecordingTests {
    @Test func recordsAFindingWithAReadableIDFromTheCounter() throws {
        let transition = try Finding.record(
            counter: 42, department: "dept-a", source: .complaint(id: "C-2026-0009"), category: nil, ruleCodes: [],
            severity: .minor, facts: "电话无人接听", by: Actor(login: "hu", role: .hotline),
            at: Fixture.at("2026-12-01"), rules: Fixture.rules)
        #expect(transition.finding.id.description == "F-2026-0042")
        #expect(transition.finding.state == .identified)
        #expect(transition.finding.finder == "hu")
        #expect(transition.event.before == nil)
        #expect(transition.event.after == .identified)
        #expect(transition.event.action == .record)
        #expect(transition.event.actor == "hu")
        #expect(transition.event.at == Fixture.at("2026-12-01"))
    }

    @Test func findingIDsReadBackAndRefuseMalformedText() throws {
        #expect(try FindingID("F-2026-0001") == FindingID(year: 2026, number: 1))
        #expect(try FindingID("F-2026-12345").description == "F-2026-12345")
        for text in ["F-2026-001", "F-26-0001", "G-2026-0001", "F-2026-0000", "F-2026-00001", "F-2026-abcd", ""] {
            #expect(throws: LedgerError.invalidFindingID(text)) { try FindingID(text) }
        }
        #expect(throws: LedgerError.invalidFindingID("F-2026-0")) { try FindingID(year: 2026, number: 0) }
    }

    @Test func refusesRuleCodesOutsideTheConfiguredList() {
        #expect(throws: LedgerError.unknownRuleCode("P99")) {
            try Finding.record(
                counter: 1, department: "dept-a", source: .selfInspection, category: .hollow,
                ruleCodes: ["P01", "P99"],
                severity: .minor, facts: "台账造假", by: Fixture.coordinator, at: Fixture.at("2026-12-01"),
                rules: Fixture.rules)
        }
        #expect(throws: LedgerError.duplicateRuleCode("P01")) {
            try Finding.record(
                counter: 1, department: "dept-a", source: .selfInspection, category: .hollow,
                ruleCodes: ["P01", "P01"],
                severity: .minor, facts: "台账造假", by: Fixture.coordinator, at: Fixture.at("2026-12-01"),
                rules: Fixture.rules)
        }
    }

    @Test func refusesAFindingWithoutFacts() {
        #expect(throws: LedgerError.missingField("facts")) {
            try Finding.record(
                counter: 1, department: "dept-a", source: .selfInspection, category: nil, ruleCodes: [],
                severity: .minor, facts: "  ", by: Fixture.coordinator, at: Fixture.at("2026-12-01"),
                rules: Fixture.rules)
        }
    }

    @Test func eachRoleRecordsOnlyFromItsOwnSource() {
        func attempt(_ actor: Actor, _ source: FindingSource, department: String = "dept-a") -> Bool {
            (try? Finding.record(
                counter: 1, department: department, source: source, category: nil, ruleCodes: [], severity: .minor,
                facts: "x", by: actor, at: Fixture.at("2026-12-01"), rules: Fixture.rules)) != nil
        }
        #expect(attempt(Fixture.contact, .selfInspection))
        #expect(!attempt(Fixture.contact, .selfInspection, department: "dept-b"))
        #expect(!attempt(Fixture.contact, .complaint(id: "C1")))
        #expect(attempt(Fixture.inspector, .inspection(draw: 1, target: "dept-a")))
        #expect(!attempt(Fixture.inspector, .selfInspection))
        #expect(attempt(Actor(login: "hu", role: .hotline), .complaint(id: "C1")))
        #expect(!attempt(Fixture.verifier, .selfInspection))
        #expect(attempt(Fixture.coordinator, .complaint(id: "C1")))
    }

    @Test func prohibitionsListRefusesDuplicateAndBlankCodes() {
        #expect(throws: LedgerError.duplicateRuleCode("P1")) {
            try Prohibitions([Prohibition(code: "P1", text: "a"), Prohibition(code: "P1", text: "b")])
        }
        #expect(throws: LedgerError.invalidRuleCode("")) { try Prohibitions([Prohibition(code: "", text: "a")]) }
        #expect(throws: LedgerError.invalidRuleCode("P 1")) { try Prohibitions([Prohibition(code: "P 1", text: "a")]) }
    }

    @Test func categoriesCarryTheCampaignsChineseNames() {
        #expect(FindingCategory.allCases.map(\.label) == ["脱离实际脱离基层脱离群众", "慵懒散", "推拖绕", "横冷硬", "假大空"])
        #expect(FindingCategory.allCases.map(\.rawValue) == ["detached", "sluggish", "evasive", "arrogant", "hollow"])
    }
}

@Suite struct StateMachineTests {
    @Test func confirmingNeedsACategory() throws {
        let finding = try Fixture.recorded(category: nil)
        #expect(finding.refusal(.confirm, by: Fixture.coordinator) == .categoryMissing(finding.id))
        let classified = try finding.after(.classify(category: .evasive, ruleCodes: nil), by: Fixture.inspector)
        let transition = try classified.applying(
            .confirm, by: Fixture.inspector, at: Fixture.at("2026-12-01"), rules: Fixture.rules)
        #expect(transition.finding.state == .confirmed)
        #expect(transition.event.before == .identified)
        #expect(transition.event.after == .confirmed)
    }

    @Test func inspectorsConfirmOnlyFindingsFromInspections() throws {
        let own = try Finding.record(
            counter: 1, department: "dept-a", source: .selfInspection, category: .hollow, ruleCodes: [],
            severity: .minor, facts: "x", by: Fixture.contact, at: Fixture.at("2026-12-01"), rules: Fixture.rules
        ).finding
        #expect(own.refusal(.confirm, by: Fixture.inspector) == .notPermitted(role: "inspector", action: .confirm))
        #expect(
            own.refusal(.confirm, by: Fixture.contact) == .notPermitted(role: "contact of dept-a", action: .confirm))
        #expect(own.refusal(.confirm, by: Fixture.coordinator) == nil)
    }

    @Test func rectificationNeedsAMeasureWithOwnerAndDueDate() throws {
        let finding = try Fixture.confirmed()
        #expect(finding.refusal(.startRectification, by: Fixture.contact) == .noPlannedMeasure(finding.id))
        let unowned = try finding.after(
            .addMeasure(text: "整改", owner: nil, due: Fixture.day("2026-12-10")), by: Fixture.contact)
        #expect(unowned.refusal(.startRectification, by: Fixture.contact) == .noPlannedMeasure(finding.id))
        let undated = try finding.after(.addMeasure(text: "整改", owner: "科长", due: nil), by: Fixture.contact)
        #expect(undated.refusal(.startRectification, by: Fixture.contact) == .noPlannedMeasure(finding.id))
        let planned = try undated.after(
            .addMeasure(text: "建制度", owner: "科长", due: Fixture.day("2026-12-10")), by: Fixture.contact)
        let started = try planned.after(.startRectification, by: Fixture.contact)
        #expect(started.state == .rectifying)
        #expect(started.deadline == Deadline(start: Fixture.day("2026-12-01"), due: Fixture.day("2026-12-10")))
    }

    @Test func theDeadlineIsTheLatestMeasuresDueDate() throws {
        let finding = try Fixture.confirmed()
            .after(.addMeasure(text: "a", owner: "科长", due: Fixture.day("2026-12-10")), by: Fixture.contact)
            .after(.addMeasure(text: "b", owner: "科长", due: Fixture.day("2026-12-20")), by: Fixture.contact)
            .after(.startRectification, by: Fixture.contact)
        #expect(finding.deadline?.due == Fixture.day("2026-12-20"))
    }

    @Test func refusesDueDatesInThePastAndMeasuresBeyondTheDeadline() throws {
        let confirmed = try Fixture.confirmed(on: "2026-12-05")
        #expect(
            confirmed.refusal(
                .addMeasure(text: "a", owner: "科长", due: Fixture.day("2026-12-04")), by: Fixture.contact,
                on: "2026-12-05") == .dueDateInPast(due: Fixture.day("2026-12-04"), today: Fixture.day("2026-12-05")))
        let rectifying = try Fixture.rectifying(due: "2026-12-15")
        #expect(
            rectifying.refusal(.addMeasure(text: "b", owner: "科长", due: Fixture.day("2026-12-16")), by: Fixture.contact)
                == .measureDueAfterDeadline(due: Fixture.day("2026-12-16"), deadline: Fixture.day("2026-12-15")))
        #expect(
            rectifying.refusal(
                .addMeasure(text: "b", owner: "科长", due: Fixture.day("2026-12-15")), by: Fixture.contact) == nil)
    }

    @Test func startingLateWithAStaleMeasureIsRefused() throws {
        let planned = try Fixture.confirmed()
            .after(.addMeasure(text: "a", owner: "科长", due: Fixture.day("2026-12-03")), by: Fixture.contact)
        #expect(
            planned.refusal(.startRectification, by: Fixture.contact, on: "2026-12-04")
                == .dueDateInPast(due: Fixture.day("2026-12-03"), today: Fixture.day("2026-12-04")))
    }

    @Test func submissionNeedsEveryMeasureDoneWithEvidence() throws {
        let finding = try Fixture.rectifying()
            .after(.addMeasure(text: "第二项", owner: "科长", due: Fixture.day("2026-12-10")), by: Fixture.contact)
        #expect(finding.refusal(.submitForVerification, by: Fixture.contact) == .measureNotDone(1))
        let one = try finding.after(.completeMeasure(number: 1, evidence: [.sha256(Fixture.hash)]), by: Fixture.contact)
        #expect(one.refusal(.submitForVerification, by: Fixture.contact) == .measureNotDone(2))
        let both = try one.after(.completeMeasure(number: 2, evidence: []), by: Fixture.contact)
        #expect(both.refusal(.submitForVerification, by: Fixture.contact) == .measureWithoutEvidence(2))
        let evidenced = try both.after(
            .addEvidence(number: 2, evidence: [.reference("办发〔2026〕12号")]), by: Fixture.contact)
        let submitted = try evidenced.after(.submitForVerification, by: Fixture.contact)
        #expect(submitted.state == .awaitingVerification)
    }

    @Test func refusesMalformedEvidenceAndUnknownMeasures() throws {
        let finding = try Fixture.rectifying()
        #expect(
            finding.refusal(.completeMeasure(number: 1, evidence: [.sha256("ABC")]), by: Fixture.contact)
                == .invalidEvidence("ABC"))
        #expect(
            finding.refusal(.completeMeasure(number: 1, evidence: [.reference("a\nb")]), by: Fixture.contact)
                == .invalidEvidence("a\nb"))
        #expect(finding.refusal(.completeMeasure(number: 9, evidence: []), by: Fixture.contact) == .noSuchMeasure(9))
        let done = try finding.after(.completeMeasure(number: 1, evidence: []), by: Fixture.contact)
        #expect(done.refusal(.completeMeasure(number: 1, evidence: []), by: Fixture.contact) == .measureAlreadyDone(1))
    }

    @Test func closureNeedsAnAcceptedVerificationByAnEligibleVerifier() throws {
        let finding = try Fixture.awaitingVerification()
        let insider = VerifierEligibility(home: Fixture.department, drawnForFinding: true)
        #expect(
            finding.refusal(.verify(accepted: true, note: "", eligibility: insider), by: Fixture.verifier)
                == .verifierFromDepartment(verifier: "sun", department: Fixture.department))
        let undrawn = VerifierEligibility(home: "dept-c", drawnForFinding: false)
        #expect(
            finding.refusal(.verify(accepted: true, note: "", eligibility: undrawn), by: Fixture.verifier)
                == .verifierNotDrawn("sun"))
        #expect(
            finding.refusal(.verify(accepted: true, note: "", eligibility: Fixture.eligible), by: Fixture.coordinator)
                == .notPermitted(role: "coordinator", action: .verify))
        let closed = try finding.after(
            .verify(accepted: true, note: "", eligibility: Fixture.eligible), by: Fixture.verifier)
        #expect(closed.state == .closed)
        #expect(closed.verifications.last?.verifier == "sun")
    }

    @Test func aRejectedVerificationSendsTheFindingBackToRectification() throws {
        let finding = try Fixture.awaitingVerification()
        #expect(
            finding.refusal(.verify(accepted: false, note: "", eligibility: Fixture.eligible), by: Fixture.verifier)
                == .missingField("note"))
        let back = try finding.after(
            .verify(accepted: false, note: "排班表未公示", eligibility: Fixture.eligible), by: Fixture.verifier)
        #expect(back.state == .rectifying)
        #expect(back.verifications.count == 1)
    }

    @Test func reopeningCountsRecurrencesAndNeedsNewMeasures() throws {
        let closed = try Fixture.closed()
        let reopened = try closed.after(.reopen(.failedRecheck(note: "回头看发现反弹")), by: Fixture.coordinator)
        #expect(reopened.state == .reopened)
        #expect(reopened.recurrences == 1)
        #expect(reopened.deadline == nil)
        #expect(reopened.refusal(.startRectification, by: Fixture.contact) == .noPlannedMeasure(reopened.id))
        let again =
            try reopened
            .after(.addMeasure(text: "再整改", owner: "局长", due: Fixture.day("2026-12-20")), by: Fixture.contact)
            .after(.startRectification, by: Fixture.contact)
            .after(.completeMeasure(number: 2, evidence: [.reference("照片 3 张")]), by: Fixture.contact)
            .after(.submitForVerification, by: Fixture.contact)
            .after(.verify(accepted: true, note: "", eligibility: Fixture.eligible), by: Fixture.verifier)
            .after(.reopen(.newComplaint(id: "C-2026-0100")), by: Fixture.coordinator)
        #expect(again.recurrences == 2)
    }

    @Test func onlyClosedFindingsReopen() throws {
        let finding = try Fixture.rectifying()
        #expect(
            finding.refusal(.reopen(.newComplaint(id: "C1")), by: Fixture.coordinator)
                == .wrongState(action: .reopen, state: .rectifying))
    }

    @Test func transferredFindingsLeaveTheLedgerForGood() throws {
        let finding = try Fixture.rectifying()
        #expect(finding.refusal(.transfer(reference: " "), by: Fixture.coordinator) == .missingField("reference"))
        #expect(
            finding.refusal(.transfer(reference: "纪检 2026-17"), by: Fixture.contact)
                == .notPermitted(role: "contact of dept-a", action: .transfer))
        let transferred = try finding.after(.transfer(reference: "纪检 2026-17"), by: Fixture.coordinator)
        #expect(transferred.state == .transferred)
        #expect(transferred.transferReference == "纪检 2026-17")
        #expect(
            transferred.refusal(.completeMeasure(number: 1, evidence: []), by: Fixture.contact)
                == .wrongState(action: .completeMeasure, state: .transferred))
        #expect(
            transferred.refusal(.reopen(.newComplaint(id: "C1")), by: Fixture.coordinator)
                == .wrongState(action: .reopen, state: .transferred))
    }

    @Test func contactsActOnlyOnTheirOwnDepartment() throws {
        let finding = try Fixture.confirmed()
        #expect(
            finding.refusal(
                .addMeasure(text: "a", owner: "科长", due: Fixture.day("2026-12-10")), by: Fixture.otherContact)
                == .notPermitted(role: "contact of dept-b", action: .addMeasure))
    }

    @Test func commandsOutOfOrderNameTheState() throws {
        let finding = try Fixture.recorded()
        #expect(
            finding.refusal(.submitForVerification, by: Fixture.contact)
                == .wrongState(action: .submitForVerification, state: .identified))
        #expect(
            finding.refusal(.addMeasure(text: "a", owner: "科长", due: nil), by: Fixture.contact)
                == .wrongState(action: .addMeasure, state: .identified))
        #expect(
            try Fixture.confirmed().refusal(.confirm, by: Fixture.coordinator)
                == .wrongState(action: .confirm, state: .confirmed))
    }

    @Test func everyEventRecordsWhoWhenBeforeAndAfter() throws {
        let finding = try Fixture.rectifying()
        let transition = try finding.applying(
            .completeMeasure(number: 1, evidence: [.sha256(Fixture.hash)]), by: Fixture.contact,
            at: Fixture.at("2026-12-03"), rules: Fixture.rules)
        #expect(transition.event.finding == finding.id)
        #expect(transition.event.actor == "zhang")
        #expect(transition.event.role == "contact of dept-a")
        #expect(transition.event.at.day == Fixture.day("2026-12-03"))
        #expect(transition.event.before == .rectifying)
        #expect(transition.event.after == .rectifying)
        #expect(transition.event.detail["evidence"] == "sha256:\(Fixture.hash)")
        #expect(finding.measures[0].state == .open, "the original value is untouched")
    }
}

@Suite struct ClassificationTests {
    @Test func classifyingRefusesCodesOutsideTheList() throws {
        let finding = try Fixture.recorded()
        #expect(
            finding.refusal(.classify(category: nil, ruleCodes: ["P42"]), by: Fixture.coordinator)
                == .unknownRuleCode("P42"))
        let classified = try finding.after(
            .classify(category: .arrogant, ruleCodes: ["P01", "P07"]), by: Fixture.coordinator)
        #expect(classified.category == .arrogant)
        #expect(classified.ruleCodes == ["P01", "P07"])
        #expect(
            try Fixture.rectifying().refusal(.classify(category: .hollow, ruleCodes: nil), by: Fixture.coordinator)
                == .wrongState(action: .classify, state: .rectifying))
    }
}
