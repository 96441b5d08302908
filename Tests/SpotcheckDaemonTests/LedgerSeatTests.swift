import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// Who acts for a seat of a ledger draw: the inspector seated there now, under the login the
/// roster gives them now — never the login the draw told, never anyone who found the finding,
/// never one a cancelled draw had sent.
@Suite(.serialized) struct LedgerSeatTests {
    /// The roster as stored with `logins` (inspector id → login) given, saved as an import saves it.
    static func moveLogins(_ store: Store, _ logins: [String: String]) throws {
        var roster = try #require(try store.currentRoster()).roster()
        for index in roster.inspectors.indices {
            if let login = logins[roster.inspectors[index].id] { roster.inspectors[index].login = login }
        }
        try store.saveRoster(roster, source: "import", actor: "coord-a", at: Date())
    }

    static func lead(_ store: Store, of check: LedgerCheck) throws -> StoredAssignment {
        try #require(
            try store.assignments(drawID: check.drawID).first {
                $0.department == check.department && $0.role == "lead"
            })
    }

    /// After an import moves the re-check lead's login, the lead records under the new login and
    /// the old one (nobody's now) neither records nor sees the visit.
    @Test func aRecheckIsRecordedByItsLeadUnderTheLoginTheRosterGivesNow() throws {
        let visits = try LedgerCheckOutcomeTests.Visits()
        let store = visits.harness.store
        let check = visits.rechecks[0]
        let lead = try Self.lead(store, of: check)
        try Self.moveLogins(store, [lead.inspector: "moved-lead"])
        try store.rebindLogins(
            drawID: check.drawID, to: [lead.inspector: "moved-lead"], actor: "spotcheckd", at: Date())

        let stale = visits.record(check, "passed", as: LedgerWorld.caller(lead.login))
        #expect(stale.error == "io.spotcheck.Ledger.NotYourAssignment", "\(stale)")
        let seen = visits.call(
            "ListChecks", LedgerMessages.ListChecksParameters(kind: nil), as: LedgerWorld.caller(lead.login))
        #expect((seen.parameters["checks"] as? [Any])?.isEmpty == true, "\(seen)")

        let recorded = visits.record(check, "passed", as: LedgerWorld.caller("moved-lead"))
        #expect(recorded.error == nil, "\(recorded)")
        let listed = visits.call(
            "ListChecks", LedgerMessages.ListChecksParameters(kind: "recheck"), as: LedgerWorld.coordinatorA)
        let row = (listed.parameters["checks"] as? [[String: Any]])?.first { $0["key"] as? String == check.key }
        #expect(row?["lead"] as? String == "moved-lead" && row?["by"] as? String == "moved-lead", "\(listed)")
    }

    /// An import that gives the re-check lead the login of the finding's finder does not let the
    /// finder record its re-check; a coordinator still does.
    @Test func whoFoundAFindingRecordsNoOutcomeOfItsRecheckUnderAnyLogin() throws {
        let visits = try LedgerCheckOutcomeTests.Visits()
        let store = visits.harness.store
        let check = visits.rechecks[0]
        let id = try #require(check.finding)
        let finder = try #require(try store.finding(id)).finder
        let lead = try Self.lead(store, of: check)
        try Self.moveLogins(store, [lead.inspector: finder])
        try store.rebindLogins(drawID: check.drawID, to: [lead.inspector: finder], actor: "spotcheckd", at: Date())

        let refused = visits.record(check, "passed", as: LedgerWorld.caller(finder))
        #expect(refused.parameters["code"] as? String == "recheckerFoundIt", "\(refused)")
        let message = refused.parameters["message"] as? String ?? ""
        #expect(message.contains(id.description), "\(message)")
        #expect(Catalogue.LedgerRefusals.patterns.told(message, in: .chinese).contains("不能登记其回头看结果"), "\(message)")
        #expect(try store.ledgerCheck(key: check.key)?.outcome == nil)
        let recorded = visits.record(check, "passed", as: LedgerWorld.coordinatorA)
        #expect(recorded.error == nil, "\(recorded)")
    }

    /// A cancelled re-check records nothing by its team (it is not drawn again: docs/ledger.md);
    /// a coordinator records it not carried out.
    @Test func aCancelledRechecksTeamRecordsNothing() throws {
        let visits = try LedgerCheckOutcomeTests.Visits()
        let store = visits.harness.store
        let check = visits.rechecks[0]
        let lead = try Self.lead(store, of: check)
        try store.cancelOrder(
            OrderCancellation(drawID: check.drawID, reason: "任务调整", actor: "coord-a", at: Date())
        ) { _ in (Array("{}".utf8), String(repeating: "cd", count: 32)) }
        let refused = visits.record(check, "passed", as: LedgerWorld.caller(lead.login))
        #expect(refused.parameters["code"] as? String == "orderCancelled", "\(refused)")
        let message = refused.parameters["message"] as? String ?? ""
        #expect(Catalogue.LedgerRefusals.patterns.told(message, in: .chinese).contains("由协调员登记"), "\(message)")
        let recorded = visits.record(check, "not-carried-out", note: "抽签已取消", as: LedgerWorld.coordinatorA)
        #expect(recorded.error == nil, "\(recorded)")
    }

    /// The verifier a coordinator called off by cancelling the verification draw is kept off the
    /// redraw (the reveal replaces them, no replacement seats them), and the redraw says so.
    @Test func aCancelledVerificationsVerifierIsKeptOffTheRedraw() throws {
        let world = try LedgerWorld()
        let store = world.harness.store
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        _ = try world.harness.engine.cancelOrder(
            drawID: check.drawID, reason: "任务调整", actor: "coord-a", now: Date(), config: world.harness.config)
        try world.harness.tick(world.today.description, "10:00")
        let finding = try #require(try store.finding(try FindingID(id)))
        let again = try #require(try store.ledgerCheck(key: LedgerCheck.verificationKey(finding)))
        #expect(again.drawID != check.drawID)
        let said = "was called off verifying \(id) when draw \(check.drawID) was cancelled"
        #expect(
            try world.harness.engine.foundWhatTheyVerify(drawID: again.drawID, department: world.target)(
                drawn.inspector) == [said])
        let seats = try store.assignments(drawID: again.drawID)
        #expect(!seats.contains { $0.inspector == drawn.inspector }, "\(seats)")
        #expect(
            try store.draw(id: again.drawID)?.orderReason
                == "ledger verification \(id) round 1 drawn again (draw \(check.drawID) cancelled)")
        #expect(Catalogue.ReplacementReasons.patterns.told(said, in: .chinese).contains("不再核验问题"))
        if let seat = seats.first {
            var reasons: [String] = []
            do {
                _ = try world.harness.engine.replace(
                    drawID: again.drawID, inspector: seat.inspector, with: drawn.inspector, reason: "出差",
                    actor: "coord-a", now: Date(), config: world.harness.config, department: world.target)
            } catch Engine.ReplaceError.notEligible(_, let found) {
                reasons = found
            }
            #expect(reasons.contains(said), "\(reasons)")
        }
    }

    /// On a later day (no daily cap keeps them off) the called-off verifier is kept off the redraw
    /// at the draw itself: its snapshot holds a conflict line for them, so the record never names
    /// them and nobody is withheld at its reveal; a rebuilt snapshot still hashes as committed.
    @Test func aCancelledVerificationsVerifierIsExcludedAtTheRedrawItself() throws {
        let world = try LedgerWorld()
        let store = world.harness.store
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        _ = try world.harness.engine.cancelOrder(
            drawID: check.drawID, reason: "任务调整", actor: "coord-a", now: Date(), config: world.harness.config)
        try world.harness.tick(world.today.adding(days: 1).description, "10:00")
        let finding = try #require(try store.finding(try FindingID(id)))
        let again = try #require(try store.ledgerCheck(key: LedgerCheck.verificationKey(finding)))
        let redraw = try #require(try store.draw(id: again.drawID))
        #expect(redraw.id != check.drawID && redraw.date == world.today.adding(days: 1))
        let snapshot = try #require(try world.harness.engine.committedRoster(redraw))
        let reason = "called off verifying \(id) when draw \(check.drawID) was cancelled"
        #expect(
            snapshot.conflicts.contains {
                $0.inspector == drawn.inspector && $0.department == world.target
                    && $0.until == world.today.adding(days: 1)
            }, "\(snapshot.conflicts)")
        #expect(
            try world.harness.engine.calledOffConflicts(
                store.ledgerChecksDrawn(drawID: redraw.id), before: redraw.id, day: redraw.date,
                roster: try #require(try store.currentRoster()).roster()
            ).map(\.reason) == [reason])
        let record = try #require(try redraw.decodedRecord())
        #expect(!record.teams.flatMap(\.members).contains { $0.inspector == drawn.inspector }, "\(record.teams)")
        #expect(try store.withheld(drawID: redraw.id).isEmpty)
        #expect(again.unstaffed == record.teams.isEmpty)
    }

    /// After a replacement on the verification draw, the checks list names the verifier seated
    /// now, and the outcome that verifier recorded.
    @Test func theChecksListNamesTheVerifierSeatedNowAndTheOutcomeRecorded() throws {
        let world = try LedgerWorld()
        let store = world.harness.store
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        _ = try world.harness.engine.replace(
            drawID: check.drawID, inspector: drawn.inspector, with: nil, reason: "出差", actor: "coord-a", now: Date(),
            config: world.harness.config, department: world.target)
        let seat = try #require(try store.assignments(drawID: check.drawID).first { $0.department == world.target })
        #expect(seat.inspector != drawn.inspector)
        func listed() -> [String: Any]? {
            let answer = world.call(
                "ListChecks", LedgerMessages.ListChecksParameters(kind: "verification"), as: LedgerWorld.coordinatorA)
            return (answer.parameters["checks"] as? [[String: Any]])?.first { $0["key"] as? String == check.key }
        }
        #expect(listed()?["lead"] as? String == seat.login, "\(String(describing: listed()))")
        let verify = LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示")
        let closed = world.call("VerifyFinding", verify, as: LedgerWorld.caller(seat.login))
        #expect(closed.finding["state"] as? String == "closed", "\(closed)")
        let after = listed()
        #expect(after?["outcome"] as? String == "accepted", "\(String(describing: after))")
        #expect(after?["by"] as? String == seat.login && after?["note"] as? String == "值班表已公示")
    }

    /// The drawn verifier of a finding is not put onto the team that found it (they would become
    /// one of its finders): the replacement on the finding's own draw is refused, naming it.
    @Test func aFindingsVerifierIsNotPutOntoTheTeamThatFoundIt() throws {
        let world = try LedgerWorld()
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        var reasons: [String] = []
        do {
            _ = try world.harness.engine.replace(
                drawID: world.draw, inspector: world.member.inspector, with: drawn.inspector, reason: "病假",
                actor: "coord-a", now: Date(), config: world.harness.config, department: world.target)
        } catch Engine.ReplaceError.notEligible(_, let found) {
            reasons = found
        }
        let said = "verifies \(id), which this team found (draw \(check.drawID))"
        #expect(reasons.contains(said), "\(reasons)")
        #expect(Catalogue.ReplacementReasons.patterns.told(said, in: .chinese).contains("由本检查组发现"))
        #expect(try !world.harness.store.assignments(drawID: world.draw).contains { $0.inspector == drawn.inspector })
    }

    /// A lead replaced off the team (their assignment row gone) keeps the login they sat under:
    /// when a later roster edit gives it to the drawn verifier, that login still never verifies.
    @Test func aMemberReplacedOffTheTeamKeepsTheLoginTheySatUnder() throws {
        let world = try LedgerWorld()
        let store = world.harness.store
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        _ = try world.harness.engine.replace(
            drawID: world.draw, inspector: world.lead.inspector, with: nil, reason: "病假", actor: "coord-a",
            now: Date(), config: world.harness.config, department: world.target)
        #expect(
            try !store.assignments(drawID: world.draw).contains {
                $0.inspector == world.lead.inspector && $0.department == world.target
            })
        let seatLogin = world.lead.login
        try Self.moveLogins(store, [world.lead.inspector: "renamed-lead", drawn.inspector: seatLogin])
        try store.rebindLogins(drawID: check.drawID, to: [drawn.inspector: seatLogin], actor: "spotcheckd", at: Date())

        let verify = LedgerMessages.VerifyParameters(id: id, accepted: true, note: "值班表已公示")
        let refused = world.call("VerifyFinding", verify, as: LedgerWorld.caller(seatLogin))
        #expect(refused.code == "verifierFoundIt", "\(refused)")
        #expect(try store.finding(try FindingID(id))?.state == .awaitingVerification)
        #expect(try store.loginsEverSeated(drawID: world.draw, department: world.target).contains(seatLogin))
    }

    /// `ShowFinding` gives when the rectification was submitted and the due date then in force.
    @Test func aShownFindingSaysWhenItWasSubmittedAndTheDueDateThen() throws {
        let world = try LedgerWorld()
        let (id, finding, _, _) = try world.submittedWithVerifierDrawn()
        let shown = world.call("ShowFinding", LedgerMessages.IDParameters(id: id), as: LedgerWorld.coordinatorA)
        #expect(shown.finding["submitted_due"] as? String == finding.dueAtSubmission?.description, "\(shown)")
        #expect(finding.dueAtSubmission != nil)
        #expect((shown.finding["submitted"] as? String ?? "").hasPrefix(world.today.description), "\(shown)")
    }
}
