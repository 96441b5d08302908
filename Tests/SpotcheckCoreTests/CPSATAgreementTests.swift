import Foundation
import SpotcheckCore
import SpotcheckSimulation
import Testing

/// The staffing outcomes agree with an independent solver: OR-Tools CP-SAT answering the same
/// questions (tools/cpsat_bench.py) on medium planted-tight rosters and their infeasible
/// variants. OR-Tools lives in the benchmark's own virtual environment (.build/cpsat-venv,
/// created with `pip install ortools` when missing); the suite is skipped only when it cannot be
/// installed.
@Suite struct CPSATAgreementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The venv's Python with OR-Tools, or nil when it cannot be had.
    static let python: String? = {
        let venv = root.appendingPathComponent(".build/cpsat-venv").path
        let python = venv + "/bin/python"
        if run(python, ["-c", "import ortools"]) != nil { return python }
        guard run("/usr/bin/env", ["python3", "-m", "venv", venv]) != nil,
            run(python, ["-m", "pip", "install", "--quiet", "ortools"]) != nil,
            run(python, ["-c", "import ortools"]) != nil
        else { return nil }
        return python
    }()

    static func run(_ program: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    @Test(.enabled(if: python != nil, "OR-Tools could not be installed (pip install ortools)"))
    func mediumTightRostersRefuseTheSameTargetsAsCPSAT() throws {
        let generator = PlantedRoster(departments: 60, inspectors: 240, targets: 10)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spotcheck-cpsat-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        var ours: [String: [String]] = [:]
        for variant in PlantedRoster.Variant.allCases {
            for seed in 0..<3 {
                let instance = generator.make(seed: 500 + UInt64(seed), variant: variant)
                // Shuffled target order as well as the planted one: different refusals.
                for order in 0..<2 {
                    let targets = order == 0 ? instance.targets : Array(instance.targets.reversed())
                    let question = try staffingQuestion(
                        roster: instance.roster, policy: generator.policy, date: generator.today, targets: targets)
                    let file = folder.appendingPathComponent("\(variant.rawValue)-\(seed)-\(order).json").path
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys]
                    try encoder.encode(question).write(to: URL(fileURLWithPath: file))
                    files.append(file)
                    let outcome = try staffNamedTargets(
                        roster: instance.roster, policy: generator.policy, date: generator.today, targets: targets,
                        seed: Fixture.seed(seed))
                    ours[file] = targets.filter { outcome.blockers[$0] != nil }
                }
            }
        }
        let script = Self.root.appendingPathComponent("tools/cpsat_bench.py").path
        let output = try #require(Self.run(Self.python!, [script] + files), "tools/cpsat_bench.py failed")
        var answered = 0
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 3, "unexpected line: \(line)")
            let file = String(fields[0])
            let refused = fields[2] == "-" ? [] : fields[2].split(separator: ",").map(String.init)
            #expect(ours[file] == refused, "\(file): Spotcheck refuses \(ours[file] ?? []), CP-SAT \(refused)")
            answered += 1
        }
        #expect(answered == files.count)
        // The variants are refused by both, so the comparison covers both answers.
        #expect(ours.values.contains { !$0.isEmpty } && ours.values.contains { $0.isEmpty })
    }
}
