import SpotcheckCore
import SpotcheckStore

extension Engine {
    /// The daemon's inspections of the days before `day`: the assignments of its draws, without
    /// those of cancelled orders. A called-off inspection never happened, so it puts no
    /// department into its cool-down and counts for nobody's rotation on later days (on its own
    /// day its team still counts for the daily caps, through the day so far).
    func pastInspections(before day: Day) throws -> [StoredAssignment] {
        let cancelled = try store.cancellations()
        return try store.assignments().filter { $0.date < day && cancelled[$0.drawID] == nil }
    }
}
