import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckLedger

/// The severity chooses the office's limit on the deadline: a department proposes it for its own
/// self-inspection findings, the office sets it when confirming.
@Suite struct SeverityByOfficeTests {
    static func proposed(_ severity: Severity, by actor: Actor = Fixture.contact) throws -> Finding {
        try Finding.record(
            counter: 3, department: Fixture.department, source: .selfInspection, category: .sluggish,
            ruleCodes: ["P03"], severity: severity, facts: "自查：窗口无人", by: actor, at: Fixture.at("2026-12-01"),
            rules: Fixture.rules
        ).finding
    }

    @Test func aSelfFindingAboveTheShortestLimitIsConfirmedOnlyWithASeverity() throws {
        for severity in [Severity.serious, .grave] {
            let finding = try Self.proposed(severity)
            let days = RectificationLimits.standard.workingDays(for: severity)
            #expect(
                finding.refusal(.confirm, by: Fixture.coordinator)
                    == .severityNotSet(finding.id, proposed: severity, workingDays: days))
            // Recorded by a coordinator, too: only confirming sets it.
            #expect(
                try Self.proposed(severity, by: Fixture.coordinator).refusal(.confirm, by: Fixture.coordinator)
                    == .severityNotSet(finding.id, proposed: severity, workingDays: days))
        }
        #expect(try Self.proposed(.minor).refusal(.confirm, by: Fixture.coordinator) == nil)
        // An inspection team's finding keeps what the team recorded.
        #expect(try Fixture.recorded().refusal(.confirm, by: Fixture.coordinator) == nil)
    }

    @Test func theSeveritySetBoundsTheMeasuresAndTheHistorySaysWhoSetItOverWhat() throws {
        let finding = try Self.proposed(.grave)
        let classified = try finding.applying(
            .classify(category: nil, ruleCodes: nil, severity: .minor), by: Fixture.coordinator,
            at: Fixture.at("2026-12-01"), rules: Fixture.rules)
        #expect(classified.event.detail == ["severity": "minor", "severityBefore": "grave"])
        #expect(classified.finding.severitySetBy == Fixture.coordinator.login)
        let confirmed = try classified.finding.applying(
            .confirm, by: Fixture.coordinator, at: Fixture.at("2026-12-01"), rules: Fixture.rules)
        #expect(confirmed.event.detail["severity"] == "minor")
        // Minor: 20 working days from 12-01 is 12-29; grave's 60 would reach into February.
        #expect(
            confirmed.finding.refusal(
                .addMeasure(text: "建制度", owner: "主任", due: Fixture.day("2027-02-20")), by: Fixture.contact)
                == .measureDueBeyondLimit(
                    measure: 1, due: Fixture.day("2027-02-20"), latest: Fixture.day("2026-12-29"), severity: .minor,
                    workingDays: 20))
    }

    @Test func onlyTheOfficeSetsASeverity() throws {
        let finding = try Self.proposed(.grave)
        #expect(
            finding.refusal(.classify(category: nil, ruleCodes: nil, severity: .grave), by: Fixture.contact)
                == .notPermitted(role: Fixture.contact.roleName, action: .classify))
        // A finding recorded before `severitySetBy` existed reads as not set.
        let encoded = try JSONEncoder().encode(finding)
        #expect(!String(decoding: encoded, as: UTF8.self).contains("severitySetBy"))
        #expect(try JSONDecoder().decode(Finding.self, from: encoded).severitySetBy == nil)
    }
}
