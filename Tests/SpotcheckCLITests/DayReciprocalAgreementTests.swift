import Foundation
import SpotcheckCore
import SpotcheckRoster
import Testing

/// verify_draw.py recomputes the records of a day with several draws byte for byte, under the
/// algorithm each record names (docs/draw-algorithm.md §2, "The reciprocal ban across the day").
@Suite struct DayReciprocalAgreementTests {
    static let departments = "id,name,weight,powers,required_skills,pools\nA,甲,,,,p\nB,乙,,,,q\nC,丙,,,,\n"
    static let inspectors =
        "id,name,login,home,former,skills,can_lead,unavailable,daily_cap\n"
        + "a1,A1,ua1,A,,,yes,,\na2,A2,ua2,A,,,yes,,\nb1,B1,ub1,B,,,yes,,\nb2,B2,ub2,B,,,yes,,\n"
        + "c1,C1,uc1,C,,,yes,,\nc2,C2,uc2,C,,,no,,2\n"
    static let policy =
        "[policy]\nteam_size = 2\nlead_required = true\nmin_home_departments = 1\nreciprocal_ban = true\n"
        + "cooldown_days = 0\n"

    /// Draws pool `pool` (or the ordered `targets`) on a roster whose history holds `dayHistory`
    /// (the day so far) under `algorithm`, and checks that verify_draw.py prints the same record
    /// and accepts it.
    func agree(
        dayHistory: String, pool: String, targets: [String]?, algorithm: String, seed: Int
    ) throws
        -> DrawRecord
    {
        let folder = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = "date,inspector,department\n" + dayHistory
        let files = [
            ("departments.csv", Self.departments), ("inspectors.csv", Self.inspectors), ("history.csv", history),
            ("policy.toml", Self.policy),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let roster = try RosterParser.parseInput(
            RosterFiles(
                departments: .init(name: "departments.csv", bytes: Array(Self.departments.utf8)),
                inspectors: .init(name: "inspectors.csv", bytes: Array(Self.inspectors.utf8)),
                history: .init(name: "history.csv", bytes: Array(history.utf8))))
        let policy = try PolicyFile.parse(Array(Self.policy.utf8), file: "policy.toml")
        let seedHex = Run.seed(seed)
        var input = DrawInput(
            roster: roster, policy: policy, date: Day(iso: "2026-12-01")!, pool: pool,
            seed: try #require(Seed(hex: seedHex)), fixedTargets: targets)
        input.algorithm = algorithm
        let record = try draw(input)
        let bytes = RecordCoding.encode(record)
        let path = folder.appendingPathComponent("record.json")
        try Data(bytes).write(to: path)
        let printed = try Run.python([path.path, "--seed", seedHex, "--roster", folder.path, "--print"])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(
            printed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                == String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
            "\(algorithm), seed \(seed): verify_draw.py --print differs from the Swift draw")
        let checked = try Run.python([path.path, "--seed", seedHex, "--roster", folder.path])
        #expect(checked.status == 0, "\(algorithm): \(checked.stdout) \(checked.stderr)")
        return record
    }

    @Test func pythonAgreesThatTheSecondPoolMayNotSendAsStaffToB() throws {
        let record = try agree(
            dayHistory: "2026-12-01,b1,A\n2026-12-01,b2,A\n", pool: "q", targets: nil,
            algorithm: "spotcheck-draw/3", seed: 4)
        // B is staffed from C (in no pool), never from A.
        let team = try #require(record.teams.first { $0.department == "B" })
        #expect(!team.members.contains { $0.home == "A" })
    }

    @Test func pythonAgreesOnAnOrderAfterAMixedTeamOfTheDay() throws {
        for seed in 1...4 {
            let record = try agree(
                dayHistory: "2026-12-01,b1,A\n2026-12-01,c1,A\n", pool: "p", targets: ["B", "C"],
                algorithm: "spotcheck-draw/3", seed: seed)
            #expect(!(record.teams.first { $0.department == "B" }?.members.contains { $0.home == "A" } ?? false))
            // The rule is symmetric: A's team of the day has a member from C, so A's staff stay off C.
            #expect(!(record.teams.first { $0.department == "C" }?.members.contains { $0.home == "A" } ?? false))
        }
    }

    @Test func pythonStillRecomputesARecordOfTheOldAlgorithm() throws {
        let record = try agree(
            dayHistory: "2026-12-01,b1,A\n2026-12-01,b2,A\n", pool: "q", targets: nil,
            algorithm: "spotcheck-draw/2", seed: 4)
        // The old rule sent A's staff to B (the record the new rule refuses below).
        #expect(record.teams.first?.members.contains { $0.home == "A" } == true)
    }

    @Test func pythonRefusesARecordRelabelledToTheNewAlgorithm() throws {
        let folder = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try agree(
            dayHistory: "2026-12-01,b1,A\n2026-12-01,b2,A\n", pool: "q", targets: nil,
            algorithm: "spotcheck-draw/2", seed: 4)
        var relabelled = old
        relabelled.algorithm = "spotcheck-draw/3"
        let files = [
            ("departments.csv", Self.departments), ("inspectors.csv", Self.inspectors),
            ("history.csv", "date,inspector,department\n2026-12-01,b1,A\n2026-12-01,b2,A\n"),
            ("policy.toml", Self.policy),
            ("record.json", String(decoding: RecordCoding.encode(relabelled), as: UTF8.self)),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let checked = try Run.python([
            folder.appendingPathComponent("record.json").path, "--seed", Run.seed(4), "--roster", folder.path,
        ])
        #expect(checked.status != 0)
    }
}
