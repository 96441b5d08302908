import Foundation
import SpotcheckCampaign
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// A request for a hidden inspection does not wait blind once its department leaves every pool
/// that draws ahead, and no other handler learns before the reveal that the department is a
/// target of a coming draw; the identity's rules hold for a raw Varlink client.
@Suite struct HiddenSlotWatchTests {
    static let requester = HiddenSlotRequestTests.handler
    static let other = CampaignControlTests.complaintsHandler("handler-qian", uid: 60032)

    /// The complaint as `caller` sees it (`Show`), as JSON text.
    static func shown(_ control: CampaignControl, _ id: Int, as caller: Caller) throws -> String {
        let result = CampaignControlTests.answer(control, "Show", #"{"id":\#(id)}"#, as: caller)
        guard case .success(let reply) = result else {
            throw Varlink.Failure("unexpected", ["what": .string("\(result)")])
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: reply), as: UTF8.self)
    }

    /// The county roster copied into the harness's folder with `department` in no pool.
    static func rosterWithoutPools(_ harness: Harness, department: String) throws -> String {
        let folder = harness.folder.appendingPathComponent("roster-edited")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Harness.county) {
            try FileManager.default.copyItem(
                atPath: "\(Harness.county)/\(name)", toPath: folder.appendingPathComponent(name).path)
        }
        let departments = folder.appendingPathComponent("departments.csv")
        let lines = try String(contentsOf: departments, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        let edited = lines.map { line -> String in
            guard line.hasPrefix("\(department),") else { return String(line) }
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[5] = ""
            return cells.joined(separator: ",")
        }
        try edited.joined(separator: "\n").write(to: departments, atomically: true, encoding: .utf8)
        return folder.path
    }

    static func load(_ harness: Harness, roster: String) {
        var config = harness.config
        config.paths.roster = roster
        #expect(DaemonLoader.loadRoster(config, store: harness.store, events: EventLog(sinks: [harness.sink])))
    }

    /// A complaint about `department` registered, and its hidden inspection asked by `caller`.
    static func requested(
        _ harness: Harness, department: String, by caller: Caller
    ) throws -> (control: CampaignControl, id: Int) {
        let control = CampaignControlTests.sealed(harness)
        let id = try #require(CampaignControlTests.register(control, department: department))
        let asked = CampaignControlTests.answer(control, "RequestInspection", #"{"id":\#(id)}"#, as: caller)
        #expect(CampaignControlTests.failure(asked) == nil, "\(asked)")
        return (control, id)
    }

    @Test func aRequestWhoseDepartmentLeftEveryPoolIsNotedJournaledAndCarriedOnceItIsBack() throws {
        let harness = try Harness()
        let department = "d-shuiwu"
        let (control, id) = try Self.requested(harness, department: department, by: Self.requester)

        // Out of every pool after the request: the pass notes it on the complaint, once.
        Self.load(harness, roster: try Self.rosterWithoutPools(harness, department: department))
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "08:00")
        #expect(try harness.store.pendingHiddenSlots().map(\.complaint) == [Int64(id)], "the request stays")
        let told = try Self.shown(control, id, as: Self.requester)
        #expect(told.contains("cannot be carried now: no scheduled pool holds the department"), "\(told)")
        let stalled = harness.events(.hiddenInspectionStalled)
        #expect(stalled.count == 1, "\(stalled)")
        #expect(stalled.first?.fields["COMPLAINT"] == String(id) && stalled.first?.fields["REASON"] == "no-pool")
        for entry in stalled {
            let text = ([entry.message] + entry.fields.values).joined(separator: "\n")
            #expect(!text.contains(department), "the journal names the department: \(entry)")
        }
        // Another handler sees neither the request nor the stall.
        let seen = try Self.shown(control, id, as: Self.other)
        #expect(!seen.contains("inspection requested") && !seen.contains("carried"), "\(seen)")
        #expect(seen.contains(department), "\(seen)")

        // Back in its pools: noted once more before the next draw, which carries it.
        Self.load(harness, roster: Harness.county)
        try harness.tick("2026-12-02", "06:00")
        #expect(try Self.shown(control, id, as: Self.requester).contains("can be carried again"))
        #expect(harness.events(.hiddenInspectionResumed).map { $0.fields["COMPLAINT"] } == [String(id)])
        try harness.tick("2026-12-02", "07:00")
        let drawn = try #require(try harness.store.draws().first { $0.date == Day(iso: "2026-12-02")! })
        #expect(try drawn.decodedRecord()?.picks.contains { $0.department == department } == true)
        #expect(try harness.store.pendingHiddenSlots().isEmpty)
        #expect(harness.events(.hiddenInspectionStalled).count == 1)
    }

    /// A step of the campaign after the request, into a phase in which no pool holding the
    /// department draws any more, is noted and journaled the same way, naming the phase.
    @Test func aStepOfTheCampaignPastEveryDrawingPhaseIsNotedWithThePhase() throws {
        let harness = try Harness(pools: campaignPools(phases: "[\"mobilisation\"]"))
        try "1. 违规吃喝\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        let (control, id) = try Self.requested(harness, department: "d-shuiwu", by: Self.requester)
        _ = try harness.engine.advanceCampaign(
            to: .selfInspection, reason: "test", actor: "uid 0 (root)", now: harness.at("2026-11-30", "06:00"),
            config: harness.config)
        try harness.tick("2026-11-30", "06:30")
        #expect(try harness.store.pendingHiddenSlots().map(\.complaint) == [Int64(id)])
        let told = try Self.shown(control, id, as: Self.requester)
        #expect(told.contains("active phase (self-inspection) or a later one"), "\(told)")
        let stalled = try #require(harness.events(.hiddenInspectionStalled).first)
        #expect(stalled.fields["REASON"] == "no-draw-ahead" && stalled.fields["PHASE"] == "self-inspection")
    }

    @Test func otherHandlersLearnOfTheHiddenInspectionOnlyOnceItsDrawIsRevealed() throws {
        let harness = try Harness()
        let (control, id) = try Self.requested(harness, department: "d-shuiwu", by: Self.requester)
        #expect(try Self.shown(control, id, as: Self.requester).contains(HiddenInspectionNote.requested))
        try harness.tick("2026-12-01", "07:00")  // drawn, not revealed
        #expect(try harness.store.pendingHiddenSlots().isEmpty)
        #expect(!(try Self.shown(control, id, as: Self.other)).contains("inspection requested"))
        let listed = CampaignControlTests.answer(control, "List", "{}", as: Self.other)
        guard case .success(let list) = listed else {
            Issue.record("\(listed)")
            return
        }
        let listText = String(decoding: try JSONSerialization.data(withJSONObject: list), as: UTF8.self)
        #expect(!listText.contains("inspection requested"), "\(listText)")
        try harness.tick("2026-12-01", "08:00")  // revealed
        #expect(try Self.shown(control, id, as: Self.other).contains("inspection requested"))
    }

    @Test func aRawClientsIdentityIsHeldToTheSameRulesAsTheCommandLines() throws {
        let harness = try Harness()
        let control = CampaignControlTests.sealed(harness)
        func register(_ identity: String) -> Result<[String: Any], Varlink.Failure> {
            CampaignControlTests.answer(
                control, "Register",
                #"{"channel":"hotline","department":"d-fagai","allegation":"a","category":"c","identity":"\#(identity)"}"#,
                as: CampaignControlTests.root)
        }
        for (identity, code) in [
            (String(repeating: "a", count: 60000), "identity-too-large"),
            (String(repeating: "张", count: 6000), "identity-too-large"),
            ("\\ufffd\\ufffd张三", "identity-mangled"),
        ] {
            let failure = try #require(CampaignControlTests.failure(register(identity)))
            #expect(failure.error == "io.spotcheck.Complaints.Refused", "\(failure)")
            #expect(failure.parameters["code"] == .string(code), "\(failure)")
            #expect(failure.parameters["field"] == .string("identity"), "\(failure)")
            #expect(failure.parameters["message"]?.description.hasPrefix("identity: ") == true, "\(failure)")
        }
        let tooLarge = try #require(CampaignControlTests.failure(register(String(repeating: "a", count: 16385))))
        #expect(tooLarge.parameters["most"] == .int(16384), "\(tooLarge)")
        #expect(try harness.store.complaints().isEmpty)
        #expect(CampaignControlTests.failure(register(String(repeating: "a", count: 16384))) == nil)
    }
}
