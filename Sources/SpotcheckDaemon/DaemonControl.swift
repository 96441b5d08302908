import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
public import SpotcheckStore
import Synchronization

/// What the scheduler last said comes next, for `GetStatus`.
public final class StatusBox: Sendable {
    private let value = Mutex<String?>(nil)

    public init() {}

    public var next: String? {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

/// The parsed current roster, kept until the stored version changes.
final class RosterCache: Sendable {
    private let value = Mutex<(id: Int64, roster: Roster)?>(nil)

    func roster(_ stored: StoredRoster) throws -> Roster {
        if let cached = value.withLock({ $0 }), cached.id == stored.id { return cached.roster }
        let roster = try stored.roster()
        value.withLock { $0 = (stored.id, roster) }
        return roster
    }
}

/// The daemon's answers on the control socket.
public struct DaemonControl: ControlHandler {
    let cache = RosterCache()
    let store: Store
    let engine: Engine
    let configuration: ConfigurationBox
    let status: StatusBox
    let events: EventLog
    /// The clock against the newest entry (ClockWatch.swift); nil in tests that do not ask.
    let clock: ClockWatch?

    public init(
        store: Store, engine: Engine, configuration: ConfigurationBox, status: StatusBox, events: EventLog,
        clock: ClockWatch? = nil
    ) {
        self.store = store
        self.engine = engine
        self.configuration = configuration
        self.status = status
        self.events = events
        self.clock = clock
    }

    public func handle(_ request: [UInt8], from caller: Caller) -> [UInt8]? {
        let call: Varlink.Call
        do {
            call = try Varlink.decode(Varlink.Call.self, from: request)
        } catch {
            return Varlink.encode(Varlink.Failure.invalidParameter("method"))
        }
        // A clock set back behind the newest entry: no change is dated before it (ClockWatch.swift).
        let changes = !ClockWatch.readOnly.contains(call.method)
        if changes, let refused = clock?.refusal() { return call.oneway == true ? nil : Varlink.encode(refused) }
        defer { if changes { clock?.noteWrites() } }
        let reply: [UInt8]
        do {
            reply = try answer(call.method, request, caller)
            if changes { engine.stateWrites.written(events: events) }
        } catch let failure as Varlink.Failure {
            reply = Varlink.encode(failure)
        } catch is DecodingError {
            reply = Varlink.encode(Varlink.Failure.invalidParameter("parameters"))
        } catch {
            let path = store.path ?? "(in memory)"
            // A database spotcheckd can no longer write: journalled once, degraded in the status.
            if let reason = StorageFailure.unwritable(error, path: path) {
                engine.stateWrites.failed(path: path, reason: reason, events: events)
            }
            let message = StorageFailure.message(error, path: store.path) ?? "\(error)"
            reply = Varlink.encode(Varlink.Failure("io.spotcheck.InternalError", ["message": .string(message)]))
        }
        return call.oneway == true ? nil : reply
    }

    private func parameters<T: Codable & Sendable>(_ type: T.Type, _ request: [UInt8]) throws -> T {
        try callParameters(type, request)
    }

    private func reply<T: Codable & Sendable>(_ value: T) -> [UInt8] { encodedReply(value) }

    /// The status's next event, told at once (not at the next tick) that the state database
    /// cannot be written when a change has just found so.
    private func withStateHealth(_ next: String?) -> String? {
        guard let summary = engine.stateWrites.summary else { return next }
        guard let next else { return summary }
        return next.contains(summary) ? next : "\(summary); next: \(next)"
    }

    /// Refuses a call the caller's role does not allow, and journals the refusal.
    private func require(_ allowed: Bool, _ method: String, _ caller: Caller) throws {
        guard allowed else {
            events.refused(method, caller)
            throw Varlink.Failure.permissionDenied(method, uid: caller.uid)
        }
    }

    /// Validates the files whole, then stores them as the new roster with an audit entry per
    /// changed row (before and after) and a journal entry naming the caller.
    private func importRoster(_ request: ControlMessages.ImportParameters, caller: Caller) throws -> [UInt8] {
        // Check, diff and store as one step (RosterEdits.swift).
        try RosterEdits.serialised { try importRosterNow(request, caller: caller) }
    }

    private func importRosterNow(_ request: ControlMessages.ImportParameters, caller: Caller) throws -> [UInt8] {
        let files = RosterFiles(
            departments: .init(name: "departments.csv", bytes: Array(request.files.departments.utf8)),
            inspectors: .init(name: "inspectors.csv", bytes: Array(request.files.inspectors.utf8)),
            conflicts: .init(name: "conflicts.csv", bytes: Array(request.files.conflicts.utf8)),
            history: .init(name: "history.csv", bytes: Array(request.files.history.utf8)))
        let effective = try EffectiveRoster.current(store, cache: cache)
        let current = effective?.stored
        if let base = request.baseSha256, let current, base != current.snapshotHash {
            throw Varlink.Failure("io.spotcheck.RosterChanged", ["current_sha256": .string(current.snapshotHash)])
        }
        if let base = request.baseRosterSha256, let effective, base != effective.version {
            throw Varlink.Failure(
                "io.spotcheck.RosterChanged", ["current_sha256": .string(effective.stored.snapshotHash)])
        }
        var roster: Roster
        // The ledger's draw pool is no department's pool (RosterLedgerPool.swift).
        let drawPool = configuration.current.ledger.draws.pool
        var problems = RosterLedgerPool.problems(
            files.departments, drawPool: drawPool,
            listedBefore: Set(RosterLedgerPool.listing(effective?.roster, drawPool: drawPool)))
        do {
            roster = try RosterParser.parseInput(files)
        } catch {
            problems = RosterLedgerPool.merged(error.errors, problems)
            roster = Roster(departments: [], inspectors: [])
        }
        if !problems.isEmpty {
            return Varlink.encode(
                Varlink.Reply(
                    parameters: ControlMessages.Rejected(
                        problems: problems.map {
                            ControlMessages.Problem(
                                file: $0.file, line: $0.line, column: $0.column, field: $0.field, message: $0.message)
                        }), error: "io.spotcheck.RosterRejected"))
        }
        // The daemon's own records stay whole (RosterRecordGuard.swift).
        let zone = TimeZone(identifier: configuration.current.calendar.timeZone) ?? .current
        // A transfer leaves its former post, which no edit removes or backdates (HomeChanges.swift).
        let kept = HomeChanges.problems(
            new: roster, old: effective?.roster, today: LocalTime(zone: zone).day(of: Date()),
            windowDays: HomeChanges.windowDays(configuration.current), lines: HomeChanges.lines(files.inspectors.bytes))
        roster = HomeChanges.recordFormerPosts(
            new: roster, old: effective?.roster, today: LocalTime(zone: zone).day(of: Date()))
        let refusals =
            try kept
            + RosterRecordGuard.problems(
                new: roster, old: effective?.roster, store: store, today: LocalTime(zone: zone).day(of: Date()))
        if !refusals.isEmpty {
            return Varlink.encode(
                Varlink.Reply(
                    parameters: ControlMessages.Rejected(problems: refusals), error: "io.spotcheck.RosterRejected"))
        }
        let old = effective?.roster ?? Roster(departments: [], inspectors: [])
        // A department a pool's composition rule names is neither closed nor removed (CompositionRosterChecks.swift).
        let named =
            CompositionRosterChecks.editProblems(
                configuration.current, old: old, new: roster, departments: files.departments.bytes)
            + DrawSkillLimit.problems(configuration.current, roster: roster)  // RecheckSafety.swift
        if !named.isEmpty {
            return Varlink.encode(
                Varlink.Reply(
                    parameters: ControlMessages.Rejected(problems: named), error: "io.spotcheck.RosterRejected"))
        }
        let changes = RosterDiff.changes(from: old, to: roster)
        let actor = "uid \(caller.uid) (\(caller.login ?? "unknown"))"
        if !request.dryRun, !changes.isEmpty {
            // The roster and "kept through the socket from now on" in one transaction: a crash
            // can never leave the import stored but the CSV folder still in charge.
            try store.checkIdentity()
            let (version, _) = try store.saveRoster(
                roster, source: "control socket, \(actor)", actor: actor, at: Date(), changes: changes,
                socketManaged: true)
            try engine.fault("import.stored")
            try store.checkIdentity()
            // A transfer of a member of a told team re-checks the day's teams (TransferRecheck.swift);
            // the edit is stored either way, and a re-check that fails here runs at the next round.
            _ = try? engine.recheckAfterTransfer(config: configuration.current, now: Date())
            // Told seats follow a changed login at once (RevealLogins.swift); a failure here is
            // made good at the day's next rewrite, as before.
            _ = try? engine.rebindAfterRosterEdit(config: configuration.current, now: Date())
            events.emit(
                .rosterLoaded,
                "roster changed through the control socket by \(actor): \(changes.count) row(s); \(roster.departments.count) departments, \(roster.inspectors.count) inspectors",
                [
                    "ROSTER": "control socket", "SNAPSHOT_SHA256": version.snapshotHash, "UID": String(caller.uid),
                    "LOGIN": caller.login ?? "", "CHANGES": String(changes.count),
                    "DEPARTMENTS": String(roster.departments.count), "INSPECTORS": String(roster.inspectors.count),
                ])
            // Warnings the edit brings (CompositionRosterChecks.swift).
            CompositionRosterChecks.logNew(configuration.current, old: old, new: roster)
        }
        return reply(
            ControlMessages.ImportReply(
                changes: changes.map {
                    ControlMessages.Change(
                        kind: $0.kind, id: $0.id, action: $0.action.rawValue, before: $0.before, after: $0.after)
                },
                snapshotSha256: roster.snapshotHash, applied: !request.dryRun && !changes.isEmpty))
    }

    private func answer(_ method: String, _ request: [UInt8], _ caller: Caller) throws -> [UInt8] {
        let config = configuration.current
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        func day(_ text: String?) throws -> Day {
            guard let text else { return local.day(of: Date()) }
            guard let day = Day(iso: text) else {
                throw Varlink.Failure("io.spotcheck.InvalidDate", ["date": .string(text)])
            }
            return day
        }
        if method.hasPrefix(LedgerControl.prefix) {
            // A change is linked into the hash chain at once (EngineLinks.swift); a tick would too.
            defer { if clock?.behind() == nil { try? engine.linkChainEventsNow(config: config) } }
            let answer = try LedgerControl(
                store: store, events: events, config: config, caller: caller, local: local,
                departmentExists: { id in
                    try store.currentRoster().map(cache.roster)?.departments.contains { $0.id == id } ?? false
                },
                inspectorHome: { login in
                    try store.currentRoster().map(cache.roster)?.inspectors.first { $0.login == login }?.home
                }
            ).answer(method, request)
            // A visit's outcome goes into its task files (TaskCheckOutcome.swift).
            if method == LedgerControl.prefix + "RecordCheck" {
                engine.rewriteAfterVisitOutcome(request, config: config)
            }
            return answer
        }
        if method.hasPrefix(SelfInspectionControl.prefix) {
            return try SelfInspectionControl(
                store: store, engine: engine, events: events, config: config, clockBehind: clock?.behind() != nil
            ).answer(method, request, caller)
        }
        if DailyControl.handles(method) {
            return try DailyControl(
                store: store, engine: engine, cache: cache, events: events, config: config, local: local
            ).answer(method, request, caller)
        }
        if CampaignControl.handles(method) {
            return try CampaignControl(
                store: store, engine: engine, events: events, config: config, seal: IdentitySeal.fromCredentials()
            ).answer(method, request, caller)
        }
        switch method {
        case "org.varlink.service.GetInfo":
            return reply(
                Varlink.Info(
                    vendor: "Spotcheck", product: "spotcheckd", version: "0.1.0", url: "man:spotcheckd(8)",
                    interfaces: [Varlink.serviceInterface, Varlink.interfaceName, LedgerMessages.interfaceName]
                        + CampaignControl.interfaces + [SelfInspectionMessages.interfaceName]))

        case "org.varlink.service.GetInterfaceDescription":
            let name = try parameters(ControlMessages.InterfaceParameters.self, request).interface
            switch name {
            case Varlink.interfaceName:
                return reply(ControlMessages.InterfaceReply(description: Varlink.interfaceDescription))
            case Varlink.serviceInterface:
                return reply(ControlMessages.InterfaceReply(description: Varlink.serviceDescription))
            case LedgerMessages.interfaceName:
                return reply(ControlMessages.InterfaceReply(description: Varlink.ledgerInterfaceDescription))
            case SelfInspectionMessages.interfaceName:
                return reply(ControlMessages.InterfaceReply(description: Varlink.selfInspectionInterfaceDescription))
            default:
                guard let description = CampaignControl.description(of: name) else {
                    throw Varlink.Failure.interfaceNotFound(name)
                }
                return reply(ControlMessages.InterfaceReply(description: description))
            }

        case "io.spotcheck.GetStatus":
            let stored = try store.currentRoster()
            let roster = try stored.map(cache.roster)
            // An ordered inspection is not announced to users without a role the moment it is
            // ordered: they see the last scheduled draw.
            let last = try store.draws().last { caller.isCoordinator || caller.isAuditor || $0.kind != .targeted }
            let status = ControlMessages.Status(
                version: "0.1.0", next: withStateHealth(status.next),
                pools: config.pools.map { pool in
                    ControlMessages.Pool(
                        name: pool.name,
                        departments: roster?.departments.filter { $0.pools.contains(pool.name) }.count ?? 0,
                        targetsPerDay: pool.policy.targetsPerDraw, drawTime: pool.drawTime.description,
                        revealTime: pool.revealTime.description, dayEnd: pool.dayEnd.description,
                        weights: ControlMessages.PoolWeights(
                            base: pool.policy.baseWeight, approval: pool.policy.powerWeights.approval,
                            enforcement: pool.policy.powerWeights.enforcement,
                            fundAllocation: pool.policy.powerWeights.fundAllocation))
                },
                roster: stored.map {
                    ControlMessages.RosterSummary(
                        departments: roster?.departments.count ?? 0, inspectors: roster?.inspectors.count ?? 0,
                        snapshotSha256: $0.snapshotHash, loadedAt: local.format($0.loadedAt))
                },
                lastDraw: try last.map {
                    ControlMessages.DrawSummary(
                        id: $0.id, pool: $0.pool, date: $0.date.description, state: $0.state.rawValue,
                        teams: $0.revealedAt == nil ? nil : try $0.decodedRecord()?.teams.count,
                        revealed: $0.revealedAt != nil, published: $0.publishedAt != nil)
                },
                timeZone: config.calendar.timeZone, today: local.day(of: Date()).description,
                withheld: caller.isCoordinator || caller.isAuditor
                    ? try StatusWithheld.members(on: local.day(of: Date()), store: store) : nil)
            return reply(ControlMessages.StatusReply(status: status))

        case "io.spotcheck.Today":
            let date = try day(try? parameters(ControlMessages.TodayParameters.self, request).date)
            guard let login = caller.login else {
                throw Varlink.Failure.notFound(login: caller.uid)
            }
            let revealed = try store.revealedAssignments(on: date, login: login)
            let draws = Dictionary(uniqueKeysWithValues: try store.draws(on: date).map { ($0.id, $0) })
            var records: [Int64: DrawRecord] = [:]
            let found = try engine.assignments(
                of: login, in: revealed, draws: draws, records: &records, revealedAt: nil, config: config, local: local)
            return reply(
                ControlMessages.TodayReply(
                    date: date.description, login: login,
                    assignments: (found?.1 ?? []).map {
                        ControlMessages.Assignment(
                            drawId: $0.drawID, pool: $0.pool, targetId: $0.target.id, targetName: $0.target.name,
                            role: $0.role,
                            team: $0.team.map {
                                ControlMessages.Member(id: $0.id, name: $0.name, home: $0.home, role: $0.role)
                            },
                            reportTime: $0.reportTime)
                    }))

        case "io.spotcheck.Why":
            try require(caller.isCoordinator || caller.isAuditor, method, caller)
            let question = try parameters(ControlMessages.WhyParameters.self, request)
            let date = try day(question.date)
            guard let stored = try store.currentRoster() else {
                throw Varlink.Failure.notFoundRoster
            }
            let roster = try cache.roster(stored)
            let eligibility = try engine.eligibility(
                roster: roster, rosterID: stored.id, department: question.department, date: date, config: config)
            // On the date's revealed team for it already (WhyTeamRole.swift).
            let role = try WhyTeamRole.role(
                of: question.inspector, onTeamFor: question.department, on: date, store: store)
            switch eligibility.why(inspector: question.inspector, department: question.department) {
            case .unknownInspector(let id):
                throw Varlink.Failure.notFound("inspector", id)
            case .unknownDepartment(let id):
                throw Varlink.Failure.notFound("department", id)
            case .eligible: return reply(ControlMessages.WhyReply(eligible: true, reasons: [], teamRole: role))
            case .excluded(let reasons):
                return reply(
                    ControlMessages.WhyReply(
                        eligible: false,
                        reasons: reasons.map { ControlMessages.Reason(code: $0.code, message: $0.message) },
                        teamRole: role))
            }

        case "io.spotcheck.GetRecord":
            try require(caller.isCoordinator || caller.isAuditor, method, caller)
            let question = try parameters(ControlMessages.RecordParameters.self, request)
            let date = try day(question.date)
            // With draw_id, any draw of that pool and day (an ordered one too); else the scheduled one.
            let chosen =
                try question.drawId.map { id in
                    try store.draws(on: date).first { $0.id == id && $0.pool == question.pool }
                } ?? store.scheduledDraw(pool: question.pool, date: date)
            guard let draw = chosen, let record = draw.record else {
                throw Varlink.Failure.notFound(drawOf: question.pool, on: "\(date)")
            }
            guard draw.revealedAt != nil else {
                throw Varlink.Failure(
                    "io.spotcheck.NotYetRevealed", ["pool": .string(question.pool), "date": .string(date.description)])
            }
            return reply(
                ControlMessages.RecordReply(
                    record: String(decoding: record, as: UTF8.self), recordSha256: draw.recordHash ?? "",
                    seed: draw.publishedAt == nil ? nil : draw.seed?.hex))

        case "io.spotcheck.GetTeams":
            try require(caller.isCoordinator || caller.isAuditor, method, caller)
            let question = try parameters(ControlMessages.TeamsParameters.self, request)
            return reply(
                try TeamSheet.build(
                    date: try day(question.date), pool: question.pool, store: store, engine: engine, config: config,
                    local: local))

        case "io.spotcheck.GetHistory":
            try require(caller.isCoordinator || caller.isAuditor, method, caller)
            let question = try parameters(ControlMessages.HistoryParameters.self, request)
            return reply(
                try InspectionHistory.build(
                    question, from: try question.from.map(day), to: try question.to.map(day), store: store,
                    engine: engine))

        case "io.spotcheck.VerifyChain":
            try require(caller.isCoordinator || caller.isAuditor, method, caller)
            return reply(try engine.verifyChain())

        case "io.spotcheck.OrderInspection":
            try require(caller.isCoordinator, method, caller)
            let order = try parameters(ControlMessages.OrderParameters.self, request)
            guard !order.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Varlink.Failure(
                    "io.spotcheck.InvalidOrder",
                    ["message": .string("give the reason for the order"), "code": .string("no-reason")])
            }
            let visit = try order.visit.map { name in
                guard let mode = VisitMode(name: name) else {
                    throw Varlink.Failure(
                        "io.spotcheck.InvalidOrder",
                        [
                            "message": .string("visit '\(name)' is neither open nor covert"),
                            "code": .string("bad-visit"), "visit": .string(name),
                        ])
                }
                return mode
            }
            let category = try Self.orderCategory(order.category)  // OrderCategoryControl.swift
            let draw: StoredDraw
            do {
                draw = try engine.orderTargeted(
                    pool: order.pool, departments: order.departments, reason: order.reason,
                    actor: "uid \(caller.uid) (\(caller.login ?? "unknown"))", now: Date(), config: config,
                    visit: visit,
                    category: category)
            } catch let error as Engine.OrderError {
                throw Varlink.Failure("io.spotcheck.InvalidOrder", error.parameters)
            } catch let refusal as DrawInputRefusal {
                throw Varlink.Failure("io.spotcheck.InvalidOrder", refusal.orderParameters)  // RecheckSafety.swift
            }
            let record = try draw.decodedRecord()
            return reply(
                ControlMessages.OrderReply(
                    drawId: draw.id,
                    teams: (record?.picks ?? []).map { pick in
                        let team = record?.teams.first { $0.department == pick.department }
                        return ControlMessages.OrderedTeam(
                            department: pick.department, staffed: team != nil, reason: pick.blocker?.message,
                            team: (team?.members ?? []).map {
                                ControlMessages.Member(
                                    id: $0.inspector, name: $0.name, home: $0.home, role: $0.role.rawValue)
                            })
                    }))

        case "io.spotcheck.ReplaceInspector":
            try require(caller.isCoordinator, method, caller)
            let request = try parameters(ControlMessages.ReplaceParameters.self, request)
            guard !request.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Varlink.Failure(
                    "io.spotcheck.ReplacementRefused",
                    ["message": .string("give the reason for the replacement"), "code": .string("no-reason")])
            }
            do {
                let replacement = try engine.replace(
                    drawID: request.drawId, inspector: request.inspector, with: request.with, reason: request.reason,
                    actor: "uid \(caller.uid) (\(caller.login ?? "unknown"))", now: Date(), config: config,
                    department: request.department)
                let times = try engine.reportTimes(of: replacement, config: config)  // ReplacementReport.swift
                return reply(
                    ControlMessages.ReplaceReply(
                        department: replacement.department, replacedBy: replacement.newInspector,
                        role: replacement.role,
                        reportTime: times?.newcomer, teamReportTime: times?.team))
            } catch let error as Engine.ReplaceError {
                throw Varlink.Failure("io.spotcheck.ReplacementRefused", error.parameters)
            } catch let error as Engine.ReplaceTeamError {
                throw Varlink.Failure("io.spotcheck.ReplacementRefused", error.parameters)
            }

        case "io.spotcheck.ExportRoster":
            try require(caller.isCoordinator || caller.isAuditor, method, caller)
            // The contacts as stored now (EffectiveRoster), not as the version first held them.
            guard let stored = try EffectiveRoster.current(store, cache: cache) else {
                throw Varlink.Failure.notFoundRoster
            }
            func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
            return reply(
                ControlMessages.ExportReply(
                    files: ControlMessages.Files(
                        departments: text(stored.files.departments), inspectors: text(stored.files.inspectors),
                        conflicts: text(stored.files.conflicts), history: text(stored.files.history)),
                    snapshotSha256: stored.stored.snapshotHash, rosterSha256: stored.version))

        case "io.spotcheck.ImportRoster":
            try require(caller.isCoordinator, method, caller)
            let request = try parameters(ControlMessages.ImportParameters.self, request)
            return try importRoster(request, caller: caller)

        default:
            if method.hasPrefix("\(Varlink.interfaceName).") || method.hasPrefix("\(Varlink.serviceInterface).") {
                throw Varlink.Failure.methodNotFound(method)
            }
            let interface = method.split(separator: ".").dropLast().joined(separator: ".")
            throw Varlink.Failure.interfaceNotFound(interface)
        }
    }
}
