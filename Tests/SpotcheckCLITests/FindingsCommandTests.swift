import Foundation
import Testing

/// `spotcheck findings`: command lines refused before anything reaches the daemon, each saying
/// what to write instead; a daemon that is not there is named.
@Suite struct FindingsCommandTests {
    static let nowhere = ["--socket", "/nonexistent/spotcheck-control"]

    @Test(arguments: [
        (["add", "--facts", "x"], "give exactly one of --assignment, --self and --complaint"),
        (["add", "--assignment", "12/d-a", "--self", "d-a", "--facts", "x"], "give exactly one of"),
        (["add", "--assignment", "12/d-a"], "give the facts with --facts TEXT or --facts-file FILE"),
        (["add", "--assignment", "twelve", "--facts", "x"], "is not DRAW/DEPARTMENT"),
        (["add", "--assignment", "12", "--facts", "x"], "name the department"),
        (["add", "--complaint", "C-1", "--facts", "x"], "--complaint needs --department"),
        (["verify", "F-2026-0001"], "give --accept or --reject"),
        (["decide", "F-2026-0001", "--grant", "--refuse"], "give --grant or --refuse"),
        (["measure", "F-2026-0001"], "give --text (a new measure) or --start"),
        (["reopen", "F-2026-0001"], "give --recheck or --complaint"),
        (["assignment", "12/d-a", "--not-carried-out"], "--not-carried-out needs --reason"),
    ])
    func aWrongCommandLineIsRefusedWithWhatToWrite(arguments: [String], message: String) throws {
        let result = try Run.spotcheck(["findings"] + arguments + Self.nowhere)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }

    @Test func withoutTheDaemonTheSocketIsNamed() throws {
        let result = try Run.spotcheck(["findings", "mine"] + Self.nowhere)
        #expect(result.status == 69)
        #expect(result.stderr.contains("cannot reach spotcheckd at /nonexistent/spotcheck-control"), "\(result.stderr)")
    }

    @Test func everySubcommandHasExamples() throws {
        for command in [
            "add", "confirm", "mine", "list", "show", "measure", "evidence", "submit", "verify", "extend", "decide",
            "dismiss", "transfer", "reopen", "export", "assignment",
        ] {
            let help = try Run.spotcheck(["findings", command, "--help"])
            #expect(help.status == 0 && help.stdout.contains("EXAMPLES:"), "\(command)")
            #expect(help.stdout.contains("spotcheck findings \(command)"), "\(command)")
        }
    }
}
