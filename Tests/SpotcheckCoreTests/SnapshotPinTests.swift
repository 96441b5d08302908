import SpotcheckSimulation
import Testing

@testable import SpotcheckCore

/// Every byte a draw commits to stays what it was: the canonical text of a roster full of awkward
/// text (Chinese and mixed ASCII, ids with equal prefixes, escapes, empty lists, many and repeated
/// former departments, text beyond ASCII where canonical equivalence differs from byte equality,
/// dates outside four-digit years), with and without salts, and whole draws, pinned to the values
/// the code at df92ffb gave.
@Suite struct SnapshotPinTests {
    static let date = Day(year: 2026, month: 12, day: 1)!

    static func awkwardRoster() -> Roster {
        var roster = RosterGenerator(departments: 60, inspectors: 400).make(seed: 13)
        let day = Self.date
        func post(_ department: String, _ days: Int) -> FormerPost {
            FormerPost(department: department, left: day.adding(days: days))
        }
        roster.departments += [
            Department(id: "d06", name: "税务局 Tax\tBureau", weight: 7, powers: [.fundAllocation, .approval]),
            Department(
                id: "d0600", name: "a\\b", powers: [.enforcement, .approval, .fundAllocation, .approval],
                requiredSkills: ["law", "finance", "law"], pools: ["main", "zeta", "alpha", "main"]),
            Department(id: "d06.", name: "line\nbreak\r回车", weight: 0, pools: ["main"], active: false),
            Department(id: "d06-", name: "", pools: [], address: "城关镇 1\t号"),
            Department(id: "D06", name: "Ünïcode ＦＵＬＬ", requiredSkills: ["e\u{301}", "\u{e9}"], pools: ["main"]),
        ]
        roster.inspectors += [
            Inspector(
                id: "i0401", name: "欧阳 Jane\t", login: "用户", home: "d06",
                former: [
                    post("d001", -3), post("d0010", -3), post("d001", -40), post("d001", -3), post("d01", -3),
                    post("d06.", -400), post("d06-", -5), post("d06", -5), post("D06", -5), post("d0600", -9),
                ],
                skills: ["law", "finance", "law", "audit"], canLead: true,
                unavailable: DaySet([day, day.adding(days: 1), day.adding(days: 9)]), dailyCap: 2),
            Inspector(
                id: "i04010", name: "", login: "", home: "nowhere",
                former: [post("单位", -2), post("e\u{301}", -2), post("\u{e9}", -2), post("d001", -2)],
                skills: ["e\u{301}", "\u{e9}"], unavailable: DaySet([day.adding(days: 3)]), dailyCap: 10),
            Inspector(
                id: "i0402", name: "tab\there", login: "x", home: "d002",
                former: [post("a\tb", -1), post("x\\y", -1), post("a\tb", -1)], active: false),
            Inspector(id: "i0403", name: "back\\slash", login: "y", home: "d003", former: [post("a\tb", -1)]),
            Inspector(
                id: "i0404", name: "远年", login: "z", home: "d004",
                former: [
                    FormerPost(department: "d005", left: Day(ordinal: -800_000)),
                    FormerPost(department: "d005", left: Day(ordinal: 3_000_000)),
                ],
                unavailable: DaySet(ranges: [DayRange(Day(ordinal: -800_000), Day(ordinal: 3_000_000))!])),
        ]
        roster.conflicts += [
            Conflict(inspector: "i0401", department: "d06", reason: "配偶在该单位任职", until: day.adding(days: 30)),
            Conflict(inspector: "i0401", department: "d06", reason: ""),
            Conflict(
                inspector: "i04010", department: "d0600", reason: "", until: day,
                reasonSHA256: String(repeating: "ab", count: 32)),
            Conflict(inspector: "i0401", department: "d06", reason: "配偶在该单位任职", until: day.adding(days: 30)),
        ]
        roster.history += [
            PastAssignment(date: day.adding(days: -1), inspector: "i0401", department: "d06"),
            PastAssignment(date: day.adding(days: -1), inspector: "i0401", department: "d06"),
            PastAssignment(date: day.adding(days: -1), inspector: "i04010", department: "d06"),
            PastAssignment(date: day, inspector: "i0402", department: "d0600"),
        ]
        return roster
    }

    static func hex(_ bytes: [UInt8]) -> String { sha256Hex(bytes) }

    static let salt = (0..<32).map { UInt8($0 * 7 % 256) }

    /// The pinned values, by name.
    static func values() -> [(String, String)] {
        let roster = awkwardRoster()
        var reordered = roster
        reordered.departments.reverse()
        reordered.inspectors.reverse()
        reordered.conflicts.reverse()
        reordered.history.reverse()
        let published = roster.published(on: date, policy: Policy()) { conflict in
            Array(conflict.inspector.utf8.prefix(8)) + Array(repeating: 1, count: 24)
        }
        let input = DrawInput(
            roster: published, policy: Policy(), date: date, pool: "main", seed: Fixture.seed(11),
            previousRecordHash: String(repeating: "0", count: 64), visit: "covert")
        return [
            ("text", hex(roster.canonicalBytes)),
            ("salted", hex(roster.canonicalBytes(salt: salt))),
            ("reordered", hex(reordered.canonicalBytes(salt: salt))),
            ("published", hex(published.canonicalBytes)),
            ("snapshotHash", roster.snapshotHash),
            ("seeded", roster.snapshotHash(seed: Fixture.seed(11))),
            ("commitment", hex(input.commitment.canonicalJSON)),
            ("recordSalt", DrawRecord.salt(seed: Fixture.seed(11))),
        ]
    }

    /// Computed by Snapshot.swift and CanonicalLists.swift at df92ffb.
    static let pinned: [String: String] = [
        "text": "fe098789774c8370e122f9e5f5c0b5482966014f15235ee7107581f5e2da406a",
        "salted": "3029c43c3e654a1a46fdd6669b656204c16f9f8b5566e2ce60837f16b6ae9dbd",
        "reordered": "3029c43c3e654a1a46fdd6669b656204c16f9f8b5566e2ce60837f16b6ae9dbd",
        "published": "596f16c691006788cf0e7085337981f5055e32f312b5f9c7ebcda35726d1927f",
        "snapshotHash": "fe098789774c8370e122f9e5f5c0b5482966014f15235ee7107581f5e2da406a",
        "seeded": "0104ab4f56a1a057c3da8b2fbb77a990004eef9b60310b3749b031ba928cf7e0",
        "commitment": "08ea39e0db61afc0c0a9a9ee9010ced08528df89ec0a5968b8ffdfefb5638716",
        // HMAC-SHA256(seed, "spotcheck/v2/record-salt"), computed with Python's hmac module.
        "recordSalt": "20ef981a82bd637eec085f70c2ba3ff56d356d8bdc9221228be912feee69b96b",
    ]

    @Test func theCanonicalTextOfAnAwkwardRosterKeepsEveryByte() {
        for (name, value) in Self.values() {
            #expect(Self.pinned[name] == value, "\(name)")
        }
        let roster = Self.awkwardRoster()
        // The digest written as the text is made equals the digest of the whole text.
        #expect(
            roster.snapshotHash(seed: Fixture.seed(11))
                == Self.hex(roster.canonicalBytes(salt: Fixture.seed(11).snapshotSalt)))
        #expect(roster.snapshotHash == Self.hex(roster.canonicalBytes))
    }

    /// Every field of a draw record, one line each.
    static func text(_ record: DrawRecord) -> String {
        var lines = [
            "\(record.snapshotHash) \(record.eligibleDepartments) \(record.eligibleWeight) \(record.shortfall)"
        ]
        for pick in record.picks {
            lines.append(
                "\(pick.order) \(pick.department) \(pick.weight ?? -1) \(pick.remainingWeight ?? -1) \(pick.ticket ?? "-") "
                    + "\(pick.attempt ?? -1) \(pick.outcome.rawValue) \(pick.blocker?.code ?? "-") \(pick.replacedBy ?? "-")"
            )
        }
        for team in record.teams {
            lines.append(
                "\(team.department) \(team.departmentName): "
                    + team.members.map { "\($0.inspector)/\($0.name)/\($0.home)/\($0.role.rawValue)" }.joined(
                        separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    /// Computed by the draw code at df92ffb.
    static let pinnedDraws = [
        "b3d61222148db45c4094606ef9c27450c36c325244ae5d7833c9c9c9971f2260",
        "6b186d2b092a6806548f3d4bedb57d75a5c987232b9538c6c47de38a856d1e59",
        "8a7076c89b6d40f57349c27dd9f76fa20073c680b108d14f337b8866155fcfb7",
    ]

    @Test func aDrawOnAGeneratedRosterKeepsEveryByte() throws {
        let roster = RosterGenerator(departments: 300, inspectors: 3_000).make(seed: 9)
        var policy = Policy()
        policy.targetsPerDraw = 12
        var found: [String] = []
        for (number, pool) in [(3, "main"), (4, "main")] {
            let record = try draw(
                DrawInput(roster: roster, policy: policy, date: Self.date, pool: pool, seed: Fixture.seed(number)))
            found.append(Self.hex(Array(Self.text(record).utf8)))
        }
        let awkward = try draw(
            DrawInput(
                roster: Self.awkwardRoster(), policy: Policy(), date: Self.date, pool: "main", seed: Fixture.seed(5)))
        found.append(Self.hex(Array(Self.text(awkward).utf8)))
        #expect(found == Self.pinnedDraws)
    }
}
