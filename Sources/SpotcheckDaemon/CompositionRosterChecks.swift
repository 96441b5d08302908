import Foundation
import Logging
public import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
public import SpotcheckText

/// A pool's team-composition rule read against the roster as it stands, beyond the ids the
/// roster lacks (CompositionCheck.swift, refused):
///
/// - **Warned about** (`--check-config`, start-up, reload, and after a roster edit through the
///   socket): `lead_from` naming departments none of whose active inspectors can lead, a
///   `member_from` group none of whose departments has an active inspector, a named department
///   that is closed. Each makes every draw of the pool short (or the rule stale), but the draws
///   still run and verify, and the roster is put right through the socket without a restart, so
///   the daemon warns rather than refuse to start: an inspector retiring must never stop the
///   draws of every other pool.
/// - **Refused** (`ImportRoster`, so every roster edit of the command line): an edit that closes
///   or removes a department a rule names. Removing one would make the daemon refuse its own
///   configuration at the next start or reload; closing one says the department is gone while a
///   rule still leans on it. The edit is refused whole, naming the pool and the rule; the rule is
///   changed in spotcheckd.toml first.
public enum CompositionRosterChecks {
    /// The warnings of `config` against `roster`, in the pools' order.
    public static func warnings(_ config: DaemonConfig, roster: Roster) -> [Localized] {
        var found: [Localized] = []
        let departments = Dictionary(roster.departments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let active = roster.inspectors.filter(\.active)
        for pool in config.pools {
            guard let rule = pool.policy.composition else { continue }
            let known = { (ids: [String]) in ids.filter { departments[$0] != nil } }
            let leads = known(rule.leadFrom)
            if !leads.isEmpty, !active.contains(where: { $0.canLead && leads.contains($0.home) }) {
                found.append(Catalogue.CompositionRules.noLead(pool.name, leads.joined(separator: ", ")))
            }
            for group in rule.memberFrom {
                let members = known(group)
                if !members.isEmpty, !active.contains(where: { members.contains($0.home) }) {
                    found.append(Catalogue.CompositionRules.noMember(pool.name, members.joined(separator: ", ")))
                }
            }
            var closed: Set<[String]> = []
            for (key, id) in rule.leadFrom.map({ ("lead_from", $0) })
                + rule.memberFrom.flatMap({
                    $0.map { ("member_from", $0) }
                }) where departments[id]?.active == false && closed.insert([key, id]).inserted
            {
                found.append(Catalogue.CompositionRules.closedNamed(pool.name, key, id))
            }
        }
        return found
    }

    /// Logs the warnings (priority warning in the journal), in English as the journal is.
    static func log(_ config: DaemonConfig, roster: Roster?, logger: Logger) {
        guard let roster else { return }
        for warning in warnings(config, roster: roster) { logger.warning("\(warning.english)") }
    }

    /// The problems of an edit from `old` to `new` that closes or removes a department a pool's
    /// rule names, each at the department's line of `departments` (the edited file; line 0 when
    /// the department is gone from it).
    static func editProblems(
        _ config: DaemonConfig, old: Roster, new: Roster, departments: [UInt8]
    ) -> [ControlMessages.Problem] {
        let before = Dictionary(old.departments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.departments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lines: [String: Int] = [:]
        for row in (try? CSV.parse(departments, file: "departments.csv"))?.dropFirst() ?? [] {
            if let id = row.fields.first, lines[id] == nil { lines[id] = row.line }
        }
        var problems: [ControlMessages.Problem] = []
        for pool in config.pools {
            guard let rule = pool.policy.composition else { continue }
            var seen: Set<[String]> = []
            for (key, id) in rule.leadFrom.map({ ("lead_from", $0) })
                + rule.memberFrom.flatMap({
                    $0.map { ("member_from", $0) }
                }) where seen.insert([key, id]).inserted
            {
                // Only what this edit does: a department already closed or missing stays as it was.
                guard let was = before[id], was.active else { continue }
                let now = after[id]
                guard now?.active != true else { continue }
                problems.append(
                    ControlMessages.Problem(
                        file: "departments.csv", line: now == nil ? 0 : lines[id] ?? 0,
                        field: now == nil ? "id" : "active",
                        message: Catalogue.CompositionRules.namedDepartmentEdit(pool.name, key, id).english))
            }
        }
        return problems
    }

    /// The warnings an edit brings that the roster before it did not have, logged.
    static func logNew(_ config: DaemonConfig, old: Roster, new: Roster) {
        let had = Set(warnings(config, roster: old).map(\.english))
        let logger = Logger(label: "spotcheckd")
        for warning in warnings(config, roster: new) where !had.contains(warning.english) {
            logger.warning("\(warning.english)")
        }
    }
}
