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

    @Option(help: ArgumentHelp(Catalogue.Bench.timeLimitHelp))
    var timeLimit: Double = 60

    @Option(help: ArgumentHelp(Catalogue.Bench.totalTimeLimitHelp))
    var totalTimeLimit: Double = 1_800

    /// One unit to run in this process (`county`, `planted-city/feasible/0`), reporting JSON: how
    /// the benchmark runs each unit in a process of its own.
    @Option(help: .private)
    var child: String?

    struct Scenario {
        var size: Size
        var generator: RosterGenerator
        var policy: Policy
        var goalMilliseconds: Double
        var goalMegabytes: Double?
        var goalParseMilliseconds: Double?
    }

    static func scenario(_ size: Size) -> Scenario {
        switch size {
        case .county:
            var generator = RosterGenerator(departments: 120, inspectors: 600)
            generator.skills = [("finance", 15, 20), ("law", 10, 10)]
            return Scenario(
                size: size, generator: generator, policy: Policy(targetsPerDraw: 20, teamSize: 3),
                goalMilliseconds: 1.8)
        case .city:
            let generator = RosterGenerator(departments: 1_000, inspectors: 8_000)
            return Scenario(
                size: size, generator: generator, policy: Policy(targetsPerDraw: 150, teamSize: 3),
                goalMilliseconds: 28)
        case .province:
            var generator = RosterGenerator(departments: 10_000, inspectors: 100_000)
            generator.denseFormerPercent = 34
            generator.leadPercent = 8
            generator.skills = [("finance", 8, 20), ("law", 5, 10), ("engineering", 1, 5)]
            generator.conflictsPer100 = 40
            return Scenario(
                size: size, generator: generator, policy: Policy(targetsPerDraw: 1_500, teamSize: 3),
                goalMilliseconds: 530, goalMegabytes: 500, goalParseMilliseconds: 500)
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
        guard timeLimit > 0, totalTimeLimit > 0 else { throw ValidationError(Catalogue.Bench.badTimeLimit.text) }
        if let child, BenchUnit(argument: child) == nil { throw ValidationError("--child \(child)") }
    }

    func run() throws {
        if let child, let unit = BenchUnit(argument: child) { return try runUnit(unit) }
        #if DEBUG
            printError(Catalogue.Bench.debugBuild.text)
        #endif
        let sizes = size.isEmpty ? Size.allCases : size
        var budget = Budget(total: totalTimeLimit)
        var table = TextTable([
            "size", "departments", "inspectors", "targets", "staffed", "replaced", "median ms", "cpu ms", "max ms",
            "peak MB", "parse ms", "parse cpu ms", "goal",
        ])
        var missed = false
        var plantedTable = TextTable(
            [
                "size", "variant", "departments", "inspectors", "targets", "staffed", "outcome", "median ms", "cpu ms",
                "max ms", "peak MB", "goal",
            ] + (compare ? ["CP-SAT median ms", "ratio", "agree"] : []))
        let python: String? = try compare ? CPSAT.python(venv: cpsatVenv) : nil
        let folder =
            export
            ?? (python == nil
                ? nil
                : FileManager.default.temporaryDirectory.appendingPathComponent("spotcheck-bench-\(getpid())").path)
        defer {
            if export == nil, let folder { try? FileManager.default.removeItem(atPath: folder) }
        }
        for size in sizes {
            if let planted = size.planted {
                for variant in PlantedRoster.Variant.allCases {
                    let row = try runPlanted(
                        size, planted.generator, variant, planted.goalMilliseconds, planted.goalMegabytes,
                        python: python, folder: folder, budget: &budget)
                    missed = missed || !row.met
                    plantedTable.add(row.cells)
                }
            } else {
                let row = try runNormal(size, budget: &budget)
                missed = missed || !row.met
                table.add(row.cells)
            }
        }
        if sizes.contains(where: { $0.planted == nil }) { writeOut(Array(table.render().utf8)) }
        if sizes.contains(where: { $0.planted != nil }) { writeOut(Array(plantedTable.render().utf8)) }
        if check, missed { throw ExitCodes.checkFailed }
    }

    /// What is left of the total time limit.
    struct Budget {
        let deadline: ContinuousClock.Instant

        init(total seconds: Double) { deadline = .now + .milliseconds(Int64(seconds * 1000)) }

        var remaining: Double {
            let left = deadline - .now
            return Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18
        }
    }

    /// Runs a unit in a process of its own, stopped after `seconds` (and at the total limit).
    func runBounded(
        _ unit: BenchUnit, seconds: Double, budget: Budget, folder: String? = nil
    ) throws
        -> UnitAnswer
    {
        let limit = min(seconds, budget.remaining)
        guard limit > 0 else { return .notRun }
        var arguments = ["bench", "--child", unit.argument, "--repeat", String(`repeat`)]
        if let folder { arguments += ["--export", folder] }
        switch try BoundedProcess.run(BoundedProcess.selfPath, arguments, seconds: limit) {
        case .timedOut(let output):
            // The time left for measuring once the roster was generated; none when it was not.
            guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("generated ") }),
                let generation = Double(line.dropFirst("generated ".count))
            else { return .notGenerated(seconds: limit) }
            return .noAnswer(seconds: max(0, ((limit - generation) * 10).rounded(.down) / 10))
        case .finished(let status, let output):
            let last = output.split(separator: "\n").last.map(String.init) ?? ""
            guard status == 0, let result = try? JSONDecoder().decode(BenchUnitResult.self, from: Data(last.utf8))
            else {
                throw CPSAT.Failure(description: "bench \(unit.argument) failed (exit \(status))")
            }
            return .answered(result)
        }
    }

    enum UnitAnswer {
        case answered(BenchUnitResult)
        case noAnswer(seconds: Double)
        /// Stopped at the limit before the roster was even generated.
        case notGenerated(seconds: Double)
        /// The total time limit was reached before the unit could start.
        case notRun

        /// The time given to measuring, in ms, when the unit gave no answer in it.
        var noAnswerMilliseconds: Double? {
            if case .noAnswer(let seconds) = self { return seconds * 1000 }
            return nil
        }
    }

    /// Draws on a normal size, `repeat` seeds, in a process of its own.
    func runNormal(_ size: Size, budget: inout Budget) throws -> (cells: [String], met: Bool) {
        let scenario = Self.scenario(size)
        var goal = "< \(Self.format(scenario.goalMilliseconds)) ms"
        if let megabytes = scenario.goalMegabytes { goal += ", < \(Int(megabytes)) MB" }
        if let parse = scenario.goalParseMilliseconds { goal += ", parse < \(Int(parse)) ms" }
        let head = [
            size.rawValue, String(scenario.generator.departments), String(scenario.generator.inspectors),
            String(scenario.policy.targetsPerDraw),
        ]
        // Generation, the draws and three parses.
        let answer = try runBounded(BenchUnit(size: size), seconds: timeLimit * Double(`repeat` + 4), budget: budget)
        guard case .answered(let result) = answer else {
            return (head + ["—", "—", Self.unanswered(answer), "—", "—", "—", "—", "—", goal + " MISSED"], false)
        }
        let times = result.milliseconds.sorted()
        let parses = result.parseMilliseconds.sorted()
        let median = times[times.count / 2]
        let parse = parses[parses.count / 2]
        var met = median < scenario.goalMilliseconds
        if let megabytes = scenario.goalMegabytes { met = met && result.peakMegabytes < megabytes }
        if let goalParse = scenario.goalParseMilliseconds { met = met && parse < goalParse }
        let draws = Double(times.count)
        return (
            head + [
                String(format: "%.1f", Double(result.staffed) / draws),
                String(format: "%.1f", Double(result.replaced) / draws), String(format: "%.2f", median),
                String(format: "%.2f", Self.median(result.cpuMilliseconds)), String(format: "%.2f", times.last!),
                String(format: "%.0f", result.peakMegabytes), String(format: "%.1f", parse),
                String(format: "%.1f", Self.median(result.parseCPUMilliseconds)), goal + (met ? " met" : " MISSED"),
            ], met
        )
    }

    /// The cells of a planted row that stopped without an answer. A function of its own: inlined,
    /// this code crashed the optimizer of Swift 6.3.1 (CopyPropagation, an ownership error).
    @inline(never)
    static func stoppedCells(_ stopped: UnitAnswer, answered: Int, goal: String) -> [String] {
        let unanswered = unanswered(stopped) + (answered == 0 ? "" : " (seed \(answered + 1))")
        let limit: String
        if let milliseconds = stopped.noAnswerMilliseconds {
            limit = "> \(format(milliseconds))"
        } else {
            limit = "—"
        }
        return ["—", unanswered, "—", "—", limit, "—", goal + " MISSED"]
    }

    /// Staffs the planted targets of `repeat` generated rosters (one per seed, each in a process
    /// of its own) and checks the outcome: every target staffed on the feasible roster, the
    /// expected blocker on a variant. A seed without an answer within the time limit ends the
    /// row (the later seeds would not answer either) and the row says so.
    func runPlanted(
        _ size: Size, _ generator: PlantedRoster, _ variant: PlantedRoster.Variant, _ goal: Double,
        _ goalMegabytes: Double?, python: String?, folder: String?, budget: inout Budget
    ) throws -> (cells: [String], met: Bool) {
        var results: [BenchUnitResult] = []
        var questions: [String] = []
        var stopped: UnitAnswer?
        for run in 0..<`repeat` {
            let unit = BenchUnit(size: size, planted: (variant, run))
            if let folder {
                questions.append(
                    URL(fileURLWithPath: folder).appendingPathComponent(
                        "\(size.rawValue)-\(variant.rawValue)-\(run).json"
                    ).path)
            }
            // Generating the roster and exporting its question are not timed: allow for them.
            let answer = try runBounded(
                unit, seconds: timeLimit + generationSeconds(size), budget: budget, folder: folder)
            if case .answered(let result) = answer {
                if result.milliseconds[0] > timeLimit * 1000 {
                    stopped = .noAnswer(seconds: timeLimit)
                    break
                }
                results.append(result)
            } else {
                stopped = answer
                break
            }
        }
        var goalText = "< \(Int(goal)) ms"
        if let goalMegabytes { goalText += ", < \(Int(goalMegabytes)) MB" }
        var cells = [
            size.rawValue, variant.rawValue, String(generator.departments), String(generator.inspectors),
            String(generator.targets),
        ]
        let peak = results.map(\.peakMegabytes).max() ?? 0
        let correct = results.allSatisfy { result in
            if let code = variant.expectedBlocker { return result.blockerCodes.contains(code) }
            return result.refused.isEmpty
        }
        var met: Bool
        if let stopped {
            met = false
            cells += Self.stoppedCells(stopped, answered: results.count, goal: goalText)
        } else {
            let times = results.map { $0.milliseconds[0] }.sorted()
            let median = times[times.count / 2]
            met = median < goal && correct
            if let goalMegabytes { met = met && peak < goalMegabytes }
            let staffed = Double(results.map(\.staffed).reduce(0, +)) / Double(results.count)
            cells += [
                String(format: "%.1f", staffed),
                (variant.expectedBlocker ?? "all staffed") + (correct ? " ok" : " WRONG"),
                String(format: "%.2f", median), String(format: "%.2f", Self.median(results.flatMap(\.cpuMilliseconds))),
                String(format: "%.2f", times.last!), String(format: "%.0f", peak),
                goalText + (met ? " met" : " MISSED"),
            ]
        }
        if let python {
            let comparison = try compareWithCPSAT(
                python: python, questions: questions, results: results, budget: budget)
            met = met && comparison.agree
            cells += comparison.cells
        }
        return (cells, met)
    }

    /// CP-SAT on the same instances, each file in a process of its own with the same time limit.
    func compareWithCPSAT(
        python: String, questions: [String], results: [BenchUnitResult], budget: Budget
    ) throws
        -> (cells: [String], agree: Bool)
    {
        var times: [Double] = []
        var agreements: [Bool] = []
        var unanswered: String?
        for (index, question) in questions.enumerated() where FileManager.default.fileExists(atPath: question) {
            let answer = try CPSAT.run(
                python: python, script: cpsatScript, question: question, seconds: min(timeLimit, budget.remaining))
            switch answer {
            case .answered(let milliseconds, let refused):
                times.append(milliseconds)
                if index < results.count { agreements.append(refused == results[index].refused) }
            case .unanswered(let why):
                unanswered = why
            }
            if unanswered != nil { break }
        }
        times.sort()
        let agree = !agreements.contains(false)
        let agreeText =
            agreements.isEmpty
            ? "—" : !agree ? "NO" : agreements.count == results.count ? "yes" : "yes (\(agreements.count))"
        if let unanswered {
            return (["CP-SAT: " + unanswered, "—", agreeText], agree)
        }
        guard !times.isEmpty else { return (["not run", "—", agreeText], agree) }
        let median = times[times.count / 2]
        var ratio = "—"
        if results.count == questions.count {
            let ours = results.map { $0.milliseconds[0] }.sorted()
            ratio = String(format: "%.1f", median / max(ours[ours.count / 2], 0.001))
        }
        return ([String(format: "%.1f", median), ratio, agreeText], agree)
    }

    /// Seconds allowed beyond the time limit for generating a planted roster and exporting its
    /// question (not timed).
    func generationSeconds(_ size: Size) -> Double {
        switch size {
        case .plantedProvince: 60
        case .plantedCity: 10
        default: 5
        }
    }

    static func unanswered(_ answer: UnitAnswer) -> String {
        switch answer {
        case .noAnswer(let seconds): "no answer in \(format(seconds)) s"
        case .notGenerated(let seconds): "roster not generated in \(format(seconds)) s"
        case .notRun: "not run: total time limit reached"
        case .answered: ""
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
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
