import Foundation
import Testing

@testable import SpotcheckDaemon
@testable import SpotcheckRoster

/// `spotcheckd --check-config` refuses what the draw could not work with, before any seed is
/// committed, naming the file, line and field.
@Suite struct InputLimitTests {
    /// A configuration and a copy of the county roster in a fresh folder.
    static func folder(departments: String? = nil, config extra: String = "") throws -> (URL, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spotcheck-limits-\(UUID().uuidString)")
        let roster = folder.appendingPathComponent("roster")
        try FileManager.default.createDirectory(at: roster, withIntermediateDirectories: true)
        for name in ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv"] {
            try FileManager.default.copyItem(
                atPath: "\(Harness.county)/\(name)", toPath: roster.appendingPathComponent(name).path)
        }
        if let departments {
            try departments.write(
                to: roster.appendingPathComponent("departments.csv"), atomically: true, encoding: .utf8)
        }
        let config = folder.appendingPathComponent("spotcheckd.toml").path
        try """
        [paths]
        state = "state"
        roster = "roster"
        [[pool]]
        name = "county"
        draw_time = "07:00"
        reveal_time = "08:00"
        \(extra)
        """.write(toFile: config, atomically: true, encoding: .utf8)
        return (folder, config)
    }

    static func checkConfig(_ config: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = DaemonProcess.binary
        process.arguments = ["--check-config", "--config", config]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func checkConfigRefusesMoreThanSixtyFourRequiredSkills() throws {
        let county = try String(contentsOfFile: "\(Harness.county)/departments.csv", encoding: .utf8)
        var lines = county.split(separator: "\n").map(String.init)
        // Give the departments 70 distinct required skills in all.
        for index in 1..<lines.count {
            var fields = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[4] = (0..<7).map { "s\(index)x\($0)" }.joined(separator: ";")
            lines[index] = fields.joined(separator: ",")
        }
        #expect(lines.count > 11)
        let (folder, config) = try Self.folder(departments: lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, output) = try Self.checkConfig(config)
        #expect(status == 78)
        // Ten departments bring 70 skills; the 65th is the fifth of the tenth department (line 11).
        #expect(
            output.contains(
                "roster/departments.csv:11:5: required_skills: 's10x1' is the 65th distinct required skill"),
            "\(output)")
    }

    @Test func checkConfigRefusesDeeplyNestedTOMLWithoutACrash() throws {
        let (folder, config) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = Array(repeating: "a", count: 30_000).joined(separator: ".") + " = 1\n"
        try ("[paths]\n" + deep).write(toFile: config, atomically: true, encoding: .utf8)
        let (status, output) = try Self.checkConfig(config)
        #expect(status == 78)
        #expect(output.contains("spotcheckd.toml:2: the key a.a.a."), "\(output.prefix(300))")
        #expect(output.contains("has more than 32 parts"))
    }

    @Test func checkConfigRefusesAConfigurationOverOneMebibyte() throws {
        let (folder, config) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: config, encoding: .utf8) + "# " + String(repeating: "x", count: 1 << 20)
        try text.write(toFile: config, atomically: true, encoding: .utf8)
        let (status, output) = try Self.checkConfig(config)
        #expect(status == 78)
        #expect(output.contains("spotcheckd.toml: is larger than 1 MiB"), "\(output)")
    }

    @Test func aHugeRosterFileIsRefusedWithoutReadingItWhole() throws {
        let (folder, config) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = folder.appendingPathComponent("roster/history.csv").path
        // A sparse file: 1 GiB that costs no disk.
        let handle = try #require(FileHandle(forWritingAtPath: history))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let (status, output) = try Self.checkConfig(config)
        #expect(status == 78)
        #expect(output.contains("history.csv: is larger than 64 MiB"), "\(output)")
    }

    @Test func calendarDaysAreCounted() throws {
        let ranges = (0..<40).map { "\"\(2000 + $0)-01-01..\(2000 + $0)-12-31\"" }.joined(separator: ", ")
        let text =
            "[calendar]\nholidays = [\(ranges)]\n[[pool]]\nname = \"p\"\ndraw_time = \"07:00\"\nreveal_time = \"08:00\"\n"
        #expect(throws: InputErrors.self) { try DaemonConfig.parse(Array(text.utf8), file: "/etc/c.toml") }
        do {
            _ = try DaemonConfig.parse(Array(text.utf8), file: "/etc/c.toml")
        } catch {
            #expect(error.errors.map(\.description) == ["/etc/c.toml:2: calendar.holidays: lists more than 10000 days"])
        }
    }
}

extension InputLimitTests {
    @Test func poolsAreCountedAndTheirNamesCheckedInLinearTime() throws {
        let pool = { (index: Int) in "[[pool]]\nname = \"p\(index)\"\ndraw_time = \"07:00\"\nreveal_time = \"08:00\"\n"
        }
        let many = (0..<10_000).map(pool).joined()
        do {
            _ = try DaemonConfig.parse(Array(many.utf8), file: "/etc/c.toml")
            Issue.record("accepted")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "/etc/c.toml:1025: pool: more than 256 [[pool]] tables; each pool draws every working day"
                ])
        }
        let config = try DaemonConfig.parse(Array((0..<256).map(pool).joined().utf8), file: "/etc/c.toml")
        #expect(config.pools.count == 256)
    }

    @Test func aConfigurationWithThousandsOfProblemsReportsFifty() {
        let text = "[paths]\n" + (0..<5_000).map { "unknown\($0) = 1\n" }.joined()
        do {
            _ = try DaemonConfig.parse(Array(text.utf8), file: "/etc/c.toml")
            Issue.record("accepted")
        } catch {
            #expect(error.errors.count == 51)
            #expect(error.errors.last?.message == "and 4951 more errors")
        }
    }
}

extension InputLimitTests {
    /// SplitMix64, so that every run mutates the same way.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func mutatedDaemonConfigurationsAreParsedOrRefusedWithPrintableLocatedErrors() throws {
        let seed = try [UInt8](Data(contentsOf: Harness.packageRoot.appendingPathComponent("deploy/spotcheckd.toml")))
        let tokens = [
            "\"", "[", "]", "[[pool]]\n", ".", "=", "\n", "..", "\u{1B}[2J", "\u{202E}", "../../../etc/passwd", "-1",
            "99:99", "2026-02-30", "a.a.a.a.a.a", "[[[[[[", "\u{0}",
        ].map { Array($0.utf8) }
        var generator = Generator(state: 0x5EED_0003)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(1_500))
        var done = 0
        while done < 1_000, clock.now < deadline {
            var bytes = seed
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                let position = Int.random(in: 0...bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where position < bytes.count:
                    bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
                case 1 where position < bytes.count:
                    bytes.removeSubrange(
                        position..<min(bytes.count, position + Int.random(in: 1...40, using: &generator)))
                case 2:
                    let token = tokens.randomElement(using: &generator)!
                    let times = Bool.random(using: &generator) ? 1 : Int.random(in: 2...300, using: &generator)
                    bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: times).joined()), at: position)
                default:
                    bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
                }
            }
            do {
                _ = try DaemonConfig.parse(bytes, file: "/etc/spotcheck/spotcheckd.toml")
            } catch {
                let lines = bytes.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
                for problem in error.errors {
                    #expect(InputText.isPlain(problem.description), "\(problem.description.debugDescription)")
                    #expect((0...lines).contains(problem.line), "\(problem)")
                }
            }
            done += 1
        }
        #expect(done >= 20)
    }
}
