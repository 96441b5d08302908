import ArgumentParser
import Foundation
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// Help, usage and parse errors in the reader's language. argument-parser writes its own words
/// (USAGE:, OPTIONS:, "Show help information.", "Missing expected argument") in English and
/// wraps lines only at spaces, counting a Chinese character as one column; in Chinese the text
/// is taken unwrapped and laid out by `HelpLayout` (SpotcheckText). English is printed as
/// argument-parser writes it.
enum HelpOutput {
    static func exit(withError error: any Error) -> Never {
        let arguments = CommandLine.arguments
        guard Language.current == .chinese,
            !arguments.contains("--experimental-dump-help"),
            !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") })
        else {
            SpotcheckCommand.exit(withError: error)
        }
        let code = SpotcheckCommand.exitCode(for: error)
        var text = SpotcheckCommand.fullMessage(for: error, columns: 100_000)
        guard text.contains("USAGE:") || text.hasPrefix("Error:") else {
            SpotcheckCommand.exit(withError: error)
        }
        text = HelpLayout.chinese(text)
        if !text.hasSuffix("\n") { text += "\n" }
        let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
        Glibc.exit(code.rawValue)
    }
}
