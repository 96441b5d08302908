public import Foundation
public import Logging
public import SpotcheckCampaign
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
    let serial = Mutex(())
    let seeds: @Sendable () throws -> Seed
    /// Called at each named step of a draw, reveal, publication, replacement and import; a test
    /// makes it throw (or the process die) there to check that state survives a crash at that
    /// point. By default it does nothing unless `SPOTCHECKD_CRASH_AT` names the step.
    let fault: @Sendable (String) throws -> Void
    /// Whether the start-up repairs (leftover files, task files, pending journal entries) ran.
    private let recovered = Mutex(false)
    /// The roster version whose logins have their task folders.
    private let preparedRoster = Mutex<Int64?>(nil)
    private let eligibilities = Mutex<[EligibilityKey: Eligibility]>([:])
    /// Days whose task files could not all be written, repaired by every tick.
    public let taskFiles = TaskFileHealth()
    /// Whether the state database could be written at the last change (StorageFailure.swift).
    public let stateWrites = StateWriteHealth()
    /// The audit anchor kept up with the store (StateLayout.swift), when the daemon keeps one.
    let anchor: StateAnchor?

    /// - Parameters:
    ///   - seeds: where seeds come from; the kernel unless a test supplies its own.
    ///   - fault: see `fault`.
    public init(
        store: Store, events: EventLog, logger: Logger = Logger(label: "spotcheckd"),
        seeds: (@Sendable () throws -> Seed)? = nil, fault: (@Sendable (String) throws -> Void)? = nil,
        anchor: StateAnchor? = nil
    ) {
        self.anchor = anchor
        self.store = store
        self.events = events
        self.logger = logger
        self.seeds = seeds ?? { try KernelRandom.seed() }
        self.fault = fault ?? { CrashPoint.reach($0) }
    }

    /// What comes next, for `STATUS=` and for the scheduler's sleep.
    public struct NextEvent: Sendable, Equatable {
        public var at: Date
        public var description: String
    }

    /// Does everything due at `now` under `config`; returns the next thing due.
    @discardableResult
    public func tick(now: Date, config: DaemonConfig) throws -> NextEvent? {
        try serial.withLock { _ in
            try store.checkIdentity()
            let next = withHealth(try unserializedTick(now: now, config: config), now: now)
            // Again after the writes, so that the store remembers how far its audit trail got.
            try store.checkIdentity()
            return next
        }
    }

    private func unserializedTick(now: Date, config: DaemonConfig) throws -> NextEvent? {
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        let today = local.day(of: now)

        if !recovered.withLock({ $0 }) {
            try recover(today: today, config: config, local: local)
            recovered.withLock { $0 = true }
        }
        try prepareTaskFolders(config: config)

        // Finish draws a crash interrupted: a stored commitment reaches the journal before
        // anything else happens to it, then committed draws are completed from their stored seed.
        try journalPending(config: config)
        for draw in try store.unfinishedDraws() where draw.state == .committed {
            try complete(draw)
        }
        try linkChainEvents(config: config)  // ledger changes and campaign steps (EngineLinks.swift)

        // The campaign's planned steps and pending journal entries (Engine+Campaign.swift).
        try campaignTick(now: now, today: today, config: config)
        // A transfer of a member of a told team (TransferRecheck.swift).
        try recheckAfterTransferUnlocked(config: config, now: now)

        // Draw, or record as missed, each pool's working days up to today.
        let lastChecked = try store.setting("last_checked_day").flatMap { Day(iso: $0) }
        let first = lastChecked.map { max($0, today.adding(days: -31)) } ?? today
        var day = first
        while day <= today {
            if config.calendar.workCalendar.isWorkingDay(day) {
                for pool in config.pools where try store.scheduledDraw(pool: pool.name, date: day) == nil {
                    let drawAt = local.instant(day, pool.drawTime)
                    let endAt = local.instant(day, pool.dayEnd)
                    guard try campaignPermits(pool, day: day, at: drawAt, now: now, config: config) else {
                        continue
                    }
                    if now >= endAt {
                        if try store.markMissed(pool: pool.name, date: day, at: now) {
                            events.emit(
                                .drawMissed, "pool \(pool.name) was not drawn on \(day): the daemon was down all day",
                                ["POOL": pool.name, "DATE": day.description])
                        }
                    } else if now >= drawAt {
                        try drawScheduled(pool: pool, day: day, now: now, config: config)
                    }
                }
            }
            day = day.adding(days: 1)
        }
        try store.setSetting("last_checked_day", today.description)

        // Reveal and publish completed draws when their times come.
        for draw in try store.unfinishedDraws() where draw.state == .completed {
            let pool = config.pool(named: draw.pool)
            // An ordered draw is revealed as soon as it is computed (again, after a crash).
            let revealAt =
                draw.kind == .targeted
                ? (draw.committedAt ?? now)
                : local.instant(draw.date, pool?.revealTime ?? TimeOfDay(hour: 0, minute: 0)!)
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

        try publishChainLinks(config: config, now: now)  // EngineLinks.swift
        try publishHiddenSlotOpenings(config: config, now: now)  // HiddenSlotRequests.swift

        // Task files removed by hand come back from the store.
        try restoreTaskFiles(on: today, config: config, local: local)

        // The problem ledger: escalations of rectifications past their due date.
        try ledgerPass(today: today, now: now, config: config)

        // The public site, when something it shows moved on (Publication.swift).
        publicationPass(now: now, today: today, config: config, local: local)

        return try next(after: now, today: today, config: config, local: local)
    }

    /// A coordinator's order: inspect these departments today. Targets are named, so only the
    /// teams are drawn, from a fresh seed committed first like any draw; the teams are revealed
    /// at once and the seed is published when the day is over.
    public func orderTargeted(
        pool name: String, departments: [String], reason: String, actor: String, now: Date, config: DaemonConfig,
        visit: VisitMode? = nil, category: OrderCategory = .other
    ) throws -> StoredDraw {
        try serial.withLock { _ in
            try store.checkIdentity()
            guard let pool = config.pool(named: name) else { throw OrderError.unknownPool(name) }
            if let phase = try campaignRefusal(pool, now: now, config: config) {
                throw OrderError.outsidePhase(pool.name, phase)
            }
            guard let stored = try store.currentRoster() else { throw OrderError.noRoster }
            let roster = try stored.roster()
            let known = Set(roster.departments.map(\.id))
            for department in departments where !known.contains(department) {
                throw OrderError.unknownDepartment(department)
            }
            if let closed = roster.closedDepartments.first(where: departments.contains) {
                throw OrderError.closedDepartment(closed)
            }
            guard !departments.isEmpty, Set(departments).count == departments.count else {
                throw OrderError.badTargets
            }
            let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
            let day = local.day(of: now)
            // The ordered teams are revealed at once; drawn beside a team nobody may know yet,
            // they would tell who is on it (daily cap, reciprocal ban).
            if let hidden = try store.draws(on: day).first(where: { $0.state != .missed && $0.revealedAt == nil }) {
                throw OrderError.unrevealedDraw(hidden.id, hidden.pool)
            }
            // Ordering again what was called off the same day would draw a new team from a new
            // seed: order, look, cancel, order until the team suits (OrderRepeat.swift).
            if let (department, drawID) = try cancelledOrder(of: departments, on: day) {
                throw OrderError.cancelledToday(department, drawID)
            }
            var policy = pool.policy
            policy.targetsPerDraw = departments.count
            let draw = try store.commit(
                try commitment(
                    pool: pool.name, day: day, kind: .targeted, policy: policy, stored: stored,
                    fixedTargets: departments, orderedBy: actor, orderReason: reason, visit: visit ?? pool.visit,
                    orderCategory: category),
                at: now)
            try store.setVisitMode(visit ?? pool.visit, drawID: draw.id)
            try fault("draw.committed")
            try journalCommitment(draw, config: config, now: now)
            try fault("draw.journaled")
            try complete(draw)
            guard let completed = try store.draw(id: draw.id), completed.state == .completed else {
                throw OrderError.notCompleted(draw.id)
            }
            try reveal(completed, config: config, local: local, now: now, filesMayFail: true)
            try store.checkIdentity()
            return try store.draw(id: draw.id) ?? completed
        }
    }

    public enum OrderError: Error, Equatable, CustomStringConvertible {
        case unknownPool(String)
        case unknownDepartment(String)
        case badTargets
        case noRoster
        case notCompleted(Int64)
        case unrevealedDraw(Int64, String)
        case outsidePhase(String, String)
        case closedDepartment(String)
        case cancelledToday(String, Int64)

        public var description: String {
            switch self {
            case .unknownPool(let name): "no pool '\(name)' is configured"
            case .unknownDepartment(let id): "no department '\(id)' in the roster"
            case .badTargets: "name one or more departments, each once"
            case .noRoster: "no roster is loaded"
            case .notCompleted(let id): "draw \(id) could not be computed; the journal says why"
            case .unrevealedDraw(let id, let pool):
                "draw \(id) of pool \(pool) today is not revealed yet; order again after its reveal time"
            case .closedDepartment(let id):
                "department '\(id)' is closed; reopen it first (spotcheck departments reopen \(id))"
            case .cancelledToday(let id, let draw):
                "department '\(id)' was ordered today and the order (draw \(draw)) cancelled; it cannot be ordered again before tomorrow"
            case .outsidePhase(let pool, let phase):
                "the campaign is in \(phase), in which pool \(pool) does not draw (supervision unless the pool's `phases` names others)"
            }
        }
    }

    // MARK: Steps

    /// Commits a fresh seed and the snapshot, then computes and stores the result.
    func drawScheduled(pool: DaemonConfig.Pool, day: Day, now: Date, config: DaemonConfig) throws {
        guard let stored = try store.currentRoster() else {
            events.emit(
                .drawFailed, "pool \(pool.name) cannot be drawn on \(day): no roster is loaded",
                ["POOL": pool.name, "DATE": day.description])
            return
        }
        // A public commitment for this pool and day that the store does not know: the database
        // was restored from an older copy. Drawing again would publish a second draw of the day.
        let published = "\(config.paths.publicRecords)/\(day)/\(pool.name)/commitment.json"
        if FileManager.default.fileExists(atPath: published) {
            throw StoreError.databaseRolledBack(
                path: store.path ?? "",
                evidence: "\(published) exists, but the store has no draw of pool \(pool.name) on \(day)")
        }
        let commitment: Store.Commitment
        do {
            commitment = try self.commitment(
                pool: pool.name, day: day, kind: .scheduled, policy: pool.policy, stored: stored,
                weights: try ledgerWeights(policy: pool.policy, day: day, config: config), visit: pool.visit)
        } catch let refusal as DrawInputRefusal {
            return noteRefusedScheduledDraw(refusal)  // RecheckSafety.swift
        }
        let draw: StoredDraw
        do {
            draw = try store.commit(commitment, at: now)
        } catch StoreError.alreadyDrawn {
            return
        }
        try store.setVisitMode(pool.visit, drawID: draw.id)
        _ = try hiddenSlot(of: draw)  // links a complaint's request to the draw carrying it
        try fault("draw.committed")
        try journalCommitment(draw, config: config, now: now)
        try fault("draw.journaled")
        try complete(draw)
    }

    /// Everything a draw commits to before its result exists: a fresh seed, the roster snapshot
    /// (the roster version, earlier days' inspections and the day so far), the policy and the
    /// previous record's hash, with the core's commitment value over them.
    func commitment(
        pool: String, day: Day, kind: StoredDraw.Kind, policy: Policy, stored: StoredRoster,
        fixedTargets: [String]? = nil, orderedBy: String? = nil, orderReason: String? = nil, seed given: Seed? = nil,
        weights: LedgerWeights? = nil, visit: VisitMode? = nil, orderCategory: OrderCategory? = nil
    ) throws -> Store.Commitment {
        var roster = try stored.roster()
        if let weights { roster = weights.applied(to: roster) }
        roster.history += try pastInspections(before: day).map(Self.history)
        roster = try daySoFar(on: day).roster(roster)
        roster = try publishedSnapshot(roster, day: day, policy: policy)  // PublishedSnapshot.swift
        // The snapshot must read back as the draw will read it before a seed is committed to
        // it: a draw committed to an unreadable snapshot could never complete.
        let snapshotHistory = RosterWriter.write(roster).history
        var snapshotFiles = stored.files
        snapshotFiles.history = snapshotHistory
        _ = try RosterParser.parse(snapshotFiles.named(in: "snapshot of pool \(pool) on \(day)"))
        let seed = try given ?? seeds()
        let head = try store.lastRecordHash()
        // An order is a link of the chain of its own, just before its draw.
        let reasonSalt = try fixedTargets.map { _ in try KernelRandom.seed().bytes }  // OrderReasons.swift
        let order = fixedTargets.map {
            Self.orderEntry(
                pool: pool, day: day, departments: $0, category: orderCategory ?? .other, reason: orderReason ?? "",
                reasonSalt: reasonSalt ?? [], seed: seed, head: head)
        }
        // A complaint-driven slot hidden in a scheduled draw (HiddenSlotRequests.swift).
        let hidden =
            kind == .scheduled && fixedTargets == nil
            ? try hiddenSlotForScheduledDraw(
                pool: pool, day: day, roster: roster, policy: policy, seed: seed, previousRecordHash: head) : nil
        let input = DrawInput(
            roster: roster, policy: policy, date: day, pool: pool, seed: seed, fixedTargets: fixedTargets,
            previousRecordHash: order?.hash ?? head, hidden: hidden, visit: visit?.rawValue)
        try Self.checkBeforeCommit(input)  // RecheckSafety.swift
        // The ledger summary the weights came from, kept by the snapshot it went into.
        if let weights { try noteLedgerWeights(weights, snapshotHash: input.commitment.snapshotHash) }
        var stored = Store.Commitment(
            pool: pool, date: day, kind: kind, seed: seed, snapshotHash: input.commitment.snapshotHash,
            previousRecordHash: input.previousRecordHash, rosterVersionID: stored.id, policy: policy,
            fixedTargets: fixedTargets, orderedBy: orderedBy, orderReason: orderReason,
            snapshotHistory: snapshotHistory, commitment: input.commitment.canonicalJSON,
            orderEntry: order.map { ($0.canonicalJSON, $0.hash) })
        stored.orderReasonSalt = order?.reasonCommitment == nil ? nil : reasonSalt
        return stored
    }

    /// The day so far, as the core defines it: the day's completed draws in order, each issued
    /// with its teams as drawn, then its replacements.
    public func daySoFar(on day: Day, revealedOnly: Bool = false) throws -> DaySoFar {
        var result = DaySoFar(date: day)
        for draw in try store.draws(on: day) where draw.state == .completed {
            guard !revealedOnly || draw.revealedAt != nil, let record = try draw.decodedRecord() else { continue }
            try result.issue(draw: String(draw.id), record: record)
            for replacement in try store.replacements(drawID: draw.id) {
                try result.apply(Self.entry(replacement))
            }
        }
        return result
    }

    static func entry(_ replacement: Replacement) -> DaySoFar.Replacement {
        let formatter = ISO8601DateFormatter()
        return DaySoFar.Replacement(
            draw: String(replacement.drawID), department: replacement.department,
            outgoing: replacement.oldInspector, incoming: replacement.newInspector, reason: replacement.reason,
            at: formatter.string(from: replacement.at))
    }

    /// The roster snapshot a draw committed to, rebuilt byte for byte from its roster version and
    /// the history it stored; for draws stored before the history was kept, from the tables.
    func committedRoster(_ draw: StoredDraw) throws -> Roster? {
        guard let versionID = draw.rosterVersionID, let version = try store.rosterVersion(id: versionID) else {
            return nil
        }
        guard let history = draw.snapshotHistory else {
            var roster = try version.roster()
            roster.history += try store.assignments(before: draw.id).map(Self.history)
            return roster
        }
        var files = version.files
        files.history = history
        return try committedSnapshot(
            try ledgerWeighted(try RosterParser.parse(files.named(in: "draw-\(draw.id)")), draw: draw), draw: draw)
    }

    /// The public folder of a draw: `PUBLIC/DATE/POOL`, or `PUBLIC/DATE/POOL-ordered-ID`.
    static func publicFolder(_ draw: StoredDraw, config: DaemonConfig) -> String {
        let name = draw.kind == .scheduled ? draw.pool : "\(draw.pool)-ordered-\(draw.id)"
        return "\(config.paths.publicRecords)/\(draw.date)/\(name)"
    }

    /// Journals a stored commitment and records that it is journaled. A crash between the two
    /// journals it once more at the next start: the entries are identical.
    func journalCommitment(_ draw: StoredDraw, config: DaemonConfig, now: Date) throws {
        // The commitment is public at once, before the result exists: hashes and names only.
        if let commitment = draw.commitment {
            let folder = Self.publicFolder(draw, config: config)
            for path in [config.paths.publicRecords, "\(config.paths.publicRecords)/\(draw.date)", folder] {
                try Folder.make(path, mode: 0o755)
            }
            // Another commitment already public at this place: the store was rolled back.
            let path = "\(folder)/commitment.json"
            if let existing = FileManager.default.contents(atPath: path), Array(existing) != commitment {
                throw StoreError.databaseRolledBack(
                    path: store.path ?? "", evidence: "\(path) holds another commitment than draw \(draw.id)")
            }
            try AtomicFile.write(commitment, to: path, mode: 0o644)
            try publishVisitMode(draw, folder: folder)  // VisitRecord.swift
        }
        var fields = [
            "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id),
            "SEED_SHA256": draw.seedHash ?? "", "SNAPSHOT_SHA256": draw.snapshotHash ?? "",
            "PREVIOUS_RECORD_SHA256": draw.previousRecordHash ?? "",
            "POLICY_SHA256": draw.policy?.hash ?? "",
        ]
        let message: String
        if draw.kind == .targeted {
            fields["ORDERED_BY"] = draw.orderedBy ?? ""
            fields["REASON"] = draw.orderReason ?? ""
            message =
                "targeted inspection ordered by \(draw.orderedBy ?? "unknown") for pool \(draw.pool) on \(draw.date): seed committed (SHA-256 \(draw.seedHash ?? ""))"
        } else {
            message =
                "pool \(draw.pool) on \(draw.date): seed committed (SHA-256 \(draw.seedHash ?? "")) before the result is computed"
        }
        events.emit(.drawCommitted, message, fields)
        try store.markJournaled(drawID: draw.id, at: now)
    }

    /// Journals what a crash kept from the journal: stored commitments and replacements.
    func journalPending(config: DaemonConfig) throws {
        for draw in try store.unjournaledDraws() {
            try journalCommitment(draw, config: config, now: Date())
        }
        for replacement in try store.unjournaledReplacements() {
            guard let draw = try store.draw(id: replacement.drawID) else { continue }
            try journalReplacement(replacement, draw: draw)
        }
    }

    /// Start-up repairs after a crash: the temporary files of an interrupted write go, and every
    /// task file of a revealed draw of the last 31 days is written again from the store, so that
    /// files and store agree whatever step a crash interrupted.
    func recover(today: Day, config: DaemonConfig, local: LocalTime) throws {
        for folder in [config.paths.tasks, config.paths.publicRecords] {
            let removed = LeftoverFiles.removeTemporaries(under: folder)
            if !removed.isEmpty {
                logger.notice("removed \(removed.count) temporary file(s) left by an interrupted write under \(folder)")
            }
        }
        let days = Set(
            try store.draws().filter { $0.revealedAt != nil && $0.date >= today.adding(days: -31) }.map(\.date))
        for day in days.sorted() {
            // A day that cannot be written now is repaired by the periodic check.
            do {
                try writeDay(day, including: nil, revealedAt: nil, config: config, local: local, step: "restore")
            } catch is TaskFileError {}
        }
    }

    /// Gives every login of the current roster its task folder, once per roster version.
    func prepareTaskFolders(config: DaemonConfig) throws {
        guard let stored = try store.currentRoster(), preparedRoster.withLock({ $0 }) != stored.id else { return }
        let warnings = try TaskWriter(directory: config.paths.tasks).prepare(
            logins: try stored.roster().inspectors.map(\.login))
        if let message = TaskAccessWarning.folders(warnings) { logger.warning("\(message)") }
        preparedRoster.withLock { $0 = stored.id }
    }

    /// Computes a committed draw from its stored seed and snapshot and stores the result.
    func complete(_ draw: StoredDraw) throws {
        guard let seed = draw.seed, let policy = draw.policy, let roster = try committedRoster(draw) else { return }
        guard roster.snapshotHash(seed: seed) == draw.snapshotHash else {
            events.emit(
                .drawFailed,
                "draw \(draw.id) cannot be completed: its roster snapshot no longer hashes to the committed value",
                ["POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id)])
            return
        }
        let record: DrawRecord
        do {
            var input = DrawInput(
                roster: roster, policy: policy, date: draw.date, pool: draw.pool, seed: seed,
                fixedTargets: draw.fixedTargets, previousRecordHash: draw.previousRecordHash,
                hidden: try hiddenSlot(of: draw), visit: Self.committedVisit(draw))
            input.algorithm = Self.committedAlgorithm(draw)  // CommittedAlgorithm.swift
            record = try SpotcheckCore.draw(input)
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
        try fault("draw.completed")
        let replaced = record.picks.filter { $0.outcome != .target }.count
        // Counts only: nothing here may name a target before the reveal time, nor the record's
        // hash (journaled with the seed at the reveal, RECORD_SHA256).
        events.emit(
            .drawCompleted,
            "pool \(draw.pool) on \(draw.date): \(record.teams.count) teams drawn, \(replaced) picks replaced, shortfall \(record.shortfall)",
            [
                "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id),
                "TEAMS": String(record.teams.count), "REPLACED": String(replaced),
                "SHORTFALL": String(record.shortfall),
            ])
    }

    /// Writes the task files of a draw and journals each assignment.
    func reveal(
        _ draw: StoredDraw, config: DaemonConfig, local: LocalTime, now: Date, filesMayFail: Bool = false
    ) throws {
        guard let record = try draw.decodedRecord() else { return }
        try rebindLogins(draw, now: now)  // RevealLogins.swift
        try recheckAtReveal(draw, config: config, now: now)  // EngineRecheck.swift
        let assignments = try store.assignments(drawID: draw.id)
        do {
            try writeDay(draw.date, including: draw.id, revealedAt: now, config: config, local: local, step: "reveal")
        } catch is TaskFileError where filesMayFail {
            // An order stands once drawn: the periodic check writes the files (degraded meanwhile).
        }
        try fault("reveal.written")
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
        try fault("reveal.journaled")
        try store.markRevealed(drawID: draw.id, at: now)
        try recheckRevealed(besides: draw, config: config, now: now)  // DayRecheck.swift
    }

    /// Journals the seed and writes everything the independent verifier needs.
    func publish(_ draw: StoredDraw, config: DaemonConfig, now: Date) throws {
        guard let seed = draw.seed, let record = draw.record, let roster = try committedRoster(draw),
            let policy = draw.policy
        else { return }
        let folder = Self.publicFolder(draw, config: config)
        for path in [
            config.paths.publicRecords, "\(config.paths.publicRecords)/\(draw.date)", folder, "\(folder)/roster",
        ] {
            try Folder.make(path, mode: 0o755)
        }
        let files = Self.publicRosterFiles(roster)
        try AtomicFile.write(files.departments, to: "\(folder)/roster/departments.csv", mode: 0o644)
        try AtomicFile.write(files.inspectors, to: "\(folder)/roster/inspectors.csv", mode: 0o644)
        try fault("publish.partial")
        try AtomicFile.write(files.conflicts, to: "\(folder)/roster/conflicts.csv", mode: 0o644)
        try writeConflictSalts(config: config)
        try writeOrderReasons(config: config)  // OrderReasons.swift
        try AtomicFile.write(files.history, to: "\(folder)/roster/history.csv", mode: 0o644)
        try AtomicFile.write(Array(policy.canonicalText.utf8), to: "\(folder)/policy.txt", mode: 0o644)
        if let commitment = draw.commitment {
            try AtomicFile.write(commitment, to: "\(folder)/commitment.json", mode: 0o644)
        }
        try publishVisitMode(draw, folder: folder)  // VisitRecord.swift
        // What went: the replacements made to the teams and the order, as chained.
        try publishChainEntries(draw, folder: folder)
        try AtomicFile.write(Array((seed.hex + "\n").utf8), to: "\(folder)/seed.hex", mode: 0o644)
        if let policy = draw.policy {
            // The committed policy, as the verifiers read it (docs/draw-algorithm.md §1).
            try AtomicFile.write(Array(policy.canonicalText.utf8), to: "\(folder)/policy.txt", mode: 0o644)
        }
        try publishLedgerSample(draw, folder: folder)
        try AtomicFile.write(record, to: "\(folder)/record.json", mode: 0o644)
        try fault("publish.written")
        events.emit(
            .seedRevealed, "pool \(draw.pool) on \(draw.date): seed revealed, public record in \(folder)",
            [
                "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id), "SEED": seed.hex,
                "SEED_SHA256": seed.commitment, "RECORD_SHA256": draw.recordHash ?? "", "PUBLIC_RECORD": folder,
            ])
        try fault("publish.journaled")
        try store.markPublished(drawID: draw.id, at: now)
    }

    /// The conflicts file as published: a declared reason is personal, so the public file holds
    /// its SHA-256 (lowercase hex of the UTF-8 bytes) in a `reason_sha256` column instead.
    static func publicConflicts(_ roster: Roster) -> [UInt8] {
        func quote(_ field: String) -> String {
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacing("\"", with: "\"\"") + "\""
        }
        let rows = roster.conflicts.map {
            [$0.inspector, $0.department, sha256Hex(Array($0.reason.utf8)), $0.until?.description ?? ""]
        }
        .sorted { $0.joined(separator: "\t").utf8.lexicographicallyPrecedes($1.joined(separator: "\t").utf8) }
        var text = "inspector,department,reason_sha256,until\n"
        for row in rows { text += row.map(quote).joined(separator: ",") + "\n" }
        return Array(text.utf8)
    }

    /// Makes the day's task files, and those of any day whose writing failed, equal the store
    /// again: when a file was removed, edited or left half-written, the day's files are written
    /// anew (all of them, see `writeDay`). A day that still cannot be written stays degraded
    /// until the next check.
    func restoreTaskFiles(on day: Day, config: DaemonConfig, local: LocalTime) throws {
        for day in Set(taskFiles.pendingDays + [day]).sorted()
        where try !store.revealedAssignments(on: day).isEmpty {
            do {
                try writeDay(day, including: nil, revealedAt: nil, config: config, local: local, step: "restore")
            } catch is TaskFileError {}
        }
    }

    func currentLogins() throws -> [String] {
        try store.currentRoster().map { try $0.roster().inspectors.map(\.login) } ?? []
    }

    /// Writes the day's file of every login (of the roster, and of the day's revealed
    /// assignments), with all its revealed assignments of the day plus those of the draw being
    /// revealed now; logins without any get a file with none. Then sets every folder's times
    /// alike, so that nothing outside the folders tells whose files hold an inspection.
    func writeDay(
        _ day: Day, including drawID: Int64?, revealedAt: Date?, config: DaemonConfig, local: LocalTime, step: String
    ) throws {
        try rebindDay(day, including: drawID, now: Date())  // RevealLogins.swift
        let draws = Dictionary(uniqueKeysWithValues: try store.draws(on: day).map { ($0.id, $0) })
        var records: [Int64: DrawRecord] = [:]
        let writer = TaskWriter(directory: config.paths.tasks)
        var warnings: [String: [String]] = [:]  // warning → logins
        var all = try store.revealedAssignments(on: day)
        if let drawID { all += try store.assignments(drawID: drawID) }
        let roster = try store.currentRoster()?.roster()
        let people = Dictionary(
            (roster?.inspectors ?? []).map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        // Every folder there is, too: a login removed from the roster keeps its folder, and
        // writing into it only when it holds an assignment would tell who was drawn. Folders
        // named like a day are the layout of earlier versions, not logins.
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: config.paths.tasks)) ?? []).filter {
            var isFolder: ObjCBool = false
            return Day(iso: $0) == nil && !$0.hasPrefix(".")
                && FileManager.default.fileExists(atPath: writer.folder(login: $0), isDirectory: &isFolder)
                && isFolder.boolValue
        }
        let logins = Set(people.keys).union(all.map(\.login)).union(folders).sorted()
        var files: [TaskFile] = []
        let withdrawals = try withdrawals(draws: draws)
        for login in logins {
            let found = try assignments(
                of: login, in: all, draws: draws, records: &records, revealedAt: revealedAt, config: config,
                local: local)
            let person =
                found?.0
                ?? TaskFile.Person(id: people[login]?.id ?? login, name: people[login]?.name ?? login, login: login)
            files.append(
                TaskFile(
                    schema: TaskFile.currentSchema, date: day, inspector: person,
                    assignments: try taskDetails(
                        found?.1 ?? [], login: login, inspector: people[login]?.id ?? found?.0.id, roster: roster,
                        withdrawals: withdrawals, draws: draws, records: &records, revealedAt: revealedAt,
                        config: config, local: local),
                    checklist: TaskFile.checklist))
        }
        // All or nothing: when every file already equals the store nothing is touched; when any
        // differs, every login's file is written again, so that which folders changed tells
        // nobody whose file did.
        let encoded = files.map { RecordCoding.encode($0) }
        guard zip(files, encoded).contains(where: { !writer.holds($1, date: day, login: $0.inspector.login) }) else {
            noteTaskFilesWritten(day)
            return
        }
        let notices = Notices.pending(step: step, files: files, encoded: encoded, writer: writer, day: day)
        for (index, (file, bytes)) in zip(files, encoded).enumerated() {
            do {
                if let warning = try writer.write(file, encode: { _ in bytes }) {
                    warnings[warning, default: []].append(file.inspector.login)
                }
            } catch {
                let failure = TaskFileError(day: day, login: file.inspector.login, underlying: "\(error)")
                noteTaskFileFailure(failure)
                throw failure
            }
            if index == 0 { try fault("\(step).partial") }
        }
        noteTaskFilesWritten(day)
        writer.settle(logins: logins, at: Date())
        Notices(settings: config.hooks, logger: logger).send(notices)
        for message in TaskAccessWarning.files(day: day.description, warnings) { logger.warning("\(message)") }
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
            // A newcomer by replacement is told then (ReplacementNotice.swift).
            let told = try toldAt(assignment, draw: draw, revealed: draw.revealedAt ?? revealedAt ?? Date())
            let report = ReportTime.instant(
                draw: draw.date, revealedAt: told, pool: pool, calendar: config.calendar.workCalendar, local: local)
            let picked = try handPicked(draw)
            assignments.append(
                TaskFile.Assignment(
                    drawID: draw.id, pool: draw.pool,
                    target: TaskFile.Place(id: team.department, name: team.departmentName), role: assignment.role,
                    team: team.members.map {
                        TaskFile.Member(
                            id: $0.inspector, name: $0.name, home: $0.home, role: $0.role.rawValue,
                            handPicked: picked.contains([team.department, $0.inspector]) ? true : nil)
                    },
                    reportTime: local.format(report),
                    revealedAt: local.format(told),
                    recordSHA256: draw.recordHash ?? "",
                    endTime: ReportTime.end(of: report, pool: pool, local: local).map(local.format),
                    visit: try visitMode(of: draw, pool: pool).rawValue,
                    check: try ledgerTaskCheck(drawID: draw.id, department: team.department)))
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
        return try withoutWithheld(draw, record)  // EngineRecheck.swift
    }

    // MARK: Replacing an inspector

    public enum ReplaceError: Error, Equatable, CustomStringConvertible {
        case noSuchDraw(Int64)
        case notRevealed(Int64)
        case dayOver(Int64)
        case notOnATeam(String, Int64)
        case notEligible(String, [String])
        case nobodyEligible(String)
        case unrevealedDraw(Int64, String)
        case cancelled(Int64)

        public var description: String {
            switch self {
            case .cancelled(let id): "draw \(id) was cancelled; its teams are withdrawn and nobody can join them"
            case .noSuchDraw(let id): "no completed draw \(id)"
            case .notRevealed(let id): "draw \(id) is not revealed yet; nothing has been issued to replace"
            case .dayOver(let id): "the day of draw \(id) is over and its record is published"
            case .notOnATeam(let inspector, let id): "\(inspector) is on no team of draw \(id)"
            case .notEligible(let inspector, let reasons):
                "\(inspector) may not take the place: " + reasons.joined(separator: "; ")
            case .nobodyEligible(let department):
                "no inspector can take the place on the team for \(department) under every rule"
            case .unrevealedDraw(let id, let pool):
                "draw \(id) of pool \(pool) that day is not revealed yet; replace after its reveal time"
            }
        }
    }

    /// Replaces an inspector on an issued team (illness and the like) with one who meets every
    /// rule the draw had to meet: recusal, daily cap and the reciprocal ban against the whole
    /// day's round, and the team's lead, skills and home departments. Without `requested`, the
    /// replacement is the rule's choice (docs/draw-algorithm.md §5), published as such; a
    /// `requested` inspector is published as hand-picked. Task files of everyone concerned are rewritten.
    public func replace(
        drawID: Int64, inspector: String, with requested: String?, reason: String, actor: String, now: Date,
        config: DaemonConfig, department: String? = nil
    ) throws -> Replacement {
        try serial.withLock { _ in
            try replaceHeld(
                drawID: drawID, inspector: inspector, with: requested, reason: reason, actor: actor, now: now,
                config: config, atReveal: false, department: department)
        }
    }

    /// `replace` with the engine's lock held; `atReveal` is the daemon's own replacement of a
    /// member the current roster forbids, made while the draw is being revealed (EngineRecheck.swift).
    func replaceHeld(
        drawID: Int64, inspector: String, with requested: String?, reason: String, actor: String, now: Date,
        config: DaemonConfig, atReveal: Bool, department: String? = nil
    ) throws -> Replacement {
        do {
            try store.checkIdentity()
            guard let draw = try store.draw(id: drawID), draw.state == .completed,
                let original = try draw.decodedRecord()
            else { throw ReplaceError.noSuchDraw(drawID) }
            guard atReveal || draw.revealedAt != nil else { throw ReplaceError.notRevealed(drawID) }
            guard draw.publishedAt == nil else { throw ReplaceError.dayOver(drawID) }
            guard try store.cancellation(drawID: drawID) == nil else { throw ReplaceError.cancelled(drawID) }
            // The newcomer is checked against the whole day's round; with a team of the day not
            // yet revealed, a refusal (or a hand choice made) would tell who is on it. The
            // daemon's own rule choice for a member the roster now forbids is made at once, the
            // one the last reveal would make: its order is keyed by the record's hash, secret
            // until the day is published (docs/draw-algorithm.md §5).
            if !atReveal, actor != Self.daemonActor || requested != nil,
                let hidden = try store.draws(on: draw.date).first(where: {
                    $0.state != .missed && $0.revealedAt == nil
                })
            {
                throw ReplaceError.unrevealedDraw(hidden.id, hidden.pool)
            }
            let record = try currentTeams(draw, original)
            // The team for `department`, or the inspector's only one (ReplaceTeamChoice.swift).
            let team = try Self.teamToLeave(record, inspector: inspector, department: department, drawID: drawID)
            let leaving = team.members.first { $0.inspector == inspector }!
            guard let stored = try store.currentRoster() else { throw ReplaceError.nobodyEligible(team.department) }
            var roster = try withPendingConflicts(try stored.roster())
            // Earlier days' inspections count for rotation; the day's own load comes from the round.
            roster.history += try pastInspections(before: draw.date).map(Self.history)
            let policy = draw.policy ?? Policy()
            // The replacement must also hold in the draw's own committed context, where the
            // verifiers check it (docs/draw-algorithm.md): the snapshot it committed to and its teams.
            let committed = try committedRoster(draw)
            let earlier = try store.replacements(drawID: draw.id).map(Self.entry)
            // Today's checks on the day so far (ReplacementSeatCheck.swift).
            let check = try seatCheck(
                draw, original, team: team, leaving: leaving, seat: inspector, roster: roster,
                day: try daySoFar(on: draw.date), reason: reason, committed: committed, earlier: earlier,
                policy: policy)
            let people = check.people
            // A finding's finder never verifies nor re-checks it (LedgerDraws.swift).
            let foundIt = try foundWhatTheyVerify(drawID: draw.id, department: team.department)
            let problems = { (id: String) in check.problems(id) + foundIt(id) }

            let chosen: Inspector
            var passedOver: [String] = []
            if let requested {
                let found = problems(requested)
                guard found.isEmpty, let person = people[requested] else {
                    throw ReplaceError.notEligible(requested, found)
                }
                chosen = person
            } else if let committed {
                // The rule (ReplacementRule.swift), recomputable from the published folder; its
                // choice must also pass today's checks, or a coordinator names someone (hand-picked).
                let rule = try ruleChoice(
                    draw, original, earlier, team.department, inspector, reason, committed, policy, today: problems)
                guard let person = people[rule.id] else { throw ReplaceError.nobodyEligible(team.department) }
                chosen = person
                passedOver = rule.passedOver
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

            // A choice the roster and the day as they were at the reveal would not give: the
            // coordinator's (PassOverEdits.swift). The daemon's own re-check stays the rule's.
            var edited = false
            if requested == nil, let committed, actor != Self.daemonActor {
                edited = try steeredSinceReveal(
                    draw, original, team: team, leaving: leaving, chosen: chosen.id, reason: reason,
                    committed: committed, policy: policy)
            }
            let replacement = Replacement(
                drawID: draw.id, department: team.department, oldInspector: inspector, newInspector: chosen.id,
                newName: chosen.name, newHome: chosen.home, role: leaving.role.rawValue, reason: reason, actor: actor,
                at: now)
            let id = try store.replace(
                replacement, newLogin: chosen.login,
                chainEntry: Self.replacementEntry(
                    replacement, draw: draw, index: earlier.count,
                    chosenBy: requested == nil && committed != nil && !edited ? .rule : .coordinator,
                    passedOver: edited ? [] : passedOver))
            try fault("replace.stored")
            var made = replacement
            made.id = id
            try journalReplacement(made, draw: draw)
            try fault("replace.journaled")
            // Everyone on the team gets the new line-up; the one who left has no assignment left.
            let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
            // Stored and journaled, the replacement stands; files that cannot be written now are
            // written by the periodic check, and the status says so meanwhile.
            if !atReveal {
                do {
                    try writeDay(
                        draw.date, including: nil, revealedAt: nil, config: config, local: local, step: "replace")
                } catch is TaskFileError {}
            }
            try store.checkIdentity()
            return made
        }
    }

    /// Journals a stored replacement and records that it is journaled.
    func journalReplacement(_ replacement: Replacement, draw: StoredDraw) throws {
        events.emit(
            .inspectorReplaced,
            "\(replacement.newInspector) replaces \(replacement.oldInspector) (\(replacement.role)) on the team for \(replacement.department) on \(draw.date): \(replacement.reason)",
            [
                "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id),
                "DEPARTMENT": replacement.department,
                "OLD_INSPECTOR": replacement.oldInspector, "NEW_INSPECTOR": replacement.newInspector,
                "ROLE": replacement.role, "REASON": replacement.reason, "ACTOR": replacement.actor,
            ])
        if let id = replacement.id { try store.markReplacementJournaled(id: id, at: Date()) }
    }

    // MARK: Eligibility questions

    /// The answer to "why may this inspector not inspect this department on `date`", from what
    /// has been revealed only: earlier days' revealed inspections as history, and the date's
    /// revealed teams (replacements applied) as the round, which counts the day's load once and
    /// adds the reciprocal ban. Draws stored but not revealed yet play no part, so the answers
    /// are the same as if they had not been drawn. The policy is that of the first configured
    /// pool the department belongs to.
    public func eligibility(
        roster: Roster, rosterID: Int64, department: String, date: Day, config: DaemonConfig
    ) throws -> Eligibility {
        let pools = roster.departments.first { $0.id == department }?.pools ?? []
        let policy = (config.pools.first { pools.contains($0.name) } ?? config.pools.first)?.policy ?? Policy()
        // Answers change only when something is revealed or replaced, or the roster or policy
        // changes: keep the last few, so that questions in bulk cost little.
        // A cancelled order counts for nobody's rotation (PastInspections.swift), as in the draw.
        let cancelled = try store.cancellations()
        let key = EligibilityKey(
            rosterID: rosterID, date: date, policy: policy,
            revealed: try store.revealedRevision() + "/" + pendingConflictsKey() + "/"
                + cancelled.keys.sorted().map(String.init).joined(separator: ",") + "/"
                + "\(try store.currentContacts().sorted { $0.key < $1.key })")  // a change of contacts alone
        if let cached = eligibilities.withLock({ $0[key] }) { return cached }
        var roster = try withPendingConflicts(roster)
        let revealed = try store.draws().filter {
            $0.state == .completed && $0.revealedAt != nil && $0.date < date && cancelled[$0.id] == nil
        }
        for draw in revealed {
            roster.history += try store.assignments(drawID: draw.id).map(Self.history)
        }
        // The day so far (the core's one definition), revealed draws only.
        let round = try daySoFar(on: date, revealedOnly: true).round(in: roster)
        let eligibility = try Eligibility(roster: roster, policy: policy, date: date, round: round)
        eligibilities.withLock { cache in
            if cache.count >= 16 { cache.removeAll() }
            cache[key] = eligibility
        }
        return eligibility
    }

    struct EligibilityKey: Hashable {
        var rosterID: Int64
        var date: Day
        var policy: Policy
        var revealed: String
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
