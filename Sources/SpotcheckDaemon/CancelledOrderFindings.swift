import SpotcheckProtocol
import SpotcheckStore

extension LedgerControl {
    /// A called-off inspection is no inspection (README): no finding is recorded on a cancelled
    /// draw's assignment, and none recorded there is confirmed (two coordinators may dismiss it).
    /// Sent as the ledger's refusal `orderCancelled`, naming the cancellation; the order's reason
    /// stays out of it.
    func requireNotCancelled(draw: Int64, department: String) throws {
        guard try store.cancellation(drawID: draw) != nil else { return }
        throw Varlink.Failure(
            "io.spotcheck.Ledger.Refused",
            [
                "code": .string("orderCancelled"),
                "message": .string(
                    "draw \(draw) was cancelled (spotcheck cancel): a called-off inspection is no inspection, so "
                        + "no finding of its team at \(department) is recorded or confirmed"),
            ])
    }
}
