import Foundation
import Testing

/// Runs the built `spotcheck` and the Python verifier as a user would.
enum Run {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: URL {
        // A long run (the 500-roster cross-check) may use a copy kept apart from later builds.
        if let frozen = ProcessInfo.processInfo.environment["SPOTCHECK_TEST_BINARY"] {
            return URL(fileURLWithPath: frozen)
        }
        // The test bundle sits next to the products of the same build.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("spotcheck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/spotcheck")
    }

    static let county = packageRoot.appendingPathComponent("deploy/examples/county").path
    static let verifier =
        ProcessInfo.processInfo.environment["SPOTCHECK_TEST_VERIFIER"]
        ?? packageRoot.appendingPathComponent("tools/verify_draw.py").path

    static func spotcheck(_ arguments: [String], locale: String = "C.UTF-8") throws -> Result {
        try run(binary.path, arguments, locale: locale)
    }

    static func python(_ arguments: [String]) throws -> Result {
        try run("/usr/bin/env", ["python3", verifier] + arguments)
    }

    /// Runs in the given locale (English unless told), whatever the caller's environment says.
    static func run(_ executable: String, _ arguments: [String], locale: String = "C.UTF-8") throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "Asia/Shanghai"
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES"] { environment[name] = nil }
        environment["LANG"] = locale
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spotcheck-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func seed(_ number: Int) -> String {
        String(repeating: "0", count: 56) + String(format: "%08x", number)
    }
}

@Suite struct DrawCommandTests {
    @Test func printsATableWhoseColumnsLineUpWithChineseNames() throws {
        let result = try Run.spotcheck(["draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Run.seed(1)])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map(String.init).filter {
            $0.contains("  lead  ") || $0.contains("  member  ")
        }
        #expect(rows.count == 15)
        // The role column starts at the same terminal column on every row.
        func column(_ row: String) -> Int {
            let marker = row.contains("  lead  ") ? "  lead  " : "  member  "
            let prefix = row.components(separatedBy: marker)[0]
            return prefix.unicodeScalars.reduce(0) { $0 + ((0x2E80...0x9FFF).contains($1.value) ? 2 : 1) }
        }
        #expect(Set(rows.map(column)).count == 1, "\(rows)")
        #expect(result.stdout.contains("青山县"))
    }

    @Test func theSameSeedGivesAByteIdenticalRecord() throws {
        let arguments = ["draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Run.seed(7), "--json"]
        let first = try Run.spotcheck(arguments)
        let second = try Run.spotcheck(arguments)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("\"seedCommitment\""))
        #expect(!first.stdout.contains(Run.seed(7)))
    }

    @Test func aFreshSeedGoesToTheSeedFileAndTheRecordVerifies() throws {
        let folder = try Run.temporaryDirectory()
        let record = folder.appendingPathComponent("record.json").path
        let seed = folder.appendingPathComponent("seed.hex").path
        let drawn = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-02", "--output", record, "--seed-file", seed,
        ])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(drawn.stderr.isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: seed)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let swift = try Run.spotcheck(["verify", record, "--seed-file", seed, "--roster", Run.county])
        #expect(swift.status == 0, "\(swift.stdout)")
        let python = try Run.python([record, "--seed-file", seed, "--roster", Run.county])
        #expect(python.status == 0, "\(python.stdout)\(python.stderr)")
    }

    @Test func aTamperedRecordFailsBothVerifiers() throws {
        let folder = try Run.temporaryDirectory()
        let path = folder.appendingPathComponent("record.json").path
        let drawn = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-03", "--seed", Run.seed(3), "--output", path,
        ])
        #expect(drawn.status == 0)
        // Swap the lead of the first team for an inspector who is recused from it: its own staff.
        var record =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        var teams = record["teams"] as! [[String: Any]]
        let target = teams[0]["department"] as! String
        let insider = try String(contentsOfFile: "\(Run.county)/inspectors.csv", encoding: .utf8)
            .split(separator: "\n").first { $0.split(separator: ",", omittingEmptySubsequences: false)[3] == target }!
            .split(separator: ",")[0]
        var members = teams[0]["members"] as! [[String: Any]]
        members[0]["inspector"] = String(insider)
        members[0]["home"] = target
        teams[0]["members"] = members
        record["teams"] = teams
        try JSONSerialization.data(withJSONObject: record).write(to: URL(fileURLWithPath: path))

        let swift = try Run.spotcheck(["verify", path, "--seed", Run.seed(3), "--roster", Run.county])
        #expect(swift.status == 1)
        #expect(swift.stdout.contains("teams[0].members"))
        let python = try Run.python([path, "--seed", Run.seed(3), "--roster", Run.county])
        #expect(python.status == 1)
        #expect(python.stdout.contains("teams[0].members"))
    }

    @Test func aMalformedRosterIsRefusedWholeWithItsLocation() throws {
        let folder = try Run.temporaryDirectory()
        for name in ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv", "policy.toml"] {
            try FileManager.default.copyItem(
                atPath: "\(Run.county)/\(name)", toPath: folder.appendingPathComponent(name).path)
        }
        let inspectors = folder.appendingPathComponent("inspectors.csv")
        var lines = try String(contentsOf: inspectors, encoding: .utf8).components(separatedBy: "\n")
        var fields = lines[4].components(separatedBy: ",")
        fields[3] = "d-nowhere"
        lines[4] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: inspectors, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("record.json").path

        let result = try Run.spotcheck([
            "draw", "--roster", folder.path, "--seed", Run.seed(1), "--output", output,
        ])
        #expect(result.status == 65)
        #expect(result.stderr.contains("inspectors.csv:5:4: home: unknown department 'd-nowhere'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func usageErrorsExit64() throws {
        let result = try Run.spotcheck(["draw", "--roster", Run.county, "--seed", "abc"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("64 hex digits"))
        let missing = try Run.spotcheck(["draw", "--roster", "/nonexistent"])
        #expect(missing.status == 66)
    }

    @Test func targetedDrawStaffsTheNamedDepartments() throws {
        let result = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", Run.seed(2), "--target", "d-shuiwu",
            "--target", "d-jiaotong", "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(record["kind"] as? String == "ordered")
        #expect(record["orderedDepartments"] as? [String] == ["d-shuiwu", "d-jiaotong"])
        #expect(
            (record["teams"] as! [[String: Any]]).map { $0["department"] as! String } == ["d-shuiwu", "d-jiaotong"])
    }
}

@Suite struct IndependentVerifierTests {
    @Test(arguments: ["county", "key-posts"])
    func pythonAgreesWithTheSwiftDrawOnManySeeds(pool: String) throws {
        let folder = try Run.temporaryDirectory()
        for number in 0..<15 {
            let path = folder.appendingPathComponent("r\(number).json").path
            let date = "2026-12-\(String(format: "%02d", number % 28 + 1))"
            let drawn = try Run.spotcheck([
                "draw", "--roster", Run.county, "--pool", pool, "--date", date, "--seed", Run.seed(number * 31 + 5),
                "--output", path,
            ])
            #expect(drawn.status == 0, "\(drawn.stderr)")
            let python = try Run.python([path, "--seed", Run.seed(number * 31 + 5), "--roster", Run.county])
            #expect(python.status == 0, "seed \(number): \(python.stdout)\(python.stderr)")
        }
    }
}

@Suite struct WhyCommandTests {
    @Test func explainsAnExclusionInPlainWords() throws {
        let result = try Run.spotcheck(["why", "i001", "d-fagai", "--roster", Run.county, "--date", "2026-12-01"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("may not inspect d-fagai"))
        #expect(result.stdout.contains("own department"))
        let json = try Run.spotcheck([
            "why", "i001", "d-fagai", "--roster", Run.county, "--date", "2026-12-01", "--json",
        ])
        // Compact: standard output is a pipe here.
        #expect(json.stdout.contains("\"code\":\"own-department\""), "\(json.stdout)")
    }

    @Test func listsWhoCouldGo() throws {
        let result = try Run.spotcheck(["candidates", "d-fagai", "--roster", Run.county, "--date", "2026-12-01"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("i001 "))
        #expect(result.stdout.contains("inspectors may inspect d-fagai"))
    }
}

@Suite struct ShippedFilesTests {
    @Test(arguments: [("bash", "spotcheck.bash"), ("zsh", "_spotcheck"), ("fish", "spotcheck.fish")])
    func completionsInDeployMatchTheCommands(shell: String, file: String) throws {
        let generated = try Run.spotcheck(["--generate-completion-script", shell])
        let shipped = try String(
            contentsOf: Run.packageRoot.appendingPathComponent("deploy/completions/\(file)"), encoding: .utf8)
        #expect(generated.stdout == shipped, "run scripts/generate-docs.sh")
    }

    @Test func everyCommandHasAManPage() throws {
        let help = try Run.spotcheck(["--help"]).stdout
        let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let commands = section.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            guard line.hasPrefix("  "), !line.hasPrefix("    "), !trimmed.hasPrefix("See "),
                let name = trimmed.split(separator: " ").first
            else { return nil }
            return String(name)
        }
        #expect(commands.count >= 9)
        for command in commands {
            let page = Run.packageRoot.appendingPathComponent("deploy/man/spotcheck-\(command).1").path
            #expect(
                FileManager.default.fileExists(atPath: page), "no man page for \(command): run scripts/generate-docs.sh"
            )
        }
    }
}

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
struct ColourTests {
    static func inTerminal(_ arguments: [String], noColor: Bool) throws -> String {
        let command = ([Run.binary.path] + arguments).joined(separator: " ")
        var environment = ["TERM": "xterm"]
        if noColor { environment["NO_COLOR"] = "1" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            .filter { noColor || $0.key != "NO_COLOR" }
        process.currentDirectoryURL = Run.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let arguments = ["candidates", "d-fagai", "--roster", Run.county, "--date", "2026-12-01"]
        #expect(try Self.inTerminal(arguments, noColor: false).contains("\u{1B}[1m"))
        #expect(!(try Self.inTerminal(arguments, noColor: true).contains("\u{1B}[")))
        #expect(!(try Run.spotcheck(arguments).stdout.contains("\u{1B}[")))
    }
}
