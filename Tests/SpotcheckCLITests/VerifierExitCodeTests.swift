import Foundation
import Testing

/// The two verifiers' exit codes differ by design and map one to one (docs/verifying.md):
/// 0 and 1 are the same; `verify_draw.py`'s 2 (the check could not be made) is `spotcheck
/// verify`'s 64 (the command line), 65 (an input is malformed) or 66 (an input cannot be opened).
extension VerifierAgreementTests {
    /// `verify_draw.py`'s exit code for `spotcheck verify`'s, by the documented mapping.
    static func pythonCode(forSwift status: Int32) -> Int32? {
        switch status {
        case 0: 0
        case 1: 1
        case 64, 65, 66: 2
        default: nil
        }
    }

    func expectMapped(
        _ results: (swift: Run.Result, python: Run.Result), swift expected: Int32, _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let swift = "\(what): spotcheck verify \(results.swift.status): \(results.swift.stdout)\(results.swift.stderr)"
        let python =
            "\(what): verify_draw.py \(results.python.status): \(results.python.stdout)\(results.python.stderr)"
        #expect(results.swift.status == expected, "\(swift)", sourceLocation: sourceLocation)
        #expect(
            Self.pythonCode(forSwift: results.swift.status) == results.python.status, "\(swift)\n\(python)",
            sourceLocation: sourceLocation)
    }

    @Test func theExitCodesFollowTheDocumentedMapping() throws {
        let draw = try PublishedDraw()
        expectMapped(try draw.verifyBoth(), swift: 0, "an honest folder")

        // A seed that is not the one committed to: read, checked, and found wrong.
        let seed = try draw.read("seed.hex")
        try draw.write("seed.hex", Array((Run.seed(12) + "\n").utf8))
        expectMapped(try draw.verifyBoth(), swift: 1, "another seed")
        try draw.write("seed.hex", seed)

        // record.json that is not JSON: the check cannot be made.
        let record = try draw.read("record.json")
        try draw.write("record.json", Array("{\"date\": ".utf8))
        expectMapped(try draw.verifyBoth(), swift: 65, "a record that is not JSON")
        try draw.write("record.json", record)

        // A folder that does not exist.
        let missing = draw.root.appendingPathComponent("nowhere")
        expectMapped(
            (
                try Run.spotcheck(["verify", "--date", "2026-12-01", "--pool", "county", "--public", missing.path]),
                try Run.python([missing.appendingPathComponent("2026-12-01/county").path])
            ), swift: 66, "a folder that does not exist")

        // A wrong command line.
        expectMapped(
            (try Run.spotcheck(["verify", "--no-such-option"]), try Run.python(["--no-such-option"])), swift: 64,
            "an unknown option")

        // The chain: holds, broken, and a folder that is not there.
        expectMapped(
            (try Run.spotcheck(["verify", "--chain", draw.root.path]), try Run.python(["--chain", draw.root.path])),
            swift: 0, "an honest chain")
        expectMapped(
            (try Run.spotcheck(["verify", "--chain", missing.path]), try Run.python(["--chain", missing.path])),
            swift: 66, "a chain folder that does not exist")
        try FileManager.default.createDirectory(
            at: draw.root.appendingPathComponent("chain"), withIntermediateDirectories: true)
        try Data("{}\n".utf8).write(to: draw.root.appendingPathComponent("chain/00000003.json"))
        expectMapped(
            (try Run.spotcheck(["verify", "--chain", draw.root.path]), try Run.python(["--chain", draw.root.path])),
            swift: 1, "a broken chain link")
    }
}
