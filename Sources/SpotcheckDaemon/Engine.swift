public import Foundation
public import Logging
public import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
public import SpotcheckStore
import SpotcheckSystem
import Synchronization

/// The daemon's work, one step at a time: draw at the draw time, reveal at the reveal time,
/// publish when the day is over, and record missed days. `tick(now:)` does whatever is due at
/// `now` and says when something is due next; it is idempotent, so calling it after a crash or
/// at any moment is safe. Time arrives as a value, so tests drive the schedule directly.
public final class Engine: Sendable {
    public let store: Store
    public let events: EventLog
    let logger: Logger
    /// One step at a time: a scheduled draw and a coordinator's order must not both link to the
    /// same previous record.
    private let serial = Mutex(())
    private let seeds: @Sendable () throws -> Seed

    /// - Parameter seeds: where seeds come from; the kernel unless a test supplies its own.
    public init(
        store: Store, events: EventLog, logger: Logger = Logger(label: "spotcheckd"),
        seeds: (@Sendable () throws -> Seed)? = nil
    ) {
        self.store = store
        self.events = events
        self.logger = logger
        self.seeds = seeds ?? { try KernelRandom.seed() }
    }

    /// What comes next, for `STATUS=` and for the scheduler's sleep.
    public struct NextEvent: Sendable, Equatable {
        public var at: Date
        public var description: String
    }

    /// Does everything due at `now` under `config`; returns the next thing due.
    @discardableResult
    public func tick(now: Date, config: DaemonConfig) throws -> NextEvent? {
        try serial.withLock { _ in try unserializedTick(now: now, config: config) }
    }

    private func unserializedTick(now: Date, config: DaemonConfig) throws -> NextEvent? {
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        let today = local.day(of: now)

        // Finish draws a crash interrupted: committed ones are completed from their stored seed.
        for draw in try store.unfinishedDraws() where draw.state == .committed {
            try complete(draw)
        }

        // Draw, or record as missed, each pool's working days up to today.
        let lastChecked = try store.setting("last_checked_day").flatMap { Day(iso: $0) }
        let first = lastChecked.map { max($0, today.adding(days: -31)) } ?? today
        var day = first
        while day <= today {
            if config.calendar.workCalendar.isWorkingDay(day) {
                for pool in config.pools where try store.scheduledDraw(pool: pool.name, date: day) == nil {
                    let drawAt = local.instant(day, pool.drawTime)
                    let endAt = local.instant(day, pool.dayEnd)
                    if now >= endAt {
                        if try store.markMissed(pool: pool.name, date: day, at: now) {
                            events.emit(
                                .drawMissed, "pool \(pool.name) was not drawn on \(day): the daemon was down all day",
                                ["POOL": pool.name, "DATE": day.description])
                        }
                    } else if now >= drawAt {
                        try drawScheduled(pool: pool, day: day, now: now)
                    }
                }
            }
            day = day.adding(days: 1)
        }
        try store.setSetting("last_checked_day", today.description)

        // Reveal and publish completed draws when their times come.
        for draw in try store.unfinishedDraws() where draw.state == .completed {
            let pool = config.pool(named: draw.pool)
            let revealAt = local.instant(draw.date, pool?.revealTime ?? TimeOfDay(hour: 0, minute: 0)!)
            let endAt = local.instant(draw.date, pool?.dayEnd ?? config.calendar.dayEnd)
            var current = draw
            if current.revealedAt == nil, now >= revealAt {
                try reveal(current, config: config, local: local, now: now)
                current.revealedAt = now
            }
            if current.revealedAt != nil, current.publishedAt == nil, now >= endAt {
                try publish(current, config: config, now: now)
            }
        }

        // Task files removed by hand come back from the store.
        try restoreTaskFiles(on: today, config: config, local: local)

        return try next(after: now, today: today, config: config, local: local)
    }

    /// A coordinator's order: inspect these departments today. Targets are named, so only the
    /// teams are drawn, from a fresh seed committed first like any draw; the teams are revealed
    /// at once and the seed is published when the day is over.
    public func orderTargeted(
        pool name: String, departments: [String], reason: String, actor: String, now: Date, config: DaemonConfig
    ) throws -> StoredDraw {
        try serial.withLock { _ in
            guard let pool = config.pool(named: name) else { throw OrderError.unknownPool(name) }
            guard let stored = try store.currentRoster() else { throw OrderError.noRoster }
            var roster = try stored.roster()
            let known = Set(roster.departments.map(\.id))
            for department in departments where !known.contains(department) {
                throw OrderError.unknownDepartment(department)
            }
            guard !departments.isEmpty, Set(departments).count == departments.count else {
                throw OrderError.badTargets
            }
            roster.history += try store.assignments().map(Self.history)
            let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
            let day = local.day(of: now)
            let seed = try seeds()
            var policy = pool.policy
            policy.targetsPerDraw = departments.count
            let draw = try store.commit(
                Store.Commitment(
                    pool: pool.name, date: day, kind: .targeted, seed: seed, snapshotHash: roster.snapshotHash,
                    previousRecordHash: try store.lastRecordHash(), rosterVersionID: stored.id, policy: policy,
                    fixedTargets: departments),
                at: now)
            try store.audit(
                actor: actor, action: "draw.ordered",
                detail: [
                    "draw": String(draw.id), "pool": pool.name, "departments": departments.joined(separator: ","),
                    "reason": reason,
                ],
                at: now)
            events.emit(
                .drawCommitted,
                "targeted inspection ordered by \(actor) for pool \(pool.name) on \(day): seed committed (SHA-256 \(seed.commitment))",
                [
                    "POOL": pool.name, "DATE": day.description, "DRAW_ID": String(draw.id),
                    "SEED_SHA256": seed.commitment,
                    "SNAPSHOT_SHA256": roster.snapshotHash, "PREVIOUS_RECORD_SHA256": draw.previousRecordHash ?? "",
                    "ORDERED_BY": actor, "REASON": reason,
                ])
            try complete(draw)
            guard let completed = try store.draw(id: draw.id), completed.state == .completed else {
                throw OrderError.notCompleted(draw.id)
            }
            try reveal(completed, config: config, local: local, now: now)
            return try store.draw(id: draw.id) ?? completed
        }
    }

    public enum OrderError: Error, Equatable, CustomStringConvertible {
        case unknownPool(String)
        case unknownDepartment(String)
        case badTargets
        case noRoster
        case notCompleted(Int64)

        public var description: String {
            switch self {
            case .unknownPool(let name): "no pool '\(name)' is configured"
            case .unknownDepartment(let id): "no department '\(id)' in the roster"
            case .badTargets: "name one or more departments, each once"
            case .noRoster: "no roster is loaded"
            case .notCompleted(let id): "draw \(id) could not be computed; the journal says why"
            }
        }
    }

    // MARK: Steps

    /// Commits a fresh seed and the snapshot, then computes and stores the result.
    func drawScheduled(pool: DaemonConfig.Pool, day: Day, now: Date) throws {
        guard let stored = try store.currentRoster() else {
            events.emit(
                .drawFailed, "pool \(pool.name) cannot be drawn on \(day): no roster is loaded",
                ["POOL": pool.name, "DATE": day.description])
            return
        }
        var roster = try stored.roster()
        roster.history += try store.assignments().map(Self.history)
        let seed = try seeds()
        let commitment = Store.Commitment(
            pool: pool.name, date: day, kind: .scheduled, seed: seed, snapshotHash: roster.snapshotHash,
            previousRecordHash: try store.lastRecordHash(), rosterVersionID: stored.id, policy: pool.policy)
        let draw: StoredDraw
        do {
            draw = try store.commit(commitment, at: now)
        } catch StoreError.alreadyDrawn {
            return
        }
        events.emit(
            .drawCommitted,
            "pool \(pool.name) on \(day): seed committed (SHA-256 \(seed.commitment)) before the result is computed",
            [
                "POOL": pool.name, "DATE": day.description, "DRAW_ID": String(draw.id), "SEED_SHA256": seed.commitment,
                "SNAPSHOT_SHA256": commitment.snapshotHash,
                "PREVIOUS_RECORD_SHA256": commitment.previousRecordHash ?? "",
            ])
        try complete(draw)
    }

    /// Computes a committed draw from its stored seed and snapshot and stores the result.
    func complete(_ draw: StoredDraw) throws {
        guard let seed = draw.seed, let policy = draw.policy, let versionID = draw.rosterVersionID,
            let version = try store.rosterVersion(id: versionID)
        else { return }
        var roster = try version.roster()
        roster.history += try store.assignments(before: draw.id).map(Self.history)
        guard roster.snapshotHash == draw.snapshotHash else {
            events.emit(
                .drawFailed,
                "draw \(draw.id) cannot be completed: its roster snapshot no longer hashes to the committed value",
                ["POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id)])
            return
        }
        let record: DrawRecord
        do {
            record = try SpotcheckCore.draw(
                DrawInput(
                    roster: roster, policy: policy, date: draw.date, pool: draw.pool, seed: seed,
                    fixedTargets: draw.fixedTargets, previousRecordHash: draw.previousRecordHash))
        } catch {
            events.emit(
                .drawFailed, "draw \(draw.id) cannot be computed: \(error)",
                ["POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id)])
            return
        }
        let bytes = RecordCoding.encode(record)
        let hash = RecordCoding.hash(bytes)
        let logins = Dictionary(roster.inspectors.map { ($0.id, $0.login) }, uniquingKeysWith: { a, _ in a })
        let assignments = record.teams.flatMap { team in
            team.members.map {
                StoredAssignment(
                    drawID: draw.id, date: draw.date, pool: draw.pool, inspector: $0.inspector,
                    login: logins[$0.inspector] ?? $0.inspector, department: team.department, role: $0.role.rawValue)
            }
        }
        try store.complete(drawID: draw.id, record: bytes, recordHash: hash, assignments: assignments, at: Date())
        let replaced = record.picks.filter { $0.outcome != .target }.count
        // Counts only: nothing here may name a target before the reveal time.
        events.emit(
            .drawCompleted,
            "pool \(draw.pool) on \(draw.date): \(record.teams.count) teams drawn, \(replaced) picks replaced, shortfall \(record.shortfall)",
            [
                "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id),
                "TEAMS": String(record.teams.count), "REPLACED": String(replaced),
                "SHORTFALL": String(record.shortfall),
                "RECORD_SHA256": hash,
            ])
    }

    /// Writes the task files of a draw and journals each assignment.
    func reveal(_ draw: StoredDraw, config: DaemonConfig, local: LocalTime, now: Date) throws {
        guard let record = try draw.decodedRecord() else { return }
        let assignments = try store.assignments(drawID: draw.id)
        try writeTaskFiles(
            for: Set(assignments.map(\.login)), on: draw.date, including: draw.id, revealedAt: now, config: config,
            local: local)
        for pick in record.picks where pick.outcome != .target {
            events.emit(
                .targetReplaced,
                "pool \(draw.pool) on \(draw.date): \(pick.department) could not be staffed (\(pick.blocker?.message ?? "")); "
                    + (pick.replacedBy.map { "replaced by \($0)" } ?? "not replaced"),
                [
                    "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id),
                    "DEPARTMENT": pick.department,
                    "REASON_CODE": pick.blocker?.code ?? "", "REPLACED_BY": pick.replacedBy ?? "",
                ])
        }
        for assignment in assignments {
            events.emit(
                .assignmentIssued,
                "\(assignment.inspector) (\(assignment.role)) inspects \(assignment.department) on \(draw.date), pool \(draw.pool)",
                [
                    "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id),
                    "INSPECTOR": assignment.inspector, "LOGIN": assignment.login, "DEPARTMENT": assignment.department,
                    "ROLE": assignment.role,
                ])
        }
        try store.markRevealed(drawID: draw.id, at: now)
    }

    /// Journals the seed and writes everything the independent verifier needs.
    func publish(_ draw: StoredDraw, config: DaemonConfig, now: Date) throws {
        guard let seed = draw.seed, let record = draw.record, let versionID = draw.rosterVersionID,
            let version = try store.rosterVersion(id: versionID)
        else { return }
        var roster = try version.roster()
        roster.history += try store.assignments(before: draw.id).map(Self.history)
        let name = draw.kind == .scheduled ? draw.pool : "\(draw.pool)-ordered-\(draw.id)"
        let folder = "\(config.paths.publicRecords)/\(draw.date)/\(name)"
        for path in [
            config.paths.publicRecords, "\(config.paths.publicRecords)/\(draw.date)", folder, "\(folder)/roster",
        ] {
            try Folder.make(path, mode: 0o755)
        }
        let files = RosterWriter.write(roster)
        try AtomicFile.write(files.departments, to: "\(folder)/roster/departments.csv", mode: 0o644)
        try AtomicFile.write(files.inspectors, to: "\(folder)/roster/inspectors.csv", mode: 0o644)
        try AtomicFile.write(files.conflicts, to: "\(folder)/roster/conflicts.csv", mode: 0o644)
        try AtomicFile.write(files.history, to: "\(folder)/roster/history.csv", mode: 0o644)
        try AtomicFile.write(Array((seed.hex + "\n").utf8), to: "\(folder)/seed.hex", mode: 0o644)
        if let policy = draw.policy {
            // The committed policy, as the verifiers read it (docs/draw-algorithm.md §1).
            try AtomicFile.write(Array(policy.canonicalText.utf8), to: "\(folder)/policy.txt", mode: 0o644)
        }
        try AtomicFile.write(record, to: "\(folder)/record.json", mode: 0o644)
        events.emit(
            .seedRevealed, "pool \(draw.pool) on \(draw.date): seed revealed, public record in \(folder)",
            [
                "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id), "SEED": seed.hex,
                "SEED_SHA256": seed.commitment, "RECORD_SHA256": draw.recordHash ?? "", "PUBLIC_RECORD": folder,
            ])
        try store.markPublished(drawID: draw.id, at: now)
    }

    /// Rewrites missing task files of revealed draws of `day`.
    func restoreTaskFiles(on day: Day, config: DaemonConfig, local: LocalTime) throws {
        let writer = TaskWriter(directory: config.paths.tasks)
        let missing = Set(try store.revealedAssignments(on: day).map(\.login)).filter {
            !writer.exists(date: day, login: $0)
        }
        guard !missing.isEmpty else { return }
        try writeTaskFiles(for: missing, on: day, including: nil, revealedAt: nil, config: config, local: local)
    }

    /// Writes one file per login with all its revealed assignments of the day, plus those of
    /// the draw being revealed now.
    private func writeTaskFiles(
        for logins: Set<String>, on day: Day, including drawID: Int64?, revealedAt: Date?, config: DaemonConfig,
        local: LocalTime
    ) throws {
        let draws = Dictionary(uniqueKeysWithValues: try store.draws(on: day).map { ($0.id, $0) })
        var records: [Int64: DrawRecord] = [:]
        let writer = TaskWriter(directory: config.paths.tasks)
        var warnings: [String: [String]] = [:]  // warning → logins
        var all = try store.revealedAssignments(on: day)
        if let drawID { all += try store.assignments(drawID: drawID) }
        for login in logins.sorted() {
            guard
                let (person, assignments) = try assignments(
                    of: login, in: all, draws: draws, records: &records, revealedAt: revealedAt, config: config,
                    local: local)
            else { continue }
            let file = TaskFile(
                schema: TaskFile.currentSchema, date: day, inspector: person, assignments: assignments,
                checklist: TaskFile.checklist)
            if let warning = try writer.write(file, encode: RecordCoding.encode) {
                warnings[warning, default: []].append(login)
            }
        }
        for (warning, logins) in warnings.sorted(by: { $0.key < $1.key }) {
            logger.warning(
                "task files for \(day) readable by the daemon only (\(warning)): \(logins.joined(separator: ", "))")
        }
    }

    /// The task-file view of one login's assignments among `all`.
    func assignments(
        of login: String, in all: [StoredAssignment], draws: [Int64: StoredDraw], records: inout [Int64: DrawRecord],
        revealedAt: Date?, config: DaemonConfig, local: LocalTime
    ) throws -> (TaskFile.Person, [TaskFile.Assignment])? {
        let mine = all.filter { $0.login == login }
        guard let first = mine.first else { return nil }
        var assignments: [TaskFile.Assignment] = []
        var person = TaskFile.Person(id: first.inspector, name: first.inspector, login: login)
        for assignment in mine {
            guard let draw = draws[assignment.drawID] else { continue }
            if records[draw.id] == nil {
                records[draw.id] = try draw.decodedRecord().map { try currentTeams(draw, $0) }
            }
            guard let record = records[draw.id],
                let team = record.teams.first(where: { $0.department == assignment.department })
            else { continue }
            if let me = team.members.first(where: { $0.inspector == assignment.inspector }) { person.name = me.name }
            let pool = config.pool(named: draw.pool)
            let report = local.instant(draw.date, pool?.reportTime ?? TimeOfDay(hour: 9, minute: 0)!)
            assignments.append(
                TaskFile.Assignment(
                    drawID: draw.id, pool: draw.pool,
                    target: TaskFile.Place(id: team.department, name: team.departmentName), role: assignment.role,
                    team: team.members.map {
                        TaskFile.Member(id: $0.inspector, name: $0.name, home: $0.home, role: $0.role.rawValue)
                    },
                    reportTime: local.format(report),
                    revealedAt: local.format(draw.revealedAt ?? revealedAt ?? Date()),
                    recordSHA256: draw.recordHash ?? ""))
        }
        return (person, assignments)
    }

    /// The record's teams with the replacements made since applied.
    func currentTeams(_ draw: StoredDraw, _ record: DrawRecord) throws -> DrawRecord {
        var record = record
        for replacement in try store.replacements(drawID: draw.id) {
            guard let team = record.teams.firstIndex(where: { $0.department == replacement.department }),
                let member = record.teams[team].members.firstIndex(where: { $0.inspector == replacement.oldInspector })
            else { continue }
            record.teams[team].members[member] = DrawRecord.Member(
                inspector: replacement.newInspector, name: replacement.newName, home: replacement.newHome,
                role: record.teams[team].members[member].role)
        }
        return record
    }

    // MARK: Replacing an inspector

    public enum ReplaceError: Error, Equatable, CustomStringConvertible {
        case noSuchDraw(Int64)
        case notRevealed(Int64)
        case dayOver(Int64)
        case notOnATeam(String, Int64)
        case notEligible(String, [String])
        case nobodyEligible(String)

        public var description: String {
            switch self {
            case .noSuchDraw(let id): "no completed draw \(id)"
            case .notRevealed(let id): "draw \(id) is not revealed yet; nothing has been issued to replace"
            case .dayOver(let id): "the day of draw \(id) is over and its record is published"
            case .notOnATeam(let inspector, let id): "\(inspector) is on no team of draw \(id)"
            case .notEligible(let inspector, let reasons):
                "\(inspector) may not take the place: " + reasons.joined(separator: "; ")
            case .nobodyEligible(let department):
                "no inspector can take the place on the team for \(department) under every rule"
            }
        }
    }

    /// Replaces an inspector on an issued team (illness and the like) with one who meets every
    /// rule the draw had to meet: recusal, daily cap and the reciprocal ban against the whole
    /// day's round, and the team's lead, skills and home departments. Without `requested`, the
    /// replacement is the first valid inspector in an order fixed by the record's hash, so the
    /// choice is spread and cannot be steered. Task files of everyone concerned are rewritten.
    public func replace(
        drawID: Int64, inspector: String, with requested: String?, reason: String, actor: String, now: Date,
        config: DaemonConfig
    ) throws -> Replacement {
        try serial.withLock { _ in
            guard let draw = try store.draw(id: drawID), draw.state == .completed,
                let original = try draw.decodedRecord()
            else { throw ReplaceError.noSuchDraw(drawID) }
            guard draw.revealedAt != nil else { throw ReplaceError.notRevealed(drawID) }
            guard draw.publishedAt == nil else { throw ReplaceError.dayOver(drawID) }
            let record = try currentTeams(draw, original)
            guard let team = record.teams.first(where: { $0.members.contains { $0.inspector == inspector } }) else {
                throw ReplaceError.notOnATeam(inspector, drawID)
            }
            let leaving = team.members.first { $0.inspector == inspector }!
            guard let stored = try store.currentRoster() else { throw ReplaceError.nobodyEligible(team.department) }
            var roster = try stored.roster()
            // Earlier days' inspections count for rotation; the day's own load comes from the round.
            roster.history += try store.assignments().filter { $0.date < draw.date }.map(Self.history)
            var round: [DrawRecord.Team] = []
            for other in try store.draws(on: draw.date) where other.state == .completed {
                guard let decoded = try other.decodedRecord() else { continue }
                for var candidateTeam in try currentTeams(other, decoded).teams {
                    if other.id == draw.id, candidateTeam.department == team.department {
                        candidateTeam.members.removeAll { $0.inspector == inspector }
                    }
                    round.append(candidateTeam)
                }
            }
            let policy = draw.policy ?? Policy()
            let eligibility = try Eligibility(roster: roster, policy: policy, date: draw.date, round: round)
            let people = Dictionary(uniqueKeysWithValues: roster.inspectors.map { ($0.id, $0) })
            guard let target = roster.departments.first(where: { $0.id == team.department }) else {
                throw ReplaceError.nobodyEligible(team.department)
            }
            let staying = team.members.filter { $0.inspector != inspector }

            func problems(_ id: String) -> [String] {
                guard let person = people[id] else { return ["unknown inspector"] }
                if staying.contains(where: { $0.inspector == id }) || id == inspector { return ["already on the team"] }
                var found: [String] = []
                if case .excluded(let reasons) = eligibility.why(inspector: id, department: team.department) {
                    found += reasons.map(\.message)
                }
                if leaving.role == .lead, !person.canLead {
                    found.append("the team needs a lead and \(id) may not lead")
                }
                let skills = Set(person.skills + staying.flatMap { people[$0.inspector]?.skills ?? [] })
                for skill in target.requiredSkills where !skills.contains(skill) {
                    found.append("the team would lack the skill '\(skill)'")
                }
                let homes = Set([person.home] + staying.map(\.home))
                if homes.count < policy.minHomeDepartments {
                    found.append(
                        "the team would come from \(homes.count) home department(s), \(policy.minHomeDepartments) needed"
                    )
                }
                return found
            }

            let chosen: Inspector
            if let requested {
                let found = problems(requested)
                guard found.isEmpty, let person = people[requested] else {
                    throw ReplaceError.notEligible(requested, found)
                }
                chosen = person
            } else {
                let key = draw.recordHash ?? ""
                let order = roster.inspectors.map(\.id).sorted {
                    sha256Hex(Array("\(key):\(team.department):\($0)".utf8))
                        < sha256Hex(Array("\(key):\(team.department):\($1)".utf8))
                }
                guard let id = order.first(where: { problems($0).isEmpty }), let person = people[id] else {
                    throw ReplaceError.nobodyEligible(team.department)
                }
                chosen = person
            }

            let replacement = Replacement(
                drawID: draw.id, department: team.department, oldInspector: inspector, newInspector: chosen.id,
                newName: chosen.name, newHome: chosen.home, role: leaving.role.rawValue, reason: reason, actor: actor,
                at: now)
            let assignments = try store.assignments(drawID: draw.id)
            let oldLogin = assignments.first { $0.inspector == inspector && $0.department == team.department }?.login
            try store.replace(replacement, newLogin: chosen.login)
            events.emit(
                .inspectorReplaced,
                "\(chosen.id) replaces \(inspector) (\(leaving.role.rawValue)) on the team for \(team.department) on \(draw.date): \(reason)",
                [
                    "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id),
                    "DEPARTMENT": team.department,
                    "OLD_INSPECTOR": inspector, "NEW_INSPECTOR": chosen.id, "ROLE": leaving.role.rawValue,
                    "REASON": reason,
                    "ACTOR": actor,
                ])

            // Everyone on the team gets the new line-up; the one who left loses the assignment.
            let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
            let writer = TaskWriter(directory: config.paths.tasks)
            if let oldLogin, try store.revealedAssignments(on: draw.date, login: oldLogin).isEmpty {
                try? FileManager.default.removeItem(atPath: writer.path(date: draw.date, login: oldLogin))
            }
            let logins = Set(
                try store.assignments(drawID: draw.id).filter { $0.department == team.department }.map(\.login)
            )
            .union(oldLogin.map { [$0] } ?? [])
            try writeTaskFiles(
                for: logins, on: draw.date, including: nil, revealedAt: nil, config: config, local: local)
            return replacement
        }
    }

    // MARK: Next event

    func next(after now: Date, today: Day, config: DaemonConfig, local: LocalTime) throws -> NextEvent? {
        var best: NextEvent?
        func consider(_ at: Date, _ text: String) {
            if at > now, best == nil || at < best!.at { best = NextEvent(at: at, description: text) }
        }
        for offset in 0...7 {
            let day = today.adding(days: offset)
            guard config.calendar.workCalendar.isWorkingDay(day) else { continue }
            for pool in config.pools {
                consider(local.instant(day, pool.drawTime), "next draw: pool \(pool.name), \(day) \(pool.drawTime)")
                consider(
                    local.instant(day, pool.revealTime), "next reveal: pool \(pool.name), \(day) \(pool.revealTime)")
                consider(local.instant(day, pool.dayEnd), "next publication: pool \(pool.name), \(day) \(pool.dayEnd)")
            }
            if best != nil, offset > 0 { break }
        }
        return best
    }

    static func history(_ assignment: StoredAssignment) -> PastAssignment {
        PastAssignment(date: assignment.date, inspector: assignment.inspector, department: assignment.department)
    }
}
