import ArgumentParser
import Foundation
import SpotcheckProtocol
import SpotcheckText

/// `spotcheck findings check DRAW/DEPARTMENT --passed|--failed|--not-carried-out`: the lead of a
/// re-check (回头看) or honesty visit records how it went.
struct FindingsCheck: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: Catalogue.Findings.checkAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.checkDiscussion,
                examples: [
                    "spotcheck findings check 31/d-shuiwu --passed \\",
                    "  --note \"值班制度已落实，现场核实\"",
                    "spotcheck findings check 31/d-shuiwu --failed --finding F-2026-483920 \\",
                    "  --note \"窗口仍无人值守\"",
                    "spotcheck findings check 32/d-jiaotong --not-carried-out --note \"单位整体搬迁\"",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.visitHelp, valueName: "draw/department")) var visit: String
    @Flag(help: ArgumentHelp(Catalogue.Findings.passedHelp)) var passed = false
    @Flag(help: ArgumentHelp(Catalogue.Findings.failedHelp)) var failed = false
    @Flag(help: ArgumentHelp(Catalogue.Findings.visitNotCarriedOutHelp)) var notCarriedOut = false
    @Option(help: ArgumentHelp(Catalogue.Findings.checkedFindingHelp)) var finding: String?
    @Option(help: ArgumentHelp(Catalogue.Findings.checkNoteHelp)) var note: String = ""
    @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp)) var json = false
    @OptionGroup var layout: JSONLayout
    @OptionGroup var socket: SocketOptions

    func validate() throws {
        guard [passed, failed, notCarriedOut].filter({ $0 }).count == 1 else {
            throw ValidationError(Catalogue.Findings.oneOutcome.text)
        }
        if !passed, note.allSatisfy(\.isWhitespace) { throw ValidationError(Catalogue.Findings.outcomeNeedsNote.text) }
    }

    func run() throws {
        let parts = visit.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let draw = Int64(parts[0]) else {
            throw ValidationError(Catalogue.Findings.notDrawDepartment(visit).text)
        }
        let outcome = passed ? "passed" : failed ? "failed" : "not-carried-out"
        let reply = try socket.ledger(
            "RecordCheck",
            LedgerMessages.RecordCheckParameters(
                drawId: draw, department: parts[1], finding: finding, outcome: outcome, note: note),
            returning: LedgerMessages.ChecksReply.self)
        if json { return writeOut(layout.encode(reply)) }
        writeOut(Array(CheckText.list(reply.checks).utf8))
    }
}

/// `spotcheck findings checks [--kind …]`: the ledger's checks and their outcomes.
struct FindingsChecks: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "checks",
            abstract: Catalogue.Findings.checksAbstract.text,
            discussion: HelpText.examples([
                "spotcheck findings checks",
                "spotcheck findings checks --kind recheck --json",
            ]))
    }

    @Option(help: ArgumentHelp(Catalogue.Findings.checkKindHelp)) var kind: String?
    @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp)) var json = false
    @OptionGroup var layout: JSONLayout
    @OptionGroup var socket: SocketOptions

    func run() throws {
        let reply = try socket.ledger(
            "ListChecks", LedgerMessages.ListChecksParameters(kind: kind), returning: LedgerMessages.ChecksReply.self)
        if json { return writeOut(layout.encode(reply)) }
        writeOut(Array(CheckText.list(reply.checks).utf8))
    }
}

enum CheckText {
    typealias Say = Catalogue.Findings

    typealias Words = Catalogue.LedgerStateWords

    static func list(_ checks: [LedgerMessages.Check], in language: Language = .current) -> String {
        guard !checks.isEmpty else { return Say.noChecks(language) }
        var table = TextTable(
            [
                Say.columnCheckKind, Say.columnFinding, Say.columnVisit, Say.columnDay,
                Say.columnLead, Say.columnOutcome, Say.columnNote,
            ].map { $0(language) })
        for check in checks {
            let outcome = check.outcome.map { "\(Words.checkOutcome($0)(language)) (\(check.by ?? "-"))" }
            table.add([
                Words.checkKind(check.kind)(language), check.finding ?? "-", "\(check.drawId)/\(check.department)",
                check.day, check.lead ?? "-", outcome ?? "-", check.note ?? "",
            ])
        }
        return table.render()
    }
}
