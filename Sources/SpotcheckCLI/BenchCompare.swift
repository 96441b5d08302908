import Foundation

/// OR-Tools CP-SAT on the benchmark's planted instances (tools/cpsat_bench.py), run in a Python
/// virtual environment of the benchmark's own, never a product dependency.
enum CPSAT {
    struct Answer {
        var milliseconds: Double
        /// Refused targets in the order named.
        var refused: [String]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The venv's Python, after creating the venv with ortools when it is missing.
    static func python(venv: String) throws -> String {
        let python = venv + "/bin/python"
        if FileManager.default.isExecutableFile(atPath: python), (try? run(python, ["-c", "import ortools"])) != nil {
            return python
        }
        printError("creating \(venv) with ortools for --compare (pip install ortools)")
        do {
            _ = try run("/usr/bin/env", ["python3", "-m", "venv", venv])
            _ = try run(python, ["-m", "pip", "install", "--quiet", "ortools"])
        } catch {
            throw Failure(
                description:
                    "--compare needs OR-Tools in \(venv): \(error). Install it by hand with 'python3 -m venv \(venv) && \(venv)/bin/pip install ortools', or leave out --compare."
            )
        }
        return python
    }

    enum Outcome {
        case answered(milliseconds: Double, refused: [String])
        /// No answer within the time limit, or a model too large to build.
        case unanswered(String)
    }

    /// Answers one question file within `seconds` of solving (the script stops CP-SAT at the
    /// limit; the process is stopped when Python start and model building overrun it too).
    static func run(python: String, script: String, question: String, seconds: Double) throws -> Outcome {
        guard FileManager.default.fileExists(atPath: script) else {
            throw Failure(
                description: "\(script) not found: run the benchmark from the repository root or give --cpsat-script")
        }
        guard seconds > 0 else { return .unanswered("not run: total time limit reached") }
        let limit = BenchCommand.format(seconds)
        let outcome = try BoundedProcess.run(
            python, [script, "--time-limit", String(seconds), question], seconds: seconds + 30)
        guard case .finished(let status, let output) = outcome else { return .unanswered("no answer in \(limit) s") }
        guard status == 0 else { throw Failure(description: "\(script) \(question) exited with \(status)") }
        let fields = output.split(separator: "\n").first?.split(separator: "\t", omittingEmptySubsequences: false) ?? []
        guard fields.count == 3 else { throw Failure(description: "\(script) printed an unexpected line: \(output)") }
        switch fields[1] {
        case "timeout": return .unanswered("no answer in \(limit) s")
        case "too-large": return .unanswered("model too large (\(fields[2]) pairs)")
        default:
            guard let spent = Double(fields[1]) else {
                throw Failure(description: "\(script) printed an unexpected line: \(output)")
            }
            let refused = fields[2] == "-" ? [] : fields[2].split(separator: ",").map(String.init)
            return .answered(milliseconds: spent * 1e3, refused: refused)
        }
    }

    /// Runs a program and returns its standard output; throws when it fails.
    private static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "\(program) \(arguments.prefix(1).joined()) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
