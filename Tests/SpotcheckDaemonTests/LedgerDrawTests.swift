import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// The ledger's draws: verifiers, re-checks (回头看) and the honesty sample, drawn with the
/// commit-then-reveal machinery, visible as assignments, verifiable by both verifiers.
@Suite struct LedgerDrawTests {
    static let rules = LedgerRules(prohibitions: try! Prohibitions([]), extensionCap: 2)
    static let hash = String(repeating: "ab", count: 32)

    /// A finding of `department` taken through the store to `state` (awaiting verification, or
    /// closed by a verification accepted on `day`).
    static func plant(
        _ store: Store, department: String, day: Day, closed: Bool = false,
        source: FindingSource = .complaint(id: "C-1"), finder: String = "coord"
    ) throws -> FindingID {
        let instant = LocalTime(zone: TimeZone(identifier: "Asia/Shanghai")!).instant(
            day, TimeOfDay(hour: 9, minute: 0)!)
        let moment = Moment(unixSeconds: Int64(instant.timeIntervalSince1970), day: day)
        let actor = Actor(login: "coord", role: .coordinator)
        let recorded = try store.recordFinding(year: day.parts.year, at: instant) { counter in
            try Finding.record(
                counter: counter, department: department, source: source, category: .sluggish, ruleCodes: [],
                severity: .minor, facts: "窗口无人值守", by: Actor(login: finder, role: .coordinator), at: moment,
                rules: rules)
        }
        try store.updateFinding(recorded.finding.id, at: instant) { finding in
            var steps: [Transition] = []
            func step(_ command: LedgerCommand, _ by: Actor? = nil) throws {
                steps.append(
                    try (steps.last?.finding ?? finding).applying(command, by: by ?? actor, at: moment, rules: rules))
            }
            try step(.confirm)
            try step(.addMeasure(text: "公示值班表", owner: "办公室", due: day.adding(days: 10)))
            try step(.startRectification)
            try step(.completeMeasure(number: 1, evidence: [.sha256(hash)]))
            try step(.submitForVerification)
            if closed {
                try step(
                    .verify(
                        accepted: true, note: "",
                        eligibility: VerifierEligibility(home: "elsewhere", drawnForFinding: true)),
                    Actor(login: "someone", role: .verifier))
            }
            return steps
        }
        return recorded.finding.id
    }

    static func taskFile(_ harness: Harness, _ day: String, _ login: String) throws -> TaskFile {
        let data = try #require(FileManager.default.contents(atPath: harness.taskPath(day, login)))
        return try JSONDecoder().decode(TaskFile.self, from: data)
    }

    /// Copies a public folder under a fresh public root, changes one file, and runs both verifiers.
    static func tampered(
        _ harness: Harness, date: String, name: String, _ change: (String) throws -> Void
    ) throws -> [(status: Int32, output: String)] {
        let root = harness.folder.appendingPathComponent("tampered-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(root)/\(date)", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(harness.config.paths.publicRecords)/\(date)/\(name)", toPath: "\(root)/\(date)/\(name)")
        try change("\(root)/\(date)/\(name)")
        return [
            try ControlTests.run(ControlTests.cli, ["verify", "--date", date, "--pool", name, "--public", root]),
            try ControlTests.run("/usr/bin/env", ["python3", PublicRecordTests.verifier, "\(root)/\(date)/\(name)"]),
        ]
    }

    static func edit(_ path: String, _ transform: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = transform(text)
        #expect(changed != text, "the tampering changed nothing in \(path)")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aVerifierTakenOffTheVerificationOrMovedIntoTheDepartmentClosesNothing() throws {
        let world = try LedgerWorld()
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        let roster = try #require(try world.harness.store.currentRoster()).roster()
        // The coordinator replaces the drawn verifier with an inspector of another department.
        let newcomer = try world.harness.engine.replace(
            drawID: check.drawID, inspector: drawn.inspector, with: nil, reason: "出差", actor: "coord-a", now: Date(),
            config: world.harness.config)
        let newLogin = try #require(roster.inspectors.first { $0.id == newcomer.newInspector }).login
        let verify = LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示")
        // The one taken off no longer sees it to close; the newcomer (whose task file says so) does.
        #expect(world.call("VerifyFinding", verify, as: LedgerWorld.caller(drawn.login)).error != nil)
        let mine = world.call("MyFindings", Varlink.Empty(), as: LedgerWorld.caller(newLogin))
        #expect(
            (mine.parameters["findings"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [id], "\(mine)")
        // Moved into the inspected department meanwhile: refused as from the department.
        var moved = roster
        let index = try #require(moved.inspectors.firstIndex { $0.id == newcomer.newInspector })
        let home = moved.inspectors[index].home
        moved.inspectors[index].home = world.target
        moved.inspectors[index].former.append(FormerPost(department: home, left: world.today))
        try world.harness.store.saveRoster(moved, source: "test", actor: "test", at: Date())
        #expect(world.call("VerifyFinding", verify, as: LedgerWorld.caller(newLogin)).code == "verifierFromDepartment")
        try world.harness.store.saveRoster(roster, source: "test", actor: "test", at: Date())
        let closed = world.call("VerifyFinding", verify, as: LedgerWorld.caller(newLogin))
        #expect(closed.finding["state"] as? String == "closed", "\(closed)")
    }

    @Test func theVerifierIsDrawnVerifiablyAndOnlyTheyCloseTheFinding() throws {
        let world = try LedgerWorld()
        let id = try world.rectifying()
        let contact = LedgerWorld.caller(world.contact)
        #expect(
            world.call(
                "AddEvidence",
                LedgerMessages.EvidenceParameters(id: id, measure: 1, evidence: ["sha256:\(Self.hash)"], done: true),
                as: contact
            ).error == nil)
        // Nothing to verify yet: no verifier draw.
        try world.harness.tick(world.today.description, "08:30")
        #expect(try world.harness.store.ledgerChecks().isEmpty)
        #expect(
            world.call("SubmitFinding", LedgerMessages.IDParameters(id: id), as: contact).finding["state"] as? String
                == "awaiting-verification")

        // The next tick draws the verifier: an ordered draw of the ledger pool, one inspector.
        try world.harness.tick(world.today.description, "09:00")
        let finding = try #require(try world.harness.store.finding(try FindingID(id)))
        let check = try #require(try world.harness.store.ledgerCheck(key: LedgerCheck.verificationKey(finding)))
        #expect(check.kind == .verification && check.department == world.target && check.logins.count == 1)
        let verifier = try #require(check.logins.first)
        #expect(check.home != world.target)
        let draw = try #require(try world.harness.store.draw(id: check.drawID))
        let record = try #require(try draw.decodedRecord())
        #expect(
            draw.pool == "ledger" && draw.kind == .targeted && draw.orderReason == "ledger verification \(id) round 1")
        #expect(record.orderedDepartments == [world.target] && record.policy.teamSize == 1)
        #expect(record.teams.first?.members.first?.home != world.target)
        // Drawn once: more ticks draw nothing new.
        try world.harness.tick(world.today.description, "10:00")
        #expect(try world.harness.store.ledgerChecks().count == 1)

        // The verifier sees it as an assignment and in `findings mine`.
        let file = try Self.taskFile(world.harness, world.today.description, verifier)
        let assignment = try #require(file.assignments.first { $0.drawID == check.drawID })
        #expect(assignment.check == TaskFile.Check(kind: "verification", findings: [id]))
        #expect(assignment.target.id == world.target)
        let mine = world.call("MyFindings", Varlink.Empty(), as: LedgerWorld.caller(verifier))
        #expect(
            (mine.parameters["findings"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [id], "\(mine)")

        // Nobody else closes it: the finder, a coordinator, another inspector.
        let verify = LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示")
        #expect(world.call("VerifyFinding", verify, as: world.caller(world.member)).code == "verifierNotDrawn")
        #expect(world.call("VerifyFinding", verify, as: LedgerWorld.coordinatorA).error != nil)
        let roster = try #require(try world.harness.store.currentRoster()).roster()
        let other = try #require(roster.inspectors.first { $0.login != verifier && $0.home != world.target })
        #expect(world.call("VerifyFinding", verify, as: LedgerWorld.caller(other.login)).error != nil)
        #expect(
            try world.harness.store.finding(try FindingID(id))?.state == .awaitingVerification)

        // A rejection sends it back; submitted again, a new round draws a new verifier, and the
        // first round's verifier no longer counts.
        let rejected = world.call(
            "VerifyFinding", LedgerMessages.VerifyParameters(id: id, accepted: false, note: "仍无人值守"),
            as: LedgerWorld.caller(verifier))
        #expect(rejected.finding["state"] as? String == "rectifying", "\(rejected)")
        #expect(
            world.call("SubmitFinding", LedgerMessages.IDParameters(id: id), as: contact).finding["state"] as? String
                == "awaiting-verification")
        try world.harness.tick(world.today.description, "11:00")
        let again = try #require(try world.harness.store.finding(try FindingID(id)))
        let second = try #require(try world.harness.store.ledgerCheck(key: LedgerCheck.verificationKey(again)))
        #expect(second.key.hasSuffix("/2") && second.drawID != check.drawID)
        let secondVerifier = try #require(second.logins.first)
        if secondVerifier != verifier {
            #expect(world.call("VerifyFinding", verify, as: LedgerWorld.caller(verifier)).code == "verifierNotDrawn")
        }
        let closed = world.call("VerifyFinding", verify, as: LedgerWorld.caller(secondVerifier))
        #expect(closed.finding["state"] as? String == "closed", "\(closed)")

        // Published when the day is over; both verifiers reproduce each verifier draw.
        try world.harness.tick(world.today.description, "18:00")
        for drawID in [check.drawID, second.drawID] {
            let name = "ledger-ordered-\(drawID)"
            let folder = "\(world.harness.config.paths.publicRecords)/\(world.today)/\(name)"
            #expect(
                try PublicRecordTests.verifyBoth(
                    folder, date: world.today.description, name: name,
                    publicRoot: world.harness.config.paths.publicRecords) == [])
            let order = try String(contentsOfFile: "\(folder)/order.json", encoding: .utf8)
            // The finding's number stays private: the category and a commitment of the reason.
            #expect(order.contains("\"category\" : \"ledger-verification\"") && !order.contains(id), "\(order)")
        }

        // Tampering is caught by both: a verifier from the department written into the record,
        // and an order naming another finding.
        let insider = try #require(roster.inspectors.first { $0.home == world.target })
        let name = "ledger-ordered-\(check.drawID)"
        let verifierID = try #require(record.teams.first?.members.first?.inspector)
        for result in try Self.tampered(
            world.harness, date: world.today.description, name: name,
            { folder in
                try Self.edit("\(folder)/record.json") { $0.replacing("\"\(verifierID)\"", with: "\"\(insider.id)\"") }
            })
        {
            #expect(result.status == 1, "\(result.output)")
        }
        for result in try Self.tampered(
            world.harness, date: world.today.description, name: name,
            { folder in
                try Self.edit("\(folder)/order.json") { $0.replacing("ledger-verification", with: "other") }
            })
        {
            #expect(result.status == 1, "\(result.output)")
        }
    }

    @Test func verifiersNeverComeFromTheDepartmentNorItsRecentInspectors() throws {
        let harness = try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 5
                draw_time = "07:00"
                reveal_time = "08:00"
                [ledger]
                verifier_recent_days = 30
                """, calendar: "weekend = []")
        try harness.tick("2026-12-01", "08:00")
        let first = try #require(try harness.store.draws().first?.decodedRecord())
        #expect(first.teams.count >= 3)
        var findings: [(FindingID, DrawRecord.Team)] = []
        for team in first.teams {
            findings.append(
                (try Self.plant(harness.store, department: team.department, day: Day(iso: "2026-12-01")!), team))
        }
        try harness.tick("2026-12-02", "08:00")
        let roster = try #require(try harness.store.currentRoster()).roster()
        for (id, team) in findings {
            let finding = try #require(try harness.store.finding(id))
            let check = try #require(try harness.store.ledgerCheck(key: LedgerCheck.verificationKey(finding)))
            let record = try #require(try harness.store.draw(id: check.drawID)?.decodedRecord())
            #expect(record.policy.rotationWindowDays == 30 && record.policy.teamSize == 1)
            let verifier = try #require(record.teams.first { $0.department == team.department }?.members.first)
            let person = try #require(roster.inspectors.first { $0.id == verifier.inspector })
            #expect(person.home != team.department)
            #expect(!team.members.contains { $0.inspector == verifier.inspector }, "inspected it yesterday")
            #expect(
                !person.former.contains {
                    $0.department == team.department && Day(iso: "2026-12-02")! <= $0.left.adding(days: 729)
                })
            #expect(check.logins == [person.login])
        }
    }

    @Test func closedFindingsAreRecheckedAndTheHonestySampleVisitedAndAFailedRecheckReopens() throws {
        let harness = try Harness(
            pools: Self.countyPool + """
                [ledger]
                recheck_share = 50
                honesty_sample = 2
                """, calendar: "weekend = []")
        let roster = try #require(try harness.store.currentRoster()).roster()
        let departments = roster.departments.map(\.id).sorted()
        // Four findings closed in November, one closed in October (not of the period), and a
        // self-inspection finding that takes its department out of the honesty population.
        var closed: [FindingID] = []
        for (index, department) in departments.prefix(4).enumerated() {
            closed.append(
                try Self.plant(
                    harness.store, department: department, day: Day(iso: "2026-11-0\(index + 2)")!, closed: true))
        }
        _ = try Self.plant(harness.store, department: departments[4], day: Day(iso: "2026-10-20")!, closed: true)
        _ = try Self.plant(
            harness.store, department: departments[5], day: Day(iso: "2026-11-10")!, source: .selfInspection)

        try harness.tick("2026-12-01", "09:00")
        let checks = try harness.store.ledgerChecks()
        let rechecks = checks.filter { $0.kind == .recheck }
        let honesty = checks.filter { $0.kind == .honesty }
        #expect(rechecks.count == 2 && honesty.count == 2, "\(checks)")
        #expect(rechecks.allSatisfy { closed.contains($0.finding!) })
        #expect(!honesty.contains { $0.department == departments[5] })
        // Once per period: later ticks draw nothing more.
        try harness.tick("2026-12-02", "09:00")
        #expect(try harness.store.ledgerChecks().filter { $0.kind != .verification }.count == 4)

        // The re-check team sees the finding it checks in its task file.
        let recheck = try #require(rechecks.first)
        let lead = try #require(recheck.logins.first)
        let file = try Self.taskFile(harness, "2026-12-01", lead)
        let assignment = try #require(file.assignments.first { $0.drawID == recheck.drawID })
        #expect(
            assignment.check?.kind == "recheck"
                && assignment.check?.findings.contains(recheck.finding!.description) == true)
        let honestyLead = try #require(honesty.first?.logins.first)
        let honestyFile = try Self.taskFile(harness, "2026-12-01", honestyLead)
        #expect(honestyFile.assignments.contains { $0.check?.kind == "honesty" })

        // Published: both verifiers reproduce the draws and the samples.
        for drawID in Set((rechecks + honesty).map(\.drawID)) {
            let name = "ledger-ordered-\(drawID)"
            let folder = "\(harness.config.paths.publicRecords)/2026-12-01/\(name)"
            #expect(FileManager.default.fileExists(atPath: "\(folder)/ledger-sample.json"))
            #expect(
                try PublicRecordTests.verifyBoth(
                    folder, date: "2026-12-01", name: name, publicRoot: harness.config.paths.publicRecords) == [])
        }
        // A sample edited to spare a finding, or removed, is caught by both.
        let name = "ledger-ordered-\(recheck.drawID)"
        let spared = try #require(recheck.finding?.description)
        let unselected = try #require(
            closed.map(\.description).first { id in !rechecks.contains { $0.finding?.description == id } })
        for result in try Self.tampered(
            harness, date: "2026-12-01", name: name,
            { folder in
                try Self.edit("\(folder)/ledger-sample.json") { text in
                    // Swap the ids of a selected and an unselected finding in the selection only.
                    guard let range = text.range(of: "\"selected\"") else { return text }
                    return String(text[..<range.lowerBound])
                        + text[range.lowerBound...].replacing(spared, with: unselected)
                }
            })
        {
            #expect(result.status == 1, "\(result.output)")
        }
        for result in try Self.tampered(
            harness, date: "2026-12-01", name: name,
            { folder in
                try FileManager.default.removeItem(atPath: "\(folder)/ledger-sample.json")
            })
        {
            #expect(result.status == 1, "\(result.output)")
        }

        // A failed re-check, reported by its lead, reopens the finding and counts a recurrence;
        // a member of another team may not.
        let control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
        func reopen(_ login: String) -> [String: Any] {
            let request = Varlink.encode(
                Varlink.Request(
                    method: "io.spotcheck.Ledger.ReopenFinding",
                    parameters: LedgerMessages.ReopenParameters(id: spared, recheck: "整改后又出现无人值守")))
            let bytes = control.handle(request, from: LedgerWorld.caller(login)) ?? []
            return (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] ?? [:]
        }
        let outsider = try #require(
            roster.inspectors.first { person in !checks.contains { $0.logins.contains(person.login) } })
        #expect(reopen(outsider.login)["error"] != nil)
        let reopened = reopen(lead)
        #expect(reopened["error"] == nil, "\(reopened)")
        let finding = try #require(try harness.store.finding(try FindingID(spared)))
        #expect(finding.state == .reopened && finding.recurrences == 1)
        #expect(try harness.store.ledgerCheck(key: recheck.key)?.outcome == "failed")
    }

    @Test func openAndOverdueFindingsRaiseADepartmentsWeightAndTheDrawStillVerifies() throws {
        let harness = try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "08:00"
                [ledger]
                open_weight = 5
                overdue_weight = 20
                """)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let policy = try #require(harness.config.pools.first).policy
        let department = try #require(
            roster.departments.sorted { $0.id < $1.id }.first {
                $0.pools.contains("county") && policy.weight(of: $0) > 0
            })
        let base = policy.weight(of: department)
        // Overdue since 2026-11-25; another finding of it still on track.
        _ = try plantRectifying(
            harness.store, department: department.id, start: Day(iso: "2026-11-20")!, due: Day(iso: "2026-11-25")!,
            zone: LedgerPassTests.shanghai)
        _ = try plantRectifying(
            harness.store, department: department.id, start: Day(iso: "2026-11-20")!, due: Day(iso: "2026-12-18")!,
            zone: LedgerPassTests.shanghai)
        try harness.tick("2026-12-01", "08:00")
        try harness.tick("2026-12-01", "18:00")
        let draw = try #require(try harness.store.scheduledDraw(pool: "county", date: Day(iso: "2026-12-01")!))
        let record = try #require(try draw.decodedRecord())
        if let pick = record.picks.first(where: { $0.department == department.id }) {
            #expect(pick.weight == base + 30)
        }
        // The published snapshot holds the raised weight, the summary says where it came from, and
        // both verifiers reproduce the draw.
        let folder = "\(harness.config.paths.publicRecords)/2026-12-01/county"
        let departments = try String(contentsOfFile: "\(folder)/roster/departments.csv", encoding: .utf8)
        #expect(departments.contains("\(department.id),\(department.name),\(base + 30),"), "\(departments)")
        let summary = try String(contentsOfFile: "\(folder)/ledger-summary.csv", encoding: .utf8)
        #expect(summary == "department,open,overdue,base_weight,weight\n\(department.id),2,1,\(base),\(base + 30)\n")
        #expect(
            try PublicRecordTests.verifyBoth(
                folder, date: "2026-12-01", name: "county", publicRoot: harness.config.paths.publicRecords) == [])
        // The weight put back to the policy's is caught by both.
        for result in try Self.tampered(
            harness, date: "2026-12-01", name: "county",
            { folder in
                try Self.edit("\(folder)/roster/departments.csv") {
                    $0.replacing(
                        "\(department.id),\(department.name),\(base + 30),",
                        with: "\(department.id),\(department.name),,")
                }
            })
        {
            #expect(result.status == 1, "\(result.output)")
        }
    }

    /// The county pool: three targets a day, drawn at 07:00 and revealed at 08:00.
    static let countyPool = """
        [[pool]]
        name = "county"
        targets_per_day = 3
        draw_time = "07:00"
        reveal_time = "08:00"

        """

    /// The county pool, and a ledger that re-checks every finding closed in the month before.
    static let recheckPools =
        countyPool + """
            [ledger]
            recheck_share = 100
            """

    @Test func aCrashBetweenALedgerDrawAndItsNoteDrawsNothingTwice() throws {
        let harness = try Harness(
            pools: Self.recheckPools, calendar: "weekend = []",
            fault: { if $0 == "ledger.draw.committed" { throw CancellationError() } })
        let roster = try #require(try harness.store.currentRoster()).roster()
        let departments = roster.departments.map(\.id).sorted()
        let waiting = try Self.plant(harness.store, department: departments[0], day: Day(iso: "2026-11-30")!)
        let closed = try Self.plant(
            harness.store, department: departments[1], day: Day(iso: "2026-11-20")!, closed: true)
        // The crash comes right after the first ledger draw's commitment is stored.
        #expect(throws: CancellationError.self) { try harness.tick("2026-12-01", "09:00") }
        let restarted = try harness.restarted()
        try restarted.tick(now: harness.at("2026-12-01", "09:05"), config: harness.config)
        try restarted.tick(now: harness.at("2026-12-01", "09:10"), config: harness.config)
        let ledgerDraws = try harness.store.draws(on: Day(iso: "2026-12-01")!).filter { $0.pool == "ledger" }
        #expect(ledgerDraws.count == 2, "\(ledgerDraws.map { $0.orderReason ?? "" })")
        let finding = try #require(try harness.store.finding(waiting))
        let verification = try #require(try harness.store.ledgerCheck(key: LedgerCheck.verificationKey(finding)))
        #expect(verification.logins.count == 1)
        let recheck = try #require(
            try harness.store.ledgerCheck(key: LedgerCheck.recheckKey(closed, period: "2026-11")))
        #expect(recheck.logins.count == 3)
        #expect(Set(ledgerDraws.map(\.id)) == [verification.drawID, recheck.drawID])
    }

    @Test func aSampleIsRecomputedFromTheSeedAndRoundsTheShareUp() {
        let seed = Seed(bytes: [UInt8](repeating: 3, count: 32))!
        let population = (1...7).map { LedgerSample.Item(id: "F-2026-000\($0)", department: "d-\($0 % 3)") }
        let sample = LedgerSample.draw(
            kind: .recheck, period: "2026-11", share: 30, count: LedgerSample.recheckCount(population: 7, percent: 30),
            population: population.reversed(), seed: seed)
        #expect(sample.count == 3 && sample.selected.count == 3)
        #expect(sample.population.map(\.id) == population.map(\.id))
        #expect(
            sample.problems(
                seed: seed, orderedDepartments: sample.departments, orderReason: sample.orderReason,
                bytes: sample.canonicalJSON) == [])
        var edited = sample
        edited.selected[0] = population.first { !sample.selected.contains($0) }!
        #expect(
            !edited.problems(
                seed: seed, orderedDepartments: sample.departments, orderReason: sample.orderReason, bytes: nil
            ).isEmpty)
        let other = Seed(bytes: [UInt8](repeating: 4, count: 32))!
        #expect(
            !sample.problems(
                seed: other, orderedDepartments: sample.departments, orderReason: sample.orderReason, bytes: nil
            ).isEmpty)
        #expect(LedgerSample.recheckCount(population: 0, percent: 50) == 0)
        #expect(LedgerSample.recheckCount(population: 1, percent: 1) == 1)
        #expect(LedgerSample.recheckCount(population: 10, percent: 100) == 10)
    }
}
