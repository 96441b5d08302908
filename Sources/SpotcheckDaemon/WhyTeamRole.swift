import SpotcheckCore
import SpotcheckStore

/// For `Why`: the inspector's role on the date's revealed team for the department, when they are
/// on it (replacements applied, withheld members not on it, a cancelled order's team left out).
/// The daily cap never keeps an inspector from the team they already hold a seat on, so the
/// answer says they are on it rather than that they "may inspect" it.
enum WhyTeamRole {
    static func role(
        of inspector: String, onTeamFor department: String, on date: Day, store: Store
    ) throws
        -> String?
    {
        for draw in try store.draws(on: date) where draw.state == .completed && draw.revealedAt != nil {
            guard try store.cancellation(drawID: draw.id) == nil else { continue }
            if let seat = try store.assignments(drawID: draw.id).first(where: {
                $0.inspector == inspector && $0.department == department
            }) {
                return seat.role
            }
        }
        return nil
    }
}
