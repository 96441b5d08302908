import SpotcheckCampaign
import SpotcheckCore
import SpotcheckRoster
import Testing

func day(_ text: String) -> Day { Day(iso: text)! }

let plannedConfig = """
    [campaign]
    title = "专项整治"
    basis_title = "关于开展专项整治的通知"
    basis_sha256 = "\(String(repeating: "ab", count: 32))"
    prohibitions = "prohibitions.txt"
    auto_advance = true
    [campaign.phases]
    mobilisation = "2026-11-02..2026-11-13"
    self_inspection = "2026-11-16..2026-12-11"
    supervision = "2026-12-14..2027-01-29"
    summing_up = "2027-02-01..2027-02-26"
    """

func decode(_ text: String) throws -> (plan: CampaignPlan?, errors: [InputError]) {
    let document = try TOML.parse(Array(text.utf8), file: "/etc/spotcheck/spotcheckd.toml")
    guard case .table(let table)? = document.entries["campaign"]?.value else {
        Issue.record("no [campaign]"); return (nil, [])
    }
    return CampaignConfig.decode(table, file: "/etc/spotcheck/spotcheckd.toml") { "/etc/spotcheck/\($0)" }
}

@Suite struct CampaignConfigTests {
    @Test func aCompleteSectionGivesThePlan() throws {
        let (plan, errors) = try decode(plannedConfig)
        #expect(errors.isEmpty, "\(errors)")
        let parsed = try #require(plan)
        #expect(parsed.phases[.supervision] == PlannedDates(start: day("2026-12-14"), end: day("2027-01-29")))
        #expect(parsed.prohibitionsPath == "/etc/spotcheck/prohibitions.txt")
        #expect(parsed.autoAdvance)
    }

    @Test func everyProblemIsNamedWithItsLineAndKey() throws {
        let text = """
            [campaign]
            title = ""
            basis_title = "通知"
            basis_sha256 = "not-a-hash"
            colour = "red"
            [campaign.phases]
            mobilisation = "2026-11-02..2026-11-20"
            self_inspection = "2026-11-16..2026-12-11"
            supervision = "2027-01-29..2026-12-14"
            """
        let (plan, errors) = try decode(text)
        #expect(plan == nil)
        let described = errors.map(\.description)
        func has(_ line: Int, _ fragment: String) -> Bool {
            described.contains { $0.contains(":\(line):") && $0.contains(fragment) }
        }
        #expect(has(2, "campaign.title"), "\(described)")
        #expect(has(4, "basis_sha256"), "\(described)")
        #expect(has(5, "unknown key"), "\(described)")
        #expect(has(8, "before mobilisation ends"), "\(described)")
        #expect(has(9, "ends (2026-12-14) before it starts"), "\(described)")
        #expect(described.contains { $0.contains("summing_up") && $0.contains("required") }, "\(described)")
    }

    @Test func poolsNamePhasesByIdentifierOrChineseName() throws {
        let document = try TOML.parse(
            Array("phases = [\"自查自纠\", \"supervision\"]\nbad = [\"later\"]\n".utf8), file: "f")
        var reader = TableReader(document, file: "f", name: "pool")
        #expect(CampaignConfig.poolPhases(document, file: "f", reader: &reader) == [.selfInspection, .supervision])
        let bad = try TOML.parse(Array("\n\nphases = [\"later\"]\n".utf8), file: "f")
        var badReader = TableReader(bad, file: "f", name: "pool")
        #expect(CampaignConfig.poolPhases(bad, file: "f", reader: &badReader) == nil)
        #expect(badReader.finish().first?.line == 3)
    }
}

@Suite struct TransitionTests {
    func step(_ from: CampaignStep, _ to: CampaignStep, at: Double) -> CampaignTransition {
        CampaignTransition(from: from, to: to, at: at, actor: "uid 0 (root)", reason: "test")
    }

    @Test func theCampaignStartsInMobilisationAndMovesOneStepAtATime() throws {
        var timeline = CampaignTimeline()
        #expect(timeline.active == .mobilisation)
        try timeline.append(step(.mobilisation, .selfInspection, at: 100))
        try timeline.append(step(.selfInspection, .supervision, at: 200))
        #expect(timeline.active == .supervision)
        #expect(timeline.active(at: 50) == .mobilisation)
        #expect(timeline.active(at: 150) == .selfInspection)
        #expect(timeline.active(at: 200) == .supervision)
    }

    @Test func stepsNeverGoBackSkipOrRepeat() throws {
        var timeline = CampaignTimeline()
        try timeline.append(step(.mobilisation, .selfInspection, at: 100))
        #expect(timeline.refusal(to: .mobilisation, at: 150) == .backwards(from: .selfInspection, to: .mobilisation))
        #expect(timeline.refusal(to: .selfInspection, at: 150) == .alreadyActive(.selfInspection))
        #expect(
            timeline.refusal(to: .summingUp, at: 150)
                == .skipping(from: .selfInspection, to: .summingUp, next: .supervision))
        #expect(timeline.refusal(to: .supervision, at: 50) == .clockBehind)
        #expect(throws: CampaignError.self) { try timeline.append(step(.selfInspection, .closed, at: 150)) }
        #expect(timeline.transitions.count == 1)
    }

    @Test func aClosedCampaignTakesNoFurtherStep() throws {
        var timeline = CampaignTimeline()
        var from = CampaignStep.mobilisation
        var at = 0.0
        while let next = from.next {
            at += 1
            try timeline.append(step(from, next, at: at))
            from = next
        }
        #expect(timeline.active == .closed)
        for target in CampaignStep.allCases where target != .closed {
            #expect(timeline.refusal(to: target, at: at + 1) != nil)
        }
        #expect(timeline.refusal(to: .closed, at: at + 1) == .alreadyActive(.closed))
    }

    @Test func poolsDrawInSupervisionUnlessTheyNameOtherPhases() {
        for step in CampaignStep.allCases {
            #expect(CampaignPlan.permitsDraw(poolPhases: nil, active: step) == (step == .supervision))
        }
        #expect(CampaignPlan.permitsDraw(poolPhases: [.selfInspection], active: .selfInspection))
        #expect(!CampaignPlan.permitsDraw(poolPhases: [.selfInspection], active: .supervision))
    }

    @Test func autoAdvanceTakesTheNextStepOnItsPlannedStartOnly() throws {
        let plan = try #require(try decode(plannedConfig).plan)
        #expect(plan.plannedStep(from: .mobilisation, today: day("2026-11-15")) == nil)
        #expect(plan.plannedStep(from: .mobilisation, today: day("2026-11-16")) == .selfInspection)
        // Late: still only the next step, never two at once.
        #expect(plan.plannedStep(from: .mobilisation, today: day("2027-03-01")) == .selfInspection)
        #expect(plan.plannedStep(from: .summingUp, today: day("2027-02-26")) == nil)
        #expect(plan.plannedStep(from: .summingUp, today: day("2027-02-27")) == .closed)
        var manual = plan
        manual.autoAdvance = false
        #expect(manual.plannedStep(from: .mobilisation, today: day("2027-03-01")) == nil)
    }
}

@Suite struct GateTests {
    let ready = CampaignFacts(rosterSha256: "r", prohibitionsSha256: "p")

    @Test func selfInspectionNeedsTheRosterAndProhibitionsAndFreezesTheirHashes() {
        let gate = Gate.into(.selfInspection, facts: ready)
        #expect(gate.holds)
        #expect(gate.frozenFacts(ready)["roster_sha256"] == "r")
        #expect(gate.frozenFacts(ready)["prohibitions_sha256"] == "p")
        #expect(gate.frozenFacts(ready)["unchecked"] == "forms-issued")

        let noRoster = Gate.into(.selfInspection, facts: CampaignFacts(rosterSha256: nil, prohibitionsSha256: "p"))
        #expect(!noRoster.holds)
        #expect(noRoster.blockers.map(\.code) == ["roster-frozen"])
        let noList = Gate.into(
            .selfInspection,
            facts: CampaignFacts(rosterSha256: "r", prohibitionsSha256: nil, prohibitionsProblem: "cannot be read"))
        #expect(noList.blockers.map(\.code) == ["prohibitions-frozen"])
        #expect(noList.blockers.first?.detail == "cannot be read")
    }

    @Test func summingUpNeedsEveryDrawRevealedAndPublished() {
        var facts = ready
        facts.drawsUnrevealed = [7]
        facts.drawsUnpublished = [5, 6]
        let gate = Gate.into(.summingUp, facts: facts)
        #expect(!gate.holds)
        #expect(gate.blockers.map(\.code) == ["draws-revealed", "draws-published"])
        #expect(gate.blockers.first?.detail == "1 draw(s) not revealed: #7")
        #expect(Gate.into(.summingUp, facts: ready).holds)
    }

    @Test func ledgerFactsBlockWhenReportedAndAreUncheckedWhenNot() {
        #expect(Gate.into(.supervision, facts: ready).holds)
        #expect(Gate.into(.supervision, facts: ready).unchecked.count == 3)
        var facts = ready
        facts.ledger = LedgerFacts(departmentsWithoutForm: 0, formsOutstanding: 3, selfReportedNotInLedger: 0)
        let gate = Gate.into(.supervision, facts: facts)
        #expect(gate.blockers.map(\.code) == ["forms-returned"])
        #expect(gate.unchecked.isEmpty)
        // A department without a form (added to the roster during self-inspection) blocks too.
        facts.ledger.departmentsWithoutForm = 1
        #expect(Gate.into(.supervision, facts: facts).blockers.map(\.code) == ["forms-issued", "forms-returned"])
        facts.ledger = LedgerFacts(finalPublicationWritten: false, openFindingsNotCarried: 0)
        #expect(Gate.into(.closed, facts: facts).blockers.map(\.code) == ["final-publication"])
    }
}
