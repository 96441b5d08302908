import Foundation
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `spotcheck why` for an inspector already on the day's team for that department says they are
/// on it (and as what), not that they "may inspect" it.
@Suite struct WhyOnTeamTests {
    @Test func whySaysAnInspectorIsOnTheTeamNotThatTheyMayInspectIt() throws {
        let roster = try ReplaceDepartmentTests.roster()
        defer { try? FileManager.default.removeItem(atPath: roster) }
        let daemon = try ReplaceDepartmentTests.started(roster: roster)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let store = try Store(path: daemon.statePath)
        let draw = try #require(try store.draws().last)
        let lead = try #require(try store.assignments(drawID: draw.id).first { $0.role == "lead" })

        let english = try ReplaceDepartmentTests.run(daemon, ["why", lead.inspector, lead.department])
        #expect(english.status == 0, "\(english.output)")
        #expect(
            english.output.contains("\(lead.inspector) is on today's team for \(lead.department), as lead."),
            "\(english.output)")
        #expect(!english.output.contains("may inspect"), "\(english.output)")
        let chinese = try ReplaceDepartmentTests.run(daemon, ["why", lead.inspector, lead.department], chinese: true)
        #expect(
            chinese.output.contains("\(lead.inspector) 已在今天检查 \(lead.department) 的检查组中，担任组长。"),
            "\(chinese.output)")
        let json = try ReplaceDepartmentTests.run(daemon, ["why", lead.inspector, lead.department, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["teamRole"] as? String == "lead" && object["eligible"] as? Bool == true, "\(json.output)")

        // The other department: their cap of 1 is reached there, and they are on no team of it.
        let other = lead.department == "d-a" ? "d-b" : "d-a"
        let capped = try ReplaceDepartmentTests.run(daemon, ["why", lead.inspector, other])
        #expect(capped.output.contains("may not inspect") && !capped.output.contains("on today's team"))
        let plain = try ReplaceDepartmentTests.run(daemon, ["why", lead.inspector, other, "--json"])
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(plain.output.utf8)) as? [String: Any])
        #expect(answer["teamRole"] == nil, "\(plain.output)")
    }
}
