import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore

/// A transfer leaves a former post (docs/roster-format.md, "Changing an inspector's home").
///
/// When a roster brought in through the control socket (an import, or `spotcheck inspectors set
/// ID --home NEW`) gives an inspector a new home, the old home becomes a former post left on the
/// day of the change, unless the edit itself names a former post at that department (or one left
/// today or later is already there): the inspector worked there until today, and the
/// former-department window must start now, not be skipped because nobody remembered `--former`
/// or because the inspector had worked there once before (a transfer out again).
///
/// The roster folder read at start-up and on `SIGHUP` follows the same rules as the socket
/// (`folderRoster`): the old home becomes a former post, and what an import refuses is refused.
///
/// A former post that still excludes (left within `former_department_window_days`) is kept: a new
/// roster may not remove it nor give it an earlier day, and a transfer may not name the old home
/// as left before today. Otherwise a coordinator could seat an inspector on the department they
/// left today by deleting or backdating the post the transfer left.
enum HomeChanges {
    static func recordFormerPosts(new roster: Roster, old: Roster?, today: Day) -> Roster {
        guard let old else { return roster }
        let before = Dictionary(old.inspectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changed = roster
        var touched = false
        for index in changed.inspectors.indices {
            let inspector = changed.inspectors[index]
            // A post at the old home the edit itself names is the coordinator's word; one the
            // roster already held is an earlier stint there, which says nothing of leaving today.
            guard let previous = before[inspector.id], previous.home != inspector.home,
                !inspector.former.contains(where: {
                    $0.department == previous.home && (!previous.former.contains($0) || $0.left >= today)
                })
            else { continue }
            changed.inspectors[index].former.append(FormerPost(department: previous.home, left: today))
            touched = true
        }
        guard touched else { return roster }
        // Stored only as the parser reads it back, like any import.
        return (try? reparsed(changed)) ?? changed
    }

    /// A roster changed in the daemon as it is stored: written as the roster files and read back
    /// by the parser, like any import (so its snapshot hash is the one an import of those files
    /// gives). The parser's errors name the files `departments.csv`, `inspectors.csv`, … .
    static func reparsed(_ roster: Roster) throws(InputErrors) -> Roster {
        let files = RosterWriter.write(roster)
        return try RosterParser.parse(
            RosterFiles(
                departments: .init(name: "departments.csv", bytes: files.departments),
                inspectors: .init(name: "inspectors.csv", bytes: files.inspectors),
                conflicts: .init(name: "conflicts.csv", bytes: files.conflicts),
                history: .init(name: "history.csv", bytes: files.history)))
    }

    /// The former posts `roster` may not drop or backdate against `old` (the rule above), each
    /// naming the inspector's line in inspectors.csv (`lines`, by id) and what to write instead.
    static func problems(
        new roster: Roster, old: Roster?, today: Day, windowDays: Int, lines: [String: Int]
    ) -> [ControlMessages.Problem] {
        guard let old else { return [] }
        let before = Dictionary(old.inspectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [ControlMessages.Problem] = []
        for inspector in roster.inspectors {
            guard let previous = before[inspector.id] else { continue }
            func refuse(_ message: String) {
                problems.append(
                    .init(file: "inspectors.csv", line: lines[inspector.id] ?? 0, field: "former", message: message))
            }
            for post in previous.former where post.department != inspector.home {
                let until = post.left.adding(days: windowDays - 1)
                guard until >= today,
                    !inspector.former.contains(where: { $0.department == post.department && $0.left >= post.left })
                else { continue }
                refuse(
                    "inspector '\(inspector.id)' left \(post.department) on \(post.left) and may not inspect it until \(until); that former post cannot be removed or given an earlier day: keep \(post.department)@\(post.left) in former"
                )
            }
            guard previous.home != inspector.home, !previous.home.isEmpty else { continue }
            for post in inspector.former
            where post.department == previous.home && post.left < today && !previous.former.contains(post) {
                refuse(
                    "inspector '\(inspector.id)' had the home \(previous.home) until this change, so cannot have left it on \(post.left); leave \(post.department)@\(post.left) out (the former post \(previous.home)@\(today) is recorded) or write \(previous.home)@\(today)"
                )
            }
        }
        return problems
    }

    /// The line of each inspector's row in an inspectors.csv, by id (0 for a file that is not
    /// readable CSV: the parser has said so first).
    static func lines(_ inspectors: [UInt8]) -> [String: Int] {
        guard let rows = try? CSV.parse(inspectors, file: "inspectors.csv"), let header = rows.first,
            let column = header.fields.firstIndex(of: "id")
        else { return [:] }
        var lines: [String: Int] = [:]
        for row in rows.dropFirst() where row.fields.indices.contains(column) {
            lines[row.fields[column]] = lines[row.fields[column]] ?? row.line
        }
        return lines
    }

    /// The widest former-department window of the configured pools, in days.
    static func windowDays(_ config: DaemonConfig) -> Int {
        config.pools.map(\.policy.formerDepartmentWindowDays).max() ?? Policy().formerDepartmentWindowDays
    }

    /// The roster of the folder as the daemon stores it on start-up and `SIGHUP`, by the rules of
    /// a socket import: a transfer leaves its former post, and a roster that removes or backdates
    /// a former post that still excludes, or deletes what the daemon's draws name
    /// (RosterRecordGuard.swift), is refused whole, each problem naming the folder's file.
    static func folderRoster(_ roster: Roster, config: DaemonConfig, store: Store, now: Date) throws -> Roster {
        guard let stored = try store.currentRoster() else { return roster }
        let old = try stored.roster()
        let today = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone) ?? .current).day(of: now)
        let folder = config.paths.roster
        let inspectors =
            (try? DaemonConfig.readFile("\(folder)/inspectors.csv", limit: RosterParser.maxFileBytes)) ?? []
        let recorded = recordFormerPosts(new: roster, old: old, today: today)
        let found =
            problems(new: roster, old: old, today: today, windowDays: windowDays(config), lines: lines(inspectors))
            + (try RosterRecordGuard.problems(new: recorded, old: old, store: store, today: today))
        guard found.isEmpty else {
            throw InputErrors(
                found.map {
                    InputError(
                        file: "\(folder)/\($0.file)", line: $0.line, column: $0.column, field: $0.field,
                        message: $0.message)
                })
        }
        return recorded
    }
}
