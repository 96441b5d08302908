import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckStore

/// An inspector declares a conflict of interest or an absence; another person, a coordinator,
/// approves (it enters the roster) or rejects it; both steps are in the audit trail and the
/// journal, and the inspector sees where theirs stand. Roles come from the caller's credentials.
@Suite struct DeclarationTests {
    struct Answer {
        var error: String?
        var parameters: [String: Any]
    }

    static func call(
        _ control: DaemonControl, _ caller: Caller, _ method: String, _ parameters: [String: Any]
    ) throws -> Answer {
        let request = try JSONSerialization.data(withJSONObject: ["method": method, "parameters": parameters])
        let reply = try #require(control.handle(Array(request), from: caller))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(reply)) as? [String: Any])
        return Answer(error: object["error"] as? String, parameters: object["parameters"] as? [String: Any] ?? [:])
    }

    /// The day `days` after today (UTC), YYYY-MM-DD: declarations cover today or later days, so
    /// the tests' dates move with the clock.
    static func ahead(_ days: Int) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC")!, from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!.adding(days: days).description
    }

    static func person(_ login: String, coordinator: Bool = false, uid: UInt32 = 5000) -> Caller {
        Caller(uid: uid, gid: uid, pid: 1, login: login, groups: [], isCoordinator: coordinator, isAuditor: false)
    }

    /// `login` declares a conflict with `department` and a coordinator approves it, both answered
    /// without an error.
    static func declareAndApprove(_ control: DaemonControl, login: String, department: String) throws {
        let made = try call(
            control, person(login, uid: 5101), "io.spotcheck.Declare",
            ["kind": "conflict", "department": department, "reason": "配偶在该单位任职"])
        #expect(made.error == nil, "\(made)")
        let id = try #require((made.parameters["declaration"] as? [String: Any])?["id"] as? Int)
        let approved = try call(
            control, person("zhangwei-coord", coordinator: true, uid: 5102), "io.spotcheck.DecideDeclaration",
            ["id": id, "approve": true])
        #expect(approved.error == nil, "\(approved)")
    }

    @Test func anInspectorWithdrawsTheirOwnPendingDeclarationAndNoOneElseCan() throws {
        let harness = try Harness(calendar: "[declarations]\npending_limit = 1\n")
        let control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let me = Self.person(roster.inspectors[0].login, uid: 5001)
        let other = Self.person(roster.inspectors[1].login, uid: 5003)
        let coordinator = Self.person("zhangwei-coord", coordinator: true, uid: 5002)
        let absence: [String: Any] = ["kind": "absence", "from": Self.ahead(10), "to": Self.ahead(12), "reason": "培训"]
        let made = try Self.call(control, me, "io.spotcheck.Declare", absence)
        let id = try #require((made.parameters["declaration"] as? [String: Any])?["id"] as? Int)
        #expect(
            try Self.call(control, me, "io.spotcheck.Declare", absence).parameters["code"] as? String
                == "too-many-pending")
        // Another inspector, and a coordinator, are told there is no such declaration of theirs.
        for stranger in [other, coordinator] {
            let refused = try Self.call(control, stranger, "io.spotcheck.WithdrawDeclaration", ["id": id])
            #expect(refused.parameters["code"] as? String == "no-such-declaration", "\(refused)")
        }
        let withdrawn = try Self.call(control, me, "io.spotcheck.WithdrawDeclaration", ["id": id])
        #expect(withdrawn.error == nil, "\(withdrawn)")
        #expect((withdrawn.parameters["declaration"] as? [String: Any])?["state"] as? String == "withdrawn")
        // It reaches no roster, cannot be decided or withdrawn again, and frees its place.
        let decide = try Self.call(
            control, coordinator, "io.spotcheck.DecideDeclaration", ["id": id, "approve": true])
        #expect(decide.parameters["code"] as? String == "decided", "\(decide)")
        #expect(decide.parameters["value"] as? String == "withdrawn", "\(decide)")
        let again = try Self.call(control, me, "io.spotcheck.WithdrawDeclaration", ["id": id])
        #expect(again.parameters["code"] as? String == "decided", "\(again)")
        #expect(
            !(try harness.store.currentRoster()!.roster().inspectors[0].unavailable.contains(
                Day(iso: Self.ahead(11))!)))
        #expect(try Self.call(control, me, "io.spotcheck.Declare", absence).error == nil)
        #expect(try harness.store.auditTrail().contains { $0.action == "declaration.withdrawn" })
        #expect(harness.events(.declarationDecided).contains { $0.fields["STATE"] == "withdrawn" })
    }

    @Test func anApprovalRacingAWithdrawalOrARejectionLeavesTheRosterAsTheDeclarationSays() throws {
        let harness = try Harness(calendar: "[declarations]\npending_limit = 50\n")
        let control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let me = Self.person(roster.inspectors[0].login, uid: 5001)
        let approver = Self.person("zhangwei-coord", coordinator: true, uid: 5002)
        let rejecter = Self.person("lina-coord", coordinator: true, uid: 5004)
        for round in 0..<12 {
            let day = Self.ahead(40 + round)
            let made = try Self.call(
                control, me, "io.spotcheck.Declare", ["kind": "absence", "from": day, "to": day, "reason": "培训"])
            let id = try #require((made.parameters["declaration"] as? [String: Any])?["id"] as? Int)
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                if index == 0 {
                    _ = try? Self.call(
                        control, approver, "io.spotcheck.DecideDeclaration", ["id": id, "approve": true])
                } else if round % 2 == 0 {
                    _ = try? Self.call(control, me, "io.spotcheck.WithdrawDeclaration", ["id": id])
                } else {
                    _ = try? Self.call(
                        control, rejecter, "io.spotcheck.DecideDeclaration",
                        ["id": id, "approve": false, "note": "与事实不符"])
                }
            }
            let state = try #require(try harness.store.declaration(id: Int64(id))?.state)
            let away = try harness.store.currentRoster()!.roster().inspectors[0].unavailable.contains(Day(iso: day)!)
            #expect(state != .pending)
            #expect(away == (state == .approved), "round \(round): declaration \(state), in the roster: \(away)")
        }
    }

    @Test func aDeclarationWaitsForAnotherCoordinatorAndThenEntersTheRoster() throws {
        let harness = try Harness()
        let control = DaemonControl(
            store: harness.store, engine: harness.engine, configuration: ConfigurationBox(harness.config),
            status: StatusBox(), events: EventLog(sinks: [harness.sink]))
        let roster = try #require(try harness.store.currentRoster()).roster()
        let me = roster.inspectors[0]
        let other = roster.inspectors[1]
        let department = try #require(
            roster.departments.first { dept in
                dept.id != me.home && !roster.conflicts.contains { $0.inspector == me.id && $0.department == dept.id }
            })
        let inspector = Self.person(me.login, uid: 5001)
        let coordinator = Self.person("zhangwei-coord", coordinator: true, uid: 5002)
        // An inspector who is also a coordinator may not decide their own declaration.
        let selfCoordinator = Self.person(me.login, coordinator: true, uid: 5001)

        let made = try Self.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "conflict", "department": department.id, "reason": "配偶在该单位任职"])
        #expect(made.error == nil, "\(made)")
        let declaration = try #require(made.parameters["declaration"] as? [String: Any])
        let id = try #require(declaration["id"] as? Int)
        #expect(declaration["state"] as? String == "pending" && declaration["inspector"] as? String == me.id)
        // Nothing in the roster yet.
        #expect(
            !(try harness.store.currentRoster()!.roster().conflicts.contains {
                $0.inspector == me.id && $0.department == department.id
            }))

        // The inspector sees their own; another inspector sees none of it; a stranger cannot declare.
        let mine = try Self.call(control, inspector, "io.spotcheck.ListDeclarations", [:])
        #expect((mine.parameters["declarations"] as? [[String: Any]])?.count == 1)
        let theirs = try Self.call(control, Self.person(other.login, uid: 5003), "io.spotcheck.ListDeclarations", [:])
        #expect((theirs.parameters["declarations"] as? [[String: Any]])?.isEmpty == true)
        let stranger = try Self.call(
            control, Self.person("nobody-here", uid: 5004), "io.spotcheck.Declare",
            ["kind": "absence", "from": Self.ahead(7), "to": Self.ahead(9), "reason": "x"])
        #expect(stranger.error == "io.spotcheck.DeclarationRefused")
        #expect(stranger.parameters["code"] as? String == "not-an-inspector")
        // Only a coordinator decides, and never their own.
        let byInspector = try Self.call(
            control, inspector, "io.spotcheck.DecideDeclaration", ["id": id, "approve": true])
        #expect(byInspector.error == "io.spotcheck.PermissionDenied")
        let own = try Self.call(
            control, selfCoordinator, "io.spotcheck.DecideDeclaration", ["id": id, "approve": true])
        #expect(own.parameters["code"] as? String == "own-declaration", "\(own)")

        let approved = try Self.call(
            control, coordinator, "io.spotcheck.DecideDeclaration", ["id": id, "approve": true, "note": "已核实"])
        #expect(approved.error == nil, "\(approved)")
        #expect((approved.parameters["declaration"] as? [String: Any])?["state"] as? String == "approved")
        let conflict = try #require(
            try harness.store.currentRoster()!.roster().conflicts.first {
                $0.inspector == me.id && $0.department == department.id
            })
        #expect(conflict.reason == "配偶在该单位任职")
        // The draw's rules now keep the inspector away from the department.
        let eligibility = try harness.engine.eligibility(
            roster: try harness.store.currentRoster()!.roster(), rosterID: try harness.store.currentRoster()!.id,
            department: department.id, date: Day(iso: "2026-12-01")!, config: harness.config)
        #expect(!(eligibility.whoCould(department: department.id) ?? []).contains(me.id))
        let again = try Self.call(control, coordinator, "io.spotcheck.DecideDeclaration", ["id": id, "approve": false])
        #expect(again.parameters["code"] as? String == "decided")

        // An absence: rejected with a note (the roster keeps the inspector available), then
        // another approved (the days become unavailable).
        let away = try Self.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "absence", "from": Self.ahead(7), "to": Self.ahead(9), "reason": "参加培训"])
        let awayID = try #require((away.parameters["declaration"] as? [String: Any])?["id"] as? Int)
        let rejected = try Self.call(
            control, coordinator, "io.spotcheck.DecideDeclaration", ["id": awayID, "approve": false, "note": "培训已取消"])
        #expect(rejected.error == nil, "\(rejected)")
        #expect(
            !(try harness.store.currentRoster()!.roster().inspectors.first { $0.id == me.id }!.unavailable
                .contains(Day(iso: Self.ahead(8))!)))
        let second = try Self.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "absence", "from": Self.ahead(10), "to": Self.ahead(11), "reason": "病假"])
        let secondID = try #require((second.parameters["declaration"] as? [String: Any])?["id"] as? Int)
        _ = try Self.call(control, coordinator, "io.spotcheck.DecideDeclaration", ["id": secondID, "approve": true])
        let unavailable = try harness.store.currentRoster()!.roster().inspectors.first { $0.id == me.id }!.unavailable
        #expect(unavailable.contains(Day(iso: Self.ahead(10))!) && unavailable.contains(Day(iso: Self.ahead(11))!))

        // The inspector sees each state, the rejection's note too.
        let states = try Self.call(control, inspector, "io.spotcheck.ListDeclarations", [:])
        let listed = try #require(states.parameters["declarations"] as? [[String: Any]])
        #expect(listed.compactMap { $0["state"] as? String }.sorted() == ["approved", "approved", "rejected"])
        #expect(listed.contains { $0["note"] as? String == "培训已取消" })
        let pending = try Self.call(control, coordinator, "io.spotcheck.ListDeclarations", ["state": "pending"])
        #expect((pending.parameters["declarations"] as? [[String: Any]])?.isEmpty == true)

        // Both steps in the audit trail and the journal.
        let actions = try harness.store.auditTrail().map(\.action)
        #expect(actions.filter { $0 == "declaration.made" }.count == 3)
        #expect(actions.contains("declaration.approved") && actions.contains("declaration.rejected"))
        #expect(harness.events(.declarationMade).count == 3)
        #expect(harness.events(.declarationDecided).count == 3)

        // Refusals name what is wrong.
        let badDates = try Self.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "absence", "from": Self.ahead(9), "to": Self.ahead(7), "reason": "x"])
        #expect(badDates.parameters["code"] as? String == "bad-dates")
        let badDepartment = try Self.call(
            control, inspector, "io.spotcheck.Declare", ["kind": "conflict", "department": "d-none", "reason": "x"])
        #expect(badDepartment.parameters["code"] as? String == "bad-department")
        #expect(badDepartment.parameters["detail"] as? String == "unknown")
        #expect(badDepartment.parameters["value"] as? String == "d-none")
        // Days wholly past change no draw: refused, not left pending against the limit.
        let past = try Self.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "absence", "from": Self.ahead(-9), "to": Self.ahead(-7), "reason": "补报"])
        #expect(past.parameters["code"] as? String == "bad-dates" && past.parameters["detail"] as? String == "past")
        #expect(past.parameters["value"] as? String == Self.ahead(-7), "\(past)")
        let expired = try Self.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "conflict", "department": department.id, "to": Self.ahead(-1), "reason": "亲属"])
        #expect(expired.parameters["detail"] as? String == "past", "\(expired)")
        // Longer than the roster's `unavailable` takes (ten years): it could never be approved.
        let tooLong = try Self.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "absence", "from": Self.ahead(1), "to": Self.ahead(3662), "reason": "长期病休"])
        #expect(tooLong.parameters["code"] as? String == "bad-dates", "\(tooLong)")
        #expect(tooLong.parameters["detail"] as? String == "absence-too-long", "\(tooLong)")
        #expect(tooLong.parameters["value"] as? String == "\(Self.ahead(1))..\(Self.ahead(3662))", "\(tooLong)")
        // A rejection says why: a blank note is no note.
        let waiting = try Self.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "absence", "from": Self.ahead(20), "to": Self.ahead(20), "reason": "参加培训"])
        let waitingID = try #require((waiting.parameters["declaration"] as? [String: Any])?["id"] as? Int)
        for blank in [" ", "\n\t", nil] as [String?] {
            var parameters: [String: Any] = ["id": waitingID, "approve": false]
            if let blank { parameters["note"] = blank }
            let refused = try Self.call(control, coordinator, "io.spotcheck.DecideDeclaration", parameters)
            #expect(refused.parameters["code"] as? String == "no-note", "\(refused)")
        }
        #expect(try harness.store.declaration(id: Int64(waitingID))?.state == .pending)
        let noReason = try Self.call(
            control, inspector, "io.spotcheck.Declare",
            ["kind": "conflict", "department": department.id, "reason": " "])
        #expect(noReason.parameters["code"] as? String == "no-reason")
        // Nothing that would reach a coordinator's terminal as an escape or a direction override.
        for hostile in ["x\u{1B}[2J", "正常\u{202E}txt.exe", "a\u{0}b"] {
            let refused = try Self.call(
                control, inspector, "io.spotcheck.Declare",
                ["kind": "conflict", "department": department.id, "reason": hostile])
            #expect(refused.parameters["code"] as? String == "bad-text", "\(refused)")
        }
        // The three decided above and the one left pending for the blank rejections.
        #expect(try harness.store.declarations().count == 4)
    }
}
