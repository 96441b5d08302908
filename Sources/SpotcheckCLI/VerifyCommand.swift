import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that a draw record reproduces exactly from its seed and roster.",
        discussion: """
            Recomputes the draw from the record's date, pool, policy and (for a targeted draw) \
            targets, with the revealed seed and the roster, and compares every pick and team. \
            Exits 0 when the record reproduces, 1 when it does not, listing each difference.

            EXAMPLES:
              spotcheck verify record.json --seed-file seed.hex --roster deploy/examples/county
              spotcheck verify --chain
              spotcheck verify --date 2026-12-01 --pool county

            \(ExitCodes.help)
            """
    )

    @Argument(help: ArgumentHelp("The draw record (JSON).", valueName: "record"))
    var record: String?

    @Flag(help: "Check the hash chain of all of spotcheckd's draws instead (auditors and coordinators).")
    var chain = false

    @Option(
        help: ArgumentHelp(
            "Verify the published record of this inspection day (with --pool) from the public folder.",
            valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("The pool of the published record to verify.", valueName: "pool"))
    var pool: String?

    @Option(
        name: .customLong("public"),
        help: ArgumentHelp(
            "The public records folder. Default: $SPOTCHECK_PUBLIC, else /var/lib/spotcheck/public.", valueName: "dir"))
    var publicFolder: String?

    @OptionGroup var socket: SocketOptions

    @Option(help: ArgumentHelp("The revealed seed, 64 hex digits.", valueName: "hex"))
    var seed: String?

    @Option(name: .customLong("seed-file"), help: ArgumentHelp("A file holding the seed.", valueName: "file"))
    var seedFile: String?

    @Option(
        help: ArgumentHelp(
            "Folder with the roster CSV files the draw was made on.", valueName: "dir"))
    var roster: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        if date != nil || pool != nil {
            guard let date, pool != nil, Day(iso: date) != nil else {
                throw ValidationError("give --date YYYY-MM-DD and --pool together to verify a published record")
            }
            if record != nil || seed != nil || seedFile != nil || roster != nil || chain {
                throw ValidationError(
                    "--date and --pool read the record, seed and roster from the public folder; give nothing else")
            }
            return
        }
        if chain {
            if record != nil || seed != nil || seedFile != nil || roster != nil {
                throw ValidationError("--chain takes no record, seed or roster: it asks spotcheckd")
            }
            return
        }
        guard record != nil else { throw ValidationError("give a record file, or --chain") }
        guard roster != nil else { throw ValidationError("give the roster folder the draw was made on with --roster") }
        if (seed == nil) == (seedFile == nil) {
            throw ValidationError("give the seed with exactly one of --seed or --seed-file")
        }
    }

    func run() throws {
        if chain { return try verifyChain() }
        if let date, let pool {
            let base =
                publicFolder ?? ProcessInfo.processInfo.environment["SPOTCHECK_PUBLIC"] ?? "/var/lib/spotcheck/public"
            let folder = "\(base)/\(date)/\(pool)"
            guard Files.exists("\(folder)/record.json") else {
                throw CLIFailure(
                    "no published record in \(folder) (records are published when the inspection day is over)",
                    exitCode: ExitCodes.noInput)
            }
            return try check(
                record: "\(folder)/record.json", seedText: try seedText(file: "\(folder)/seed.hex"),
                roster: "\(folder)/roster")
        }
        let text = try seed ?? seedText(file: seedFile!)
        try check(record: self.record!, seedText: text, roster: self.roster!)
    }

    private func seedText(file: String) throws(CLIFailure) -> String {
        String(decoding: try Files.read(file), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func check(record: String, seedText text: String, roster: String) throws {
        guard let theSeed = Seed(hex: text) else {
            throw CLIFailure("the seed must be 64 hex digits (32 bytes)")
        }
        let recordValue = try RecordJSON.decodeRecord(try Files.read(record), file: record)
        let rosterValue = try RosterLoader.load(folder: roster)
        let result = verify(recordValue, seed: theSeed, roster: rosterValue)
        if json {
            struct Report: Encodable {
                var reproduces: Bool
                var differences: [String]
            }
            writeOut(RecordJSON.encode(Report(reproduces: result.reproduces, differences: result.differences)))
        } else if result.reproduces {
            let text =
                Style.current.green("The record reproduces:")
                + " \(recordValue.teams.count) teams on \(recordValue.date), pool \(recordValue.pool).\n"
            writeOut(Array(text.utf8))
        } else {
            var text = Style.current.red("The record does NOT reproduce:") + "\n"
            for difference in result.differences { text += "  - \(difference)\n" }
            writeOut(Array(text.utf8))
        }
        if !result.reproduces { throw ExitCodes.checkFailed }
    }

    func verifyChain() throws {
        let reply = try socket.call(
            "io.spotcheck.VerifyChain", Varlink.Empty(), returning: ControlMessages.ChainReply.self)
        if json {
            writeOut(RecordJSON.encode(reply))
        } else if let broken = reply.broken {
            writeOut(Array("The chain is BROKEN at draw \(broken.drawId): \(broken.problem)\n".utf8))
        } else {
            writeOut(Array("The chain holds: \(reply.checked) records, each linked to the one before.\n".utf8))
        }
        if reply.broken != nil { throw ExitCodes.checkFailed }
    }
}
