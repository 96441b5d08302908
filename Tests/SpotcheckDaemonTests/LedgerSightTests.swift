import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore

/// What the ledger tells about a draw, and who sees a finding: nothing about a draw's targets
/// before its reveal; a finding seen by the seat's login now, never by the login a draw told.
@Suite(.serialized) struct LedgerSightTests {
    /// Before the reveal a coordinator naming the draw is answered alike for a department it sends
    /// a team to and for one it does not.
    @Test func aDrawNotRevealedYetIsAnsweredAlikeForEveryDepartment() throws {
        let world = try LedgerWorld(at: "07:30")
        var messages: [String] = []
        for department in [world.target, world.otherDepartment] {
            let answer = world.call(
                "AddFinding",
                LedgerMessages.AddParameters(
                    source: "inspection", department: department, drawId: world.draw, category: "sluggish",
                    rules: ["P03"], facts: "揭晓前"),
                as: LedgerWorld.coordinatorA)
            #expect(answer.error == "io.spotcheck.Ledger.InvalidField", "\(answer)")
            messages.append(answer.parameters["message"] as? String ?? "")
        }
        #expect(messages.count == 2 && messages[0] == messages[1], "\(messages)")
        #expect(
            messages.first
                == "draw \(world.draw) is not revealed yet; give the draw id of an inspection after its reveal")
        #expect(try world.harness.store.findings().isEmpty)
    }

    /// After an import moves the drawn verifier's login, the old login (nobody's now) no longer
    /// sees the finding, in a listing or shown; the new one does.
    @Test func aVerifiersOldLoginNoLongerSeesTheFinding() throws {
        let world = try LedgerWorld()
        let store = world.harness.store
        let (id, _, check, drawn) = try world.submittedWithVerifierDrawn()
        let old = LedgerWorld.caller(drawn.login)
        let shownBefore = world.call("ShowFinding", LedgerMessages.IDParameters(id: id), as: old)
        #expect(shownBefore.error == nil, "\(shownBefore)")

        try LedgerSeatTests.moveLogins(store, [drawn.inspector: "moved-verifier"])
        try store.rebindLogins(
            drawID: check.drawID, to: [drawn.inspector: "moved-verifier"], actor: "spotcheckd", at: Date())

        let shown = world.call("ShowFinding", LedgerMessages.IDParameters(id: id), as: old)
        #expect(shown.error == "io.spotcheck.Ledger.FindingNotFound", "\(shown)")
        let listed = world.call("ListFindings", LedgerMessages.ListParameters(overdue: false), as: old)
        let ids = (listed.parameters["findings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(!ids.contains(id), "\(listed)")
        let moved = world.call(
            "ShowFinding", LedgerMessages.IDParameters(id: id), as: LedgerWorld.caller("moved-verifier"))
        #expect(moved.error == nil, "\(moved)")
    }
}
