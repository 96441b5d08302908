import Foundation
import SpotcheckCore
import SpotcheckRoster
import Testing

/// A `lead_from` or `member_from` that names no department of the roster (a typo) would make
/// every draw inspect nobody and still verify: the draw refuses it and both verifiers name it.
@Suite struct CompositionTypoTests {
    static func policy(_ keys: String) throws -> String {
        let base = try String(contentsOfFile: "\(Run.county)/policy.toml", encoding: .utf8)
        let lines = base.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = try #require(lines.firstIndex { $0.hasPrefix("[policy.power_weights]") })
        return (lines[..<cut] + [Substring(keys), ""] + lines[cut...]).joined(separator: "\n")
    }

    @Test func aMistypedLeadFromIsRefusedByTheDrawAndNamedByBothVerifiersWithTheNearestId() throws {
        let folder = try Run.temporaryDirectory()
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let toml = try Self.policy("lead_from = \"d-zhifaa\"\nmember_from = [\"d-shenjii d-caizheng\"]")
        try Data(toml.utf8).write(to: folder.appendingPathComponent("policy.toml"))
        let seed = Run.seed(31)
        let drawn = try Run.spotcheck([
            "draw", "--roster", Run.county, "--policy", path("policy.toml"), "--date", "2026-12-02", "--seed", seed,
            "--json",
        ])
        #expect(drawn.status == 65, "\(drawn.stdout)\(drawn.stderr)")
        #expect(drawn.stderr.contains("lead_from names 'd-zhifaa'") && drawn.stderr.contains("did you mean 'd-zhifa'"))
        #expect(drawn.stderr.contains("member_from names 'd-shenjii'") && drawn.stderr.contains("'d-shenji'"))
        #expect(drawn.stdout.isEmpty)

        // A record made under such a policy anyway (by hand, as a careless or dishonest operator
        // could): it has no team at all, and both verifiers say why instead of "reproduces".
        let policy = try PolicyFile.parse(Array(toml.utf8), file: "policy.toml")
        let roster = try HonestDraw().roster
        let record = try draw(
            DrawInput(
                roster: roster, policy: policy, date: try #require(Day(iso: "2026-12-02")), pool: "county",
                seed: try #require(Seed(hex: seed))))
        #expect(record.teams.isEmpty, "the typo leaves no lead: \(record.teams.count) teams")
        try Data(RecordCoding.encode(record)).write(to: folder.appendingPathComponent("record.json"))
        try Data((seed + "\n").utf8).write(to: folder.appendingPathComponent("seed.hex"))
        let common = [
            path("record.json"), "--seed-file", path("seed.hex"), "--roster", Run.county, "--policy",
            path("policy.toml"),
        ]
        let python = try Run.python(common)
        #expect(python.status == 1, "\(python.stdout)\(python.stderr)")
        #expect(
            python.stdout.contains("policy.lead_from: lead_from names 'd-zhifaa'")
                && python.stdout.contains("did you mean 'd-zhifa'") && python.stdout.contains("inspects nobody"),
            "\(python.stdout)")
        #expect(python.stdout.contains("policy.member_from: member_from names 'd-shenjii'"), "\(python.stdout)")
        let swift = try Run.spotcheck(["verify"] + common)
        #expect(swift.status == 1, "\(swift.stdout)\(swift.stderr)")
        #expect(
            swift.stdout.contains("policy.lead_from: lead_from names 'd-zhifaa'")
                && swift.stdout.contains("did you mean 'd-zhifa'"), "\(swift.stdout)")
        #expect(swift.stdout.contains("policy.member_from: member_from names 'd-shenjii'"), "\(swift.stdout)")
    }

    @Test func anIdFarFromEveryDepartmentIsNamedWithoutAGuess() throws {
        let roster = try HonestDraw().roster
        let unknown = Composition(leadFrom: ["d-nosuch-department-at-all"]).unknownDepartments(in: roster)
        #expect(unknown.count == 1 && unknown[0].nearest == nil, "\(unknown)")
        #expect(Composition(leadFrom: ["D-ZHIFA"]).unknownDepartments(in: roster).first?.nearest == "d-zhifa")
        #expect(Composition(leadFrom: ["d-zhifa"], memberFrom: [["d-shenji"]]).unknownDepartments(in: roster).isEmpty)
    }
}
