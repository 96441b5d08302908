import Foundation
import SpotcheckCore
import SpotcheckRoster
import Testing

/// An honest county draw with everything a verifier needs, written to a folder: the record, the
/// commitment, the seed, the policy (TOML and canonical text) and the roster.
struct HonestDraw {
    let folder: URL
    let seed = Run.seed(11)
    let record: DrawRecord
    let roster: Roster
    let policy: Policy

    init() throws {
        folder = try Run.temporaryDirectory()
        let swift = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", seed, "--json", "--commitment",
            folder.appendingPathComponent("commitment.json").path,
        ])
        guard swift.status == 0 else { throw CLITestFailure(swift.stderr) }
        try Data(swift.stdout.utf8).write(to: folder.appendingPathComponent("record.json"))
        try Data((seed + "\n").utf8).write(to: folder.appendingPathComponent("seed.hex"))
        record = try RecordCoding.decodeRecord(Array(swift.stdout.utf8), file: "record.json")
        func file(_ name: String) throws -> RosterFiles.File {
            RosterFiles.File(
                name: name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: "\(Run.county)/\(name)"))))
        }
        roster = try RosterParser.parse(
            RosterFiles(
                departments: try file("departments.csv"), inspectors: try file("inspectors.csv"),
                conflicts: try file("conflicts.csv"), history: try file("history.csv")))
        policy = try PolicyFile.parse(
            Array(try Data(contentsOf: URL(fileURLWithPath: "\(Run.county)/policy.toml"))), file: "policy.toml")
        try write("policy.txt", Array(policy.canonicalText.utf8))
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    /// Writes the record as tampered and runs both verifiers on it.
    func verifyBoth(
        record: DrawRecord? = nil, policy: String = "policy.txt", commitment: String = "commitment.json",
        replacements: String? = nil
    ) throws -> (swift: Run.Result, python: Run.Result) {
        if let record { try write("tampered.json", RecordCoding.encode(record)) }
        let name = record == nil ? "record.json" : "tampered.json"
        var common = [path(name), "--seed-file", path("seed.hex"), "--roster", Run.county, "--policy", path(policy)]
        common += ["--commitment", path(commitment)]
        if let replacements { common += ["--replacements", path(replacements)] }
        return (try Run.spotcheck(["verify"] + common), try Run.python(common))
    }

    /// A replacement of the first team's last member by an inspector who breaks no rule.
    func honestReplacement() -> DaySoFar.Replacement {
        let team = record.teams[0]
        for person in roster.inspectors.sorted(by: { $0.id < $1.id }) {
            let entry = DaySoFar.Replacement(
                draw: "county", department: team.department, outgoing: team.members[2].inspector,
                incoming: person.id, reason: "病假", at: "2026-12-01T08:10:00+08:00",
                salt: DaySoFar.Replacement.salt(seed: Seed(hex: seed)!, index: 0),
                previousRecordHash: RecordCoding.hash(RecordCoding.encode(record)))
            if verifyReplacements([entry], of: record, roster: roster, policy: policy).isEmpty { return entry }
        }
        fatalError("nobody can replace the member")
    }
}

struct CLITestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

@Suite struct TamperTests {
    /// Both verifiers exit 1 and name the field.
    func expectCaught(_ results: (swift: Run.Result, python: Run.Result), naming field: String) {
        #expect(results.swift.status == 1, "spotcheck verify: \(results.swift.stdout)\(results.swift.stderr)")
        #expect(results.swift.stdout.contains("- \(field)"), "spotcheck verify: \(results.swift.stdout)")
        #expect(results.python.status == 1, "verify_draw.py: \(results.python.stdout)\(results.python.stderr)")
        #expect(results.python.stdout.contains("- \(field)"), "verify_draw.py: \(results.python.stdout)")
    }

    @Test func anHonestDrawPassesBothVerifiersWithItsCommitmentAndPolicy() throws {
        let honest = try HonestDraw()
        let results = try honest.verifyBoth()
        #expect(results.swift.status == 0, "\(results.swift.stdout)\(results.swift.stderr)")
        #expect(results.python.status == 0, "\(results.python.stdout)\(results.python.stderr)")
        // The commitment written before the draw is the one the record binds, byte for byte.
        let written = Array(try Data(contentsOf: URL(fileURLWithPath: honest.path("commitment.json"))))
        #expect(written == honest.record.commitment.canonicalJSON)
        #expect(written == RecordCoding.encode(honest.record.commitment))
        // The commitment names no target.
        let text = String(decoding: written, as: UTF8.self)
        #expect(honest.record.targets.allSatisfy { !text.contains($0) })
    }

    @Test func aVetoedTargetIsCaughtByBoth() throws {
        let honest = try HonestDraw()
        var record = honest.record
        record.picks[1].outcome = .replaced
        record.picks[1].blocker = Blocker(
            code: "joint", message: "no staffing of it together with the earlier targets (d-x) meets every rule")
        record.teams.remove(at: 1)
        expectCaught(try honest.verifyBoth(record: record), naming: "picks[1].outcome")
    }

    @Test func aSwappedMemberWhoBreaksNoRuleIsCaughtByBoth() throws {
        let honest = try HonestDraw()
        let replacement = honest.honestReplacement()
        var record = honest.record
        let person = honest.roster.inspectors.first { $0.id == replacement.incoming }!
        record.teams[0].members[2] = DrawRecord.Member(
            inspector: person.id, name: person.name, home: person.home, role: .member)
        expectCaught(try honest.verifyBoth(record: record), naming: "teams[0].members")
    }

    @Test func reorderedMembersAreCaughtByBoth() throws {
        let honest = try HonestDraw()
        var record = honest.record
        record.teams[2].members.swapAt(1, 2)
        expectCaught(try honest.verifyBoth(record: record), naming: "teams[2].members")
    }

    @Test func aChangedPolicyValueIsCaughtByBoth() throws {
        let honest = try HonestDraw()
        var other = honest.policy
        other.cooldownDays = 0
        try honest.write("other-policy.txt", Array(other.canonicalText.utf8))
        let results = try honest.verifyBoth(policy: "other-policy.txt")
        expectCaught(results, naming: "policyHash")
        expectCaught(results, naming: "policy.cooldown_days")
        // The same with a TOML policy file.
        try honest.write("other-policy.toml", Array("[policy]\ncooldown_days = 0\n".utf8))
        expectCaught(try honest.verifyBoth(policy: "other-policy.toml"), naming: "policyHash")
    }

    @Test func aChangedCommitmentIsCaughtByBoth() throws {
        let honest = try HonestDraw()
        var commitment = honest.record.commitment
        commitment.snapshotHash = String(repeating: "0", count: 64)
        try honest.write("other-commitment.json", commitment.canonicalJSON)
        expectCaught(try honest.verifyBoth(commitment: "other-commitment.json"), naming: "commitment snapshotHash")
    }

    @Test func anHonestReplacementPassesAndAnEditedOneIsCaughtByBoth() throws {
        let honest = try HonestDraw()
        let replacement = honest.honestReplacement()
        try honest.write("replacements.json", RecordCoding.encode([replacement]))
        let passing = try honest.verifyBoth(replacements: "replacements.json")
        #expect(passing.swift.status == 0, "\(passing.swift.stdout)")
        #expect(passing.python.status == 0, "\(passing.python.stdout)")
        var edited = replacement
        edited.incoming = honest.roster.inspectors.first { $0.home == replacement.department }!.id
        try honest.write("edited.json", RecordCoding.encode([edited]))
        expectCaught(try honest.verifyBoth(replacements: "edited.json"), naming: "replacements[0]")
    }

    @Test func aPublicFolderWithHashedReasonsVerifiesWithBoth() throws {
        let honest = try HonestDraw()
        let folder = honest.folder.appendingPathComponent("public/2026-12-01/county")
        let roster = folder.appendingPathComponent("roster")
        try FileManager.default.createDirectory(at: roster, withIntermediateDirectories: true)
        for name in ["record.json", "commitment.json", "seed.hex", "policy.txt"] {
            try FileManager.default.copyItem(
                at: honest.folder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        for name in ["departments.csv", "inspectors.csv", "history.csv"] {
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: "\(Run.county)/\(name)"), to: roster.appendingPathComponent(name))
        }
        var lines = ["inspector,department,reason_sha256,until"]
        for conflict in honest.roster.conflicts.reversed() {
            lines.append(
                "\(conflict.inspector),\(conflict.department),\(conflict.reasonHash),\(conflict.until?.description ?? "")"
            )
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: roster.appendingPathComponent("conflicts.csv"))
        let published = String(
            decoding: try Data(contentsOf: roster.appendingPathComponent("conflicts.csv")), as: UTF8.self)
        #expect(!published.contains("配偶"))
        let python = try Run.python([folder.path])
        #expect(python.status == 0, "\(python.stdout)\(python.stderr)")
        let swift = try Run.spotcheck([
            "verify", "--date", "2026-12-01", "--pool", "county", "--public",
            honest.folder.appendingPathComponent("public").path,
        ])
        #expect(swift.status == 0, "\(swift.stdout)\(swift.stderr)")
    }

    @Test func unreadableInputsExit2InPython() throws {
        let honest = try HonestDraw()
        try honest.write("broken.json", Array("{".utf8))
        let python = try Run.python([
            honest.path("broken.json"), "--seed-file", honest.path("seed.hex"), "--roster", Run.county,
        ])
        #expect(python.status == 2)
        try honest.write("old-policy.toml", Array("[policy]\nsearch_budget = 5\n".utf8))
        let old = try Run.python([
            honest.path("record.json"), "--seed-file", honest.path("seed.hex"), "--roster", Run.county, "--policy",
            honest.path("old-policy.toml"),
        ])
        #expect(old.status == 2 && old.stderr.contains("search_budget"))
    }
}
