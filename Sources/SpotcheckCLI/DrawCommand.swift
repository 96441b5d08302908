import ArgumentParser
import SpotcheckCore
import SpotcheckText

struct DrawCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "draw",
            abstract: Catalogue.DrawVerify.drawAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.DrawVerify.drawDiscussion,
                examples: [
                    "spotcheck draw --roster deploy/examples/county --date 2026-12-01",
                    "spotcheck draw --roster deploy/examples/county --pool key-posts --json",
                    "spotcheck draw --roster deploy/examples/county --target d-shuiwu \\",
                    "  --target d-jiaotong",
                ]))
    }

    @OptionGroup var rosterOptions: RosterOptions

    @Option(help: ArgumentHelp(Catalogue.DrawVerify.drawDateHelp, valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp(Catalogue.DrawVerify.drawPoolHelp, valueName: "name"))
    var pool: String = "county"

    @Option(
        help: ArgumentHelp(Catalogue.DrawVerify.drawSeedHelp, valueName: "hex"))
    var seed: String?

    @Option(
        name: .customLong("seed-file"),
        help: ArgumentHelp(Catalogue.DrawVerify.drawSeedFileHelp, valueName: "file"), completion: .file())
    var seedFile: String?

    @Option(
        name: .customLong("target"),
        help: ArgumentHelp(Catalogue.DrawVerify.drawTargetHelp, valueName: "id"))
    var targets: [String] = []

    @Option(
        name: .customLong("previous"),
        help: ArgumentHelp(Catalogue.DrawVerify.drawPreviousHelp, valueName: "hex"))
    var previous: String?

    @Option(
        help: ArgumentHelp(Catalogue.DrawVerify.drawCommitmentHelp, valueName: "file"), completion: .file())
    var commitment: String?

    @Option(
        name: .customLong("published-roster"),
        help: ArgumentHelp(Catalogue.OrderPrivacy.publishedRosterHelp, valueName: "dir"), completion: .directory)
    var publishedRoster: String?

    @Option(
        name: .customLong("conflict-salts"),
        help: ArgumentHelp(Catalogue.OrderPrivacy.drawConflictSaltsHelp, valueName: "file"), completion: .file())
    var conflictSalts: String?

    @Flag(help: ArgumentHelp(Catalogue.DrawVerify.drawJSONHelp))
    var json = false

    @Option(
        help: ArgumentHelp(Catalogue.DrawVerify.drawOutputHelp, valueName: "file"), completion: .file())
    var output: String?

    func validate() throws {
        if let seed, Seed(hex: seed) == nil {
            throw ValidationError("--seed must be 64 hex digits (32 bytes), got \(seed.count) characters")
        }
        if seed != nil, seedFile != nil {
            throw ValidationError("--seed-file writes a fresh seed; it cannot be used with --seed")
        }
        if conflictSalts != nil, publishedRoster == nil {
            throw ValidationError(Catalogue.OrderPrivacy.saltsNeedPublishedRoster.text)
        }
    }

    func run() throws {
        let roster = try rosterOptions.loadRoster()
        let policy = try rosterOptions.loadPolicy()
        let unknown = policy.compositionRosterDifferences(roster)  // CompositionRoster.swift
        if !unknown.isEmpty {
            throw CLIFailure(
                "the policy is refused:\n" + unknown.joined(separator: "\n"), exitCode: ExitCodes.dataError)
        }
        let day = try DateOption.parse(date)
        let fresh = seed == nil
        let theSeed = try seed.flatMap(Seed.init(hex:)) ?? Seeds.fresh()

        // Snapshot grammar 3 with --published-roster (DrawPublished.swift).
        let committed =
            try publishedRoster.map { _ throws(CLIFailure) in
                try DrawPublished.snapshot(roster, day: day, policy: policy, saltsFile: conflictSalts)
            } ?? roster
        if let publishedRoster { try DrawPublished.write(committed, to: publishedRoster) }
        let input = DrawInput(
            roster: committed, policy: policy, date: day, pool: pool, seed: theSeed,
            fixedTargets: targets.isEmpty ? nil : targets, previousRecordHash: previous)
        if let commitment { try Files.writeAtomically(input.commitment.canonicalJSON, to: commitment) }
        let record: DrawRecord
        do throws(DrawError) {
            record = try draw(input)
        } catch {
            throw CLIFailure(Catalogue.DrawRefusals.nothingDrawn(error).text)
        }
        if record.mode == .random, record.eligibleDepartments == 0 {
            let pools = Set(roster.departments.flatMap(\.pools)).sorted()
            throw CLIFailure(
                Catalogue.DrawRefusals.nothingDrawable(pool, day.description, pools.joined(separator: ", ")).text)
        }

        let json = RecordJSON.encode(record)
        if let output { try Files.writeAtomically(json, to: output) }
        if fresh {
            if let seedFile {
                try Files.writeAtomically(Array((theSeed.hex + "\n").utf8), to: seedFile, permissions: 0o600)
            } else {
                printError(Catalogue.DrawVerify.seedOnStderr(theSeed.hex).text)
            }
        }
        if self.json {
            writeOut(json)
        } else {
            writeOut(Array(DrawTable.render(record).utf8))
        }
    }
}

enum DrawTable {
    static func render(_ record: DrawRecord) -> String {
        var text = ""
        let staffed = record.teams.count
        let wanted = staffed + record.shortfall
        typealias Say = Catalogue.DrawVerify
        let kind = record.kind == .ordered ? Catalogue.VerifyCauses.ordered : Catalogue.VerifyCauses.scheduled
        text += Say.heading("\(record.date)", record.pool, kind.text, staffed, wanted).text
        text += Say.hashes(record.snapshotHash, record.policyHash, record.seedCommitment).text
        if record.mode == .random {
            text += Say.eligible(record.eligibleDepartments, record.eligibleWeight).text
        }
        text += "\n"
        var table = TextTable(
            ["#"]
                + [
                    Say.columnDepartment, Say.columnName, Say.columnRole, Say.columnInspector, Say.columnPersonName,
                    Say.columnHome,
                ].map(\.text))
        let orderOf = Dictionary(record.picks.map { ($0.department, $0.order) }, uniquingKeysWith: { a, _ in a })
        for team in record.teams {
            for (index, member) in team.members.enumerated() {
                table.add([
                    index == 0 ? String(orderOf[team.department] ?? 0) : "",
                    index == 0 ? team.department : "", index == 0 ? team.departmentName : "",
                    Catalogue.Role.name(member.role.rawValue), member.inspector, member.name, member.home,
                ])
            }
        }
        text += table.render()
        let failed = record.picks.filter { $0.outcome != .target }
        if !failed.isEmpty {
            text += Say.notStaffed.text
            var other = TextTable(
                ["#"] + [Say.columnDepartment, Say.columnReason, Say.columnReplacedBy].map(\.text))
            for pick in failed {
                other.add([
                    String(pick.order), pick.department, pick.blocker.map { BlockerText.of($0.message) } ?? "",
                    pick.replacedBy ?? "—",
                ])
            }
            text += other.render()
        }
        if record.shortfall > 0 {
            text += Say.shortfall(record.shortfall).text
        }
        return text
    }
}
