import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckSimulation
import SpotcheckText

struct BenchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "bench",
            abstract: Catalogue.Bench.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Bench.discussion,
                examples: [
                    "swift run -c release spotcheck bench",
                    "swift run -c release spotcheck bench --size province --repeat 3",
                ]))
    }

    enum Size: String, ExpressibleByArgument, CaseIterable {
        case county, city, province
        /// City size with fewer free leads than targets and a scarce skill: the solver must spend
        /// leads only where needed, then prove the remaining picks unstaffable.
        case tight
        /// Planted-tight rosters (a staffing exists, with thin margins) and their infeasible
        /// variants, staffed as a targeted draw of the planted targets.
        case plantedCounty = "planted-county"
        case plantedCity = "planted-city"
        case plantedProvince = "planted-province"

        var planted: (generator: PlantedRoster, goalMilliseconds: Double, goalMegabytes: Double?)? {
            switch self {
            case .plantedCounty: (PlantedRoster(departments: 120, inspectors: 600, targets: 20), 20, nil)
            case .plantedCity: (PlantedRoster(departments: 1_000, inspectors: 8_000, targets: 150), 300, nil)
            case .plantedProvince:
                (PlantedRoster(departments: 10_000, inspectors: 100_000, targets: 1_500), 3_000, 1_000)
            default: nil
            }
        }
    }

    @Option(help: ArgumentHelp(Catalogue.Bench.sizeHelp))
    var size: [Size] = []

    @Option(help: ArgumentHelp(Catalogue.Bench.repeatHelp))
    var `repeat`: Int = 5

    @Option(help: ArgumentHelp(Catalogue.Bench.exportHelp))
    var export: String?

    @Flag(help: ArgumentHelp(Catalogue.Bench.compareHelp))
    var compare = false

    @Option(help: ArgumentHelp(Catalogue.Bench.venvHelp))
    var cpsatVenv = ".build/cpsat-venv"

    @Option(help: ArgumentHelp(Catalogue.Bench.scriptHelp))
    var cpsatScript = "tools/cpsat_bench.py"

    @Flag(help: ArgumentHelp(Catalogue.Bench.checkHelp))
    var check = false

    struct Scenario {
        var size: Size
        var generator: RosterGenerator
        var policy: Policy
        var goalMilliseconds: Double
        var goalMegabytes: Double?
    }

    static func scenario(_ size: Size) -> Scenario {
        switch size {
        case .county:
            var generator = RosterGenerator(departments: 120, inspectors: 600)
            generator.skills = [("finance", 15, 20), ("law", 10, 10)]
            return Scenario(
                size: size, generator: generator, policy: Policy(targetsPerDraw: 20, teamSize: 3),
                goalMilliseconds: 10)
        case .city:
            let generator = RosterGenerator(departments: 1_000, inspectors: 8_000)
            return Scenario(
                size: size, generator: generator, policy: Policy(targetsPerDraw: 150, teamSize: 3),
                goalMilliseconds: 100)
        case .province:
            var generator = RosterGenerator(departments: 10_000, inspectors: 100_000)
            generator.denseFormerPercent = 34
            generator.leadPercent = 8
            generator.skills = [("finance", 8, 20), ("law", 5, 10), ("engineering", 1, 5)]
            generator.conflictsPer100 = 40
            return Scenario(
                size: size, generator: generator, policy: Policy(targetsPerDraw: 1_500, teamSize: 3),
                goalMilliseconds: 1_000, goalMegabytes: 500)
        case .tight:
            var generator = RosterGenerator(departments: 1_000, inspectors: 1_500)
            generator.leadPercent = 8
            generator.skills = [("finance", 10, 20), ("engineering", 2, 15)]
            return Scenario(
                size: size, generator: generator, policy: Policy(targetsPerDraw: 150, teamSize: 3),
                goalMilliseconds: 1_000)
        case .plantedCounty, .plantedCity, .plantedProvince:
            preconditionFailure("planted sizes run through runPlanted")
        }
    }

    func validate() throws {
        guard (1...100).contains(`repeat`) else { throw ValidationError(Catalogue.Bench.badRepeat.text) }
    }

    func run() throws {
        #if DEBUG
            printError(Catalogue.Bench.debugBuild.text)
        #endif
        let sizes = size.isEmpty ? Size.allCases : size
        var table = TextTable([
            "size", "departments", "inspectors", "targets", "staffed", "replaced", "median ms", "max ms", "peak MB",
            "goal", "parse ms",
        ])
        var missed = false
        var plantedTable = TextTable(
            [
                "size", "variant", "departments", "inspectors", "targets", "staffed", "expected", "median ms", "max ms",
                "peak MB", "goal",
            ] + (compare ? ["CP-SAT median ms", "ratio", "agree"] : []))
        let python: String? = try compare ? CPSAT.python(venv: cpsatVenv) : nil
        var anyPlanted = false
        for size in sizes {
            if let planted = size.planted {
                anyPlanted = true
                for variant in PlantedRoster.Variant.allCases {
                    let row = try runPlanted(
                        size, planted.generator, variant, planted.goalMilliseconds, planted.goalMegabytes,
                        python: python)
                    missed = missed || !row.met
                    plantedTable.add(row.cells)
                }
                continue
            }
            let scenario = Self.scenario(size)
            let roster = scenario.generator.make(seed: 2026)
            var times: [Double] = []
            var staffed = 0
            var replaced = 0
            for run in 0..<`repeat` {
                var bytes = [UInt8](repeating: 0, count: 32)
                bytes[0] = UInt8(run)
                bytes[31] = 0x5C
                let input = DrawInput(
                    roster: roster, policy: scenario.policy, date: scenario.generator.today,
                    pool: scenario.generator.pool,
                    seed: Seed(bytes: bytes)!)
                let clock = ContinuousClock()
                var record: DrawRecord?
                let elapsed = try clock.measure { record = try draw(input) }
                times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
                staffed += record!.teams.count
                replaced += record!.picks.filter { $0.outcome != .target }.count
            }
            times.sort()
            let median = times[times.count / 2]
            let peak = Self.peakMegabytes()
            // Roster loading: parsing the roster's CSV files (held in memory) into a Roster.
            let files = RosterWriter.write(roster).named(in: "bench")
            var parses: [Double] = []
            for _ in 0..<min(`repeat`, 3) {
                let clock = ContinuousClock()
                let elapsed = try clock.measure { _ = try RosterParser.parse(files) }
                parses.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
            }
            parses.sort()
            var goal = "< \(Int(scenario.goalMilliseconds)) ms"
            var met = times.last! < scenario.goalMilliseconds
            if let megabytes = scenario.goalMegabytes {
                goal += ", < \(Int(megabytes)) MB"
                met = met && peak < megabytes
            }
            missed = missed || !met
            table.add([
                size.rawValue, String(scenario.generator.departments), String(scenario.generator.inspectors),
                String(scenario.policy.targetsPerDraw), String(format: "%.1f", Double(staffed) / Double(`repeat`)),
                String(format: "%.1f", Double(replaced) / Double(`repeat`)),
                String(format: "%.2f", median), String(format: "%.2f", times.last!), String(format: "%.0f", peak),
                goal + (met ? " met" : " MISSED"), String(format: "%.1f", parses[parses.count / 2]),
            ])
        }
        if sizes.contains(where: { $0.planted == nil }) { writeOut(Array(table.render().utf8)) }
        if anyPlanted { writeOut(Array(plantedTable.render().utf8)) }
        if check, missed { throw ExitCodes.checkFailed }
    }

    /// Staffs the planted targets of `repeat` generated rosters (one per seed) and checks the
    /// outcome: every target staffed on the feasible roster, the expected blocker on a variant.
    func runPlanted(
        _ size: Size, _ generator: PlantedRoster, _ variant: PlantedRoster.Variant, _ goal: Double,
        _ goalMegabytes: Double?, python: String?
    ) throws -> (cells: [String], met: Bool) {
        var times: [Double] = []
        var staffed = 0
        var correct = true
        var questions: [String] = []
        var refused: [[String]] = []
        let folder =
            export
            ?? (python == nil
                ? nil
                : FileManager.default.temporaryDirectory.appendingPathComponent(
                    "spotcheck-bench-\(getpid())"
                ).path)
        defer {
            if export == nil, let folder { try? FileManager.default.removeItem(atPath: folder) }
        }
        for run in 0..<`repeat` {
            let instance = generator.make(seed: 2026 + UInt64(run), variant: variant)
            if let export = folder {
                let question = try staffingQuestion(
                    roster: instance.roster, policy: generator.policy, date: generator.today,
                    targets: instance.targets)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                try FileManager.default.createDirectory(atPath: export, withIntermediateDirectories: true)
                let file = URL(fileURLWithPath: export).appendingPathComponent(
                    "\(size.rawValue)-\(variant.rawValue)-\(run).json")
                try encoder.encode(question).write(to: file)
                questions.append(file.path)
            }
            var bytes = [UInt8](repeating: 0, count: 32)
            bytes[0] = UInt8(run)
            bytes[31] = 0x5C
            let clock = ContinuousClock()
            var outcome: StaffingOutcome?
            let elapsed = try clock.measure {
                outcome = try staffNamedTargets(
                    roster: instance.roster, policy: generator.policy, date: generator.today,
                    targets: instance.targets, seed: Seed(bytes: bytes)!)
            }
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
            staffed += outcome!.accepted.count
            refused.append(instance.targets.filter { outcome!.blockers[$0] != nil })
            if let code = variant.expectedBlocker {
                correct = correct && outcome!.blockers.values.contains { $0.code == code }
            } else {
                correct = correct && outcome!.blockers.isEmpty
            }
        }
        times.sort()
        let median = times[times.count / 2]
        let peak = Self.peakMegabytes()
        var met = median < goal && correct
        var goalText = "< \(Int(goal)) ms"
        if let goalMegabytes {
            goalText += ", < \(Int(goalMegabytes)) MB"
            met = met && peak < goalMegabytes
        }
        var cells = [
            size.rawValue, variant.rawValue, String(generator.departments), String(generator.inspectors),
            String(generator.targets), String(format: "%.1f", Double(staffed) / Double(`repeat`)),
            (variant.expectedBlocker ?? "all staffed") + (correct ? " ok" : " WRONG"),
            String(format: "%.2f", median), String(format: "%.2f", times.last!), String(format: "%.0f", peak),
            goalText + (met ? " met" : " MISSED"),
        ]
        if let python {
            let answers = try CPSAT.run(python: python, script: cpsatScript, questions: questions)
            let cpsatTimes = answers.map(\.milliseconds).sorted()
            let cpsatMedian = cpsatTimes[cpsatTimes.count / 2]
            let agree = zip(answers, refused).allSatisfy { $0.refused == $1 }
            met = met && agree
            cells += [
                String(format: "%.1f", cpsatMedian), String(format: "%.1f", cpsatMedian / max(median, 0.001)),
                agree ? "yes" : "NO",
            ]
        }
        return (cells, met)
    }

    /// The process's peak resident memory (VmHWM), in MB.
    static func peakMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Double(digits) ?? 0) / 1024
        }
        return 0
    }
}
