import Foundation
import SpotcheckCore
import SpotcheckStore
import SpotcheckSystem

// An ordered inspection's reason stays private (docs/draw-algorithm.md §6): `order.json`
// publishes the order's category and a salted commitment of the reason. The salts stay in the
// database; auditors find them, with the reasons, in STATE/private/order-reasons.csv.

extension Engine {
    /// The file auditors open published order reason commitments with.
    static func orderReasonsFile(state: String) -> String {
        "\(StateLayout.privateFolder(state: state))/order-reasons.csv"
    }

    /// Writes every kept order reason salt to `STATE/private/order-reasons.csv` (mode 0600):
    /// `draw,date,pool,category,reason,salt,reason_commitment`, for auditors who open a published
    /// `reasonCommitment` (`verify_draw.py FOLDER --order-reasons FILE`,
    /// `spotcheck verify … --order-reasons FILE`).
    func writeOrderReasons(config: DaemonConfig) throws {
        func quote(_ field: String) -> String {
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacing("\"", with: "\"\"") + "\""
        }
        var text = "draw,date,pool,category,reason,salt,reason_commitment\n"
        for row in try store.orderReasonSalts() {
            let entry = row.entry.flatMap { try? JSONDecoder().decode(OrderEntry.self, from: Data($0)) }
            text +=
                [
                    String(row.drawID), row.date, row.pool, entry?.category ?? "", row.reason, Hex.encode(row.salt),
                    OrderCategory.commitment(salt: row.salt, reason: row.reason),
                ].map(quote).joined(separator: ",") + "\n"
        }
        let path = Self.orderReasonsFile(state: config.paths.state)
        if FileManager.default.contents(atPath: path).map(Array.init) == Array(text.utf8) { return }
        try AtomicFile.write(Array(text.utf8), to: path, mode: 0o600)
    }
}
