import SpotcheckRoster
import SpotcheckText

/// What spotcheckd prints on the command line (`--check-config` and start-up refusals), in the
/// language of whoever runs it: roster and configuration problems the catalogue recognises are
/// told in it, the file, line and column kept; anything else as it came.
enum CommandLineText {
    static func describe(_ error: any Error) -> String {
        guard let errors = error as? InputErrors else { return "\(error)" }
        return errors.errors.map { problem in
            var told = problem
            told.message = Catalogue.ConfigProblems.told(problem.message)
            return told.description
        }
        .joined(separator: "\n")
    }
}
