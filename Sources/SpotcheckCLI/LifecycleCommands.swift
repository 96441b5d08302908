import ArgumentParser
import SpotcheckCore
import SpotcheckText

/// Sets the `active` flag of one inspector or department, keeping every row that names them.
enum ActiveFlagEdit {
    enum Kind { case inspector, department }

    static func set(
        _ kind: Kind, id: String, active: Bool, options: EditOptions
    ) throws(CLIFailure) {
        let roster = try DaemonRoster.fetch(options.socket).roster
        let current: Bool? =
            switch kind {
            case .inspector: roster.inspectors.first { $0.id == id }?.active
            case .department: roster.departments.first { $0.id == id }?.active
            }
        guard let current else {
            throw CLIFailure(
                (kind == .inspector ? Catalogue.RosterEdit.noInspector(id) : Catalogue.RosterEdit.noDepartment(id))
                    .text,
                exitCode: ExitCodes.notFound)
        }
        guard current != active else {
            let said: Localized =
                switch (kind, active) {
                case (.inspector, false): Catalogue.Lifecycle.alreadyRetired(id)
                case (.inspector, true): Catalogue.Lifecycle.notRetired(id)
                case (.department, false): Catalogue.Lifecycle.alreadyClosed(id)
                case (.department, true): Catalogue.Lifecycle.notClosed(id)
                }
            return writeOut(Array((said.text + "\n").utf8))
        }
        try DaemonRoster.edit(socket: options.socket, dryRun: options.dryRun, json: options.json) {
            (roster: inout Roster) throws(CLIFailure) in
            switch kind {
            case .inspector:
                guard let index = roster.inspectors.firstIndex(where: { $0.id == id }) else {
                    throw CLIFailure(Catalogue.RosterEdit.noInspector(id).text, exitCode: ExitCodes.notFound)
                }
                roster.inspectors[index].active = active
            case .department:
                guard let index = roster.departments.firstIndex(where: { $0.id == id }) else {
                    throw CLIFailure(Catalogue.RosterEdit.noDepartment(id).text, exitCode: ExitCodes.notFound)
                }
                roster.departments[index].active = active
            }
        }
    }
}

extension InspectorsCommand {
    struct Retire: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.Lifecycle.retireAbstract.text,
                discussion: HelpText.discussion(
                    Catalogue.Lifecycle.retireDiscussion,
                    examples: ["spotcheck inspectors retire i151 --dry-run", "spotcheck inspectors retire i151"]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.inspectorIDHelp)) var id: String
        @OptionGroup var options: EditOptions

        func run() throws {
            try ActiveFlagEdit.set(.inspector, id: id, active: false, options: options)
        }
    }

    struct Reinstate: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.Lifecycle.reinstateAbstract.text,
                discussion: HelpText.examples(["spotcheck inspectors reinstate i151"]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.inspectorIDHelp)) var id: String
        @OptionGroup var options: EditOptions

        func run() throws {
            try ActiveFlagEdit.set(.inspector, id: id, active: true, options: options)
        }
    }
}

extension DepartmentsCommand {
    struct Close: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.Lifecycle.closeAbstract.text,
                discussion: HelpText.discussion(
                    Catalogue.Lifecycle.closeDiscussion,
                    examples: ["spotcheck departments close d-tiyu --dry-run", "spotcheck departments close d-tiyu"]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.departmentIDHelp)) var id: String
        @OptionGroup var options: EditOptions

        func run() throws {
            try ActiveFlagEdit.set(.department, id: id, active: false, options: options)
        }
    }

    struct Reopen: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.Lifecycle.reopenAbstract.text,
                discussion: HelpText.examples(["spotcheck departments reopen d-tiyu"]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.departmentIDHelp)) var id: String
        @OptionGroup var options: EditOptions

        func run() throws {
            try ActiveFlagEdit.set(.department, id: id, active: true, options: options)
        }
    }
}

/// The availability column of `inspectors list`: the unavailable ranges that are not over yet,
/// kept as ranges (`2026-12-01..2026-12-05`, one day as `2026-12-08`), at most three and a count.
enum Availability {
    static func text(_ inspector: Inspector, today: Day) -> String {
        if !inspector.active { return Catalogue.Lifecycle.retired.text }
        let coming = inspector.unavailable.ranges.filter { $0.upper >= today }
        guard !coming.isEmpty else { return Catalogue.Lifecycle.available.text }
        var items = coming.prefix(3).map { $0.count == 1 ? $0.lower.description : $0.description }
        if coming.count > 3 { items.append(Catalogue.Lifecycle.more(coming.count - 3).text) }
        let away = coming.first.map { $0.lower <= today } == true
        return (away ? Catalogue.Lifecycle.awayNow.text : Catalogue.Lifecycle.awaySoon.text)
            + items.joined(separator: ";")
    }
}
