import ArgumentParser

/// The command as the user typed it ("spotcheck departments set"), for messages that must name
/// what the user did rather than the Varlink method behind it.
enum CommandPath {
    static func of(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> String {
        var words = ["spotcheck"]
        var command: any ParsableCommand.Type = SpotcheckCommand.self
        for word in arguments {
            guard
                let next = command.configuration.subcommands.first(where: {
                    ($0.configuration.commandName ?? $0._commandName) == word
                })
            else { break }
            words.append(word)
            command = next
        }
        return words.joined(separator: " ")
    }
}
