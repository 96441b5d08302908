import Testing

@testable import SpotcheckCore

/// The team-composition rule of the policy (`lead_from`, `member_from`).
@Suite struct CompositionTests {
    static let rule = Composition(leadFrom: ["jw"], memberFrom: [["cz", "sj", "sc"]])

    static func policy(
        targets: Int = 3, size: Int = 3, homes: Int = 2, reciprocal: Bool = true, rule: Composition? = rule
    ) -> Policy {
        var policy = Fixture.policy(targets: targets, size: size, lead: true, homes: homes, reciprocal: reciprocal)
        policy.composition = rule
        return policy
    }

    /// A roster of `departments` departments plus the four named ones, with inspectors spread over
    /// them at random (a fixed generator per seed).
    static func roster(_ seed: UInt64, inspectors: Int = 24) -> Roster {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let ids = ["jw", "cz", "sj", "sc", "d1", "d2", "d3", "d4", "d5", "d6"]
        let departments = ids.map { Fixture.department($0, weight: 1 + next(3), skills: next(4) == 0 ? ["law"] : []) }
        let people = (0..<inspectors).map { index in
            Fixture.inspector(
                "i\(index)", home: ids[next(ids.count)], lead: next(3) == 0, skills: next(3) == 0 ? ["law"] : [],
                cap: 1 + next(2))
        }
        return Roster(departments: departments, inspectors: people)
    }

    static func satisfies(_ team: DrawRecord.Team, _ rule: Composition) -> Bool {
        guard let lead = team.members.first, lead.role == .lead, rule.leadFrom.contains(lead.home) else { return false }
        return rule.memberFrom.allSatisfy { group in team.members.contains { group.contains($0.home) } }
    }

    @Test func everyTeamOfADrawUnderTheRuleHasItsLeadAndAMemberFromTheNamedDepartments() throws {
        var teams = 0
        var refused = 0
        for seed in 0..<40 {
            let roster = Self.roster(UInt64(seed))
            let record = try Fixture.random(roster, Self.policy(), seed: seed)
            for team in record.teams {
                #expect(Self.satisfies(team, Self.rule), "seed \(seed): \(team)")
                teams += 1
            }
            refused += record.picks.filter { $0.blocker != nil }.count
            #expect(verify(record, seed: Fixture.seed(seed), roster: roster, policy: Self.policy()).reproduces)
        }
        #expect(teams > 20)
        #expect(refused > 0)
    }

    @Test func theRuleDecidesExactlyWhenATeamExists() throws {
        // Brute force over every team of a single target: a pick is staffed iff some team meets
        // every rule, the composition rule included.
        for seed in 0..<60 {
            let roster = Self.roster(UInt64(seed) + 1000, inspectors: 9)
            let policy = Self.policy(targets: 1, reciprocal: false)
            let record = try Fixture.targeted(roster, policy, targets: ["d1"], seed: seed)
            let context = try DrawContext(roster: roster, policy: policy, date: Fixture.date)
            let target = context.departmentIndex["d1"]!
            let eligible = context.inspectors.indices.filter { context.isEligible($0, for: target) }
            var exists = false
            func search(_ from: Int, _ chosen: [Int]) {
                if exists { return }
                if chosen.count == 3 {
                    let homes = Set(chosen.map { context.inspectors[$0].home })
                    let people = chosen.map { context.inspectors[$0] }
                    let lead = people.contains { $0.canLead && Self.rule.leadFrom.contains($0.home) }
                    let group = people.contains { Self.rule.memberFrom[0].contains($0.home) }
                    let skills = roster.departments.first { $0.id == "d1" }!.requiredSkills.allSatisfy { skill in
                        people.contains { $0.skills.contains(skill) }
                    }
                    exists = homes.count >= 2 && lead && group && skills
                    return
                }
                guard from < eligible.count else { return }
                for next in from..<eligible.count { search(next + 1, chosen + [eligible[next]]) }
            }
            search(0, [])
            #expect((record.teams.count == 1) == exists, "seed \(seed): \(record.picks)")
        }
    }

    @Test func aTargetWithNoLeadFromTheLeadDepartmentsNamesTheRule() throws {
        let roster = Roster(
            departments: ["jw", "cz", "d1"].map { Fixture.department($0) },
            inspectors: [
                Fixture.inspector("a", home: "cz", lead: true), Fixture.inspector("b", home: "d1", lead: true),
                Fixture.inspector("c", home: "jw", lead: false), Fixture.inspector("d", home: "cz", lead: false),
            ])
        let record = try Fixture.targeted(roster, Self.policy(targets: 1, size: 2), targets: ["d1"])
        #expect(record.teams.isEmpty)
        #expect(record.blocker(of: "d1")?.code == "no-lead-from")
        #expect(record.blocker(of: "d1")?.message.hasPrefix("no eligible inspector who can lead comes from jw") == true)
        // Without the rule the same roster staffs it.
        let free = try Fixture.targeted(roster, Self.policy(targets: 1, size: 2, rule: nil), targets: ["d1"])
        #expect(free.teams.count == 1)
    }

    @Test func aTargetWithNoMemberFromAGroupNamesTheGroup() throws {
        let roster = Roster(
            departments: ["jw", "cz", "sj", "d1", "d2"].map { Fixture.department($0) },
            inspectors: [
                Fixture.inspector("a", home: "jw", lead: true), Fixture.inspector("b", home: "d2", lead: false),
                Fixture.inspector("c", home: "d2", lead: false), Fixture.inspector("d", home: "cz", lead: false),
            ])
        let rule = Composition(leadFrom: ["jw"], memberFrom: [["cz", "sj"]])
        let record = try Fixture.targeted(roster, Self.policy(targets: 1, size: 2, rule: rule), targets: ["cz"])
        #expect(
            record.blocker(of: "cz")
                == Blocker(
                    code: "no-member-from", message: "no eligible inspector comes from any of cz, sj (member_from)"))
    }

    @Test func twoTargetsSharingTheOnlyGroupMemberGiveACertificate() throws {
        let roster = Roster(
            departments: ["jw", "cz", "d1", "d2"].map { Fixture.department($0) },
            inspectors: [
                Fixture.inspector("a", home: "jw", lead: true, cap: 2), Fixture.inspector("b", home: "d2", lead: false),
                Fixture.inspector("c", home: "d1", lead: false), Fixture.inspector("d", home: "cz", lead: false),
                Fixture.inspector("e", home: "d2", lead: false),
            ])
        let rule = Composition(leadFrom: ["jw"], memberFrom: [["cz"]])
        let record = try Fixture.targeted(
            roster, Self.policy(targets: 2, size: 3, homes: 1, reciprocal: false, rule: rule), targets: ["d1", "d2"])
        #expect(record.teams.map(\.department) == ["d1"])
        let blocker = try #require(record.blocker(of: "d2"))
        #expect(blocker.code == "member-from-exhausted")
        #expect(blocker.certificate?.resource == "member-from:cz")
        #expect(blocker.certificate?.demand == 2)
        #expect(blocker.certificate?.supply == 1)
    }

    @Test func aPolicyWithoutTheRuleKeepsItsTextAndHash() throws {
        let plain = Policy()
        #expect(Policy(composition: Composition()).canonicalText == plain.canonicalText)
        #expect(plain.canonicalText.split(separator: "\n").count == 13)
        var ruled = plain
        ruled.composition = Composition(leadFrom: ["jw"], memberFrom: [["sj", "cz", "sc"], ["d9"]])
        #expect(ruled.canonicalText == plain.canonicalText + "lead_from\tjw\nmember_from\tcz sc sj\nmember_from\td9\n")
        #expect(try Policy.parseCanonical(ruled.canonicalText).get() == ruled)
        #expect(try Policy.parseCanonical(plain.canonicalText).get() == plain)
        if case .success = Policy.parseCanonical(plain.canonicalText + "member_from\tsj cz\n") {
            Issue.record("unsorted ids must be refused")
        }
        var free = ruled
        free.leadRequired = false
        #expect(free.problems() == ["lead_from needs lead_required = true"])
    }

    @Test func aRecordWhoseTeamBreaksTheRuleIsRefused() throws {
        let policy = Self.policy()
        let seed = try #require(
            (0..<40).first { try! !Fixture.random(Self.roster(UInt64($0)), policy, seed: $0).teams.isEmpty })
        let roster = Self.roster(UInt64(seed))
        let record = try Fixture.random(roster, policy, seed: seed)
        #expect(verify(record, seed: Fixture.seed(seed), roster: roster, policy: policy).reproduces)
        let team = try #require(record.teams.first)
        // Swap the lead for an inspector from outside lead_from who could otherwise lead.
        let outsider = try #require(
            roster.inspectors.first { person in
                person.canLead && !Self.rule.leadFrom.contains(person.home) && person.home != team.department
                    && !record.teams.contains { $0.members.contains { $0.inspector == person.id } }
            })
        var broken = record
        broken.teams[0].members[0].inspector = outsider.id
        broken.teams[0].members[0].name = outsider.name
        broken.teams[0].members[0].home = outsider.home
        let result = verify(broken, seed: Fixture.seed(seed), roster: roster, policy: policy)
        #expect(result.differences.contains { $0.hasPrefix("teams[0].members") })
        // The same record under the policy without the rule fails on the policy hash.
        let plain = verify(record, seed: Fixture.seed(seed), roster: roster, policy: Self.policy(rule: nil))
        #expect(plain.differences.contains { $0.hasPrefix("policyHash") })
    }
}
