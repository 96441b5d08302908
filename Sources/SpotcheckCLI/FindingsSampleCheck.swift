import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckText

/// `spotcheck findings sample-check PUBLIC/DATE/ledger-ordered-ID`: an auditor compares the
/// population a re-check or honesty sample was drawn from (`ledger-sample.json`, published with
/// the draw) with the one the ledger gives: each finding's history from the daemon, the roster
/// from the draw's own public folder (docs/ledger.md, "Checking a sample's population").
struct FindingsSampleCheck: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sample-check",
            abstract: Catalogue.Findings.sampleCheckAbstract.text,
            discussion: FindingHelp.discussion(
                Catalogue.Findings.sampleCheckDiscussion,
                examples: [
                    "spotcheck findings sample-check \\",
                    "  /var/lib/spotcheck/public/2026-12-01/ledger-ordered-31",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Findings.sampleFolderHelp, valueName: "folder"), completion: .directory)
    var folder: String
    @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp)) var json = false
    @OptionGroup var layout: JSONLayout
    @OptionGroup var socket: SocketOptions

    struct Report: Codable, Sendable {
        var kind: String
        var period: String
        var day: String
        var population: Int
        var holds: Bool
        var unexpected: [String]
        var missing: [String]
        var undecided: [String]
    }

    func run() throws {
        let sample: LedgerSample
        do {
            sample = try JSONDecoder().decode(
                LedgerSample.self, from: Data(try Files.read("\(folder)/ledger-sample.json")))
        } catch let failure as CLIFailure {
            throw failure
        } catch {
            throw CLIFailure(Catalogue.Findings.notASample("\(folder)/ledger-sample.json", "\(error)").text)
        }
        // The draw's day: the name of the folder holding the draw's folder (PUBLIC/DATE/NAME).
        let dateName = URL(fileURLWithPath: folder).standardizedFileURL.deletingLastPathComponent().lastPathComponent
        guard let day = Day(iso: dateName) else {
            throw CLIFailure(Catalogue.Findings.sampleFolderNotDated(folder).text)
        }
        let departments = try Self.departmentIDs("\(folder)/roster/departments.csv")
        let export = try socket.ledger(
            "ExportFindings", LedgerMessages.ListParameters(overdue: false), returning: LedgerMessages.ExportReply.self)
        var findings: [LedgerSamplePopulation.Finding] = []
        for finding in export.findings {
            guard let found = Day(iso: finding.found) else { continue }
            var changes: [LedgerSamplePopulation.Change] = []
            // Only a finding that has been closed can be in a re-check's population.
            if sample.kind == .recheck, !["identified", "confirmed", "dismissed"].contains(finding.state) {
                let shown = try socket.ledger(
                    "ShowFinding", LedgerMessages.IDParameters(id: finding.id),
                    returning: LedgerMessages.ShowReply.self)
                changes = shown.history.compactMap { entry in
                    Day(iso: String(entry.at.prefix(10))).map {
                        LedgerSamplePopulation.Change(day: $0, action: entry.action, after: entry.after)
                    }
                }
            }
            findings.append(
                LedgerSamplePopulation.Finding(
                    id: finding.id, department: finding.department, selfInspection: finding.source == "自查",
                    found: found, changes: changes))
        }
        let comparison = LedgerSamplePopulation.compare(
            sample, day: day, departments: departments, findings: findings)
        func names(_ items: [LedgerSample.Item]) -> [String] {
            items.map { $0.id == $0.department ? $0.id : "\($0.id) (\($0.department))" }
        }
        let report = Report(
            kind: sample.kind.rawValue, period: sample.period, day: day.description,
            population: sample.population.count,
            holds: comparison.holds, unexpected: names(comparison.unexpected), missing: names(comparison.missing),
            undecided: names(comparison.undecided))
        if json {
            writeOut(layout.encode(report))
        } else {
            typealias Say = Catalogue.Findings
            var text =
                comparison.holds
                ? Say.sampleHolds(sample.kind.rawValue, sample.period, sample.population.count).text
                : Say.sampleDiffers(sample.kind.rawValue, sample.period).text
            for item in report.unexpected { text += Say.sampleUnexpected(item).text }
            for item in report.missing { text += Say.sampleMissing(item).text }
            for item in report.undecided { text += Say.sampleUndecided(item).text }
            writeOut(Array(text.utf8))
        }
        if !comparison.holds { throw ExitCodes.checkFailed }
    }

    /// The `id` column of a published departments.csv.
    static func departmentIDs(_ path: String) throws(CLIFailure) -> Set<String> {
        let text = String(decoding: try Files.read(path), as: UTF8.self)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst().replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: ",")
        guard let column = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "id" }) else {
            throw CLIFailure(Catalogue.Findings.noIDColumn(path).text)
        }
        return Set(
            lines.compactMap { line in
                let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                return column < cells.count ? String(cells[column]) : nil
            }.filter { !$0.isEmpty })
    }
}
