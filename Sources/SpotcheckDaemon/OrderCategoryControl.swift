import SpotcheckCore
import SpotcheckProtocol

extension DaemonControl {
    /// The category an `OrderInspection` call gives (`other` when none): one a coordinator may
    /// give (`OrderCategory.ordered`); the ledger's categories are the daemon's own.
    static func orderCategory(_ name: String?) throws -> OrderCategory {
        guard let name else { return .other }
        guard let category = OrderCategory(rawValue: name), OrderCategory.ordered.contains(category) else {
            throw Varlink.Failure(
                "io.spotcheck.InvalidOrder",
                [
                    "message": .string(
                        "category '\(name)' is not one of \(OrderCategory.ordered.map(\.rawValue).joined(separator: ", "))"
                    ),
                    "code": .string("bad-category"), "category": .string(name),
                ])
        }
        return category
    }
}
