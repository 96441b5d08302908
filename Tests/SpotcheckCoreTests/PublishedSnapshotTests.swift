import Testing

@testable import SpotcheckCore
@testable import SpotcheckSimulation

/// What a draw publishes since snapshot grammar 3: the same draw from less personal data, and
/// conflict reasons nobody can confirm by guessing.
@Suite struct PublishedSnapshotTests {
    /// A salt per conflict, as the daemon keeps them (here from a counter, unlike the kernel's).
    static func salts(_ roster: Roster) -> [Conflict: [UInt8]] {
        var out: [Conflict: [UInt8]] = [:]
        for (index, conflict) in roster.conflicts.enumerated() {
            out[conflict] = (0..<32).map { UInt8(truncatingIfNeeded: index * 31 + $0 * 7 + 1) }
        }
        return out
    }

    static func published(_ roster: Roster, on date: Day, policy: Policy) -> Roster {
        let salts = Self.salts(roster)
        return roster.published(on: date, policy: policy) { salts[$0]! }
    }

    @Test func theDrawFromThePublishedSnapshotIsTheDrawFromTheWholeRoster() throws {
        var compared = 0
        for rosterSeed in 0..<6 {
            var generator = RosterGenerator(departments: 14, inspectors: 40)
            generator.conflictsPer100 = 60
            generator.denseFormerPercent = 40
            let roster = generator.make(seed: UInt64(rosterSeed))
            let policy = Policy(targetsPerDraw: 4, teamSize: 3, formerDepartmentWindowDays: 400)
            for offset in [0, 3, 40] {
                let date = generator.today.adding(days: offset)
                for seed in 1...3 {
                    let whole = try draw(
                        DrawInput(
                            roster: roster, policy: policy, date: date, pool: generator.pool, seed: Fixture.seed(seed)))
                    let published = try draw(
                        DrawInput(
                            roster: Self.published(roster, on: date, policy: policy), policy: policy, date: date,
                            pool: generator.pool, seed: Fixture.seed(seed)))
                    var expected = whole
                    expected.snapshotHash = published.snapshotHash
                    #expect(published == expected, "roster \(rosterSeed), \(date), seed \(seed)")
                    #expect(published.snapshotHash != whole.snapshotHash)
                    compared += 1
                }
            }
        }
        #expect(compared == 54)
    }

    @Test func aConflictReasonCannotBeRecoveredFromAGuessList() {
        let reasons = ["配偶在该单位任职", "曾举报该单位", "曾被该单位投诉", "子女在该单位工作"]
        let roster = Roster(
            departments: [Fixture.department("A"), Fixture.department("B")],
            inspectors: [Fixture.inspector("x", home: "B"), Fixture.inspector("y", home: "B")],
            conflicts: [
                Conflict(inspector: "x", department: "A", reason: "曾举报该单位"),
                Conflict(inspector: "y", department: "A", reason: "曾举报该单位"),
            ])
        let published = Self.published(roster, on: Fixture.date, policy: Fixture.policy())
        let text = published.canonicalText
        #expect(text.hasPrefix("spotcheck-snapshot/3\n"))
        for guess in reasons {
            #expect(!text.contains(sha256Hex(Array(guess.utf8))), "\(guess) is confirmed by its plain hash")
            #expect(!text.contains(guess))
        }
        // Two inspectors with the same reason do not show it: their commitments differ.
        let values = published.conflicts.map(\.reasonHash)
        #expect(Set(values).count == 2)
        // Whoever holds a row's salt opens it, and only with the true reason.
        let salts = Self.salts(roster)
        #expect(ConflictCommitment.value(salt: salts[roster.conflicts[0]]!, reason: "曾举报该单位") == values[0])
        #expect(ConflictCommitment.value(salt: salts[roster.conflicts[0]]!, reason: "曾被该单位投诉") != values[0])
    }

    @Test func thePublishedSnapshotTextHoldsNoLoginsAndOnlyTheDaysAndPostsTheDateReads() {
        let date = Fixture.date
        let roster = Roster(
            departments: [Fixture.department("A"), Fixture.department("B"), Fixture.department("C")],
            inspectors: [
                Fixture.inspector(
                    "x", home: "B",
                    former: [
                        FormerPost(department: "A", left: date.adding(days: -10)),
                        FormerPost(department: "C", left: date.adding(days: -400)),
                    ], unavailable: [date.adding(days: -3), date, date.adding(days: 9)]),
                Fixture.inspector("y", home: "B", unavailable: [date.adding(days: 1)]),
            ],
            conflicts: [
                Conflict(inspector: "x", department: "A", reason: "kin", until: date.adding(days: -1)),
                Conflict(inspector: "y", department: "A", reason: "kin", until: date),
            ])
        let published = Self.published(roster, on: date, policy: Fixture.policy(former: 30))
        let x = published.inspectors[0]
        let y = published.inspectors[1]
        #expect(!published.canonicalText.contains("ux") && !published.canonicalText.contains("uy"))
        #expect(x.unavailable == DaySet([date]))
        #expect(y.unavailable == DaySet())
        #expect(x.former == [FormerPost(department: "A", left: date.adding(days: -10))])
        // The conflict that ended the day before is not published; the one ending today is.
        #expect(published.conflicts.map(\.inspector) == ["y"])
        #expect(published.conflicts.allSatisfy { $0.reason.isEmpty })
    }

    @Test func aRosterAsLoadedKeepsGrammarTwoAndItsHash() {
        let roster = SnapshotV2Tests.roster()
        #expect(roster.canonicalText.hasPrefix("spotcheck-snapshot/2\n"))
        #expect(roster.canonicalText.contains("\tux\t"))
        #expect(roster.canonicalText.contains(sha256Hex(Array("配偶在该单位任职".utf8))))
    }
}
