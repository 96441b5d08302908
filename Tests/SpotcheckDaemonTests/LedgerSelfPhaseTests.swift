import Foundation
import SpotcheckCampaign
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// A self-inspection finding (source `self`, 自查) is recorded only while the campaign is in
/// self-inspection (docs/campaign.md, "Self-reporting ends with self-inspection").
@Suite(.serialized) struct LedgerSelfPhaseTests {
    typealias Guard = CampaignGuardTests

    static func addSelf(_ control: DaemonControl, _ department: String) -> [String: Any] {
        CampaignControlTests.call(
            control, "io.spotcheck.Ledger.AddFinding",
            LedgerMessages.AddParameters(source: "self", department: department, facts: "自查发现窗口无人值守"),
            as: SecrecyTests.coordinator)
    }

    static func refusal(_ reply: [String: Any]) -> (error: String?, field: String?, message: String) {
        let parameters = reply["parameters"] as? [String: Any] ?? [:]
        return (reply["error"] as? String, parameters["field"] as? String, parameters["message"] as? String ?? "")
    }

    @Test func aSelfFindingIsRefusedBeforeAndAfterSelfInspection() throws {
        let harness = try Guard.harness(selfStart: -7, selfEnd: -1)
        let t = Guard.today
        let control = SecrecyTests.control(harness)

        let early = Self.refusal(Self.addSelf(control, "d-shuiwu"))
        #expect(early.error == "io.spotcheck.Ledger.InvalidField" && early.field == "source", "\(early)")
        #expect(early.message.hasPrefix("the campaign is in mobilisation, not self-inspection"), "\(early)")

        _ = try harness.engine.advanceCampaign(
            to: .selfInspection, reason: "动员会已开", actor: "uid 0 (root)",
            now: harness.at("\(t.adding(days: -7))", "09:00"), config: harness.config)
        try harness.tick("\(t)", "06:00")
        _ = try harness.engine.advanceCampaign(
            to: .supervision, reason: "自查自纠结束", actor: "uid 0 (root)", now: harness.at("\(t)", "06:30"),
            config: harness.config)

        let late = Self.refusal(Self.addSelf(control, "d-shuiwu"))
        #expect(late.error == "io.spotcheck.Ledger.InvalidField" && late.field == "source", "\(late)")
        #expect(late.message.hasPrefix("the campaign is in supervision, not self-inspection"), "\(late)")
        #expect(late.message.contains("--assignment DRAW/DEPARTMENT"), "\(late)")
        #expect(try harness.store.findings().isEmpty)
    }

    @Test func aSelfFindingIsRecordedDuringSelfInspection() throws {
        let (harness, _, control) = try Guard.inSelfInspection()
        let reply = Self.addSelf(control, "d-shuiwu")
        #expect(reply["error"] == nil, "\(reply)")
        #expect(try harness.store.findings().count == 1)
    }

    /// A self finding exempts its department from the honesty sample of the month it was recorded
    /// in only: one recorded in an earlier month leaves the department in the population, and
    /// the auditor's recomputation agrees.
    @Test func aSelfFindingExemptsItsDepartmentFromItsOwnMonthsHonestySampleOnly() throws {
        let harness = try Harness(
            pools: LedgerDrawTests.countyPool + """
                [ledger]
                honesty_sample = 2
                """, calendar: "weekend = []")
        let departments = try #require(try harness.store.currentRoster()).roster().departments.map(\.id).sorted()
        let earlier = departments[0]
        let inPeriod = departments[1]
        _ = try LedgerDrawTests.plant(
            harness.store, department: earlier, day: Day(iso: "2026-10-20")!, source: .selfInspection)
        _ = try LedgerDrawTests.plant(
            harness.store, department: inPeriod, day: Day(iso: "2026-11-10")!, source: .selfInspection)
        try harness.tick("2026-12-01", "09:00")
        let text = try #require(try harness.store.ledgerPeriod(kind: "honesty", period: "2026-11")).sample
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let population = (object["population"] as? [[String: Any]] ?? []).compactMap { $0["department"] as? String }
        #expect(population.contains(earlier), "\(population)")
        #expect(!population.contains(inPeriod), "\(population)")
        #expect(population.count == departments.count - 1)

        let findings = try harness.store.findings().map { finding in
            LedgerSamplePopulation.Finding(
                id: finding.id.description, department: finding.department,
                selfInspection: finding.source == .selfInspection, found: finding.found.day, changes: [])
        }
        let recomputed = LedgerSamplePopulation.population(
            kind: .honesty, period: "2026-11", day: Day(iso: "2026-12-01")!, departments: Set(departments),
            findings: findings)
        #expect(Set(recomputed.map(\.department)) == Set(population))
    }
}
