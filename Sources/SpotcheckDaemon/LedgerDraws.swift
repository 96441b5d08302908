import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import SpotcheckSystem

extension Engine {
    /// The ledger's draws, run by the daily pass. Each is an ordered draw of the draw machinery —
    /// a fresh seed committed and journaled first, the snapshot salted, a link of the chain, the
    /// team revealed at once in the task files, the seed published when the day is over — so
    /// `spotcheck verify` and `tools/verify_draw.py` check it like any other (docs/ledger.md):
    ///
    /// - every finding awaiting verification gets its verifier drawn, one inspector under the
    ///   verifier policy (never from the department, nor a former member, nor one with a declared
    ///   conflict, nor — within `verifier_recent_days` — one who inspected it); only that verifier
    ///   may then close it;
    /// - on the first working day of a month, when configured, a share of the findings closed in
    ///   the month before is re-checked on site (回头看), and a number of departments without any
    ///   self-inspection finding are visited (the honesty sample); the sample is drawn from the
    ///   visit's own seed and published beside its record as `ledger-sample.json`.
    ///
    /// Nothing is drawn while a draw of the day is committed but not revealed: an ordered team
    /// drawn beside it would tell who is on it (daily cap). The next tick draws it.
    func ledgerDraws(today: Day, now: Date, config: DaemonConfig) throws {
        // Checks whose draw is complete but not yet noted (the draw just made, or a crash).
        for check in try store.ledgerChecks() where check.logins.isEmpty && !check.unstaffed {
            try settle(check, now: now)
        }
        if try store.draws(on: today).contains(where: { $0.state != .missed && $0.revealedAt == nil }) { return }
        guard let stored = try store.currentRoster() else { return }
        let known = Set(try stored.roster().departments.map(\.id))
        let settings = config.ledger.draws

        // One draw for every finding that awaits its verifier: a verifier per department (one
        // visit verifies all the department's findings), staffed together under the daily cap.
        var waiting: [(finding: Finding, key: String)] = []
        for finding in try store.findings(FindingFilter(state: .awaitingVerification))
        where known.contains(finding.department) {
            let key = LedgerCheck.verificationKey(finding)
            // Drawn already; drawn again only on a later day when nobody could be drawn, or when
            // its draw was cancelled (its verifier no longer verifies).
            if let check = try store.ledgerCheck(key: key), !(check.unstaffed && check.day < today),
                try store.cancellation(drawID: check.drawID) == nil
            {
                continue
            }
            waiting.append((finding, key))
        }
        if !waiting.isEmpty {
            var departments: [String] = []
            for (finding, _) in waiting where !departments.contains(finding.department) {
                departments.append(finding.department)
            }
            // A round drawn again after its draw was cancelled says so (the same round: no
            // verification was recorded), and its earlier verifiers are kept off (`foundWhatTheyVerify`).
            var again: [FindingID: Int64] = [:]
            for (finding, key) in waiting {
                if let check = try store.ledgerCheck(key: key), try store.cancellation(drawID: check.drawID) != nil {
                    again[finding.id] = check.drawID
                }
            }
            let reason =
                "ledger verification "
                + waiting.map { item in
                    let round = "\(item.finding.id) round \(item.finding.verifications.count + 1)"
                    return again[item.finding.id].map { "\(round) drawn again (draw \($0) cancelled)" } ?? round
                }.joined(separator: ", ")
            // Whoever a cancelled draw had sent is kept off at the draw itself, by a conflict line
            // of its snapshot: the redraw seats another or reports a true shortfall.
            let calledOff = try calledOffConflicts(
                waiting.map { (LedgerCheckKind.verification, $0.finding.id, $0.finding.department) }, before: nil,
                day: today, roster: try stored.roster())
            try ledgerDraw(
                departments: departments, reason: reason, policy: settings.verifierPolicy, seed: nil, today: today,
                now: now, stored: stored, config: config, calledOff: calledOff
            ) { draw in
                for (finding, key) in waiting {
                    try store.noteLedgerCheck(
                        kind: .verification, key: key, finding: finding.id, department: finding.department,
                        drawID: draw, day: today, at: now)
                }
            }
        }
        try ledgerSamples(today: today, now: now, stored: stored, known: known, config: config)
    }

    /// The month before `day`, `YYYY-MM`.
    static func previousPeriod(_ day: Day) -> String {
        let (year, month, _) = day.parts
        let previous = month == 1 ? (year - 1, 12) : (year, month - 1)
        return String(format: "%04d-%02d", previous.0, previous.1)
    }

    /// Draws the re-check and honesty samples of the month before, once each, on the first
    /// working day the pass runs in the new month (or later, after downtime).
    private func ledgerSamples(
        today: Day, now: Date, stored: StoredRoster, known: Set<String>, config: DaemonConfig
    )
        throws
    {
        let settings = config.ledger.draws
        guard settings.recheckShare > 0 || settings.honestySample > 0,
            config.calendar.workCalendar.isWorkingDay(today)
        else { return }
        let period = Self.previousPeriod(today)
        let teamPolicy =
            (settings.teamPool.flatMap { config.pool(named: $0) } ?? config.pools.first)?.policy ?? Policy()
        for kind in [LedgerSample.Kind.recheck, .honesty] {
            let enabled = kind == .recheck ? settings.recheckShare > 0 : settings.honestySample > 0
            guard enabled, try store.ledgerPeriod(kind: kind.rawValue, period: period) == nil else { continue }
            let all = try store.findings(FindingFilter())
            let population: [LedgerSample.Item]
            switch kind {
            case .recheck:
                // Closed, by a verification accepted in the period.
                population = all.filter { finding in
                    guard finding.state == .closed, let last = finding.verifications.last, last.accepted else {
                        return false
                    }
                    return last.at.day.description.hasPrefix(period + "-") && known.contains(finding.department)
                }.map { LedgerSample.Item(id: $0.id.description, department: $0.department) }
            case .honesty:
                // A self finding exempts its department from the sample of the month it was
                // recorded in only, not for good (docs/ledger.md).
                let reported = Set(
                    all.filter {
                        $0.source == .selfInspection && $0.found.day.description.hasPrefix(period + "-")
                    }.map(\.department))
                population = known.subtracting(reported).map { LedgerSample.Item(id: $0, department: $0) }
            }
            // The seed of a sample's draw that a crash left without its note, else a fresh one.
            let prefix = "ledger \(kind.rawValue) \(period): sample "
            let orphan = try store.draws(on: today).first {
                $0.kind == .targeted && $0.pool == settings.pool && ($0.orderReason ?? "").hasPrefix(prefix)
            }
            let seed = try orphan?.seed ?? seeds()
            let count =
                kind == .recheck
                ? LedgerSample.recheckCount(population: population.count, percent: settings.recheckShare)
                : settings.honestySample
            let sample = LedgerSample.draw(
                kind: kind, period: period, share: kind == .recheck ? settings.recheckShare : nil, count: count,
                population: population, seed: seed)
            let text = String(decoding: sample.canonicalJSON, as: UTF8.self)
            guard !sample.selected.isEmpty else {
                try store.noteLedgerPeriod(kind: kind.rawValue, period: period, drawID: nil, sample: text, at: now)
                continue
            }
            try ledgerDraw(
                departments: sample.departments, reason: sample.orderReason, policy: teamPolicy, seed: seed,
                today: today, now: now, stored: stored, config: config
            ) { draw in
                try store.noteLedgerPeriod(kind: kind.rawValue, period: period, drawID: draw, sample: text, at: now)
                for item in sample.selected {
                    let finding = kind == .recheck ? try FindingID(item.id) : nil
                    try store.noteLedgerCheck(
                        kind: kind == .recheck ? .recheck : .honesty,
                        key: kind == .recheck
                            ? LedgerCheck.recheckKey(finding!, period: period)
                            : LedgerCheck.honestyKey(item.department, period: period),
                        finding: finding, department: item.department, drawID: draw, day: today, at: now)
                }
            }
        }
    }

    /// Commits, journals, computes and reveals one ordered draw of the ledger, calling `note`
    /// with its id right after the commitment is stored, then notes who was drawn.
    private func ledgerDraw(
        departments: [String], reason: String, policy: Policy, seed: Seed?, today: Day, now: Date,
        stored: StoredRoster, config: DaemonConfig, calledOff: [Conflict] = [], note: (Int64) throws -> Void
    ) throws {
        // A draw for the same purpose committed today that nothing points at: a crash came between
        // its commitment and the note. The tick has completed and revealed it; adopt it rather
        // than drawing again.
        // (A cancelled one is no orphan: its checks were drawn again.)
        if let orphan = try store.draws(on: today).first(where: {
            try $0.kind == .targeted && $0.pool == config.ledger.draws.pool && $0.orderReason == reason
                && store.cancellation(drawID: $0.id) == nil
        }), try store.ledgerChecks(drawID: orphan.id).isEmpty {
            try note(orphan.id)
            for check in try store.ledgerChecks(drawID: orphan.id) { try settle(check, now: now) }
            return
        }
        var policy = policy
        policy.targetsPerDraw = departments.count
        // The called-off conflicts go into the snapshot the draw commits to; its completion adds
        // them again to the stored roster version (`ledgerWeighted`, LedgerWeights.swift).
        var stored = stored
        if !calledOff.isEmpty {
            var roster = try stored.roster()
            roster.conflicts += calledOff
            stored.files.conflicts = RosterWriter.write(roster).conflicts
        }
        let draw = try store.commit(
            try commitment(
                pool: config.ledger.draws.pool, day: today, kind: .targeted, policy: policy, stored: stored,
                fixedTargets: departments, orderedBy: "spotcheckd", orderReason: reason, seed: seed, visit: .open,
                orderCategory: OrderCategory.ofLedgerReason(reason)),
            at: now)
        try note(draw.id)
        try store.setVisitMode(.open, drawID: draw.id)
        try fault("ledger.draw.committed")
        try journalCommitment(draw, config: config, now: now)
        try complete(draw)
        guard let completed = try store.draw(id: draw.id), completed.state == .completed else { return }
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        try reveal(completed, config: config, local: local, now: now)
        for check in try store.ledgerChecks(drawID: draw.id) { try settle(check, now: now) }
    }

    /// Notes who the completed draw of `check` chose: the team for its department, the lead
    /// first (for a verification, the one verifier, who becomes the finding's drawn verifier);
    /// nobody when the department could not be staffed.
    private func settle(_ check: LedgerCheck, now: Date) throws {
        guard let draw = try store.draw(id: check.drawID), draw.state == .completed,
            let record = try draw.decodedRecord()
        else { return }
        let assignments = try store.assignments(drawID: draw.id).filter { $0.department == check.department }
        let team = record.teams.first { $0.department == check.department }
        let logins =
            team?.members.compactMap { member in assignments.first { $0.inspector == member.inspector }?.login } ?? []
        try store.settleLedgerCheck(
            key: check.key, logins: logins, home: team?.members.first?.home,
            verifierOf: check.kind == .verification ? check.finding : nil, at: now)
    }

    /// What a task-file assignment of `drawID` at `department` checks in the ledger, if the
    /// draw is one of the ledger's.
    func ledgerTaskCheck(drawID: Int64, department: String) throws -> TaskFile.Check? {
        let checks = try store.ledgerChecks(drawID: drawID).filter { $0.department == department }
        guard let first = checks.first else { return nil }
        return TaskCheckOutcome.check(first.kind.rawValue, checks)
    }

    /// Writes `ledger-sample.json` into the public folder of a draw that visits a ledger sample,
    /// and `ledger-summary.csv` into that of a draw whose weights came from the ledger.
    func publishLedgerSample(_ draw: StoredDraw, folder: String) throws {
        try publishLedgerSummary(draw, folder: folder)
        guard let sample = try store.ledgerSample(drawID: draw.id) else { return }
        try AtomicFile.write(Array(sample.utf8), to: "\(folder)/ledger-sample.json", mode: 0o644)
    }
}

extension Store {
    /// Who found `finding`, as roster ids and logins: its finder and, for an inspection finding,
    /// everyone its team had (as drawn, and each replacement's outgoing and incoming member), under
    /// every login its seats were ever told through (a login moved to another inspector by a roster
    /// edit stays the team's: `loginsEverSeated`). None
    /// of them verifies its rectification, whatever the inspection history says: one replaced
    /// off the team after the reveal, or a cancelled order's team, is in no history, and
    /// `verifier_recent_days = 0` reads none.
    func teamThatFound(_ finding: Finding) throws -> (ids: Set<String>, logins: Set<String>) {
        var ids: Set<String> = []
        var logins: Set<String> = [finding.finder]
        if case .inspection(let drawID, let target) = finding.source {
            ids.formUnion(try inspectorsEverSeated(drawID: drawID, department: target))
            logins.formUnion(try loginsEverSeated(drawID: drawID, department: target))
        }
        for inspector in try currentRoster()?.roster().inspectors ?? [] {
            if ids.contains(inspector.id) { logins.insert(inspector.login) }
            if logins.contains(inspector.login) { ids.insert(inspector.id) }
        }
        return (ids, logins)
    }

    /// Everyone the team of `drawID` at `department` ever had, as roster ids: as drawn, each
    /// replacement's outgoing and incoming member, and whoever holds a seat now.
    func inspectorsEverSeated(drawID: Int64, department: String) throws -> Set<String> {
        var ids: Set<String> = []
        for team in try draw(id: drawID)?.decodedRecord()?.teams ?? [] where team.department == department {
            ids.formUnion(team.members.map(\.inspector))
        }
        for replacement in try replacements(drawID: drawID) where replacement.department == department {
            ids.formUnion([replacement.oldInspector, replacement.newInspector])
        }
        for assignment in try assignments(drawID: drawID) where assignment.department == department {
            ids.insert(assignment.inspector)
        }
        return ids
    }
}

extension Engine {
    /// The conflict lines that keep off a verification draw whoever a cancelled earlier draw
    /// (below `drawID`, any when nil) had seated to verify the same finding (docs/ledger.md, "A
    /// cancelled verification draw"): one line per inspector and department, for the draw's day
    /// only, its reason "called off verifying F-… when draw D was cancelled" (published as a
    /// salted commitment like every conflict's; the salt in STATE/private/conflict-salts.csv).
    /// Only inspectors and departments of `roster`. The same `checks` in the same order give the
    /// same lines, at the commitment and at every later rebuild of the snapshot.
    func calledOffConflicts(
        _ checks: [(kind: LedgerCheckKind, finding: FindingID?, department: String)], before drawID: Int64?, day: Day,
        roster: Roster
    ) throws -> [Conflict] {
        let inspectors = Set(roster.inspectors.map(\.id))
        let departments = Set(roster.departments.map(\.id))
        var seen: Set<[String]> = []
        var conflicts: [Conflict] = []
        for check in checks where check.kind == .verification && departments.contains(check.department) {
            guard let finding = check.finding else { continue }
            for earlier in Set(try store.ledgerCheckDraws(kind: .verification, finding: finding)).sorted()
            where drawID.map({ earlier < $0 }) ?? true {
                guard try store.cancellation(drawID: earlier) != nil else { continue }
                for inspector in try store.inspectorsEverSeated(drawID: earlier, department: check.department).sorted()
                where inspectors.contains(inspector) && seen.insert([inspector, check.department]).inserted {
                    conflicts.append(
                        Conflict(
                            inspector: inspector, department: check.department,
                            reason: "called off verifying \(finding) when draw \(earlier) was cancelled", until: day))
                }
            }
        }
        return conflicts
    }

    /// Why an inspector may not sit on the team for `department` of draw `drawID` when it
    /// verifies findings there, or re-checks them (回头看): "found F-…" for each of them they
    /// found (`Store.teamThatFound`), and "was called off …" for whoever a cancelled draw had sent
    /// to the same check. The other way round, on the team whose inspection found a finding: the
    /// drawn verifier or re-checker of that finding ("verifies F-…, which this team found"),
    /// who would become one of its finders. Empty for anyone else. The reveal's re-check
    /// replaces such a member, and no replacement seats one.
    func foundWhatTheyVerify(drawID: Int64, department: String) throws -> (String) -> [String] {
        var found: [String: [String]] = [:]
        for finding in try store.findings(FindingFilter(assignment: (drawID, department))) {
            for check in try store.ledgerChecks(finding: finding.id) where check.outcome == nil {
                if check.kind == .verification,
                    finding.state != .awaitingVerification || check.key != LedgerCheck.verificationKey(finding)
                {
                    continue
                }
                guard try store.cancellation(drawID: check.drawID) == nil else { continue }
                let purpose = check.kind == .verification ? "verifies" : "re-checks"
                for seat in try store.assignments(drawID: check.drawID) where seat.department == check.department {
                    found[seat.inspector, default: []].append(
                        "\(purpose) \(finding.id), which this team found (draw \(check.drawID))")
                }
            }
        }
        for check in try store.ledgerChecks(drawID: drawID) where check.department == department {
            let purpose: String
            switch check.kind {
            case .verification: purpose = "verifies"
            case .recheck: purpose = "re-checks"
            case .honesty: continue
            }
            guard let id = check.finding, let finding = try store.finding(id) else { continue }
            for inspector in try store.teamThatFound(finding).ids {
                found[inspector, default: []].append("found \(id), whose rectification this draw \(purpose)")
            }
            // Whoever a cancelled draw had sent to the same check: a coordinator called them off,
            // and drawing them again would undo that.
            let calledOff = check.kind == .verification ? "verifying" : "re-checking"
            for earlier in Set(try store.ledgerCheckDraws(kind: check.kind, finding: id)).sorted()
            where earlier != drawID {
                guard try store.cancellation(drawID: earlier) != nil else { continue }
                for inspector in try store.inspectorsEverSeated(drawID: earlier, department: check.department) {
                    found[inspector, default: []].append(
                        "was called off \(calledOff) \(id) when draw \(earlier) was cancelled")
                }
            }
        }
        return { found[$0] ?? [] }
    }
}
