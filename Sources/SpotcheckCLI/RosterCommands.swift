import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckText

/// The roster as the daemon keeps it, fetched for reading or editing.
enum DaemonRoster {
    typealias Files = ControlMessages.Files
    typealias Export = ControlMessages.ExportReply

    static func fetch(_ socket: SocketOptions) throws(CLIFailure) -> (roster: Roster, sha: String, export: Export) {
        let export = try socket.call("io.spotcheck.ExportRoster", Varlink.Empty(), returning: Export.self)
        do {
            let roster = try RosterParser.parse(
                RosterWriter.Files(
                    departments: Array(export.files.departments.utf8), inspectors: Array(export.files.inspectors.utf8),
                    conflicts: Array(export.files.conflicts.utf8), history: Array(export.files.history.utf8)
                ).named(in: "daemon"))
            return (roster, export.snapshotSha256, export)
        } catch {
            throw CLIFailure(Catalogue.RosterEdit.doesNotParse("\(error)").text)
        }
    }

    /// Sends files to the daemon; prints the changes or every problem, and fails on problems.
    static func send(
        _ files: Files, base: String?, dryRun: Bool, socket: SocketOptions, json: Bool,
        edited: RosterWriter.Files? = nil, baseRoster: String? = nil
    ) throws(CLIFailure) {
        // An import checks its files' size before asking spotcheckd anything; an edit here.
        if edited != nil { try RosterImportSize.check(files, folder: nil) }  // RosterImportSize.swift
        let raw = try socket.callRaw(
            "io.spotcheck.ImportRoster",
            ControlMessages.ImportParameters(
                files: files, baseSha256: base, dryRun: dryRun, baseRosterSha256: baseRoster))
        if let rejected = try? Varlink.decode(Varlink.Reply<ControlMessages.Rejected>.self, from: raw),
            rejected.error == "io.spotcheck.RosterRejected", let problems = rejected.parameters?.problems
        {
            let errors = problems.map {
                InputError(file: $0.file, line: $0.line, column: $0.column, field: $0.field, message: $0.message)
            }
            if let edited {
                throw CLIFailure(RosterEditMessages.refused(RosterEditMessages.describe(errors, in: edited)))
            }
            throw CLIFailure(
                Catalogue.RosterEdit.refusedWhole.text + errors.map(PassedThroughText.describe).joined(separator: "\n"))
        }
        if let failure = try? Varlink.decode(Varlink.Failure.self, from: raw) {
            switch failure.error {
            case "io.spotcheck.PermissionDenied":
                throw CLIFailure(
                    RefusalText.permission(failure, otherwise: .coordinator).text, exitCode: ExitCodes.permission)
            case "io.spotcheck.RosterChanged":
                throw CLIFailure(
                    Catalogue.RosterEdit.changedMeanwhile.text,
                    exitCode: ExitCodes.dataError)
            default:
                throw DaemonErrors.unexpected(failure)
            }
        }
        guard let reply = try? Varlink.decode(Varlink.Reply<ControlMessages.ImportReply>.self, from: raw).parameters
        else {
            throw CLIFailure(Catalogue.RosterEdit.notUnderstood.text)
        }
        if json {
            writeOut(JSONOutput.encode(reply))
            return
        }
        var text = ""
        for change in reply.changes { text += RosterEditMessages.change(change) }
        if reply.changes.isEmpty {
            text += Catalogue.RosterEdit.noChange.text
        } else if reply.applied {
            text += Catalogue.RosterEdit.applied(reply.changes.count, reply.snapshotSha256).text
        } else {
            text += Catalogue.RosterEdit.dryRun(reply.changes.count).text
        }
        writeOut(Array(text.utf8))
    }

    /// Fetches the roster, applies `edit`, and sends the result, refused if the roster changed
    /// on the daemon in between.
    static func edit(
        socket: SocketOptions, dryRun: Bool, json: Bool, _ edit: (inout Roster) throws(CLIFailure) -> Void
    ) throws(CLIFailure) {
        var (roster, sha, export) = try fetch(socket)
        try edit(&roster)
        let files = RosterWriter.write(roster)
        // Checked here first, so that a refusal names what the user edited.
        do {
            _ = try RosterParser.parseInput(files.named(in: "daemon"))
        } catch {
            throw CLIFailure(RosterEditMessages.refused(RosterEditMessages.describe(error.errors, in: files)))
        }
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        try send(
            Files(
                departments: text(files.departments), inspectors: text(files.inspectors),
                conflicts: text(files.conflicts),
                history: text(files.history)),
            base: sha, dryRun: dryRun, socket: socket, json: json, edited: files, baseRoster: export.rosterSha256)
    }
}

struct EditOptions: ParsableArguments {
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Catalogue.RosterHelp.dryRunHelp))
    var dryRun = false

    @Flag(help: ArgumentHelp(Catalogue.RosterHelp.changesJSONHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    @OptionGroup var socket: SocketOptions
}

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: Catalogue.RosterHelp.importAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.RosterHelp.importDiscussion,
                examples: ["spotcheck import /srv/roster --dry-run", "spotcheck import /srv/roster"]))
    }

    @Argument(help: ArgumentHelp(Catalogue.RosterHelp.importFolderHelp, valueName: "dir"), completion: .directory)
    var folder: String

    @Flag(help: ArgumentHelp(Catalogue.RosterBase.forceHelp))
    var force = false

    @OptionGroup var options: EditOptions

    func run() throws {
        func read(_ name: String, _ header: [String]) throws(CLIFailure) -> String {
            let path = "\(folder)/\(name)"
            if !Files.exists(path), name == "conflicts.csv" || name == "history.csv" {
                return header.joined(separator: ",") + "\n"
            }
            let bytes = try Files.read(path)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CLIFailure("\(path): is not valid UTF-8; save the file as UTF-8 (check-roster shows the line)")
            }
            return text
        }
        let files = DaemonRoster.Files(
            departments: try read("departments.csv", RosterParser.departmentColumns),
            inspectors: try read("inspectors.csv", RosterParser.inspectorColumns),
            conflicts: try read("conflicts.csv", RosterParser.conflictColumns),
            history: try read("history.csv", RosterParser.historyColumns))
        try RosterImportSize.check(files, folder: folder)  // RosterImportSize.swift
        let baseRoster = try RosterBaseFile.base(folder: folder, force: force, dryRun: options.dryRun, options.socket)
        try DaemonRoster.send(
            files, base: nil, dryRun: options.dryRun, socket: options.socket, json: options.json, baseRoster: baseRoster
        )
        // A pool no [[pool]] defines takes its departments out of every draw: say so.
        let parsed = try? RosterParser.parse(
            RosterFiles(
                departments: .init(name: "departments.csv", bytes: Array(files.departments.utf8)),
                inspectors: .init(name: "inspectors.csv", bytes: Array(files.inspectors.utf8))))
        if let departments = parsed?.departments,
            let defined = try? options.socket.call(
                "io.spotcheck.GetStatus", Varlink.Empty(), returning: ControlMessages.StatusReply.self
            ).status.pools.map(\.name)
        {
            for warning in RosterEditMessages.undefinedPools(departments, defined: defined) { printError(warning) }
        }
    }
}

struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: Catalogue.RosterHelp.exportAbstract.text,
            discussion: HelpText.discussion(
                .verbatim(""),
                examples: [
                    "spotcheck export /tmp/roster && spotcheck check-roster --roster /tmp/roster",
                    "spotcheck export --bom /tmp/roster-excel",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.RosterHelp.exportFolderHelp, valueName: "dir"), completion: .directory)
    var folder: String

    @Flag(help: ArgumentHelp(Catalogue.ExportBOM.bomHelp)) var bom = false

    @OptionGroup var socket: SocketOptions

    func run() throws {
        let export = try DaemonRoster.fetch(socket).export
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure(
                Catalogue.RosterHelp.cannotCreate(folder, error.localizedDescription).text, exitCode: ExitCodes.ioError)
        }
        for (name, text) in [
            ("departments.csv", export.files.departments), ("inspectors.csv", export.files.inspectors),
            ("conflicts.csv", export.files.conflicts), ("history.csv", export.files.history),
        ] {
            try Files.writeAtomically((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), to: "\(folder)/\(name)")
        }
        try RosterBaseFile.write(export, folder: folder)
        writeOut(Array(Catalogue.RosterEdit.wrote(export.snapshotSha256, folder).text.utf8))
    }
}

/// Splits `a,b;c` lists as the CSV columns do.
private func items(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
}

struct DepartmentsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "departments",
            abstract: Catalogue.RosterHelp.departmentsAbstract.text,
            subcommands: [List.self, Set.self, Remove.self, Close.self, Reopen.self]
        )
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.departmentsListAbstract.text,
                discussion: HelpText.examples(["spotcheck departments list", "spotcheck departments list --json"]))
        }
        @OptionGroup var socket: SocketOptions
        @Flag(help: ArgumentHelp(Catalogue.RosterHelp.listJSONHelp)) var json = false
        @OptionGroup var layout: JSONLayout

        func run() throws {
            let roster = try DaemonRoster.fetch(socket).roster
            if json { return writeOut(layout.encode(roster.departments)) }
            let pools = try socket.call(
                "io.spotcheck.GetStatus", Varlink.Empty(), returning: ControlMessages.StatusReply.self
            ).status.pools
            var table = TextTable(
                [
                    Catalogue.RosterHelp.columnID, Catalogue.RosterHelp.columnName, Catalogue.RosterHelp.columnWeight,
                    Catalogue.RosterHelp.columnPowers, Catalogue.RosterHelp.columnSkills,
                    Catalogue.RosterHelp.columnPools, Catalogue.Lifecycle.columnStatus,
                ]
                .map(\.text))
            for d in roster.departments {
                table.add([
                    d.id, d.name, EffectiveWeight.text(d, pools: pools),
                    d.powers.map(\.rawValue).joined(separator: ";"),
                    d.requiredSkills.joined(separator: ";"), d.pools.joined(separator: ";"),
                    d.active ? "" : Catalogue.Lifecycle.closed.text,
                ])
            }
            writeOut(Array(table.render().utf8))
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.departmentsSetAbstract.text,
                discussion: HelpText.examples([
                    "spotcheck departments set d-tiyu --name 青山县体育局 --pools county",
                    "spotcheck departments set d-shuiwu --weight 8",
                    "spotcheck departments set d-shuiwu --weight-from-powers \\",
                    "  --powers enforcement,approval",
                ]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.departmentIDHelp)) var id: String
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.displayNameHelp)) var name: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(Catalogue.RosterHelp.weightHelp)) var weight: Int?
        @Flag(name: .customLong("weight-from-powers"), help: ArgumentHelp(Catalogue.RosterHelp.weightFromPowersHelp))
        var weightFromPowers = false
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.powersHelp)) var powers: String?
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.requiredSkillsHelp)) var skills: String?
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.poolsHelp)) var pools: String?
        @Option(help: ArgumentHelp(Catalogue.Lifecycle.addressHelp)) var address: String?
        @OptionGroup var options: EditOptions

        func validate() throws {
            if let weight, !Self.weights.contains(weight) {
                throw ValidationError(
                    RosterEditMessages.outOfRange("--weight", weight, Self.weights, Catalogue.RosterEdit.aWeight))
            }
            if let powers, let unknown = items(powers).first(where: { Power(rawValue: $0) == nil }) {
                throw ValidationError(RosterEditMessages.unknownPower(unknown))
            }
        }

        static let weights = 0...1_000_000

        func run() throws {
            if let pools {
                // A pool no [[pool]] defines would silently take the department out of every draw.
                let defined = try options.socket.call(
                    "io.spotcheck.GetStatus", Varlink.Empty(), returning: ControlMessages.StatusReply.self
                ).status.pools.map(\.name)
                let unknown = items(pools).filter { !defined.contains($0) }
                if !unknown.isEmpty {
                    throw CLIFailure(
                        RosterEditMessages.unknownPools(unknown, defined: defined), exitCode: ExitCodes.usage)
                }
            }
            try DaemonRoster.edit(socket: options.socket, dryRun: options.dryRun, json: options.json) {
                (roster: inout Roster) throws(CLIFailure) in
                var department: Department
                if let existing = roster.departments.firstIndex(where: { $0.id == id }) {
                    department = roster.departments.remove(at: existing)
                } else {
                    guard let name else {
                        throw CLIFailure(Catalogue.RosterEdit.newDepartmentNeedsName.text, exitCode: ExitCodes.usage)
                    }
                    department = Department(id: id, name: name)
                }
                if let name { department.name = name }
                if let weight { department.weight = weight }
                if weightFromPowers { department.weight = nil }
                if let powers {
                    var parsed: [Power] = []
                    for item in items(powers) {
                        guard let power = Power(rawValue: item) else {
                            throw CLIFailure(RosterEditMessages.unknownPower(item), exitCode: ExitCodes.usage)
                        }
                        parsed.append(power)
                    }
                    department.powers = parsed
                }
                if let skills { department.requiredSkills = items(skills) }
                if let pools { department.pools = items(pools) }
                if let address { department.address = address.trimmingCharacters(in: .whitespaces) }
                roster.departments.append(department)
            }
        }
    }

    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.departmentsRemoveAbstract.text,
                discussion: HelpText.examples(["spotcheck departments remove d-tiyu --dry-run"]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.departmentIDHelp)) var id: String
        @OptionGroup var options: EditOptions

        func run() throws {
            try DaemonRoster.edit(socket: options.socket, dryRun: options.dryRun, json: options.json) {
                (roster: inout Roster) throws(CLIFailure) in
                guard roster.departments.contains(where: { $0.id == id }) else {
                    throw CLIFailure(Catalogue.RosterEdit.noDepartment(id).text, exitCode: ExitCodes.notFound)
                }
                roster.departments.removeAll { $0.id == id }
            }
        }
    }
}

struct InspectorsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "inspectors",
            abstract: Catalogue.RosterHelp.inspectorsAbstract.text,
            subcommands: [List.self, Set.self, Remove.self, Unavailable.self, Retire.self, Reinstate.self]
        )
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.inspectorsListAbstract.text,
                discussion: HelpText.examples(["spotcheck inspectors list", "spotcheck inspectors list --json"]))
        }
        @OptionGroup var socket: SocketOptions
        @Flag(help: ArgumentHelp(Catalogue.RosterHelp.listJSONHelp)) var json = false
        @OptionGroup var layout: JSONLayout

        func run() throws {
            let roster = try DaemonRoster.fetch(socket).roster
            if json { return writeOut(layout.encode(roster.inspectors)) }
            var table = TextTable(
                [
                    Catalogue.RosterHelp.columnID, Catalogue.RosterHelp.columnPersonName,
                    Catalogue.RosterHelp.columnLogin, Catalogue.RosterHelp.columnHome, Catalogue.RosterHelp.columnLead,
                    Catalogue.RosterHelp.columnSkills, Catalogue.RosterHelp.columnCap,
                    Catalogue.Lifecycle.columnAvailability,
                ].map(\.text))
            let today = DaemonClock.today(socket: socket.path)
            for i in roster.inspectors {
                table.add([
                    i.id, i.name, i.login, i.home, i.canLead ? Catalogue.RosterEdit.yes.text : "",
                    i.skills.joined(separator: ";"),
                    String(i.dailyCap), Availability.text(i, today: today),
                ])
            }
            writeOut(Array(table.render().utf8))
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.inspectorsSetAbstract.text,
                discussion: HelpText.examples([
                    "spotcheck inspectors set i151 --name 王芳 --login wangfang \\",
                    "  --home d-caizheng --skills finance",
                    "spotcheck inspectors set i012 --lead --cap 2",
                ]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.inspectorIDHelp)) var id: String
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.displayNameHelp)) var name: String?
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.loginHelp)) var login: String?
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.homeHelp)) var home: String?
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.formerHelp)) var former: String?
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.skillsHelp)) var skills: String?
        @Flag(inversion: .prefixedNo, help: ArgumentHelp(Catalogue.RosterHelp.leadHelp)) var lead: Bool?
        @Option(parsing: .unconditional, help: ArgumentHelp(Catalogue.RosterHelp.capHelp)) var cap: Int?
        @OptionGroup var options: EditOptions

        func validate() throws {
            if let cap, !(1...100).contains(cap) {
                throw ValidationError(
                    RosterEditMessages.outOfRange("--cap", cap, 1...100, Catalogue.RosterEdit.aDailyCap))
            }
        }

        func run() throws {
            try DaemonRoster.edit(socket: options.socket, dryRun: options.dryRun, json: options.json) {
                (roster: inout Roster) throws(CLIFailure) in
                var inspector: Inspector
                if let existing = roster.inspectors.firstIndex(where: { $0.id == id }) {
                    inspector = roster.inspectors.remove(at: existing)
                } else {
                    guard let name, let login, let home else {
                        throw CLIFailure(Catalogue.RosterEdit.newInspectorNeeds.text, exitCode: ExitCodes.usage)
                    }
                    inspector = Inspector(id: id, name: name, login: login, home: home)
                }
                if let name { inspector.name = name }
                if let login { inspector.login = login }
                if let home { inspector.home = home }
                if let former {
                    var posts: [FormerPost] = []
                    for item in items(former) {
                        let parts = item.split(separator: "@")
                        guard parts.count == 2, let day = Day(iso: parts[1]) else {
                            throw CLIFailure(Catalogue.RosterHelp.notFormer(item).text, exitCode: ExitCodes.usage)
                        }
                        posts.append(FormerPost(department: String(parts[0]), left: day))
                    }
                    inspector.former = posts
                }
                if let skills { inspector.skills = items(skills) }
                if let lead { inspector.canLead = lead }
                if let cap { inspector.dailyCap = cap }
                roster.inspectors.append(inspector)
            }
        }
    }

    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.inspectorsRemoveAbstract.text,
                discussion: HelpText.examples(["spotcheck inspectors remove i151"]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.inspectorIDHelp)) var id: String
        @OptionGroup var options: EditOptions

        func run() throws {
            try DaemonRoster.edit(socket: options.socket, dryRun: options.dryRun, json: options.json) {
                (roster: inout Roster) throws(CLIFailure) in
                guard roster.inspectors.contains(where: { $0.id == id }) else {
                    throw CLIFailure(Catalogue.RosterEdit.noInspector(id).text, exitCode: ExitCodes.notFound)
                }
                roster.inspectors.removeAll { $0.id == id }
            }
        }
    }

    struct Unavailable: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.unavailableAbstract.text,
                discussion: HelpText.examples([
                    "spotcheck inspectors unavailable i012 2026-12-01..2026-12-05",
                    "spotcheck inspectors unavailable i012 2026-12-03 --remove",
                ]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.inspectorIDHelp)) var id: String
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.datesHelp)) var dates: String
        @Flag(help: ArgumentHelp(Catalogue.RosterHelp.removeDatesHelp)) var remove = false
        @OptionGroup var options: EditOptions

        func run() throws {
            let shown = InputText.quoted(dates)
            guard let days = DayRange(parsing: dates) else {
                throw CLIFailure(DateInputText.range(dates), exitCode: ExitCodes.usage)
            }
            guard days.count <= 367 else {
                throw CLIFailure(Catalogue.RosterHelp.tooLong(shown).text, exitCode: ExitCodes.usage)
            }
            try DaemonRoster.edit(socket: options.socket, dryRun: options.dryRun, json: options.json) {
                (roster: inout Roster) throws(CLIFailure) in
                guard let index = roster.inspectors.firstIndex(where: { $0.id == id }) else {
                    throw CLIFailure(Catalogue.RosterEdit.noInspector(id).text, exitCode: ExitCodes.notFound)
                }
                if remove {
                    roster.inspectors[index].unavailable.remove(days)
                } else {
                    roster.inspectors[index].unavailable.insert(days)
                }
            }
        }
    }
}

struct ConflictsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "conflicts",
            abstract: Catalogue.RosterHelp.conflictsAbstract.text,
            subcommands: [List.self, Add.self, Remove.self]
        )
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.conflictsListAbstract.text,
                discussion: HelpText.examples(["spotcheck conflicts list --json"]))
        }
        @OptionGroup var socket: SocketOptions
        @Flag(help: ArgumentHelp(Catalogue.RosterHelp.listJSONHelp)) var json = false
        @OptionGroup var layout: JSONLayout

        func run() throws {
            let roster = try DaemonRoster.fetch(socket).roster
            if json { return writeOut(layout.encode(roster.conflicts)) }
            var table = TextTable(
                [
                    Catalogue.RosterHelp.columnInspector, Catalogue.RosterHelp.columnDepartment,
                    Catalogue.RosterHelp.columnReason, Catalogue.RosterHelp.columnUntil,
                ].map(\.text))
            for c in roster.conflicts { table.add([c.inspector, c.department, c.reason, c.until?.description ?? ""]) }
            writeOut(Array(table.render().utf8))
        }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.conflictsAddAbstract.text,
                discussion: HelpText.examples([
                    "spotcheck conflicts add i012 d-shuiwu --reason 配偶在该单位任职",
                    "spotcheck conflicts add i012 d-caizheng --reason 曾被投诉 --until 2027-06-30",
                ]))
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.inspectorIDHelp)) var inspector: String
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.departmentIDHelp)) var department: String
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.tieHelp)) var reason: String
        @Option(help: ArgumentHelp(Catalogue.RosterHelp.untilHelp)) var until: String?
        @OptionGroup var options: EditOptions

        func run() throws {
            var end: Day?
            if let until {
                guard let day = Day(iso: until) else {
                    throw CLIFailure(Catalogue.RosterHelp.untilNotADate(until).text, exitCode: ExitCodes.usage)
                }
                end = day
            }
            try DaemonRoster.edit(socket: options.socket, dryRun: options.dryRun, json: options.json) {
                (roster: inout Roster) throws(CLIFailure) in
                roster.conflicts.append(
                    Conflict(inspector: inspector, department: department, reason: reason, until: end))
            }
        }
    }

    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Catalogue.RosterHelp.conflictsRemoveAbstract.text)
        }
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.inspectorIDHelp)) var inspector: String
        @Argument(help: ArgumentHelp(Catalogue.RosterHelp.departmentIDHelp)) var department: String
        @OptionGroup var options: EditOptions

        func run() throws {
            try DaemonRoster.edit(socket: options.socket, dryRun: options.dryRun, json: options.json) {
                (roster: inout Roster) throws(CLIFailure) in
                let before = roster.conflicts.count
                roster.conflicts.removeAll { $0.inspector == inspector && $0.department == department }
                if roster.conflicts.count == before {
                    throw CLIFailure(
                        Catalogue.RosterHelp.noConflict(inspector, department).text, exitCode: ExitCodes.notFound)
                }
            }
        }
    }
}
