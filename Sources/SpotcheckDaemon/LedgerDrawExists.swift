import SpotcheckProtocol
import SpotcheckStore

extension LedgerControl {
    /// A draw id that no draw has is something the caller named that does not exist, whoever
    /// asks (a draw's existence is public: its commitment is published before it is drawn).
    /// Sent as the ledger's refusal `noSuchDraw`; the command line exits 67 on it.
    func requireDrawExists(_ draw: Int64) throws {
        guard try store.draw(id: draw) == nil else { return }
        throw Varlink.Failure(
            "io.spotcheck.Ledger.Refused",
            [
                "code": .string("noSuchDraw"),
                "message": .string("no draw \(draw) exists; check the draw id of the assignment (DRAW/DEPARTMENT)"),
            ])
    }
}
