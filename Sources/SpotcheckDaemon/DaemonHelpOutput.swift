import ArgumentParser
import Foundation
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// Runs spotcheckd's command line with its help, usage lines and parse errors in the reader's
/// language, as `spotcheck` does (`HelpLayout`): English exactly as argument-parser writes it,
/// Chinese with argument-parser's own words from the catalogue and wrapped by display width.
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
        guard Language.current == .chinese, !arguments.contains("--experimental-dump-help") else {
            DaemonCommand.exit(withError: error)
        }
        let code = DaemonCommand.exitCode(for: error)
        var text = DaemonCommand.fullMessage(for: error, columns: 100_000)
        guard text.contains("USAGE:") || text.hasPrefix("Error:") else {
            DaemonCommand.exit(withError: error)
        }
        text = HelpLayout.chinese(text)
        if !text.hasSuffix("\n") { text += "\n" }
        let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
        Glibc.exit(code.rawValue)
    }
}
