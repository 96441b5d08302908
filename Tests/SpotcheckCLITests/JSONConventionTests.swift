import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What `--json` promises: one naming rule for keys, a published schema each output meets, and a
/// layout that suits a pipe or a terminal (docs/json.md).
enum JSONCheck {
    static let schemas = Run.packageRoot.appendingPathComponent("docs/schema")

    /// The keys of every object, however deep, except inside `fields` (the journal's own names).
    static func keys(_ value: Any) -> [String] {
        if let object = value as? [String: Any] {
            return object.flatMap { key, value in key == "fields" ? [key] : [key] + keys(value) }
        }
        if let array = value as? [Any] { return array.flatMap(keys) }
        return []
    }

    /// Keys that break the rule: lowerCamelCase, an abbreviation written as a word.
    static func badKeys(_ text: String) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        let rule = try Regex("^[a-z][a-z0-9]*([A-Z][a-z0-9]+)*$")
        return Set(keys(value)).filter { (try? rule.wholeMatch(in: $0)) == nil }.sorted()
    }

    /// What python3-jsonschema finds wrong with the output against `docs/schema/NAME.schema.json`;
    /// empty when it is valid.
    static func problems(_ text: String, schema name: String) throws -> String {
        let file = try Run.temporaryDirectory().appendingPathComponent("output.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for error in errors: print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """
        let result = try Run.run(
            "/usr/bin/env",
            ["python3", "-c", script, schemas.appendingPathComponent("\(name).schema.json").path, file.path])
        return result.status == 0 ? "" : result.stdout + result.stderr
    }

    /// Checks one command's output against its schema and the naming rule.
    static func expectValid(_ text: String, schema: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let problems = try problems(text, schema: schema)
        #expect(problems.isEmpty, "\(schema): \(problems)\n\(text)", sourceLocation: sourceLocation)
        let bad = try badKeys(text)
        #expect(bad.isEmpty, "\(schema): keys break the naming rule: \(bad)", sourceLocation: sourceLocation)
    }
}

@Suite struct JSONConventionTests {
    @Test func everyOfflineCommandsJSONMeetsItsPublishedSchema() throws {
        let roster = ["--roster", Run.county]
        let check = try Run.spotcheck(["check-roster", "--json"] + roster)
        #expect(check.status == 0, "\(check.stderr)")
        try JSONCheck.expectValid(check.stdout, schema: "check-roster")
        #expect(check.stdout.contains("\"snapshotSha256\"") && !check.stdout.contains("SHA256"))

        let candidates = try Run.spotcheck(["candidates", "d-shuiwu", "--date", "2026-12-01", "--json"] + roster)
        try JSONCheck.expectValid(candidates.stdout, schema: "candidates")

        for (inspector, department) in [("i012", "d-shuiwu"), ("i001", "d-fagai")] {
            let why = try Run.spotcheck(["why", inspector, department, "--date", "2026-12-01", "--json"] + roster)
            #expect(why.status == 0, "\(why.stderr)")
            try JSONCheck.expectValid(why.stdout, schema: "why")
        }

        let folder = try Run.temporaryDirectory()
        let record = folder.appendingPathComponent("record.json").path
        let seed = folder.appendingPathComponent("seed.hex").path
        let draw = try Run.spotcheck(
            ["draw", "--date", "2026-12-01", "--json", "--output", record, "--seed-file", seed] + roster)
        #expect(draw.status == 0, "\(draw.stderr)")
        try JSONCheck.expectValid(draw.stdout, schema: "record")
        // The record as printed is the file, byte for byte (its hash covers those bytes).
        #expect(try String(contentsOfFile: record, encoding: .utf8) == draw.stdout)

        let verify = try Run.spotcheck(["verify", record, "--seed-file", seed, "--json"] + roster)
        #expect(verify.status == 0, "\(verify.stderr)")
        try JSONCheck.expectValid(verify.stdout, schema: "verify")
    }

    @Test func todayPrintsTaskFilesByTheNamingRule() throws {
        let folder = try Run.temporaryDirectory()
        let mine = folder.appendingPathComponent("wangfang")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        let hash = String(repeating: "ab", count: 32)
        let file = """
            {"schema": "spotcheck-task/1", "date": "2026-12-01",
             "inspector": {"id": "i001", "name": "王芳", "login": "wangfang"},
             "assignments": [{"drawID": 7, "pool": "county", "target": {"id": "d-shuiwu", "name": "税务局"},
               "role": "lead", "team": [{"id": "i001", "name": "王芳", "home": "d-fagai", "role": "lead"}],
               "reportTime": "2026-12-01T08:30:00+08:00", "revealedAt": "2026-12-01T08:00:00+08:00",
               "recordSHA256": "\(hash)"}],
             "checklist": [{"code": "C1", "title": "t", "description": "d", "descriptionZhCN": "查"}]}
            """
        try file.write(to: mine.appendingPathComponent("2026-12-01.json"), atomically: true, encoding: .utf8)
        let today = try Run.spotcheck([
            "today", "--tasks", folder.path, "--login", "wangfang", "--date", "2026-12-01", "--days", "0", "--json",
        ])
        #expect(today.status == 0, "\(today.stderr)")
        try JSONCheck.expectValid(today.stdout, schema: "today")
        #expect(today.stdout.contains("\"drawId\":7") && today.stdout.contains("\"recordSha256\""), "\(today.stdout)")
        #expect(today.stdout.contains("\"descriptionZhCn\"") && !today.stdout.contains("drawID"))
    }

    @Test func jsonIsOneLineInAPipeAndIndentedOnRequest() throws {
        let roster = ["--roster", Run.county]
        let piped = try Run.spotcheck(["check-roster", "--json"] + roster)
        #expect(piped.stdout.split(separator: "\n").count == 1, "\(piped.stdout)")
        let pretty = try Run.spotcheck(["check-roster", "--json", "--pretty"] + roster)
        #expect(pretty.stdout.split(separator: "\n").count > 5, "\(pretty.stdout)")
        #expect(pretty.stdout.contains("\n  \"conflicts\" : "), "\(pretty.stdout)")
        let compact = try Run.spotcheck(["why", "i012", "d-shuiwu", "--json", "--compact"] + roster)
        #expect(compact.stdout.split(separator: "\n").count == 1, "\(compact.stdout)")
        // The same facts either way.
        let a = try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty.stdout.utf8)) as? NSDictionary
        #expect(a != nil && a == b)
        let both = try Run.spotcheck(["check-roster", "--json", "--compact", "--pretty"] + roster)
        #expect(both.status == 64, "\(both.stderr)")
    }

    @Test func anUnknownIdExitsWith67() throws {
        let roster = ["--roster", Run.county]
        let inspector = try Run.spotcheck(["why", "i999", "d-shuiwu"] + roster)
        #expect(inspector.status == 67 && inspector.stderr.contains("i999"), "\(inspector.stderr)")
        let department = try Run.spotcheck(["why", "i012", "d-nowhere"] + roster)
        #expect(department.status == 67 && department.stderr.contains("d-nowhere"), "\(department.stderr)")
        let candidates = try Run.spotcheck(["candidates", "d-nowhere"] + roster)
        #expect(candidates.status == 67, "\(candidates.stderr)")
        let help = try Run.spotcheck(["order", "--help"])
        #expect(help.stdout.contains("67  what you named does not exist (inspector, department, draw, …)"))
        #expect(help.stdout.contains("3   order: ordered, but a team could not be staffed"))
    }

    @Test func aDaemonThatDoesNotAnswerTimesOutNamingItsSocket() throws {
        // A socket that accepts connections into its queue and never answers.
        let folder = try Run.temporaryDirectory()
        let path = folder.appendingPathComponent("control").path
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0 && listen(listener, 8) == 0)

        let started = Date()
        let option = try Run.spotcheck(["status", "--socket", path, "--timeout", "1"])
        #expect(option.status == 75, "\(option.stderr)")
        #expect(option.stderr.contains(path) && option.stderr.contains("within 1 s"), "\(option.stderr)")
        #expect(Date().timeIntervalSince(started) < 10)

        let environment = try Run.run(
            "/usr/bin/env", ["SPOTCHECK_TIMEOUT=1", "SPOTCHECK_SOCKET=\(path)", Run.binary.path, "teams"])
        #expect(environment.status == 75 && environment.stderr.contains(path), "\(environment.stderr)")
        let bad = try Run.run("/usr/bin/env", ["SPOTCHECK_TIMEOUT=soon", Run.binary.path, "status", "--socket", path])
        #expect(bad.status == 64 && bad.stderr.contains("SPOTCHECK_TIMEOUT"), "\(bad.stderr)")
    }
}
