import Foundation
import Testing

/// `tools/verify_draw.py` opens the rows of both private salts files (conflict salts, order reasons)
/// with one function, `open_salted`: a salt that is not 32 bytes is refused, a salt and reason
/// that give another commitment are named with both values, and a good row opens to its value.
@Suite struct SaltedOpeningTests {
    /// Runs `open_salted` on one row with the given commitment function and prints its answer.
    static func opened(salt: String, reason: String, commitment: String, with commit: String) throws -> String {
        let code = """
            import json, sys
            sys.path.insert(0, sys.argv[1])
            import verify_draw as v
            row = {"salt": sys.argv[2], "reason": sys.argv[3], "reason_commitment": sys.argv[4]}
            print(json.dumps(v.open_salted("salts.csv: a1,d-x", row, getattr(v, sys.argv[5]))))
            """
        let tools = Run.packageRoot.appendingPathComponent("tools").path
        let result = try Run.run(
            "/usr/bin/env", ["python3", "-c", code, tools, salt, reason, commitment, commit])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func commitment(_ function: String, salt: String, reason: String) throws -> String {
        let code = """
            import sys
            sys.path.insert(0, sys.argv[1])
            import verify_draw as v
            print(getattr(v, sys.argv[2])(bytes.fromhex(sys.argv[3]), sys.argv[4]))
            """
        let tools = Run.packageRoot.appendingPathComponent("tools").path
        let result = try Run.run("/usr/bin/env", ["python3", "-c", code, tools, function, salt, reason])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func bothSaltsFilesOpenTheirRowsAlike() throws {
        let salt = String(repeating: "ab", count: 32)
        for function in ["conflict_commitment", "order_reason_commitment"] {
            let value = try Self.commitment(function, salt: salt, reason: "亲属在该单位")
            #expect(value.count == 64)
            // A good row (the file's hex in capitals is the same commitment).
            #expect(
                try Self.opened(salt: salt, reason: "亲属在该单位", commitment: value.uppercased(), with: function)
                    == "[\"\(value)\", null]")
            // A salt of the wrong length, or not hex at all: no value, one problem.
            for bad in [String(repeating: "ab", count: 31), "zz" + String(repeating: "ab", count: 31)] {
                #expect(
                    try Self.opened(salt: bad, reason: "x", commitment: value, with: function)
                        == "[null, \"salts.csv: a1,d-x: salt is not 64 hex digits\"]")
            }
            // Another reason: the value it gives, and the problem naming both.
            let other = try Self.commitment(function, salt: salt, reason: "另一理由")
            #expect(
                try Self.opened(salt: salt, reason: "另一理由", commitment: value, with: function)
                    == "[\"\(other)\", \"salts.csv: a1,d-x: the salt and reason give \(other), the file says \(value)\"]"
            )
        }
    }
}
