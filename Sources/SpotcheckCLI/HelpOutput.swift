import ArgumentParser
import Foundation
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// Help, usage and parse errors in the reader's language. argument-parser writes its own words
/// (USAGE:, OPTIONS:, "Show help information.", "Missing expected argument") in English and
/// wraps lines only at spaces, counting a Chinese character as one column; in Chinese the text
/// is taken unwrapped and laid out by `HelpLayout` (SpotcheckText). English is laid out by the
/// same rules, its words left as they are, so that no line is wider than the terminal and
/// example commands stay whole.
enum HelpOutput {
    static func exit(withError error: any Error) -> Never {
        let arguments = CommandLine.arguments
        guard !arguments.contains("--experimental-dump-help"),
            !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") })
        else {
            SpotcheckCommand.exit(withError: error)
        }
        let code = SpotcheckCommand.exitCode(for: error)
        var text = SpotcheckCommand.fullMessage(for: error, columns: 100_000)
        guard text.contains("USAGE:") || text.hasPrefix("Error:") else {
            SpotcheckCommand.exit(withError: error)
        }
        if Language.current == .chinese {
            text = HelpLayout.chinese(text)
        } else if code == .success {
            text = HelpLayout.english(text)  // help; an English error stays as argument-parser writes it
        } else {
            SpotcheckCommand.exit(withError: error)
        }
        if !text.hasSuffix("\n") { text += "\n" }
        let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
        Glibc.exit(code.rawValue)
    }
}
