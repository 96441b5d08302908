import Foundation
import Testing

/// `spotcheck check-roster` refuses what the draw could not work with, naming file, line and field,
/// and never echoes a terminal escape.
@Suite struct CheckRosterLimitTests {
    static func roster(departments: String? = nil, inspectors: String? = nil) throws -> URL {
        let folder = try Run.temporaryDirectory()
        for name in ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv", "policy.toml"] {
            try FileManager.default.copyItem(
                atPath: "\(Run.county)/\(name)", toPath: folder.appendingPathComponent(name).path)
        }
        if let departments {
            try departments.write(
                to: folder.appendingPathComponent("departments.csv"), atomically: true, encoding: .utf8)
        }
        if let inspectors {
            try inspectors.write(to: folder.appendingPathComponent("inspectors.csv"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func refusesMoreThanSixtyFourRequiredSkills() throws {
        let county = try String(contentsOfFile: "\(Run.county)/departments.csv", encoding: .utf8)
        let extra = (0..<65).map { "d-extra\($0),额外\($0),,,extra\($0),county,\n" }.joined()
        let folder = try Self.roster(departments: county + extra)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.spotcheck(["check-roster", "--roster", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("departments.csv:"), "\(result.stderr)")
        #expect(result.stderr.contains(": required_skills: 'extra"), "\(result.stderr)")
        #expect(result.stderr.contains("65th distinct required skill"), "\(result.stderr)")
    }

    @Test func escapesTerminalControlsInWhatItEchoes() throws {
        let county = try String(contentsOfFile: "\(Run.county)/inspectors.csv", encoding: .utf8)
        let folder = try Self.roster(
            inspectors: county + "i999,X,x999,d-fagai,,,\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}yes,,\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.spotcheck(["check-roster", "--roster", folder.path])
        #expect(result.status == 65)
        #expect(
            !result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{202E}")
                && !result.stderr.contains("\u{07}"))
        #expect(
            result.stderr.contains("can_lead: '\\u{1B}]0;owned\\u{7}\\u{1B}[2J\\u{202E}yes' is not yes or no"),
            "\(result.stderr)")
    }

    @Test func refusesAPolicyOverOneMebibyte() throws {
        let folder = try Self.roster()
        defer { try? FileManager.default.removeItem(at: folder) }
        let policy = folder.appendingPathComponent("policy.toml")
        try ("[policy]\n# " + String(repeating: "x", count: 1 << 20)).write(
            to: policy, atomically: true, encoding: .utf8)
        let result = try Run.spotcheck(["check-roster", "--roster", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("policy.toml: is larger than 1 MiB"), "\(result.stderr)")
    }
}
