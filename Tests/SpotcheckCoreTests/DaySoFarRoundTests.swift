import Testing

@testable import SpotcheckCore

/// `why` and `replace` weigh the day's teams as the day so far defines them: replacements
/// applied, every draw of the day in issue order.
@Suite struct DaySoFarRoundTests {
    static let roster = Roster(
        departments: [Fixture.department("A"), Fixture.department("B")],
        inspectors: [
            Fixture.inspector("x", home: "B"), Fixture.inspector("y", home: "A"), Fixture.inspector("z", home: "C"),
        ])

    @Test func theRoundHoldsTheTeamsAsTheyStandWithHomesFromTheRoster() throws {
        let policy = Fixture.policy(targets: 2)
        let record = try Fixture.random(Self.roster, policy, seed: 3)
        var day = DaySoFar(date: Fixture.date)
        try day.issue(draw: "1", record: record)
        let team = try #require(record.teams.first)
        let out = try #require(team.members.first).inspector
        let incoming = try #require(
            Self.roster.inspectors.map(\.id).first { id in
                !record.teams.contains { $0.members.contains { $0.inspector == id } }
            })
        try day.apply(
            DaySoFar.Replacement(
                draw: "1", department: team.department, outgoing: out, incoming: incoming, reason: "ill", at: "t"))
        let round = day.round(in: Self.roster)
        #expect(round.map(\.department) == record.teams.map(\.department))
        let replaced = try #require(round.first { $0.department == team.department })
        #expect(replaced.members.map(\.inspector) == [incoming])
        #expect(replaced.members.first?.home == Self.roster.inspectors.first { $0.id == incoming }?.home)
        // The replaced inspector is free again for `why`: no daily-cap reason left.
        let eligibility = try Eligibility(roster: Self.roster, policy: policy, date: Fixture.date, round: round)
        if case .excluded(let reasons) = eligibility.why(inspector: out, department: team.department) {
            #expect(!reasons.contains { if case .dailyCap = $0 { true } else { false } })
        }
    }
}
