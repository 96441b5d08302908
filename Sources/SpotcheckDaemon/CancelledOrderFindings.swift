import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore

extension LedgerControl {
    /// A called-off inspection is no inspection (README): no finding is recorded on a cancelled
    /// draw's assignment, and none recorded there is confirmed (two coordinators may dismiss it).
    /// Sent as the ledger's refusal `orderCancelled`, naming the cancellation; the order's reason
    /// stays out of it.
    func requireNotCancelled(draw: Int64, department: String) throws {
        guard try store.cancellation(drawID: draw) != nil else { return }
        throw Self.orderCancelled(
            "draw \(draw) was cancelled (spotcheck cancel): a called-off inspection is no inspection, so "
                + "no finding of its team at \(department) is recorded or confirmed")
    }

    /// The ledger's refusal `orderCancelled`, saying `message`.
    private static func orderCancelled(_ message: String) -> Varlink.Failure {
        Varlink.Failure(
            "io.spotcheck.Ledger.Refused", ["code": .string("orderCancelled"), "message": .string(message)])
    }

    /// The verifier of a verification draw that was cancelled no longer closes the finding: told
    /// so as `orderCancelled` (anyone else is told they were not drawn). The ledger's next pass
    /// draws a new verifier, as for a first verification (LedgerDraws.swift).
    func requireVerificationNotCancelled(_ id: FindingID) throws {
        guard let login = caller.login, let finding = try store.finding(id), finding.state == .awaitingVerification,
            let check = try store.ledgerCheck(key: LedgerCheck.verificationKey(finding)),
            try store.cancellation(drawID: check.drawID) != nil,
            try check.logins.contains(login)
                || store.assignments(drawID: check.drawID).contains(where: {
                    $0.department == check.department && $0.login == login
                })
        else { return }
        throw Self.orderCancelled(
            "draw \(check.drawID) was cancelled (spotcheck cancel): its verifier no longer verifies \(id); the "
                + "ledger draws a new verifier at its next pass")
    }
}
