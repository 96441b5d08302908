import ArgumentParser
import Foundation
import SpotcheckText

/// The `spotcheck` command line.
struct SpotcheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "spotcheck",
            abstract: Catalogue.Main.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Main.discussion,
                examples: [
                    "spotcheck today",
                    "spotcheck status",
                    "spotcheck teams --date 2026-12-01",
                    "spotcheck draw --roster deploy/examples/county --date 2026-12-01",
                    "spotcheck draw --roster deploy/examples/county --json --output record.json \\",
                    "  --seed-file seed.hex",
                    "spotcheck verify record.json --seed-file seed.hex \\",
                    "  --roster deploy/examples/county",
                    "spotcheck why i012 d-shuiwu --roster deploy/examples/county --date 2026-12-01",
                ]),
            version: "0.1.0",
            subcommands: [
                TodayCommand.self, StatusCommand.self, DrawCommand.self, VerifyCommand.self, WhyCommand.self,
                CandidatesCommand.self, CheckRosterCommand.self, DepartmentsCommand.self, InspectorsCommand.self,
                ConflictsCommand.self, OrderCommand.self, ReplaceCommand.self, TeamsCommand.self, HistoryCommand.self,
                CancelCommand.self, DeclareCommand.self, DeclarationsCommand.self,
                ImportCommand.self,
                ExportCommand.self,
                LogCommand.self, CampaignCommand.self, ComplaintsCommand.self,
                FindingsCommand.self, SelfInspectionCommand.self,
                BenchCommand.self,
            ]
        )
    }
}

/// Runs the command line and exits with its status.
public enum SpotcheckMain {
    public static func main(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try SpotcheckCommand.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let failure as CLIFailure {
            printError("spotcheck: " + failure.message)
            exit(failure.exitCode.rawValue)
        } catch {
            HelpOutput.exit(withError: error)
        }
    }
}
