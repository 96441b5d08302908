import Foundation
import SpotcheckCore
import Testing

@testable import SpotcheckLedger

/// Who found a finding never verifies it, and a late submission stays late whatever the calendar
/// says later.
@Suite struct LedgerIntegrityTests {
    @Test func theFinderOrTheTeamThatFoundItNeverVerifiesIt() throws {
        let finding = try Fixture.awaitingVerification()
        // Drawn, from another department, no recusal: still the finder.
        let finder = Actor(login: finding.finder, role: .verifier)
        #expect(
            finding.refusal(.verify(accepted: true, note: "", eligibility: Fixture.eligible), by: finder)
                == .verifierFoundIt(verifier: finding.finder, finding: finding.id))
        // A member of the team that found it (replaced off it since, say).
        var member = Fixture.eligible
        member.onFindingTeam = true
        #expect(
            finding.refusal(.verify(accepted: true, note: "", eligibility: member), by: Fixture.verifier)
                == .verifierFoundIt(verifier: "sun", finding: finding.id))
        #expect(
            LedgerError.verifierFoundIt(verifier: "sun", finding: finding.id).description.contains(
                "a coordinator should replace them"))
        #expect(
            try finding.after(.verify(accepted: true, note: "", eligibility: Fixture.eligible), by: Fixture.verifier)
                .state == .closed)
    }
}
