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

    /// Answers each question file; one answer per file, in order.
    static func run(python: String, script: String, questions: [String]) throws -> [Answer] {
        guard FileManager.default.fileExists(atPath: script) else {
            throw Failure(
                description: "\(script) not found: run the benchmark from the repository root or give --cpsat-script")
        }
        let output = try run(python, [script] + questions)
        var answers: [String: Answer] = [:]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let seconds = Double(fields[1]) else {
                throw Failure(description: "\(script) printed an unexpected line: \(line)")
            }
            let refused = fields[2] == "-" ? [] : fields[2].split(separator: ",").map(String.init)
            answers[String(fields[0])] = Answer(milliseconds: seconds * 1e3, refused: refused)
        }
        return try questions.map { file in
            guard let answer = answers[file] else { throw Failure(description: "\(script) gave no answer for \(file)") }
            return answer
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
