import Foundation
import SpotcheckCore
import SpotcheckRoster
import Testing

/// The independent verifier and a draw hiding a complaint-driven slot (docs/draw-algorithm.md
/// §8): it verifies once the opening is published, and not with a false one or a swapped pick.
@Suite struct HiddenSlotVerifierTests {
    @Test func pythonVerifiesTheHiddenSlotOnlyWithItsOpening() throws {
        let honest = try HonestDraw()
        let seed = try #require(Seed(hex: honest.seed))
        let complained = try #require(
            honest.roster.departments.map(\.id).sorted().first { id in
                !honest.record.picks.contains { $0.department == id }
                    && honest.roster.departments.first { $0.id == id }!.pools.contains("county")
            })
        let salt = (0..<32).map { UInt8($0 * 7 & 0xFF) }
        let opening = try #require(HiddenSlot(department: complained, salt: salt))
        let record = try draw(
            DrawInput(
                roster: honest.roster, policy: honest.policy, date: honest.record.date, pool: "county", seed: seed,
                hidden: opening))
        try honest.write("hidden.json", RecordCoding.encode(record))
        try honest.write("hidden-commitment.json", record.commitment.canonicalJSON)
        let common = [
            honest.path("hidden.json"), "--seed-file", honest.path("seed.hex"), "--roster", Run.county, "--policy",
            honest.path("policy.txt"), "--commitment", honest.path("hidden-commitment.json"),
        ]
        let opened = try Run.python(common + ["--hidden-slot", "\(complained):\(opening.saltHex)"])
        #expect(opened.status == 0, "\(opened.stdout)\(opened.stderr)")
        let swift = try Run.spotcheck(["verify"] + common + ["--hidden-slot", "\(complained):\(opening.saltHex)"])
        #expect(swift.status == 0, "\(swift.stdout)\(swift.stderr)")
        let swiftClosed = try Run.spotcheck(["verify"] + common)
        #expect(swiftClosed.status == 1 && swiftClosed.stdout.contains("hiddenSlot"), "\(swiftClosed.stdout)")
        // Before the opening the record does not pass as an ordinary draw.
        let closed = try Run.python(common)
        #expect(closed.status == 1 && closed.stdout.contains("--hidden-slot"), "\(closed.stdout)\(closed.stderr)")
        // A false opening: another department, or another salt.
        let other = try #require(record.picks.first { $0.department != complained }?.department)
        for claim in ["\(other):\(opening.saltHex)", "\(complained):\(String(repeating: "ab", count: 32))"] {
            let refused = try Run.python(common + ["--hidden-slot", claim])
            #expect(refused.status == 1 && refused.stdout.contains("hiddenSlot"), "\(refused.stdout)\(refused.stderr)")
            let swiftRefused = try Run.spotcheck(["verify"] + common + ["--hidden-slot", claim])
            #expect(swiftRefused.status == 1 && swiftRefused.stdout.contains("hiddenSlot"), "\(swiftRefused.stdout)")
        }
        // A random pick swapped for another department is named.
        var swapped = record
        let index = try #require(swapped.picks.firstIndex { $0.department != complained })
        let outsider = try #require(
            honest.roster.departments.map(\.id).sorted().first { id in
                !record.picks.contains { $0.department == id } && id != complained
            })
        swapped.picks[index].department = outsider
        try honest.write("swapped.json", RecordCoding.encode(swapped))
        var swappedArguments = common
        swappedArguments[0] = honest.path("swapped.json")
        let caught = try Run.python(swappedArguments + ["--hidden-slot", "\(complained):\(opening.saltHex)"])
        #expect(
            caught.status == 1 && caught.stdout.contains("picks[\(index)].department"),
            "\(caught.stdout)\(caught.stderr)")
        // --print gives the very bytes of the Swift record.
        let printed = try Run.python(common + ["--hidden-slot", "\(complained):\(opening.saltHex)", "--print"])
        #expect(printed.stdout == String(decoding: RecordCoding.encode(record), as: UTF8.self))
    }
}
