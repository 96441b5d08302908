import Foundation
import Testing

/// `spotcheck why --record` for an inspector on the record's team for that department says they
/// are on it (and as what), not that they "may inspect" it.
@Suite struct WhyOnTeamRecordTests {
    @Test func whyFromARecordSaysAMemberIsOnTheTeam() throws {
        let folder = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("record.json").path
        let drawn = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Run.seed(7), "--output", record, "--json",
        ])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: record))) as? [String: Any])
        let team = try #require((object["teams"] as? [[String: Any]])?.first)
        let department = try #require(team["department"] as? String)
        let lead = try #require((team["members"] as? [[String: Any]])?.first { $0["role"] as? String == "lead" })
        let inspector = try #require(lead["inspector"] as? String)

        let arguments = ["why", inspector, department, "--roster", Run.county, "--record", record]
        let english = try Run.spotcheck(arguments)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("is on the team for \(department)"), "\(english.stdout)")
        #expect(english.stdout.contains("on 2026-12-01, as lead."), "\(english.stdout)")
        #expect(!english.stdout.contains("may inspect"), "\(english.stdout)")
        let chinese = try Run.spotcheck(arguments, locale: "zh_CN.UTF-8")
        #expect(chinese.stdout.contains("已在 2026-12-01 检查 \(department)"), "\(chinese.stdout)")
        #expect(chinese.stdout.contains("的检查组中，担任组长。"), "\(chinese.stdout)")
        let json = try Run.spotcheck(arguments + ["--json"])
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(answer["teamRole"] as? String == "lead" && answer["eligible"] as? Bool == true, "\(json.stdout)")
        try JSONCheck.expectValid(json.stdout, schema: "why")
        // Without the record nobody is on a team: "may" as before (or the rules that keep them away).
        let plain = try Run.spotcheck(["why", inspector, department, "--roster", Run.county, "--date", "2026-12-01"])
        #expect(!plain.stdout.contains("is on the team"), "\(plain.stdout)")
    }
}
