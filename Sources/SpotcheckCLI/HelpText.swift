import ArgumentParser
import SpotcheckText

/// Help of the commands in the reader's language: argument-parser reads `configuration` and the
/// arguments' help when it prints them, so both are built from the catalogue at that moment.
enum HelpText {
    /// A discussion: the prose, the example command lines (the same in every language) and the
    /// exit codes.
    static func discussion(_ prose: Localized, examples: [String]) -> String {
        var text = prose.text.isEmpty ? "" : prose.text + "\n\n"
        if !examples.isEmpty {
            text += Catalogue.Common.examples.text + "\n" + examples.map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        }
        return text + Catalogue.Common.exitCodes.text
    }
}

extension ArgumentHelp {
    init(_ message: Localized, valueName: String? = nil) {
        self.init(message.text, valueName: valueName)
    }
}

extension HelpText {
    /// A discussion of example command lines only.
    static func examples(_ lines: [String]) -> String {
        Catalogue.Common.examples.text + "\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }
}
