import Foundation
import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

@Suite struct PolicyCanonicalTextTests {
    @Test func theDefaultPolicyHasTheDocumentedText() {
        let expected = """
            spotcheck-policy/2
            targets_per_draw\t5
            team_size\t3
            lead_required\ttrue
            min_home_departments\t2
            former_department_window_days\t730
            rotation_window_days\t180
            cooldown_days\t30
            reciprocal_ban\ttrue
            base_weight\t1
            power_weights.approval\t2
            power_weights.enforcement\t2
            power_weights.fund-allocation\t2

            """
        #expect(Policy().canonicalText == expected)
        #expect(Policy().hash == sha256Hex(Array(expected.utf8)))
    }

    @Test func everyValueChangesTheHashAndTheTextReadsBack() throws {
        var seen = Set([Policy().hash])
        var policies: [Policy] = []
        for change in 0..<12 {
            var policy = Policy()
            switch change {
            case 0: policy.targetsPerDraw = 6
            case 1: policy.teamSize = 4
            case 2: policy.leadRequired = false
            case 3: policy.minHomeDepartments = 1
            case 4: policy.formerDepartmentWindowDays = 0
            case 5: policy.rotationWindowDays = 1
            case 6: policy.cooldownDays = 0
            case 7: policy.reciprocalBan = false
            case 8: policy.baseWeight = 0
            case 9: policy.powerWeights.approval = 3
            case 10: policy.powerWeights.enforcement = 0
            default: policy.powerWeights.fundAllocation = 7
            }
            #expect(seen.insert(policy.hash).inserted, "change \(change) left the hash unchanged")
            policies.append(policy)
        }
        for policy in policies {
            #expect(try Policy.parseCanonical(policy.canonicalText).get() == policy)
        }
    }

    @Test func aCanonicalTextWithAnythingOutOfPlaceIsRefusedWithItsLine() {
        let text = Policy().canonicalText
        let swapped = text.replacingOccurrences(
            of: "team_size\t3\nlead_required\ttrue", with: "lead_required\ttrue\nteam_size\t3")
        #expect(throws: CanonicalPolicyError.self) { try Policy.parseCanonical(swapped).get() }
        let padded = text.replacingOccurrences(of: "cooldown_days\t30", with: "cooldown_days\t030")
        #expect(throws: CanonicalPolicyError.self) { try Policy.parseCanonical(padded).get() }
    }
}

@Suite struct SnapshotV2Tests {
    static let date = Fixture.date

    static func roster(
        former: [FormerPost] = [], unavailable: [Day] = [], reason: String = "配偶在该单位任职"
    )
        -> Roster
    {
        Roster(
            departments: [Fixture.department("A"), Fixture.department("B")],
            inspectors: [Fixture.inspector("x", home: "B", former: former, unavailable: unavailable)],
            conflicts: [Conflict(inspector: "x", department: "A", reason: reason)])
    }

    @Test func aConflictReasonAppearsOnlyAsItsHash() {
        let roster = Self.roster()
        #expect(!roster.canonicalText.contains("配偶"))
        #expect(roster.canonicalText.contains(sha256Hex(Array("配偶在该单位任职".utf8))))
        var withheld = roster
        withheld.conflicts[0].reason = ""
        withheld.conflicts[0].reasonSHA256 = sha256Hex(Array("配偶在该单位任职".utf8))
        #expect(withheld.snapshotHash == roster.snapshotHash)
    }

    @Test func repeatedFormerPostsCountOnce() {
        let post = FormerPost(department: "A", left: Self.date.adding(days: -5))
        let other = FormerPost(department: "A", left: Self.date.adding(days: -50))
        #expect(Self.roster(former: [post, post]).snapshotHash == Self.roster(former: [post]).snapshotHash)
        #expect(Self.roster(former: [post, other]).snapshotHash != Self.roster(former: [post]).snapshotHash)
        #expect(
            Self.roster(former: [other, post, other]).snapshotHash == Self.roster(former: [post, other]).snapshotHash)
    }

    @Test func unavailableDaysAreWrittenAsMergedRanges() {
        let d = Self.date
        let roster = Self.roster(unavailable: [d.adding(days: 2), d, d.adding(days: 1), d, d.adding(days: 5)])
        #expect(roster.canonicalText.contains("\t2026-12-01..2026-12-03,2026-12-06..2026-12-06\t"))
        #expect(roster.canonicalText.hasPrefix("spotcheck-snapshot/2\n"))
    }
}

@Suite struct CommitmentTests {
    static let roster = RosterGenerator(departments: 30, inspectors: 150).make(seed: 5)

    @Test func theRecordBindsTheCommitmentMadeBeforeIt() throws {
        let input = DrawInput(
            roster: Self.roster, policy: Policy(), date: Fixture.date, pool: "main", seed: Fixture.seed(3),
            previousRecordHash: String(repeating: "a", count: 64))
        let record = try draw(input)
        #expect(record.commitment == input.commitment)
        #expect(input.commitment.kind == .scheduled && input.commitment.orderedDepartments == nil)
        #expect(input.commitment.policyHash == Policy().hash)
        #expect(input.commitment.seedCommitment == Fixture.seed(3).commitment)
    }

    @Test func anOrderedCommitmentNamesItsDepartmentsInOrderAndNoTarget() throws {
        let names = [Self.roster.departments[7].id, Self.roster.departments[2].id]
        let input = DrawInput(
            roster: Self.roster, policy: Policy(), date: Fixture.date, pool: "main", seed: Fixture.seed(3),
            fixedTargets: names)
        #expect(input.commitment.kind == .ordered && input.commitment.orderedDepartments == names)
        let text = String(decoding: input.commitment.canonicalJSON, as: UTF8.self)
        #expect(text.contains("\"kind\" : \"ordered\""))
        let record = try draw(input)
        #expect(record.commitment == input.commitment)
        // A scheduled commitment contains no department at all.
        let scheduled = DrawInput(
            roster: Self.roster, policy: Policy(), date: Fixture.date, pool: "main", seed: Fixture.seed(3))
        let targets = try draw(scheduled).targets
        let json = String(decoding: scheduled.commitment.canonicalJSON, as: UTF8.self)
        #expect(targets.allSatisfy { !json.contains($0) })
    }
}

@Suite struct DaySoFarTests {
    static let roster = RosterGenerator(departments: 30, inspectors: 150).make(seed: 8)
    static let policy = Policy(targetsPerDraw: 3)

    static func record(_ roster: Roster, seed: Int, pool: String = "main") throws -> DrawRecord {
        try draw(DrawInput(roster: roster, policy: policy, date: Fixture.date, pool: pool, seed: Fixture.seed(seed)))
    }

    @Test func aLaterReplacementDoesNotChangeWhatAnEarlierDrawCommittedTo() throws {
        var day = DaySoFar(date: Fixture.date)
        let first = try Self.record(day.roster(Self.roster), seed: 1)
        try day.issue(draw: "1", record: first)
        let secondRoster = day.roster(Self.roster)
        let second = try Self.record(secondRoster, seed: 2)
        #expect(second.snapshotHash == secondRoster.snapshotHash(seed: Fixture.seed(2)))
        try day.issue(draw: "2", record: second)
        // Replace someone on draw 1 after draw 2 was made.
        let out = first.teams[0].members[1].inspector
        let incoming = Self.roster.inspectors.first { person in
            !day.assignments.contains { $0.inspector == person.id }
        }!.id
        try day.apply(
            DaySoFar.Replacement(
                draw: "1", department: first.teams[0].department, outgoing: out, incoming: incoming, reason: "ill",
                at: "2026-12-01T09:00:00+08:00"))
        #expect(day.before(draw: "2").roster(Self.roster).snapshotHash(seed: Fixture.seed(2)) == second.snapshotHash)
        #expect(day.roster(Self.roster).snapshotHash(seed: Fixture.seed(2)) != second.snapshotHash)
        #expect(day.teams(of: "1")?[0].members[1] == incoming)
        #expect(
            day.assignments.contains { $0.inspector == incoming } && !day.assignments.contains { $0.inspector == out })
    }

    @Test func aReplacementThatDoesNotFitTheDayIsRefused() throws {
        var day = DaySoFar(date: Fixture.date)
        let first = try Self.record(Self.roster, seed: 1)
        try day.issue(draw: "1", record: first)
        let team = first.teams[0]
        #expect(throws: DaySoFarError.self) {
            try day.apply(
                DaySoFar.Replacement(
                    draw: "9", department: team.department, outgoing: team.members[0].inspector, incoming: "x",
                    reason: "r", at: "t"))
        }
        #expect(throws: DaySoFarError.self) {
            try day.apply(
                DaySoFar.Replacement(
                    draw: "1", department: team.department, outgoing: team.members[0].inspector,
                    incoming: team.members[1].inspector, reason: "r", at: "t"))
        }
        #expect(throws: DaySoFarError.self) { try day.issue(draw: "1", record: first) }
    }
}

@Suite struct ReplacementCheckTests {
    static let roster = RosterGenerator(departments: 30, inspectors: 150).make(seed: 8)
    static let policy = Policy(targetsPerDraw: 3)
    static let record = try! draw(
        DrawInput(roster: roster, policy: policy, date: Fixture.date, pool: "main", seed: Fixture.seed(4)))

    /// A replacement of the team's last member by someone who breaks no rule, found by the check.
    static func honest() -> DaySoFar.Replacement {
        let team = record.teams[0]
        for person in roster.inspectors.sorted(by: { $0.id < $1.id }) {
            let entry = DaySoFar.Replacement(
                draw: "1", department: team.department, outgoing: team.members[2].inspector, incoming: person.id,
                reason: "ill", at: "2026-12-01T09:00:00+08:00")
            if verifyReplacements([entry], of: record, roster: roster, policy: policy).isEmpty { return entry }
        }
        fatalError("no inspector can replace the member")
    }

    @Test func aReplacementBySomeoneWhoBreaksNoRulePasses() {
        #expect(verifyReplacements([Self.honest()], of: Self.record, roster: Self.roster, policy: Self.policy).isEmpty)
    }

    @Test func aReplacementBySomeoneFromTheTargetItselfIsNamed() {
        var entry = Self.honest()
        let insider = Self.roster.inspectors.first { $0.home == entry.department }!
        entry.incoming = insider.id
        let problems = verifyReplacements([entry], of: Self.record, roster: Self.roster, policy: Self.policy)
        #expect(problems.contains { $0.hasPrefix("replacements[0]:") && $0.contains("own-department") })
    }

    @Test func anEntryNamingSomeoneNotOnTheTeamIsNamed() {
        var entry = Self.honest()
        entry.outgoing = entry.incoming
        let problems = verifyReplacements([entry], of: Self.record, roster: Self.roster, policy: Self.policy)
        #expect(problems.first?.hasPrefix("replacements[0].out:") == true)
    }
}

@Suite struct LegacyRecordTests {
    @Test func aVersionOneRecordStillReadsAndIsNamedAsTheOldAlgorithm() throws {
        let json = """
            {"algorithm":"spotcheck-draw/1","date":"2026-12-01","pool":"p","mode":"targeted",
             "policy":{"targetsPerDraw":5,"teamSize":3,"leadRequired":true,"minHomeDepartments":2,
               "formerDepartmentWindowDays":730,"rotationWindowDays":180,"cooldownDays":30,"reciprocalBan":true,
               "baseWeight":1,"powerWeights":{"approval":2,"enforcement":2,"fundAllocation":2},"searchBudget":2000000},
             "snapshotHash":"00","seedCommitment":"00","eligibleDepartments":1,"eligibleWeight":1,
             "picks":[{"order":1,"department":"A","outcome":"target"}],"teams":[],"shortfall":0}
            """
        let record = try JSONDecoder().decode(DrawRecord.self, from: Data(json.utf8))
        #expect(record.kind == .ordered && record.orderedDepartments == ["A"] && record.policyHash.isEmpty)
        let result = verify(
            record, seed: Fixture.seed(1), roster: Roster(departments: [], inspectors: []), policy: Policy())
        #expect(result.differences.first?.hasPrefix("algorithm:") == true)
    }
}
