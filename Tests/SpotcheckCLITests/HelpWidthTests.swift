import Foundation
import SpotcheckText
import Testing

/// Every command's `--help` at 80 columns, in both languages: no line wider than the terminal
/// (indentation and Chinese double-width characters counted), and each example command line and
/// exit-code line whole, as written, so that it can be copied.
@Suite struct HelpWidthTests {
    /// `spotcheck ARGUMENTS` with `COLUMNS` set, in `locale`.
    static func help(
        _ arguments: [String], columns: Int, locale: String, executable: URL = Run.binary
    ) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES"] { environment[name] = nil }
        environment["LANG"] = locale
        environment["COLUMNS"] = String(columns)
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Every command path of `spotcheck` (`[]`, `["draw"]`, `["findings", "add"]`, …).
    static func commands() throws -> [[String]] {
        let dump = try Run.spotcheck(["--experimental-dump-help"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var paths: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            paths.append(path)
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, name != "help" else { continue }
                walk(sub, path + [name])
            }
        }
        walk(try #require(json["command"] as? [String: Any]), [])
        return paths
    }

    /// The indented lines of the EXAMPLES and EXIT CODES blocks, as the command wrote them.
    static func blockLines(_ text: String) -> [String] {
        var lines: [String] = []
        var inside = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if ["EXAMPLES:", "示例：", "EXIT CODES:", "退出码："].contains(line) {
                inside = true
            } else if line.isEmpty || !line.hasPrefix(" ") {
                inside = false
            } else if inside {
                lines.append(line)
            }
        }
        return lines
    }

    @Test func everyHelpLineFitsEightyColumnsAndExamplesStayWhole() throws {
        let commands = try Self.commands()
        #expect(commands.count > 60)
        var checked = 0
        var blockLines = 0  // a few commands (a group without examples) have neither block
        for path in commands {
            for locale in ["C.UTF-8", "zh_CN.UTF-8"] {
                let narrow = try Self.help(path + ["--help"], columns: 80, locale: locale)
                let wide = try Self.help(path + ["--help"], columns: 1000, locale: locale)
                let name = "spotcheck \(path.joined(separator: " ")) --help (\(locale))"
                blockLines += Self.expectFits(narrow: narrow, wide: wide, name: name)
                checked += 1
            }
        }
        #expect(checked == commands.count * 2)
        #expect(blockLines > commands.count * 2 * 10, "only \(blockLines) example and exit-code lines read")
    }

    /// `spotcheckd --help`, the daemon's own, holds to the same at 80 columns in both languages.
    @Test func theDaemonsHelpFitsEightyColumnsAndItsExamplesStayWhole() throws {
        let daemon = Run.binary.deletingLastPathComponent().appendingPathComponent("spotcheckd")
        for locale in ["C.UTF-8", "zh_CN.UTF-8"] {
            let narrow = try Self.help(["--help"], columns: 80, locale: locale, executable: daemon)
            let wide = try Self.help(["--help"], columns: 1000, locale: locale, executable: daemon)
            let name = "spotcheckd --help (\(locale))"
            #expect(Self.expectFits(narrow: narrow, wide: wide, name: name) >= 4, "\(name): \(wide)")
        }
    }

    /// Expects `narrow` (a help at 80 columns) to be a help with no line wider, holding every
    /// example and exit-code line of `wide` whole; returns how many such lines there are.
    static func expectFits(
        narrow: String, wide: String, name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Int {
        #expect(
            narrow.contains("USAGE:") || narrow.contains("用法："), "\(name): \(narrow)", sourceLocation: sourceLocation)
        for line in narrow.split(separator: "\n").map(String.init) {
            let width = line.reduce(0) { $0 + HelpLayout.columns($1) }
            #expect(width <= 80, "\(name): \(width) columns: \(line)", sourceLocation: sourceLocation)
        }
        let shown = Set(narrow.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        let block = Self.blockLines(wide)
        for line in block {
            #expect(shown.contains(line), "\(name): cut at 80 columns: \(line)", sourceLocation: sourceLocation)
        }
        return block.count
    }

    /// The exit-code lines every help shows say what README's table says, for the codes a script
    /// most often meets.
    @Test func theExitCodeLinesCoverRefusalsAndTheDatabase() throws {
        let english = Catalogue.Common.exitCodes.english
        #expect(english.contains("refused the request as it stands"))
        #expect(english.contains("state database, cannot be written"))
        #expect(Catalogue.Common.exitCodes.chinese.contains("按请求现状"))
        let readme = try String(
            contentsOf: Run.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("| 65 | an input is malformed (roster, policy, record or seed), or spotcheckd refused"))
        #expect(readme.contains("| 74 | an output file, or spotcheckd's state database, cannot be written"))
        #expect(readme.contains("| 71 | the kernel's random source failed"))
    }
}
