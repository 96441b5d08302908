import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckSimulation

/// One measured unit of `spotcheck bench`, run in a process of its own: a normal size (all its
/// draws and roster parses) or one planted instance (size, variant, seed). A process of its own
/// gives each unit its own peak memory and lets the benchmark stop a unit that does not answer
/// within the time limit instead of hanging.
struct BenchUnit: Hashable {
    var size: BenchCommand.Size
    /// The planted variant and seed index; nil for a normal size.
    var planted: (variant: PlantedRoster.Variant, run: Int)?

    static func == (a: Self, b: Self) -> Bool { a.argument == b.argument }
    func hash(into hasher: inout Hasher) { hasher.combine(argument) }

    /// `county`, or `planted-city/skill-recused/2`.
    var argument: String {
        guard let planted else { return size.rawValue }
        return "\(size.rawValue)/\(planted.variant.rawValue)/\(planted.run)"
    }

    init(size: BenchCommand.Size, planted: (variant: PlantedRoster.Variant, run: Int)? = nil) {
        self.size = size
        self.planted = planted
    }

    init?(argument: String) {
        let parts = argument.split(separator: "/").map(String.init)
        guard let size = BenchCommand.Size(rawValue: parts[0]) else { return nil }
        if parts.count == 1, size.planted == nil {
            self.init(size: size)
        } else if parts.count == 3, size.planted != nil, let variant = PlantedRoster.Variant(rawValue: parts[1]),
            let run = Int(parts[2]), run >= 0
        {
            self.init(size: size, planted: (variant, run))
        } else {
            return nil
        }
    }
}

/// What a unit's process reports (one JSON object on standard output).
struct BenchUnitResult: Codable {
    /// Draw times (normal size) or the one staffing time (planted instance), in ms.
    var milliseconds: [Double] = []
    /// The same, in CPU time of the measuring thread: what the work cost when other processes
    /// share the machine and stretch the wall time.
    var cpuMilliseconds: [Double] = []
    /// Roster parsing times (normal size), in ms, wall and CPU.
    var parseMilliseconds: [Double] = []
    var parseCPUMilliseconds: [Double] = []
    /// Teams staffed, over all draws.
    var staffed = 0
    /// Picks replaced, over all draws (normal size).
    var replaced = 0
    /// Refused planted targets in the order named, and the code of each one's blocker.
    var refused: [String] = []
    var blockerCodes: [String] = []
    /// The process's peak resident memory (VmHWM), in MB, roster generation included.
    var peakMegabytes = 0.0
    /// The exported staffing question (planted instance with a folder to export to).
    var question: String?
}

extension BenchCommand {
    /// Runs one unit in this process and prints its result as JSON.
    func runUnit(_ unit: BenchUnit) throws {
        let started = ContinuousClock.now
        /// A line saying the roster is generated (and exported) and what that took, so that a unit
        /// stopped later is known to have been stopped while measuring.
        func generated() {
            let elapsed = ContinuousClock.now - started
            writeOut(
                Array(
                    "generated \(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)\n"
                        .utf8))
        }
        var result = BenchUnitResult()
        if let planted = unit.planted, let generator = unit.size.planted?.generator {
            let (variant, run) = (planted.variant, planted.run)
            let instance = generator.make(seed: 2026 + UInt64(run), variant: variant)
            if let folder = export {
                let question = try staffingQuestion(
                    roster: instance.roster, policy: generator.policy, date: generator.today,
                    targets: instance.targets)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let file = URL(fileURLWithPath: folder).appendingPathComponent(
                    "\(unit.size.rawValue)-\(variant.rawValue)-\(run).json")
                try encoder.encode(question).write(to: file)
                result.question = file.path
            }
            generated()
            var outcome: StaffingOutcome?
            let elapsed = try Self.measure {
                outcome = try staffNamedTargets(
                    roster: instance.roster, policy: generator.policy, date: generator.today,
                    targets: instance.targets, seed: Self.seed(run))
            }
            result.milliseconds = [elapsed.wall]
            result.cpuMilliseconds = [elapsed.cpu]
            result.staffed = outcome!.accepted.count
            result.refused = instance.targets.filter { outcome!.blockers[$0] != nil }
            result.blockerCodes = result.refused.map { outcome!.blockers[$0]!.code }
        } else {
            let scenario = Self.scenario(unit.size)
            let roster = scenario.generator.make(seed: 2026)
            generated()
            for run in 0..<`repeat` {
                let input = DrawInput(
                    roster: roster, policy: scenario.policy, date: scenario.generator.today,
                    pool: scenario.generator.pool, seed: Self.seed(run))
                var record: DrawRecord?
                let elapsed = try Self.measure { record = try draw(input) }
                result.milliseconds.append(elapsed.wall)
                result.cpuMilliseconds.append(elapsed.cpu)
                result.staffed += record!.teams.count
                result.replaced += record!.picks.filter { $0.outcome != .target }.count
            }
            // Roster loading: parsing the roster's CSV files (held in memory) into a Roster.
            let files = RosterWriter.write(roster).named(in: "bench")
            for _ in 0..<min(`repeat`, 3) {
                let elapsed = try Self.measure { _ = try RosterParser.parse(files) }
                result.parseMilliseconds.append(elapsed.wall)
                result.parseCPUMilliseconds.append(elapsed.cpu)
            }
        }
        result.peakMegabytes = Self.peakMegabytes()
        writeOut(Array(try JSONEncoder().encode(result)) + [0x0A])
    }

    static func seed(_ run: Int) -> Seed {
        var bytes = [UInt8](repeating: 0, count: 32)
        bytes[0] = UInt8(truncatingIfNeeded: run)
        bytes[31] = 0x5C
        return Seed(bytes: bytes)!
    }

    /// Wall time and the calling thread's CPU time of `body`, in ms.
    static func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let cpuStart = threadCPUMilliseconds()
        let elapsed = try ContinuousClock().measure(body)
        let cpu = threadCPUMilliseconds() - cpuStart
        return (Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3, cpu)
    }

    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }
}

/// Runs a program with a time limit, its standard output into a file.
enum BoundedProcess {
    enum Outcome {
        case finished(status: Int32, output: String)
        /// Stopped (SIGKILL) after the limit, with what it had written by then.
        case timedOut(output: String)
    }

    static func run(_ program: String, _ arguments: [String], seconds: Double) throws -> Outcome {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spotcheck-bench-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).out")
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else {
            throw CPSAT.Failure(description: "cannot create \(output.path)")
        }
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = handle
        try process.run()
        let deadline = ContinuousClock.now + .milliseconds(Int64(max(seconds, 0) * 1000))
        while process.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return .timedOut(output: (try? String(contentsOf: output, encoding: .utf8)) ?? "")
        }
        process.waitUntilExit()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return .finished(status: process.terminationStatus, output: text)
    }

    /// This program's own executable.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
