import Foundation
import SpotcheckCore
import SpotcheckRoster
import Testing

/// The team-composition rule (`lead_from`, `member_from`) across both implementations: the Swift
/// draw and `verify_draw.py --print` give the same bytes under it, and both verifiers refuse a
/// record whose team breaks it.
@Suite struct CompositionVerifierTests {
    static let leadFrom = ["d-gongjijin", "d-jiaotong", "d-sifa", "d-zhifa"]
    static let group = ["d-caizheng", "d-shenji", "d-shichang"]

    static func policyText() throws -> String {
        let base = try String(contentsOfFile: "\(Run.county)/policy.toml", encoding: .utf8)
        let lines = base.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = try #require(lines.firstIndex { $0.hasPrefix("[policy.power_weights]") })
        return
            (lines[..<cut] + [
                "lead_from = \"d-zhifa d-sifa   d-jiaotong d-gongjijin\"",
                "member_from = [\"d-shichang d-caizheng d-shenji\"]", "",
            ] + lines[cut...]).joined(separator: "\n")
    }

    @Test func swiftAndPythonGiveTheSameRecordUnderTheRuleAndRefuseATeamThatBreaksIt() throws {
        let folder = try Run.temporaryDirectory()
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let toml = try Self.policyText()
        try Data(toml.utf8).write(to: folder.appendingPathComponent("policy.toml"))
        let policy = try PolicyFile.parse(Array(toml.utf8), file: "policy.toml")
        #expect(policy.composition == Composition(leadFrom: Self.leadFrom, memberFrom: [Self.group]))
        try Data(policy.canonicalText.utf8).write(to: folder.appendingPathComponent("policy.txt"))
        var checkedTeams = 0
        for (number, date) in [(21, "2026-12-01"), (22, "2026-12-03"), (23, "2026-12-09")] {
            let seed = Run.seed(number)
            let made = try Run.spotcheck([
                "draw", "--roster", Run.county, "--policy", path("policy.toml"), "--date", date, "--seed", seed,
                "--json", "--commitment", path("commitment.json"),
            ])
            #expect(made.status == 0, "\(made.stderr)")
            try Data(made.stdout.utf8).write(to: folder.appendingPathComponent("record.json"))
            try Data((seed + "\n").utf8).write(to: folder.appendingPathComponent("seed.hex"))
            let record = try RecordCoding.decodeRecord(Array(made.stdout.utf8), file: "record.json")
            #expect(record.policy.composition == policy.composition)
            for team in record.teams {
                #expect(team.members.first?.role == .lead && Self.leadFrom.contains(team.members[0].home))
                #expect(team.members.contains { Self.group.contains($0.home) }, "\(team)")
                checkedTeams += 1
            }
            for policyFile in ["policy.txt", "policy.toml"] {
                let common = [
                    path("record.json"), "--seed-file", path("seed.hex"), "--roster", Run.county, "--policy",
                    path(policyFile), "--commitment", path("commitment.json"),
                ]
                let printed = try Run.python(common + ["--print"])
                #expect(printed.stdout == made.stdout, "\(date) \(policyFile): \(printed.stderr)")
                #expect(try Run.python(common).status == 0)
                #expect(try Run.spotcheck(["verify"] + common).status == 0)
            }
            // The first team's lead swapped for a lead-capable inspector from outside lead_from.
            guard let team = record.teams.first else { continue }
            let used = Set(record.teams.flatMap { $0.members.map(\.inspector) })
            let roster = try HonestDraw().roster
            let outsider = try #require(
                roster.inspectors.first { person in
                    person.canLead && !Self.leadFrom.contains(person.home) && person.home != team.department
                        && !used.contains(person.id)
                })
            var broken = record
            broken.teams[0].members[0].inspector = outsider.id
            broken.teams[0].members[0].name = outsider.name
            broken.teams[0].members[0].home = outsider.home
            try Data(RecordCoding.encode(broken)).write(to: folder.appendingPathComponent("broken.json"))
            let common = [
                path("broken.json"), "--seed-file", path("seed.hex"), "--roster", Run.county, "--policy",
                path("policy.txt"), "--commitment", path("commitment.json"),
            ]
            let python = try Run.python(common)
            #expect(python.status == 1 && python.stdout.contains("teams[0]"), "\(python.stdout)\(python.stderr)")
            let swift = try Run.spotcheck(["verify"] + common)
            #expect(swift.status == 1 && swift.stdout.contains("teams[0]"), "\(swift.stdout)\(swift.stderr)")
        }
        #expect(checkedTeams >= 5)
    }

    @Test func bothVerifiersReadThePolicyTextTheDrawWrites() throws {
        let folder = try Run.temporaryDirectory()
        let toml = try Self.policyText()
        let policy = try PolicyFile.parse(Array(toml.utf8), file: "policy.toml")
        #expect(
            policy.canonicalText.hasSuffix(
                "lead_from\td-gongjijin d-jiaotong d-sifa d-zhifa\nmember_from\td-caizheng d-shenji d-shichang\n"))
        // The county's own policy (no rule) keeps the text it always had: 13 lines.
        let plain = try PolicyFile.parse(
            Array(try Data(contentsOf: URL(fileURLWithPath: "\(Run.county)/policy.toml"))), file: "policy.toml")
        #expect(plain.composition == nil)
        #expect(plain.canonicalText.split(separator: "\n").count == 13)
        // lead_from without lead_required is refused by name.
        let bad = toml.replacingOccurrences(of: "lead_required = true", with: "lead_required = false")
        #expect(throws: InputErrors.self) { try PolicyFile.parse(Array(bad.utf8), file: "policy.toml") }
        try Data(bad.utf8).write(to: folder.appendingPathComponent("bad.toml"))
        let script = """
            import sys; sys.path.insert(0, "tools"); import verify_draw
            try:
                verify_draw.load_policy(sys.argv[1])
            except verify_draw.InputProblem as problem:
                print(problem); sys.exit(3)
            """
        let refused = try Run.run(
            "/usr/bin/env", ["python3", "-c", script, folder.appendingPathComponent("bad.toml").path])
        #expect(refused.status == 3 && refused.stdout.contains("lead_from"), "\(refused.stdout)\(refused.stderr)")
    }
}

/// The hostile rosters of the cross-implementation tests under a composition rule: a lead from
/// every third department, a member from each of two groups.
@Suite struct CompositionCrossImplementationTests {
    @Test(arguments: 0..<CrossRun.rosters)
    func pythonDerivesTheSameBytesUnderACompositionRule(number: Int) throws {
        try CrossRun.check(number) { Self.adjust(&$0, number) }
    }

    /// Roster 56 under member_from alone once made the SAT model take a candidate twice and
    /// crash the draw.
    @Test func theRosterThatOnceCrashedTheCanonicalSearchDraws() throws {
        try CrossRun.check(56) { Self.adjust(&$0, 56) }
    }

    static func adjust(_ crossCase: inout CrossCase, _ number: Int) {
        let ids = crossCase.roster.departments.map(\.id).sorted()
        let leads = ids.enumerated().filter { $0.offset % 3 == number % 3 }.map(\.element)
        let first = ids.enumerated().filter { $0.offset % 4 == 1 }.map(\.element)
        let second = ids.enumerated().filter { $0.offset % 5 == number % 5 }.map(\.element)
        var lines = crossCase.policyTOML.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines = lines.map { $0.hasPrefix("lead_required") ? "lead_required = true" : $0 }
        // A quarter of the cases have member_from alone (an empty leadFrom in the record).
        lines.insert(
            contentsOf: [
                number % 4 == 0 ? "" : "lead_from = \"\(leads.joined(separator: " "))\"",
                "member_from = [\"\(first.joined(separator: " "))\", \"\(second.joined(separator: "  "))\"]",
            ], at: 1)
        crossCase.policyTOML = lines.joined(separator: "\n")
    }
}
