import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckText

struct WhyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "why",
            abstract: Catalogue.Why.abstract.text,
            discussion: HelpText.discussion(
                Catalogue.Why.discussion,
                examples: [
                    "spotcheck why i012 d-shuiwu --roster deploy/examples/county --date 2026-12-01",
                    "spotcheck why i012 d-shuiwu --roster deploy/examples/county \\",
                    "  --record record.json",
                    "spotcheck why i012 d-shuiwu        # spotcheckd",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Why.inspectorHelp, valueName: "inspector"))
    var inspector: String

    @Argument(help: ArgumentHelp(Catalogue.Why.departmentHelp, valueName: "department"))
    var department: String

    @OptionGroup var rosterOptions: RosterOptions

    @Option(help: ArgumentHelp(Catalogue.Why.dateHelp, valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp(Catalogue.Why.recordHelp, valueName: "file"), completion: .file())
    var record: String?

    @Flag(help: ArgumentHelp(Catalogue.Why.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    @OptionGroup var socket: SocketOptions

    private typealias Say = Catalogue.Why

    func run() throws {
        if rosterOptions.roster == nil {
            let reply = try socket.call(
                "io.spotcheck.Why",
                ControlMessages.WhyParameters(inspector: inspector, department: department, date: date),
                returning: ControlMessages.WhyReply.self)
            if json {
                // The same shape as the answer from the roster files.
                let day =
                    date
                    ?? (try? socket.call(
                        "io.spotcheck.GetStatus", Varlink.Empty(), returning: ControlMessages.StatusReply.self))?
                    .status.today ?? DateOption.today().description
                writeOut(
                    layout.encode(
                        WhyAnswer(
                            inspector: inspector, department: department, date: day, eligible: reply.eligible,
                            reasons: reply.reasons.map { WhyAnswer.Reason(code: $0.code, message: $0.message) },
                            teamRole: reply.teamRole)))
            } else if reply.eligible {
                let answer =
                    WhyTeamText.onTeam(inspector, department, reply.teamRole, date)
                    ?? date.map { Say.may(inspector, department, $0) } ?? Say.mayToday(inspector, department)
                writeOut(Array(answer.text.utf8))
            } else {
                let answer =
                    date.map { Say.mayNot(inspector, department, $0) } ?? Say.mayNotToday(inspector, department)
                var text = Style.current.red(answer.text) + "\n"
                for reason in reply.reasons {
                    text += "  - \(ExclusionText.of(code: reason.code, message: reason.message))\n"
                }
                text += WhyTeamText.stillOnTeam(reply.teamRole)
                writeOut(Array(text.utf8))
            }
            return
        }
        // A department's contacts are recused as the daemon's draws recuse them (ContactConflicts.swift).
        let roster = try rosterOptions.loadRoster().withContactConflicts()
        var policy = try rosterOptions.loadPolicy()
        var round: [DrawRecord.Team] = []
        var day = try DateOption.parse(date)
        if let record {
            let value = try RecordJSON.decodeRecord(try Files.read(record), file: record)
            round = value.teams
            policy = value.policy
            if date == nil { day = value.date }
        }
        let eligibility: Eligibility
        do {
            eligibility = try Eligibility(roster: roster, policy: policy, date: day, round: round)
        } catch {
            throw CLIFailure("\(error)")
        }
        let answer = eligibility.why(inspector: inspector, department: department)
        // On the record's team for it already: said so, not "may inspect".
        let role = round.first { $0.department == department }?.members.first { $0.inspector == inspector }?.role
            .rawValue
        let reasons: [Exclusion]
        switch answer {
        case .unknownInspector(let id):
            throw CLIFailure(Say.unknownInspector(id).text, exitCode: ExitCodes.notFound)
        case .unknownDepartment(let id):
            throw CLIFailure(Say.unknownDepartment(id).text, exitCode: ExitCodes.notFound)
        case .eligible:
            reasons = []
        case .excluded(let list):
            reasons = list
        }
        if json {
            writeOut(
                layout.encode(
                    WhyAnswer(
                        inspector: inspector, department: department, date: day.description,
                        eligible: reasons.isEmpty,
                        reasons: reasons.map { WhyAnswer.Reason(code: $0.code, message: $0.message) },
                        teamRole: role)))
            return
        }
        let person = roster.inspectors.first { $0.id == inspector }!
        let place = roster.departments.first { $0.id == department }!
        if reasons.isEmpty {
            let who = "\(inspector) \(person.name)"
            let place = "\(department) \(place.name)"
            let answer = WhyTeamText.onTeam(who, place, role, "\(day)") ?? Say.may(who, place, "\(day)")
            writeOut(Array(answer.text.utf8))
        } else {
            var text = Say.mayNot("\(inspector) \(person.name)", "\(department) \(place.name)", "\(day)").text + "\n"
            for reason in reasons { text += "  - \(Say.exclusion(reason).text)\n" }
            text += WhyTeamText.stillOnTeam(role)
            writeOut(Array(text.utf8))
        }
    }
}

/// `why --json`, from the roster files or from the daemon (docs/schema/why.schema.json).
struct WhyAnswer: Encodable {
    struct Reason: Encodable {
        var code: String
        var message: String
    }

    var inspector: String
    var department: String
    var date: String
    var eligible: Bool
    var reasons: [Reason]
    /// `lead` or `member` when the inspector is on the day's team for the department.
    var teamRole: String?
}

struct CandidatesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "candidates",
            abstract: Catalogue.RosterFiles.candidatesAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.DailyUse.candidatesDiscussion,
                examples: [
                    "spotcheck candidates d-shuiwu --roster deploy/examples/county \\",
                    "  --date 2026-12-01",
                    "spotcheck candidates d-shuiwu        # spotcheckd",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.Why.departmentHelp, valueName: "department"))
    var department: String

    @OptionGroup var rosterOptions: RosterOptions

    @Option(help: ArgumentHelp(Catalogue.RosterFiles.candidatesDateHelp, valueName: "date"))
    var date: String?

    @Flag(help: ArgumentHelp(Catalogue.RosterFiles.candidatesJSONHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    @OptionGroup var socket: SocketOptions

    func run() throws {
        if rosterOptions.roster == nil {
            let reply = try socket.call(
                "io.spotcheck.Candidates", ControlMessages.CandidatesParameters(department: department, date: date),
                returning: ControlMessages.CandidatesReply.self)
            return show(
                reply.candidates.map {
                    (id: $0.id, name: $0.name, home: $0.home, canLead: $0.canLead, skills: $0.skills)
                }, total: reply.inspectors, day: reply.date)
        }
        // A department's contacts are recused as the daemon's draws recuse them (ContactConflicts.swift).
        let roster = try rosterOptions.loadRoster().withContactConflicts()
        let policy = try rosterOptions.loadPolicy()
        let day = try DateOption.parse(date)
        let eligibility: Eligibility
        do {
            eligibility = try Eligibility(roster: roster, policy: policy, date: day)
        } catch {
            throw CLIFailure("\(error)")
        }
        guard let ids = eligibility.whoCould(department: department) else {
            throw CLIFailure(Catalogue.Why.unknownDepartment(department).text, exitCode: ExitCodes.notFound)
        }
        let byID = Dictionary(roster.inspectors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        show(
            ids.map { id in
                let person = byID[id]!
                return (id: id, name: person.name, home: person.home, canLead: person.canLead, skills: person.skills)
            }, total: roster.inspectors.count, day: "\(day)")
    }

    /// The list, the same from the roster files and from spotcheckd.
    private func show(
        _ people: [(id: String, name: String, home: String, canLead: Bool, skills: [String])], total: Int, day: String
    ) {
        if json {
            writeOut(layout.encode(people.map(\.id)))
            return
        }
        var table = TextTable(
            [
                Catalogue.RosterHelp.columnInspector, Catalogue.RosterHelp.columnPersonName,
                Catalogue.RosterHelp.columnHome, Catalogue.RosterHelp.columnLead, Catalogue.RosterHelp.columnSkills,
            ].map(\.text))
        for person in people {
            table.add([
                person.id, person.name, person.home, person.canLead ? Catalogue.RosterEdit.yes.text : "",
                person.skills.joined(separator: ";"),
            ])
        }
        writeOut(
            Array(
                (table.render()
                    + Catalogue.RosterFiles.candidatesCount(people.count, total, department, day).text)
                    .utf8))
    }
}

struct CheckRosterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check-roster",
            abstract: Catalogue.RosterFiles.checkAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.RosterFiles.checkDiscussion,
                examples: ["spotcheck check-roster --roster deploy/examples/county"]))
    }

    @OptionGroup var rosterOptions: RosterOptions

    @Flag(help: ArgumentHelp(Catalogue.RosterFiles.checkJSONHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    struct Summary: Encodable {
        struct Pool: Encodable {
            var name: String
            var departments: Int
            var totalWeight: Int
        }

        var departments: Int
        var inspectors: Int
        var leads: Int
        var conflicts: Int
        var pastAssignments: Int
        var snapshotSha256: String
        var pools: [Pool]
    }

    func run() throws {
        let roster = try rosterOptions.loadRoster(input: true)
        let policy = try rosterOptions.loadPolicy()
        if json {
            let names = Set(roster.departments.flatMap(\.pools)).sorted()
            let summary = Summary(
                departments: roster.departments.count, inspectors: roster.inspectors.count,
                leads: roster.inspectors.filter(\.canLead).count, conflicts: roster.conflicts.count,
                pastAssignments: roster.history.count, snapshotSha256: roster.snapshotHash,
                pools: names.map { name in
                    let members = roster.departments.filter { $0.pools.contains(name) }
                    return Summary.Pool(
                        name: name, departments: members.count,
                        totalWeight: members.reduce(0) { $0 + policy.weight(of: $1) })
                })
            return writeOut(layout.encode(summary))
        }
        let pools = Dictionary(
            grouping: roster.departments.flatMap { department in department.pools.map { ($0, department) } }, by: \.0)
        var text =
            Catalogue.RosterFiles.summary(
                roster.departments.count, roster.inspectors.count, roster.inspectors.filter(\.canLead).count,
                roster.conflicts.count, roster.history.count
            ).text + Catalogue.RosterFiles.snapshot(roster.snapshotHash).text + "\n"
        for (name, members) in pools.sorted(by: { $0.key < $1.key }) {
            let weight = members.reduce(0) { $0 + policy.weight(of: $1.1) }
            text += Catalogue.RosterFiles.pool(name, members.count, weight).text
        }
        writeOut(Array(text.utf8))
    }
}

/// A rule of recusal the daemon reported (a code and an English sentence) in the reader's
/// language: the sentence's value (a date, a department, a reason, a cap) is taken from its end.
enum ExclusionText {
    static func of(code: String, message: String) -> String {
        func after(_ prefix: String) -> String? {
            message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : nil
        }
        let exclusion: Exclusion? =
            switch code {
            case "own-department": .ownDepartment
            case "former-department":
                after("former department until ").flatMap(Day.init(iso:)).map { .formerDepartment(until: $0) }
            case "declared-conflict": after("declared conflict: ").map { .declaredConflict(reason: $0) }
            case "reciprocal": after("reciprocal with ").map { .reciprocal(with: $0) }
            case "rotation": after("rotation until ").flatMap(Day.init(iso:)).map { .rotation(until: $0) }
            case "unavailable": .unavailable
            case "retired": .retired
            case "daily-cap":
                after("daily cap of ").flatMap { Int($0.prefix { $0.isNumber }) }.map { .dailyCap(cap: $0) }
            default: nil
            }
        return exclusion.map { Catalogue.Why.exclusion($0).text } ?? message
    }
}
