import Foundation
import SpotcheckCore
import Testing

@testable import SpotcheckRoster

/// Seeded mutation of the example files and the regression fixtures, fed to the TOML and roster
/// parsers. Each input must be accepted or refused with located, printable errors; nothing may
/// crash, hang or take long. Every input that ever crashed a parser is kept in `Fixtures/`: a
/// `.toml` file goes through the TOML and policy parsers, a `departments-*.csv`, `inspectors-*.csv`,
/// `conflicts-*.csv` or `history-*.csv` file replaces that file of the example county. Fixtures of
/// at most 64 KiB also seed the mutation.
@Suite struct FuzzTests {
    /// SplitMix64: a small seeded generator, so that every run mutates the same way.
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

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let county = packageRoot.appendingPathComponent("deploy/examples/county")

    static func read(_ url: URL) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: url))) ?? []
    }

    static var fixtures: [(name: String, bytes: [UInt8])] {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.sorted().map { ($0, read(folder.appendingPathComponent($0))) }
    }

    static let countyFiles = ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv"].map {
        ($0, read(county.appendingPathComponent($0)))
    }

    static let tomlSeeds: [[UInt8]] =
        [
            read(county.appendingPathComponent("policy.toml")),
            read(packageRoot.appendingPathComponent("deploy/spotcheckd.toml")),
        ]
        + fixtures.filter { $0.name.hasSuffix(".toml") && $0.bytes.count <= 65_536 }.map(\.bytes)

    /// Fragments that tend to reach the corners of both formats.
    static let tokens: [[UInt8]] =
        [
            "\"", "\"\"", ",", "\n", "\r\n", "[", "]", "[[", "]]", ".", "=", ";", "..", "#", "'", "\\", "{", "@",
            "\u{1B}[31m", "\u{202E}", "\u{0}", "9999-12-31", "0000-01-01", "2026-02-29..2026-03-01", "-1",
            "99999999999999999999", "yes", "true", "a.a.a.a.a.a.a.a", "[[[[[[[[[[", "\u{FEFF}",
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98]]

    static func mutate(_ input: [UInt8], _ generator: inout Generator, splice: [[UInt8]]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
            switch Int.random(in: 0..<8, using: &generator) {
            case 0 where position < bytes.count:
                bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
            case 1:
                bytes.insert(contentsOf: tokens.randomElement(using: &generator)!, at: position)
            case 2 where position < bytes.count:
                let end = min(bytes.count, position + Int.random(in: 1...64, using: &generator))
                bytes.removeSubrange(position..<end)
            case 3 where position < bytes.count:
                // Repeat a slice many times: long fields, many rows, deep nesting.
                let end = min(bytes.count, position + Int.random(in: 1...16, using: &generator))
                let chunk = Array(bytes[position..<end])
                let times = Int.random(in: 2...2_000, using: &generator)
                bytes.insert(contentsOf: Array([[UInt8]](repeating: chunk, count: times).joined()), at: position)
            case 4:
                let other = splice.randomElement(using: &generator)!
                if !other.isEmpty {
                    let start = Int.random(in: 0..<other.count, using: &generator)
                    let end = min(other.count, start + Int.random(in: 1...256, using: &generator))
                    bytes.insert(contentsOf: other[start..<end], at: position)
                }
            case 5:
                bytes = Array(bytes.prefix(position))
            case 6:
                let token = tokens.randomElement(using: &generator)!
                bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: 500).joined()), at: position)
            default:
                bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
            }
        }
        return bytes
    }

    /// What every refusal must satisfy: a known file, a line within the input, printable text.
    static func checkErrors(_ errors: [InputError], files: [String: [UInt8]]) {
        #expect(!errors.isEmpty)
        for error in errors {
            let text = error.description
            #expect(InputText.isPlain(text), "unescaped: \(text.debugDescription)")
            #expect(text.utf8.count < 1_000, "too long: \(text.prefix(200))")
            guard let bytes = files[error.file] else {
                Issue.record("unknown file in \(text)")
                continue
            }
            let lines = bytes.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
            #expect((0...lines).contains(error.line), "line \(error.line) of \(lines): \(text)")
        }
    }

    static func checkTOML(_ bytes: [UInt8]) {
        do {
            let table = try TOML.parse(bytes, file: "fuzz.toml")
            _ = try? PolicyFile.parse(bytes, file: "fuzz.toml")
            _ = table == table
        } catch {
            checkErrors(error.errors, files: ["fuzz.toml": bytes])
        }
    }

    static func checkRoster(_ replaced: String, _ bytes: [UInt8]) {
        var named = Dictionary(uniqueKeysWithValues: countyFiles.map { ($0.0, $0.1) })
        named[replaced] = bytes
        let files = RosterFiles(
            departments: .init(name: "departments.csv", bytes: named["departments.csv"]!),
            inspectors: .init(name: "inspectors.csv", bytes: named["inspectors.csv"]!),
            conflicts: .init(name: "conflicts.csv", bytes: named["conflicts.csv"]!),
            history: .init(name: "history.csv", bytes: named["history.csv"]!))
        do {
            let roster = try RosterParser.parse(files)
            // What is accepted can be written back and reads the same.
            let written = RosterWriter.write(roster)
            let again = try RosterParser.parse(
                RosterFiles(
                    departments: .init(name: "departments.csv", bytes: written.departments),
                    inspectors: .init(name: "inspectors.csv", bytes: written.inspectors),
                    conflicts: .init(name: "conflicts.csv", bytes: written.conflicts),
                    history: .init(name: "history.csv", bytes: written.history)))
            #expect(again.snapshotHash == roster.snapshotHash, "round trip of \(replaced) changed the roster")
        } catch {
            checkErrors(error.errors, files: named)
        }
    }

    /// Runs `body` for each case until `count` cases or `budget` seconds, whichever comes first,
    /// but at least `least` cases: on two cores shared by a parallel run the budget alone may
    /// leave fewer than the test needs to mean anything.
    static func run(count: Int, budget: Double, least: Int = 20, _ body: (Int) -> Void) -> Int {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int(budget * 1_000)))
        var done = 0
        while done < count, done < least || clock.now < deadline {
            body(done)
            done += 1
        }
        return done
    }

    @Test func mutatedTOMLIsParsedOrRefusedWithPrintableLocatedErrors() {
        var generator = Generator(state: 0x5EED_0001)
        let done = Self.run(count: 3_000, budget: 2) { _ in
            let seed = Self.tomlSeeds.randomElement(using: &generator)!
            Self.checkTOML(Self.mutate(seed, &generator, splice: Self.tomlSeeds))
        }
        #expect(done >= 20)
    }

    @Test func mutatedRosterCSVIsParsedOrRefusedWithPrintableLocatedErrors() {
        var generator = Generator(state: 0x5EED_0002)
        let small = Self.fixtures.filter { $0.name.hasSuffix(".csv") && $0.bytes.count <= 65_536 }
        let seeds =
            Self.countyFiles
            + small.map { fixture in
                (
                    Self.countyFiles.first { fixture.name.hasPrefix($0.0.dropLast(4)) }?.0 ?? "inspectors.csv",
                    fixture.bytes
                )
            }
        let splice = seeds.map(\.1)
        let done = Self.run(count: 2_000, budget: 2) { _ in
            let (name, seed) = seeds.randomElement(using: &generator)!
            Self.checkRoster(name, Self.mutate(seed, &generator, splice: splice))
        }
        #expect(done >= 20)
    }

    @Test func everyRegressionFixtureIsParsedOrRefusedWithoutACrash() {
        let fixtures = Self.fixtures
        #expect(fixtures.count >= 8)
        for fixture in fixtures {
            if fixture.name.hasSuffix(".toml") {
                Self.checkTOML(fixture.bytes)
            } else {
                let file = Self.countyFiles.first { fixture.name.hasPrefix($0.0.dropLast(4)) }?.0 ?? "inspectors.csv"
                Self.checkRoster(file, fixture.bytes)
            }
        }
    }
}
