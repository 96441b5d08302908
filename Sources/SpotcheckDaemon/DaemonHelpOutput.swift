import ArgumentParser
import Foundation
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// Runs spotcheckd's command line with its help, usage lines and parse errors in the reader's
/// language, as `spotcheck` does (`HelpLayout`): Chinese with argument-parser's own words from
/// the catalogue and wrapped by display width; English help laid out by the same rules, its words
/// left as they are (argument-parser leaves the usage line unwrapped, wider than 80 columns);
/// an English parse error as argument-parser writes it.
enum DaemonHelpOutput {
    static func main() async {
        do {
            var command = try DaemonCommand.parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    static func exit(withError error: any Error) -> Never {
        let arguments = CommandLine.arguments
        guard !arguments.contains("--experimental-dump-help") else {
            DaemonCommand.exit(withError: error)
        }
        let code = DaemonCommand.exitCode(for: error)
        var text = DaemonCommand.fullMessage(for: error, columns: 100_000)
        guard text.contains("USAGE:") || text.hasPrefix("Error:") else {
            DaemonCommand.exit(withError: error)
        }
        if Language.current == .chinese {
            text = HelpLayout.chinese(text)
        } else if code == .success {
            text = HelpLayout.english(text)
        } else {
            DaemonCommand.exit(withError: error)
        }
        if !text.hasSuffix("\n") { text += "\n" }
        let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
        Glibc.exit(code.rawValue)
    }
}
